package io.github.recist.rules;

import io.github.recist.model.Assessment;
import io.github.recist.model.Lesion;
import io.github.recist.model.NonTargetStatus;
import io.github.recist.model.Response;
import io.github.recist.model.TumorMarkers;
import io.github.recist.result.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule R7: the response of the non-target lesions at one time point, decided in this order.
 *
 * <ol>
 *   <li><b>NA</b> when the subject has no non-target lesions.
 *   <li><b>PD</b> when any non-target shows unequivocal progression, or when the subject had
 *       reached CR (as in Rule R6.3: some earlier time point's overall response was CR, with no PD
 *       since) and a non-target is present again, even when another is not evaluated.
 *   <li><b>NE</b> when any non-target is NE or missing (Convention: "not all evaluated" is NE even
 *       when another non-target is present).
 *   <li><b>CR</b> when every non-target is absent and tumour markers are not abnormal.
 *   <li><b>NON_CR_NON_PD</b> otherwise.
 * </ol>
 *
 * <p>A non-target recorded {@code INCREASED} (grown, not unequivocally; an iRECIST state) is present
 * (Rule R14.1).
 *
 * <p>Source: RECIST 1.1 §4.3.2.
 */
@RecistRule("R7")
public final class NonTargetResponse {

  private NonTargetResponse() {}

  /**
   * Classifies the non-targets at one time point (Rule R7), appending its reasons to {@code reasons}.
   *
   * @param nonTargets the subject's non-target lesions
   * @param assessment the time point
   * @param completeResponse the date the subject reached CR, when it had (Rules R6.3, R7.2), else
   *     null
   * @param reasons where the reasons go
   * @return CR, NON_CR_NON_PD, PD, NE, or NA without non-targets
   */
  public static Response classify(List<Lesion> nonTargets, Assessment assessment,
      LocalDate completeResponse, List<Reason> reasons) {
    if (nonTargets.isEmpty()) {
      return Response.NA;
    }
    List<String> progressed = null;
    List<String> present = null;
    List<String> notEvaluated = null;
    List<NonTargetStatus> statuses = assessment.nonTargetStatuses(nonTargets);
    for (int i = 0, n = nonTargets.size(); i < n; i++) {
      String id = nonTargets.get(i).id();
      NonTargetStatus status = statuses.get(i);
      switch (status) {
        case UNEQUIVOCAL_PROGRESSION:
          progressed = add(progressed, id);
          break;
        case PRESENT:
        case INCREASED: // grown, not unequivocally: present (R14.1)
          present = add(present, id);
          break;
        case NOT_EVALUABLE:
          notEvaluated = add(notEvaluated, id);
          break;
        case ABSENT:
          break;
        default:
          throw new AssertionError(status);
      }
    }
    if (progressed != null) {
      reasons.add(Reason.of(Reason.Kind.NON_TARGET_PROGRESSION, progressed));
      return Response.PD;
    }
    if (completeResponse != null && present != null) {
      reasons.add(Reason.of(Reason.Kind.NON_TARGET_RETURNED_AFTER_CR, present, completeResponse));
      return Response.PD;
    }
    if (notEvaluated != null) {
      reasons.add(Reason.of(Reason.Kind.NON_TARGET_NOT_EVALUATED, notEvaluated));
      return Response.NE;
    }
    if (present == null) {
      if (assessment.tumorMarkers() != TumorMarkers.ABNORMAL) {
        reasons.add(Reason.of(Reason.Kind.NON_TARGET_COMPLETE_RESPONSE));
        return Response.CR;
      }
      reasons.add(Reason.of(Reason.Kind.NON_TARGET_MARKERS_ABNORMAL));
      return Response.NON_CR_NON_PD;
    }
    reasons.add(Reason.of(Reason.Kind.NON_TARGET_PRESENT, present));
    return Response.NON_CR_NON_PD;
  }

  private static List<String> add(List<String> list, String id) {
    List<String> l = list == null ? new ArrayList<>(2) : list;
    l.add(id);
    return l;
  }
}
