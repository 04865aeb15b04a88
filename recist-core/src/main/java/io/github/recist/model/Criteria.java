package io.github.recist.model;

/** The rule set that classifies the time points. */
public enum Criteria {
  /** RECIST 1.1 (Rules R1–R13). */
  RECIST_1_1 {
    @Override
    public boolean allows(ResponseCode code) {
      return code instanceof Response r && r.isRecordable();
    }

    @Override
    public ResponseCode code(Response category) {
      return category;
    }
  },
  /**
   * iRECIST (Rule R14): new-lesion targets and non-targets, {@code INCREASED}, symptom-driven
   * visits, unconfirmed and confirmed progression, recorded i-codes.
   */
  IRECIST {
    @Override
    public boolean allows(ResponseCode code) {
      return code instanceof IrecistResponse || code == Response.NE || code == Response.ND;
    }

    @Override
    public ResponseCode code(Response category) {
      IrecistResponse i = IrecistResponse.of(category);
      return i == null ? category : i;
    }
  };

  /**
   * The code of {@code category} under these criteria: itself under RECIST 1.1; under iRECIST CR is
   * iCR, PR iPR, SD iSD, NON_CR_NON_PD NON_iCR_NON_iUPD and PD iCPD (R14), while NE, ND, MISSING and
   * NA are shared. The shared best-response rules (R11, R12) name their answer with it.
   */
  public abstract ResponseCode code(Response category);

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
    all.addAll(java.util.List.of(Response.values()));
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
