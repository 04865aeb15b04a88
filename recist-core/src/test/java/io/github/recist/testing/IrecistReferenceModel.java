package io.github.recist.testing;

import io.github.recist.model.Assessment;
import io.github.recist.model.Diameter;
import io.github.recist.model.Lesion;
import io.github.recist.model.NewLesion;
import io.github.recist.model.NonTargetStatus;
import io.github.recist.model.Protocol;
import io.github.recist.model.Subject;
import io.github.recist.model.TargetValue;
import io.github.recist.model.TumorMarkers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A deliberately plain second reading of Rule R14 (iRECIST) of {@code RECIST-RULES.md}, R14.1–R14.10
 * and R14.12, to compare with the engine visit by visit (issue 12): sums in whole tenths of a
 * millimetre ({@code long}), one loop over the visits, every sub-rule spelt out where it applies, and
 * no code shared with {@code io.github.recist.rules}. It reads the subject through the model's
 * accessors only, and a measured subject only (no recorded responses, R14.13).
 *
 * <p>It follows every Convention of R14 as written there. Where R14 is silent or ambiguous it
 * follows the engine's documented reading ({@code IrecistConvention}, {@code IrecistCourse}), and
 * says so in place; the comparison found these (issue 12):
 *
 * <ul>
 *   <li>R14.7.2 "target PD against the nadir" is the target response PD (R6): nodes grown but
 *       under 10 mm are CR, not PD; a target present again after iCR is PD and keeps the run
 *       (read literally, the visit would be a reset with a PD baseline disease, which R14.9 does
 *       not map). Likewise "a non-target still unequivocally progressed" is the non-target
 *       response PD, a non-target present again after iCR included.
 *   <li>IMPROVED_SINCE_IUPD: any of CR, PR, SD, NON_CR_NON_PD is better than a PD anchor; nothing
 *       is better than an NE anchor.
 *   <li>"had reached CR" (R14, R6.3, R7.2) ends at a reset that is not an iCR itself (R14.8).
 *   <li>DISREGARDED_LESION_ADDITIONAL_LATER: the lesion is additional at the next counted visit
 *       whatever that visit reports of it (gone, or not reported).
 *   <li>An early visit that is iCPD by the symptom exception (R14.5) is counted: its sums enter
 *       the nadirs.
 *   <li>An equivocal lesion later reported unequivocal but gone is not "shown unequivocally" (R8).
 * </ul>
 *
 * <p>It knows the protocol options R14 reads ({@code minProgressionConfirmationDays}, {@code
 * followUpDays}, {@code unconfirmedProgressionAsEvent}), not {@code persistentPartialResponse}.
 */
public final class IrecistReferenceModel {

  private static final long FIVE_MM = 50;
  private static final long TEN_MM = 100;

  /** The categories of RECIST 1.1 progression that open a run (R14.4.1–4). */
  enum Category { TARGET, NON_TARGET, APPEARANCE, NEW_LESION_PROGRESSION }

  /** A deliberate mistake, to show that the comparison can fail. */
  public enum Mistake {
    /** The model as R14 is written. */
    NONE,
    /** R14.6.1 read from the previous counted visit instead of the first iUPD of the run. */
    TARGET_CONFIRMATION_FROM_THE_PREVIOUS_VISIT
  }

  /** What the model says of one visit after baseline. */
  public static final class Visit {
    public final LocalDate date;
    /** The i-code: iCR, iPR, iSD, NON_iCR_NON_iUPD, iUPD, iCPD or NE. */
    public String code;
    public String target;
    public String nonTarget;
    /** Tenths of a mm; null when a target was not evaluated or there are none (R5). */
    public Long targetSum;
    /** Tenths of a mm: the nadir this visit's sum is compared with (R5, R14.8); null without targets. */
    public Long targetNadir;
    /** Tenths of a mm: the NLT sum (R14.2); null when no NLT is recorded or one is NE. */
    public Long newLesionTargetSum;
    /** Tenths of a mm: the NLT nadir this visit is compared with (R14.2); null when there is none. */
    public Long newLesionTargetNadir;
    /** The first iUPD of the run this visit opens, continues, confirms or resets. */
    public LocalDate iupdDate;
    public boolean reset;
    public boolean disregarded;

