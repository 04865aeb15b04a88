package io.github.recist.model;

/**
 * A visit's overall response code under either criteria set: a RECIST 1.1 {@link VisitResponse} or
 * an iRECIST {@link IrecistResponse} (NE and ND are {@link VisitResponse#NE}, {@link
 * VisitResponse#ND} under both). It never is MISSING (a best response only, {@link
 * NoAssessment#MISSING}) nor NA (a component only, {@link Response#NA}): the types refuse them.
 * Which codes a recorded visit may carry depends on the protocol's {@link Criteria} ({@link
 * Criteria#allows}).
 *
 * <p>The engine's shared rules (the window, R10; best response, R11, R12; endpoints, R13) read a
 * code through its {@link #category()}, the RECIST 1.1 response it stands for, and through {@link
 * #isUnconfirmedProgression()}, the one iRECIST code that has no RECIST 1.1 counterpart (iUPD: R14.4,
 * a progression that a later visit must confirm). So best response and endpoints are written once
 * for both criteria (R14.11, R14.12).
 */
public sealed interface ResponseCode extends BestResponseCode
    permits VisitResponse, IrecistResponse {

  /** The code as the case file spells it: {@code PR}, {@code NE}, {@code iUPD}. */
  @Override
  String code();

  /** The category in plain words, such as {@code "partial response"}. */
  @Override
  String description();

  /**
   * The RECIST 1.1 response this code stands for, always a visit category (never MISSING or NA): a
   * {@link VisitResponse} its same-named {@link Response}; iCR is CR, iPR is PR, iSD is SD,
   * NON_iCR_NON_iUPD is NON_CR_NON_PD, and iUPD and iCPD are both PD (R14).
   */
  @Override
  Response category();
}
