package io.github.recist.examples.json;

import com.google.common.collect.ImmutableList;
import io.github.recist.model.Problem;
import io.github.recist.model.Protocol;
import io.github.recist.model.Subject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole {@code recist-case/1} file in memory: its protocol, its subjects and its warnings — the
 * entry point for Java (and JShell) users who want subjects from a case file. It is checked exactly
 * as {@code recist assess} checks it, by {@link CaseReader}.
 *
 * <pre>{@code
 * CaseFile file = CaseFile.read(Path.of("recist-examples/data/sarcoma-car-t-cohort.json"));
 * List<SubjectAssessment> assessed = Recist11.assessAll(file.subjects(), file.protocol(), 2);
 * }</pre>
 *
 * <p>For files too large to hold in memory, use {@link CaseReader}, which streams subjects.
 */
public final class CaseFile {
  private final Protocol protocol;
  private final ImmutableList<Subject> subjects;
  private final ImmutableList<Problem> warnings;

  private CaseFile(Protocol protocol, ImmutableList<Subject> subjects,
      ImmutableList<Problem> warnings) {
    this.protocol = protocol;
    this.subjects = subjects;
    this.warnings = warnings;
  }

  /**
   * Reads and checks the case file at {@code path}; protocol deviations (Rules R1–R3) are warnings.
   *
   * @throws IllegalArgumentException if the file is refused: its message has one line per problem,
   *     each naming the subject, the visit date and the lesion, as {@code recist assess} prints them
   * @throws IOException if the file cannot be read
   */
  public static CaseFile read(Path path) throws IOException {
    return read(path, false);
  }

  /**
   * Reads and checks the case file at {@code path}; with {@code strict}, protocol deviations (Rules
   * R1–R3) are errors.
   *
   * @throws IllegalArgumentException if the file is refused, one line per problem
   * @throws IOException if the file cannot be read
   */
  public static CaseFile read(Path path, boolean strict) throws IOException {
    return read(CaseSource.of(path), strict);
  }

  /**
   * Reads and checks {@code source}.
   *
   * @throws IllegalArgumentException if the file is refused, one line per problem
   * @throws IOException if the file cannot be read
   */
  public static CaseFile read(CaseSource source, boolean strict) throws IOException {
    CaseReader reader = new CaseReader(strict);
    List<Problem> errors = new ArrayList<>();
    ImmutableList.Builder<Problem> warnings = ImmutableList.builder();
    CaseReader.Check check = reader.check(source, p -> {
      if (p.isError()) {
        errors.add(p);
      } else {
        warnings.add(p);
      }
    }, () -> { });
    if (!check.ok()) {
      StringBuilder message = new StringBuilder(source.name()).append(" is refused: ")
          .append(errors.size()).append(errors.size() == 1 ? " problem" : " problems");
      errors.forEach(p -> message.append('\n').append(p));
      throw new IllegalArgumentException(message.toString());
    }
    ImmutableList.Builder<Subject> subjects = ImmutableList.builder();
    reader.read(source, subjects::add);
    return new CaseFile(check.protocol(), subjects.build(), warnings.build());
  }

  /** The file's protocol: what its {@code protocol} object says, the defaults elsewhere. */
  public Protocol protocol() {
    return protocol;
  }

  /** The subjects, in file order. */
  public ImmutableList<Subject> subjects() {
    return subjects;
  }

  /** The protocol deviations found (Rules R1–R3), in file order; none in strict mode. */
  public ImmutableList<Problem> warnings() {
    return warnings;
  }

  /** Prints as {@code recist-case/1 file: 20 subjects, 1 warning}. */
  @Override
  public String toString() {
    return CaseReader.FORMAT + " file: " + subjects.size()
        + (subjects.size() == 1 ? " subject, " : " subjects, ") + warnings.size()
        + (warnings.size() == 1 ? " warning" : " warnings");
  }
}
