package io.github.recist;

import com.google.common.base.Throwables;
import com.google.common.collect.ImmutableList;
import io.github.recist.model.Assessment;
import io.github.recist.model.Criteria;
import io.github.recist.model.InvalidSubjectException;
import io.github.recist.model.Problem;
import io.github.recist.model.Protocol;
import io.github.recist.model.RecordedResponse;
import io.github.recist.model.Response;
import io.github.recist.model.Subject;
import io.github.recist.result.Assessments;
import io.github.recist.result.BestResponse;
import io.github.recist.result.NewLesionFinding;
import io.github.recist.result.Reason;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import io.github.recist.rules.BaselineTiming;
import io.github.recist.rules.BestOverallResponse;
import io.github.recist.rules.Course;
import io.github.recist.rules.ConfirmedBestOverallResponse;
import io.github.recist.rules.Endpoints;
import io.github.recist.rules.EvaluationWindow;
import io.github.recist.rules.Measurability;
import io.github.recist.rules.NewLesionSelection;
import io.github.recist.rules.Plausibility;
import io.github.recist.rules.IrecistCriteria;
import io.github.recist.rules.Recist11Criteria;
import io.github.recist.rules.ResponseCriteria;
import io.github.recist.rules.TargetSelection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The RECIST 1.1 engine: assesses a subject under a protocol, every time point and the best overall
 * response, with reasons.
 *
 * <pre>{@code
 * SubjectAssessment a = Recist11.assess(subject, Protocol.defaults());
 * a.bestOverallResponse();          // PR
 * a.timepoints().get(0).explain();  // "target sum 29 mm is 42.0% below baseline 50 mm: PR (R6.4 ...)"
 * }</pre>
 *
 * <p>The engine applies the rules of {@code io.github.recist.rules} in order: protocol deviations
 * (R1–R3), then for each time point the recorded values and the sum (R4, R5), the target,
 * non-target and new-lesion findings (R6–R8) and the overall response (R9); then back-dating of
 * confirmed equivocal lesions (R8), the evaluation window (R10), the best overall response without or
 * with confirmation (R11, R12), and the progression date and endpoints (R13). A subject with
 * recorded responses skips R1–R9. The engine is stateless and thread-safe; {@link #assessAll}
 * assesses a cohort on several threads.
 *
 * <p>One engine, criteria plugged in: the per-visit classification and what it carries across
 * visits come from a {@link ResponseCriteria} ({@link Recist11Criteria} for RECIST 1.1, R4–R9;
 * {@link IrecistCriteria} for iRECIST, R14, with its {@link io.github.recist.rules.IrecistCourse}), each
 * visit classified against the subject's {@link Course} (baseline, nadir, "had reached CR", the
 * visits so far) and the course replaced after it; the deviations, the window, the best response
 * with or without confirmation and the endpoints are written here once for every criteria set.
 */
public final class Recist11 {

  /** Subjects per run of {@link #assessAll} at most. */
  private static final int MAX_RUN = 1024;
  /** Runs per thread of {@link #assessAll} at least, when there are enough subjects. */
  private static final int RUNS_PER_THREAD = 8;

  private Recist11() {}

  /** Assesses {@code subject} under {@link Protocol#defaults()}; see {@link #assess(Subject, Protocol)}. */
  public static SubjectAssessment assess(Subject subject) {
    return assess(subject, Protocol.defaults());
  }

  /**
   * Assesses {@code subject} under {@code protocol}.
   *
   * @throws InvalidSubjectException in strict mode, listing the protocol deviations (Rules R1–R3);
   *     and when the subject's recorded responses are iRECIST codes ({@link
   *     Subject#problemsUnder})
   *     and, under iRECIST (Rule R14), the new-lesion target selection (R14.2) and the visits of
   *     R14.5 (a disregarded early visit, a late first counted visit of a run)
   */
  public static SubjectAssessment assess(Subject subject, Protocol protocol) {
    return assess(subject, protocol, List.of());
  }

