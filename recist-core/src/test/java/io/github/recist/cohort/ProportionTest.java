package io.github.recist.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.recist.testing.Pins;
import org.junit.jupiter.api.Test;

/**
 * {@link Proportion}: exact Clopper–Pearson intervals (Rule R13) against R's {@code binom.test}
 * (R 4.2.2), which computes them from beta quantiles, a route independent of Commons Math's F
 * quantiles.
 */
class ProportionTest {

  @Pins("R13.5")
  @Test
  void R13_threeOfTwentyMatchesBinomTest() {
    Proportion p = Proportion.of(3, 20);
    assertEquals(0.15, p.estimate());
    assertEquals(0.0320709372, p.interval().lower(), 1e-9);
    assertEquals(0.3789268266, p.interval().upper(), 1e-9);
    assertEquals(0.95, p.confidenceLevel());
    assertEquals("3/20 = 15.0% (95% CI 3.2%–37.9%)", p.toString());
  }

  @Test
  void R13_otherCountsAndLevelsMatchBinomTest() {
    assertInterval(Proportion.of(5, 12), 0.1516522298, 0.7233303143);
    assertInterval(Proportion.of(4, 10), 0.1215522581, 0.7376219234);
    assertInterval(Proportion.of(7, 10), 0.3475471499, 0.9332604888);
    assertInterval(Proportion.of(7, 12, 0.90), 0.3152377907, 0.8189752428);
    assertInterval(Proportion.of(4, 10).withConfidenceLevel(0.90), 0.1500282408, 0.6964627874);
  }

  @Test
  void R13_noSuccessAndAllSuccessesUseTheClosedForms() {
    // binom.test(0, 20): 0 to 0.168433471; binom.test(20, 20): 0.831566529 to 1.
    assertInterval(Proportion.of(0, 20), 0, 0.168433471);
    assertInterval(Proportion.of(20, 20), 0.831566529, 1);
    // One of one: (0.025, 1).
    assertInterval(Proportion.of(1, 1), 0.025, 1);
    assertInterval(Proportion.of(0, 1), 0, 0.975);
  }

  @Test
  void badCountsAreRejectedNamingTheValue() {
    assertEquals("a proportion needs at least one trial, not 0",
        assertThrows(IllegalArgumentException.class, () -> Proportion.of(0, 0)).getMessage());
    assertEquals("successes 21 is not between 0 and the number of trials 20",
        assertThrows(IllegalArgumentException.class, () -> Proportion.of(21, 20)).getMessage());
    assertEquals("confidence level 1.0 is not strictly between 0 and 1 (use 0.95 for 95%)",
        assertThrows(IllegalArgumentException.class, () -> Proportion.of(1, 20, 1.0))
            .getMessage());
  }

  private static void assertInterval(Proportion p, double lower, double upper) {
    assertEquals(lower, p.interval().lower(), 1e-9, p + " lower");
    assertEquals(upper, p.interval().upper(), 1e-9, p + " upper");
  }

  @Test
  void proportionsAreValues() {
    Proportion p = Proportion.of(3, 20);
    assertEquals(p, Proportion.of(3, 20));
    assertEquals(p.hashCode(), Proportion.of(3, 20).hashCode());
    assertNotEquals(p, Proportion.of(4, 20));
    assertNotEquals(p, Proportion.of(3, 21));
    assertNotEquals(p, Proportion.of(3, 20, 0.9));
    assertNotEquals(p, (Object) "3/20");
  }
}
