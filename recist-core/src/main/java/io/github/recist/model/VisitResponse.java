package io.github.recist.model;

/**
 * The overall response of a visit under RECIST 1.1 (Rule R9, or as recorded): CR, PR, SD,
 * NON_CR_NON_PD, PD, NE and ND. Under iRECIST (Rule R14) a visit is an {@link IrecistResponse}, or
 * {@link #NE} or {@link #ND}, which the two criteria share.
 *
 * <p>Unlike the category {@link Response}, it has no {@code MISSING} (a best response only: {@link
 * NoAssessment#MISSING}) and no {@code NA} (a target or non-target response only), so neither can
 * be put where a visit response belongs: the compiler refuses it. The declaration order is the rank
 * of Rule R12, as in {@link Response}.
 */
public enum VisitResponse implements ResponseCode {
  /** Complete response. */
  CR(Response.CR),
  /** Partial response. */
  PR(Response.PR),
  /** Stable disease. */
  SD(Response.SD),
  /** Non-CR/non-PD: non-target disease persists without progression (Rules R7, R9 Table 2). */
  NON_CR_NON_PD(Response.NON_CR_NON_PD),
  /** Progressive disease. */
  PD(Response.PD),
  /** Not evaluable. */
  NE(Response.NE),
  /** Not done: a recorded visit at which no assessment was done (Rule R12). */
  ND(Response.ND);

  private final Response category;

  VisitResponse(Response category) {
    this.category = category;
  }

  /** The same-named {@link Response}: the category the shared rules (R10–R13) read. */
  @Override
  public Response category() {
    return category;
  }

  /** The code as the case file spells it: the enum name, such as {@code NON_CR_NON_PD}. */
  @Override
  public String code() {
    return name();
  }

  /** The category in plain words, such as {@code "partial response"}. */
  @Override
  public String description() {
    return category.description();
  }

  /**
   * The visit response of a category: the same-named constant.
   *
   * @throws IllegalArgumentException for MISSING and NA, which are no visit responses
   */
  public static VisitResponse of(Response category) {
    return switch (category) {
      case CR -> CR;
      case PR -> PR;
      case SD -> SD;
      case NON_CR_NON_PD -> NON_CR_NON_PD;
      case PD -> PD;
      case NE -> NE;
      case ND -> ND;
      case MISSING, NA -> throw new IllegalArgumentException(category
          + " is not a visit response (MISSING is a best response only, NA a component only)");
    };
  }

  /**
   * Returns the visit response of that code: the enum name, or the case-file spelling {@code
   * NON-CR/NON-PD}.
   *
   * @throws IllegalArgumentException if the code names no visit response (MISSING and NA do not)
   */
  public static VisitResponse parse(String code) {
    if ("NON-CR/NON-PD".equals(code)) {
      return NON_CR_NON_PD;
    }
    for (VisitResponse r : values()) {
      if (r.name().equals(code)) {
        return r;
      }
    }
    throw new IllegalArgumentException("'" + code
        + "' is not a visit response (CR, PR, SD, NON_CR_NON_PD, PD, NE or ND)");
  }
}
