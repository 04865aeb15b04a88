package io.github.recist.rules;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.day;
import static io.github.recist.Fixtures.has;
import static io.github.recist.Fixtures.kinds;
import static io.github.recist.Fixtures.reason;
import static io.github.recist.Fixtures.recorded;
import static io.github.recist.model.Response.CR;
import static io.github.recist.model.Response.MISSING;
import static io.github.recist.model.Response.ND;
import static io.github.recist.model.Response.NE;
import static io.github.recist.model.Response.PD;
import static io.github.recist.model.Response.PR;
import static io.github.recist.model.Response.SD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Recist11;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.result.Reason;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import io.github.recist.testing.Pins;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule R12: best overall response with confirmation (the semantics of admiralonco), on recorded
 * visit responses and on measurements.
 */
class ConfirmedBestOverallResponseTest {

  private static final Protocol DEFAULTS = Protocol.defaults();

  private static SubjectAssessment best(Object... dayThenResponse) {
    return Recist11.assess(recorded(dayThenResponse), DEFAULTS);
  }

  private static void assertBest(Response response, int day, SubjectAssessment a) {
    assertEquals(response, a.bestOverallResponse(), a::toString);
    assertEquals(Optional.of(day(day)), a.bestOverallResponseDate(), a::toString);
  }

  private static void assertConfirmed(Response response, int day, int confirmedOn, SubjectAssessment a) {
    assertBest(response, day, a);
    assertTrue(a.confirmed(), a::toString);
    assertEquals(Optional.of(day(confirmedOn)), a.confirmedBy(), a::toString);
  }

  // ---- RECIST 1.1 Table 3

  @ParameterizedTest(name = "{0} on day 42, then {1} on day 84: {2}")
  @CsvSource({
      "CR, CR, CR",
      "CR, PR, SD",
      "CR, SD, SD",
      "CR, PD, SD",
      "CR, NE, SD",
      "PR, CR, PR",
      "PR, PR, PR",
      "PR, SD, SD",
      "PR, PD, SD",
      "PR, NE, SD",
      "NE, NE, NE",
  })
  @Pins("R12.3")
  void R12_table3WhenTheMinimumSdDurationIsMet(Response first, Response then, Response best) {
    SubjectAssessment a = best(42, first, 84, then);
    assertBest(best, 42, a);
    assertEquals(best == CR || best == PR, a.confirmed());
  }

  @ParameterizedTest(name = "{0} on day 14, then {1} on day 35: {2}")
  @CsvSource({
      "CR, PD, PD",
      "CR, NE, NE",
      "PR, PD, PD",
      "PR, NE, NE",
      "NE, NE, NE",
  })
  @Pins("R12.3")
  void R12_table3WhenTheMinimumSdDurationIsNotMet(Response first, Response then, Response best) {
    assertEquals(best, best(14, first, 35, then).bestOverallResponse());
  }

  @Pins("R12.7")
  @Test
  void R12_crThenEarlySdIsNeNotPdAKnownDivergenceThatTheReasonsState() {
    // RECIST 1.1 Table 3 says PD here; admiralonco and this engine say NE
    SubjectAssessment a = best(14, CR, 35, SD);
    assertEquals(NE, a.bestOverallResponse());
    Reason r = reason(a.reasons(), Reason.Kind.CR_THEN_EARLY_SD);
    assertTrue(r.text().contains("Table 3 would give PD") && r.text().contains("known divergence"), r.text());
  }

  // ---- confirmation of CR

  @Pins("R12.1")
  @Test
  void R12_crIsConfirmedByALaterCrAtLeast28DaysAfter() {
    assertConfirmed(CR, 42, 70, best(42, CR, 70, CR));
    SubjectAssessment early = best(42, CR, 69, CR);
    assertFalse(early.confirmed());
    assertBest(SD, 42, early);
  }

  @Pins("R12.1")
  @Test
  void R12_minConfirmationDaysIsAnOption() {
    SubjectAssessment a = Recist11.assess(recorded(42, CR, 69, CR), DEFAULTS.withMinConfirmationDays(21));
    assertConfirmed(CR, 42, 69, a);
  }

  @Pins("R12.2")
  @Test
  void R12_crFollowedByPrIsNeverConfirmedAndTheReasonCitesTable3NoteB() {
    SubjectAssessment a = best(42, CR, 84, PR);
    assertFalse(a.confirmed());
    assertBest(SD, 42, a);
    Reason r = reason(a.reasons(), Reason.Kind.CR_THEN_PR);
    assertTrue(r.text().contains("Table 3 note b"), r.text());
    assertTrue(r.text().contains(day(42).toString()) && r.text().contains(day(84).toString()), r.text());
  }