    Visit(LocalDate date) {
      this.date = date;
    }

    @Override
    public String toString() {
      return date + " " + code + " (target " + target + ", non-target " + nonTarget + ", sum "
          + mm(targetSum) + ", nadir " + mm(targetNadir) + ", NLT sum " + mm(newLesionTargetSum)
          + ", NLT nadir " + mm(newLesionTargetNadir) + ", iUPD " + iupdDate
          + (reset ? ", reset" : "") + (disregarded ? ", disregarded" : "") + ")";
    }

    private static String mm(Long tenths) {
      return tenths == null ? "null" : Diameter.render(tenths);
    }
  }

  /** What the model says of a subject (R14.12). */
  public static final class Result {
    public final List<Visit> visits;
    public final LocalDate iupdDate;
    public final LocalDate icpdDate;
    /** {@code progressionDate} as R14.12 gives it under {@code protocol}'s option. */
    public final LocalDate progressionDate;

    Result(List<Visit> visits, LocalDate iupdDate, LocalDate icpdDate, LocalDate progressionDate) {
      this.visits = visits;
      this.iupdDate = iupdDate;
      this.icpdDate = icpdDate;
      this.progressionDate = progressionDate;
    }
  }

  /** The open run (R14.4): what its anchor keeps. */
  private static final class Run {
    LocalDate date;
    Set<Category> categories;
    long targetSum;
    Long newLesionTargetSum;
    Set<String> newLesions;
    String baselineResponse;
  }

  private final Mistake mistake;

  private IrecistReferenceModel(Mistake mistake) {
    this.mistake = mistake;
  }

  /** The model as R14 is written. */
  public static IrecistReferenceModel asWritten() {
    return new IrecistReferenceModel(Mistake.NONE);
  }

  /** The model with {@code mistake}. */
  public static IrecistReferenceModel with(Mistake mistake) {
    return new IrecistReferenceModel(mistake);
  }