  /**
   * As {@link #assess(Subject, Protocol)}, the same assessment, taking the visits as classified
   * by one of {@code checks} made of this subject under this protocol ({@link #checkCriteria})
   * instead of classifying them again: under iRECIST the check classifies every visit for the
   * warnings of Rule R14.5, and a reader that checks a subject before assessing it does the rules
   * once.
   *
   * @throws InvalidSubjectException as {@link #assess(Subject, Protocol)}
   */
  public static SubjectAssessment assess(Subject subject, Protocol protocol,
      List<CriteriaCheck> checks) {
    // the common path here; each rarer one (refusals, recorded responses, iRECIST's selection) in
    // a method of its own, so that the JIT compiles less, and less again after a deoptimisation
    // (issue 14)
    ResponseCriteria<?> criteria = criteria(subject, protocol);
    ImmutableList<Problem> codes = subject.problemsUnder(protocol.criteria());
    // size() rather than isEmpty() on the lists of each subject: see IrecistCourse.newLesionsAt
    if (codes.size() != 0) {
      throw new InvalidSubjectException(codes);
    }
    ImmutableList<Problem> warnings = CriteriaCheck.deviations(checks, subject, protocol);
    if (warnings == null) {
      warnings = deviations(subject, protocol);
    }
    if (protocol.criteria() == Criteria.IRECIST && !subject.isRecorded()) {
      warnings = withNewLesionSelection(warnings, subject, protocol);
    }
    refuseInStrictMode(warnings, protocol);
    LocalDate lastDay = EvaluationWindow.lastDay(subject.referenceDate(), protocol);
    List<TimepointResult> timepoints = subject.isRecorded()
        ? criteria.recorded(subject, recordedTimepoints(subject, protocol, lastDay))
        : classified(criteria, subject, protocol, checks, lastDay);
    ImmutableList<Problem> visitWarnings = criteria.warnings(subject, timepoints, protocol);
    refuseInStrictMode(visitWarnings, protocol);
    List<TimepointResult> considered = EvaluationWindow.considered(timepoints,
        subject.newTherapyDate().orElse(null));
    timepoints = EvaluationWindow.afterProgression(timepoints, considered);
    BestResponse best = protocol.confirmationRequired()
        ? ConfirmedBestOverallResponse.of(considered, subject.referenceDate(), protocol)
        : BestOverallResponse.of(considered, subject.referenceDate(), protocol);
    return result(subject, protocol, criteria, timepoints, considered, best, lastDay,
        protocol.strict() ? ImmutableList.of() : warnings, visitWarnings);
  }

  /** {@code warnings} and, after them, those of iRECIST's new-lesion target selection (R14.2). */
  private static ImmutableList<Problem> withNewLesionSelection(ImmutableList<Problem> warnings,
      Subject subject, Protocol protocol) {
    List<Problem> selection = newLesionSelection(subject, protocol);
    return selection.isEmpty() ? warnings
        : ImmutableList.<Problem>builder().addAll(warnings).addAll(selection).build();
  }

  /** Refuses the subject, in strict mode, when {@code problems} are not empty. */
  private static void refuseInStrictMode(ImmutableList<Problem> problems, Protocol protocol) {
    if (protocol.strict() && problems.size() != 0) {
      throw new InvalidSubjectException(problems);
    }
  }

  /**
   * The follow-ups of a measured subject, each classified: as one of {@code checks} classified
   * them, or as {@link #measuredTimepoints} does.
   */
  private static List<TimepointResult> classified(ResponseCriteria<?> criteria, Subject subject,
      Protocol protocol, List<CriteriaCheck> checks, LocalDate lastDay) {
    List<TimepointResult> classified = checks.isEmpty() ? null
        : CriteriaCheck.visits(checks, subject, protocol);
    return classified != null ? classified
        : measuredTimepoints(criteria, subject, protocol, lastDay);
  }

