package io.github.recist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link Problem}: the place, then the message; long ids shortened. */
class ProblemTest {

  @Test
  void anIdOfUpTo64CharactersIsShownInFull() {
    String id = "S".repeat(64);
    assertEquals(id, Problem.shown(id));
    assertEquals(id + " 2018-03-08 T4: -3 mm is not a diameter",
        Problem.error(id, LocalDate.of(2018, 3, 8), "T4", "-3 mm is not a diameter").toString());
  }

  @Test
  void aLongerIdIsShownByItsEndsAndItsLength() {
    String id = "A".repeat(40) + "B".repeat(999_948) + "C".repeat(12);
    assertEquals("A".repeat(40) + "..." + "C".repeat(12) + " (1000000 characters)", Problem.shown(id));
    String lesion = "T".repeat(65);
    String shown = Problem.warning(id, null, lesion, "R1", "not measurable").toString();
    assertEquals(Problem.shown(id) + " " + Problem.shown(lesion) + ": not measurable (R1)", shown);
    assertFalse(shown.contains("B"), "no message repeats a long id in full");
  }
}
