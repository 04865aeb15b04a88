package io.github.recist.model;

/**
 * A best overall response code under either criteria set (Rules R12, R14.11): a visit's code
 * ({@link ResponseCode}: a {@link VisitResponse} or an {@link IrecistResponse}), or {@link
 * NoAssessment#MISSING} when no visit after baseline was assessed. Only this level admits MISSING.
 */
public sealed interface BestResponseCode permits ResponseCode, NoAssessment {

  /** The code as the case file spells it: {@code PR}, {@code iUPD}, {@code MISSING}. */
  String code();

  /** The category in plain words, such as {@code "partial response"}. */
  String description();

  /**
   * The RECIST 1.1 response this code stands for: CR for CR and iCR, ..., PD for PD, iUPD and iCPD,
   * {@link Response#MISSING} for {@link NoAssessment#MISSING} (R14).
   */
  Response category();

  /** Whether this is iUPD, a progression not yet confirmed (Rule R14.4); false for RECIST 1.1. */
  default boolean isUnconfirmedProgression() {
    return false;
  }

  /**
   * Whether this is a progression that ends the visits best response considers (Rule R10): PD
   * under RECIST 1.1, iCPD under iRECIST (R14.11); not iUPD.
   */
  default boolean isConfirmedProgression() {
    return category() == Response.PD && !isUnconfirmedProgression();
  }
}
