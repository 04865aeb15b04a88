package io.github.recist.rules;

import static io.github.recist.Fixtures.UNCONFIRMED;
import static io.github.recist.Fixtures.at;
import static io.github.recist.Fixtures.day;
import static io.github.recist.Fixtures.has;
import static io.github.recist.Fixtures.measured;
import static io.github.recist.Fixtures.recorded;
import static io.github.recist.model.Response.CR;
import static io.github.recist.model.Response.PD;
import static io.github.recist.model.Response.PR;
import static io.github.recist.model.Response.SD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Recist11;
import io.github.recist.model.Protocol;
import io.github.recist.result.Reason;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import io.github.recist.testing.Pins;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rule R10: the evaluation window, and visits after the first progression. */
class EvaluationWindowTest {

  @Pins("R10.1")
  @Test
  void R10_progressionOnDay365IsInsideTheWindow() {
    SubjectAssessment a = Recist11.assess(measured(40, 42, 40, 365, 50));
    assertTrue(at(a, day(365)).withinWindow());
    assertEquals(Optional.of(day(365)), a.progressionDate());
    assertEquals(SD, a.bestOverallResponse(), "the SD of day 42 meets the minimum duration");
  }

  @Pins("R10.1")
  @Test
  void R10_progressionOnDay366IsOutsideTheWindow() {
    SubjectAssessment a = Recist11.assess(measured(40, 42, 40, 366, 50));
    TimepointResult late = at(a, day(366));
    assertEquals(PD, late.overall(), "visits outside the window are still classified and reported");
    assertFalse(late.withinWindow());
    assertTrue(has(late.reasons(), Reason.Kind.OUTSIDE_WINDOW), late.explain());
    assertEquals(Optional.empty(), a.progressionDate());
    assertTrue(has(a.reasons(), Reason.Kind.PROGRESSION_OUTSIDE_WINDOW), a.explain());
    assertEquals(SD, a.bestOverallResponse());
    assertFalse(a.progressionFreeSurvival().event());
    assertEquals(day(42), a.progressionFreeSurvival().end());
  }

  @Pins("R10.1")
  @Test
  void R10_responsesOutsideTheWindowDoNotCountForBestResponse() {
    SubjectAssessment a = Recist11.assess(recorded(42, SD, 366, CR), UNCONFIRMED);
    assertEquals(SD, a.bestOverallResponse());
  }

  @Pins("R10.1")
  @Test
  void R10_followUpDaysIsAnOption() {
    Protocol halfYear = Protocol.defaults().withFollowUpDays(180);
    assertEquals(Optional.of(day(180)), Recist11.assess(measured(40, 42, 40, 180, 50), halfYear).progressionDate());
    assertEquals(Optional.empty(), Recist11.assess(measured(40, 42, 40, 181, 50), halfYear).progressionDate());
    assertEquals(365, Protocol.defaults().followUpDays());
  }

  @Pins("R10.1")
  @Test
  void R10_visitsAfterTheFirstProgressionAreIgnoredByBestResponse() {
    // the case-format example: PD on day 15, SD on day 34, and later a PR that no longer counts
    SubjectAssessment a = Recist11.assess(recorded(15, PD, 34, SD, 60, PR, 100, PR), UNCONFIRMED);
    assertEquals(PD, a.bestOverallResponse());
    assertEquals(Optional.of(day(15)), a.bestOverallResponseDate());
    assertEquals(4, a.timepoints().size(), "they are still reported");
  }

  @Pins({"R10.1", "R12.2"})
  @Test
  void R10_aResponseAfterProgressionDoesNotConfirmOneBeforeIt() {
    SubjectAssessment a = Recist11.assess(recorded(42, PR, 84, PD, 126, PR));
    assertEquals(SD, a.bestOverallResponse());
    assertFalse(a.confirmed());
    assertEquals(Optional.of(day(84)), a.progressionDate());
  }

  @Pins({"R10.1", "R12.1"})
  @Test
  void R10_aVisitOutsideTheWindowDoesNotConfirmAResponse() {
    SubjectAssessment a = Recist11.assess(recorded(340, PR, 370, PR));
    assertFalse(a.confirmed());
    assertEquals(SD, a.bestOverallResponse());
    assertEquals(PR, Recist11.assess(recorded(330, PR, 365, PR)).bestOverallResponse());
  }

  @Test
  void R10_lastDayIsTheReferenceDatePlusTheFollowUp() {
    assertEquals(day(365), EvaluationWindow.lastDay(day(0), Protocol.defaults()));
    assertTrue(EvaluationWindow.contains(day(365), day(365)));
    assertFalse(EvaluationWindow.contains(day(365), day(366)));
  }
}
