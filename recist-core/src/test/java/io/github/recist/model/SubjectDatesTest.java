package io.github.recist.model;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Recist11;
import io.github.recist.cohort.Cohort;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.testing.Pins;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The dates of a subject's course that the endpoints count from (Rules R10, R13): no follow-up
 * before the start of treatment, no death before baseline, no new therapy before the start of
 * treatment. The model refuses them when built, so that no endpoint is a negative time.
 */
class SubjectDatesTest {

  private static final String ID = "SARC-009";

  private static Subject.Builder measured() {
    return Subject.builder(ID).referenceDate(REF).target("T1", Site.LUNG)
        .baseline(day(-7), v -> v.measure("T1", 40));
  }

  private static Problem onlyProblem(Subject.Builder b) {
    InvalidSubjectException e = assertThrows(InvalidSubjectException.class, b::build);
    assertEquals(1, e.problems().size(), e.problems()::toString);
    Problem p = e.problems().get(0);
    assertTrue(p.isError());
    assertEquals(ID, p.subjectId());
    return p;
  }

  @Test
  @Pins("R10")
  void R10_aFollowUpBeforeTheReferenceDateIsAnErrorNamingSubjectAndDate() {
    LocalDate early = day(-2); // after the baseline of day -7, before the start of treatment
    Problem p = onlyProblem(measured().visit(early, v -> v.measure("T1", 30)));
    assertEquals(Optional.of(early), p.date());
    assertTrue(p.toString().startsWith(ID + " " + early + ": "), p::toString);
  }

  @Test
  @Pins("R10")
  void R10_aRecordedResponseBeforeTheReferenceDateIsAnError() {
    Problem p = onlyProblem(Subject.builder(ID).referenceDate(REF).recorded(day(-1), VisitResponse.PR)
        .recorded(day(40), VisitResponse.PR));
    assertEquals(Optional.of(day(-1)), p.date());
  }

  @Test
  @Pins("R10")
  void R10_aFollowUpOnTheReferenceDateIsAccepted() {
    Subject s = measured().visit(REF, v -> v.measure("T1", 30)).build();
    SubjectAssessment a = Recist11.assess(s);
    assertEquals(0, a.progressionFreeSurvival().days());
  }

  @Test
  @Pins("R13.4")
  void R13_4_aDeathBeforeTheBaselineIsAnError() {
    Problem p = onlyProblem(measured().deathDate(day(-8)).visit(day(42), v -> v.measure("T1", 30)));
    assertEquals(Optional.of(day(-8)), p.date());
  }

  @Test
  @Pins("R13.4")
  void R13_4_aDeathBeforeTheReferenceDateIsAnErrorAsPfsWouldBeNegative() {
    Problem p = onlyProblem(measured().deathDate(day(-1)));
    assertEquals(Optional.of(day(-1)), p.date());
  }

  @Test
  @Pins("R13.4")
  void R13_4_aNewTherapyBeforeTheReferenceDateIsAnError() {
    Problem p = onlyProblem(measured().newTherapyDate(day(-3)).visit(day(42), v -> v.measure("T1", 30)));
    assertEquals(Optional.of(day(-3)), p.date());
  }

  @Test
  @Pins({"R10", "R13.3"})
  void R10_noSubjectThatCanBeBuiltGivesACohortANegativeTime() {
    Subject s = measured().deathDate(REF).visit(day(42), v -> v.measure("T1", 30)).build();
    SubjectAssessment a = Recist11.assess(s);
    assertEquals(0, a.progressionFreeSurvival().days());
    assertTrue(a.progressionFreeSurvival().event());
    Cohort.of(java.util.List.of(a)); // the Kaplan–Meier estimate accepts it
  }

  @Test
  void theDatesOfTheCourseAreCarriedIntoTheAssessment() {
    Subject s = measured().deathDate(day(300)).newTherapyDate(day(200))
        .visit(day(42), v -> v.measure("T1", 30)).build();
    SubjectAssessment a = Recist11.assess(s);
    assertEquals(Optional.of(day(300)), a.deathDate());
    assertEquals(Optional.of(day(200)), a.newTherapyDate());
  }
}