  /** Assesses measured subject {@code s} under iRECIST with {@code protocol}'s options. */
  public Result assess(Subject s, Protocol protocol) {
    List<Lesion> targets = new ArrayList<>();
    List<Lesion> nonTargets = new ArrayList<>();
    for (Lesion l : s.lesions()) {
      (l.isTarget() ? targets : nonTargets).add(l);
    }
    Assessment baselineVisit = null;
    List<Assessment> followUps = new ArrayList<>();
    for (Assessment a : s.assessments()) {
      if (a.baseline()) {
        baselineVisit = a;
      } else {
        followUps.add(a);
      }
    }
    followUps.sort((x, y) -> x.date().compareTo(y.date()));
    LocalDate therapy = s.newTherapyDate().orElse(null);

    // R14.2, R8: an equivocal lesion that a later considered visit shows unequivocally is a new
    // lesion from its first appearance
    Set<String> shownUnequivocally = new HashSet<>();
    for (Assessment a : followUps) {
      if (therapy == null || a.date().isBefore(therapy)) {
        for (NewLesion n : a.newLesions()) {
          // the engine's reading: a report of the lesion gone does not show it (case format)
          if (n.isUnequivocal() && !n.isReportedGone()) {
            shownUnequivocally.add(n.id());
          }
        }
      }
    }

    // R5: the baseline sum
    long baseline = 0;
    for (Lesion t : targets) {
      baseline += tenths(baselineVisit.targets().get(t.id()));
    }
    long nadir = baseline;
    boolean hadReachedIcr = false;
    boolean confirmed = false;
    Run run = null;
    // R14.2: the recorded new lesions, the counted visit each was first recorded at, their reports
    Map<String, NewLesion> recorded = new LinkedHashMap<>();
    Map<String, Integer> recordedAt = new HashMap<>();
    List<Map<String, NewLesion>> reportsByVisit = new ArrayList<>();
    List<Boolean> counted = new ArrayList<>();
    List<Long> newLesionSums = new ArrayList<>();
    int previousCounted = -1;
    Map<String, NewLesion> pending = new LinkedHashMap<>();
    List<Visit> visits = new ArrayList<>();

    for (int i = 0; i < followUps.size(); i++) {
      Assessment a = followUps.get(i);
      Visit v = new Visit(a.date());
      visits.add(v);
      Map<String, NewLesion> reports = new LinkedHashMap<>();
      for (NewLesion n : a.newLesions()) {
        if (n.isUnequivocal() || shownUnequivocally.contains(n.id())) {
          reports.put(n.id(), n);
        }
      }
      reportsByVisit.add(reports);

      // R4, R5, R6: the target response, with "had reached CR" read as R14 says
      long evaluatedSum = 0;
      int evaluated = 0;
      boolean reappeared = false;
      boolean allGone = true;
      for (Lesion t : targets) {
        TargetValue tv = a.targets().get(t.id());
        if (tv == null || tv.kind() == TargetValue.Kind.NOT_EVALUABLE) {
          continue;
        }
        evaluated++;
        long mm = tenths(tv);
        evaluatedSum += mm;
        boolean present = t.nodal() ? mm >= TEN_MM : mm > 0;
        reappeared |= present;
        allGone &= !present;
      }
      boolean complete = evaluated == targets.size();
      boolean growth = evaluated > 0 && progressed(evaluatedSum, nadir);
      String target;
      if (targets.isEmpty()) {
        target = "NA";
      } else if (evaluated == 0) {
        target = "NE";
      } else if (!complete) {
        target = growth || (hadReachedIcr && reappeared) ? "PD" : "NE";
      } else if (allGone) {
        target = "CR";
      } else if (growth || (hadReachedIcr && reappeared)) {
        target = "PD";
      } else if ((baseline - evaluatedSum) * 100 >= baseline * 30) {
        target = "PR";
      } else {
        target = "SD";
      }
      v.target = target;
      v.targetSum = complete && !targets.isEmpty() ? evaluatedSum : null;
      v.targetNadir = targets.isEmpty() ? null : nadir;

      // R7, R14.1: the non-target response; INCREASED counts as present
      String nonTarget;
      boolean nonTargetProgressed = false;
      if (nonTargets.isEmpty()) {
        nonTarget = "NA";
      } else {
        boolean present = false;
        boolean notEvaluated = false;
        for (Lesion n : nonTargets) {
          NonTargetStatus st = a.nonTargets().get(n.id());
          if (st == null || st == NonTargetStatus.NOT_EVALUABLE) {
            notEvaluated = true;
          } else if (st == NonTargetStatus.UNEQUIVOCAL_PROGRESSION) {
            nonTargetProgressed = true;
          } else if (st == NonTargetStatus.PRESENT || st == NonTargetStatus.INCREASED) {
            present = true;
          }
        }
        if (nonTargetProgressed || (hadReachedIcr && present)) {
          nonTarget = "PD";
        } else if (notEvaluated) {
          nonTarget = "NE";
        } else if (!present && a.tumorMarkers() != TumorMarkers.ABNORMAL) {
          nonTarget = "CR";
        } else {
          nonTarget = "NON_CR_NON_PD";
        }
      }
      v.nonTarget = nonTarget;

      // R14.3: the baseline-disease response, R9 without new lesions
      String baselineResponse;
      if (target.equals("PD") || nonTarget.equals("PD")) {
        baselineResponse = "PD";
      } else if (target.equals("NA")) {
        baselineResponse = nonTarget;
      } else if (target.equals("CR")) {
        baselineResponse = nonTarget.equals("CR") || nonTarget.equals("NA") ? "CR" : "PR";
      } else {
        baselineResponse = target;
      }

      // R14.5: disregarded, or counted
      boolean disregarded = !confirmed && run != null
          && a.date().isBefore(run.date.plusDays(protocol.minProgressionConfirmationDays()));
      counted.add(!disregarded);

      // R14.2: new lesions appearing here (not recorded at an earlier counted visit; R14.5: one
      // first seen on a disregarded visit is additional at the next counted one)
      List<String> appearing = new ArrayList<>();
      Map<String, NewLesion> firstReports = new LinkedHashMap<>(reports);
      if (!disregarded && !confirmed) {
        // Convention DISREGARDED_LESION_ADDITIONAL_LATER, read as the engine does: whatever is
        // reported of it here
        appearing.addAll(pending.keySet());
        firstReports.putAll(pending);
        pending.clear();
      }
      for (NewLesion n : reports.values()) {
        if (appearing.contains(n.id())) {
          continue;
        }
        if (!recorded.containsKey(n.id()) && !n.isReportedGone()) {
          appearing.add(n.id());
        }
      }
      Map<String, NewLesion> followed = new LinkedHashMap<>(recorded);
      for (String id : appearing) {
        followed.put(id, firstReports.get(id));
      }
      // the NLT sum (R14.2): every NLT followed, NE when one is
      Long nltSum = null;
      boolean anyNlt = false;
      boolean nltNotEvaluated = false;
      long sum = 0;
      for (NewLesion first : followed.values()) {
        if (first.isTarget()) {
          anyNlt = true;
          NewLesion here = reports.get(first.id());
          if (here == null || here.diameter().get().kind() == TargetValue.Kind.NOT_EVALUABLE) {
            nltNotEvaluated = true;
          } else {
            sum += tenths(here.diameter().get());
          }
        }
      }
      if (anyNlt && !nltNotEvaluated) {
        nltSum = sum;
      }
      v.newLesionTargetSum = nltSum;
      newLesionSums.add(nltSum);
      // the NLT nadir (Convention NLT_NADIR_SINCE_LAST_ADDED): the smallest NLT sum at the earlier
      // counted visits since the most recent NLT was first recorded
      Long nltNadir = null;
      int lastAdded = -1;
      boolean nltAddedHere = false;
      for (Map.Entry<String, NewLesion> e : recorded.entrySet()) {
        if (e.getValue().isTarget()) {
          lastAdded = Math.max(lastAdded, recordedAt.get(e.getKey()));
        }
      }
      for (String id : appearing) {
        nltAddedHere |= firstReports.get(id).isTarget();
      }
      if (lastAdded >= 0 && !nltAddedHere) {
        for (int j = lastAdded; j < i; j++) {
          if (counted.get(j) && newLesionSums.get(j) != null) {
            nltNadir = nltNadir == null ? newLesionSums.get(j) : Math.min(nltNadir, newLesionSums.get(j));
          }
        }
      }
      v.newLesionTargetNadir = nltNadir;
      boolean nltProgressed = nltSum != null && nltNadir != null && progressed(nltSum, nltNadir);
      boolean nlntProgressed = false;
      boolean recordedPresentAgain = false;
      boolean anyRecordedNotEvaluable = false;
      boolean anyPresent = false;
      boolean allRecordedGone = true;
      for (NewLesion first : recorded.values()) {
        NewLesion here = reports.get(first.id());
        if (!first.isTarget() && here != null
            && here.nonTargetState() == NonTargetStatus.UNEQUIVOCAL_PROGRESSION) {
          nlntProgressed = true;
        }
        anyRecordedNotEvaluable |= notEvaluable(here);
        anyPresent |= present(first, here);
        recordedPresentAgain |= hadReachedIcr && present(first, here);
        allRecordedGone &= gone(first, here);
      }

      String code;
      if (confirmed) {
        // R14.10: iCPD is final; later visits are reported as iCPD
        code = "iCPD";
      } else if (disregarded) {
        // R14.5: iUPD, neither confirms nor resets; the symptom exception
        v.disregarded = true;
        v.iupdDate = run.date;
        code = "iUPD";
        if (a.symptomDriven() && !appearing.isEmpty()) {
          code = "iCPD";
          confirmed = true;
          // the engine's reading: such a visit is not disregarded; it is counted, enters the
          // nadirs and records its new lesions
          disregarded = false;
          v.disregarded = false;
          counted.set(i, true);
        }
      } else if (run == null) {
        // R14.4: a trigger opens a run
        Set<Category> triggers = EnumSet.noneOf(Category.class);
        if (target.equals("PD")) {
          triggers.add(Category.TARGET);
        }
        if (nonTarget.equals("PD")) {
          triggers.add(Category.NON_TARGET);
        }
        if (!appearing.isEmpty() || recordedPresentAgain) {
          triggers.add(Category.APPEARANCE);
        }
        if (nltProgressed || nlntProgressed) {
          triggers.add(Category.NEW_LESION_PROGRESSION);
        }
        if (!triggers.isEmpty()) {
          run = new Run();
          run.date = a.date();
          run.categories = triggers;
          run.targetSum = evaluatedSum;
          run.newLesionTargetSum = nltSum;
          run.newLesions = new HashSet<>(followed.keySet());
          run.baselineResponse = baselineResponse;
          v.iupdDate = run.date;
          code = "iUPD";
        } else {
          code = notConfirmed(baselineResponse, allRecordedGone, targets.isEmpty());
        }
      } else {
        // R14.6: confirmation at a counted visit of the open run
        Map<String, NewLesion> previous = previousCounted < 0 ? Map.of() : reportsByVisit.get(previousCounted);
        Assessment previousVisit = previousCounted < 0 ? null : followUps.get(previousCounted);
        boolean confirms = false;
        long targetReference = run.targetSum;
        if (mistake == Mistake.TARGET_CONFIRMATION_FROM_THE_PREVIOUS_VISIT && previousVisit != null) {
          targetReference = evaluatedSumOf(previousVisit, targets);
        }
        // 1. targets: +5 mm over the anchor (Convention FIRST_IUPD)
        if (run.categories.contains(Category.TARGET) && evaluated > 0
            && evaluatedSum - targetReference >= FIVE_MM) {
          confirms = true;
        }
        // 2. non-targets: INCREASED, or newly unequivocal
        if (run.categories.contains(Category.NON_TARGET)) {
          for (Lesion n : nonTargets) {
            NonTargetStatus st = a.nonTargets().get(n.id());
            NonTargetStatus before = previousVisit == null ? null : previousVisit.nonTargets().get(n.id());
            if (st == NonTargetStatus.INCREASED || (st == NonTargetStatus.UNEQUIVOCAL_PROGRESSION
                && before != NonTargetStatus.UNEQUIVOCAL_PROGRESSION)) {
              confirms = true;
            }
          }
        }
        // 3. new lesions recorded at the anchor grew
        if (run.newLesionTargetSum != null) {
          Long anchorSetSum = sumOf(run.newLesions, followed, reports);
          if (anchorSetSum != null && anchorSetSum - run.newLesionTargetSum >= FIVE_MM) {
            confirms = true;
          }
        }
        for (String id : run.newLesions) {
          NewLesion first = followed.get(id);
          NewLesion here = reports.get(id);
          if (!first.isTarget() && here != null) {
            NonTargetStatus st = here.nonTargetState();
            NewLesion before = previous.get(id);
            boolean wasUnequivocal = before != null && !before.isTarget()
                && before.nonTargetState() == NonTargetStatus.UNEQUIVOCAL_PROGRESSION;
            if (st == NonTargetStatus.INCREASED
                || (st == NonTargetStatus.UNEQUIVOCAL_PROGRESSION && !wasUnequivocal)) {
              confirms = true;
            }
          }
        }
        // 4. an additional unequivocal new lesion
        if (!appearing.isEmpty()) {
          confirms = true;
        }
        // 5. RECIST 1.1 progression in a category that did not trigger the run
        if ((target.equals("PD") && !run.categories.contains(Category.TARGET))
            || (nonTarget.equals("PD") && !run.categories.contains(Category.NON_TARGET))
            || (nltProgressed && !run.categories.contains(Category.NEW_LESION_PROGRESSION))) {
          confirms = true;
        }
        v.iupdDate = run.date;
        if (confirms) {
          code = "iCPD";
          confirmed = true;
        } else if (baselineResponse.equals("NE")
            || (run.categories.contains(Category.NON_TARGET) && nonTarget.equals("NE"))
            || anyRecordedNotEvaluable) {
          // R14.7.1, Convention NE_INSIDE_RUN
          code = "NE";
        } else if (stillProgressed(run, target, nonTarget, nltProgressed, nlntProgressed,
            anyPresent, complete && !targets.isEmpty() ? evaluatedSum : null, baselineResponse)) {
          // R14.7.2
          code = "iUPD";
        } else {
          // R14.7.3: a reset
          code = notConfirmed(baselineResponse, allRecordedGone, targets.isEmpty());
          v.reset = true;
          run = null;
          // the engine's reading (HAD_REACHED_ICR, R14.8): a reset ends the iCR status, unless it
          // is an iCR itself
          hadReachedIcr = false;
        }
      }
      v.code = code;
      if (disregarded) {
        for (String id : appearing) {
          pending.putIfAbsent(id, reports.get(id));
        }
      }

      // what this counted visit leaves for the next ones (R5, R14.2, R14.5, R14.8)
      if (!disregarded && complete && !target.equals("NE")) {
        // R14.5: every visit not disregarded is counted, those after iCPD too (R14.10)
        nadir = Math.min(nadir, evaluatedSum);
      }
      if (counted.get(i)) {
        for (String id : appearing) {
          recorded.put(id, firstReports.get(id));
          recordedAt.put(id, i);
        }
        hadReachedIcr |= code.equals("iCR");
        previousCounted = i;
      }
    }

    // R14.12: the subject's dates, over the visits R10 considers
    LocalDate lastDay = s.referenceDate().plusDays(protocol.followUpDays());
    LocalDate iupd = null;
    LocalDate icpd = null;
    LocalDate openRun = null;
    for (Visit v : visits) {
      if (v.date.isAfter(lastDay) || (therapy != null && !v.date.isBefore(therapy))) {
        break;
      }
      if (v.code.equals("iCPD")) {
        icpd = v.date;
        iupd = v.iupdDate;
        openRun = null;
        break;
      }
      openRun = v.iupdDate != null && !v.reset ? v.iupdDate : null;
    }
    if (icpd == null) {
      iupd = openRun;
    }
    LocalDate progression = icpd != null || protocol.unconfirmedProgressionAsEvent() ? iupd : null;
    return new Result(visits, iupd, icpd, progression);
  }

