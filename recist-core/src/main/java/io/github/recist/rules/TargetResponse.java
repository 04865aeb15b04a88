package io.github.recist.rules;

import io.github.recist.model.Diameter;
import io.github.recist.model.Lesion;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.model.TargetValue;
import io.github.recist.model.Assessment;
import io.github.recist.result.Reason;
import io.github.recist.result.TimepointResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule R6: the response of the target lesions at one time point, decided in this order.
 *
 * <ol>
 *   <li><b>NE</b> when no target could be evaluated, or one or more are NE or missing, unless the
 *       evaluated targets alone already show PD (then <b>PD</b>): their sum meets PD against the
 *       nadir, or one of them has reappeared after the subject reached CR (R6.1).
 *   <li><b>CR</b> when every non-nodal target is 0 mm and every nodal target is under 10 mm short
 *       axis (the sum need not be 0). Convention: CR is tested before PD.
 *   <li><b>PD</b> when the sum is at least 20 % <em>and</em> at least 5 mm above the nadir; or when
 *       the subject <em>had reached CR</em> (some earlier time point's overall response was CR, and
 *       no PD since: NE visits, or PR visits because non-targets were not evaluated, do not undo it)
 *       and a target reappeared (non-nodal above 0 mm, nodal 10 mm or more). A lesion that
 *       reappears in a subject who never reached CR is simply added back to the sum (R6.3).
 *   <li><b>PR</b> when the sum is at least 30 % below the baseline sum.
 *   <li><b>SD</b> otherwise; with the option {@code persistentPartialResponse}, PR instead after a
 *       (confirmed, where required) PR.
 * </ol>
 *
 * <p>Every threshold is decided on exact tenths of a millimetre: 70 to 49 mm is exactly 30 % and PR;
 * 25 to 30 mm is exactly 20 % and 5 mm and PD. Sources: RECIST 1.1 §4.3.1, Update 2016, RECIST FAQ.
 */
@RecistRule("R6")
public final class TargetResponse {

  /** PR needs the sum at least this many percent below baseline (R6.4). */
  public static final int PARTIAL_RESPONSE_PERCENT = 30;
  /** PD needs the sum at least this many percent above the nadir (R6.3). */
  public static final int PROGRESSION_PERCENT = 20;
  /** PD needs the sum at least this much above the nadir (R6.3). */
  public static final Diameter PROGRESSION_MINIMUM_INCREASE = Diameter.ofMillimetres(5);
  /** A nodal target under this short axis is normal: compatible with CR (R6.2). */
  public static final Diameter NORMAL_NODE_SHORT_AXIS = Diameter.ofMillimetres(10);

  private TargetResponse() {}

  // each reason's change in percent kept as the positions of its two diameters among the
  // reason's values (Reason.changeOf): the reason of every visit has one or two, and no change is
  // made until asked for (issue 14)
  /** R6.3: value 1 of {@code TARGET_PROGRESSION}, the sum (value 0) against the nadir (value 3). */
  private static final Object INCREASE_FROM_NADIR = Reason.changeOf(0, 3, true);
  /** R6.4: value 1 of {@code TARGET_PARTIAL_RESPONSE}, the sum against the baseline (value 2). */
  private static final Object DECREASE_FROM_BASELINE = Reason.changeOf(0, 2, true);
  /** R6.5: values 1 and 3 of {@code TARGET_STABLE_DISEASE}, against the baseline and the nadir. */
  private static final Object CHANGE_FROM_BASELINE = Reason.changeOf(0, 2, false);
  private static final Object CHANGE_FROM_NADIR = Reason.changeOf(0, 4, false);
  /** R6.1: value 2 of {@code TARGET_PD_DESPITE_NOT_EVALUATED}, the sum (1) against the nadir (4). */
  private static final Object INCREASE_OF_OTHERS_FROM_NADIR = Reason.changeOf(1, 4, true);

  /**
   * Whether {@code sumTenths} meets PD against {@code nadirTenths}: at least 20 % and at least 5 mm
   * above it (R6.3), decided exactly.
   */
  public static boolean meetsProgression(long sumTenths, long nadirTenths) {
    return sumTenths * 100 >= nadirTenths * (100 + PROGRESSION_PERCENT)
        && sumTenths - nadirTenths >= PROGRESSION_MINIMUM_INCREASE.tenths();
  }

  /** Whether {@code sumTenths} is at least 30 % below {@code baselineTenths} (R6.4), decided exactly. */
  public static boolean meetsPartialResponse(long sumTenths, long baselineTenths) {
    return sumTenths * 100 <= baselineTenths * (100 - PARTIAL_RESPONSE_PERCENT);
  }

