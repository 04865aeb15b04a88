package io.github.recist.result;

import static io.github.recist.testing.Theories.qt;
import static io.github.recist.testing.Theories.smallestCounterExample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/** {@link PercentChange}: exact changes of the sum, rounded half-up to one decimal for display (R5). */
class PercentChangeTest {

  /** How a percent change is computed: the engine's, or a broken copy. */
  interface Percent {
    BigDecimal percent(long tenths, long referenceTenths);
  }

  private static final Gen<Long> TENTHS = longs().between(0, 100_000);
  private static final Gen<Long> REFERENCE_TENTHS = longs().between(1, 100_000);

  /** The property: {@code percent} is the exact change rounded half-up to one decimal. */
  private static void assertExactChangeRoundedHalfUp(Percent percent, long tenths, long referenceTenths) {
    BigDecimal exact = BigDecimal.valueOf((tenths - referenceTenths) * 100L)
        .divide(BigDecimal.valueOf(referenceTenths), 1, RoundingMode.HALF_UP);
    assertEquals(exact, percent.percent(tenths, referenceTenths),
        () -> tenths + " against " + referenceTenths + " tenths");
  }

  @Test
  void R5_percentIsTheExactChangeRoundedHalfUpToOneDecimal() {
    qt(1000).forAll(TENTHS, REFERENCE_TENTHS).checkAssert((tenths, referenceTenths) -> {
      assertExactChangeRoundedHalfUp(PercentChange::percent, tenths, referenceTenths);
      BigDecimal exact = PercentChange.percent(tenths, referenceTenths);
      assertEquals(exact.abs().toPlainString(), PercentChange.magnitude(tenths, referenceTenths).toString());
      assertEquals((exact.signum() > 0 ? "+" : "") + exact.toPlainString(),
          PercentChange.signed(tenths, referenceTenths).toString());
    });
  }

  /**
   * A copy of the rule that truncates instead of rounding (-6.27 % shown as -6.2 %) fails the
   * property, which shrinks to a small pair of sums.
   */
  @Test
  void R5_percentIsTheExactChangeRoundedHalfUpToOneDecimal_detectsBrokenRule() {
    Percent truncated = (tenths, reference) -> BigDecimal.valueOf((tenths - reference) * 100L)
        .divide(BigDecimal.valueOf(reference), 1, RoundingMode.DOWN);
    Optional<Object> smallest = smallestCounterExample(1000, theory -> theory
        .forAll(TENTHS, REFERENCE_TENTHS)
        .checkAssert((tenths, reference) -> assertExactChangeRoundedHalfUp(truncated, tenths, reference)));
    assertTrue(smallest.isPresent(), "the broken rule was not found");
    @SuppressWarnings("unchecked")
    Pair<Long, Long> pair = (Pair<Long, Long>) smallest.get();
    assertTrue(pair._1 <= 100 && pair._2 <= 100, pair::toString);
  }

  @Test
  void R5_thresholdsShowExactly() {
    assertEquals("30.0", PercentChange.magnitude(490, 700).toString());
    assertEquals("+20.0", PercentChange.signed(300, 250).toString());
    assertEquals("0.0", PercentChange.signed(250, 250).toString());
  }

  @Test
  void aTieRoundsAwayFromZero() {
    assertEquals("+6.3", PercentChange.signed(170, 160).toString()); // +6.25 %
    assertEquals("-6.3", PercentChange.signed(150, 160).toString()); // -6.25 %
    assertEquals("-0.1", PercentChange.signed(1999, 2000).toString()); // -0.05 %
  }

  @Test
  void againstZeroThereIsNoPercentage() {
    assertNull(PercentChange.percent(10, 0));
    assertEquals("n/a", PercentChange.signed(10, 0).toString());
  }
}
