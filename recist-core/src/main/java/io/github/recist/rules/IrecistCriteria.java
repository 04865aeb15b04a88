package io.github.recist.rules;

import com.google.common.collect.ImmutableList;
import io.github.recist.model.VisitResponse;
import io.github.recist.model.Assessment;
import io.github.recist.model.Criteria;
import io.github.recist.model.Diameter;
import io.github.recist.model.IrecistResponse;
import io.github.recist.model.Lesion;
import io.github.recist.model.NonTargetStatus;
import io.github.recist.model.Problem;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.model.ResponseCode;
import io.github.recist.model.Subject;
import io.github.recist.result.NewLesionFinding;
import io.github.recist.result.Reason;
import io.github.recist.result.TimepointResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The iRECIST criteria set (Rule R14): each visit classified against the subject's {@link
 * IrecistCourse} into iCR, iPR, iSD, NON_iCR_NON_iUPD, iUPD, iCPD or NE, with the RECIST 1.1
 * components of Rules R4–R7 (R14.1), the new-lesion targets and non-targets (R14.2), the
 * baseline-disease response (R14.3), the run an iUPD opens (R14.4), the disregarded early visits
 * (R14.5), the five routes to iCPD (R14.6), NE, continued iUPD and reset inside a run (R14.7, R14.8),
 * the responses (R14.9), and iCPD as final (R14.10). The dates of R14.12 and the runs of recorded
 * i-responses (R14.13) are the seam's {@link #iupdDate}, {@link #icpdDate}, {@link
 * #progressionDate} and {@link #recorded}; best response (R14.11) is the engine's, shared with
 * RECIST 1.1.
 *
 * <p>The rule classes of RECIST 1.1 are reused, never copied: {@link SumOfDiameters} (R5), {@link
 * TargetResponse} (R6), {@link NonTargetResponse} (R7), {@link OverallResponseTable} (R9, for the
 * baseline-disease response). Every Convention of R14 is a constant of {@link IrecistConvention}.
 */
public final class IrecistCriteria implements ResponseCriteria<IrecistCourse> {

  /** The one instance: the set is stateless. */
  public static final IrecistCriteria INSTANCE = new IrecistCriteria();

  /** iCPD needs a sum at least this much above the anchor's (R14.6.1, R14.6.3). */
  public static final Diameter CONFIRMATION_MINIMUM_INCREASE =
      TargetResponse.PROGRESSION_MINIMUM_INCREASE;

  private static final String RULE_DISREGARDED = "R14.5";

  /** {@link #baselineDiseaseReason}'s reasons, by the ordinals of the target and non-target responses. */
  private static final Reason[][] BASELINE_DISEASE_REASONS =
      new Reason[Response.values().length][Response.values().length];

  private IrecistCriteria() {}

  @Override
  public Criteria criteria() {
    return Criteria.IRECIST;
  }

  /** The course at the baseline: {@link IrecistCourse#atBaseline}. */
  @Override
  public IrecistCourse atBaseline(Subject subject) {
    return IrecistCourse.atBaseline(subject);
  }

  /** The course after {@code visit}: {@link IrecistCourse#after}. */
  @Override
  public IrecistCourse after(IrecistCourse course, TimepointResult visit) {
    return course.after(visit);
  }

  /** The results in date order, as classified: iRECIST back-dates as it classifies (R14.2). */
  @Override
  public List<TimepointResult> acrossVisits(Subject subject, IrecistCourse course,
      LocalDate newTherapyDate) {
    return course.visits();
  }

  /**
   * Classifies {@code visit} under iRECIST (Rule R14). The components are RECIST 1.1's (R14.1):
   * the target response against the R5 nadir of the counted visits, the non-target response, both
   * with "had reached CR" read as an earlier counted iCR. Then, in order: iCPD is final (R14.10);
   * a disregarded early visit is iUPD, or iCPD when symptom-driven with an additional new lesion
   * (R14.5); inside a run, iCPD by any of its five routes (R14.6), else NE (R14.7.1), else iUPD
   * continued (R14.7.2), else a reset (R14.7.3); outside a run, iUPD when a category progressed
   * (R14.4); otherwise R14.9 from the baseline-disease response (R14.3).
   */
  @Override
  public TimepointResult.Builder classify(Subject subject, Assessment visit, IrecistCourse course,
      Protocol protocol) {
    return classify(subject, visit, course, protocol, TimepointResult.builder());
  }

