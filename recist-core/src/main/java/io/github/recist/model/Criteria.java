package io.github.recist.model;

/** The rule set that classifies the time points. */
public enum Criteria {
  /** RECIST 1.1 (Rules R1–R13). */
  RECIST_1_1 {
    @Override
    public boolean allows(ResponseCode code) {
      return code instanceof VisitResponse;
    }

    @Override
    public BestResponseCode code(Response category) {
      return category == Response.MISSING ? NoAssessment.MISSING : VisitResponse.of(category);
    }
  },
  /**
   * iRECIST (Rule R14): new-lesion targets and non-targets, {@code INCREASED}, symptom-driven
   * visits, unconfirmed and confirmed progression, recorded i-codes.
   */
  IRECIST {
    @Override
    public boolean allows(ResponseCode code) {
      return code instanceof IrecistResponse || code == VisitResponse.NE
          || code == VisitResponse.ND;
    }

    @Override
    public BestResponseCode code(Response category) {
      IrecistResponse i = IrecistResponse.of(category);
      return i != null ? i : RECIST_1_1.code(category);
    }
  };

  /**
   * The best-response code of {@code category} under these criteria (Rules R12, R14.11): the
   * same-named {@link VisitResponse} under RECIST 1.1; under iRECIST CR is iCR, PR iPR, SD iSD,
   * NON_CR_NON_PD NON_iCR_NON_iUPD and PD iCPD (R14), while NE and ND are shared; MISSING is {@link
   * NoAssessment#MISSING} under both. The shared best-response rules (R11, R12) name their answer
   * with it. It returns the best level, {@link BestResponseCode}, because of MISSING; a visit's
   * code is set by the criteria's own classification, never through this method.
   *
   * @throws IllegalArgumentException for NA, a target or non-target response only
   */
  public abstract BestResponseCode code(Response category);

  /**
   * Whether a visit response recorded under these criteria may be {@code code}: CR, PR, SD,
   * NON_CR_NON_PD, PD, NE or ND under RECIST 1.1; iCR, iPR, iSD, NON_iCR_NON_iUPD, iUPD, iCPD, NE or
   * ND under iRECIST (Rule R14.13).
   */
  public abstract boolean allows(ResponseCode code);

  /** The codes {@link #allows} accepts, in rank order, for messages: {@code "CR, PR, ... or ND"}. */
  public String recordableCodes() {
    StringBuilder s = new StringBuilder();
    java.util.List<ResponseCode> all = new java.util.ArrayList<>();
    all.addAll(java.util.List.of(IrecistResponse.values()));
    all.addAll(java.util.List.of(VisitResponse.values()));
    all.removeIf(c -> !allows(c));
    if (this == IRECIST) {
      // iCPD before iUPD is the rank; people read the codes in the order of the guideline
      all.remove(IrecistResponse.IUPD);
      all.add(all.indexOf(IrecistResponse.ICPD), IrecistResponse.IUPD);
    }
    for (int i = 0; i < all.size(); i++) {
      s.append(i == 0 ? "" : i == all.size() - 1 ? " or " : ", ").append(all.get(i).code());
    }
    return s.toString();
  }
}
