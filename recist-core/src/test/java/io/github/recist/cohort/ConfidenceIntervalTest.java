package io.github.recist.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link ConfidenceInterval}: limits that are probabilities, a level in (0, 1), value semantics. */
class ConfidenceIntervalTest {

  @Test
  void limitsMayBeAnywhereInZeroToOneInclusive() {
    assertEquals(0, ConfidenceInterval.of(0, 0, 0.95).upper(), "no success: the interval may be [0, 0]");
    assertEquals(1, ConfidenceInterval.of(1, 1, 0.95).lower(), "every success: [1, 1]");
    ConfidenceInterval i = ConfidenceInterval.of(0.2, 0.5, 0.9);
    assertEquals(0.2, i.lower());
    assertEquals(0.5, i.upper());
    assertEquals(0.9, i.level());
  }

  @Test
  void limitsThatAreNoProbabilitiesOrOutOfOrderAreRejectedNamingTheValue() {
    assertEquals("lower limit -0.1 is not a probability in [0, 1]", assertThrows(
        IllegalArgumentException.class, () -> ConfidenceInterval.of(-0.1, 0.5, 0.95)).getMessage());
    assertEquals("lower limit 1.1 is not a probability in [0, 1]", assertThrows(
        IllegalArgumentException.class, () -> ConfidenceInterval.of(1.1, 1, 0.95)).getMessage());
    assertEquals("upper limit -0.5 is not a probability in [0, 1]", assertThrows(
        IllegalArgumentException.class, () -> ConfidenceInterval.of(0, -0.5, 0.95)).getMessage());
    assertEquals("upper limit 1.5 is not a probability in [0, 1]", assertThrows(
        IllegalArgumentException.class, () -> ConfidenceInterval.of(0.2, 1.5, 0.95)).getMessage());
    assertEquals("lower limit 0.6 is above upper limit 0.5", assertThrows(
        IllegalArgumentException.class, () -> ConfidenceInterval.of(0.6, 0.5, 0.95)).getMessage());
  }

  @Test
  void theLevelIsStrictlyBetweenZeroAndOne() {
    for (double level : new double[] {0, 1, -0.5, 95}) {
      assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.of(0.2, 0.5, level),
          "level " + level);
    }
    assertEquals(0.999, ConfidenceInterval.of(0.2, 0.5, 0.999).level());
  }

  @Test
  void containsIsClosedAtBothEnds() {
    ConfidenceInterval i = ConfidenceInterval.of(0.2, 0.5, 0.95);
    assertTrue(i.contains(0.2));
    assertTrue(i.contains(0.35));
    assertTrue(i.contains(0.5));
    assertFalse(i.contains(0.19));
    assertFalse(i.contains(0.51));
  }

  @Test
  void intervalsAreValuesAndPrintTheirLevel() {
    ConfidenceInterval i = ConfidenceInterval.of(0.0320709372, 0.3789268266, 0.95);
    assertEquals(i, ConfidenceInterval.of(0.0320709372, 0.3789268266, 0.95));
    assertEquals(i.hashCode(), ConfidenceInterval.of(0.0320709372, 0.3789268266, 0.95).hashCode());
    assertNotEquals(i, ConfidenceInterval.of(0.03, 0.3789268266, 0.95));
    assertNotEquals(i, ConfidenceInterval.of(0.0320709372, 0.38, 0.95));
    assertNotEquals(i, ConfidenceInterval.of(0.0320709372, 0.3789268266, 0.9));
    assertNotEquals(i, (Object) "0.0321–0.3789 (95%)");
    assertEquals("0.0321–0.3789 (95%)", i.toString());
    assertEquals("0.1000–0.2000 (97.5%)", ConfidenceInterval.of(0.1, 0.2, 0.975).toString());
  }
}