  /** As {@link #classify(Subject, Assessment, IrecistCourse, Protocol)}, into {@code into}. */
  @Override
  public TimepointResult.Builder classify(Subject subject, Assessment visit, IrecistCourse course,
      Protocol protocol, TimepointResult.Builder into) {
    List<Lesion> targets = subject.targets();
    TimepointResult.Builder t = into.date(visit.date());
    // the reasons go straight into the builder, in the order the rules give them
    List<Reason> reasons = t.reasonAppender();
    // the RECIST 1.1 course's values read from the course itself (issue 14)
    SumOfDiameters.TargetSum sum = SumOfDiameters.of(targets, visit);
    LocalDate completeResponse = course.completeResponseSince();
    Response target = TargetResponse.classify(targets, visit, sum, course.baselineTenths(),
        course.nadirTenths(), completeResponse, course.partialResponseToKeep(protocol), reasons);
    Response nonTarget = NonTargetResponse.classify(subject.nonTargets(), visit, completeResponse,
        reasons, course.lastCountedVisit());
    Response baselineDisease = OverallResponseTable.overall(target, nonTarget,
        NewLesionFinding.NONE);
    reasons.add(baselineDiseaseReason(target, nonTarget, baselineDisease));
    boolean disregarded = course.icpdDate() == null
        && course.isDisregarded(visit.date(), protocol.minProgressionConfirmationDays());
    IrecistCourse.NewLesionsAt seen = course.newLesionsAt(visit, !disregarded);
    newLesionReasons(course, visit, seen, !disregarded, reasons);

    t.target(target).nonTarget(nonTarget).newLesions(seen.finding());
    if (course.hasTargets()) {
      t.baselineSum(course.baselineDiameter()).nadir(course.nadirDiameter());
      if (target != Response.NE && sum.complete()) {
        t.targetSumTenths(sum.tenths());
      }
    }
    if (seen.hasTargets() && seen.targetsNotEvaluable().isEmpty()) {
      t.newLesionTargetSum(Diameter.ofTenths(seen.targetTenths().get()));
    }
    Long newLesionTargetNadir = course.newLesionTargetNadirTenths();
    if (!seen.addsTarget() && newLesionTargetNadir != null) {
      // R14.2, Convention NLT_NADIR_SINCE_LAST_ADDED: a sum with a new-lesion target first seen
      // here has no earlier visit since that lesion was recorded, so no nadir yet
      t.newLesionTargetNadir(Diameter.ofTenths(newLesionTargetNadir));
    }

    ResponseCode overall;
    IrecistCourse.Run run = course.openRun();
    if (course.icpdDate() != null) {
      // R14.10
      reasons.add(Reason.of(Reason.Kind.IRECIST_AFTER_ICPD, course.icpdDate()));
      overall = IrecistResponse.ICPD;
    } else if (disregarded) {
      overall = early(course, visit, seen, protocol, t, reasons);
    } else if (run != null) {
      overall = insideRun(course, run, visit, sum, target, nonTarget, baselineDisease, seen,
          protocol, t, reasons);
    } else {
      if (course.opensRun(target, nonTarget, seen)) {
        // R14.4
        reasons.add(opened(course, target, nonTarget, seen));
        t.iupdDate(visit.date());
        overall = IrecistResponse.IUPD;
      } else {
        overall = response(baselineDisease, seen, course.hasTargets(), false, reasons);
      }
    }
    return t.overallCode(overall);
  }

  /**
   * The reason of R14.3 for the target and non-target responses, made once for each pair (its
   * values are three responses, the third decided by the first two), as every visit cites one.
   */
  private static Reason baselineDiseaseReason(Response target, Response nonTarget,
      Response baselineDisease) {
    Reason[] row = BASELINE_DISEASE_REASONS[target.ordinal()];
    Reason r = row[nonTarget.ordinal()]; // racy like String.hashCode(): a reason is immutable
    if (r == null) {
      r = Reason.of(Reason.Kind.IRECIST_BASELINE_DISEASE, target, nonTarget, baselineDisease);
      row[nonTarget.ordinal()] = r;
    }
    return r;
  }

