package io.github.recist.model;

/** What was seen of a non-target lesion at one time point (Rule R7). */
public enum NonTargetStatus {
  /** Still there; for a lymph node, 10 mm or more short axis. */
  PRESENT,
  /** Gone; a node back under 10 mm short axis is absent. */
  ABSENT,
  /** Unequivocal progression of this non-target: progression of the non-target disease. */
  UNEQUIVOCAL_PROGRESSION,
  /** Not evaluable at this time point (or not assessed). */
  NOT_EVALUABLE
}
