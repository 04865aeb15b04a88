package io.github.recist.model;

/**
 * How the confirmed best overall response reads a recorded CR followed by an early SD or by a PR
 * (Convention of Rule R12, option {@code tableThree}).
 */
public enum TableThree {
  /**
   * As admiralonco's {@code derive_param_confirmed_bor} derives it (the default): CR then early SD is
   * NE; CR then PR is no confirmed response (Rule R12).
   */
  ADMIRALONCO,
  /**
   * As RECIST 1.1 Table 3 reads literally: CR followed by SD before the minimum SD duration is PD,
   * dated at the SD visit; CR followed by a PR that confirms it by the PR rule is PR (Table 3 note
   * b). Only the best response and its reasons change (Rule R12).
   */
  RECIST_TABLE_3
}
