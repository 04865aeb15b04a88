package io.github.recist.rules;

/**
 * The choices this project makes where iRECIST leaves a reading open (Rule R14, each marked
 * <b>Convention</b> in RECIST-RULES.md), one constant each, so that a reader finds the method that
 * applies it from here and a reason can name it. Options a protocol may change ({@code
 * minProgressionConfirmationDays}, {@code maxProgressionConfirmationDays}, {@code
 * unconfirmedProgressionAsEvent}) are in {@code Protocol}, not here.
 */
public enum IrecistConvention {
  /**
   * Rule R14.2: the new-lesion target (NLT) nadir is the smallest NLT sum at the earlier counted
   * visits since the most recent NLT was first recorded; sums over different sets of lesions are
   * never compared. Applied by {@link IrecistCourse#newLesionTargetNadir()}.
   */
  NLT_NADIR_SINCE_LAST_ADDED("R14.2"),
  /**
   * Rule R14.5: a new lesion first seen on a disregarded early visit is "additional" at the next
   * counted visit of the run. Applied by {@link IrecistCourse#pendingAdditional()}.
   */
  DISREGARDED_LESION_ADDITIONAL_LATER("R14.5"),
  /**
   * Rule R14.5: the first counted visit of a run later than {@code maxProgressionConfirmationDays}
   * after its iUPD still confirms or resets, as the next assessment, with a warning. Applied by
   * {@link IrecistCourse#isLateFirstCountedVisit}.
   */
  LATE_NEXT_VISIT_COUNTS("R14.5"),
  /**
   * Rule R14.6.1 (iRECIST FAQ, "sequential increases are additive"): the ≥ 5 mm of an iCPD are
   * measured from the run's first iUPD, its anchor, so +4 mm then +2 mm confirm. Applied by {@link
   * IrecistCourse#run()} keeping the anchor until the run closes.
   */
  FIRST_IUPD("R14.6.1"),
  /**
   * Rule R14.7.1: beyond iRECIST Table 2's target-NE row, a counted visit of an open run is NE when
   * its baseline-disease response is NE, when non-targets opened the run and are NE, or when a
   * recorded new lesion is NE; the run stays open. Applied by {@code
   * IrecistCriteria.notEvaluableInsideRun}, in {@link IrecistCriteria#classify}.
   */
  NE_INSIDE_RUN("R14.7.1"),
  /**
   * Rule R14.7.2: the baseline disease has improved since the anchor when the target sum is below
   * the anchor's, or the baseline-disease response ranks better than at the anchor (CR &gt; PR &gt;
   * SD; CR &gt; NON_CR_NON_PD). Applied by {@link IrecistCourse.Run#improvedSince}.
   */
  IMPROVED_SINCE_IUPD("R14.7.2"),
  /**
   * Rule R14.9: outside a run, a new lesion that is NE only prevents iCR (as an NE non-target does
   * in R9): a CR of the baseline disease then gives iPR, or NON_iCR_NON_iUPD without targets.
   */
  NE_NEW_LESION_PREVENTS_ONLY_ICR("R14.9"),
  /**
   * Rule R14.9 with R6: under {@code persistentPartialResponse} the PR kept after a (confirmed)
   * PR is kept "until progression", and an iUPD is progression there: the RECIST 1.1 {@link
   * Course} reads each counted visit by its category, iUPD as PD, so an iPR is no longer kept
   * after the first iUPD, reset or not.
   */
  PERSISTENT_PARTIAL_RESPONSE_UNTIL_IUPD("R14.9"),
  /**
   * Rule R14.10: iCPD is final; later visits are reported as iCPD, components as usual, and are
   * ignored by best response and endpoints.
   */
  LATER_VISITS_STAY_ICPD("R14.10"),
  /**
   * Rule R14 (R6.3, R7.2): "the subject had reached CR" means some earlier counted visit was iCR;
   * under iRECIST it lasts through an iUPD run (only iCPD ends the assessment), and ends when a
   * run closes unconfirmed on a visit that is not iCR itself (a reset, R14.7.3), since the disease
   * seen then is the reference for what follows (R14.8). Applied by {@link
   * IrecistCourse#completeResponseSince()}.
   */
  HAD_REACHED_ICR("R14");

  private final String rule;

  IrecistConvention(String rule) {
    this.rule = rule;
  }

  /** The rule of RECIST-RULES.md that states it, such as {@code R14.5}. */
  public String rule() {
    return rule;
  }
}
