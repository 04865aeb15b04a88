package io.github.recist.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.result.TimeToEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link KaplanMeier} against the published worked example of the product-limit estimator: the
 * remission times (weeks) of the Gehan/Freireich 6-mercaptopurine leukaemia trial (Freireich et al.,
 * Blood 21 (1963) 699–716; Gehan, Biometrika 52 (1965) 203–223), as tabulated with Greenwood
 * standard errors in Klein &amp; Moeschberger, <i>Survival Analysis: Techniques for Censored and
 * Truncated Data</i>, 2nd ed. (Springer 2003), chapter 4 (the product-limit estimator of the 6-MP
 * group), and in Kleinbaum &amp; Klein, <i>Survival Analysis: A Self-Learning Text</i>, chapter 2.
 * The confidence bands and median intervals, which the textbooks give for other transforms, are
 * checked against R's survival package (version 3.5-3, {@code survfit(Surv(time, status) ~ 1,
 * conf.type = ...)}), printed to 6 digits.
 */
class KaplanMeierTest {

  /** 6-MP arm: 21 remission times in weeks; false marks a censored time (a "+" in the books). */
  static final double[] SIX_MP_TIMES = {6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25,
      32, 32, 34, 35};
  static final boolean[] SIX_MP_EVENTS = {true, true, true, false, true, false, true, false, false,
      true, true, false, false, false, true, true, false, false, false, false, false};
  /** Placebo arm: 21 relapses, none censored. */
  static final double[] PLACEBO_TIMES = {1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15,
      17, 22, 23};

  private static final KaplanMeier SIX_MP = KaplanMeier.of(SIX_MP_TIMES, SIX_MP_EVENTS);

  @Test
  void sixMpArmReproducesThePublishedProductLimitTable() {
    double[] time = {6, 7, 10, 13, 16, 22, 23};
    int[] atRisk = {21, 17, 15, 12, 11, 7, 6};
    int[] events = {3, 1, 1, 1, 1, 1, 1};
    double[] survival = {0.857, 0.807, 0.753, 0.690, 0.627, 0.538, 0.448};
    double[] greenwood = {0.0764, 0.0869, 0.0963, 0.1068, 0.1141, 0.1282, 0.1346};
    List<KaplanMeier.Row> rows = SIX_MP.eventRows();
    assertEquals(7, rows.size());
    for (int j = 0; j < 7; j++) {
      KaplanMeier.Row r = rows.get(j);
      assertEquals(time[j], r.time(), "time of row " + j);
      assertEquals(atRisk[j], r.atRisk(), "at risk at " + time[j]);
      assertEquals(events[j], r.events(), "events at " + time[j]);
      assertEquals(survival[j], r.survival(), 0.0005, "S(" + time[j] + ")");
      assertEquals(greenwood[j], r.standardError(), 0.00005, "Greenwood SE at " + time[j]);
    }
    assertEquals(21, SIX_MP.size());
    assertEquals(9, SIX_MP.eventCount());
    assertEquals(12, SIX_MP.censoredCount());
  }

  @Test
  void sixMpArmExactValuesOfTheProductAndGreenwoodSum() {
    // S(6) = 18/21; S(23) = 18/21 * 16/17 * 14/15 * 11/12 * 10/11 * 6/7 * 5/6, by hand.
    assertEquals(18.0 / 21, SIX_MP.survivalAt(6), 1e-12);
    assertEquals(18.0 / 21 * 16 / 17 * 14 / 15 * 11 / 12 * 10 / 11 * 6 / 7 * 5 / 6,
        SIX_MP.survivalAt(23), 1e-12);
    // Greenwood at 6: S sqrt(3 / (21 * 18)).
    assertEquals(18.0 / 21 * Math.sqrt(3.0 / (21 * 18)), SIX_MP.eventRows().get(0).standardError(),
        1e-12);
  }

  @Test
  void survivalIsAStepFunctionContinuousFromTheRight() {
    assertEquals(1.0, SIX_MP.survivalAt(0));
    assertEquals(1.0, SIX_MP.survivalAt(5.999));
    assertEquals(SIX_MP.survivalAt(6), SIX_MP.survivalAt(6.5));
    assertEquals(SIX_MP.survivalAt(22), SIX_MP.survivalAt(22.99));
    assertEquals(SIX_MP.survivalAt(23), SIX_MP.survivalAt(100), "constant after the last event");
  }

