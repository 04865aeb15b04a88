package io.github.recist.model;

/** Whether a baseline lesion was chosen as a target (measured, summed) or followed as a non-target. */
public enum LesionRole {
  /** Measured at every time point; its diameter enters the sum of diameters (Rules R2, R5). */
  TARGET,
  /** Followed qualitatively: present, absent or unequivocally progressed (Rule R7). */
  NON_TARGET
}
