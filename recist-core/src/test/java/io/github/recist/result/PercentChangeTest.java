package io.github.recist.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** {@link PercentChange}: exact changes of the sum, rounded half-up to one decimal for display (R5). */
class PercentChangeTest {

  @Property
  void R5_percentIsTheExactChangeRoundedHalfUpToOneDecimal(
      @ForAll @LongRange(min = 0, max = 100_000) long tenths,
      @ForAll @LongRange(min = 1, max = 100_000) long referenceTenths) {
    BigDecimal exact = BigDecimal.valueOf((tenths - referenceTenths) * 100L)
        .divide(BigDecimal.valueOf(referenceTenths), 1, RoundingMode.HALF_UP);
    assertEquals(exact, PercentChange.percent(tenths, referenceTenths));
    assertEquals(exact.abs().toPlainString(), PercentChange.magnitude(tenths, referenceTenths).toString());
    assertEquals((exact.signum() > 0 ? "+" : "") + exact.toPlainString(),
        PercentChange.signed(tenths, referenceTenths).toString());
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
