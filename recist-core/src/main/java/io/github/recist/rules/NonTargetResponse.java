package io.github.recist.rules;

import com.google.common.collect.ImmutableList;
import io.github.recist.model.Assessment;
import io.github.recist.model.Lesion;
import io.github.recist.model.NonTargetStatus;
import io.github.recist.model.Response;
import io.github.recist.model.TumorMarkers;
import io.github.recist.result.Reason;
import io.github.recist.result.TimepointResult;
import java.time.LocalDate;
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
    return classify(nonTargets, assessment, completeResponse, reasons, null);
  }

  /**
   * As {@link #classify(List, Assessment, LocalDate, List)}, giving the reason of {@code previous},
   * the result of the visit before (or null), where it is the reason this visit would get: the
   * same finding on the same lesions (most visits repeat the one before), so that equal reasons
   * are one object, made and rendered once (issue 14).
   */
  public static Response classify(List<Lesion> nonTargets, Assessment assessment,
      LocalDate completeResponse, List<Reason> reasons, TimepointResult previous) {
    // size() == 0 rather than isEmpty(): see IrecistCourse.newLesionsAt (issue 14)
    if (nonTargets.size() == 0) {
      return Response.NA;
    }
    List<NonTargetStatus> statuses = assessment.nonTargetStatuses(nonTargets);
    int progressed = 0;
    int present = 0;
    int notEvaluated = 0;
    // compared with each status in turn, the commonest first, rather than a switch, which reads a
    // table of the ordinals per status (issue 14); ABSENT counts nothing
    for (int i = 0, n = statuses.size(); i < n; i++) {
      NonTargetStatus status = statuses.get(i);
      if (status == NonTargetStatus.PRESENT || status == NonTargetStatus.INCREASED) {
        present++; // INCREASED: grown, not unequivocally: present (R14.1)
      } else if (status == NonTargetStatus.NOT_EVALUABLE) {
        notEvaluated++;
      } else if (status == NonTargetStatus.UNEQUIVOCAL_PROGRESSION) {
        progressed++;
      }
    }
    // the ids of the one list a reason names, made at its size once the response is decided, or
    // the reason of the visit before when it is the same: one call for the three findings on a
    // list (PD, NE, non-CR/non-PD), so that the JIT inlines it once (issue 14: three inlined
    // copies made this method 19 KB of machine code)
    Response response;
    Reason.Kind kind;
    int count;
    NonTargetStatus status;
    NonTargetStatus orStatus = null;
    if (progressed > 0) {
      response = Response.PD;
      kind = Reason.Kind.NON_TARGET_PROGRESSION;
      count = progressed;
      status = NonTargetStatus.UNEQUIVOCAL_PROGRESSION;
    } else if (completeResponse != null && present > 0) {
      return returnedAfterCompleteResponse(nonTargets, statuses, present, completeResponse,
          reasons);
    } else if (notEvaluated > 0) {
      response = Response.NE;
      kind = Reason.Kind.NON_TARGET_NOT_EVALUATED;
      count = notEvaluated;
      status = NonTargetStatus.NOT_EVALUABLE;
    } else if (present == 0) {
      if (assessment.tumorMarkers() != TumorMarkers.ABNORMAL) {
        reasons.add(Reason.of(Reason.Kind.NON_TARGET_COMPLETE_RESPONSE));
        return Response.CR;
      }
      reasons.add(Reason.of(Reason.Kind.NON_TARGET_MARKERS_ABNORMAL));
      return Response.NON_CR_NON_PD;
    } else {
      response = Response.NON_CR_NON_PD;
      kind = Reason.Kind.NON_TARGET_PRESENT;
      count = present;
      status = NonTargetStatus.PRESENT;
      orStatus = NonTargetStatus.INCREASED;
    }
    reasons.add(reason(previous, kind, nonTargets, statuses, count, status, orStatus));
    return response;
  }

  /** R7.2: a non-target present again after the complete response: PD; out of line, as rare. */
  private static Response returnedAfterCompleteResponse(List<Lesion> nonTargets,
      List<NonTargetStatus> statuses, int present, LocalDate completeResponse,
      List<Reason> reasons) {
    reasons.add(Reason.of(Reason.Kind.NON_TARGET_RETURNED_AFTER_CR,
        ids(nonTargets, statuses, present, NonTargetStatus.PRESENT, NonTargetStatus.INCREASED),
        completeResponse));
    return Response.PD;
  }

  /**
   * The reason of {@code kind} on the ids of {@code count} lesions whose status is {@code status}
   * or {@code orStatus}: {@code previous}'s, when it has that reason on those ids, else a new one.
   */
  private static Reason reason(TimepointResult previous, Reason.Kind kind,
      List<Lesion> nonTargets, List<NonTargetStatus> statuses, int count, NonTargetStatus status,
      NonTargetStatus orStatus) {
    if (previous != null) {
      for (int r = 0, m = previous.reasonCount(); r < m; r++) {
        Reason candidate = previous.reason(r);
        if (candidate.kind() == kind
            && sameIds(candidate, nonTargets, statuses, count, status, orStatus)) {
          return candidate;
        }
      }
    }
    return Reason.of(kind, ids(nonTargets, statuses, count, status, orStatus));
  }

  /** Whether {@code candidate}'s one value is the list {@link #ids} would make. */
  private static boolean sameIds(Reason candidate, List<Lesion> nonTargets,
      List<NonTargetStatus> statuses, int count, NonTargetStatus status,
      NonTargetStatus orStatus) {
    // the lists this class makes are ImmutableLists: a test of a class, not of an interface, which
    // the JVM answers by scanning the class's interfaces and remembering the last one asked, so
    // that asking for List here and for Collection elsewhere (ImmutableList.copyOf) on the same
    // class scanned again each time (issue 14)
    Object ids = candidate.valueCount() == 1 ? candidate.value(0) : null;
    if (!(ids instanceof ImmutableList) || ((ImmutableList<?>) ids).size() != count) {
      return false;
    }
    ImmutableList<?> list = (ImmutableList<?>) ids;
    int k = 0;
    for (int i = 0, n = statuses.size(); i < n; i++) {
      NonTargetStatus s = statuses.get(i);
      if (s == status || s == orStatus) {
        String id = nonTargets.get(i).id();
        Object listed = list.get(k++);
        // the same string, as the list was made of the same lesions: equals only when not
        if (listed != id && !id.equals(listed)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The ids of the {@code count} lesions of {@code nonTargets} whose status is {@code status} or
   * {@code orStatus} (which may be null), in the order of the lesions.
   */
  private static ImmutableList<String> ids(List<Lesion> nonTargets,
      List<NonTargetStatus> statuses, int count, NonTargetStatus status,
      NonTargetStatus orStatus) {
    ImmutableList.Builder<String> ids = ImmutableList.builderWithExpectedSize(count);
    for (int i = 0, n = statuses.size(); i < n; i++) {
      NonTargetStatus s = statuses.get(i);
      if (s == status || s == orStatus) {
        ids.add(nonTargets.get(i).id());
      }
    }
    return ids.build();
  }
}