  /**
   * The assessment of {@code subject}: its time points, the best response, the progression dates
   * (R13, R14.12) and endpoints, the warnings and the reasons.
   */
  private static SubjectAssessment result(Subject subject, Protocol protocol,
      ResponseCriteria<?> criteria, List<TimepointResult> timepoints,
      List<TimepointResult> considered, BestResponse best, LocalDate lastDay,
      ImmutableList<Problem> warnings, ImmutableList<Problem> visitWarnings) {
    List<Optional<LocalDate>> dates = criteria.progressionDates(considered, protocol);
    Optional<LocalDate> progression = dates.get(0);
    Optional<LocalDate> iupd = dates.get(1);
    Optional<LocalDate> icpd = dates.get(2);
    return SubjectAssessment.of(subject.id(), subject.referenceDate(), subject.deathDate(),
        subject.newTherapyDate(), ImmutableList.copyOf(timepoints), protocol.criteria(),
        best.code(), best.date(), best.confirmed(), best.confirmedBy(), progression, iupd, icpd,
        Endpoints.progressionFreeSurvival(subject, considered, lastDay, progression),
        Endpoints.durationOfResponse(subject, best, considered, lastDay, progression),
        visitWarnings.size() == 0 ? warnings : allWarnings(warnings, visitWarnings),
        reasons(protocol, best, timepoints, considered.size(), progression, iupd, icpd));
  }

  /**
   * The subject's reasons: the best response's, then what dates progression (R14.12, R13, R10);
   * out of line, so that the JIT compiles {@link #result} smaller (issue 14).
   */
  private static ImmutableList<Reason> reasons(Protocol protocol, BestResponse best,
      List<TimepointResult> timepoints, int considered, Optional<LocalDate> progression,
      Optional<LocalDate> iupd, Optional<LocalDate> icpd) {
    Reason irecist = iupd.isPresent() || icpd.isPresent()
        ? irecistProgression(protocol, iupd, icpd) : null;
    Reason dated = progression.isPresent()
        ? Reason.of(Reason.Kind.PROGRESSION_DATE, progression.get())
        : progressionOutsideWindow(timepoints, considered);
    ImmutableList<Reason> bestReasons = best.reasons();
    if (irecist == null && dated == null) {
      return bestReasons;
    }
    if (bestReasons.size() == 1 && (irecist == null || dated == null)) {
      // the common case, a confirmed best response dated by its progression: one array, no builder
      return ImmutableList.of(bestReasons.get(0), irecist != null ? irecist : dated);
    }
    ImmutableList.Builder<Reason> all = ImmutableList.builderWithExpectedSize(
        bestReasons.size() + (irecist == null ? 0 : 1) + (dated == null ? 0 : 1));
    all.addAll(bestReasons);
    if (irecist != null) {
      all.add(irecist);
    }
    if (dated != null) {
      all.add(dated);
    }
    return all.build();
  }

  /** The subject's warnings, then those of its visits (R14.5), in one list. */
  private static ImmutableList<Problem> allWarnings(ImmutableList<Problem> warnings,
      ImmutableList<Problem> visitWarnings) {
    return ImmutableList.<Problem>builderWithExpectedSize(warnings.size() + visitWarnings.size())
        .addAll(warnings).addAll(visitWarnings).build();
  }

  /**
   * R10: the reason of the first visit outside the window that shows progression, when no
   * progression is dated; null when there is none. The first {@code considered} visits, those
   * R10 considers ({@link EvaluationWindow#considered}), are all within the window, and the
   * search starts after them (issue 14: most subjects have every visit considered).
   */
  private static Reason progressionOutsideWindow(List<TimepointResult> timepoints,
      int considered) {
    for (int i = considered, n = timepoints.size(); i < n; i++) {
      TimepointResult t = timepoints.get(i);
      if (!t.withinWindow() && t.overallCode().isConfirmedProgression()) {
        return Reason.of(Reason.Kind.PROGRESSION_OUTSIDE_WINDOW, t.date());
      }
    }
    return null;
  }

  /**
   * R14.12: what dates iRECIST progression (nothing under RECIST 1.1, which has no iUPD), the
   * confirmed iCPD, or the run left open.
   */
  private static Reason irecistProgression(Protocol protocol, Optional<LocalDate> iupd,
      Optional<LocalDate> icpd) {
    if (icpd.isPresent()) {
      return Reason.of(Reason.Kind.IRECIST_CONFIRMED_PROGRESSION, iupd.orElse(icpd.get()),
          icpd.get());
    }
    return Reason.of(protocol.unconfirmedProgressionAsEvent()
        ? Reason.Kind.IRECIST_OPEN_RUN_AS_EVENT : Reason.Kind.IRECIST_OPEN_RUN, iupd.get());
  }


