package io.github.recist.model;

/**
 * A visit's overall response as it can be recorded without measurements: a RECIST 1.1 {@link
 * Response} or an iRECIST {@link IrecistResponse}. Which codes a subject may carry depends on the
 * protocol's {@link Criteria} ({@link Criteria#allows}).
 */
public sealed interface RecordedCode permits Response, IrecistResponse {

  /** The code as the case file spells it: {@code PR}, {@code NE}, {@code iUPD}. */
  String code();
}
