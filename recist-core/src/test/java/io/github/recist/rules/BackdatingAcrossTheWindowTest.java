package io.github.recist.rules;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.day;
import static io.github.recist.Fixtures.reason;
import static io.github.recist.model.Response.PD;
import static io.github.recist.model.Response.SD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.recist.Fixtures;
import io.github.recist.Recist11;
import io.github.recist.model.Confirmation;
import io.github.recist.model.Protocol;
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
 * Rule R8, its window convention: an equivocal new lesion inside the evaluation window that a visit
 * outside it (R10) shows unequivocally still dates progression at its first appearance.
 */
class BackdatingAcrossTheWindowTest {

  /** T1 40 mm, then stable; N1 equivocal on day 300 (inside the year), unequivocal on day 400. */
  private static Subject lateConfirmation() {
    return Subject.builder("R8-WINDOW").referenceDate(REF).target("T1", Site.LUNG)
        .baseline(day(-7), v -> v.measure("T1", 40))
        .visit(day(84), v -> v.measure("T1", 38))
        .visit(day(300), v -> v.measure("T1", 38).equivocalNewLesion("N1", Site.LIVER))
        .visit(day(400), v -> v.measure("T1", 38).newLesion("N1", Site.LIVER))
        .build();
  }

  @Pins("R8.4")
  @Test
  void R8_aConfirmationOutsideTheWindowStillBackdatesProgressionToTheVisitInside() {
    SubjectAssessment a = Recist11.assess(lateConfirmation());
    TimepointResult first = Fixtures.at(a, day(300));
    TimepointResult confirming = Fixtures.at(a, day(400));
    assertFalse(confirming.withinWindow(), "day 400 is beyond the 365-day window (R10)");
    assertEquals(SD, first.target());
    assertEquals(PD, first.overall(), "progression dated at the first scan");
    assertEquals(Optional.of(day(300)), a.progressionDate());
  }

  @Pins("R8.4")
  @Test
  void R8_theReasonsOfBothVisitsSayTheConfirmationLiesOutsideTheWindow() {
    SubjectAssessment a = Recist11.assess(lateConfirmation());
    Reason r = reason(Fixtures.at(a, day(300)).reasons(),
        Reason.Kind.NEW_LESION_BACKDATED_FROM_OUTSIDE_WINDOW);
    assertEquals(List.of("N1", day(400)), r.values(), r::text);
    Reason later = reason(Fixtures.at(a, day(400)).reasons(),
        Reason.Kind.NEW_LESION_DATES_EARLIER_PROGRESSION_FROM_OUTSIDE_WINDOW);
    assertEquals(List.of("N1", day(300)), later.values(), later::text);
  }

  @Pins({"R8.4", "R13.1"})
  @Test
  void R8_withoutConfirmationRequiredTheBackdatedProgressionEndsTheVisitsConsidered() {
    SubjectAssessment a = Recist11.assess(lateConfirmation(),
        Protocol.defaults().withConfirmation(Confirmation.NOT_REQUIRED));
    assertEquals(Optional.of(day(300)), a.progressionDate());
    assertEquals(SD, a.bestOverallResponse(), "SD on day 84 (day 42 minimum met) before the PD");
  }
}
