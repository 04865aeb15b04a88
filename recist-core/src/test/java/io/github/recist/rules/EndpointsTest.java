package io.github.recist.rules;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.UNCONFIRMED;
import static io.github.recist.Fixtures.day;
import static io.github.recist.Fixtures.recorded;
import static io.github.recist.model.Response.CR;
import static io.github.recist.model.Response.NE;
import static io.github.recist.model.Response.PD;
import static io.github.recist.model.Response.PR;
import static io.github.recist.model.Response.SD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Recist11;
import io.github.recist.model.Response;
import io.github.recist.model.VisitResponse;
import io.github.recist.model.Subject;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimeToEvent;
import io.github.recist.testing.Pins;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rule R13: progression date, duration of response and progression-free survival. */
class EndpointsTest {

  private static Subject.Builder recordedBuilder(Object... dayThenResponse) {
    Subject.Builder b = Subject.builder("R13").referenceDate(REF);
    for (int i = 0; i < dayThenResponse.length; i += 2) {
      b.recorded(day((Integer) dayThenResponse[i]), VisitResponse.of((Response) dayThenResponse[i + 1]));
    }
    return b;
  }

  private static void assertTime(int startDay, int endDay, boolean event, TimeToEvent t) {
    assertEquals(day(startDay), t.start(), t::toString);
    assertEquals(day(endDay), t.end(), t::toString);
    assertEquals(event, t.event(), t::toString);
    assertEquals(endDay - startDay, t.days());
  }

  @Pins("R13.1")
  @Test
  void R13_progressionDateIsTheFirstPdInTheWindow() {
    SubjectAssessment a = Recist11.assess(recorded(42, SD, 84, PD, 126, PD));
    assertEquals(Optional.of(day(84)), a.progressionDate());
    assertTrue(a.explain().contains("progression established on " + day(84)), a.explain());
    assertEquals(Optional.empty(), Recist11.assess(recorded(42, SD, 84, NE)).progressionDate());
  }

  @Pins("R13.2")
  @Test
  void R13_durationOfResponseRunsFromTheFirstResponseToProgression() {
    SubjectAssessment a = Recist11.assess(recorded(42, PR, 84, PR, 140, PD));
    assertTime(42, 140, true, a.durationOfResponse().get());
  }

  @Pins("R13.2")
  @Test
  void R13_durationOfResponseStartsAtTheFirstPrOfAResponseThatBecameCr() {
    SubjectAssessment a = Recist11.assess(recorded(42, PR, 84, CR, 126, CR, 200, PD));
    assertEquals(CR, a.bestOverallResponse());
    assertTime(42, 200, true, a.durationOfResponse().get());
  }

  @Pins("R13.2")
  @Test
  void R13_durationOfResponseWithoutConfirmationStartsAtTheFirstCrOrPr() {
    // RECIST 1.1 §4.5.1: from when CR or PR (whichever first) is first met
    SubjectAssessment a = Recist11.assess(recorded(42, PR, 84, CR, 126, PD), UNCONFIRMED);
    assertEquals(CR, a.bestOverallResponse());
    assertTime(42, 126, true, a.durationOfResponse().get());
  }

  @Pins("R13.2")
  @Test
  void R13_durationOfResponseIsCensoredAtTheLastEvaluableVisit() {
    SubjectAssessment a = Recist11.assess(recorded(42, PR, 84, PR, 126, NE));
    assertTime(42, 84, false, a.durationOfResponse().get());
  }

  @Test
  void R13_noDurationOfResponseWithoutAResponse() {
    assertEquals(Optional.empty(), Recist11.assess(recorded(42, SD, 84, PD)).durationOfResponse());
    assertEquals(Optional.empty(), Recist11.assess(recorded(14, PR, 28, PD)).durationOfResponse(),
        "an unconfirmed PR is not a response");
  }

  @Pins("R13.3")
  @Test
  void R13_progressionFreeSurvivalEndsAtProgression() {
    assertTime(0, 84, true, Recist11.assess(recorded(42, SD, 84, PD)).progressionFreeSurvival());
  }

  @Pins("R13.3")
  @Test
  void R13_progressionFreeSurvivalIsCensoredAtTheLastEvaluableVisit() {
    assertTime(0, 42, false, Recist11.assess(recorded(42, SD, 84, NE)).progressionFreeSurvival());
  }

  @Test
  void R13_progressionFreeSurvivalWithoutEvaluableVisitIsCensoredAtTheReferenceDate() {
    assertTime(0, 0, false, Recist11.assess(recorded(42, NE)).progressionFreeSurvival());
    assertTime(0, 0, false, Recist11.assess(recorded()).progressionFreeSurvival());
  }

  @Pins("R13.3")
  @Test
  void R13_deathIsAProgressionFreeSurvivalEvent() {
    Subject s = recordedBuilder(42, SD, 84, NE).deathDate(day(100)).build();
    assertTime(0, 100, true, Recist11.assess(s).progressionFreeSurvival());
  }

  @Pins("R13.3")
  @Test
  void R13_progressionBeforeDeathIsTheEvent() {
    Subject s = recordedBuilder(42, SD, 84, PD).deathDate(day(100)).build();
    assertTime(0, 84, true, Recist11.assess(s).progressionFreeSurvival());
  }

  @Pins("R13.4")
  @Test
  void R13_newTherapyCensorsAtTheLastEvaluableVisitBeforeIt() {
    Subject s = recordedBuilder(42, PR, 70, PR, 84, SD, 126, PD).newTherapyDate(day(80)).build();
    SubjectAssessment a = Recist11.assess(s);
    assertTime(0, 70, false, a.progressionFreeSurvival());
    assertTime(42, 70, false, a.durationOfResponse().get());
  }

  @Pins("R13.4")
  @Test
  void R13_deathAfterNewTherapyIsNotAnEvent() {
    Subject s = recordedBuilder(42, SD, 84, SD).newTherapyDate(day(90)).deathDate(day(120)).build();
    assertTime(0, 84, false, Recist11.assess(s).progressionFreeSurvival());
  }
}
