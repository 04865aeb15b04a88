package io.github.recist.testing;

import io.github.recist.model.Assessment;
import io.github.recist.model.Diameter;
import io.github.recist.model.Lesion;
import io.github.recist.model.NewLesion;
import io.github.recist.model.NonTargetStatus;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.model.Subject;
import io.github.recist.model.TargetValue;
import io.github.recist.model.TumorMarkers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A deliberately plain second implementation of rules R4–R9 and R11 of {@code RECIST-RULES.md}, as
 * now written, to compare with the engine (issue 11, item 4): sums as {@link BigDecimal}
 * millimetres, one loop over the visits, every rule spelt out in place, and no code shared with
 * {@code io.github.recist.rules}. It reads the subject through the model's accessors only.
 *
 * <p>It also applies what R10 says of the visits R11 considers (the window, {@code newTherapyDate},
 * up to the first PD), since R11 reads R10's visits. It knows the default protocol options only
 * (no {@code persistentPartialResponse}), and confirmation is not required (R11, not R12).
 */
public final class ReferenceModel {

  private static final BigDecimal FIVE = new BigDecimal("5");
  private static final BigDecimal TEN = new BigDecimal("10");

  /** What the model says of one visit after baseline. */
  public static final class Visit {
    public final LocalDate date;
    /** The sum of every target in mm, or null when a target was not evaluated (R5.5) or there are none. */
    public final BigDecimal sum;
    public final String target;
    public final String nonTarget;
    public final String newLesions;
    public String overall;

    Visit(LocalDate date, BigDecimal sum, String target, String nonTarget, String newLesions,
        String overall) {
      this.date = date;
      this.sum = sum;
      this.target = target;
      this.nonTarget = nonTarget;
      this.newLesions = newLesions;
      this.overall = overall;
    }

    @Override
    public String toString() {
      return date + " sum " + sum + " target " + target + " non-target " + nonTarget + " new "
          + newLesions + " overall " + overall;
    }
  }

  /** What the model says of a subject: each visit, and the best overall response with its date. */
  public static final class Result {
    public final List<Visit> visits;
    public final String best;
    /** The visit dating the best response; null for NE and MISSING. */
    public final LocalDate bestDate;

    Result(List<Visit> visits, String best, LocalDate bestDate) {
      this.visits = visits;
      this.best = best;
      this.bestDate = bestDate;
    }
  }

  /** A deliberate mistake, to show that the comparison can fail. */
  public enum Mistake {
    /** The model as the rules are written. */
    NONE,
    /** PR from 29 % below baseline instead of 30 %. */
    PARTIAL_RESPONSE_AT_29_PERCENT,
    /** Growth is measured from the baseline instead of the nadir. */
    GROWTH_FROM_THE_BASELINE,
    /** "Had reached CR" read from the previous visit only, forgotten after an NE or PR visit. */
    CR_FORGOTTEN_AFTER_ANOTHER_VISIT,
    /** A target missing or NE gives NE before a reappearance after CR is looked at. */
    NOT_EVALUATED_BEFORE_REAPPEARANCE
  }

  private final Mistake mistake;

  private ReferenceModel(Mistake mistake) {
    this.mistake = mistake;
  }

  /** The model as the rules are written. */
  public static ReferenceModel asWritten() {
    return new ReferenceModel(Mistake.NONE);
  }

  /** The model with {@code mistake}. */
  public static ReferenceModel with(Mistake mistake) {
    return new ReferenceModel(mistake);
  }