  @Pins("R12.2")
  @Test
  void R12_prIsConfirmedByALaterCr() {
    SubjectAssessment a = best(42, PR, 84, CR);
    assertConfirmed(PR, 42, 84, a);
  }

  @Pins("R12.1")
  @Test
  void R12_crWithNothingButCrOrNeBetweenIsConfirmed() {
    assertConfirmed(CR, 42, 84, best(42, CR, 56, NE, 84, CR));
    assertConfirmed(CR, 42, 84, best(42, CR, 56, CR, 84, CR));
  }

  // ---- the window to the first confirming visit

  @Pins("R12.1")
  @Test
  void R12_theFirstConfirmingVisitClosesTheWindow() {
    // day 70 is the first PR at least 28 days after day 42: it confirms, not day 100
    assertConfirmed(PR, 42, 70, best(42, PR, 56, PR, 70, PR, 100, PR));
  }

  @Pins("R12.1")
  @Test
  void R12_aWindowThatFailsIsNotExtendedToALaterConfirmation() {
    // day 70 closes day 42's window with two NE in it; the PR of day 70 is confirmed by day 100
    SubjectAssessment a = best(42, PR, 56, NE, 63, NE, 70, PR, 100, PR);
    assertConfirmed(PR, 70, 100, a);
  }

  @Pins("R12.1")
  @Test
  void R12_oneNotEvaluableVisitBetweenIsAllowedByDefault() {
    assertConfirmed(PR, 42, 84, best(42, PR, 56, NE, 84, PR));
  }

  @Pins("R12.1")
  @Test
  void R12_twoNotEvaluableVisitsBetweenAreTooManyByDefault() {
    SubjectAssessment a = best(42, PR, 56, NE, 70, NE, 84, PR);
    assertFalse(a.confirmed());
    assertBest(SD, 42, a);
    Reason r = reason(a.reasons(), Reason.Kind.UNCONFIRMED);
    assertTrue(r.text().contains("2 NE visits") && r.text().contains("at most 1"), r.text());
  }

  @Pins("R12.1")
  @Test
  void R12_maxNotEvaluableBetweenIsAnOption() {
    Subject s = recorded(42, PR, 56, NE, 70, NE, 84, PR);
    assertConfirmed(PR, 42, 84, Recist11.assess(s, DEFAULTS.withMaxNotEvaluableBetween(2)));
    Subject one = recorded(42, CR, 56, NE, 84, CR);
    assertFalse(Recist11.assess(one, DEFAULTS.withMaxNotEvaluableBetween(0)).confirmed());
  }

  @Pins("R12.2")
  @Test
  void R12_sdBetweenBreaksConfirmationByDefault() {
    SubjectAssessment a = best(42, PR, 56, SD, 84, PR);
    assertFalse(a.confirmed());
    assertBest(SD, 42, a);
  }

  @Pins("R12.2")
  @Test
  void R12_oneSdBetweenIsAcceptedWithAcceptStableDiseaseBetween() {
    Protocol acceptSd = DEFAULTS.withAcceptStableDiseaseBetween(true);
    assertConfirmed(PR, 42, 84, Recist11.assess(recorded(42, PR, 56, SD, 84, PR), acceptSd));
    assertFalse(Recist11.assess(recorded(42, PR, 56, SD, 63, SD, 84, PR), acceptSd).confirmed(),
        "two SD are one too many");
    assertFalse(Recist11.assess(recorded(42, CR, 56, SD, 84, CR), acceptSd).confirmed(),
        "SD between is accepted for PR only");
  }

  @Pins("R12.2")
  @Test
  void R12_prAfterCrInsideTheWindowBreaksConfirmation() {
    SubjectAssessment a = best(42, PR, 56, CR, 84, PR);
    assertFalse(a.confirmed());
    assertBest(SD, 42, a);
    assertTrue(has(a.reasons(), Reason.Kind.CR_THEN_PR), a.explain());
  }

  @Pins("R12.2")
  @Test
  void R12_notDoneBetweenBreaksConfirmation() {
    assertFalse(best(42, PR, 56, ND, 84, PR).confirmed());
  }

  // ---- what counts when nothing is confirmed

  @Pins("R12.3")
  @Test
  void R12_unconfirmedResponsesBeforeTheSdMinimumCountAsNe() {
    SubjectAssessment a = best(14, PR, 35, PR);
    assertBest(NE, 14, a);
    assertTrue(has(a.reasons(), Reason.Kind.UNCONFIRMED), a.explain());
  }