  @Test
  void rowsListEveryDistinctTimeWithItsCensoring() {
    List<String> rows = SIX_MP.rows().stream()
        .map(r -> (int) r.time() + ":" + r.atRisk() + "/" + r.events() + "/" + r.censored())
        .collect(Collectors.toList());
    assertEquals(List.of("6:21/3/1", "7:17/1/0", "9:16/0/1", "10:15/1/1", "11:13/0/1", "13:12/1/0",
        "16:11/1/0", "17:10/0/1", "19:9/0/1", "20:8/0/1", "22:7/1/0", "23:6/1/0", "25:5/0/1",
        "32:4/0/2", "34:2/0/1", "35:1/0/1"), rows);
  }

  @Test
  void sixMpMedianIs23WeeksWithBrookmeyerCrowleyIntervals() {
    MedianSurvival logLog = SIX_MP.median();
    assertEquals(23, logLog.estimate().getAsDouble());
    assertEquals(ConfidenceTransform.LOG_LOG, logLog.transform());
    // R: quantile(survfit(..., conf.type = "log-log"), 0.5): 23, lower 13, upper NA.
    assertEquals(13, logLog.lower().getAsDouble());
    assertFalse(logLog.upper().isPresent(), "upper limit not reached");
    assertEquals("23 (95% CI 13–NR)", logLog.toString());
    // conf.type = "log": 23 (16, NA); "plain": 23 (13, NA).
    MedianSurvival log = SIX_MP.withTransform(ConfidenceTransform.LOG).median();
    assertEquals(16, log.lower().getAsDouble());
    assertFalse(log.upper().isPresent());
    assertEquals(13, SIX_MP.withTransform(ConfidenceTransform.PLAIN).median().lower().getAsDouble());
  }

  @Test
  void sixMpLogLogBandsAgreeWithR() {
    double[] lower = {0.619718, 0.563147, 0.503200, 0.431610, 0.367511, 0.267779, 0.188052};
    double[] upper = {0.951552, 0.922809, 0.889362, 0.849066, 0.804912, 0.746791, 0.680143};
    List<KaplanMeier.Row> rows = SIX_MP.eventRows();
    for (int j = 0; j < 7; j++) {
      assertEquals(lower[j], rows.get(j).lower(), 5e-7, "lower at " + rows.get(j).time());
      assertEquals(upper[j], rows.get(j).upper(), 5e-7, "upper at " + rows.get(j).time());
    }
  }

  @Test
  void sixMpLogAndPlainBandsAgreeWithR() {
    List<KaplanMeier.Row> log = SIX_MP.withTransform(ConfidenceTransform.LOG).eventRows();
    assertEquals(0.719817, log.get(0).lower(), 5e-7);
    assertEquals(1.0, log.get(0).upper(), "log band capped at 1");
    assertEquals(0.248788, log.get(6).lower(), 5e-7);
    assertEquals(0.807372, log.get(6).upper(), 5e-7);
    List<KaplanMeier.Row> plain = SIX_MP.withTransform(ConfidenceTransform.PLAIN).eventRows();
    assertEquals(0.707479, plain.get(0).lower(), 5e-7);
    assertEquals(0.184385, plain.get(6).lower(), 5e-7);
    assertEquals(0.711974, plain.get(6).upper(), 5e-7);
  }

  @Test
  void aLowerConfidenceLevelNarrowsTheBand() {
    KaplanMeier.Row at95 = SIX_MP.eventRows().get(3);
    KaplanMeier.Row at90 = SIX_MP.withConfidenceLevel(0.90).eventRows().get(3);
    assertEquals(at95.survival(), at90.survival());
    assertTrue(at90.lower() > at95.lower() && at90.upper() < at95.upper());
    assertEquals(0.90, at90.interval().get().level());
  }

  @Test
  void placeboArmMedianIs8Weeks() {
    KaplanMeier placebo = KaplanMeier.of(PLACEBO_TIMES, new boolean[21]).withTransform(
        ConfidenceTransform.LOG_LOG);
    // All 21 censored: no event, no median.
    assertFalse(placebo.median().isReached());
    boolean[] relapsed = new boolean[21];
    java.util.Arrays.fill(relapsed, true);
    placebo = KaplanMeier.of(PLACEBO_TIMES, relapsed);
    // S(5) = 12/21 = 0.571, S(8) = 8/21 = 0.381.
    assertEquals(12.0 / 21, placebo.survivalAt(5), 1e-12);
    assertEquals(8.0 / 21, placebo.survivalAt(8), 1e-12);
    assertEquals(8, placebo.median().estimate().getAsDouble());
    // R: log-log 8 (4, 11); log 8 (4, 12).
    assertEquals(4, placebo.median().lower().getAsDouble());
    assertEquals(11, placebo.median().upper().getAsDouble());
    assertEquals(12, placebo.withTransform(ConfidenceTransform.LOG).median().upper().getAsDouble());
  }

