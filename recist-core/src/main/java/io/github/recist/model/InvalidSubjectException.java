package io.github.recist.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a subject's data cannot be assessed: malformed input, or a protocol deviation in
 * strict mode. It carries every problem found, each naming its subject, time point and lesion; the
 * message lists them one a line.
 */
public final class InvalidSubjectException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<Problem> problems;

  /**
   * An exception for {@code problems}, which must not be empty.
   *
   * @throws IllegalArgumentException if there is no problem
   */
  public InvalidSubjectException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid subject needs at least one problem");
    }
    this.problems = ImmutableList.copyOf(problems);
  }

  /** An exception for one problem. */
  public InvalidSubjectException(Problem problem) {
    this(ImmutableList.of(problem));
  }

  /** Every problem found, in the order found. */
  public ImmutableList<Problem> problems() {
    return problems;
  }
}
