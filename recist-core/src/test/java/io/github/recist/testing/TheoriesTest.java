package io.github.recist.testing;

import static io.github.recist.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.Generate.range;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Theories}: how a property runs, and what a failure tells the reader. */
class TheoriesTest {

  @Test
  void aFailingPropertyNamesItsSmallestCounterExampleItsSeedAndHowToRunItAgain() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> qt(100).forAll(range(0, 1000)).check(n -> n < 10));
    String message = e.getMessage();
    // shrunk to the smallest failing value
    assertTrue(message.contains("Smallest found falsifying value(s) :-" + System.lineSeparator() + "10"),
        message);
    assertTrue(message.contains("Seed was " + Theories.seed()), message);
    assertTrue(message.contains("-DQT_SEED=" + Theories.seed() + " -DQT_EXAMPLES="
        + Theories.examples(100)), message);
  }

  @Test
  void theSameSeedGivesTheSameExamples() {
    assertEquals(examples(), examples());
  }

  private static List<Integer> examples() {
    List<Integer> seen = new ArrayList<>();
    qt(50).forAll(range(0, 1_000_000)).checkAssert(seen::add);
    return seen;
  }

  @Test
  void aFixedSampleIgnoresTheSystemProperties() {
    List<Integer> seen = new ArrayList<>();
    Theories.sample(20).forAll(range(0, 1_000_000)).checkAssert(seen::add);
    List<Integer> again = new ArrayList<>();
    Theories.sample(20).forAll(range(0, 1_000_000)).checkAssert(again::add);
    assertEquals(seen, again);
    assertTrue(seen.size() > 10 && seen.size() <= 20, seen::toString);
  }
}