  /** R14.5: a visit dated too soon after the run's first iUPD. */
  private static ResponseCode early(IrecistCourse course, Assessment visit,
      IrecistCourse.NewLesionsAt seen, Protocol protocol, TimepointResult.Builder t,
      List<Reason> reasons) {
    IrecistCourse.Run run = course.run().get();
    long days = course.daysSinceIupd(visit.date());
    t.iupdDate(run.iupdDate());
    List<String> additional = new ArrayList<>(seen.additional());
    additional.removeIf(id -> !visit.seenNewLesions().stream().anyMatch(l -> l.id().equals(id)));
    if (visit.symptomDriven() && !additional.isEmpty()) {
      reasons.add(Reason.of(Reason.Kind.ICPD_SYMPTOM_DRIVEN, days, run.iupdDate(), additional));
      return IrecistResponse.ICPD;
    }
    t.disregarded(true);
    reasons.add(Reason.of(Reason.Kind.IRECIST_DISREGARDED, days, run.iupdDate(),
        protocol.minProgressionConfirmationDays()));
    return IrecistResponse.IUPD;
  }

  /** R14.6–R14.7: a counted visit of an open run. */
  private static ResponseCode insideRun(IrecistCourse course, IrecistCourse.Run run,
      Assessment visit, SumOfDiameters.TargetSum sum, Response target, Response nonTarget,
      Response baselineDisease, IrecistCourse.NewLesionsAt seen, Protocol protocol,
      TimepointResult.Builder t, List<Reason> reasons) {
    t.iupdDate(run.iupdDate());
    if (course.isLateFirstCountedVisit(visit.date(), protocol.maxProgressionConfirmationDays())) {
      reasons.add(Reason.of(Reason.Kind.IRECIST_LATE_FIRST_COUNTED_VISIT,
          course.daysSinceIupd(visit.date()), run.iupdDate(),
          protocol.maxProgressionConfirmationDays()));
    }
    Reason confirmed = confirmation(course, run, visit, sum, target, nonTarget, seen);
    if (confirmed != null) {
      reasons.add(confirmed);
      return IrecistResponse.ICPD;
    }
    String notEvaluable = notEvaluableInsideRun(run, baselineDisease, nonTarget, seen);
    if (notEvaluable != null) {
      reasons.add(Reason.of(Reason.Kind.IRECIST_NE_INSIDE_RUN, notEvaluable, run.iupdDate()));
      return VisitResponse.NE;
    }
    String still = stillProgressed(course, run, sum, target, nonTarget, baselineDisease, seen);
    if (still != null) {
      reasons.add(Reason.of(Reason.Kind.IUPD_CONTINUED, still, run.iupdDate()));
      return IrecistResponse.IUPD;
    }
    // R14.7.3, R14.8
    t.reset(true);
    long nadir = course.nadirTenths();
    if (course.hasTargets() && target != Response.NE && sum.complete()) {
      nadir = SumOfDiameters.nadirAfter(nadir, true, sum.tenths());
    }
    String reference = course.hasTargets() ? "the target nadir " + Diameter.ofTenths(nadir)
        : "the non-target disease seen here";
    Optional<Long> nlt = seen.targetTenths();
    if (nlt.isPresent()) {
      // the NLT nadir after this counted visit (Convention NLT_NADIR_SINCE_LAST_ADDED)
      long nltNadir = seen.addsTarget() || course.newLesionTargetNadir().isEmpty() ? nlt.get()
          : Math.min(course.newLesionTargetNadir().get().tenths(), nlt.get());
      reference += " and the new-lesion target nadir " + Diameter.ofTenths(nltNadir);
    }
    reasons.add(Reason.of(Reason.Kind.IRECIST_RESET, run.iupdDate(), reference));
    return response(baselineDisease, seen, course.hasTargets(), true, reasons);
  }

