package io.github.recist.model;

/** Whether a CR or PR needs a confirming assessment to count as best overall response (Rules R11, R12). */
public enum Confirmation {
  /** Best overall response with confirmation (Rule R12, RECIST 1.1 Table 3). */
  REQUIRED,
  /** Best overall response without confirmation (Rule R11). */
  NOT_REQUIRED
}
