package io.github.recist.model;

/**
 * The overall response of a visit under iRECIST (Rule R14) that RECIST 1.1 has no code for: iCR,
 * iPR, iSD, NON_iCR_NON_iUPD, iUPD (unconfirmed progression) and iCPD (confirmed progression). NE
 * and ND are shared with RECIST 1.1 and stay {@link VisitResponse#NE} and {@link VisitResponse#ND}.
 *
 * <p>The declaration order is the rank of an iRECIST best overall response (Rule R14.11): iCR >
 * iPR > iSD > NON_iCR_NON_iUPD > iCPD > iUPD (then NE, ND and MISSING). Source: Seymour et al.,
 * "iRECIST", Lancet Oncol 18 (2017) e143–e152, Tables 2 and 3.
 */
public enum IrecistResponse implements ResponseCode {
  /** Complete response under iRECIST: a CR with every recorded new lesion gone (Rule R14.9). */
  ICR("iCR", "immune complete response", Response.CR),
  /** Partial response under iRECIST (Rule R14.9). */
  IPR("iPR", "immune partial response", Response.PR),
  /** Stable disease under iRECIST (Rule R14.9). */
  ISD("iSD", "immune stable disease", Response.SD),
  /** Non-target disease only, neither iCR nor iUPD (Rule R14.9). */
  NON_ICR_NON_IUPD("NON_iCR_NON_iUPD", "non-iCR/non-iUPD", Response.NON_CR_NON_PD),
  /** Confirmed progression (Rule R14.6). */
  ICPD("iCPD", "immune confirmed progression", Response.PD),
  /** Unconfirmed progression: RECIST 1.1 progression that a later visit must confirm (Rule R14.4). */
  IUPD("iUPD", "immune unconfirmed progression", Response.PD);

  private final String code;
  private final String description;
  private final Response category;

  IrecistResponse(String code, String description, Response category) {
    this.code = code;
    this.description = description;
    this.category = category;
  }

  /**
   * The RECIST 1.1 response this code stands for in the shared rules (R10–R13): iCR is CR, iPR is
   * PR, iSD is SD, NON_iCR_NON_iUPD is NON_CR_NON_PD, iUPD and iCPD are PD.
   */
  @Override
  public Response category() {
    return category;
  }

  /** Whether this is iUPD (Rule R14.4). */
  @Override
  public boolean isUnconfirmedProgression() {
    return this == IUPD;
  }

  /**
   * The iRECIST code of a RECIST 1.1 category (R14): CR is iCR, PR iPR, SD iSD, NON_CR_NON_PD
   * NON_iCR_NON_iUPD, PD iCPD (a confirmed progression); null for NE, ND, MISSING and NA, which
   * iRECIST shares with RECIST 1.1.
   */
  static IrecistResponse of(Response category) {
    return switch (category) {
      case CR -> ICR;
      case PR -> IPR;
      case SD -> ISD;
      case NON_CR_NON_PD -> NON_ICR_NON_IUPD;
      case PD -> ICPD;
      default -> null;
    };
  }

  /** The code as the case file spells it, such as {@code iUPD} or {@code NON_iCR_NON_iUPD}. */
  @Override
  public String code() {
    return code;
  }

  /** The category in plain words, such as {@code "immune unconfirmed progression"}. */
  @Override
  public String description() {
    return description;
  }

  /**
   * Returns the response of that code ({@code iCR}, ..., as {@link #code()} spells it).
   *
   * @throws IllegalArgumentException if the code names no iRECIST response
   */
  public static IrecistResponse parse(String code) {
    for (IrecistResponse r : values()) {
      if (r.code.equals(code)) {
        return r;
      }
    }
    throw new IllegalArgumentException("'" + code
        + "' is not an iRECIST response (iCR, iPR, iSD, NON_iCR_NON_iUPD, iCPD or iUPD)");
  }

  /** Prints as the code, {@code iUPD}. */
  @Override
  public String toString() {
    return code;
  }
}