  @Pins("R12.3")
  @Test
  void R12_anUnconfirmedResponseOnOrAfterTheSdMinimumCountsAsSd() {
    assertBest(SD, 42, best(42, PR, 84, PD));
    assertBest(SD, 42, best(42, CR));
  }

  @Pins("R12.4")
  @Test
  void R12_tiesAreDatedAtTheEarliestVisit() {
    assertConfirmed(PR, 42, 70, best(42, PR, 70, PR, 100, PR));
    assertBest(SD, 49, best(21, SD, 49, SD, 77, SD));
  }

  @Pins("R12.4")
  @Test
  void R12_crRanksAbovePrWhateverTheOrder() {
    assertConfirmed(CR, 84, 112, best(42, PR, 84, CR, 112, CR));
  }

  @Pins("R12.4")
  @Test
  void R12_onlyNotDoneVisitsGiveNd() {
    SubjectAssessment a = best(42, ND, 84, ND);
    assertBest(ND, 42, a);
    assertTrue(has(a.reasons(), Reason.Kind.BEST_ONLY_NOT_DONE));
  }

  @Pins({"R12.4", "R12.6"})
  @Test
  void R12_noAssessmentAfterBaselineGivesMissing() {
    SubjectAssessment a = best();
    assertEquals(MISSING, a.bestOverallResponse());
    assertEquals(Optional.empty(), a.bestOverallResponseDate());
    assertTrue(has(a.reasons(), Reason.Kind.BEST_NO_ASSESSMENT));
    Subject baselineOnly = Subject.builder("BL").referenceDate(REF).target("T1", Site.LUNG)
        .baseline(day(-7), v -> v.measure("T1", 20)).build();
    assertEquals(MISSING, Recist11.assess(baselineOnly).bestOverallResponse());
  }

  @Test
  void R12_missingAsNotEvaluableGivesNeInstead() {
    SubjectAssessment a = Recist11.assess(recorded(), DEFAULTS.withMissingAsNotEvaluable(true));
    assertEquals(NE, a.bestOverallResponse());
    assertTrue(reason(a.reasons(), Reason.Kind.BEST_NO_ASSESSMENT).text().contains("NE"), a.explain());
  }

  // ---- NE best responses say why

  @Pins("R12.6")
  @Test
  void R12_neBecauseEveryVisitWasNe() {
    SubjectAssessment a = best(42, NE, 84, NE);
    assertEquals(NE, a.bestOverallResponse());
    assertTrue(has(a.reasons(), Reason.Kind.BEST_NOT_EVALUABLE_ALL_NE), a.explain());
  }

  @Pins("R12.6")
  @Test
  void R12_neBecauseStableDiseaseCameTooEarly() {
    SubjectAssessment a = best(30, SD, 40, NE);
    assertEquals(NE, a.bestOverallResponse());
    Reason r = reason(a.reasons(), Reason.Kind.BEST_NOT_EVALUABLE_TOO_EARLY);
    assertTrue(r.text().contains("day 30") && r.text().contains("42-day minimum"), r.text());
    assertFalse(has(a.reasons(), Reason.Kind.BEST_NOT_EVALUABLE_ALL_NE), a.explain());
  }

  @Pins("R12.6")
  @Test
  void R12_neBecauseAResponseWasNeverConfirmedAndCameTooEarly() {
    SubjectAssessment a = best(28, PR, 35, NE);
    assertEquals(NE, a.bestOverallResponse());
    assertTrue(reason(a.reasons(), Reason.Kind.UNCONFIRMED).text().contains("not confirmed"), a.explain());
    assertTrue(reason(a.reasons(), Reason.Kind.BEST_NOT_EVALUABLE_TOO_EARLY).text().contains("day 28"),
        a.explain());
  }

  // ---- from measurements

  @Pins({"R12.4", "R12.5"})
  @Test
  void R12_bestResponseFromMeasurementsIsConfirmedAndDatedAtTheVisitConfirmed() {
    Subject s = Subject.builder("SARC-001").referenceDate(REF).target("T1", Site.LUNG).nodalTarget("T2")
        .nonTarget("NT1", Site.BONE)
        .baseline(day(-5), v -> v.measure("T1", 32).measure("T2", 18).present("NT1"))
        .visit(day(28), v -> v.measure("T1", 20).measure("T2", 9).present("NT1"))
        .visit(day(56), v -> v.tooSmall("T1").measure("T2", 8).absent("NT1").tumorMarkersNormal(true))
        .build();
    SubjectAssessment a = Recist11.assess(s);
    assertEquals(PR, a.timepoints().get(0).overall());
    assertEquals(PR, a.timepoints().get(1).overall(), "T1 too small to measure counts 5 mm: not CR");
    assertConfirmed(PR, 28, 56, a);
    assertTrue(a.isResponder());
  }