  /**
   * Assesses {@code subject} under each of {@code criteria} at once (Rule R14: RECIST 1.1 and
   * iRECIST side by side), each time under {@code protocol} with that criteria ({@link
   * Protocol#withCriteria}); the protocol's own criteria is ignored.
   *
   * <pre>{@code
   * Assessments both = Recist11.assessUnder(subject, protocol, Criteria.RECIST_1_1, Criteria.IRECIST);
   * }</pre>
   *
   * @throws IllegalArgumentException if no criteria is given
   * @throws InvalidSubjectException as {@link #assess(Subject, Protocol)} under any of them: in
   *     strict mode, the protocol deviations; recorded responses in the codes of another criteria
   */
  public static Assessments assessUnder(Subject subject, Protocol protocol, Criteria first,
      Criteria... more) {
    EnumSet<Criteria> all = EnumSet.of(first, more);
    return assessUnder(subject, protocol, all);
  }

  /**
   * As {@link #assessUnder(Subject, Protocol, Criteria, Criteria...)}, under each criteria of
   * {@code criteria}.
   *
   * @throws IllegalArgumentException if {@code criteria} is empty
   */
  public static Assessments assessUnder(Subject subject, Protocol protocol,
      Collection<Criteria> criteria) {
    return assessUnder(subject, protocol, criteria, List.of());
  }

  /**
   * As {@link #assessUnder(Subject, Protocol, Collection)}, taking the visits classified by {@code
   * checks} where one was made under the same protocol and criteria (see {@link #assess(Subject,
   * Protocol, List)}).
   */
  public static Assessments assessUnder(Subject subject, Protocol protocol,
      Collection<Criteria> criteria, List<CriteriaCheck> checks) {
    if (criteria.isEmpty()) {
      throw new IllegalArgumentException(subject.id() + ": no criteria to assess under (give "
          + "RECIST_1_1, IRECIST or both)");
    }
    Map<Criteria, SubjectAssessment> each = new EnumMap<>(Criteria.class);
    for (Criteria c : EnumSet.copyOf(criteria)) {
      each.put(c, assess(subject, protocol.withCriteria(c), checks));
    }
    return Assessments.of(each);
  }

  /**
   * Assesses every subject of {@code subjects} under each of {@code criteria} (Rule R14), on {@code
   * threads} threads: one {@link Assessments} per subject, in the order of the subjects, the same as
   * {@link #assessUnder(Subject, Protocol, Collection)} gives one by one.
   *
   * @throws IllegalArgumentException if {@code criteria} is empty, {@code threads} is below 1, or as
   *     {@link #assess(Subject, Protocol)}
   * @throws InvalidSubjectException as {@link #assessAll}, under the first criteria that refuses
   */
  public static ImmutableList<Assessments> assessAllUnder(List<Subject> subjects, Protocol protocol,
      Collection<Criteria> criteria, int threads) {
    if (criteria.isEmpty()) {
      throw new IllegalArgumentException("no criteria to assess under (give RECIST_1_1, IRECIST or "
          + "both)");
    }
    Map<Criteria, List<SubjectAssessment>> each = new EnumMap<>(Criteria.class);
    for (Criteria c : EnumSet.copyOf(criteria)) {
      each.put(c, assessAll(subjects, protocol.withCriteria(c), threads));
    }
    ImmutableList.Builder<Assessments> all = ImmutableList.builderWithExpectedSize(subjects.size());
    for (int i = 0; i < subjects.size(); i++) {
      Map<Criteria, SubjectAssessment> one = new EnumMap<>(Criteria.class);
      for (Map.Entry<Criteria, List<SubjectAssessment>> e : each.entrySet()) {
        one.put(e.getKey(), e.getValue().get(i));
      }
      all.add(Assessments.of(one));
    }
    return all.build();
  }