  /**
   * The reason a counted visit of {@code run} is iCPD (R14.6), by the first route that holds, or
   * null when none does.
   */
  static Reason confirmation(IrecistCourse course, IrecistCourse.Run run, Assessment visit,
      SumOfDiameters.TargetSum sum, Response target, Response nonTarget,
      IrecistCourse.NewLesionsAt seen) {
    long minimum = CONFIRMATION_MINIMUM_INCREASE.tenths();
    // R14.6.1, Convention FIRST_IUPD: from the anchor
    if (run.triggers().contains(IrecistCourse.Trigger.TARGET) && sum.evaluatedCount() > 0
        && run.anchorTargetTenths().isPresent()
        && sum.tenths() - run.anchorTargetTenths().get() >= minimum) {
      long anchor = run.anchorTargetTenths().get();
      return Reason.of(Reason.Kind.ICPD_TARGET_SUM, Diameter.ofTenths(sum.tenths()),
          Diameter.ofTenths(sum.tenths() - anchor), Diameter.ofTenths(anchor), run.iupdDate(),
          CONFIRMATION_MINIMUM_INCREASE);
    }
    // R14.6.2
    if (run.triggers().contains(IrecistCourse.Trigger.NON_TARGET)) {
      List<String> grown = new ArrayList<>(0);
      Assessment previous = course.previousCounted();
      for (Lesion l : course.subject().nonTargets()) {
        NonTargetStatus now = visit.nonTarget(l.id());
        if (now == NonTargetStatus.INCREASED || (now == NonTargetStatus.UNEQUIVOCAL_PROGRESSION
            && previous.nonTarget(l.id()) != NonTargetStatus.UNEQUIVOCAL_PROGRESSION)) {
          grown.add(l.id() + " (" + now + ")");
        }
      }
      if (!grown.isEmpty()) {
        return Reason.of(Reason.Kind.ICPD_NON_TARGET, grown, run.iupdDate());
      }
    }
    // R14.6.3
    Optional<Long> nlt = seen.targetTenths();
    if (nlt.isPresent() && run.anchorNewLesionTargetTenths().isPresent()
        && nlt.get() - run.anchorNewLesionTargetTenths().get() >= minimum) {
      long anchor = run.anchorNewLesionTargetTenths().get();
      return Reason.of(Reason.Kind.ICPD_NEW_LESION_TARGET_SUM, Diameter.ofTenths(nlt.get()),
          Diameter.ofTenths(nlt.get() - anchor), Diameter.ofTenths(anchor), run.iupdDate(),
          CONFIRMATION_MINIMUM_INCREASE);
    }
    List<String> grownLesions = new ArrayList<>(0);
    for (String id : run.recordedAtAnchor()) {
      NonTargetStatus state = nonTargetState(seen, id);
      if (state == NonTargetStatus.INCREASED || (state == NonTargetStatus.UNEQUIVOCAL_PROGRESSION
          && previousState(course, id) != NonTargetStatus.UNEQUIVOCAL_PROGRESSION)) {
        grownLesions.add(id + " (" + state + ")");
      }
    }
    if (!grownLesions.isEmpty()) {
      return Reason.of(Reason.Kind.ICPD_NEW_LESION_NON_TARGET, grownLesions, run.iupdDate());
    }
    // R14.6.4
    if (!seen.additional().isEmpty()) {
      return Reason.of(Reason.Kind.ICPD_ADDITIONAL_NEW_LESION, seen.additional(), run.iupdDate());
    }
    // R14.6.5
    List<String> other = new ArrayList<>(0);
    if (target == Response.PD && !run.triggers().contains(IrecistCourse.Trigger.TARGET)) {
      other.add("target response PD");
    }
    if (nonTarget == Response.PD && !run.triggers().contains(IrecistCourse.Trigger.NON_TARGET)) {
      other.add("non-target response PD");
    }
    if (course.newLesionTargetProgression(seen)
        && !run.triggers().contains(IrecistCourse.Trigger.NEW_LESION_PROGRESSION)) {
      other.add("new-lesion target sum " + Diameter.ofTenths(seen.targetTenths().get())
          + " PD against its nadir " + course.newLesionTargetNadir().get());
    }
    if (!other.isEmpty()) {
      return Reason.of(Reason.Kind.ICPD_OTHER_CATEGORY, other, run.iupdDate());
    }
    return null;
  }

  private static NonTargetStatus nonTargetState(IrecistCourse.NewLesionsAt seen, String id) {
    io.github.recist.model.NewLesion l = seen.lesions().get(id);
    if (l == null || l.isTarget()) {
      return null;
    }
    return seen.notReported().contains(id) ? NonTargetStatus.NOT_EVALUABLE : l.nonTargetState();
  }

  private static NonTargetStatus previousState(IrecistCourse course, String id) {
    Assessment previous = course.previousCounted();
    if (previous == null) {
      return null;
    }
    for (io.github.recist.model.NewLesion l : previous.newLesions()) {
      if (l.id().equals(id) && !l.isTarget()) {
        return l.nonTargetState();
      }
    }
    return null;
  }