  /** R14.7.2: whether a triggering category is still progressed. */
  private static boolean stillProgressed(Run run, String target, String nonTarget,
      boolean nltProgressed, boolean nlntProgressed, boolean anyPresent, Long sum,
      String baselineResponse) {
    // "target PD against the nadir" read as the engine does: the target response still PD (R6), so
    // that nodes grown but under 10 mm are not (R6's Convention: CR before PD), and a target present
    // again after iCR is (a reset would leave R14.9 nothing to give)
    if (run.categories.contains(Category.TARGET) && target.equals("PD")) {
      return true;
    }
    // the engine's reading: the non-target response still PD, also by a non-target present again
    // after iCR (R7.2), which is not "unequivocal progression" but leaves R14.9 nothing to give
    if (run.categories.contains(Category.NON_TARGET) && nonTarget.equals("PD")) {
      return true;
    }
    if (run.categories.contains(Category.NEW_LESION_PROGRESSION) && (nltProgressed || nlntProgressed)) {
      return true;
    }
    if (run.categories.contains(Category.APPEARANCE) && anyPresent) {
      // Convention IMPROVED_SINCE_IUPD
      boolean improved = (sum != null && sum < run.targetSum)
          || better(baselineResponse, run.baselineResponse);
      return !improved;
    }
    return false;
  }

