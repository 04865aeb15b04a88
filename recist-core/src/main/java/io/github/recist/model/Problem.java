package io.github.recist.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something wrong with a subject's data, named by place: the subject, the time point and the lesion
 * where they apply, and the rule it breaks.
 *
 * <p>An {@link Severity#ERROR} is malformed input that cannot be assessed. A {@link Severity#WARNING}
 * is a protocol deviation that RECIST forbids but real data contains (Rules R1–R3); the subject is
 * still assessed, unless the protocol is strict. Prints as
 * {@code SARC-007 2018-03-08 T4: -3 mm is not a diameter}.
 */
@Value.Immutable
public abstract class Problem {

  /** Whether the problem stops the assessment. */
  public enum Severity {
    /** Malformed input: the subject cannot be assessed. */
    ERROR,
    /** A protocol deviation: reported, and an error only in strict mode. */
    WARNING
  }

  Problem() {}

  /** Error or warning. */
  public abstract Severity severity();

  /** The subject's id; empty when the subject itself has none yet. */
  public abstract String subjectId();

  /** The date of the time point concerned, if any. */
  public abstract Optional<LocalDate> date();

  /** The id of the lesion concerned, if any. */
  public abstract Optional<String> lesionId();

  /** The rule broken, such as {@code R2}, if the problem is a rule's. */
  public abstract Optional<String> rule();

  /** What is wrong, in plain words. */
  public abstract String message();

  /** An error at the given place; {@code date} and {@code lesionId} may be null. */
  public static Problem error(String subjectId, LocalDate date, String lesionId, String message) {
    return of(Severity.ERROR, subjectId, date, lesionId, null, message);
  }

  /** A warning of rule {@code rule} at the given place; {@code date} and {@code lesionId} may be null. */
  public static Problem warning(String subjectId, LocalDate date, String lesionId, String rule,
      String message) {
    return of(Severity.WARNING, subjectId, date, lesionId, rule, message);
  }

  /**
   * The problem, its place and rule set only where given: a value absent is never passed to the
   * builder (issue 14). Its setters of an {@code Optional} cast the value they unwrap, and a compiled
   * caller that had met only present lesion ids there was thrown away at the first absent one (the
   * JIT compiler's {@code null_check}), a rule's whole check compiled again.
   */
  private static Problem of(Severity severity, String subjectId, LocalDate date, String lesionId,
      String rule, String message) {
    ImmutableProblem.Builder b = ImmutableProblem.builder().severity(severity).subjectId(subjectId)
        .message(message);
    if (date != null) {
      b.date(date);
    }
    if (lesionId != null) {
      b.lesionId(lesionId);
    }
    if (rule != null) {
      b.rule(rule);
    }
    return b.build();
  }

  /** Ids and names longer than this are shortened in messages: {@value}. */
  public static final int LONGEST_SHOWN = 64;

  /**
   * An id or a name as messages show it: in full up to {@value #LONGEST_SHOWN} characters; a longer
   * one by its first 40 and last 12 characters and its length, {@code SSSS...SSSS (1000000
   * characters)}, so that no message repeats a long id in full.
   */
  public static String shown(String id) {
    if (id.length() <= LONGEST_SHOWN) {
      return id;
    }
    return id.substring(0, 40) + "..." + id.substring(id.length() - 12) + " (" + id.length()
        + " characters)";
  }

  /** The same problem as an error (strict mode). */
  public Problem asError() {
    return ImmutableProblem.builder().from(this).severity(Severity.ERROR).build();
  }

  /** Whether it is an error. */
  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  /**
   * The place and the message: {@code SARC-007 2018-03-08 T4: -3 mm is not a diameter}; ids longer
   * than {@value #LONGEST_SHOWN} characters {@linkplain #shown shortened}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(subjectId().isEmpty() ? "(subject without id)"
        : shown(subjectId()));
    // plain tests, not lambdas: a warning's text is made for every warning (issue 14)
    if (date().isPresent()) {
      s.append(' ').append(date().get());
    }
    if (lesionId().isPresent()) {
      s.append(' ').append(shown(lesionId().get()));
    }
    s.append(": ").append(message());
    if (rule().isPresent()) {
      s.append(" (").append(rule().get()).append(')');
    }
    return s.toString();
  }
}
