package io.github.recist.model;

/**
 * A visit's overall response code, or a best overall response's, under either criteria set: a
 * RECIST 1.1 {@link Response} or an iRECIST {@link IrecistResponse}. Which codes a recorded visit
 * may carry depends on the protocol's {@link Criteria} ({@link Criteria#allows}).
 *
 * <p>The engine's shared rules (the window, R10; best response, R11, R12; endpoints, R13) read a
 * code through its {@link #category()}, the RECIST 1.1 response it stands for, and through {@link
 * #isUnconfirmedProgression()}, the one iRECIST code that has no RECIST 1.1 counterpart (iUPD: R14.4,
 * a progression that a later visit must confirm). So best response and endpoints are written once
 * for both criteria (R14.11, R14.12).
 */
public sealed interface ResponseCode permits Response, IrecistResponse {

  /** The code as the case file spells it: {@code PR}, {@code NE}, {@code iUPD}. */
  String code();

  /** The category in plain words, such as {@code "partial response"}. */
  String description();

  /**
   * The RECIST 1.1 response this code stands for: a {@link Response} is its own; iCR is CR, iPR is
   * PR, iSD is SD, NON_iCR_NON_iUPD is NON_CR_NON_PD, and iUPD and iCPD are both PD (R14).
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