  @Test
  void atZeroSurvivalTheGreenwoodErrorAndBandAreUndefined() {
    boolean[] relapsed = new boolean[21];
    java.util.Arrays.fill(relapsed, true);
    KaplanMeier placebo = KaplanMeier.of(PLACEBO_TIMES, relapsed);
    KaplanMeier.Row last = placebo.rows().get(placebo.rows().size() - 1);
    assertEquals(23, last.time());
    assertEquals(0, last.survival());
    assertTrue(Double.isNaN(last.standardError()), "R gives NaN");
    assertTrue(last.interval().isEmpty(), "R gives NA");
    // Reaching 0 makes the curve known beyond the last time.
    assertEquals(0, placebo.at(30).get().survival());
  }

  @Test
  void numberAtRiskCountsTimesAtOrAfter() {
    // R: summary(fit, times = c(0, 5, 10, 20, 30, 35))$n.risk = 21 21 15 8 4 1.
    assertEquals(21, SIX_MP.atRisk(0));
    assertEquals(21, SIX_MP.atRisk(5));
    assertEquals(15, SIX_MP.atRisk(10));
    assertEquals(8, SIX_MP.atRisk(20));
    assertEquals(4, SIX_MP.atRisk(30));
    assertEquals(1, SIX_MP.atRisk(35));
    assertEquals(0, SIX_MP.atRisk(35.5));
  }

  @Test
  void landmarkEstimatesCarryErrorBandAndAtRisk() {
    SurvivalEstimate at20 = SIX_MP.at(20).get();
    assertEquals(SIX_MP.survivalAt(16), at20.survival());
    assertEquals(0.1141, at20.standardError(), 0.00005);
    assertEquals(8, at20.atRisk());
    assertTrue(at20.interval().get().contains(at20.survival()));
    SurvivalEstimate before = SIX_MP.at(3).get();
    assertEquals(1, before.survival());
    assertEquals(0, before.standardError());
    assertEquals(1, before.interval().get().lower());
  }

  @Test
  void landmarkPastTheLastObservedTimeIsNotEstimable() {
    assertTrue(SIX_MP.at(35).isPresent());
    assertTrue(SIX_MP.at(35.01).isEmpty(), "the last time, 35, is censored");
  }

  @Test
  void timeToEventObservationsAreCountedInDays() {
    LocalDate start = LocalDate.of(2018, 1, 1);
    KaplanMeier km = KaplanMeier.of(List.of(TimeToEvent.of(start, start.plusDays(30), true),
        TimeToEvent.of(start, start.plusDays(60), false),
        TimeToEvent.of(start, start.plusDays(90), true)));
    assertEquals(List.of(30.0, 60.0, 90.0),
        km.rows().stream().map(KaplanMeier.Row::time).collect(Collectors.toList()));
    assertEquals(0, km.survivalAt(90));
    assertEquals(2.0 / 3, km.survivalAt(60), 1e-12);
  }

  @Test
  void noObservationsGiveAnEmptyEstimate() {
    KaplanMeier km = KaplanMeier.of(new double[0], new boolean[0]);
    assertEquals(0, km.size());
    assertTrue(km.rows().isEmpty());
    assertEquals(1, km.survivalAt(10));
    assertFalse(km.median().isReached());
    assertTrue(km.at(0).isEmpty());
    assertTrue(km.lastTime().isEmpty());
  }

