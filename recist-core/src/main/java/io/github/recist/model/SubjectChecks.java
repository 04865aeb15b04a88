package io.github.recist.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The well-formedness checks of a subject's data: what must hold before any rule can be applied.
 * Protocol deviations (Rules R1–R3) are not checked here but by the rules, as warnings.
 */
final class SubjectChecks {
  /** The message for a symptom-driven baseline (case format, iRECIST errors). */
  static final String SYMPTOM_DRIVEN_BASELINE =
      "symptomDriven on the baseline: only a follow-up scan can be done for a new symptom (R14.5)";

  private SubjectChecks() {}

  static List<Problem> check(Subject s) {
    List<Problem> problems = new ArrayList<>();
    String id = s.id();
    if (id.isEmpty()) {
      problems.add(Problem.error("", null, null, "a subject needs a non-empty id"));
    }
    boolean measured = !s.lesions().isEmpty() || !s.assessments().isEmpty();
    if (measured && !s.recordedResponses().isEmpty()) {
      problems.add(Problem.error(id, null, null,
          "mixes measurements (lesions, baseline) with recorded visit responses; use one or the other"));
      return problems;
    }
    checkDates(s, problems);
    if (!measured) {
      checkRecorded(s, problems);
      return problems;
    }
    if (s.lesions().isEmpty()) {
      problems.add(Problem.error(id, null, null,
          "has assessments but no lesions: a subject with neither targets nor non-targets cannot be assessed (R9)"));
    }
    // Subject.Builder, which alone makes subjects, refuses at once a lesion id declared twice, a
    // second baseline and two assessments on one date (Subject.Builder#lesion, #assessment): what
    // remains to check here is what a builder cannot know until the whole subject is there.
    List<Lesion> declared = s.lesions();
    // a few lesions (the common case): found in their list, with no map made
    Map<String, Lesion> lesions = declared.size() > SCANNED ? s.lesionsById() : null;
    List<Lesion> targets = s.targets();
    List<Lesion> nonTargets = s.nonTargets();
    Assessment baseline = baselineOrNull(s);
    LocalDate baselineDate = baseline == null ? null : baseline.date();
    List<Assessment> assessments = s.assessments();
    if (baselineDate == null) {
      problems.add(Problem.error(id, null, null,
          "no baseline assessment: mark one assessment \"baseline\": true (in Java, Subject.Builder.baseline)"));
    }
    for (int i = 0, n = assessments.size(); i < n; i++) {
      Assessment a = assessments.get(i);
      if (baselineDate != null && !a.baseline() && a.date().isBefore(baselineDate)) {
        problems.add(Problem.error(id, a.date(), null,
            "assessment dated before the baseline (" + baselineDate + ")"));
      } else if (!a.baseline() && a.date().isBefore(s.referenceDate())) {
        problems.add(beforeReference(id, a.date(), s.referenceDate(), "follow-up assessment"));
      }
      checkAssessment(id, a, declared, lesions, targets, nonTargets, problems);
    }
    checkNewLesionsAcrossVisits(s, problems);
    return problems;
  }

  /** Up to this many lesions are looked up in their list, not in {@link Subject#lesionsById()}. */
  private static final int SCANNED = 8;

  /**
   * The declared lesion {@code lesionId}, or null: looked up in {@code byId} when there is one,
   * else found in {@code declared} (each id there once).
   */
  private static Lesion lesion(List<Lesion> declared, Map<String, Lesion> byId, String lesionId) {
    if (byId != null) {
      return byId.get(lesionId);
    }
    for (int i = 0, n = declared.size(); i < n; i++) {
      Lesion l = declared.get(i);
      if (l.id().equals(lesionId)) {
        return l;
      }
    }
    return null;
  }

  /**
   * {@link #lesion(List, Map, String)}, tried first at position {@code hint} of {@code ofRole}
   * (the lesions of the role recorded), as an assessment mostly records its lesions in the order
   * declared: one comparison of ids instead of a search of every lesion declared before (issue 14).
   * The same lesion either way, as each id is declared once.
   */
  private static Lesion lesion(List<Lesion> declared, Map<String, Lesion> byId,
      List<Lesion> ofRole, int hint, String lesionId) {
    if (hint < ofRole.size()) {
      Lesion l = ofRole.get(hint);
      if (l.id().equals(lesionId)) {
        return l;
      }
    }
    return lesion(declared, byId, lesionId);
  }

