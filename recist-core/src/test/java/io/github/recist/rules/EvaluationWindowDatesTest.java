package io.github.recist.rules;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.recist.Fixtures;
import io.github.recist.Recist11;
import io.github.recist.model.InvalidSubjectException;
import io.github.recist.model.Problem;
import io.github.recist.model.Response;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.testing.Pins;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rule R10, the dates that bound the visits considered: a follow-up before the start of treatment
 * is an error (R10.2); visits on or after the start of a new anti-cancer therapy are reported but
 * not considered (R10.3).
 */
class EvaluationWindowDatesTest {

  @Pins("R10.2")
  @Test
  void R10_aFollowUpBetweenBaselineAndTheStartOfTreatmentIsRefusedNamingSubjectAndDate() {
    Subject.Builder b = Subject.builder("EARLY").referenceDate(REF).target("T1", Site.LUNG)
        .baseline(day(-10), v -> v.measure("T1", 30))
        .visit(day(-3), v -> v.measure("T1", 29))
        .visit(day(42), v -> v.measure("T1", 20));
    List<Problem> problems = assertThrows(InvalidSubjectException.class, b::build).problems();
    assertEquals(1, problems.size(), problems::toString);
    Problem p = problems.get(0);
    assertEquals("EARLY", p.subjectId());
    assertEquals(Optional.of(day(-3)), p.date());
    assertEquals(Problem.Severity.ERROR, p.severity());
  }

  @Pins("R10.2")
  @Test
  void R10_aFollowUpOnTheDayTreatmentStartsIsAccepted() {
    Subject s = Subject.builder("SAME-DAY").referenceDate(REF).target("T1", Site.LUNG)
        .baseline(day(-10), v -> v.measure("T1", 30))
        .visit(REF, v -> v.measure("T1", 29)).build();
    assertEquals(1, s.followUps().size());
  }

  /** T1 50 mm; SD on day 42 (44 mm), PR on day 84 (30 mm) and on day 126 (30 mm). */
  private static Subject withNewTherapyOn(int therapyDay) {
    return Subject.builder("NEW-THERAPY").referenceDate(REF).target("T1", Site.LUNG)
        .newTherapyDate(day(therapyDay))
        .baseline(day(-7), v -> v.measure("T1", 50))
        .visit(day(42), v -> v.measure("T1", 44))
        .visit(day(84), v -> v.measure("T1", 30))
        .visit(day(126), v -> v.measure("T1", 30)).build();
  }

  @Pins("R10.3")
  @Test
  void R10_visitsOnOrAfterANewTherapyAreReportedButNotConsidered() {
    SubjectAssessment a = Recist11.assess(withNewTherapyOn(84), Fixtures.UNCONFIRMED);
    assertEquals(3, a.timepoints().size(), "every visit is reported");
    assertEquals(Response.PR, a.timepoints().get(1).overall(), "and classified");
    assertEquals(Response.SD, a.bestOverallResponse(), "the PR of day 84, the therapy's day, is not considered");
    assertEquals(Optional.of(day(42)), a.bestOverallResponseDate());
  }

  @Pins("R10.3")
  @Test
  void R10_aVisitTheDayBeforeTheNewTherapyIsConsidered() {
    SubjectAssessment a = Recist11.assess(withNewTherapyOn(85), Fixtures.UNCONFIRMED);
    assertEquals(Response.PR, a.bestOverallResponse());
    assertEquals(Optional.of(day(84)), a.bestOverallResponseDate());
  }
}
