package io.github.recist.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Recist11;
import io.github.recist.model.Response;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.result.SubjectAssessment;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link Cohort}: the endpoints of Rule R13 over ten subjects assessed by the engine, each figure
 * derived by hand below. Every subject has one lung target, 50 mm at baseline (day −7); the
 * reference date is 2018-01-01 (day 0); confirmation is required (28 days), SD needs day 42.
 *
 * <pre>
 * S01  30 25 22 20 20 20 mm at days 42 84 126 168 252 336   PR confirmed, no PD     PFS 336+  DoR 294+
 * S02  0 0 0, then 8 mm at 42 84 168 252 (reappears)         CR confirmed, PD d252   PFS 252   DoR 210
 * S03  30 32 40 at 42 84 126 (nadir 30: +33%, +10 mm)       PR confirmed, PD d126   PFS 126   DoR  84
 * S04  45 44 60 at 42 84 168 (nadir 44: +36%, +16 mm)       SD, PD d168             PFS 168
 * S05  48 46 47 45 49 48 at 42 84 126 210 294 357           SD, no PD               PFS 357+
 * S06  65 at 42 (+30%, +15 mm)                              PD d42                  PFS  42
 * S07  30 45 at 42 84: PR never confirmed, PD at 84         SD (PR on day 42)       PFS  84
 * S08  T1 not evaluable at 42; died day 60                  NE                      PFS  60 (death)
 * S09  no visit; died day 30                                MISSING                 PFS  30 (death)
 * S10  28 26 25 at 42 84 126; new therapy day 140; new      PR confirmed; the PD    PFS 126+  DoR  84+
 *      lesion day 168                                       after the new therapy is
 *                                                           not considered (R10)
 * </pre>
 *
 * <p>ORR 4/10 (S01, S02, S03, S10), DCR 7/10 (+ S04, S05, S07). PFS by hand: at 30, 42, 60, 84
 * one event each among 10, 9, 8, 7 at risk: S = 0.9, 0.8, 0.7, 0.6; at 126 one event and one
 * censored among 6: S = 0.6 × 5/6 = 0.5; at 168 one of 4: 0.375; at 252 one of 3: 0.25. The curve
 * stays at exactly 0.5 from day 126 to 168, so the median is their midpoint, 147 days. Greenwood at
 * 126: Σ 1/(n(n−1)) for n = 10..6 telescopes to 1/5 − 1/10 = 0.1, SE = 0.5 √0.1. DoR by hand: at 84
 * one event and one censored among 4: 0.75; at 210 one of 2: 0.375; median 210. R (survival 3.5-3)
 * agrees on every one of these, and gives the log-log median intervals 30–NR (PFS) and 84–NR (DoR).
 */
class CohortTest {

  static final LocalDate DAY_0 = LocalDate.of(2018, 1, 1);

  static Subject measured(String id, Integer deathDay, Integer newTherapyDay, Object... dayAndMm) {
    Subject.Builder b = Subject.builder(id).referenceDate(DAY_0).target("T1", Site.LUNG)
        .baseline(DAY_0.minusDays(7), v -> v.measure("T1", 50));
    for (int i = 0; i < dayAndMm.length; i += 2) {
      int day = (Integer) dayAndMm[i];
      Object value = dayAndMm[i + 1];
      b.visit(DAY_0.plusDays(day), v -> {
        if (value instanceof Number) {
          v.measure("T1", ((Number) value).doubleValue());
        } else if ("NE".equals(value)) {
          v.notEvaluable("T1");
        } else {
          v.measure("T1", 20).newLesion("NEW1", Site.LIVER);
        }
      });
    }
    if (deathDay != null) {
      b.deathDate(DAY_0.plusDays(deathDay));
    }
    if (newTherapyDay != null) {
      b.newTherapyDate(DAY_0.plusDays(newTherapyDay));
    }
    return b.build();
  }

  static List<SubjectAssessment> tenSubjects() {
    return List.of(
        measured("S01", null, null, 42, 30, 84, 25, 126, 22, 168, 20, 252, 20, 336, 20),
        measured("S02", null, null, 42, 0, 84, 0, 168, 0, 252, 8),
        measured("S03", null, null, 42, 30, 84, 32, 126, 40),
        measured("S04", null, null, 42, 45, 84, 44, 168, 60),
        measured("S05", null, null, 42, 48, 84, 46, 126, 47, 210, 45, 294, 49, 357, 48),
        measured("S06", null, null, 42, 65),
        measured("S07", null, null, 42, 30, 84, 45),
        measured("S08", 60, null, 42, "NE"),
        measured("S09", 30, null),
        measured("S10", null, 140, 42, 28, 84, 26, 126, 25, 168, "new lesion"))
        .stream().map(Recist11::assess).collect(Collectors.toList());
  }