  /**
   * The criteria set that classifies visits under {@code protocol}: {@link Recist11Criteria} for
   * RECIST 1.1, {@link IrecistCriteria} for iRECIST (Rule R14).
   */
  private static ResponseCriteria<?> criteria(Subject subject, Protocol protocol) {
    return protocol.criteria() == Criteria.IRECIST ? IrecistCriteria.INSTANCE
        : Recist11Criteria.INSTANCE;
  }

  /**
   * Assesses every subject of {@code subjects} under {@code protocol}, on {@code threads} threads;
   * the assessments come in the order of the subjects, the same as {@link #assess(Subject,
   * Protocol)} gives one by one, whatever the number of threads.
   *
   * <p>With more than one thread the subjects are shared out in consecutive runs to a pool of that
   * many threads, made for the call and shut down before it returns.
   *
   * @throws IllegalArgumentException if {@code threads} is below 1, or as {@link #assess(Subject,
   *     Protocol)}
   * @throws InvalidSubjectException in strict mode, for the first subject in order that has
   *     protocol deviations
   */
  public static ImmutableList<SubjectAssessment> assessAll(List<Subject> subjects, Protocol protocol,
      int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    SubjectAssessment[] assessed = new SubjectAssessment[subjects.size()];
    if (threads == 1 || assessed.length < 2) {
      assessRun(subjects, protocol, assessed, 0, assessed.length);
      return ImmutableList.copyOf(assessed);
    }
    // several runs a thread, so that threads that drew short subjects take more runs
    int run = Math.max(1, Math.min(MAX_RUN, assessed.length / (threads * RUNS_PER_THREAD)));
    ExecutorService pool = Executors.newFixedThreadPool(threads, Recist11::worker);
    try {
      List<Future<?>> runs = new ArrayList<>(assessed.length / run + 1);
      for (int from = 0; from < assessed.length; from += run) {
        int start = from;
        int end = Math.min(assessed.length, from + run);
        runs.add(pool.submit(() -> assessRun(subjects, protocol, assessed, start, end)));
      }
      for (Future<?> r : runs) {
        awaitRun(r); // in order: the first failure is the first subject's that fails
      }
    } finally {
      pool.shutdownNow();
    }
    return ImmutableList.copyOf(assessed);
  }

  private static void assessRun(List<Subject> subjects, Protocol protocol,
      SubjectAssessment[] assessed, int from, int to) {
    for (int i = from; i < to; i++) {
      assessed[i] = assess(subjects.get(i), protocol);
    }
  }

  private static void awaitRun(Future<?> run) {
    try {
      run.get();
    } catch (ExecutionException e) {
      Throwables.throwIfUnchecked(e.getCause());
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while assessing", e);
    }
  }

  private static Thread worker(Runnable r) {
    Thread t = new Thread(r, "recist-assess");
    t.setDaemon(true);
    return t;
  }

  /**
   * The protocol deviations of {@code subject} (Rules R1–R3): targets not measurable at baseline,
   * too many targets in total or per organ, a baseline too long before the reference date;
   * implausible input ({@link Plausibility}): a site that is not a known organ or location, a
   * diameter over 400 mm or a nodal short axis over 100 mm; and, for recorded responses, a CR
   * followed later by a PR or SD (Rule R12). They are warnings, or errors when the protocol is
   * strict.
   */
  public static ImmutableList<Problem> deviations(Subject subject, Protocol protocol) {
    List<Problem> warnings = new ArrayList<>(0);
    if (subject.isRecorded()) {
      ConfirmedBestOverallResponse.checkRecorded(subject, warnings);
      if (protocol.strict()) {
        warnings.replaceAll(Problem::asError);
      }
      return ImmutableList.copyOf(warnings);
    }
    Measurability.check(subject, warnings);
    TargetSelection.check(subject, warnings);
    BaselineTiming.check(subject, protocol, warnings);
    Plausibility.check(subject, warnings);
    if (protocol.strict()) {
      warnings.replaceAll(Problem::asError);
    }
    return ImmutableList.copyOf(warnings);
  }

