package io.github.recist.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Recist11;
import io.github.recist.cohort.Cohort;
import io.github.recist.cohort.KaplanMeier;
import io.github.recist.examples.json.CaseReader;
import io.github.recist.examples.json.CaseSource;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.testing.Pins;
import java.io.IOException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cohort endpoints (Rule R13) of the example cohort {@code data/sarcoma-car-t-cohort.json},
 * against values derived by hand from the best responses, progression dates and last evaluable
 * visits that {@code SarcomaCohortTest} derives subject by subject.
 */
class ExampleCohortEndpointsTest {

  private static final double EXACT = 1e-9;
  private static Cohort cohort;

  @BeforeAll
  static void assessTheExampleCohort() throws IOException {
    List<SubjectAssessment> assessed = new ArrayList<>();
    try (CaseSource source = CaseSource.of(Paths.get("data", "sarcoma-car-t-cohort.json"))) {
      CaseReader reader = new CaseReader(false);
      CaseReader.Check check = reader.check(source, p -> { }, () -> { });
      assertTrue(check.ok());
      Protocol protocol = check.protocol();
      reader.read(source, s -> assessed.add(Recist11.assess(s, protocol)));
    }
    cohort = Cohort.of(assessed);
  }

  @Pins("R12.4")
  @Test
  void R13_bestResponseCountsOfTheTwentySubjects() {
    // CR: SARC-001, 005, 016, 019; PR: 002, 011, 012, 014, 020; SD: 003, 004, 015, 017;
    // NON_CR_NON_PD: 006; PD: 007, 010, 013; NE: 008; ND: 018; MISSING: 009.
    assertEquals(20, cohort.size());
    assertEquals(4, cohort.count(Response.CR));
    assertEquals(5, cohort.count(Response.PR));
    assertEquals(4, cohort.count(Response.SD));
    assertEquals(1, cohort.count(Response.NON_CR_NON_PD));
    assertEquals(3, cohort.count(Response.PD));
    assertEquals(1, cohort.count(Response.NE));
    assertEquals(1, cohort.count(Response.ND));
    assertEquals(1, cohort.count(Response.MISSING));
  }

  @Pins("R13.5")
  @Test
  void R13_objectiveResponseRateIsNineOfTwentyWithItsExactInterval() {
    // Clopper–Pearson for 9/20: P(X >= 9 | p = 0.230578) = 0.025 and P(X <= 9 | p = 0.684722) = 0.025
    // (solved by bisection on the binomial distribution, independently of Commons Math).
    var orr = cohort.objectiveResponseRate();
    assertEquals(9, orr.successes());
    assertEquals(20, orr.trials());
    assertEquals(0.230578, orr.interval().lower(), 1e-6);
    assertEquals(0.684722, orr.interval().upper(), 1e-6);
  }

  @Pins("R13.5")
  @Test
  void R13_diseaseControlRateIsFourteenOfTwentyWithItsExactInterval() {
    // CR 4 + PR 5 + SD 4 + NON_CR_NON_PD 1 = 14; Clopper–Pearson 0.457211 to 0.881068.
    var dcr = cohort.diseaseControlRate();
    assertEquals(14, dcr.successes());
    assertEquals(0.457211, dcr.interval().lower(), 1e-6);
    assertEquals(0.881068, dcr.interval().upper(), 1e-6);
  }

  @Pins("R13.3")
  @Test
  void R13_progressionFreeSurvivalByKaplanMeier() {
    // Events (days from the reference date to progression): SARC-007 28, SARC-010 28, SARC-013 56
    // (back-dated, R8), SARC-017 168, SARC-002 238, SARC-012 252, SARC-014 308, SARC-020 308.
    // Censored at the last evaluable visit: SARC-008, 009, 018 at day 0 (no evaluable visit);
    // 003 at 315, 004 at 329, 005, 006, 011, 015, 016, 019 at 336, 001 at 363.
    // At risk after day 0: 17. S(28) = 15/17; S(56) = S(28) * 14/15; S(168) = * 13/14;
    // S(238) = * 12/13; S(252) = * 11/12; S(308) = * 9/11 = 0.5294: the median is not reached.
    KaplanMeier pfs = cohort.progressionFreeSurvival();
    assertEquals(8, pfs.eventCount());
    assertEquals(12, pfs.censoredCount());
    double s28 = 15.0 / 17;
    double s56 = s28 * 14 / 15;
    double s168 = s56 * 13 / 14;
    double s238 = s168 * 12 / 13;
    double s252 = s238 * 11 / 12;
    double s308 = s252 * 9 / 11;
    assertEquals(s28, pfs.survivalAt(28), EXACT);
    assertEquals(s56, pfs.survivalAt(56), EXACT);
    assertEquals(s168, pfs.survivalAt(168), EXACT);
    assertEquals(s238, pfs.survivalAt(238), EXACT);
    assertEquals(s252, pfs.survivalAt(252), EXACT);
    assertEquals(s308, pfs.survivalAt(308), EXACT);
    assertEquals(s308, pfs.survivalAt(363), EXACT);
    assertEquals(17, pfs.atRisk(28));
    assertEquals(11, pfs.atRisk(308));
    assertFalse(pfs.median().isReached());
    // 6 months = 182.625 days: after the event at 168, before the one at 238; still at risk:
    // the 4 later events and the 9 censored at 315 to 363.
    assertEquals(s168, pfs.at(Cohort.monthsToDays(6)).orElseThrow().survival(), EXACT);
    assertEquals(13, pfs.at(Cohort.monthsToDays(6)).orElseThrow().atRisk());
  }

  @Pins("R13.2")
  @Test
  void R13_durationOfResponseByKaplanMeierOverTheNineResponders() {
    // From the first visit of the confirmed response: SARC-012 168 (PR 2019-01-28 to PD 07-15),
    // SARC-014 168, SARC-002 182, SARC-020 252 events; censored: SARC-019 252, SARC-011 280,
    // SARC-001 306, SARC-005 308, SARC-016 308.
    // S(168) = 7/9; S(182) = 7/9 * 6/7 = 2/3; S(252) = 2/3 * 5/6 = 5/9 (the censored 252 is still
    // at risk then); the median is not reached.
    KaplanMeier dor = cohort.durationOfResponse();
    assertEquals(9, dor.size());
    assertEquals(4, dor.eventCount());
    assertEquals(7.0 / 9, dor.survivalAt(168), EXACT);
    assertEquals(2.0 / 3, dor.survivalAt(182), EXACT);
    assertEquals(5.0 / 9, dor.survivalAt(252), EXACT);
    assertFalse(dor.median().isReached());
  }
}