  private static final boolean[] NONE_OF_ONE = new boolean[1];
  private static final boolean[] NONE_OF_NONE = new boolean[0];

  /**
   * For each new lesion of {@code newLesions}, whether its id is that of a new lesion before it (a
   * set: linear in time however long the list; made only for two new lesions or more). The result
   * is only read.
   */
  private static boolean[] repeatedIds(List<NewLesion> newLesions) {
    int n = newLesions.size();
    if (n < 2) {
      return n == 0 ? NONE_OF_NONE : NONE_OF_ONE;
    }
    return repeatedIdsInSet(newLesions);
  }

  /** {@link #repeatedIds} of two new lesions or more: out of line, as few visits report two. */
  private static boolean[] repeatedIdsInSet(List<NewLesion> newLesions) {
    int n = newLesions.size();
    boolean[] repeated = new boolean[n];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < n; i++) {
      repeated[i] = !seen.add(newLesions.get(i).id());
    }
    return repeated;
  }

  /** Whether a follow-up of {@code s} reports a new lesion ({@link Subject#hasNewLesions()}). */
  static boolean anyNewLesion(Subject s) {
    List<Assessment> assessments = s.assessments();
    for (int i = 0, n = assessments.size(); i < n; i++) {
      Assessment a = assessments.get(i);
      if (!a.baseline() && !a.newLesions().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The first assessment marked baseline, or null when there is none. */
  static Assessment baselineOrNull(Subject s) {
    List<Assessment> assessments = s.assessments();
    for (int i = 0; i < assessments.size(); i++) {
      if (assessments.get(i).baseline()) {
        return assessments.get(i);
      }
    }
    return null;
  }

  /**
   * The new lesions' reports across visits, in date order (case format, iRECIST errors): the first
   * report of an id fixes its role, nodal and site; an unequivocal lesion is never later equivocal.
   * Each id's first report is found in a short list (a subject reports a few new lesions), and a
   * message is made only for a report that is wrong ({@link #newLesionChanged}), so that a subject
   * whose new lesions are reported again as before costs no map and no string (issue 14).
   */
  private static void checkNewLesionsAcrossVisits(Subject s, List<Problem> problems) {
    boolean any = anyNewLesion(s);
    s.newLesionsFound(any);
    if (!any) {
      return; // the common case: nothing to compare, no copy of the assessments to sort
    }
    List<Assessment> inOrder = new ArrayList<>(s.assessments());
    inOrder.sort(null);
    Reports reports = new Reports();
    for (int i = 0, n = inOrder.size(); i < n; i++) {
      Assessment a = inOrder.get(i);
      if (a.baseline()) {
        continue;
      }
      List<NewLesion> reported = a.newLesions();
      for (int j = 0, m = reported.size(); j < m; j++) {
        NewLesion lesion = reported.get(j);
        Report first = reports.of(lesion.id());
        if (first == null) {
          first = reports.add(lesion, a.date());
        } else if (first.lesion.role() != lesion.role() || first.lesion.nodal() != lesion.nodal()
            || !first.lesion.site().equals(lesion.site())) {
          newLesionChanged(s.id(), a.date(), lesion, first, problems);
        }
        if (lesion.isUnequivocal()) {
          if (first.unequivocalOn == null) {
            first.unequivocalOn = a.date();
          }
        } else if (first.unequivocalOn != null) {
          problems.add(Problem.error(s.id(), a.date(), lesion.id(), "new lesion reported EQUIVOCAL "
              + "after it was UNEQUIVOCAL on " + first.unequivocalOn
              + ": an unequivocal new lesion stays unequivocal"));
        }
      }
    }
  }

  /** A new lesion's first report, its date, and the date it was first reported unequivocal. */
  private static final class Report {
    final NewLesion lesion;
    final LocalDate date;
    LocalDate unequivocalOn;

    Report(NewLesion lesion, LocalDate date) {
      this.lesion = lesion;
      this.date = date;
    }
  }

  /**
   * The first report of each new lesion's id: found in a list while there are few, in a map once
   * there are more than {@link SubjectChecks#SCANNED}, so that a subject of very many new lesions
   * is still checked in linear time.
   */
  private static final class Reports {
    private final List<Report> few = new ArrayList<>(4);
    private Map<String, Report> many;

    Report of(String id) {
      if (many != null) {
        return many.get(id);
      }
      for (int i = 0, n = few.size(); i < n; i++) {
        Report r = few.get(i);
        if (r.lesion.id().equals(id)) {
          return r;
        }
      }
      return null;
    }

    Report add(NewLesion lesion, LocalDate date) {
      Report r = new Report(lesion, date);
      if (many != null) {
        many.put(lesion.id(), r);
      } else {
        few.add(r);
        if (few.size() > SCANNED) {
          many = new java.util.HashMap<>();
          for (Report each : few) {
            many.put(each.lesion.id(), each);
          }
        }
      }
      return r;
    }
  }

  /**
   * The problems of a new lesion reported again with another role, nodal flag or site than its
   * first report gave it (Rule R14.2), in that order; out of line, as they are rare.
   */
  private static void newLesionChanged(String id, LocalDate date, NewLesion n, Report first,
      List<Problem> problems) {
    NewLesion f = first.lesion;
    String was = "first reported on " + first.date;
    if (f.role() != n.role()) {
      problems.add(Problem.error(id, date, n.id(), "new lesion reported as " + n.role()
          + ", " + was + " as " + f.role() + ": the first report fixes the role (R14.2)"));
    }
    if (f.nodal() != n.nodal()) {
      problems.add(Problem.error(id, date, n.id(), "new lesion reported "
          + (n.nodal() ? "nodal" : "not nodal") + ", " + was + " as "
          + (f.nodal() ? "nodal" : "not nodal") + ": the first report fixes it (R14.2)"));
    }
    if (!f.site().equals(n.site())) {
      problems.add(Problem.error(id, date, n.id(), "new lesion reported in " + n.site()
          + ", " + was + " in " + f.site() + ": the first report fixes the site"));
    }
  }

  /**
   * The errors of {@code s} under {@code criteria}: recorded responses in the codes of the other
   * criteria (i-codes under RECIST 1.1, RECIST 1.1 codes other than NE and ND under iRECIST; Rule
   * R14.13).
   */
  static List<Problem> criteriaProblems(Subject s, Criteria criteria) {
    List<Problem> problems = new ArrayList<>(0);
    for (RecordedResponse r : s.recordedResponses()) {
      ResponseCode code = r.code();
      if (!criteria.allows(code)) {
        problems.add(Problem.error(s.id(), r.date(), null, code.code() + " is "
            + (code instanceof IrecistResponse ? "an iRECIST" : "a RECIST 1.1") + " response; under "
            + criteria + " a visit response is " + criteria.recordableCodes()));
      }
    }
    return problems;
  }

  private static void checkRecorded(Subject s, List<Problem> problems) {
    SeenOnce dates = new SeenOnce();
    for (RecordedResponse r : s.recordedResponses()) {
      if (!dates.add(r.date())) {
        problems.add(Problem.error(s.id(), r.date(), null, "two recorded responses on the same date"));
      }
      if (r.date().isBefore(s.referenceDate())) {
        problems.add(beforeReference(s.id(), r.date(), s.referenceDate(), "recorded response"));
      }
    }
  }

  /**
   * The dates of the subject's course: death, and the start of a new therapy, cannot come before the
   * start of treatment (Rules R10, R13), so that no endpoint is ever a negative time.
   */
  private static void checkDates(Subject s, List<Problem> problems) {
    LocalDate reference = s.referenceDate();
    Assessment baselineAssessment = baselineOrNull(s);
    LocalDate baseline = baselineAssessment == null ? null : baselineAssessment.date();
    if (s.deathDate().isPresent() && baseline != null && s.deathDate().get().isBefore(baseline)) {
      problems.add(Problem.error(s.id(), s.deathDate().get(), null,
          "date of death before the baseline assessment of " + baseline + " (R13)"));
    } else if (s.deathDate().isPresent() && s.deathDate().get().isBefore(reference)) {
      problems.add(Problem.error(s.id(), s.deathDate().get(), null, "date of death before the "
          + "reference date " + reference + " (start of treatment): progression-free survival "
          + "cannot start after it (R13)"));
    }
    if (s.newTherapyDate().isPresent() && s.newTherapyDate().get().isBefore(reference)) {
      problems.add(Problem.error(s.id(), s.newTherapyDate().get(), null, "new anti-cancer therapy "
          + "started before the reference date " + reference + " (start of treatment) (R10, R13)"));
    }
  }

  /** A follow-up dated before the start of treatment: an error (Rule R10), usually a mistyped date. */
  private static Problem beforeReference(String id, LocalDate date, LocalDate reference, String what) {
    return Problem.error(id, date, null, what + " dated before the reference date " + reference
        + " (start of treatment): it cannot measure a response to a treatment not yet given (R10)");
  }

  /**
   * Checks one assessment's lesion ids against the declared lesions and, when every id is that of
   * a lesion of its role, indexes the assessment's values by the lesions' positions in {@code
   * targets} and {@code nonTargets} ({@link Assessment#targetValues}), from the lookups made here.
   * The values are read as recorded, by position, with no map made; whatever is wrong is reported
   * out of line ({@link #targetProblems}), so that the common path stays small (issue 14).
   */
  private static void checkAssessment(String id, Assessment a, List<Lesion> declared,
      Map<String, Lesion> lesions, List<Lesion> targets, List<Lesion> nonTargets,
      List<Problem> problems) {
    Assessment.Recorded<TargetValue> recordedTargets = a.recordedTargets();
    Assessment.Recorded<NonTargetStatus> recordedNonTargets = a.recordedNonTargets();
    Object[] values = new Object[targets.size()];
    Object[] statuses = new Object[nonTargets.size()];
    boolean indexed = true;
    boolean wrong = false;
    for (int i = 0, n = recordedTargets.size(); i < n; i++) {
      Lesion lesion = lesion(declared, lesions, targets, i, recordedTargets.id(i));
      if (lesion == null || lesion.role() != LesionRole.TARGET) {
        wrong = true;
        continue;
      }
      TargetValue v = recordedTargets.value(i);
      indexed &= put(targets, lesion, i, values, v);
      wrong |= v.kind() == TargetValue.Kind.MERGED;
    }
    for (int i = 0, n = recordedNonTargets.size(); i < n; i++) {
      Lesion lesion = lesion(declared, lesions, nonTargets, i, recordedNonTargets.id(i));
      if (lesion == null || lesion.role() != LesionRole.NON_TARGET) {
        wrong = true;
        continue;
      }
      indexed &= put(nonTargets, lesion, i, statuses, recordedNonTargets.value(i));
    }
    if (wrong) {
      indexed &= targetProblems(id, a, declared, lesions, problems);
    }
    if (indexed) {
      a.indexFor(targets, values, nonTargets, statuses);
    }
    if (a.baseline()) {
      checkBaseline(id, a, declared, lesions, problems);
    } else if (!a.newLesions().isEmpty()) {
      checkNewLesions(id, a, declared, lesions, problems);
    }
  }

  /**
   * The problems of an assessment's recorded targets and non-targets, in the order recorded
   * (targets first): lesions not declared or not of the role, merges into no target; true when
   * every id is that of a lesion of its role (a merge may still be wrong).
   */
  private static boolean targetProblems(String id, Assessment a, List<Lesion> declared,
      Map<String, Lesion> lesions, List<Problem> problems) {
    LocalDate date = a.date();
    boolean roles = true;
    Assessment.Recorded<TargetValue> recorded = a.recordedTargets();
    for (int i = 0, n = recorded.size(); i < n; i++) {
      String lesionId = recorded.id(i);
      String role = roleProblem(lesion(declared, lesions, lesionId), lesionId,
          LesionRole.TARGET);
      if (role != null) {
        problems.add(Problem.error(id, date, lesionId, role));
        roles = false;
        continue;
      }
      TargetValue v = recorded.value(i);
      if (v.kind() == TargetValue.Kind.MERGED) {
        String into = v.mergedIntoId();
        String merge = mergeProblem(lesion(declared, lesions, into), lesionId, into);
        if (merge == null && a.target(into).kind() == TargetValue.Kind.MERGED) {
          merge = "merged into " + Problem.shown(into) + ", which is itself merged into another lesion";
        }
        if (merge != null) {
          problems.add(Problem.error(id, date, lesionId, merge));
        }
      }
    }
    Assessment.Recorded<NonTargetStatus> nonTargets = a.recordedNonTargets();
    for (int i = 0, n = nonTargets.size(); i < n; i++) {
      String lesionId = nonTargets.id(i);
      String role = roleProblem(lesion(declared, lesions, lesionId), lesionId,
          LesionRole.NON_TARGET);
      if (role != null) {
        problems.add(Problem.error(id, date, lesionId, role));
        roles = false;
      }
    }
    return roles;
  }

  /**
   * The baseline's own problems: symptom-driven (R14.5), new lesions reported, a target without a
   * baseline diameter, in that order.
   */
  private static void checkBaseline(String id, Assessment a, List<Lesion> declared,
      Map<String, Lesion> lesions, List<Problem> problems) {
    if (a.symptomDriven()) {
      problems.add(Problem.error(id, a.date(), null, SYMPTOM_DRIVEN_BASELINE));
    }
    if (!a.newLesions().isEmpty()) {
      checkNewLesions(id, a, declared, lesions, problems);
    }
    for (Lesion l : lesions == null ? declared : lesions.values()) {
      if (l.isTarget()) {
        String problem = baselineValueProblem(a.recordedTargets().get(l.id()));
        if (problem != null) {
          problems.add(Problem.error(id, a.date(), l.id(), problem));
        }
      }
    }
  }

  /** The problems of the new lesions an assessment reports, in the order reported. */
  private static void checkNewLesions(String id, Assessment a, List<Lesion> declared,
      Map<String, Lesion> lesions, List<Problem> problems) {
    List<NewLesion> newLesions = a.newLesions();
    boolean[] reportedBefore = repeatedIds(newLesions);
    for (int i = 0; i < newLesions.size(); i++) {
      NewLesion n = newLesions.get(i);
      String problem = newLesionProblem(lesion(declared, lesions, n.id()) != null,
          a.baseline());
      if (problem == null && reportedBefore[i]) {
        problem = "new lesion reported twice at this time point";
      }
      if (problem != null) {
        problems.add(Problem.error(id, a.date(), n.id(), problem));
      }
    }
  }

  /**
   * Puts {@code value} at the position of {@code lesion} in {@code lesions} (compared by identity;
   * tried first at {@code hint}, as an assessment mostly records its lesions in the order
   * declared); false when the lesion is not there or its position is taken.
   */
  private static boolean put(List<Lesion> lesions, Lesion lesion, int hint, Object[] values,
      Object value) {
    int p = hint < values.length && lesions.get(hint) == lesion ? hint : lesions.indexOf(lesion);
    if (p < 0 || values[p] != null) {
      return false;
    }
    values[p] = value;
    return true;
  }

  /** Why {@code lesionId} cannot be recorded in the given role, or null when it can. */
  static String roleProblem(Lesion lesion, String lesionId, LesionRole role) {
    if (lesion == null) {
      return "no lesion " + Problem.shown(lesionId) + " was declared at baseline";
    }
    if (lesion.role() != role) {
      return role == LesionRole.TARGET
          ? "is a non-target lesion; record it under nonTargets"
          : "is a target lesion; record it under targets";
    }
    return null;
  }

  /** Why target {@code lesionId} cannot merge into {@code into}, or null when it can. */
  static String mergeProblem(Lesion into, String lesionId, String intoId) {
    if (lesionId.equals(intoId)) {
      return "cannot merge into itself";
    }
    if (into == null) {
      return "merged into " + Problem.shown(intoId) + ", which is not a declared lesion";
    }
    if (!into.isTarget()) {
      return "merged into " + Problem.shown(intoId)
          + ", which is a non-target; a target can only merge into a target";
    }
    return null;
  }

  /** Why a new lesion cannot be recorded, or null when it can. */
  static String newLesionProblem(boolean idOfBaselineLesion, boolean atBaseline) {
    if (atBaseline) {
      return "a baseline assessment cannot report new lesions";
    }
    if (idOfBaselineLesion) {
      return "new lesion has the id of a lesion declared at baseline";
    }
    return null;
  }

  private static String baselineValueProblem(TargetValue v) {
    if (v == null || v.kind() == TargetValue.Kind.NOT_EVALUABLE) {
      return "target not measured at baseline; every target needs a baseline diameter";
    }
    switch (v.kind()) {
      case MEASURED:
        return v.diameter().isZero() ? "target measures 0 mm at baseline; a target must be present" : null;
      case FRAGMENTS:
        return null;
      case TOO_SMALL:
        return null; // not measurable: an R1 warning, counting 5 mm (R4), not a refusal
      case MERGED:
        return "target merged at baseline; a target needs its own baseline diameter";
      default:
        return "target not measured at baseline";
    }
  }
}
