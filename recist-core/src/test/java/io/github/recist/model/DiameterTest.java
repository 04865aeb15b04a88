package io.github.recist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Diameters are exact tenths of a millimetre (Rule R5) and refuse what is not a diameter. */
class DiameterTest {

  @Test
  void R5_additionIsExactInTenths() {
    // 0.1 + 0.2 is not 0.3 in binary floating point; in tenths it is.
    assertEquals(Diameter.ofMillimetres(0.3), Diameter.ofMillimetres(0.1).plus(Diameter.ofMillimetres(0.2)));
    assertEquals(306, Diameter.ofMillimetres(25.5).plus(Diameter.ofMillimetres(5.1)).tenths());
  }

  @Test
  void printsAsMillimetresAndParsesBack() {
    assertEquals("9.5 mm", Diameter.ofMillimetres(9.5).toString());
    assertEquals("32 mm", Diameter.ofMillimetres(32).toString());
    assertEquals("0 mm", Diameter.ZERO.toString());
    for (String s : new String[] {"9.5 mm", "32 mm", "0 mm", "0.1 mm", "1000 mm"}) {
      assertEquals(s, Diameter.parse(s).toString());
    }
    assertEquals(Diameter.ofTenths(95), Diameter.parse("9.5"));
    assertEquals(Diameter.ofTenths(320), Diameter.parse("32.0"));
  }

  @Test
  void equalValuesFromEveryFactoryAreEqual() {
    assertEquals(Diameter.ofTenths(320), Diameter.ofMillimetres(32L));
    assertEquals(Diameter.ofTenths(320), Diameter.ofMillimetres(32.0));
    assertEquals(Diameter.ofTenths(320), Diameter.ofMillimetres(new BigDecimal("32.00")));
    assertEquals(Diameter.ofTenths(320).hashCode(), Diameter.ofMillimetres(32.0).hashCode());
    assertEquals(new BigDecimal("9.5"), Diameter.ofTenths(95).millimetres());
  }

  @Test
  void refusesNegativeDiameter() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Diameter.ofMillimetres(-3.0));
    assertTrue(e.getMessage().contains("-3 mm is not a diameter"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Diameter.ofTenths(-1));
    assertThrows(IllegalArgumentException.class, () -> Diameter.ofMillimetres(-1L));
    assertThrows(IllegalArgumentException.class, () -> Diameter.parse("-0.1"));
  }

  /**
   * Every number of tenths from 0 to the plausible limit is a diameter of exactly that many tenths
   * (Rule R5), whether it is met for the first time or again, above 500 mm as below; and the tenths
   * out of range are refused in these words.
   */
  @Test
  void R5_everyTenthsUpToTheLimitIsThatDiameterFirstTimeOrAgain() {
    qt().forAll(longs().between(0, Diameter.MAX_TENTHS)).checkAssert(tenths -> {
      Diameter first = Diameter.ofTenths(tenths);
      assertEquals(tenths, first.tenths());
      assertEquals(first, Diameter.ofTenths(tenths));
      assertEquals(Diameter.render(tenths) + " mm", first.toString());
    });
    assertEquals(Diameter.ZERO, Diameter.ofTenths(0));
    assertEquals(Diameter.MAX_TENTHS, Diameter.ofTenths(Diameter.MAX_TENTHS).tenths());
    assertEquals("-0.1 mm is not a diameter",
        assertThrows(IllegalArgumentException.class, () -> Diameter.ofTenths(-1)).getMessage());
    assertEquals("-7 mm is not a diameter",
        assertThrows(IllegalArgumentException.class, () -> Diameter.ofTenths(-70)).getMessage());
    assertEquals("10000.1 mm is not a plausible diameter (at most 10000 mm)",
        assertThrows(IllegalArgumentException.class,
            () -> Diameter.ofTenths(Diameter.MAX_TENTHS + 1)).getMessage());
    assertEquals("922337203685477580.7 mm is not a plausible diameter (at most 10000 mm)",
        assertThrows(IllegalArgumentException.class,
            () -> Diameter.ofTenths(Long.MAX_VALUE)).getMessage());
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void refusesValuesThatAreNotNumbers(double mm) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Diameter.ofMillimetres(mm));
    assertTrue(e.getMessage().contains("is not a diameter"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"9.55", "0.01", "12.345"})
  void refusesMoreThanOneDecimal(String mm) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Diameter.parse(mm));
    assertTrue(e.getMessage().contains("more than one decimal"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Diameter.ofMillimetres(Double.parseDouble(mm)));
  }

  @Test
  void refusesImplausiblyLargeDiameter() {
    assertEquals(Diameter.MAX_TENTHS, Diameter.ofTenths(Diameter.MAX_TENTHS).tenths());
    assertThrows(IllegalArgumentException.class, () -> Diameter.ofTenths(Diameter.MAX_TENTHS + 1));
    assertThrows(IllegalArgumentException.class, () -> Diameter.ofMillimetres(1e9));
  }

  @Test
  void refusesTextThatIsNotANumber() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Diameter.parse("ten mm"));
    assertTrue(e.getMessage().contains("'ten mm' is not a diameter"), e.getMessage());
  }

  @Test
  void ordersBySize() {
    assertTrue(Diameter.ofMillimetres(9.9).compareTo(Diameter.ofMillimetres(10)) < 0);
    assertTrue(Diameter.ZERO.isZero());
  }
}