  /**
   * Convention IMPROVED_SINCE_IUPD: CR > PR > SD; CR > NON_CR_NON_PD; and, the engine's reading
   * where R14 is silent, any of them better than a PD anchor, nothing better than an NE one.
   */
  private static boolean better(String now, String anchor) {
    List<String> order = List.of("CR", "PR", "SD", "PD");
    int n = order.indexOf(now.equals("NON_CR_NON_PD") ? "SD" : now);
    int a = order.indexOf(anchor.equals("NON_CR_NON_PD") ? "SD" : anchor);
    return n >= 0 && a >= 0 && n < a;
  }

  /** R14.9: iCR, iPR, iSD, NON_iCR_NON_iUPD or NE from the baseline-disease response. */
  private static String notConfirmed(String baselineResponse, boolean allRecordedGone,
      boolean noTargets) {
    switch (baselineResponse) {
      case "CR":
        if (allRecordedGone) {
          return "iCR";
        }
        return noTargets ? "NON_iCR_NON_iUPD" : "iPR";
      case "PR":
        return "iPR";
      case "SD":
        return "iSD";
      case "NON_CR_NON_PD":
        return "NON_iCR_NON_iUPD";
      case "NE":
        return "NE";
      default:
        return "?" + baselineResponse;
    }
  }

