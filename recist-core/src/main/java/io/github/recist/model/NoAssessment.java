package io.github.recist.model;

/**
 * The best overall response of a subject with no assessment after baseline (Rule R12): a best
 * response that is no visit's, so it is a {@link BestResponseCode} but not a {@link ResponseCode}.
 */
public enum NoAssessment implements BestResponseCode {
  /** No assessment after baseline (Rule R12); its category is {@link Response#MISSING}. */
  MISSING;

  /** {@code MISSING}. */
  @Override
  public String code() {
    return name();
  }

  /** {@code "no assessment after baseline"}. */
  @Override
  public String description() {
    return Response.MISSING.description();
  }

  /** {@link Response#MISSING}. */
  @Override
  public Response category() {
    return Response.MISSING;
  }
}