  @Test
  void badInputIsRejectedNamingTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> KaplanMeier.of(new double[] {3, -2}, new boolean[] {true, true}));
    assertEquals("time[1] = -2.0 is not a finite time of at least 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> KaplanMeier.of(new double[] {3, 4}, new boolean[] {true}));
    assertEquals("2 times but 1 event indicators: give one indicator per time", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> SIX_MP.withConfidenceLevel(95));
    assertEquals("confidence level 95.0 is not strictly between 0 and 1 (use 0.95 for 95%)",
        e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> KaplanMeier.of(new double[] {Double.NaN}, new boolean[] {true}));
  }

  @Test
  void inputArraysAreCopied() {
    double[] times = {1, 2, 3};
    boolean[] events = {true, true, true};
    KaplanMeier km = KaplanMeier.of(times, events);
    times[0] = 100;
    events[1] = false;
    assertEquals(2.0 / 3, km.survivalAt(1), 1e-12);
    assertEquals(1.0 / 3, km.survivalAt(2), 1e-12);
  }

  @Test
  void medianUsesTheMidpointWhereTheCurveStaysAtOneHalf() {
    // S = 0.5 exactly from 10 until the next event at 20: the median is 15 (R's quantile.survfit).
    KaplanMeier km = KaplanMeier.of(new double[] {10, 12, 20, 30},
        new boolean[] {true, false, true, false});
    assertEquals(0.75, km.survivalAt(10));
    // 4 at risk at 10, 1 event: 0.75; censored 12; 2 at risk at 20, 1 event: 0.375.
    assertEquals(20, km.median().estimate().getAsDouble());
    KaplanMeier flat = KaplanMeier.of(new double[] {10, 10, 20, 30},
        new boolean[] {true, true, true, false});
    assertEquals(0.5, flat.survivalAt(10));
    assertEquals(15, flat.median().estimate().getAsDouble());
    KaplanMeier flatToTheEnd = KaplanMeier.of(new double[] {10, 10, 20, 30},
        new boolean[] {true, true, false, false});
    assertEquals(20, flatToTheEnd.median().estimate().getAsDouble(), "(10 + 30) / 2");
  }

  @Test
  void printsASummary() {
    assertEquals("Kaplan–Meier: 21 observations, 9 events, median 23 (95% CI 13–NR)",
        SIX_MP.toString());
    assertEquals("6: 21 at risk, 3 events, 1 censored, S 0.8571 (SE 0.0764, 0.6197–0.9516)",
        SIX_MP.rows().get(0).toString());
  }

  @Test
  void printsOneObservationAndOneEventInTheSingular() {
    KaplanMeier one = KaplanMeier.of(new double[] {30}, new boolean[] {true});
    assertEquals("Kaplan–Meier: 1 observation, 1 event, median 30 (95% CI NR–NR)", one.toString());
    assertTrue(one.rows().get(0).toString().startsWith("30: 1 at risk, 1 event, 0 censored"),
        one.rows().get(0).toString());
  }

  @Test
  void anEventOnTheStartDateIsAnObservationOfZeroDays() {
    LocalDate start = LocalDate.of(2018, 1, 1);
    KaplanMeier km = KaplanMeier.of(List.of(TimeToEvent.of(start, start, true),
        TimeToEvent.of(start, start.plusDays(10), false)));
    assertEquals(0.5, km.survivalAt(0));
    assertEquals(0.5, km.at(0).get().survival());
  }

  @Test
  void anObservationEndingBeforeItStartsIsRejected() {
    LocalDate start = LocalDate.of(2018, 1, 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> KaplanMeier.of(List.of(TimeToEvent.of(start, start.plusDays(5), true),
            TimeToEvent.of(start, start.minusDays(1), true))));
    assertTrue(e.getMessage().startsWith("observation 1 ends before it starts"), e.getMessage());
  }

  @Test
  void theLastTimeIsTheLargestObservedTime() {
    assertEquals(35, SIX_MP.lastTime().getAsDouble());
    assertEquals(23, KaplanMeier.of(PLACEBO_TIMES, new boolean[21]).lastTime().getAsDouble());
  }

  @Test
  void landmarksAreEstimatedFromTimeZeroAndNotBefore() {
    assertEquals(1, SIX_MP.at(0).get().survival(), "no event at time 0");
    assertEquals(0.857, SIX_MP.at(6).get().survival(), 0.0005, "three events at 6 count at 6");
    assertEquals(21, SIX_MP.at(6).get().atRisk());
    assertThrows(IllegalArgumentException.class, () -> SIX_MP.at(-1));
    assertThrows(IllegalArgumentException.class, () -> SIX_MP.at(Double.NaN));
  }

  @Test
  void landmarkEstimatesAndMediansAreValues() {
    KaplanMeier again = KaplanMeier.of(SIX_MP_TIMES.clone(), SIX_MP_EVENTS.clone());
    SurvivalEstimate at20 = SIX_MP.at(20).get();
    assertEquals(20, at20.time());
    assertEquals(at20, again.at(20).get());
    assertEquals(at20.hashCode(), again.at(20).get().hashCode());
    assertNotEquals(at20, SIX_MP.at(21).get(), "another time, the same estimate");
    assertNotEquals(at20, SIX_MP.withConfidenceLevel(0.9).at(20).get());
    assertNotEquals(at20, (Object) "t=20");
    assertEquals("t=20: 0.6275 (SE 0.1141, 95% CI 0.3675–0.8049), 8 at risk", at20.toString());
    assertEquals("t=3: 1.0000 (SE 0.0000, 95% CI 1.0000–1.0000), 21 at risk",
        SIX_MP.at(3).get().toString());

    MedianSurvival median = SIX_MP.median();
    assertEquals(median, again.median());
    assertEquals(median.hashCode(), again.median().hashCode());
    assertNotEquals(median, SIX_MP.withTransform(ConfidenceTransform.PLAIN).median());
    assertNotEquals(median, SIX_MP.withConfidenceLevel(0.9).median());
    assertNotEquals(median, (Object) "23");
    assertEquals(0.9, SIX_MP.withConfidenceLevel(0.9).median().confidenceLevel());
  }
}