  /** The NLT sum of the lesions {@code ids}, or null when one of them is NE. */
  private static Long sumOf(Set<String> ids, Map<String, NewLesion> followed,
      Map<String, NewLesion> reports) {
    long sum = 0;
    for (String id : ids) {
      if (followed.get(id).isTarget()) {
        NewLesion here = reports.get(id);
        if (here == null || here.diameter().get().kind() == TargetValue.Kind.NOT_EVALUABLE) {
          return null;
        }
        sum += tenths(here.diameter().get());
      }
    }
    return sum;
  }

  private static long evaluatedSumOf(Assessment a, List<Lesion> targets) {
    long sum = 0;
    for (Lesion t : targets) {
      TargetValue tv = a.targets().get(t.id());
      if (tv != null && tv.kind() != TargetValue.Kind.NOT_EVALUABLE) {
        sum += tenths(tv);
      }
    }
    return sum;
  }

  /** R5, R6.3: at least 20 % and at least 5 mm above the nadir, in exact tenths. */
  private static boolean progressed(long sum, long nadir) {
    return (sum - nadir) * 100 >= nadir * 20 && sum - nadir >= FIVE_MM;
  }

  /** A recorded new lesion not reported, or reported NE (R14.2). */
  private static boolean notEvaluable(NewLesion here) {
    if (here == null) {
      return true;
    }
    return here.isTarget() ? here.diameter().get().kind() == TargetValue.Kind.NOT_EVALUABLE
        : here.nonTargetState() == NonTargetStatus.NOT_EVALUABLE;
  }

