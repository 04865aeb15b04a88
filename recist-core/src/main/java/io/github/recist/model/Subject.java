package io.github.recist.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * A subject of the trial: the reference date (start of treatment), the lesions chosen at baseline,
 * and the dated assessments of them; or, for data that hold only visit responses, the dated
 * {@linkplain RecordedResponse recorded responses}.
 *
 * <p>Build one in the words of the radiology report:
 *
 * <pre>{@code
 * Subject s = Subject.builder("SARC-001").referenceDate(LocalDate.of(2018, 1, 10))
 *     .target("T1", Site.LUNG).nodalTarget("T2").nonTarget("NT1", Site.BONE)
 *     .baseline(LocalDate.of(2018, 1, 5), v -> v.measure("T1", 32).measure("T2", 18).present("NT1"))
 *     .visit(LocalDate.of(2018, 2, 7), v -> v.measure("T1", 20).measure("T2", 9).present("NT1"))
 *     .build();
 * }</pre>
 *
 * <p>A subject is valid when built: exactly one baseline, dated no later than any other assessment;
 * no follow-up (measured or recorded) dated before the reference date (Rule R10); no death before the
 * baseline or the reference date, and no new therapy before the reference date (Rules R10, R13), so
 * that no endpoint is a negative time; no two assessments on one date; every lesion id declared, with
 * the right role; every target measured at baseline; merges into another declared target;
 * measurements and recorded responses never mixed; no symptom-driven baseline; and each new lesion's
 * role, nodal and site as its first report gave them, unequivocal for good once it was (Rule R14.2).
 * Otherwise {@link InvalidSubjectException} lists every problem, each naming the subject, the date
 * and the lesion. What depends on the criteria (recorded i-codes) is told by {@link #problemsUnder}.
 */
@Value.Immutable
public abstract class Subject {

  Subject() {}

  /** The subject's id, such as {@code SARC-001}. */
  @Value.Parameter
  public abstract String id();

  /** Start of treatment (for a CAR-T trial, the infusion); SD duration and endpoints count from it. */
  @Value.Parameter
  public abstract LocalDate referenceDate();

  /** The lesions chosen at baseline, in the order declared; empty for recorded responses. */
  @Value.Parameter
  public abstract ImmutableList<Lesion> lesions();

  /** The imaging assessments, as given; see {@link #baseline()} and {@link #followUps()}. */
  @Value.Parameter
  public abstract ImmutableList<Assessment> assessments();

  /** The recorded visit responses, as given; empty for a subject with measurements. */
  @Value.Parameter
  public abstract ImmutableList<RecordedResponse> recordedResponses();

  /** The date of death, if the subject died: an event for progression-free survival (Rule R13). */
  @Value.Parameter
  public abstract Optional<LocalDate> deathDate();

  /**
   * The start of a new anti-cancer therapy, if any: progression-free survival and duration of
   * response are censored at the last evaluable assessment before it (Rule R13).
   */
  @Value.Parameter
  public abstract Optional<LocalDate> newTherapyDate();

  /** Whether this subject carries recorded responses rather than measurements. */
  public boolean isRecorded() {
    return lesions().isEmpty() && assessments().isEmpty();
  }

  /**
   * Whether any follow-up reports a new lesion (Rules R8, R14.2), as the subject's checks found
   * when it was built: the rules of new lesions skip a subject without any (issue 14).
   */
  public boolean hasNewLesions() {
    byte known = newLesions; // racy like String.hashCode(): 0 until set, then always the same
    if (known == 0) {
      known = SubjectChecks.anyNewLesion(this) ? SOME : NONE;
      newLesions = known;
    }
    return known == SOME;
  }

  /** {@link #hasNewLesions()} as the checks found it, set once when the subject is built. */
  void newLesionsFound(boolean any) {
    newLesions = any ? SOME : NONE;
  }

  private static final byte NONE = 1;
  private static final byte SOME = 2;
  /** {@link #hasNewLesions()}: 0 when not known yet, else {@link #NONE} or {@link #SOME}. */
  private byte newLesions;

  /** The lesions by id. */
  @Value.Lazy
  public ImmutableMap<String, Lesion> lesionsById() {
    ImmutableList<Lesion> all = lesions();
    ImmutableMap.Builder<String, Lesion> map = ImmutableMap.builderWithExpectedSize(all.size());
    for (int i = 0; i < all.size(); i++) {
      map.put(all.get(i).id(), all.get(i));
    }
    return map.buildKeepingLast();
  }

  /**
   * The target lesions, in the order declared. Found once, when the subject is made, and read as
   * a plain field: the rules ask for them at every visit (issue 14); not part of equality, as the
   * lesions are.
   */
  @Value.Derived
  @Value.Auxiliary
  public ImmutableList<Lesion> targets() {
    return lesionsWhereTarget(true);
  }

  /** The non-target lesions, in the order declared; found once, as {@link #targets()}. */
  @Value.Derived
  @Value.Auxiliary
  public ImmutableList<Lesion> nonTargets() {
    return lesionsWhereTarget(false);
  }

  /**
   * The lesions whose role is target ({@code target}) or non-target, in the order declared: the
   * list of all the lesions when every lesion has that role, the empty list when none has. The
   * lesions of the other role, when there are, are found on a plain array (issue 14): with a list
   * builder in the loop, a check the JIT compiler had hoisted out of it on its profile
   * ({@code profile_predicate}) failed for later subjects, and the method was compiled again.
   */
  private ImmutableList<Lesion> lesionsWhereTarget(boolean target) {
    ImmutableList<Lesion> all = lesions();
    int n = all.size();
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (all.get(i).isTarget() == target) {
        count++;
      }
    }
    if (count == n) {
      return all;
    }
    if (count == 0) {
      return ImmutableList.of();
    }
    Lesion[] some = new Lesion[count];
    for (int i = 0, j = 0; j < count; i++) {
      Lesion l = all.get(i);
      if (l.isTarget() == target) {
        some[j++] = l;
      }
    }
    return ImmutableList.copyOf(some);
  }


  /**
   * The baseline assessment.
   *
   * @throws IllegalStateException if this subject carries recorded responses
   */
  @Value.Lazy
  public Assessment baseline() {
    Assessment baseline = SubjectChecks.baselineOrNull(this);
    if (baseline == null) {
      throw new IllegalStateException(id() + " has recorded responses, not a baseline");
    }
    return baseline;
  }

  /** The assessments after baseline, in date order. */
  @Value.Lazy
  public ImmutableList<Assessment> followUps() {
    ImmutableList<Assessment> all = assessments();
    Assessment[] after = new Assessment[all.size()];
    int count = 0;
    boolean sorted = true;
    for (int i = 0; i < all.size(); i++) {
      Assessment a = all.get(i);
      if (!a.baseline()) {
        sorted &= count == 0 || after[count - 1].compareTo(a) <= 0;
        after[count++] = a;
      }
    }
    if (!sorted) {
      Arrays.sort(after, 0, count); // stable, as the dates are distinct anyway
    }
    return ImmutableList.copyOf(count == after.length ? after : Arrays.copyOf(after, count));
  }

  /**
   * The recorded responses in date order: the list as given when it is in date order already (as
   * a case file writes it), else a sorted copy; with no stream, whose pipeline the JIT compiler
   * compiled for this alone (issue 14).
   */
  @Value.Lazy
  public ImmutableList<RecordedResponse> recordedInDateOrder() {
    ImmutableList<RecordedResponse> all = recordedResponses();
    for (int i = 1, n = all.size(); i < n; i++) {
      if (all.get(i - 1).compareTo(all.get(i)) > 0) {
        RecordedResponse[] sorted = all.toArray(new RecordedResponse[0]);
        Arrays.sort(sorted); // stable, as the dates are distinct anyway
        return ImmutableList.copyOf(sorted);
      }
    }
    return all;
  }

  /**
   * The errors of this subject under {@code criteria}, which the subject alone cannot know:
   * recorded responses in the other criteria's codes (i-codes under RECIST 1.1, RECIST 1.1 codes
   * other than NE and ND under iRECIST; Rule R14.13). Empty when there is none.
   */
  public ImmutableList<Problem> problemsUnder(Criteria criteria) {
    return isRecorded() ? ImmutableList.copyOf(SubjectChecks.criteriaProblems(this, criteria))
        : ImmutableList.of();
  }

  /** A builder of the subject {@code id}. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  @Value.Check
  void check() {
    List<Problem> problems = SubjectChecks.check(this);
    if (!problems.isEmpty()) {
      throw new InvalidSubjectException(problems);
    }
  }

  /** Prints as {@code Subject SARC-001 (reference 2018-01-10, 3 lesions, 3 assessments)}. */
  @Override
  public String toString() {
    if (isRecorded()) {
      return "Subject " + id() + " (reference " + referenceDate() + ", recorded responses "
          + recordedInDateOrder() + ")";
    }
    return "Subject " + id() + " (reference " + referenceDate() + ", lesions " + lesions().stream()
        .map(Lesion::toString).collect(java.util.stream.Collectors.joining(", ")) + "; "
        + assessments().size() + (assessments().size() == 1 ? " assessment)" : " assessments)");
  }

  /**
   * Builds a subject step by step, failing at the first call that is wrong: a lesion declared twice,
   * an assessment that names an undeclared lesion or one of the other role, two baselines, two
   * assessments on one date. Each failure is an {@link InvalidSubjectException} naming the subject,
   * the date and the lesion. {@link #build()} then checks the whole (see {@link Subject}).
   */
  public static final class Builder {
    private final String id;
    private LocalDate referenceDate;
    private LocalDate deathDate;
    private LocalDate newTherapyDate;
    /** The lesions in the order declared, each id once. */
    private final List<Lesion> lesions = new ArrayList<>();
    /** The lesions by id, made once there are more than a few (looked up in the list till then). */
    private Map<String, Lesion> lesionsById;
    private final List<Assessment> assessments = new ArrayList<>();
    private final List<RecordedResponse> recorded = new ArrayList<>(0);
    /** The dates of {@link #assessments} and of {@link #recorded}. */
    private final SeenOnce assessmentDates = new SeenOnce();
    private final SeenOnce recordedDates = new SeenOnce();
    private LocalDate baselineDate;

    Builder(String id) {
      if (id == null || id.isEmpty()) {
        throw new InvalidSubjectException(Problem.error("", null, null, "a subject needs a non-empty id"));
      }
      this.id = id;
    }

    String id() {
      return id;
    }

    /**
     * Sets the start of treatment.
     *
     * @throws InvalidSubjectException if it was set already
     */
    public Builder referenceDate(LocalDate date) {
      if (referenceDate != null) {
        throw fail(null, null, "reference date set twice (" + referenceDate + ", " + date + ")");
      }
      referenceDate = java.util.Objects.requireNonNull(date, "referenceDate");
      return this;
    }

    /** Sets the date of death (Rule R13). */
    public Builder deathDate(LocalDate date) {
      if (deathDate != null) {
        throw fail(null, null, "date of death set twice");
      }
      deathDate = java.util.Objects.requireNonNull(date, "deathDate");
      return this;
    }

    /** Sets the start of a new anti-cancer therapy (Rule R13). */
    public Builder newTherapyDate(LocalDate date) {
      if (newTherapyDate != null) {
        throw fail(null, null, "start of new therapy set twice");
      }
      newTherapyDate = java.util.Objects.requireNonNull(date, "newTherapyDate");
      return this;
    }

    /** Declares a non-nodal target lesion. */
    public Builder target(String lesionId, Site site) {
      return lesion(Lesion.target(lesionId, site));
    }

    /** Declares a nodal target lesion (site {@code LYMPH_NODE}, measured on its short axis). */
    public Builder nodalTarget(String lesionId) {
      return lesion(Lesion.nodalTarget(lesionId));
    }

    /** Declares a non-nodal non-target lesion. */
    public Builder nonTarget(String lesionId, Site site) {
      return lesion(Lesion.nonTarget(lesionId, site));
    }

    /** Declares a nodal non-target lesion. */
    public Builder nodalNonTarget(String lesionId) {
      return lesion(Lesion.nodalNonTarget(lesionId));
    }

    /**
     * Declares a lesion.
     *
     * @throws InvalidSubjectException if a lesion of that id was declared already, or an assessment was added already
     */
    public Builder lesion(Lesion lesion) {
      if (lesion(lesion.id()) != null) {
        throw fail(null, lesion.id(), "lesion id declared twice");
      }
      if (!assessments.isEmpty()) {
        throw fail(null, lesion.id(), "declare every lesion before the first assessment");
      }
      lesions.add(lesion);
      if (lesionsById != null) {
        lesionsById.put(lesion.id(), lesion);
      } else if (lesions.size() > FEW) {
        lesionsById = new HashMap<>();
        for (Lesion l : lesions) {
          lesionsById.put(l.id(), l);
        }
      }
      return this;
    }

    /**
     * Adds the baseline assessment, described by {@code report}.
     *
     * @throws InvalidSubjectException if there is a baseline already, or the report names a lesion wrongly
     */
    public Builder baseline(LocalDate date, Consumer<Assessment.Builder> report) {
      return add(date, true, report);
    }

    /**
     * Adds a follow-up assessment, described by {@code report}.
     *
     * @throws InvalidSubjectException if there is an assessment on that date already, or the report names a lesion wrongly
     */
    public Builder visit(LocalDate date, Consumer<Assessment.Builder> report) {
      return add(date, false, report);
    }

    private Builder add(LocalDate date, boolean isBaseline, Consumer<Assessment.Builder> report) {
      Assessment.Builder b = new Assessment.Builder(this, date, isBaseline);
      report.accept(b);
      return assessment(b.build());
    }

    /**
     * Adds an assessment built elsewhere.
     *
     * @throws InvalidSubjectException if it is a second baseline, or shares its date with another assessment
     */
    public Builder assessment(Assessment assessment) {
      LocalDate date = assessment.date();
      if (assessment.baseline()) {
        if (baselineDate != null) {
          throw fail(date, null, "a second baseline (the first is " + baselineDate + ")");
        }
        baselineDate = date;
      }
      if (!assessmentDates.add(date)) {
        throw fail(date, null, "two assessments on the same date");
      }
      assessments.add(assessment);
      return this;
    }


    /**
     * Adds a recorded overall response (a subject without measurements): a {@link VisitResponse},
     * or an iRECIST {@link IrecistResponse} (Rule R14.13), which only iRECIST allows (see {@link
     * Subject#problemsUnder}).
     *
     * @throws InvalidSubjectException if a response is recorded on that date already
     */
    public Builder recorded(LocalDate date, ResponseCode response) {
      return recorded(RecordedResponse.of(date, response));
    }

    private Builder recorded(RecordedResponse r) {
      LocalDate date = r.date();
      if (!recordedDates.add(date)) {
        throw fail(date, null, "two recorded responses on the same date");
      }
      recorded.add(r);
      return this;
    }

    /**
     * Builds the subject.
     *
     * @throws InvalidSubjectException listing every problem of the whole subject
     */
    public Subject build() {
      if (referenceDate == null) {
        throw fail(null, null, "no reference date (start of treatment)");
      }
      return ImmutableSubject.of(id, referenceDate, ImmutableList.copyOf(lesions),
          ImmutableList.copyOf(assessments), ImmutableList.copyOf(recorded),
          Optional.ofNullable(deathDate), Optional.ofNullable(newTherapyDate));
    }

    private static final int FEW = 8;

    /** The lesion declared with {@code lesionId}, or null. */
    private Lesion lesion(String lesionId) {
      if (lesionsById != null) {
        return lesionsById.get(lesionId);
      }
      for (int i = 0, n = lesions.size(); i < n; i++) {
        if (lesions.get(i).id().equals(lesionId)) {
          return lesions.get(i);
        }
      }
      return null;
    }

    void checkLesion(LocalDate date, String lesionId, LesionRole role) {
      String problem = SubjectChecks.roleProblem(lesion(lesionId), lesionId, role);
      if (problem != null) {
        throw fail(date, lesionId, problem);
      }
    }

    void checkMergeTarget(LocalDate date, String lesionId, String intoId) {
      String problem = SubjectChecks.mergeProblem(lesion(intoId), lesionId, intoId);
      if (problem != null) {
        throw fail(date, lesionId, problem);
      }
    }

    void checkNewLesion(LocalDate date, boolean isBaseline, String newLesionId) {
      String problem = SubjectChecks.newLesionProblem(lesion(newLesionId) != null, isBaseline);
      if (problem != null) {
        throw fail(date, newLesionId, problem);
      }
    }

    private InvalidSubjectException fail(LocalDate date, String lesionId, String message) {
      return new InvalidSubjectException(Problem.error(id, date, lesionId, message));
    }
  }
}