  /**
   * Why a counted visit of {@code run} that is not iCPD is NE (Convention {@code NE_INSIDE_RUN},
   * R14.7.1), or null when it is not: the baseline-disease response is NE; non-targets opened the
   * run and are NE; or a recorded new lesion is NE.
   */
  static String notEvaluableInsideRun(IrecistCourse.Run run, Response baselineDisease,
      Response nonTarget, IrecistCourse.NewLesionsAt seen) {
    if (baselineDisease == Response.NE) {
      return "the baseline-disease response is NE";
    }
    if (run.triggers().contains(IrecistCourse.Trigger.NON_TARGET) && nonTarget == Response.NE) {
      return "the non-targets that opened the run are NE";
    }
    if (!seen.notEvaluable().isEmpty()) {
      return "new lesion " + String.join(", ", seen.notEvaluable()) + " NE";
    }
    return null;
  }

  /**
   * What keeps a counted visit of {@code run} iUPD (R14.7.2), or null when nothing does: a category
   * that opened the run is still progressed (target PD; non-target PD; NLT sum PD against its nadir
   * or an NLNT still unequivocally progressed), or an appearance opened it, a new lesion is still
   * present and the baseline disease has not improved since the anchor (Convention {@code
   * IMPROVED_SINCE_IUPD}).
   */
  static String stillProgressed(IrecistCourse course, IrecistCourse.Run run,
      SumOfDiameters.TargetSum sum, Response target, Response nonTarget, Response baselineDisease,
      IrecistCourse.NewLesionsAt seen) {
    List<String> still = new ArrayList<>(0);
    if (run.triggers().contains(IrecistCourse.Trigger.TARGET) && target == Response.PD) {
      still.add("target response still PD");
    }
    if (run.triggers().contains(IrecistCourse.Trigger.NON_TARGET) && nonTarget == Response.PD) {
      still.add("non-target response still PD");
    }
    if (run.triggers().contains(IrecistCourse.Trigger.NEW_LESION_PROGRESSION)
        && (course.newLesionTargetProgression(seen) || !course.recordedProgressed(seen).isEmpty())) {
      still.add("new lesions still progressed");
    }
    if (run.triggers().contains(IrecistCourse.Trigger.NEW_LESION_APPEARANCE)
        && !seen.showingDisease().isEmpty() && !run.improvedSince(sum, baselineDisease)) {
      still.add("new lesion " + String.join(", ", seen.showingDisease())
          + " still present and the baseline disease (" + baselineDisease
          + ") not improved since the iUPD (convention IMPROVED_SINCE_IUPD)");
    }
    return still.isEmpty() ? null : String.join("; ", still);
  }

  /**
   * R14.9: iCR, iPR, iSD, NON_iCR_NON_iUPD or NE from the baseline-disease response; CR gives iCR
   * only when every followed new lesion is gone; otherwise iPR with targets, NON_iCR_NON_iUPD
   * without (an NE new lesion outside a run only prevents iCR, Convention {@code
   * NE_NEW_LESION_PREVENTS_ONLY_ICR}).
   */
  static ResponseCode response(Response baselineDisease, IrecistCourse.NewLesionsAt seen,
      boolean hasTargets, boolean reset, List<Reason> reasons) {
    ResponseCode code;
    String lesions;
    switch (baselineDisease) {
      case CR:
        List<String> left = new ArrayList<>(seen.showingDisease());
        left.addAll(seen.notEvaluable());
        if (left.isEmpty()) {
          code = IrecistResponse.ICR;
          lesions = seen.lesions().isEmpty() ? LESION_WORDS[0] : LESION_WORDS[1];
        } else {
          code = hasTargets ? IrecistResponse.IPR : IrecistResponse.NON_ICR_NON_IUPD;
          lesions = "new lesion " + String.join(", ", left) + " not gone";
        }
        break;
      case PR:
        code = IrecistResponse.IPR;
        lesions = lesionWords(seen);
        break;
      case SD:
        code = IrecistResponse.ISD;
        lesions = lesionWords(seen);
        break;
      case NON_CR_NON_PD:
        code = IrecistResponse.NON_ICR_NON_IUPD;
        lesions = lesionWords(seen);
        break;
      case NE:
        code = VisitResponse.NE;
        lesions = lesionWords(seen);
        break;
      default:
        throw new AssertionError(baselineDisease + " reaches R14.9");
    }
    reasons.add(responseReason(reset, baselineDisease, lesions, code));
    return code;
  }