  /**
   * Whether {@link #deviations} finds the same of any subject under {@code a} as under {@code b}:
   * they depend on the protocol's strictness and baseline window (R3) alone.
   */
  private static boolean sameDeviations(Protocol a, Protocol b) {
    return a.strict() == b.strict()
        && a.maxBaselineDaysBeforeStart() == b.maxBaselineDaysBeforeStart();
  }

  /**
   * {@link #deviations}, kept for {@link #assess(Subject, Protocol, List)}: a reader that checks
   * a subject before assessing it finds its deviations once (issue 14). The check is taken under
   * any protocol under which the deviations are the same (its strictness and baseline window).
   */
  public static CriteriaCheck checkDeviations(Subject subject, Protocol protocol) {
    return new CriteriaCheck(subject, protocol, deviations(subject, protocol), null, true);
  }

  /**
   * The problems of {@code subject} that depend on the protocol's criteria: recorded responses in
   * the other criteria's codes (errors; {@link Subject#problemsUnder}), and under iRECIST the
   * new-lesion target selection (Rule R14.2) and the visits of Rule R14.5 (a disregarded early
   * visit, a late first counted visit of a run; found by classifying the visits): warnings, or
   * errors when the protocol is strict.
   */
  public static ImmutableList<Problem> criteriaProblems(Subject subject, Protocol protocol) {
    return checkCriteria(subject, protocol).problems();
  }

  /**
   * {@link #criteriaProblems}, with the visits it classified under iRECIST kept for {@link
   * #assess(Subject, Protocol, List)}.
   */
  public static CriteriaCheck checkCriteria(Subject subject, Protocol protocol) {
    ImmutableList<Problem> errors = subject.problemsUnder(protocol.criteria());
    if (protocol.criteria() != Criteria.IRECIST || subject.isRecorded() || !errors.isEmpty()) {
      return new CriteriaCheck(subject, protocol, errors, null, false);
    }
    List<Problem> warnings = new ArrayList<>(newLesionSelection(subject, protocol));
    List<TimepointResult> timepoints = measuredTimepoints(IrecistCriteria.INSTANCE, subject,
        protocol, EvaluationWindow.lastDay(subject.referenceDate(), protocol));
    warnings.addAll(IrecistCriteria.INSTANCE.warnings(subject, timepoints, protocol));
    return new CriteriaCheck(subject, protocol, ImmutableList.copyOf(warnings), timepoints, false);
  }

  /**
   * What {@link #checkCriteria} found of one subject under one protocol: the problems of {@link
   * #criteriaProblems} and, under iRECIST, the visits it classified to find those of Rule R14.5,
   * which {@link #assess(Subject, Protocol, List)} takes instead of classifying them again; or what
   * {@link #checkDeviations} found, the protocol deviations, which it takes instead of finding them
   * again.
   */
  public static final class CriteriaCheck {
    private final Subject subject;
    private final Protocol protocol;
    private final ImmutableList<Problem> problems;
    /** The follow-ups as {@link #measuredTimepoints} classified them; null when it did not. */
    private final List<TimepointResult> visits;
    /** Whether {@link #problems} are the {@link #deviations} ({@link #checkDeviations}). */
    private final boolean deviations;

    private CriteriaCheck(Subject subject, Protocol protocol, ImmutableList<Problem> problems,
        List<TimepointResult> visits, boolean deviations) {
      this.subject = subject;
      this.protocol = protocol;
      this.problems = problems;
      this.visits = visits;
      this.deviations = deviations;
    }

    /**
     * The subject's problems under the protocol's criteria, as {@link #criteriaProblems} gives
     * them; of a {@link #checkDeviations}, its protocol deviations, as {@link #deviations} gives
     * them.
     */
    public ImmutableList<Problem> problems() {
      return problems;
    }

    /** The protocol the subject was checked under. */
    public Protocol protocol() {
      return protocol;
    }

