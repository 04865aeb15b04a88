package io.github.recist.rules;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.UNCONFIRMED;
import static io.github.recist.Fixtures.day;
import static io.github.recist.Fixtures.has;
import static io.github.recist.Fixtures.reason;
import static io.github.recist.model.Response.NE;
import static io.github.recist.model.Response.PD;
import static io.github.recist.model.Response.PR;
import static io.github.recist.model.Response.SD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Recist11;
import io.github.recist.model.Response;
import io.github.recist.model.VisitResponse;
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
 * Rules R10, R13: assessments on or after {@code newTherapyDate} are reported but not considered;
 * they back-date nothing (R8); death is an event of both endpoints, in the window only.
 */
class NewTherapyTest {

  private static Subject.Builder recorded(Object... dayThenResponse) {
    Subject.Builder b = Subject.builder("NT").referenceDate(REF);
    for (int i = 0; i < dayThenResponse.length; i += 2) {
      b.recorded(day((Integer) dayThenResponse[i]), VisitResponse.of((Response) dayThenResponse[i + 1]));
    }
    return b;
  }

  @Test
  @Pins("R10")
  void R10_aVisitOnTheNewTherapyDateIsReportedButNotConsidered() {
    SubjectAssessment a = Recist11.assess(recorded(42, SD, 84, PD).newTherapyDate(day(84)).build());
    assertEquals(2, a.timepoints().size());
    TimepointResult on = a.timepoints().get(1);
    assertEquals(PD, on.overall());
    assertEquals(List.of(day(84)), reason(on.reasons(), Reason.Kind.AFTER_NEW_THERAPY).values());
    assertEquals(Optional.empty(), a.progressionDate());
    assertEquals(SD, a.bestOverallResponse());
    assertFalse(a.progressionFreeSurvival().event());
    assertEquals(day(42), a.progressionFreeSurvival().end());
  }

  @Test
  @Pins("R10")
  void R10_aVisitTheDayBeforeTheNewTherapyCounts() {
    SubjectAssessment a = Recist11.assess(recorded(42, SD, 84, PD).newTherapyDate(day(85)).build());
    assertEquals(Optional.of(day(84)), a.progressionDate());
    assertFalse(has(a.timepoints().get(1).reasons(), Reason.Kind.AFTER_NEW_THERAPY));
  }

  @Test
  @Pins({"R10", "R12.1"})
  void R10_aVisitAfterTheNewTherapyConfirmsNothing() {
    SubjectAssessment a = Recist11.assess(recorded(42, PR, 84, PR).newTherapyDate(day(60)).build());
    assertFalse(a.confirmed());
    assertEquals(SD, a.bestOverallResponse());
  }

  @Test
  @Pins("R8.4")
  void R8_4_aVisitOnOrAfterTheNewTherapyBackDatesNothing() {
    Subject s = Subject.builder("NT-8").referenceDate(REF).target("T1", Site.LUNG)
        .baseline(day(-7), v -> v.measure("T1", 40))
        .visit(day(42), v -> v.measure("T1", 40).equivocalNewLesion("N1", Site.LIVER))
        .visit(day(84), v -> v.measure("T1", 40).newLesion("N1", Site.LIVER))
        .newTherapyDate(day(70)).build();
    SubjectAssessment a = Recist11.assess(s);
    assertEquals(SD, a.timepoints().get(0).overall());
    assertFalse(has(a.timepoints().get(0).reasons(), Reason.Kind.NEW_LESION_BACKDATED));
    assertEquals(Optional.empty(), a.progressionDate());
  }

  @Test
  @Pins("R13.2")
  void R13_2_deathIsAnEventOfDurationOfResponse() {
    SubjectAssessment a = Recist11.assess(recorded(42, PR, 84, PR, 126, NE).deathDate(day(150)).build());
    assertEquals(PR, a.bestOverallResponse());
    assertEquals(day(42), a.durationOfResponse().get().start());
    assertEquals(day(150), a.durationOfResponse().get().end());
    assertTrue(a.durationOfResponse().get().event());
  }

  @Test
  @Pins("R13.2")
  void R13_2_progressionBeforeDeathEndsDurationOfResponse() {
    SubjectAssessment a = Recist11.assess(recorded(42, PR, 84, PR, 126, PD).deathDate(day(150)).build());
    assertEquals(day(126), a.durationOfResponse().get().end());
  }

  @Test
  @Pins("R13.4")
  void R13_4_aDeathAfterTheWindowIsNoEventOfEitherEndpoint() {
    SubjectAssessment a = Recist11.assess(recorded(42, PR, 84, PR, 126, SD).deathDate(day(366)).build());
    assertFalse(a.progressionFreeSurvival().event());
    assertEquals(day(126), a.progressionFreeSurvival().end());
    assertFalse(a.durationOfResponse().get().event());
    assertEquals(day(126), a.durationOfResponse().get().end());
    SubjectAssessment lastDay =
        Recist11.assess(recorded(42, PR, 84, PR, 126, SD).deathDate(day(365)).build());
    assertTrue(lastDay.progressionFreeSurvival().event());
    assertTrue(lastDay.durationOfResponse().get().event());
  }

  @Test
  @Pins("R13.4")
  void R13_4_aDeathAfterTheNewTherapyIsNoEventOfDurationOfResponse() {
    SubjectAssessment a = Recist11.assess(recorded(42, PR, 84, PR, 126, SD)
        .newTherapyDate(day(100)).deathDate(day(150)).build());
    assertFalse(a.durationOfResponse().get().event());
    assertEquals(day(84), a.durationOfResponse().get().end());
    assertEquals(day(84), a.progressionFreeSurvival().end());
  }

  @Test
  @Pins("R13.2")
  void R13_2_durationOfResponseStartsAtTheConfirmedResponseNotAnEarlierUnconfirmedOne() {
    // PR on day 42 not confirmed (SD on day 70 breaks it); PR on day 98 confirmed on day 126:
    // duration of response runs from day 98, not day 42
    SubjectAssessment a = Recist11.assess(recorded(42, PR, 70, SD, 98, PR, 126, PR, 168, PD).build());
    assertEquals(PR, a.bestOverallResponse());
    assertEquals(Optional.of(day(98)), a.bestOverallResponseDate());
    assertEquals(day(98), a.durationOfResponse().get().start());
    assertEquals(day(168), a.durationOfResponse().get().end());
    // without confirmation, the first PR starts it
    assertEquals(day(42),
        Recist11.assess(recorded(42, PR, 70, SD, 98, PR, 126, PR, 168, PD).build(), UNCONFIRMED)
            .durationOfResponse().get().start());
  }
}
