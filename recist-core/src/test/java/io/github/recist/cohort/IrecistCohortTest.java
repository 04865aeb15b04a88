package io.github.recist.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.model.BestResponseCode;
import io.github.recist.model.Criteria;
import io.github.recist.model.IrecistResponse;
import io.github.recist.model.Response;
import io.github.recist.model.ResponseCode;
import io.github.recist.model.VisitResponse;
import io.github.recist.result.Assessments;
import io.github.recist.result.NewLesionFinding;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimeToEvent;
import io.github.recist.result.TimepointResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The cohort endpoints under iRECIST (Rules R13, R14.11, R14.12): iORR, iDCR, iPFS, the counts of
 * iBOR with iUPD apart from iCPD, and the subjects with a pseudo-progression; and a cohort per
 * criteria. The subjects are results as the engine reports them, built by hand:
 *
 * <pre>
 * I1  iUPD d28, reset to iPR d56 (pseudo-progression), iCR        iBOR iCR    iPFS 200+
 * I2  iUPD d56, iCPD d84: progression dated d56                  iBOR iCPD   iPFS  56
 * I3  iUPD d100, still open at the last visit                    iBOR iUPD   iPFS 100+ (R14.12)
 * I4  iSD                                                        iBOR iSD    iPFS 300+
 * I5  non-target disease only                                    iBOR NON_iCR_NON_iUPD  iPFS 250+
 * </pre>
 *
 * <p>iORR 1/5 (I1); iDCR 3/5 (I1, I4, I5: neither iUPD nor iCPD controls disease); iPFS: one event
 * (day 56) among 5 at risk, S = 0.8 from day 56; the median is not reached.
 */
class IrecistCohortTest {

  static final LocalDate DAY_0 = LocalDate.of(2021, 3, 1);

  static TimepointResult visit(int day, ResponseCode code, boolean reset) {
    return TimepointResult.builder().date(DAY_0.plusDays(day)).target(Response.NA)
        .nonTarget(Response.NA).newLesions(NewLesionFinding.NONE)
        .overallCode(code).reset(reset).build();
  }

  static SubjectAssessment subject(String id, BestResponseCode best, Integer progressionDay, int pfsDays,
      TimepointResult... visits) {
    LocalDate progression = progressionDay == null ? null : DAY_0.plusDays(progressionDay);
    return SubjectAssessment.builder().subjectId(id).referenceDate(DAY_0)
        .criteria(Criteria.IRECIST).bestOverallResponseCode(best)
        .bestOverallResponseDate(visits.length == 0 ? Optional.empty()
            : Optional.of(visits[visits.length - 1].date()))
        .confirmed(false).progressionDate(Optional.ofNullable(progression))
        .progressionFreeSurvival(TimeToEvent.of(DAY_0, DAY_0.plusDays(pfsDays), progression != null))
        .addTimepoints(visits).build();
  }

  static List<SubjectAssessment> fiveSubjects() {
    return List.of(
        subject("I1", IrecistResponse.ICR, null, 200, visit(28, IrecistResponse.IUPD, false),
            visit(56, IrecistResponse.IPR, true), visit(200, IrecistResponse.ICR, false)),
        subject("I2", IrecistResponse.ICPD, 56, 56, visit(56, IrecistResponse.IUPD, false),
            visit(84, IrecistResponse.ICPD, false)),
        subject("I3", IrecistResponse.IUPD, null, 100, visit(100, IrecistResponse.IUPD, false)),
        subject("I4", IrecistResponse.ISD, null, 300, visit(300, IrecistResponse.ISD, false)),
        subject("I5", IrecistResponse.NON_ICR_NON_IUPD, null, 250,
            visit(250, IrecistResponse.NON_ICR_NON_IUPD, false)));
  }

  private final Cohort cohort = Cohort.of(fiveSubjects());

  @Test
  void R14_11_countsEveryIborInRankOrderWithIupdApartFromIcpd() {
    assertEquals(Criteria.IRECIST, cohort.criteria());
    Map<String, Integer> counts = new LinkedHashMap<>();
    cohort.bestResponseCodeCounts().forEach((c, n) -> counts.put(c.code(), n));
    assertEquals("{iCR=1, iPR=0, iSD=1, NON_iCR_NON_iUPD=1, iCPD=1, iUPD=1, NE=0, ND=0, MISSING=0}",
        counts.toString());
    assertEquals(1, cohort.count(IrecistResponse.IUPD));
    assertEquals(2, cohort.count(Response.PD), "iUPD and iCPD are both of category PD");
  }

