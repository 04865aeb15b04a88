package io.github.recist.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Invariants of {@link KaplanMeier} and {@link Proportion} over generated data: right-censored
 * samples of up to 40 observations on a coarse time grid (so that ties between events and censored
 * times, and curves exactly at 0.5, are common).
 */
class KaplanMeierPropertiesTest {

  /** A sample: times and event indicators of equal length. */
  static final class Sample {
    final double[] times;
    final boolean[] events;

    Sample(List<Integer> times, List<Boolean> events) {
      int n = Math.min(times.size(), events.size());
      this.times = new double[n];
      this.events = new boolean[n];
      for (int i = 0; i < n; i++) {
        this.times[i] = times.get(i);
        this.events[i] = events.get(i);
      }
    }

    KaplanMeier fit() {
      return KaplanMeier.of(times, events);
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < times.length; i++) {
        s.append((int) times[i]).append(events[i] ? "" : "+").append(' ');
      }
      return s.toString().trim();
    }
  }

  @Provide
  Arbitrary<Sample> samples() {
    Arbitrary<List<Integer>> times = Arbitraries.integers().between(0, 30).list().ofMaxSize(40);
    Arbitrary<List<Boolean>> events = Arbitraries.of(true, true, false).list().ofSize(40);
    return Combinators.combine(times, events).as(Sample::new);
  }

  @Property
  void survivalIsNonIncreasingAndBetweenZeroAndOne(@ForAll("samples") Sample sample) {
    KaplanMeier km = sample.fit();
    double previous = 1;
    for (KaplanMeier.Row r : km.rows()) {
      assertTrue(r.survival() >= 0 && r.survival() <= 1, r.toString());
      assertTrue(r.survival() <= previous, r + " rises above " + previous);
      previous = r.survival();
    }
    Statistics.collect(km.median().isReached() ? "median reached" : "median not reached");
  }

  @Property
  void survivalIsOneBeforeTheFirstEvent(@ForAll("samples") Sample sample) {
    KaplanMeier km = sample.fit();
    double firstEvent = km.eventRows().isEmpty() ? Double.POSITIVE_INFINITY
        : km.eventRows().get(0).time();
    for (KaplanMeier.Row r : km.rows()) {
      if (r.time() < firstEvent) {
        assertEquals(1.0, r.survival(), r.toString());
        assertEquals(0.0, r.standardError(), r.toString());
      }
    }
    assertEquals(1.0, km.survivalAt(Math.nextDown(Math.min(firstEvent, 31))));
  }

  @Property
  void withoutCensoringItIsTheEmpiricalSurvivalFunction(@ForAll("samples") Sample sample,
      @ForAll @IntRange(min = 0, max = 31) int t) {
    java.util.Arrays.fill(sample.events, true);
    KaplanMeier km = sample.fit();
    long beyond = java.util.Arrays.stream(sample.times).filter(x -> x > t).count();
    double expected = sample.times.length == 0 ? 1 : (double) beyond / sample.times.length;
    assertEquals(expected, km.survivalAt(t), 1e-12);
  }

  @Property
  void rowsAccountForEveryObservation(@ForAll("samples") Sample sample) {
    KaplanMeier km = sample.fit();
    int remaining = sample.times.length;
    for (KaplanMeier.Row r : km.rows()) {
      assertEquals(remaining, r.atRisk(), r.toString());
      assertEquals(r.atRisk(), km.atRisk(r.time()));
      remaining -= r.events() + r.censored();
    }
    assertEquals(0, remaining);
    assertEquals(sample.times.length, km.eventCount() + km.censoredCount());
  }

  @Property
  void everyBandContainsTheEstimate(@ForAll("samples") Sample sample,
      @ForAll ConfidenceTransform transform, @ForAll @DoubleRange(min = 0.5, max = 0.99) double level) {
    KaplanMeier km = sample.fit().withTransform(transform).withConfidenceLevel(level);
    for (KaplanMeier.Row r : km.rows()) {
      if (r.survival() > 0) {
        ConfidenceInterval band = r.interval().orElseThrow();
        assertTrue(band.lower() <= r.survival() + 1e-12 && r.survival() <= band.upper() + 1e-12,
            r.toString());
      } else {
        assertTrue(r.interval().isEmpty(), r.toString());
      }
    }
  }

  @Property
  void theMedianIsWhereTheCurveFirstFallsToOneHalfAndLiesInItsInterval(
      @ForAll("samples") Sample sample, @ForAll ConfidenceTransform transform) {
    KaplanMeier km = sample.fit().withTransform(transform);
    MedianSurvival median = km.median();
    if (!median.isReached()) {
      km.rows().forEach(r -> assertTrue(r.survival() > 0.5 - 1e-8, r.toString()));
      return;
    }
    double m = median.estimate().getAsDouble();
    assertTrue(km.survivalAt(m) <= 0.5 + 1e-8, "S(" + m + ") = " + km.survivalAt(m));
    km.rows().stream().filter(r -> r.time() < m)
        .forEach(r -> assertTrue(r.survival() >= 0.5 - 1e-8, r.toString()));
    median.lower().ifPresent(lower -> assertTrue(lower <= m, median.toString()));
    median.upper().ifPresent(upper -> assertTrue(upper >= m, median.toString()));
  }

  @Property
  void anExactIntervalContainsTheShareAndWidensWithTheLevel(
      @ForAll @IntRange(min = 1, max = 200) int trials, @ForAll @IntRange(min = 0, max = 200) int k) {
    int successes = k % (trials + 1);
    Proportion p90 = Proportion.of(successes, trials, 0.90);
    Proportion p95 = Proportion.of(successes, trials);
    assertTrue(p95.interval().contains(p95.estimate()), p95.toString());
    assertTrue(p95.interval().lower() <= p90.interval().lower()
        && p90.interval().upper() <= p95.interval().upper(), p90 + " vs " + p95);
    Statistics.collect(successes == 0 ? "none" : successes == trials ? "all" : "some");
  }
}