  /**
   * Classifies the targets at one time point (Rule R6), appending its reasons to {@code reasons}.
   *
   * @param targets the subject's target lesions
   * @param assessment the time point
   * @param sum the time point's sum (Rule R5)
   * @param baselineTenths the baseline sum
   * @param nadirTenths the nadir before this time point (Rule R5)
   * @param completeResponse the date the subject reached CR, when it had (Rule R6.3: some earlier
   *     time point's overall response was CR, with no PD since), else null
   * @param keptPartialResponse the date of an earlier (confirmed, where required) PR that keeps this
   *     time point PR instead of SD under the option {@code persistentPartialResponse}, else null
   * @param reasons where the reasons go
   * @return CR, PR, SD, PD or NE; NA when there are no targets
   */
  public static Response classify(List<Lesion> targets, Assessment assessment,
      SumOfDiameters.TargetSum sum, long baselineTenths, long nadirTenths,
      LocalDate completeResponse, LocalDate keptPartialResponse, List<Reason> reasons) {
    // small, so that the JIT inlines it and the sum needs no object of its own (issue 14)
    return classify(targets, assessment, sum.tenths(), sum.evaluatedCount(),
        sum.showingDisease(targets, assessment), baselineTenths, nadirTenths, completeResponse,
        keptPartialResponse, reasons);
  }

  /**
   * As {@link #classify(List, Assessment, SumOfDiameters.TargetSum, long, long, LocalDate,
   * LocalDate, List)}, given the sum's figures ({@link SumOfDiameters.TargetSum}) instead of the sum.
   *
   * @param sumTenths the sum of the evaluated targets (Rule R5), {@link
   *     SumOfDiameters.TargetSum#tenths()}
   * @param evaluatedCount how many targets were evaluated, {@link
   *     SumOfDiameters.TargetSum#evaluatedCount()}
   * @param showingDisease how many evaluated targets show disease (R6.2, R6.3: a non-nodal target
   *     above 0 mm, a nodal one 10 mm or more), or -1 when not counted (then they are counted here)
   */
  public static Response classify(List<Lesion> targets, Assessment assessment, long sumTenths,
      int evaluatedCount, int showingDisease, long baselineTenths, long nadirTenths,
      LocalDate completeResponse, LocalDate keptPartialResponse, List<Reason> reasons) {
    if (targets.size() == 0) { // not isEmpty(): see IrecistCourse.newLesionsAt (issue 14)
      return Response.NA;
    }
    long s = sumTenths;
    if (evaluatedCount < targets.size()) {
      return notAllEvaluated(targets, assessment, s, evaluatedCount, nadirTenths,
          completeResponse, reasons);
    }
    // R6.2
    if (showingDisease == 0 || (showingDisease < 0 && isCompleteResponse(targets, assessment))) {
      reasons.add(Reason.of(Reason.Kind.TARGET_COMPLETE_RESPONSE, Diameter.ofTenths(s),
          NORMAL_NODE_SHORT_AXIS));
      return Response.CR;
    }
    // R6.3
    if (meetsProgression(s, nadirTenths)) {
      reasons.add(Reason.of(Reason.Kind.TARGET_PROGRESSION, Diameter.ofTenths(s),
          INCREASE_FROM_NADIR, Diameter.ofTenths(s - nadirTenths),
          Diameter.ofTenths(nadirTenths), PROGRESSION_PERCENT, PROGRESSION_MINIMUM_INCREASE));
      return Response.PD;
    }
    if (completeResponse != null) {
      List<String> reappeared = reappeared(targets, assessment);
      if (!reappeared.isEmpty()) {
        reasons.add(Reason.of(Reason.Kind.TARGET_REAPPEARED_AFTER_CR, reappeared,
            completeResponse));
        return Response.PD;
      }
    }
    // R6.4
    if (meetsPartialResponse(s, baselineTenths)) {
      reasons.add(Reason.of(Reason.Kind.TARGET_PARTIAL_RESPONSE, Diameter.ofTenths(s),
          DECREASE_FROM_BASELINE, Diameter.ofTenths(baselineTenths),
          PARTIAL_RESPONSE_PERCENT));
      return Response.PR;
    }
    // R6.5 and the persistentPartialResponse convention
    if (keptPartialResponse != null) {
      reasons.add(Reason.of(Reason.Kind.TARGET_PERSISTENT_PARTIAL_RESPONSE, Diameter.ofTenths(s),
          keptPartialResponse));
      return Response.PR;
    }
    reasons.add(Reason.of(Reason.Kind.TARGET_STABLE_DISEASE, Diameter.ofTenths(s),
        CHANGE_FROM_BASELINE, Diameter.ofTenths(baselineTenths),
        CHANGE_FROM_NADIR, Diameter.ofTenths(nadirTenths),
        PARTIAL_RESPONSE_PERCENT, PROGRESSION_PERCENT, PROGRESSION_MINIMUM_INCREASE));
    return Response.SD;
  }

