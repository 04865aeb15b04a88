package io.github.recist.rules;

import static io.github.recist.Fixtures.day;
import static io.github.recist.Fixtures.has;
import static io.github.recist.Fixtures.reason;
import static io.github.recist.Fixtures.recorded;
import static io.github.recist.model.Response.CR;
import static io.github.recist.model.Response.ND;
import static io.github.recist.model.Response.NE;
import static io.github.recist.model.Response.PD;
import static io.github.recist.model.Response.PR;
import static io.github.recist.model.Response.SD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Recist11;
import io.github.recist.model.Problem;
import io.github.recist.model.Protocol;
import io.github.recist.model.Subject;
import io.github.recist.model.TableThree;
import io.github.recist.model.VisitResponse;
import io.github.recist.result.Reason;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.testing.Pins;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rule R12: why a CR is not the best response, the option {@code tableThree}, the warning on a
 * recorded CR followed by PR or SD, and NE best responses that name their not-done visits.
 */
class TableThreeTest {

  private static final Protocol LITERAL =
      Protocol.defaults().withTableThree(TableThree.RECIST_TABLE_3);

  @Test
  @Pins("R12.2")
  void R12_2_crThenPrThenPrIsAConfirmedPrAndTheReasonsSayWhyNotCr() {
    SubjectAssessment a = Recist11.assess(recorded(42, CR, 84, PR, 126, PR));
    assertEquals(PR, a.bestOverallResponse());
    assertTrue(a.confirmed());
    assertEquals(Optional.of(day(84)), a.bestOverallResponseDate());
    Reason unconfirmed = reason(a.reasons(), Reason.Kind.UNCONFIRMED);
    assertEquals(List.of(VisitResponse.CR, day(42)), unconfirmed.values().subList(0, 2));
    assertEquals(List.of(day(42), day(84)), reason(a.reasons(), Reason.Kind.CR_THEN_PR).values());
    assertTrue(Reason.Kind.CR_THEN_PR.template().contains("Table 3 note b"));
  }

  @Test
  @Pins("R12.8")
  void R12_8_underRecistTable3CrThenAConfirmingPrIsAPrDatedAtTheCr() {
    SubjectAssessment a = Recist11.assess(recorded(42, CR, 84, PR, 126, PR), LITERAL);
    assertEquals(PR, a.bestOverallResponse());
    assertTrue(a.confirmed());
    assertEquals(Optional.of(day(42)), a.bestOverallResponseDate());
    assertEquals(Optional.of(day(84)), a.confirmedBy());
    assertEquals(List.of(day(42), day(84), day(84)),
        reason(a.reasons(), Reason.Kind.CR_THEN_PR_TABLE_3).values());
    assertEquals(day(42), a.durationOfResponse().get().start());
    assertEquals(Optional.empty(), a.progressionDate(), "time points and progression unchanged");
  }

  @Test
  @Pins("R12.8")
  void R12_8_underRecistTable3CrThenAPrTooSoonToConfirmItIsAsWithoutTheOption() {
    // the PR of day 56 is 14 days after the CR: it cannot confirm it (28 days)
    SubjectAssessment a = Recist11.assess(recorded(42, CR, 56, PR), LITERAL);
    SubjectAssessment b = Recist11.assess(recorded(42, CR, 56, PR));
    assertEquals(b.bestOverallResponse(), a.bestOverallResponse());
    assertFalse(has(a.reasons(), Reason.Kind.CR_THEN_PR_TABLE_3));
  }

  @Test
  @Pins({"R12.7", "R12.8"})
  void R12_8_crThenEarlySdIsNeByDefaultAndPdUnderRecistTable3() {
    SubjectAssessment admiral = Recist11.assess(recorded(14, CR, 28, SD));
    assertEquals(NE, admiral.bestOverallResponse());
    assertTrue(has(admiral.reasons(), Reason.Kind.CR_THEN_EARLY_SD));
    SubjectAssessment literal = Recist11.assess(recorded(14, CR, 28, SD), LITERAL);
    assertEquals(PD, literal.bestOverallResponse());
    assertEquals(Optional.of(day(28)), literal.bestOverallResponseDate());
    assertEquals(List.of(day(14), day(28), 42),
        reason(literal.reasons(), Reason.Kind.CR_THEN_EARLY_SD_TABLE_3).values());
    assertEquals(Optional.empty(), literal.progressionDate(), "time points and progression unchanged");
    assertEquals(List.of(CR, SD), List.of(literal.timepoints().get(0).overall(),
        literal.timepoints().get(1).overall()));
  }

