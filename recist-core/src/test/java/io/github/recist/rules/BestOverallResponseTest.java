package io.github.recist.rules;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.UNCONFIRMED;
import static io.github.recist.Fixtures.day;
import static io.github.recist.Fixtures.has;
import static io.github.recist.Fixtures.reason;
import static io.github.recist.Fixtures.recorded;
import static io.github.recist.model.Response.CR;
import static io.github.recist.model.Response.NE;
import static io.github.recist.model.Response.NON_CR_NON_PD;
import static io.github.recist.model.Response.PD;
import static io.github.recist.model.Response.PR;
import static io.github.recist.model.Response.SD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Recist11;
import io.github.recist.model.Response;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.result.Reason;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.testing.Pins;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rule R11: best overall response when confirmation is not required. */
class BestOverallResponseTest {

  private static SubjectAssessment best(Object... dayThenResponse) {
    return Recist11.assess(recorded(dayThenResponse), UNCONFIRMED);
  }

  private static void assertBest(Response response, int day, SubjectAssessment a) {
    assertEquals(response, a.bestOverallResponse(), a::toString);
    assertEquals(Optional.of(day(day)), a.bestOverallResponseDate(), a::toString);
  }

  @Pins("R11.1")
  @Test
  void R11_crIfAnyCrWithoutConfirmation() {
    SubjectAssessment a = best(42, SD, 84, PR, 126, CR, 168, SD);
    assertBest(CR, 126, a);
    assertFalse(a.confirmed());
    assertTrue(has(a.reasons(), Reason.Kind.CONFIRMATION_NOT_REQUIRED));
  }

  @Pins("R11.1")
  @Test
  void R11_prIfAnyPrAndNoCr() {
    assertBest(PR, 84, best(42, SD, 84, PR, 126, SD));
  }

  @Pins("R11.1")
  @Test
  void R11_aSingleEarlyPrCountsWithoutConfirmation() {
    assertBest(PR, 14, best(14, PR, 28, NE));
  }

  @Pins("R11.1")
  @Test
  void R11_sdOnExactlyDay42Counts() {
    assertBest(SD, 42, best(42, SD));
  }

  @Pins("R11.1")
  @Test
  void R11_sdOnDay41CountsAsNe() {
    SubjectAssessment a = best(41, SD);
    assertBest(NE, 41, a);
    Reason r = reason(a.reasons(), Reason.Kind.BEST_NOT_EVALUABLE_TOO_EARLY);
    assertEquals("SD on " + day(41) + " is day 41 after the reference date, before the 42-day minimum: "
        + "it counts as NE (R11, R12)", r.text());
  }

  @Pins("R11.1")
  @Test
  void R11_nonCrNonPdOnExactlyDay42CountsAndOnDay41DoesNot() {
    assertBest(NON_CR_NON_PD, 42, best(42, NON_CR_NON_PD));
    assertBest(NE, 41, best(41, NON_CR_NON_PD));
  }

  @Pins("R11.1")
  @Test
  void R11_theMinimumCountsFromTheReferenceDateNotTheBaseline() {
    // baseline 20 days before the reference date: SD on day 41 is 61 days after baseline but too early
    Subject early = nonTargetOnly(41);
    Subject onTime = nonTargetOnly(42);
    assertEquals(NE, Recist11.assess(early, UNCONFIRMED).bestOverallResponse());
    assertEquals(NON_CR_NON_PD, Recist11.assess(onTime, UNCONFIRMED).bestOverallResponse());
  }

  private static Subject nonTargetOnly(int visitDay) {
    return Subject.builder("NT-ONLY").referenceDate(REF).nonTarget("NT1", Site.BONE)
        .baseline(day(-20), v -> v.present("NT1"))
        .visit(day(visitDay), v -> v.present("NT1"))
        .build();
  }

  @Pins("R11.1")
  @Test
  void R11_sdRanksAboveNonCrNonPd() {
    assertBest(SD, 84, best(42, NON_CR_NON_PD, 84, SD));
  }

  @Test
  void R11_minStableDiseaseDaysIsAnOption() {
    SubjectAssessment a = Recist11.assess(recorded(50, SD), UNCONFIRMED.withMinStableDiseaseDays(56));
    assertEquals(NE, a.bestOverallResponse());
  }

  @Pins("R11.1")
  @Test
  void R11_pdWhenNothingBetterCounts() {
    assertBest(PD, 60, best(30, SD, 60, PD));
  }

  @Pins("R11.1")
  @Test
  void R11_neWhenEveryVisitIsNotEvaluable() {
    SubjectAssessment a = best(42, NE, 84, NE);
    assertBest(NE, 42, a);
    assertTrue(has(a.reasons(), Reason.Kind.BEST_NOT_EVALUABLE_ALL_NE), a.explain());
  }

  @Pins("R11.1")
  @Test
  void R11_tiesAreDatedAtTheEarliestVisit() {
    assertBest(SD, 50, best(20, SD, 50, SD, 90, SD));
    assertBest(PR, 42, best(42, PR, 84, PR));
    assertBest(CR, 84, best(42, PR, 84, CR, 126, CR));
  }
}
