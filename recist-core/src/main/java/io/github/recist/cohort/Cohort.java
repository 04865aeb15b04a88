package io.github.recist.cohort;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.recist.model.Criteria;
import io.github.recist.model.IrecistResponse;
import io.github.recist.model.Response;
import io.github.recist.model.BestResponseCode;
import io.github.recist.model.NoAssessment;
import io.github.recist.model.VisitResponse;
import io.github.recist.result.Assessments;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimeToEvent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The endpoints of a cohort (Rule R13), computed from its subjects' assessments: the count of each
 * best overall response, the objective response rate and the disease control rate with exact
 * Clopper–Pearson intervals, and Kaplan–Meier estimates of progression-free survival and duration
 * of response. A cohort holds subjects assessed under one criteria ({@link #criteria()}); under
 * iRECIST (Rule R14) the same methods give iORR, iDCR, iPFS and iDoR, and {@link #byCriteria} or
 * {@link #under} make one cohort per criteria of subjects assessed under both.
 *
 * <pre>{@code
 * List<SubjectAssessment> assessed = subjects.stream().map(s -> Recist11.assess(s, protocol)).toList();
 * Cohort cohort = Cohort.of(assessed);
 * cohort.objectiveResponseRate();                    // 5/12 = 41.7% (95% CI 15.2%–72.3%)
 * cohort.diseaseControlRate();
 * cohort.progressionFreeSurvival().median();         // days, with its Brookmeyer–Crowley interval
 * cohort.progressionFreeSurvival().at(Cohort.monthsToDays(6)); // the 6-month PFS rate
 * cohort.withConfidenceLevel(0.90).objectiveResponseRate();
 * }</pre>
 *
 * <ul>
 *   <li>The <b>objective response rate</b> is the share of subjects whose best overall response is
 *       CR or PR; the <b>disease control rate</b> counts SD and NON_CR_NON_PD too (Rule R13). The
 *       denominator is every subject of the cohort, NE, ND and MISSING included, as an
 *       intention-to-treat analysis.
 *   <li><b>Progression-free survival</b> is the Kaplan–Meier estimate of every subject's {@link
 *       SubjectAssessment#progressionFreeSurvival()}, in days from the reference date. The engine
 *       has already made death an event and censored at the last evaluable assessment before a new
 *       anti-cancer therapy ({@code rules.Endpoints}).
 *   <li><b>Duration of response</b> is the Kaplan–Meier estimate over the responders only, of
 *       {@link SubjectAssessment#durationOfResponse()}, in days from the first visit of the
 *       response.
 * </ul>
 *
 * <p>Times are days. <b>Convention:</b> a month is {@value #DAYS_PER_MONTH} days (a year of
 * {@value #DAYS_PER_YEAR} days over 12), so 6 months are 182.625 days and 12 months 365.25 days;
 * {@link #monthsToDays(double)} converts. Note that with the default one-year evaluation window (Rule R10)
 * nobody is followed past day 365, so the 12-month rate is not estimable ({@link
 * KaplanMeier#at(double)} is empty) unless the curve has reached 0.
 */
public final class Cohort {
  /** Days in a year: 365.25, the convention of the month below. */
  public static final double DAYS_PER_YEAR = 365.25;
  /** Days in a month: 365.25 / 12 = 30.4375. */
  public static final double DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

  /** The best overall responses a subject can have (Rule R12), in rank order. */
  private static final ImmutableList<Response> BEST_RESPONSES = ImmutableList.of(Response.CR,
      Response.PR, Response.SD, Response.NON_CR_NON_PD, Response.PD, Response.NE, Response.ND,
      Response.MISSING);

  /**
   * The best overall response codes of iRECIST (Rule R14.11), in rank order: iCR, iPR, iSD,
   * NON_iCR_NON_iUPD, iCPD, iUPD, NE, ND, MISSING.
   */
  private static final ImmutableList<BestResponseCode> IRECIST_BEST_RESPONSES = ImmutableList.of(
      IrecistResponse.ICR, IrecistResponse.IPR, IrecistResponse.ISD,
      IrecistResponse.NON_ICR_NON_IUPD, IrecistResponse.ICPD, IrecistResponse.IUPD,
      VisitResponse.NE, VisitResponse.ND, NoAssessment.MISSING);

  private final ImmutableList<SubjectAssessment> subjects;
  private final Criteria criteria;
  private final double level;
  private final ConfidenceTransform transform;

  private Cohort(ImmutableList<SubjectAssessment> subjects, double level,
      ConfidenceTransform transform) {
    this.subjects = subjects;
    this.criteria = subjects.get(0).criteria();
    this.level = level;
    this.transform = transform;
  }

  /**
   * The cohort of {@code assessments}, all under one criteria ({@link #criteria()}), with 95 %
   * intervals and log-log bands.
   *
   * @throws IllegalArgumentException if there is no assessment, two share a subject id, or they
   *     were assessed under different criteria (then {@link #byCriteria} splits them)
   */
  public static Cohort of(Iterable<SubjectAssessment> assessments) {
    ImmutableList<SubjectAssessment> list = ImmutableList.copyOf(assessments);
    checkArgument(!list.isEmpty(), "a cohort needs at least one subject assessment, got none");
    Set<String> ids = new HashSet<>();
    Criteria criteria = list.get(0).criteria();
    for (SubjectAssessment a : list) {
      checkArgument(a.criteria() == criteria, "subject %s was assessed under %s, subject %s under "
          + "%s: a cohort has one criteria (Cohort.byCriteria splits them)", list.get(0).subjectId(),
          criteria, a.subjectId(), a.criteria());
      checkArgument(ids.add(a.subjectId()),
          "subject %s is in the cohort twice: each subject is assessed once", a.subjectId());
    }
    return new Cohort(list, Proportion.DEFAULT_CONFIDENCE_LEVEL, ConfidenceTransform.DEFAULT);
  }

  /**
   * One cohort per criteria of {@code assessments}, in the order of {@link Criteria}: the same
   * subjects under RECIST 1.1 and under iRECIST side by side (Rule R14), each subject once per
   * criteria.
   *
   * <pre>{@code
   * Cohort irecist = Cohort.byCriteria(assessments).get(Criteria.IRECIST);
   * irecist.objectiveResponseRate();   // iORR
   * }</pre>
   *
   * @throws IllegalArgumentException if there is no assessment, or a subject is twice under one
   *     criteria
   */
  public static ImmutableMap<Criteria, Cohort> byCriteria(Iterable<SubjectAssessment> assessments) {
    Map<Criteria, List<SubjectAssessment>> split = new EnumMap<>(Criteria.class);
    for (SubjectAssessment a : assessments) {
      split.computeIfAbsent(a.criteria(), c -> new ArrayList<>()).add(a);
    }
    checkArgument(!split.isEmpty(), "a cohort needs at least one subject assessment, got none");
    ImmutableMap.Builder<Criteria, Cohort> cohorts = ImmutableMap.builder();
    split.forEach((c, list) -> cohorts.put(c, of(list)));
    return cohorts.build();
  }

  /**
   * The cohort of the subjects of {@code assessments} under {@code criteria}: from {@code
   * Recist11.assessUnder}, each subject under both criteria, the cohort of one of them.
   *
   * @throws IllegalArgumentException if there is no subject, two share an id, or a subject was not
   *     assessed under {@code criteria}
   */
  public static Cohort under(Criteria criteria, Iterable<Assessments> assessments) {
    List<SubjectAssessment> list = new ArrayList<>();
    assessments.forEach(a -> list.add(a.under(criteria)));
    return of(list);
  }

  /**
   * {@code months} months in days, by the convention of {@link #DAYS_PER_MONTH}: {@code
   * monthsToDays(6)} is 182.625, the day of the 6-month landmark.
   */
  public static double monthsToDays(double months) {
    return months * DAYS_PER_MONTH;
  }

  /**
   * The same cohort with every interval (rates, bands, medians) at confidence {@code level}.
   *
   * @throws IllegalArgumentException if the level is not strictly between 0 and 1
   */
  public Cohort withConfidenceLevel(double level) {
    return new Cohort(subjects, ConfidenceInterval.checkLevel(level), transform);
  }

  /** The same cohort with the Kaplan–Meier bands and median intervals on the scale of {@code transform}. */
  public Cohort withTransform(ConfidenceTransform transform) {
    return new Cohort(subjects, level, checkNotNull(transform, "transform"));
  }

  /**
   * The criteria its subjects were assessed under: under {@link Criteria#IRECIST} the rates and
   * estimates are the iRECIST endpoints, iORR, iDCR, iPFS and iDoR (Rules R14.11, R14.12).
   */
  public Criteria criteria() {
    return criteria;
  }

  /** The confidence level of every interval. */
  public double confidenceLevel() {
    return level;
  }

  /** The scale of the Kaplan–Meier bands. */
  public ConfidenceTransform transform() {
    return transform;
  }

  /** The subjects' assessments, in the order given. */
  public ImmutableList<SubjectAssessment> subjects() {
    return subjects;
  }

  /** The number of subjects. */
  public int size() {
    return subjects.size();
  }

  /**
   * How many subjects have each best overall response, in rank order CR, PR, SD, NON_CR_NON_PD, PD,
   * NE, ND, MISSING (Rule R12), each present, 0 included.
   */
  public ImmutableMap<Response, Integer> bestResponseCounts() {
    Map<Response, Integer> counts = new EnumMap<>(Response.class);
    BEST_RESPONSES.forEach(r -> counts.put(r, 0));
    subjects.forEach(s -> counts.merge(s.bestOverallResponse(), 1, Integer::sum));
    return ImmutableMap.copyOf(counts);
  }

  /**
   * How many subjects have each best overall response code of the cohort's criteria, in rank
   * order, each present, 0 included: under RECIST 1.1 as {@link #bestResponseCounts()}; under
   * iRECIST iCR, iPR, iSD, NON_iCR_NON_iUPD, iCPD, iUPD, NE, ND, MISSING (Rule R14.11), so that
   * a progression not confirmed (iUPD) is told apart from a confirmed one (iCPD).
   */
  public ImmutableMap<BestResponseCode, Integer> bestResponseCodeCounts() {
    List<BestResponseCode> codes = criteria == Criteria.IRECIST ? IRECIST_BEST_RESPONSES
        : BEST_RESPONSES.stream().map(Criteria.RECIST_1_1::code)
            .collect(ImmutableList.toImmutableList());
    Map<BestResponseCode, Integer> counts = new LinkedHashMap<>();
    codes.forEach(c -> counts.put(c, 0));
    subjects.forEach(s -> counts.merge(s.bestOverallResponseCode(), 1, Integer::sum));
    return ImmutableMap.copyOf(counts);
  }

  /**
   * How many subjects have best overall response code {@code code} ({@link
   * SubjectAssessment#bestOverallResponseCode()}): {@code count(IrecistResponse.IUPD)} in an
   * iRECIST cohort.
   */
  public int count(BestResponseCode code) {
    return (int) subjects.stream().filter(s -> s.bestOverallResponseCode() == code).count();
  }

  /**
   * The subjects with a pseudo-progression: an iRECIST visit in the evaluation window that closed a
   * run of unconfirmed progression (a reset, Rule R14.7.3); empty under RECIST 1.1.
   */
  public ImmutableList<SubjectAssessment> pseudoProgressions() {
    return subjects.stream()
        .filter(s -> s.timepoints().stream().anyMatch(t -> t.reset() && t.withinWindow()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * How many subjects have best overall response {@code response}.
   *
   * @throws IllegalArgumentException for {@link Response#NA}, which is never a best response
   */
  public int count(Response response) {
    checkArgument(BEST_RESPONSES.contains(response),
        "%s is not a best overall response (CR, PR, SD, NON_CR_NON_PD, PD, NE, ND or MISSING)",
        response);
    return (int) subjects.stream().filter(s -> s.bestOverallResponse() == response).count();
  }

  /** The subjects whose best overall response is CR or PR. */
  public ImmutableList<SubjectAssessment> responders() {
    return subjects.stream().filter(SubjectAssessment::isResponder)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The objective response rate (Rule R13): CR + PR over all subjects, with its exact interval;
   * under iRECIST the iORR, iCR + iPR (Rule R14.11).
   */
  public Proportion objectiveResponseRate() {
    return Proportion.of(responders().size(), size(), level);
  }

  /**
   * The disease control rate (Rule R13): CR + PR + SD + NON_CR_NON_PD over all subjects, with its
   * exact interval; under iRECIST the iDCR, iCR + iPR + iSD + NON_iCR_NON_iUPD (neither iUPD nor
   * iCPD counts).
   */
  public Proportion diseaseControlRate() {
    int controlled = (int) subjects.stream()
        .filter(s -> s.bestOverallResponse().isDiseaseControl()).count();
    return Proportion.of(controlled, size(), level);
  }

  /**
   * Progression-free survival of every subject (Rule R13), in days from the reference date; under
   * iRECIST the iPFS, whose event is the iRECIST {@code progressionDate} (the iUPD a later iCPD
   * confirmed, Rule R14.12) or death.
   */
  public KaplanMeier progressionFreeSurvival() {
    return configure(KaplanMeier.of(subjects.stream()
        .map(SubjectAssessment::progressionFreeSurvival).collect(ImmutableList.toImmutableList())));
  }

  /**
   * Duration of response of the responders (Rule R13), in days from the first visit of the
   * response; an estimate of no observation when nobody responded. Under iRECIST the iDoR, which a
   * reset iUPD does not end (Rule R14.12).
   */
  public KaplanMeier durationOfResponse() {
    return configure(KaplanMeier.of(subjects.stream().map(SubjectAssessment::durationOfResponse)
        .flatMap(Optional::stream).collect(ImmutableList.<TimeToEvent>toImmutableList())));
  }

  private KaplanMeier configure(KaplanMeier km) {
    return km.withConfidenceLevel(level).withTransform(transform);
  }

  /**
   * Prints a summary: size, best responses, ORR, DCR, the medians of PFS and DoR in days.
   */
  @Override
  public String toString() {
    String i = criteria == Criteria.IRECIST ? "i" : "";
    StringBuilder s = new StringBuilder("Cohort of ").append(size())
        .append(size() == 1 ? " subject" : " subjects")
        .append(criteria == Criteria.IRECIST ? " under iRECIST: " : ": ");
    bestResponseCodeCounts().forEach((r, n) -> {
      if (n > 0) {
        s.append(r.code()).append(' ').append(n).append(", ");
      }
    });
    s.setLength(s.length() - 2);
    return s.append("; ").append(i).append("ORR ").append(objectiveResponseRate()).append("; ")
        .append(i).append("DCR ").append(diseaseControlRate()).append("; median ").append(i)
        .append("PFS ").append(progressionFreeSurvival().median()).append(" days; median ")
        .append(i).append("DoR ").append(durationOfResponse().median()).append(" days")
        .toString();
  }
}
