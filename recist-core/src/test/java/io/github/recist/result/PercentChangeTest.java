package io.github.recist.result;

import static io.github.recist.testing.Theories.qt;
import static io.github.recist.testing.Theories.smallestCounterExample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/** {@link PercentChange}: exact changes of the sum, rounded toward zero to one decimal for display (R5). */
class PercentChangeTest {

  /** How a percent change is computed: the engine's, or a broken copy. */
  interface Percent {
    BigDecimal percent(long tenths, long referenceTenths);
  }

  private static final Gen<Long> TENTHS = longs().between(0, 100_000);
  private static final Gen<Long> REFERENCE_TENTHS = longs().between(1, 100_000);

  /** The property: {@code percent} is the exact change rounded toward zero to one decimal (R5.4). */
  private static void assertExactChangeRoundedTowardZero(Percent percent, long tenths,
      long referenceTenths) {
    BigDecimal exact = BigDecimal.valueOf((tenths - referenceTenths) * 100L)
        .divide(BigDecimal.valueOf(referenceTenths), 1, RoundingMode.DOWN);
    assertEquals(exact, percent.percent(tenths, referenceTenths),
        () -> tenths + " against " + referenceTenths + " tenths");
  }

  @Test
  void R5_percentIsTheExactChangeRoundedTowardZeroToOneDecimal() {
    qt(1000).forAll(TENTHS, REFERENCE_TENTHS).checkAssert((tenths, referenceTenths) -> {
      assertExactChangeRoundedTowardZero(PercentChange::percent, tenths, referenceTenths);
      BigDecimal exact = PercentChange.percent(tenths, referenceTenths);
      assertEquals(exact.abs().toPlainString(), PercentChange.magnitude(tenths, referenceTenths).toString());
      assertEquals((exact.signum() > 0 ? "+" : "") + exact.toPlainString(),
          PercentChange.signed(tenths, referenceTenths).toString());
    });
  }

  /**
   * A copy of the rule that rounds half-up instead of toward zero (-29.97 % shown as -30.0 %) fails
   * the property, which shrinks to a small pair of sums.
   */
  @Test
  void R5_percentIsTheExactChangeRoundedTowardZeroToOneDecimal_detectsBrokenRule() {
    Percent halfUp = (tenths, reference) -> BigDecimal.valueOf((tenths - reference) * 100L)
        .divide(BigDecimal.valueOf(reference), 1, RoundingMode.HALF_UP);
    Optional<Object> smallest = smallestCounterExample(1000, theory -> theory
        .forAll(TENTHS, REFERENCE_TENTHS)
        .checkAssert((tenths, reference) -> assertExactChangeRoundedTowardZero(halfUp, tenths, reference)));
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
  @io.github.recist.testing.Pins("R5.4")
  void R5_4_shownPercentagesRoundTowardZero() {
    // 100.1 -> 70.1 mm is -29.97 %: shown -29.9 %, never -30.0 % beside SD
    assertEquals("-29.9", PercentChange.signed(701, 1001).toString());
    assertEquals("29.9", PercentChange.magnitude(701, 1001).toString());
    assertEquals(new BigDecimal("-29.9"), PercentChange.percent(701, 1001));
    assertEquals("+6.2", PercentChange.signed(170, 160).toString()); // +6.25 %
    assertEquals("-6.2", PercentChange.signed(150, 160).toString()); // -6.25 %
    assertEquals("+19.9", PercentChange.signed(2999, 2500).toString()); // +19.96 %, not PD
    assertEquals("0.0", PercentChange.signed(1999, 2000).toString()); // -0.05 %
  }

  @Test
  void againstZeroThereIsNoPercentage() {
    assertNull(PercentChange.percent(10, 0));
    assertEquals("n/a", PercentChange.signed(10, 0).toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PercentChange.tenthsOfPercent(10, 0));
    assertEquals("a change in percent needs a reference above 0 mm, not 0 tenths", e.getMessage());
  }

  /**
   * A change keeps its sums exactly, up to the largest a sum of diameters can be and far beyond
   * (R5), and refuses a figure no sum is rather than wrap it.
   */
  @Test
  void R5_aChangeKeepsItsSumsExactlyAndRefusesWhatNoSumIs() {
    long largest = Integer.MAX_VALUE;
    PercentChange far = PercentChange.signed(largest, largest / 2 + 1);
    assertEquals(io.github.recist.model.Diameter.MAX_TENTHS, PercentChange.magnitude(
        io.github.recist.model.Diameter.MAX_TENTHS, 10).value().tenths());
    assertEquals("+99.9", far.toString());
    assertEquals(PercentChange.signed(largest, largest / 2 + 1), far);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PercentChange.signed(largest + 1, 10));
    assertEquals("2147483648 tenths of a millimetre is not a sum of diameters", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PercentChange.magnitude(10, -largest - 2));
  }

  /** The digits a writer prints (issue 14) are those of the percentage, rounding included (R5.4). */
  @Test
  void R5_4_tenthsOfPercentAreTheDigitsOfThePercentage() {
    assertEquals(-299, PercentChange.tenthsOfPercent(701, 1001));
    assertEquals(0, PercentChange.tenthsOfPercent(1999, 2000));
    qt(1000).forAll(TENTHS, REFERENCE_TENTHS).checkAssert((tenths, referenceTenths) ->
        assertEquals(PercentChange.percent(tenths, referenceTenths),
            BigDecimal.valueOf(PercentChange.tenthsOfPercent(tenths, referenceTenths), 1)));
  }
}