  @Test
  @Pins("R12.8")
  void R12_8_underRecistTable3CrThenEarlySdThenPdIsPdDatedAtTheSd() {
    // Table 3 pairs a time point with the next: the SD of day 28 already shows the disease back
    SubjectAssessment literal = Recist11.assess(recorded(14, CR, 28, SD, 70, PD), LITERAL);
    assertEquals(PD, literal.bestOverallResponse());
    assertEquals(Optional.of(day(28)), literal.bestOverallResponseDate());
    assertEquals(Optional.of(day(70)), literal.progressionDate(), "progression unchanged");
    SubjectAssessment admiral = Recist11.assess(recorded(14, CR, 28, SD, 70, PD));
    assertEquals(PD, admiral.bestOverallResponse());
    assertEquals(Optional.of(day(70)), admiral.bestOverallResponseDate());
  }

  @Test
  @Pins("R12.8")
  void R12_8_underRecistTable3AnNeOrPdBestWithoutCrThenSdIsAsWithoutTheOption() {
    for (Subject s : List.of(recorded(14, PR, 28, SD, 42, PD), recorded(14, PR, 28, SD),
        recorded(14, SD, 28, CR))) {
      SubjectAssessment literal = Recist11.assess(s, LITERAL);
      SubjectAssessment admiral = Recist11.assess(s);
      assertEquals(admiral.bestOverallResponse(), literal.bestOverallResponse(), s::toString);
      assertEquals(admiral.bestOverallResponseDate(), literal.bestOverallResponseDate());
      assertFalse(has(literal.reasons(), Reason.Kind.CR_THEN_EARLY_SD_TABLE_3));
    }
  }

  @Test
  @Pins("R12.8")
  void R12_8_withoutConfirmationTheOptionHasNoEffect() {
    Protocol unconfirmed = LITERAL.withConfirmation(io.github.recist.model.Confirmation.NOT_REQUIRED);
    assertEquals(CR, Recist11.assess(recorded(14, CR, 28, SD), unconfirmed).bestOverallResponse());
  }

  @Test
  @Pins("R12.9")
  void R12_9_aRecordedCrFollowedByPrOrSdIsAWarningNamingBothVisitsWhateverTheOption() {
    for (Protocol p : List.of(Protocol.defaults(), LITERAL)) {
      SubjectAssessment a = Recist11.assess(recorded(42, CR, 84, NE, 126, SD), p);
      assertEquals(1, a.warnings().size(), a.warnings()::toString);
      Problem w = a.warnings().get(0);
      assertFalse(w.isError());
      assertEquals(Optional.of("R12"), w.rule());
      assertEquals(Optional.of(day(126)), w.date());
      assertTrue(w.message().contains(day(42).toString()), w.message());
    }
    assertEquals(1, Recist11.assess(recorded(42, CR, 84, PR)).warnings().size());
    assertEquals(0, Recist11.assess(recorded(42, PR, 84, CR, 126, CR)).warnings().size());
    assertEquals(0, Recist11.assess(recorded(42, CR, 84, PD, 126, SD)).warnings().size());
  }

  @Test
  @Pins("R12.6")
  void R12_6_ndVisitsAreNamedAsNdNotAsNe() {
    SubjectAssessment a = Recist11.assess(recorded(42, NE, 84, ND));
    assertEquals(NE, a.bestOverallResponse());
    assertFalse(has(a.reasons(), Reason.Kind.BEST_NOT_EVALUABLE_ALL_NE));
    assertEquals(List.of(List.of(day(84))),
        reason(a.reasons(), Reason.Kind.BEST_NOT_EVALUABLE_NE_AND_ND).values());
    assertTrue(has(Recist11.assess(recorded(42, NE, 84, NE)).reasons(),
        Reason.Kind.BEST_NOT_EVALUABLE_ALL_NE));
  }

  @Test
  @Pins("R12.9")
  void R12_9_inStrictModeTheWarningIsAnError() {
    Subject s = recorded(42, CR, 84, PR);
    org.junit.jupiter.api.Assertions.assertThrows(io.github.recist.model.InvalidSubjectException.class,
        () -> Recist11.assess(s, Protocol.defaults().withStrict(true)));
  }
}