  @Pins("R12.5")
  @Test
  void R12_recordedResponsesGiveTheSameBestResponseAsTheMeasurementsTheyCameFrom() {
    Subject measured = Subject.builder("M").referenceDate(REF).target("T1", Site.LUNG)
        .nonTarget("NT1", Site.BONE)
        .baseline(day(-5), v -> v.measure("T1", 40).present("NT1"))
        .visit(day(42), v -> v.measure("T1", 25).present("NT1"))
        .visit(day(63), v -> v.notEvaluable("T1").present("NT1"))
        .visit(day(84), v -> v.measure("T1", 0).absent("NT1"))
        .visit(day(126), v -> v.measure("T1", 0).absent("NT1"))
        .build();
    SubjectAssessment fromMeasurements = Recist11.assess(measured);
    Subject.Builder rec = Subject.builder("R").referenceDate(REF);
    for (TimepointResult t : fromMeasurements.timepoints()) {
      rec.recorded(t.date(), t.overallCode());
    }
    SubjectAssessment fromRecords = Recist11.assess(rec.build());
    assertConfirmed(CR, 84, 126, fromMeasurements);
    assertEquals(fromMeasurements.bestOverallResponse(), fromRecords.bestOverallResponse());
    assertEquals(fromMeasurements.bestOverallResponseDate(), fromRecords.bestOverallResponseDate());
    assertEquals(fromMeasurements.confirmedBy(), fromRecords.confirmedBy());
    assertEquals(kinds(fromMeasurements.reasons()), kinds(fromRecords.reasons()));
  }

  // ---- an unconfirmed response says what stood in the way of its confirmation (R12)

  private static String unconfirmed(SubjectAssessment a, int day) {
    return a.reasons().stream().filter(r -> r.kind() == Reason.Kind.UNCONFIRMED)
        .map(Reason::text).filter(t -> t.contains(" on " + day(day) + " not confirmed"))
        .findFirst().orElseThrow(() -> new AssertionError("no unconfirmed reason for day " + day
            + ": " + a.explain()));
  }

  @Test
  void R12_anUnconfirmedCrSaysNoLaterCrCameInTime() {
    String why = unconfirmed(best(42, CR, 84, SD), 42);
    assertTrue(why.contains("no later CR on or after " + day(70) + " (28 days later)"), why);
  }

  @Test
  void R12_anUnconfirmedPrSaysNoLaterCrOrPrCameInTime() {
    String why = unconfirmed(best(42, PR, 84, SD), 42);
    assertTrue(why.contains("no later CR or PR on or after " + day(70) + " (28 days later)"), why);
  }

  @Test
  void R12_anSdBetweenAPrAndItsConfirmationIsNamed() {
    String why = unconfirmed(best(42, PR, 56, SD, 84, PR), 42);
    assertTrue(why.contains("SD on " + day(56) + " lies between it and the confirming visit of "
        + day(84)), why);
  }

  @Test
  void R12_twoSdBetweenAPrAndItsConfirmationAreTooManyEvenWhenOneIsAccepted() {
    SubjectAssessment a = Recist11.assess(recorded(42, PR, 56, SD, 63, SD, 84, PR),
        DEFAULTS.withAcceptStableDiseaseBetween(true));
    String why = unconfirmed(a, 42);
    assertTrue(why.contains("2 SD visits before the confirming visit of " + day(84)
        + " (at most 1 allowed)"), why);
  }

  @Test
  void R12_aPrAfterACrBeforeTheConfirmingVisitIsNamed() {
    // PR day 42, CR day 49, PR day 56, PR day 77: the PR of day 42 would be confirmed on day 77,
    // but a PR follows the CR in between.
    String why = unconfirmed(best(42, PR, 49, CR, 56, PR, 77, PR), 42);
    assertTrue(why.contains("a PR on " + day(77) + " follows the CR of " + day(49)
        + " before the confirming visit"), why);
  }

  @Test
  void R12_aCrAtTheLastEvaluatedVisitIsNotSaidToBeFollowedByAPr() {
    // PR day 42, then a CR only 8 days later, the last visit: neither is confirmed, and nothing
    // follows the CR.
    SubjectAssessment a = best(42, PR, 50, CR, 60, NE);
    assertFalse(a.confirmed(), a::explain);
    assertFalse(has(a.reasons(), Reason.Kind.CR_THEN_PR), a.explain());
    assertFalse(has(a.reasons(), Reason.Kind.CR_THEN_EARLY_SD), a.explain());
  }
}
