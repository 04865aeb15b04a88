package io.github.recist.rules;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.day;
import static io.github.recist.Fixtures.has;
import static io.github.recist.Fixtures.reason;
import static io.github.recist.model.Response.PD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.recist.Recist11;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.result.Reason;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import io.github.recist.testing.Pins;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rule R8 with R10: the visit that shows an equivocal lesion unequivocally may lie outside the
 * window and still back-date progression; the reasons of both visits say so.
 */
class BackdatingFromOutsideTheWindowTest {

  private static Subject subject(int confirmingDay) {
    return Subject.builder("R8").referenceDate(REF).target("T1", Site.LUNG)
        .baseline(day(-7), v -> v.measure("T1", 40))
        .visit(day(300), v -> v.measure("T1", 40).equivocalNewLesion("N1", Site.LIVER))
        .visit(day(confirmingDay), v -> v.measure("T1", 40).newLesion("N1", Site.LIVER))
        .build();
  }

  @Test
  @Pins({"R8.2", "R8.4"})
  void R8_4_aConfirmingVisitOutsideTheWindowStillBackDatesAndBothVisitsSaySo() {
    SubjectAssessment a = Recist11.assess(subject(400));
    TimepointResult first = a.timepoints().get(0);
    TimepointResult confirming = a.timepoints().get(1);
    assertFalse(confirming.withinWindow());
    assertEquals(PD, first.overall());
    assertEquals(Optional.of(day(300)), a.progressionDate());
    assertEquals(List.of("N1", day(400)),
        reason(first.reasons(), Reason.Kind.NEW_LESION_BACKDATED_FROM_OUTSIDE_WINDOW).values());
    assertEquals(List.of("N1", day(300)), reason(confirming.reasons(),
        Reason.Kind.NEW_LESION_DATES_EARLIER_PROGRESSION_FROM_OUTSIDE_WINDOW).values());
  }

  @Test
  @Pins("R8.2")
  void R8_2_insideTheWindowBothVisitsSaySoToo() {
    SubjectAssessment a = Recist11.assess(subject(340));
    assertEquals(List.of("N1", day(340)),
        reason(a.timepoints().get(0).reasons(), Reason.Kind.NEW_LESION_BACKDATED).values());
    TimepointResult confirming = a.timepoints().get(1);
    assertEquals(List.of("N1", day(300)),
        reason(confirming.reasons(), Reason.Kind.NEW_LESION_DATES_EARLIER_PROGRESSION).values());
    // the confirming visit comes after the back-dated progression (R10)
    assertEquals(List.of(day(300)), reason(confirming.reasons(), Reason.Kind.AFTER_PROGRESSION).values());
    assertFalse(has(confirming.reasons(),
        Reason.Kind.NEW_LESION_DATES_EARLIER_PROGRESSION_FROM_OUTSIDE_WINDOW));
  }
}