  /** R14.9: gone is an NLT of 0 mm (a node under 10 mm), an NLNT absent. */
  private static boolean gone(NewLesion first, NewLesion here) {
    if (here == null) {
      return false;
    }
    if (first.isTarget()) {
      // R4: too small to measure counts 5 mm, so a node too small to measure is under 10 mm
      TargetValue tv = here.diameter().get();
      return tv.kind() != TargetValue.Kind.NOT_EVALUABLE
          && (first.nodal() ? tenths(tv) < TEN_MM : tenths(tv) == 0);
    }
    return here.nonTargetState() == NonTargetStatus.ABSENT;
  }

  /** Present: evaluated and not gone. */
  private static boolean present(NewLesion first, NewLesion here) {
    return !notEvaluable(here) && !gone(first, here);
  }

  /** R4: what a recorded value counts, in tenths of a mm. */
  private static long tenths(TargetValue v) {
    switch (v.kind()) {
      case MEASURED:
        return v.diameter().tenths();
      case TOO_SMALL:
        return FIVE_MM;
      case FRAGMENTS:
        long sum = 0;
        for (Diameter d : v.fragmentDiameters()) {
          sum += d.tenths();
        }
        return sum;
      case MERGED:
        return 0;
      default:
        throw new IllegalArgumentException("not evaluated: " + v);
    }
  }
}