  private final Cohort cohort = Cohort.of(tenSubjects());

  @Test
  void eachSubjectIsAssessedAsDerivedByHand() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("S01", "PR none 336+");
    expected.put("S02", "CR 2018-09-10 252");
    expected.put("S03", "PR 2018-05-07 126");
    expected.put("S04", "SD 2018-06-18 168");
    expected.put("S05", "SD none 357+");
    expected.put("S06", "PD 2018-02-12 42");
    expected.put("S07", "SD 2018-03-26 84");
    expected.put("S08", "NE none 60");
    expected.put("S09", "MISSING none 30");
    expected.put("S10", "PR none 126+"); // the PD of day 168 follows the new therapy (R10)
    Map<String, String> actual = new LinkedHashMap<>();
    for (SubjectAssessment a : cohort.subjects()) {
      actual.put(a.subjectId(), a.bestOverallResponse() + " "
          + a.progressionDate().map(LocalDate::toString).orElse("none") + " "
          + a.progressionFreeSurvival().days() + (a.progressionFreeSurvival().censored() ? "+" : ""));
    }
    assertEquals(expected, actual);
  }

  @Test
  @io.github.recist.testing.Pins({"R10", "R13.4"})
  void R13_newTherapyCensorsAndDeathIsAnEventAsTheEngineDecides() {
    SubjectAssessment s10 = cohort.subjects().get(9);
    assertTrue(s10.progressionDate().isEmpty(), "the PD after the new therapy is not considered (R10)");
    assertEquals(io.github.recist.model.Response.PD, s10.timepoints().get(3).overall(),
        "but it is still reported");
    assertTrue(s10.progressionFreeSurvival().censored(), "but PFS is censored at the new therapy");
    assertEquals(126, s10.progressionFreeSurvival().days(), "at the last evaluable visit before it");
    assertTrue(cohort.subjects().get(7).progressionFreeSurvival().event(), "S08 died on day 60");
  }

  @Test
  void R12_countsEveryBestResponseInRankOrder() {
    Map<Response, Integer> counts = cohort.bestResponseCounts();
    assertEquals(List.of(Response.CR, Response.PR, Response.SD, Response.NON_CR_NON_PD, Response.PD,
        Response.NE, Response.ND, Response.MISSING), List.copyOf(counts.keySet()));
    assertEquals(List.of(1, 3, 3, 0, 1, 1, 0, 1), List.copyOf(counts.values()));
    assertEquals(3, cohort.count(Response.SD));
    assertEquals("NA is not a best overall response (CR, PR, SD, NON_CR_NON_PD, PD, NE, ND or MISSING)",
        assertThrows(IllegalArgumentException.class, () -> cohort.count(Response.NA)).getMessage());
  }

  @Test
  void R13_objectiveResponseRateIsCrPlusPrOverEverySubject() {
    Proportion orr = cohort.objectiveResponseRate();
    assertEquals(4, orr.successes());
    assertEquals(10, orr.trials());
    // binom.test(4, 10): 0.1215522581 to 0.7376219234.
    assertEquals(0.1215522581, orr.interval().lower(), 1e-9);
    assertEquals(0.7376219234, orr.interval().upper(), 1e-9);
    assertEquals(List.of("S01", "S02", "S03", "S10"), cohort.responders().stream()
        .map(SubjectAssessment::subjectId).collect(Collectors.toList()));
  }

  @Test
  void R13_diseaseControlRateAddsStableAndNonCrNonPd() {
    Proportion dcr = cohort.diseaseControlRate();
    assertEquals(7, dcr.successes());
    assertEquals(0.3475471499, dcr.interval().lower(), 1e-9);
    assertEquals(0.9332604888, dcr.interval().upper(), 1e-9);
  }

  @Test
  void R13_progressionFreeSurvivalMatchesTheHandDerivation() {
    KaplanMeier pfs = cohort.progressionFreeSurvival();
    assertEquals(10, pfs.size());
    assertEquals(7, pfs.eventCount());
    assertEquals(List.of(30.0, 42.0, 60.0, 84.0, 126.0, 168.0, 252.0),
        pfs.eventRows().stream().map(KaplanMeier.Row::time).collect(Collectors.toList()));
    double[] s = {0.9, 0.8, 0.7, 0.6, 0.5, 0.375, 0.25};
    for (int j = 0; j < s.length; j++) {
      assertEquals(s[j], pfs.eventRows().get(j).survival(), 1e-12);
    }
    assertEquals(0.5 * Math.sqrt(0.1), pfs.eventRows().get(4).standardError(), 1e-12);
    MedianSurvival median = pfs.median();
    assertEquals(147, median.estimate().getAsDouble(), "midpoint of the flat at 0.5: (126 + 168) / 2");
    assertEquals(30, median.lower().getAsDouble());
    assertFalse(median.upper().isPresent());
  }

  @Test
  void R13_landmarkRatesUseMonthsOf30point4375Days() {
    assertEquals(182.625, Cohort.days(6));
    assertEquals(365.25, Cohort.days(12));
    SurvivalEstimate sixMonths = cohort.progressionFreeSurvival().at(Cohort.days(6)).get();
    assertEquals(0.375, sixMonths.survival(), 1e-12);
    assertEquals(3, sixMonths.atRisk(), "S01, S02 and S05 are followed past day 182.625");
    // R: summary(fit, times = 182.625): 0.375, SE 0.160565, 0.0994896 to 0.659103 (log-log).
    assertEquals(0.160565, sixMonths.standardError(), 5e-7);
    assertEquals(0.0994896, sixMonths.interval().get().lower(), 5e-8);
    assertEquals(0.659103, sixMonths.interval().get().upper(), 5e-7);
    assertTrue(cohort.progressionFreeSurvival().at(Cohort.days(12)).isEmpty(),
        "nobody is followed to day 365.25 in a one-year window (R10)");
  }

  @Test
  void R13_durationOfResponseCoversRespondersOnly() {
    KaplanMeier dor = cohort.durationOfResponse();
    assertEquals(4, dor.size());
    assertEquals(List.of("84:4/1/1", "210:2/1/0", "294:1/0/1"), dor.rows().stream()
        .map(r -> (int) r.time() + ":" + r.atRisk() + "/" + r.events() + "/" + r.censored())
        .collect(Collectors.toList()));
    assertEquals(0.75, dor.survivalAt(100));
    assertEquals(0.375, dor.survivalAt(210));
    assertEquals(210, dor.median().estimate().getAsDouble());
    assertEquals(84, dor.median().lower().getAsDouble());
  }

  @Test
  void confidenceLevelAndTransformApplyToEveryEndpoint() {
    Cohort at90 = cohort.withConfidenceLevel(0.90).withTransform(ConfidenceTransform.LOG);
    assertEquals(0.90, at90.confidenceLevel());
    assertEquals(ConfidenceTransform.LOG, at90.transform());
    assertEquals(0.95, cohort.confidenceLevel(), "95 % unless told otherwise");
    assertEquals(ConfidenceTransform.LOG_LOG, cohort.transform(), "log-log unless told otherwise");
    assertEquals(0.90, at90.objectiveResponseRate().confidenceLevel());
    // binom.test(4, 10, conf.level = 0.9): 0.1500282408 to 0.6964627874.
    assertEquals(0.1500282408, at90.objectiveResponseRate().interval().lower(), 1e-9);
    assertEquals(0.90, at90.progressionFreeSurvival().confidenceLevel());
    assertEquals(ConfidenceTransform.LOG, at90.durationOfResponse().transform());
    // R, conf.type = "log": median PFS 147, lower limit 60.
    assertEquals(60, cohort.withTransform(ConfidenceTransform.LOG).progressionFreeSurvival()
        .median().lower().getAsDouble());
  }

  @Test
  void aCohortWithoutRespondersHasAnEmptyDurationOfResponse() {
    Cohort none = Cohort.of(List.of(Recist11.assess(measured("X1", null, null, 42, 65))));
    assertEquals(0, none.objectiveResponseRate().successes());
    assertEquals(0, none.durationOfResponse().size());
    assertFalse(none.durationOfResponse().median().isReached());
  }

  @Test
  void anEmptyCohortOrATwiceAssessedSubjectIsRejected() {
    assertEquals("a cohort needs at least one subject assessment, got none",
        assertThrows(IllegalArgumentException.class, () -> Cohort.of(List.of())).getMessage());
    SubjectAssessment s = cohort.subjects().get(0);
    assertEquals("subject S01 is in the cohort twice: each subject is assessed once",
        assertThrows(IllegalArgumentException.class, () -> Cohort.of(List.of(s, s))).getMessage());
  }

  @Test
  void printsASummary() {
    assertEquals("Cohort of 10 subjects: CR 1, PR 3, SD 3, PD 1, NE 1, MISSING 1; "
        + "ORR 4/10 = 40.0% (95% CI 12.2%–73.8%); DCR 7/10 = 70.0% (95% CI 34.8%–93.3%); "
        + "median PFS 147 (95% CI 30–NR) days; median DoR 210 (95% CI 84–NR) days",
        cohort.toString());
  }
}