    /**
     * The deviations one of {@code checks} found of {@code subject} under a protocol with the same
     * deviations as {@code protocol}, or null.
     */
    static ImmutableList<Problem> deviations(List<CriteriaCheck> checks, Subject subject,
        Protocol protocol) {
      for (int i = 0; i < checks.size(); i++) {
        CriteriaCheck c = checks.get(i);
        if (c.deviations && c.subject == subject && sameDeviations(c.protocol, protocol)) {
          return c.problems;
        }
      }
      return null;
    }

    /** The visits one of {@code checks} classified of {@code subject} under {@code protocol}, or null. */
    static List<TimepointResult> visits(List<CriteriaCheck> checks, Subject subject,
        Protocol protocol) {
      for (int i = 0; i < checks.size(); i++) {
        CriteriaCheck c = checks.get(i);
        if (c.visits != null && c.subject == subject && c.protocol.equals(protocol)) {
          return c.visits;
        }
      }
      return null;
    }
  }

  /** The new-lesion target selection under iRECIST (Rule R14.2), errors when strict. */
  private static List<Problem> newLesionSelection(Subject subject, Protocol protocol) {
    if (!NewLesionSelection.appliesTo(subject)) {
      return List.of(); // no new-lesion target reported: nothing to select
    }
    List<Problem> warnings = new ArrayList<>(0);
    NewLesionSelection.check(subject, warnings);
    if (protocol.strict()) {
      warnings.replaceAll(Problem::asError);
    }
    return warnings;
  }

  private static List<TimepointResult> recordedTimepoints(Subject subject, Protocol protocol,
      LocalDate lastDay) {
    List<RecordedResponse> recorded = subject.recordedInDateOrder();
    List<TimepointResult> out = new ArrayList<>(recorded.size());
    for (RecordedResponse r : recorded) {
      TimepointResult.Builder t = TimepointResult.builder().date(r.date()).target(Response.NA)
          .nonTarget(Response.NA).newLesions(NewLesionFinding.NONE)
          .overallCode(r.code())
          .recorded(true).addReasons(Reason.of(Reason.Kind.RECORDED, r.code()));
      window(t, r.date(), subject, protocol, lastDay);
      out.add(t.build());
    }
    return out;
  }

  /**
   * The follow-ups of {@code subject} in date order, each classified by {@code criteria} against
   * the criteria's course so far ({@link Course} for RECIST 1.1), within the window or not (R10),
   * then what the criteria change across visits (R8 back-dating under RECIST 1.1).
   */
  private static <C> List<TimepointResult> measuredTimepoints(ResponseCriteria<C> criteria,
      Subject subject, Protocol protocol, LocalDate lastDay) {
    C course = criteria.atBaseline(subject);
    LocalDate therapy = subject.newTherapyDate().orElse(null);
    List<Assessment> followUps = subject.followUps();
    TimepointResult.Builder into = TimepointResult.builder(); // one for every visit
    for (int i = 0, n = followUps.size(); i < n; i++) {
      Assessment a = followUps.get(i);
      TimepointResult.Builder t = criteria.classify(subject, a, course, protocol, into.clear());
      window(t, a.date(), therapy, protocol, lastDay);
      course = criteria.after(course, t.build());
    }
    return criteria.acrossVisits(subject, course, therapy);
  }

  private static void window(TimepointResult.Builder t, LocalDate date, Subject subject,
      Protocol protocol, LocalDate lastDay) {
    window(t, date, subject.newTherapyDate().orElse(null), protocol, lastDay);
  }

  /**
   * Marks {@code t}, dated {@code date}, in or out of the window that ends on {@code lastDay}, and
   * on or after the new therapy of {@code therapy} (null when none), with a reason for each (R10).
   */
  private static void window(TimepointResult.Builder t, LocalDate date, LocalDate therapy,
      Protocol protocol, LocalDate lastDay) {
    boolean within = EvaluationWindow.contains(lastDay, date);
    t.withinWindow(within);
    if (!within) {
      t.addReasons(Reason.of(Reason.Kind.OUTSIDE_WINDOW, lastDay, protocol.followUpDays()));
    }
    if (!EvaluationWindow.beforeNewTherapy(therapy, date)) {
      t.addReasons(Reason.of(Reason.Kind.AFTER_NEW_THERAPY, therapy));
    }
  }
}