  /** Assesses {@code s} under {@code protocol} (whose confirmation is ignored: R11). */
  public Result assess(Subject s, Protocol protocol) {
    List<Lesion> targets = new ArrayList<>();
    List<Lesion> nonTargets = new ArrayList<>();
    for (Lesion l : s.lesions()) {
      if (l.isTarget()) {
        targets.add(l);
      } else {
        nonTargets.add(l);
      }
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

    // R5: the baseline sum
    BigDecimal baseline = BigDecimal.ZERO;
    for (Lesion t : targets) {
      baseline = baseline.add(counted(baselineVisit.targets().get(t.id())));
    }
    BigDecimal nadir = baseline;
    boolean hadReachedCr = false;
    List<Visit> visits = new ArrayList<>();
    for (Assessment a : followUps) {
      // R4, R5: what is evaluated, the sums
      BigDecimal evaluatedSum = BigDecimal.ZERO;
      int evaluated = 0;
      boolean reappeared = false;
      boolean allGone = true;
      for (Lesion t : targets) {
        TargetValue v = a.targets().get(t.id());
        if (v == null || v.kind() == TargetValue.Kind.NOT_EVALUABLE) {
          continue;
        }
        evaluated++;
        BigDecimal mm = counted(v);
        evaluatedSum = evaluatedSum.add(mm);
        boolean present = t.nodal() ? mm.compareTo(TEN) >= 0 : mm.signum() > 0;
        reappeared |= present;
        allGone &= !present;
      }
      boolean complete = evaluated == targets.size();
      BigDecimal nadirHere = mistake == Mistake.GROWTH_FROM_THE_BASELINE ? baseline : nadir;
      boolean growth = evaluatedSum.subtract(nadirHere).multiply(new BigDecimal("100"))
              .compareTo(nadirHere.multiply(new BigDecimal("20"))) >= 0
          && evaluatedSum.subtract(nadirHere).compareTo(FIVE) >= 0;

      // R6: the target response, in its order
      String target;
      if (targets.isEmpty()) {
        target = "NA";
      } else if (evaluated == 0) {
        target = "NE";
      } else if (!complete) {
        boolean reappearance = hadReachedCr && reappeared
            && mistake != Mistake.NOT_EVALUATED_BEFORE_REAPPEARANCE;
        target = growth || reappearance ? "PD" : "NE";
      } else if (allGone) {
        target = "CR";
      } else if (growth || (hadReachedCr && reappeared)) {
        target = "PD";
      } else if (partialResponse(evaluatedSum, baseline)) {
        target = "PR";
      } else {
        target = "SD";
      }

      // R7: the non-target response, in its order
      String nonTarget;
      if (nonTargets.isEmpty()) {
        nonTarget = "NA";
      } else {
        boolean progressed = false;
        boolean present = false;
        boolean notEvaluated = false;
        for (Lesion n : nonTargets) {
          NonTargetStatus st = a.nonTargets().get(n.id());
          if (st == null || st == NonTargetStatus.NOT_EVALUABLE) {
            notEvaluated = true;
          } else if (st == NonTargetStatus.UNEQUIVOCAL_PROGRESSION) {
            progressed = true;
          } else if (st == NonTargetStatus.PRESENT) {
            present = true;
          }
        }
        if (progressed || (hadReachedCr && present)) {
          nonTarget = "PD";
        } else if (notEvaluated) {
          nonTarget = "NE";
        } else if (!present && a.tumorMarkers() != TumorMarkers.ABNORMAL) {
          nonTarget = "CR";
        } else {
          nonTarget = "NON_CR_NON_PD";
        }
      }

      // R8: new lesions; an equivocal one counts as none in R9
      String newLesions = "NONE";
      for (NewLesion n : a.newLesions()) {
        if (n.isUnequivocal()) {
          newLesions = "UNEQUIVOCAL";
        } else if (newLesions.equals("NONE")) {
          newLesions = "EQUIVOCAL";
        }
      }

      // R9: Tables 1 and 2
      String overall;
      if (target.equals("PD") || nonTarget.equals("PD") || newLesions.equals("UNEQUIVOCAL")) {
        overall = "PD";
      } else if (target.equals("NA")) {
        overall = nonTarget;
      } else if (target.equals("CR")) {
        overall = nonTarget.equals("CR") || nonTarget.equals("NA") ? "CR" : "PR";
      } else {
        overall = target;
      }

      visits.add(new Visit(a.date(), complete && !targets.isEmpty() ? evaluatedSum : null, target,
          nonTarget, newLesions, overall));
      // R5.2: the nadir of the next visit; R6.3: CR lasts until progression
      if (complete && !target.equals("NE")) {
        nadir = nadir.min(evaluatedSum);
      }
      if (overall.equals("CR")) {
        hadReachedCr = true;
      } else if (overall.equals("PD") || mistake == Mistake.CR_FORGOTTEN_AFTER_ANOTHER_VISIT) {
        hadReachedCr = false;
      }
    }

    // R8: an equivocal lesion shown unequivocally later is progression where it first appeared
    LocalDate therapy = s.newTherapyDate().orElse(null);
    Map<String, Integer> firstSeen = new HashMap<>();
    for (int i = 0; i < followUps.size(); i++) {
      Assessment a = followUps.get(i);
      boolean considered = therapy == null || a.date().isBefore(therapy);
      for (NewLesion n : a.newLesions()) {
        Integer first = firstSeen.putIfAbsent(n.id(), i);
        if (first != null && n.isUnequivocal() && considered) {
          visits.get(first).overall = "PD";
        }
      }
    }

    // R10: the visits R11 considers
    LocalDate lastDay = s.referenceDate().plusDays(protocol.followUpDays());
    List<Visit> considered = new ArrayList<>();
    for (Visit v : visits) {
      if (v.date.isAfter(lastDay) || (therapy != null && !v.date.isBefore(therapy))) {
        break;
      }
      considered.add(v);
      if (v.overall.equals("PD")) {
        break;
      }
    }

    // R11: the best overall response without confirmation
    LocalDate sdDay = s.referenceDate().plusDays(protocol.minStableDiseaseDays());
    String[] order = {"CR", "PR", "SD", "NON_CR_NON_PD", "PD"};
    for (String category : order) {
      for (Visit v : considered) {
        boolean early = (category.equals("SD") || category.equals("NON_CR_NON_PD"))
            && v.date.isBefore(sdDay);
        if (v.overall.equals(category) && !early) {
          return new Result(visits, category, v.date);
        }
      }
    }
    if (considered.isEmpty()) {
      return new Result(visits, protocol.missingAsNotEvaluable() ? "NE" : "MISSING", null);
    }
    return new Result(visits, "NE", null);
  }

  private boolean partialResponse(BigDecimal sum, BigDecimal baseline) {
    BigDecimal percent = mistake == Mistake.PARTIAL_RESPONSE_AT_29_PERCENT
        ? new BigDecimal("29") : new BigDecimal("30");
    return baseline.subtract(sum).multiply(new BigDecimal("100"))
        .compareTo(baseline.multiply(percent)) >= 0;
  }

  /** R4: what a recorded value counts, in mm. */
  private static BigDecimal counted(TargetValue v) {
    switch (v.kind()) {
      case MEASURED:
        return v.diameter().millimetres();
      case TOO_SMALL:
        return FIVE;
      case FRAGMENTS:
        BigDecimal sum = BigDecimal.ZERO;
        for (Diameter d : v.fragmentDiameters()) {
          sum = sum.add(d.millimetres());
        }
        return sum;
      case MERGED:
        return BigDecimal.ZERO;
      default:
        throw new IllegalArgumentException("not evaluated: " + v);
    }
  }
}