  /** The words of {@link #lesionWords} and of a CR with every new lesion gone, each a constant. */
  private static final String[] LESION_WORDS = {"no new lesion", "every new lesion gone",
      "new lesions persisting do not prevent it"};

  /**
   * The reasons of R14.9 on the words of {@link #LESION_WORDS}, by reset, baseline-disease
   * response and words: made once each (the code follows from the other three), as every visit
   * outside a run cites one; racy like {@link String#hashCode()}, a reason being immutable.
   */
  private static final Reason[][][] RESPONSE_REASONS =
      new Reason[2][Response.values().length][LESION_WORDS.length];

  private static Reason responseReason(boolean reset, Response baselineDisease, String lesions,
      ResponseCode code) {
    Reason.Kind kind = reset ? Reason.Kind.IRECIST_RESET_RESPONSE : Reason.Kind.IRECIST_RESPONSE;
    for (int w = 0; w < LESION_WORDS.length; w++) {
      if (LESION_WORDS[w] == lesions) { // the constant itself, not words made for the visit
        Reason[] row = RESPONSE_REASONS[reset ? 1 : 0][baselineDisease.ordinal()];
        Reason r = row[w];
        if (r == null) {
          r = Reason.of(kind, baselineDisease, lesions, code.code());
          row[w] = r;
        }
        return r;
      }
    }
    return Reason.of(kind, baselineDisease, lesions, code.code());
  }

  private static String lesionWords(IrecistCourse.NewLesionsAt seen) {
    if (seen.isNone() || seen.lesions().isEmpty()) {
      return LESION_WORDS[0];
    }
    return seen.showingDisease().isEmpty() && seen.notEvaluable().isEmpty()
        ? LESION_WORDS[1] : LESION_WORDS[2];
  }

  private static void newLesionReasons(IrecistCourse course, Assessment visit,
      IrecistCourse.NewLesionsAt seen, boolean counted, List<Reason> reasons) {
    if (seen.isNone()) {
      return; // nothing reported at the visit (none to back-date), nothing followed
    }
    if (!course.backdated().isEmpty()) {
      for (Map.Entry<String, LocalDate> e : course.backdated().entrySet()) {
        for (io.github.recist.model.NewLesion l : visit.seenNewLesions()) {
          if (l.id().equals(e.getKey()) && !l.isUnequivocal()) {
            reasons.add(Reason.of(Reason.Kind.NEW_LESION_BACKDATED, l.id(), e.getValue()));
          }
        }
      }
    }
    if (!seen.additional().isEmpty()) {
      reasons.add(Reason.of(counted ? Reason.Kind.IRECIST_NEW_LESION_APPEARS
          : Reason.Kind.IRECIST_NEW_LESION_PENDING, seen.additional()));
    }
    if (!seen.notReported().isEmpty()) {
      reasons.add(Reason.of(Reason.Kind.IRECIST_NEW_LESION_NOT_REPORTED, seen.notReported()));
    }
    if (seen.hasTargets()) {
      if (seen.targetTenths().isPresent()) {
        reasons.add(Reason.of(Reason.Kind.IRECIST_NEW_LESION_TARGET_SUM,
            Diameter.ofTenths(seen.targetTenths().get()),
            seen.addsTarget() ? "none yet"
                : course.newLesionTargetNadir().map(Object::toString).orElse("none yet")));
      } else {
        reasons.add(Reason.of(Reason.Kind.IRECIST_NEW_LESION_TARGET_SUM_NE,
            seen.targetsNotEvaluable()));
      }
    }
  }

  /**
   * The reason of R14.4 for a visit that opens a run: its triggers, each with the new lesions that
   * make it; one reason made once for each set of a visit that shows no new lesion (R14.4.1,
   * R14.4.2 alone), as most runs open so (issue 14).
   */
  private static Reason opened(IrecistCourse course, Response target, Response nonTarget,
      IrecistCourse.NewLesionsAt seen) {
    if (seen.isNone()) {
      return PLAIN_OPENED[IrecistCourse.plainTriggers(target, nonTarget)];
    }
    Set<IrecistCourse.Trigger> triggers = course.triggerSet(target, nonTarget, seen);
    return Reason.of(Reason.Kind.IUPD_OPENED, triggerDetails(course, triggers, seen));
  }

