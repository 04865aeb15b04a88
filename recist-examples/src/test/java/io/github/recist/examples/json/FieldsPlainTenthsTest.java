package io.github.recist.examples.json;

import static io.github.recist.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.model.Diameter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * A diameter written as a plain decimal is read from the number's characters (issue 14, R6.3's
 * 0.1 mm): the same tenths as the {@code BigDecimal} path gives, and anything else left to it.
 */
class FieldsPlainTenthsTest {

  private static long tenths(String text) {
    char[] chars = ("xx" + text + "yy").toCharArray();
    return Fields.plainTenths(chars, 2, text.length());
  }

  /** What the {@code BigDecimal} path of the reader takes, in tenths, or -1 where it refuses. */
  private static long asDecimal(String text) {
    BigDecimal plain = new BigDecimal(text).stripTrailingZeros();
    if (plain.signum() < 0 || plain.scale() > 1
        || plain.compareTo(BigDecimal.valueOf(Diameter.MAX_TENTHS, 1)) > 0) {
      return -1;
    }
    return plain.movePointRight(1).longValueExact();
  }

  @Test
  void plainDecimalsAreReadToTheTenth() {
    assertEquals(125, tenths("12.5"));
    assertEquals(70, tenths("7.0"));
    assertEquals(35, tenths("3.50"));
    assertEquals(0, tenths("0.0"));
    assertEquals(Diameter.MAX_TENTHS, tenths("10000.0"));
  }

  @Test
  void anythingElseIsLeftToTheDecimalPath() {
    assertEquals(-1, tenths("12.55")); // a second decimal: refused there, in its words
    assertEquals(-1, tenths("-1.5"));
    assertEquals(-1, tenths("1.5e1"));
    assertEquals(-1, tenths("1.5E0"));
    assertEquals(-1, tenths("10000.1")); // above the plausible
    assertEquals(-1, tenths("12"));
    assertEquals(-1, tenths("12345678901.0")); // longer than 12 characters
  }

  private static Gen<String> decimals() {
    Gen<String> whole = SourceDSL.integers().between(0, 20_000).map(i -> String.valueOf(i));
    Gen<String> fraction = SourceDSL.integers().between(0, 9_999)
        .zip(SourceDSL.integers().between(1, 4),
            (n, width) -> String.format("%04d", n).substring(0, width));
    return whole.zip(fraction, (w, f) -> w + "." + f);
  }

  @Test
  void whereThePlainFormTakesANumberItGivesTheDecimalPathsTenths() {
    qt(2_000).forAll(decimals()).checkAssert(text -> {
      long fast = tenths(text);
      if (fast >= 0) {
        assertEquals(asDecimal(text), fast, text);
      } else {
        // left to the decimal path: only what that path refuses, or more than 12 characters
        assertTrue(asDecimal(text) < 0 || text.length() > 12, text);
      }
    });
  }
}
