package io.github.recist.rules;

import io.github.recist.model.VisitResponse;
import io.github.recist.model.Assessment;
import io.github.recist.model.NewLesion;
import io.github.recist.model.Response;
import io.github.recist.result.NewLesionFinding;
import io.github.recist.result.Reason;
import io.github.recist.result.TimepointResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule R8: new lesions.
 *
 * <ul>
 *   <li>An unequivocal new lesion is progression at that time point.
 *   <li>An equivocal new lesion is not progression. If a later time point shows the same lesion (same
 *       id) unequivocally, progression is dated at the time point where it first appeared: that
 *       earlier time point's overall response becomes PD, and its reasons say when and why.
 *   <li>Convention: an equivocal new lesion counts as "no new lesion" in Rule R9.
 *   <li>A new lesion reported gone (an iRECIST new-lesion target of 0 mm, or non-target absent;
 *       Rule R14.2) is not seen at that time point.
 *   <li>Convention: the visit that shows the lesion unequivocally may lie outside the evaluation
 *       window (Rule R10) and still back-date progression to its first appearance inside it; the
 *       reasons of both visits say so. A visit on or after the new therapy back-dates nothing.
 * </ul>
 *
 * <p>Source: RECIST 1.1 §4.3.2–4.3.3.
 */
@RecistRule("R8")
public final class NewLesions {

  private NewLesions() {}

  /**
   * What {@code assessment} shows of new lesions (Rule R8), appending its reasons to {@code reasons}.
   */
  public static NewLesionFinding finding(Assessment assessment, List<Reason> reasons) {
    // most visits report none: then none is seen, read from the reported list (a plain field, not
    // the seen ones' lazy value); the rest out of line, so that the JIT compiles less where it
    // inlines this (issue 14)
    if (assessment.newLesions().size() == 0) { // not isEmpty(): see IrecistCourse.newLesionsAt
      return NewLesionFinding.NONE;
    }
    List<NewLesion> lesions = assessment.seenNewLesions();
    return lesions.isEmpty() ? NewLesionFinding.NONE : seen(lesions, reasons);
  }

  /** What {@code lesions}, the new lesions seen at one time point, show (R8), with the reasons. */
  private static NewLesionFinding seen(List<NewLesion> lesions, List<Reason> reasons) {
    List<String> unequivocal = new ArrayList<>(2);
    List<String> equivocal = new ArrayList<>(2);
    for (NewLesion l : lesions) {
      (l.isUnequivocal() ? unequivocal : equivocal).add(shown(l));
    }
    if (!unequivocal.isEmpty()) {
      reasons.add(Reason.of(Reason.Kind.NEW_LESION_UNEQUIVOCAL, unequivocal));
    }
    if (!equivocal.isEmpty()) {
      reasons.add(Reason.of(Reason.Kind.NEW_LESION_EQUIVOCAL, equivocal));
    }
    return unequivocal.isEmpty() ? NewLesionFinding.EQUIVOCAL : NewLesionFinding.UNEQUIVOCAL;
  }

  /** {@code N1 (liver)}: a new lesion as its reasons name it. */
  private static String shown(NewLesion lesion) {
    return lesion.id() + " (" + lesion.site() + ")";
  }

  /** As {@link #backdate(List, List, LocalDate)} for a subject without a new therapy. */
  public static List<TimepointResult> backdate(List<Assessment> followUps,
      List<TimepointResult> timepoints) {
    return backdate(followUps, timepoints, null);
  }

  /**
   * Dates progression at the first appearance of each equivocal new lesion that a later time point
   * shows unequivocally (Rule R8): that time point's overall response becomes PD, with a reason.
   *
   * @param followUps the assessments after baseline, in date order
   * @param timepoints their results, in the same order
   * @param newTherapyDate the start of a new anti-cancer therapy, or null: visits on or after it
   *     back-date nothing (R10)
   * @return the results, with the earlier time points changed where the rule applies, and the
   *     later ones that back-dated with a reason saying so
   */
  public static List<TimepointResult> backdate(List<Assessment> followUps,
      List<TimepointResult> timepoints, LocalDate newTherapyDate) {
    return backdate(followUps, timepoints, newTherapyDate, true);
  }

  /**
   * As {@link #backdate(List, List, LocalDate)}, the time points as they are when {@code
   * anyNewLesion} is false: no follow-up of the subject reports a new lesion ({@link
   * io.github.recist.model.Subject#hasNewLesions()}), so none can back-date.
   */
  public static List<TimepointResult> backdate(List<Assessment> followUps,
      List<TimepointResult> timepoints, LocalDate newTherapyDate, boolean anyNewLesion) {
    if (!anyNewLesion) {
      return timepoints;
    }
    Map<String, Integer> firstSeen = null;
    List<TimepointResult> out = timepoints;
    for (int i = 0, n = followUps.size(); i < n; i++) {
      if (!EvaluationWindow.beforeNewTherapy(newTherapyDate, followUps.get(i).date())) {
        break;
      }
      for (NewLesion l : followUps.get(i).seenNewLesions()) {
        if (firstSeen == null) {
          firstSeen = new HashMap<>();
        }
        Integer first = firstSeen.putIfAbsent(l.id(), i);
        if (first == null || !l.isUnequivocal()) {
          continue;
        }
        Assessment firstAssessment = followUps.get(first);
        if (isEquivocalThere(firstAssessment, l.id()) && out.get(first).overall() != Response.PD) {
          if (out == timepoints) {
            out = new ArrayList<>(timepoints);
          }
          backdate(out, first, i, l.id(), firstAssessment.date(), followUps.get(i).date());
        }
      }
    }
    return out;
  }

  /**
   * Back-dates progression in {@code out} to the visit at {@code first}, where lesion {@code id}
   * appeared equivocal on {@code firstSeen}, from the visit at {@code confirming}, which shows it
   * unequivocally on {@code confirmedOn}: the rare case, out of line (issue 14).
   */
  private static void backdate(List<TimepointResult> out, int first, int confirming, String id,
      LocalDate firstSeen, LocalDate confirmedOn) {
    boolean outside = !out.get(confirming).withinWindow() && out.get(first).withinWindow();
    out.set(first, out.get(first).withOverall(VisitResponse.PD, Reason.of(outside
        ? Reason.Kind.NEW_LESION_BACKDATED_FROM_OUTSIDE_WINDOW
        : Reason.Kind.NEW_LESION_BACKDATED, id, confirmedOn)));
    out.set(confirming, out.get(confirming).withReason(Reason.of(outside
        ? Reason.Kind.NEW_LESION_DATES_EARLIER_PROGRESSION_FROM_OUTSIDE_WINDOW
        : Reason.Kind.NEW_LESION_DATES_EARLIER_PROGRESSION, id, firstSeen)));
  }

  private static boolean isEquivocalThere(Assessment a, String id) {
    for (NewLesion l : a.seenNewLesions()) {
      if (l.id().equals(id)) {
        return !l.isUnequivocal();
      }
    }
    return false;
  }
}