  /** {@link #opened}'s reasons of a visit that shows no new lesion, by {@code plainTriggers}. */
  private static final Reason[] PLAIN_OPENED = plainOpened();

  private static Reason[] plainOpened() {
    Reason[] opened = new Reason[4];
    Response[] responses = {Response.SD, Response.PD};
    for (Response target : responses) {
      for (Response nonTarget : responses) {
        Set<IrecistCourse.Trigger> triggers = IrecistCourse.plainTriggerSet(target, nonTarget);
        // an immutable list: the one reason is shared by every subject
        opened[IrecistCourse.plainTriggers(target, nonTarget)] = Reason.of(
            Reason.Kind.IUPD_OPENED, ImmutableList.copyOf(
                triggerDetails(null, triggers, IrecistCourse.NewLesionsAt.NONE)));
      }
    }
    return opened;
  }

  private static List<String> triggerDetails(IrecistCourse course,
      Set<IrecistCourse.Trigger> triggers, IrecistCourse.NewLesionsAt seen) {
    List<String> out = new ArrayList<>(triggers.size());
    for (IrecistCourse.Trigger t : triggers) {
      switch (t) {
        case NEW_LESION_APPEARANCE:
          List<String> which = new ArrayList<>(seen.additional());
          which.addAll(course.reappearedAfterCompleteResponse(seen));
          out.add(t + ": " + String.join(", ", which));
          break;
        case NEW_LESION_PROGRESSION:
          List<String> what = new ArrayList<>(course.recordedProgressed(seen));
          if (course.newLesionTargetProgression(seen)) {
            what.add("new-lesion target sum " + Diameter.ofTenths(seen.targetTenths().get())
                + " against nadir " + course.newLesionTargetNadir().get());
          }
          out.add(t + ": " + String.join(", ", what));
          break;
        default:
          out.add(t.toString());
      }
    }
    return out;
  }

  /**
   * Rule R14.12: the first iCPD among the visits considered (R10 ends them there), or empty.
   */
  @Override
  public Optional<LocalDate> icpdDate(List<TimepointResult> considered, Protocol protocol) {
    return icpdDate(considered, firstIcpd(considered));
  }

  /**
   * Rule R14.12: the first iUPD of the run the first iCPD confirmed (empty for an iCPD that
   * followed no iUPD, R14.13); otherwise the first iUPD of a run still open at the last visit
   * considered; otherwise empty.
   */
  @Override
  public Optional<LocalDate> iupdDate(List<TimepointResult> considered, Protocol protocol) {
    return iupdDate(considered, firstIcpd(considered));
  }

  /**
   * Rule R14.12: with an iCPD, the first iUPD of the run it confirmed (the iCPD itself when it
   * followed no iUPD, R14.13); with the option {@code unconfirmedProgressionAsEvent}, the first
   * iUPD of a run still open at the last visit considered; otherwise empty.
   */
  @Override
  public Optional<LocalDate> progressionDate(List<TimepointResult> considered,
      Protocol protocol) {
    return progressionDate(considered, protocol, firstIcpd(considered));
  }

  /**
   * The three dates of Rule R14.12 as {@link #progressionDate}, {@link #iupdDate} and {@link
   * #icpdDate} give them, from one search for the first iCPD (issue 14).
   */
  @Override
  public List<Optional<LocalDate>> progressionDates(List<TimepointResult> considered,
      Protocol protocol) {
    int icpd = firstIcpd(considered);
    return List.of(progressionDate(considered, protocol, icpd), iupdDate(considered, icpd),
        icpdDate(considered, icpd));
  }

  /**
   * The index of the first iCPD of {@code considered}, -1 when there is none (R14.12). iCPD is
   * final (R14.10: every visit after it is iCPD too) and R10 ends the visits considered at the
   * first ({@link EvaluationWindow#considered}), so the iCPDs are the last of the visits: the
   * first of them is found from the last visit back, with one visit read when there is none
   * (issue 14).
   */
  private static int firstIcpd(List<TimepointResult> considered) {
    int n = considered.size();
    int i = n;
    while (i > 0 && considered.get(i - 1).overallCode() == IrecistResponse.ICPD) {
      i--;
    }
    return i == n ? -1 : i;
  }

