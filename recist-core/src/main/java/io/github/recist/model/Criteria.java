package io.github.recist.model;

/** The rule set that classifies the time points. */
public enum Criteria {
  /** RECIST 1.1 (Rules R1–R13). */
  RECIST_1_1 {
    @Override
    public boolean allows(RecordedCode code) {
      return code instanceof Response r && r.isRecordable();
    }
  },
  /**
   * iRECIST (Rule R14). The model reads its input (new-lesion targets and non-targets, {@code
   * INCREASED}, symptom-driven visits, recorded i-codes); the engine does not classify under it yet.
   */
  IRECIST {
    @Override
    public boolean allows(RecordedCode code) {
      return code instanceof IrecistResponse || code == Response.NE || code == Response.ND;
    }
  };

  /**
   * Whether a visit response recorded under these criteria may be {@code code}: CR, PR, SD,
   * NON_CR_NON_PD, PD, NE or ND under RECIST 1.1; iCR, iPR, iSD, NON_iCR_NON_iUPD, iUPD, iCPD, NE or
   * ND under iRECIST (Rule R14.13).
   */
  public abstract boolean allows(RecordedCode code);

  /** The codes {@link #allows} accepts, in rank order, for messages: {@code "CR, PR, ... or ND"}. */
  public String recordableCodes() {
    StringBuilder s = new StringBuilder();
    java.util.List<RecordedCode> all = new java.util.ArrayList<>();
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
