package io.github.recist.model;

/**
 * What was seen of a non-target lesion at one time point (Rule R7), or of a new lesion recorded as a
 * new-lesion non-target (Rule R14.2).
 */
public enum NonTargetStatus {
  /** Still there; for a lymph node, 10 mm or more short axis. */
  PRESENT,
  /** Gone; a node back under 10 mm short axis is absent. */
  ABSENT,
  /**
   * Grown since the previous assessment, not necessarily unequivocally (the iRECIST FAQ's INCLA).
   * Rule R7 reads it as present (Rule R14.1); under iRECIST it confirms a non-target iUPD (Rule
   * R14.6.2).
   */
  INCREASED,
  /** Unequivocal progression of this non-target: progression of the non-target disease. */
  UNEQUIVOCAL_PROGRESSION,
  /** Not evaluable at this time point (or not assessed). */
  NOT_EVALUABLE
}
