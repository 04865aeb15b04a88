package io.github.recist.rules;

import static io.github.recist.Fixtures.UNCONFIRMED;
import static io.github.recist.Fixtures.day;
import static io.github.recist.Fixtures.has;
import static io.github.recist.Fixtures.measured;
import static io.github.recist.Fixtures.reason;
import static io.github.recist.Fixtures.recorded;
import static io.github.recist.model.Response.PD;
import static io.github.recist.model.Response.PR;
import static io.github.recist.model.Response.SD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.recist.Recist11;
import io.github.recist.result.Reason;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import io.github.recist.testing.Pins;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule R10: every visit after the first progression is reported with a reason saying it is ignored. */
class AfterProgressionTest {

  @Test
  @Pins("R10")
  void R10_everyVisitAfterTheFirstPdSaysItComesAfterProgression() {
    SubjectAssessment a = Recist11.assess(recorded(15, PD, 34, SD, 60, PR, 100, PR), UNCONFIRMED);
    assertFalse(has(a.timepoints().get(0).reasons(), Reason.Kind.AFTER_PROGRESSION));
    for (TimepointResult t : a.timepoints().subList(1, 4)) {
      assertEquals(List.of(day(15)), reason(t.reasons(), Reason.Kind.AFTER_PROGRESSION).values(),
          t::toString);
    }
    assertEquals(PD, a.bestOverallResponse());
  }

  @Test
  @Pins("R10")
  void R10_measuredVisitsAfterTheFirstPdSayItToo() {
    // 40 mm, then 50 mm (PD: +25 %, +10 mm), then 20 mm: still classified (PR), but after progression
    SubjectAssessment a = Recist11.assess(measured(40, 42, 50, 84, 20));
    TimepointResult later = a.timepoints().get(1);
    assertEquals(PR, later.overall());
    assertEquals(List.of(day(42)), reason(later.reasons(), Reason.Kind.AFTER_PROGRESSION).values());
    assertEquals(PD, a.bestOverallResponse());
  }

  @Test
  @Pins("R10")
  void R10_withoutProgressionNoVisitSaysSo() {
    SubjectAssessment a = Recist11.assess(recorded(42, SD, 84, SD, 126, PR));
    a.timepoints().forEach(t -> assertFalse(has(t.reasons(), Reason.Kind.AFTER_PROGRESSION)));
    assertEquals(SD, a.bestOverallResponse());
  }

  @Test
  @Pins("R10")
  void R10_aPdOutsideTheWindowIsNotTheFirstProgression() {
    SubjectAssessment a = Recist11.assess(recorded(42, SD, 366, PD, 400, SD));
    a.timepoints().forEach(t -> assertFalse(has(t.reasons(), Reason.Kind.AFTER_PROGRESSION)));
  }
}
