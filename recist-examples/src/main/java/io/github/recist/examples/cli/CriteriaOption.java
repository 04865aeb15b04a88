package io.github.recist.examples.cli;

import com.google.common.collect.ImmutableSet;
import io.github.recist.model.Criteria;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The value of {@code recist assess --criteria}: one criteria ({@code RECIST_1_1}, {@code
 * IRECIST}), a comma-separated list of them ({@code RECIST_1_1,IRECIST}), or {@code both}; case
 * does not matter. It replaces the file's {@code protocol.criteria} (Rule R14: one file is assessed
 * under either criteria by changing {@code criteria} alone).
 */
final class CriteriaOption {
  /** The spelling of every criteria at once. */
  static final String BOTH = "both";

  private CriteriaOption() {}

  /**
   * The criteria of a command's {@code --criteria} option: none when it was not given (the file's
   * own), else as {@link #parse}; a value that is not one is the command line's error, as picocli
   * reports its own.
   */
  static Set<Criteria> of(String value, CommandSpec spec) {
    if (value == null) {
      return Set.of();
    }
    try {
      return parse(value);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * The criteria {@code value} names, in the order of {@link Criteria}.
   *
   * @throws IllegalArgumentException naming the value and what it may be, when it names none, names
   *     one twice, or has an empty item
   */
  static ImmutableSet<Criteria> parse(String value) {
    String v = value.strip();
    if (v.equalsIgnoreCase(BOTH)) {
      return ImmutableSet.copyOf(EnumSet.allOf(Criteria.class));
    }
    Set<Criteria> criteria = EnumSet.noneOf(Criteria.class);
    for (String item : v.split(",", -1)) {
      Criteria c = criteria(item.strip());
      if (c == null || !criteria.add(c)) {
        throw new IllegalArgumentException("--criteria must be RECIST_1_1, IRECIST, "
            + "RECIST_1_1,IRECIST or " + BOTH + ", not '" + value + "'"
            + (c == null ? "" : " (" + c + " twice)"));
      }
    }
    return ImmutableSet.copyOf(EnumSet.copyOf(criteria));
  }

  private static Criteria criteria(String name) {
    for (Criteria c : Criteria.values()) {
      if (c.name().equals(name.toUpperCase(Locale.ROOT))) {
        return c;
      }
    }
    return null;
  }
}
