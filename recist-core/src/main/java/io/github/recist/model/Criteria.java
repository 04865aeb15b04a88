package io.github.recist.model;

/** The rule set that classifies the time points. */
public enum Criteria {
  /** RECIST 1.1 (Rules R1–R13). */
  RECIST_1_1,
  /** iRECIST (Rule R14): not implemented yet; assessing under it is refused. */
  IRECIST
}
