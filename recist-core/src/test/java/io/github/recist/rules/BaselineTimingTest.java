package io.github.recist.rules;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Recist11;
import io.github.recist.model.InvalidSubjectException;
import io.github.recist.model.Problem;
import io.github.recist.model.Protocol;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.testing.Pins;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rule R3: baseline imaging at most 28 days before the start of treatment. */
class BaselineTimingTest {

  private static Subject baselineDaysBefore(int days) {
    return Subject.builder("R3").referenceDate(REF).target("T1", Site.LUNG)
        .baseline(day(-days), v -> v.measure("T1", 20)).build();
  }

  @Pins("R3.1")
  @Test
  void R3_baseline28DaysBeforeIsOnTime() {
    assertEquals(List.of(), Recist11.deviations(baselineDaysBefore(28), Protocol.defaults()));
  }

  @Pins("R3.1")
  @Test
  void R3_baseline29DaysBeforeIsAWarning() {
    List<Problem> w = Recist11.deviations(baselineDaysBefore(29), Protocol.defaults());
    assertEquals(1, w.size());
    Problem p = w.get(0);
    assertEquals(Optional.of("R3"), p.rule());
    assertEquals(Optional.of(day(-29)), p.date());
    assertTrue(p.message().contains("29 days before"), p.message());
    assertEquals(1, Recist11.assess(baselineDaysBefore(29)).warnings().size());
  }

  @Pins("R3.1")
  @Test
  void R3_strictModeMakesALateBaselineAnError() {
    InvalidSubjectException e = assertThrows(InvalidSubjectException.class,
        () -> Recist11.assess(baselineDaysBefore(29), Protocol.defaults().withStrict(true)));
    assertTrue(e.problems().get(0).isError());
    assertTrue(e.getMessage().startsWith("R3 " + day(-29)), e.getMessage());
  }

  @Test
  void R3_theLimitIsAnOption() {
    Protocol sixWeeks = Protocol.defaults().withMaxBaselineDaysBeforeStart(42);
    assertEquals(List.of(), Recist11.deviations(baselineDaysBefore(42), sixWeeks));
    assertEquals(1, Recist11.deviations(baselineDaysBefore(43), sixWeeks).size());
  }
}
