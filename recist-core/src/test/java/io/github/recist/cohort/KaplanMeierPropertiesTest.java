package io.github.recist.cohort;

import static io.github.recist.testing.Generators.survivalSamples;
import static io.github.recist.testing.Theories.qt;
import static io.github.recist.testing.Theories.smallestCounterExample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.github.recist.testing.Generators;
import io.github.recist.testing.Generators.SurvivalSample;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;

/**
 * Invariants of {@link KaplanMeier} and {@link Proportion} over generated data: right-censored
 * samples of up to 40 observations on a coarse time grid (so that ties between events and censored
 * times, and curves exactly at 0.5, are common; {@link Generators#survivalSamples}).
 */
class KaplanMeierPropertiesTest {

  private static KaplanMeier fit(SurvivalSample sample) {
    return KaplanMeier.of(sample.timeArray(), sample.eventArray());
  }

  @Test
  void survivalIsNonIncreasingAndBetweenZeroAndOne() {
    qt(1000).forAll(survivalSamples()).checkAssert(sample -> {
      double previous = 1;
      for (KaplanMeier.Row r : fit(sample).rows()) {
        assertTrue(r.survival() >= 0 && r.survival() <= 1, r.toString());
        assertTrue(r.survival() <= previous, r + " rises above " + previous);
        previous = r.survival();
      }
    });
  }

  @Test
  void survivalIsOneBeforeTheFirstEvent() {
    qt(1000).forAll(survivalSamples()).checkAssert(sample -> {
      KaplanMeier km = fit(sample);
      double firstEvent = km.eventRows().isEmpty() ? Double.POSITIVE_INFINITY
          : km.eventRows().get(0).time();
      for (KaplanMeier.Row r : km.rows()) {
        if (r.time() < firstEvent) {
          assertEquals(1.0, r.survival(), r.toString());
          assertEquals(0.0, r.standardError(), r.toString());
        }
      }
      assertEquals(1.0, km.survivalAt(Math.nextDown(Math.min(firstEvent, 31))));
    });
  }

  /** How the survival at a time is estimated from a sample: the engine's, or a broken copy. */
  interface Survival {
    double at(SurvivalSample sample, double t);
  }

  /** The property: without censoring, S(t) is the share of the sample that lives beyond t. */
  private static void assertEmpiricalWithoutCensoring(Survival survival, SurvivalSample sample, int t) {
    SurvivalSample uncensored = sample.uncensored();
    long beyond = uncensored.times().stream().filter(x -> x > t).count();
    double expected = uncensored.times().isEmpty() ? 1 : (double) beyond / uncensored.times().size();
    assertEquals(expected, survival.at(uncensored, t), 1e-12, () -> "S(" + t + ") of " + uncensored);
  }

  @Test
  void withoutCensoringItIsTheEmpiricalSurvivalFunction() {
    qt(1000).forAll(survivalSamples(), range(0, 31)).checkAssert((sample, t) ->
        assertEmpiricalWithoutCensoring((s, time) -> fit(s).survivalAt(time), sample, t));
  }

  /**
   * A copy of the product-limit estimate whose step comes one instant late (events at t counted
   * only after t: {@code <} where the rule has {@code <=}) fails the property, which shrinks to a
   * one-observation sample.
   */
  @Test
  void withoutCensoringItIsTheEmpiricalSurvivalFunction_detectsBrokenRule() {
    Survival stepTooLate = (sample, t) -> {
      double survival = 1;
      for (int u : new TreeSet<>(sample.times())) {
        if (u < t) {
          long atRisk = sample.times().stream().filter(x -> x >= u).count();
          long events = IntStream.range(0, sample.times().size())
              .filter(i -> sample.times().get(i) == u && sample.events().get(i)).count();
          survival *= 1 - (double) events / atRisk;
        }
      }
      return survival;
    };
    Optional<Object> smallest = smallestCounterExample(1000, theory -> theory
        .forAll(survivalSamples(), range(0, 31))
        .checkAssert((sample, t) -> assertEmpiricalWithoutCensoring(stepTooLate, sample, t)));
    assertTrue(smallest.isPresent(), "the broken rule was not found");
    @SuppressWarnings("unchecked")
    Pair<SurvivalSample, Integer> pair = (Pair<SurvivalSample, Integer>) smallest.get();
    assertEquals(1, pair._1.times().size(), pair::toString);
  }

  @Test
  void rowsAccountForEveryObservation() {
    qt(1000).forAll(survivalSamples()).checkAssert(sample -> {
      KaplanMeier km = fit(sample);
      int remaining = sample.times().size();
      for (KaplanMeier.Row r : km.rows()) {
        assertEquals(remaining, r.atRisk(), r.toString());
        assertEquals(r.atRisk(), km.atRisk(r.time()));
        remaining -= r.events() + r.censored();
      }
      assertEquals(0, remaining);
      assertEquals(sample.times().size(), km.eventCount() + km.censoredCount());
    });
  }

  @Test
  void everyBandContainsTheEstimate() {
    qt(1000).forAll(survivalSamples(), arbitrary().enumValues(ConfidenceTransform.class),
        doubles().between(0.5, 0.99)).checkAssert((sample, transform, level) -> {
          KaplanMeier km = fit(sample).withTransform(transform).withConfidenceLevel(level);
          for (KaplanMeier.Row r : km.rows()) {
            if (r.survival() > 0) {
              ConfidenceInterval band = r.interval().orElseThrow();
              assertTrue(band.lower() <= r.survival() + 1e-12 && r.survival() <= band.upper() + 1e-12,
                  r.toString());
            } else {
              assertTrue(r.interval().isEmpty(), r.toString());
            }
          }
        });
  }

  @Test
  void theMedianIsWhereTheCurveFirstFallsToOneHalfAndLiesInItsInterval() {
    qt(1000).forAll(survivalSamples(), arbitrary().enumValues(ConfidenceTransform.class))
        .checkAssert((sample, transform) -> {
          KaplanMeier km = fit(sample).withTransform(transform);
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
        });
  }

  @Test
  void anExactIntervalContainsTheShareAndWidensWithTheLevel() {
    qt(1000).forAll(range(1, 200), range(0, 200)).checkAssert((trials, k) -> {
      int successes = k % (trials + 1);
      Proportion p90 = Proportion.of(successes, trials, 0.90);
      Proportion p95 = Proportion.of(successes, trials);
      assertTrue(p95.interval().contains(p95.estimate()), p95.toString());
      assertTrue(p95.interval().lower() <= p90.interval().lower()
          && p90.interval().upper() <= p95.interval().upper(), p90 + " vs " + p95);
    });
  }
}
