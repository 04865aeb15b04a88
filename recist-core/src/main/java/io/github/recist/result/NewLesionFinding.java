package io.github.recist.result;

/** What a time point shows of new lesions (Rule R8). */
public enum NewLesionFinding {
  /** No new lesion. */
  NONE,
  /** Only equivocal new lesions: not progression by themselves (R8; "no new lesion" in R9). */
  EQUIVOCAL,
  /** At least one unequivocal new lesion: progression (R8). */
  UNEQUIVOCAL
}