  @Test
  void R14_11_iorrCountsIcrAndIpr() {
    assertEquals(1, cohort.objectiveResponseRate().successes());
    assertEquals(5, cohort.objectiveResponseRate().trials());
    assertEquals(List.of("I1"), ids(cohort.responders()));
  }

  @Test
  void R14_11_idcrCountsIsdAndNonIcrNonIupdButNeitherProgression() {
    assertEquals(3, cohort.diseaseControlRate().successes());
  }

  @Test
  void R14_12_ipfsHasItsEventAtTheConfirmedIupdAndCensorsAnOpenRun() {
    KaplanMeier ipfs = cohort.progressionFreeSurvival();
    assertEquals(1, ipfs.eventCount());
    assertEquals(4, ipfs.censoredCount(), "I3's open iUPD is no event without the option (R14.12)");
    assertEquals(0.8, ipfs.survivalAt(56), 1e-12);
    assertEquals(1.0, ipfs.survivalAt(55), 1e-12);
    assertTrue(ipfs.median().estimate().isEmpty(), "not reached");
  }

  @Test
  void R14_7_3_pseudoProgressionsAreTheSubjectsWithAReset() {
    assertEquals(List.of("I1"), ids(cohort.pseudoProgressions()));
  }

  @Test
  void theSummaryNamesTheIendpoints() {
    String s = cohort.toString();
    assertTrue(s.startsWith("Cohort of 5 subjects under iRECIST: iCR 1, iSD 1, NON_iCR_NON_iUPD 1, "
        + "iCPD 1, iUPD 1; iORR 1/5 = 20.0%"), s);
    assertTrue(s.contains("; iDCR 3/5 = 60.0%") && s.contains("; median iPFS ")
        && s.contains("; median iDoR "), s);
  }

  @Test
  void aCohortHasOneCriteriaAndByCriteriaSplitsThem() {
    List<SubjectAssessment> mixed = new ArrayList<>(fiveSubjects());
    SubjectAssessment i1 = mixed.get(0);
    SubjectAssessment r1 = SubjectAssessment.builder().from(i1).criteria(Criteria.RECIST_1_1)
        .bestOverallResponseCode(VisitResponse.PD)
        .timepoints(List.of()).build();
    mixed.add(r1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Cohort.of(mixed));
    assertEquals("subject I1 was assessed under IRECIST, subject I1 under RECIST_1_1: a cohort has "
        + "one criteria (Cohort.byCriteria splits them)", e.getMessage());
    Map<Criteria, Cohort> split = Cohort.byCriteria(mixed);
    assertEquals(List.of(Criteria.RECIST_1_1, Criteria.IRECIST), List.copyOf(split.keySet()));
    assertEquals(5, split.get(Criteria.IRECIST).size());
    assertEquals(List.of("I1"), ids(split.get(Criteria.RECIST_1_1).subjects()));
    assertEquals(0, split.get(Criteria.RECIST_1_1).objectiveResponseRate().successes());
  }

  @Test
  void underTakesOneCriteriaOfSubjectsAssessedUnderBoth() {
    SubjectAssessment i1 = fiveSubjects().get(0);
    SubjectAssessment r1 = SubjectAssessment.builder().from(i1).criteria(Criteria.RECIST_1_1)
        .bestOverallResponseCode(VisitResponse.PD)
        .timepoints(List.of()).build();
    Assessments both = Assessments.of(Map.of(Criteria.RECIST_1_1, r1, Criteria.IRECIST, i1));
    assertEquals(1, Cohort.under(Criteria.IRECIST, List.of(both)).objectiveResponseRate().successes());
    assertEquals(0, Cohort.under(Criteria.RECIST_1_1, List.of(both)).objectiveResponseRate()
        .successes());
    assertEquals(Criteria.RECIST_1_1, Cohort.under(Criteria.RECIST_1_1, List.of(both)).criteria());
  }

  private static List<String> ids(List<SubjectAssessment> subjects) {
    List<String> ids = new ArrayList<>();
    subjects.forEach(s -> ids.add(s.subjectId()));
    return ids;
  }
}