  /**
   * R6.1: the targets when one or more were not evaluated (NE or missing): NE, unless the evaluated
   * ones alone show PD; out of line, as most visits have every target evaluated (issue 14).
   */
  private static Response notAllEvaluated(List<Lesion> targets, Assessment assessment, long s,
      int evaluatedCount, long nadirTenths, LocalDate completeResponse, List<Reason> reasons) {
    if (evaluatedCount == 0) {
      reasons.add(Reason.of(Reason.Kind.TARGET_NONE_EVALUATED));
      return Response.NE;
    }
    List<String> notEvaluated = SumOfDiameters.notEvaluated(targets, assessment);
    if (meetsProgression(s, nadirTenths)) {
      reasons.add(Reason.of(Reason.Kind.TARGET_PD_DESPITE_NOT_EVALUATED, notEvaluated,
          Diameter.ofTenths(s), INCREASE_OF_OTHERS_FROM_NADIR,
          Diameter.ofTenths(s - nadirTenths), Diameter.ofTenths(nadirTenths)));
      return Response.PD;
    }
    if (completeResponse != null) {
      List<String> reappeared = reappeared(targets, assessment);
      if (!reappeared.isEmpty()) {
        reasons.add(Reason.of(Reason.Kind.TARGET_REAPPEARED_DESPITE_NOT_EVALUATED,
            notEvaluated, reappeared, completeResponse));
        return Response.PD;
      }
    }
    reasons.add(Reason.of(Reason.Kind.TARGET_NOT_ALL_EVALUATED, notEvaluated,
        Diameter.ofTenths(s), Diameter.ofTenths(nadirTenths)));
    return Response.NE;
  }

  /**
   * The date of an earlier PR that keeps the next time point PR instead of SD under the option
   * {@code persistentPartialResponse} (Convention of R6, RECIST FAQ): the first PR among {@code
   * earlier}, confirmed within them (Rule R12) where the protocol requires confirmation, with no PD
   * since; null when there is none. Pass the result to {@link #classify} as {@code
   * keptPartialResponse}.
   *
   * @param earlier the results of the time points before the one being classified, in date order
   */
  public static LocalDate partialResponseToKeep(List<TimepointResult> earlier, Protocol protocol) {
    int n = earlier.size();
    byte[] responses = new byte[n];
    for (int i = 0; i < n; i++) {
      Response r = earlier.get(i).overall();
      if (r == Response.PD) {
        return null;
      }
      responses[i] = (byte) r.ordinal();
    }
    byte partial = (byte) Response.PR.ordinal();
    for (int i = 0; i < n; i++) {
      if (responses[i] == partial && (!protocol.confirmationRequired()
          || ConfirmedBestOverallResponse.isConfirmed(earlier, responses, n, i, protocol))) {
        return earlier.get(i).date();
      }
    }
    return null;
  }

  /**
   * Whether every non-nodal target counts 0 mm and every nodal target is under 10 mm short axis
   * (R6.2); every target must be evaluated.
   */
  static boolean isCompleteResponse(List<Lesion> targets, Assessment assessment) {
    List<TargetValue> values = assessment.targetValues(targets);
    for (int i = 0, n = targets.size(); i < n; i++) {
      if (showsDisease(targets.get(i), RecordedValues.countedTenths(values.get(i)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code target}, counting {@code countedTenths} (Rule R4), shows disease: a non-nodal
   * target above 0 mm, a nodal target 10 mm or more short axis. None may for CR (R6.2); after a CR,
   * one that does has reappeared (R6.3).
   */
  static boolean showsDisease(Lesion target, long countedTenths) {
    return target.nodal() ? countedTenths >= NORMAL_NODE_SHORT_AXIS.tenths() : countedTenths > 0;
  }

  /**
   * The evaluated targets that reappeared after a CR (R6.1, R6.3), each with its value: {@code T1 (3
   * mm)}.
   */
  private static List<String> reappeared(List<Lesion> targets, Assessment assessment) {
    List<String> reappeared = new ArrayList<>(2);
    List<TargetValue> values = assessment.targetValues(targets);
    for (int i = 0, n = targets.size(); i < n; i++) {
      TargetValue v = values.get(i);
      if (v.isEvaluated() && showsDisease(targets.get(i), RecordedValues.countedTenths(v))) {
        reappeared.add(targets.get(i).id() + " (" + v + ")");
      }
    }
    return reappeared;
  }
}