  /** {@link #icpdDate(List, Protocol)}, the first iCPD being at {@code icpd} (-1: none). */
  private static Optional<LocalDate> icpdDate(List<TimepointResult> considered, int icpd) {
    return icpd < 0 ? Optional.empty() : Optional.of(considered.get(icpd).date());
  }

  /** {@link #iupdDate(List, Protocol)}, the first iCPD being at {@code icpd} (-1: none). */
  private static Optional<LocalDate> iupdDate(List<TimepointResult> considered, int icpd) {
    if (icpd >= 0) {
      return considered.get(icpd).iupdDate();
    }
    if (considered.isEmpty()) {
      return Optional.empty();
    }
    TimepointResult last = considered.get(considered.size() - 1);
    return last.reset() || !last.hasIupdDate() ? Optional.empty() : last.iupdDate();
  }

  /** {@link #progressionDate(List, Protocol)}, the first iCPD being at {@code icpd} (-1: none). */
  private static Optional<LocalDate> progressionDate(List<TimepointResult> considered,
      Protocol protocol, int icpd) {
    if (icpd >= 0) {
      // the first iCPD: its run's first iUPD (iupdDate), else itself
      TimepointResult t = considered.get(icpd);
      return Optional.of(t.iupdDate().orElse(t.date()));
    }
    return protocol.unconfirmedProgressionAsEvent() ? iupdDate(considered, icpd)
        : Optional.empty();
  }

  /**
   * Rule R14.13: recorded i-responses form runs, each starting at an iUPD with only iUPD, NE or ND
   * after it; every visit of a run, and the iCPD that closes it, carries the run's first iUPD date.
   * Any other code closes a run; an iCPD after no iUPD carries none (it is dated at itself).
   */
  @Override
  public List<TimepointResult> recorded(Subject subject, List<TimepointResult> recorded) {
    List<TimepointResult> out = new ArrayList<>(recorded.size());
    LocalDate open = null;
    for (TimepointResult t : recorded) {
      ResponseCode code = t.overallCode();
      if (code == IrecistResponse.IUPD && open == null) {
        open = t.date();
      }
      boolean inRun = open != null && (code == IrecistResponse.IUPD || code == IrecistResponse.ICPD
          || code == VisitResponse.NE || code == VisitResponse.ND);
      out.add(inRun ? TimepointResult.builder().from(t).iupdDate(open).build() : t);
      if (!inRun || code == IrecistResponse.ICPD) {
        open = null;
      }
    }
    return out;
  }

  /**
   * The warnings of R14.5 in {@code timepoints}, the results of {@code subject} under iRECIST: each
   * disregarded early visit, and each late first counted visit of a run (Convention {@code
   * LATE_NEXT_VISIT_COUNTS}); errors when the protocol is strict.
   */
  @Override
  public ImmutableList<Problem> warnings(Subject subject, List<TimepointResult> timepoints,
      Protocol protocol) {
    List<Problem> warnings = null;
    for (int i = 0, n = timepoints.size(); i < n; i++) {
      TimepointResult t = timepoints.get(i);
      if (!t.disregarded() && !t.hasIupdDate()) {
        continue; // both warnings are of visits inside a run, which carry its iUPD date
      }
      for (int k = 0, m = t.reasonCount(); k < m; k++) {
        Reason r = t.reason(k);
        if (r.kind() == Reason.Kind.IRECIST_DISREGARDED
            || r.kind() == Reason.Kind.IRECIST_LATE_FIRST_COUNTED_VISIT) {
          if (warnings == null) {
            warnings = new ArrayList<>(1);
          }
          List<Object> v = r.values();
          String message = r.kind() == Reason.Kind.IRECIST_DISREGARDED
              ? v.get(0) + " days after the iUPD of " + v.get(1) + ", under the " + v.get(2)
                  + "-day minimum (minProgressionConfirmationDays): disregarded, it neither confirms"
                  + " nor resets the iUPD"
              : "first counted visit of the run " + v.get(0) + " days after the iUPD of " + v.get(1)
                  + ", later than " + v.get(2) + " days (maxProgressionConfirmationDays): it still"
                  + " confirms or resets, as the next assessment (convention LATE_NEXT_VISIT_COUNTS)";
          Problem p = Problem.warning(subject.id(), t.date(), null, RULE_DISREGARDED, message);
          warnings.add(protocol.strict() ? p.asError() : p);
        }
      }
    }
    return warnings == null ? ImmutableList.of() : ImmutableList.copyOf(warnings);
  }
}
