package io.github.recist.model;

/** How certain a new lesion is (Rule R8). */
public enum NewLesionStatus {
  /** Possibly new: not progression, unless a later time point shows it unequivocally. */
  EQUIVOCAL,
  /** Unequivocally new: progression at this time point. */
  UNEQUIVOCAL
}
