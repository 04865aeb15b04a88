package io.github.recist.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** {@link PercentChange}: exact changes of the sum, rounded toward zero to one decimal for display (R5). */
class PercentChangeTest {

  @Property
  void R5_percentIsTheExactChangeRoundedTowardZeroToOneDecimal(
      @ForAll @LongRange(min = 0, max = 100_000) long tenths,
      @ForAll @LongRange(min = 1, max = 100_000) long referenceTenths) {
    BigDecimal exact = BigDecimal.valueOf((tenths - referenceTenths) * 100L)
        .divide(BigDecimal.valueOf(referenceTenths), 1, RoundingMode.DOWN);
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
  }
}
