package io.github.recist.model;

/**
 * A response category of RECIST 1.1, at the level of the target lesions, the non-target lesions, a
 * time point, or the best overall response: the value readers compare with ({@code t.target()},
 * {@code t.nonTarget()}, {@code t.overall()}, {@code a.bestOverallResponse()}).
 *
 * <p>The declaration order is the rank of a best overall response (Rule R12): {@code CR} is best,
 * then {@code PR}, {@code SD}, {@code NON_CR_NON_PD}, {@code PD}, {@code NE}, {@code ND} (only
 * not-done visits) and {@code MISSING} (no assessment after baseline). {@code NA} (no lesions of
 * that kind) is only a target or non-target response.
 *
 * <p>Where a code is <em>set</em>, each level has a type of its own, so that a code of one level
 * cannot be put where another belongs (the compiler refuses it):
 *
 * <ul>
 *   <li>target and non-target responses (Rules R6, R7) are this category, NA included;
 *   <li>a visit's overall response (Rule R9, recorded responses, R14) is a {@link ResponseCode}:
 *       a {@link VisitResponse} (CR, PR, SD, NON_CR_NON_PD, PD, NE, ND) or an {@link
 *       IrecistResponse}; never MISSING or NA;
 *   <li>a best overall response (Rules R12, R14.11) is a {@link BestResponseCode}: a visit's code
 *       or {@link NoAssessment#MISSING}.
 * </ul>
 *
 * <p>Every code maps back to this category through {@code category()}.
 */
public enum Response {
  /** Complete response. */
  CR("complete response"),
  /** Partial response. */
  PR("partial response"),
  /** Stable disease. */
  SD("stable disease"),
  /** Non-CR/non-PD: non-target disease persists without progression (Rules R7, R9 Table 2). */
  NON_CR_NON_PD("non-CR/non-PD"),
  /** Progressive disease. */
  PD("progressive disease"),
  /** Not evaluable. */
  NE("not evaluable"),
  /** Not done: a recorded visit at which no assessment was done (Rule R12). */
  ND("not done"),
  /** No assessment after baseline (Rule R12). */
  MISSING("no assessment after baseline"),
  /** Not applicable: the subject has no lesions of that kind. */
  NA("not applicable");

  private final String description;

  Response(String description) {
    this.description = description;
  }

  /** The category in plain words, such as {@code "partial response"}. */
  public String description() {
    return description;
  }

  /** The code as the case file spells it: the enum name, such as {@code NON_CR_NON_PD}. */
  public String code() {
    return name();
  }

  /** Whether a visit can be recorded with it: anything but MISSING and NA ({@link VisitResponse}). */
  public boolean isRecordable() {
    return this != MISSING && this != NA;
  }

  /** Whether this is an objective response, CR or PR. */
  public boolean isObjectiveResponse() {
    return this == CR || this == PR;
  }

  /** Whether this counts towards disease control: CR, PR, SD or NON_CR_NON_PD. */
  public boolean isDiseaseControl() {
    return this == CR || this == PR || this == SD || this == NON_CR_NON_PD;
  }

  /** Whether this response of a time point is evaluable: neither NE, ND, MISSING nor NA. */
  public boolean isEvaluable() {
    return this.compareTo(PD) <= 0;
  }

  /** Whether this best overall response ranks above {@code other} (Rule R12 order). */
  public boolean isBetterThan(Response other) {
    return this.compareTo(other) < 0;
  }

  /**
   * Returns the response of that code: the enum name, or the case-file spelling {@code NON-CR/NON-PD}.
   *
   * @throws IllegalArgumentException if the code names no response
   */
  public static Response parse(String code) {
    if ("NON-CR/NON-PD".equals(code)) {
      return NON_CR_NON_PD;
    }
    for (Response r : values()) {
      if (r.name().equals(code)) {
        return r;
      }
    }
    throw new IllegalArgumentException("'" + code
        + "' is not a response (CR, PR, SD, NON_CR_NON_PD, PD, NE, ND, MISSING or NA)");
  }
}
