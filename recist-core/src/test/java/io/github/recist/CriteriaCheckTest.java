package io.github.recist;

import static io.github.recist.testing.Generators.irecistSubjects;
import static io.github.recist.testing.Generators.protocols;
import static io.github.recist.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.recist.model.Criteria;
import io.github.recist.model.InvalidSubjectException;
import io.github.recist.model.Protocol;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A check of a subject under the criteria ({@link Recist11#checkCriteria}) classifies its visits
 * under iRECIST for the warnings of Rule R14.5; {@link Recist11#assess(Subject, Protocol, List)}
 * takes them instead of classifying again (issue 14); and a check of the deviations ({@link
 * Recist11#checkDeviations}, R1–R4) is taken instead of finding them again. Whatever the check
 * given, the assessment is the one {@link Recist11#assess(Subject, Protocol)} makes, or the same
 * refusal.
 */
class CriteriaCheckTest {

  /** What an assessment comes to: the assessment, or the refusal's message. */
  private static Object outcome(Supplier<?> assess) {
    try {
      return assess.get();
    } catch (InvalidSubjectException e) {
      return e.getMessage();
    }
  }

  @Test
  void R14_5_anAssessmentTakingTheChecksVisitsIsTheAssessmentUnderEitherCriteria() {
    qt(300).forAll(irecistSubjects(), protocols()).checkAssert((spec, base) -> {
      Subject s = spec.build();
      for (Criteria c : Criteria.values()) {
        Protocol p = base.withCriteria(c);
        Recist11.CriteriaCheck check = Recist11.checkCriteria(s, p);
        assertEquals(Recist11.criteriaProblems(s, p), check.problems());
        assertEquals(outcome(() -> Recist11.assess(s, p)),
            outcome(() -> Recist11.assess(s, p, List.of(check))), c::toString);
      }
    });
  }

  @Test
  void R14_5_aCheckUnderAnotherProtocolIsNotTaken() {
    qt(200).forAll(irecistSubjects(), protocols()).checkAssert((spec, base) -> {
      Subject s = spec.build();
      Protocol p = base.withCriteria(Criteria.IRECIST);
      Protocol other = p.withMaxProgressionConfirmationDays(p.maxProgressionConfirmationDays() + 21)
          .withMinProgressionConfirmationDays(p.minProgressionConfirmationDays() + 21);
      assertNotEquals(p, other);
      assertEquals(outcome(() -> Recist11.assess(s, p)),
          outcome(() -> Recist11.assess(s, p, List.of(Recist11.checkCriteria(s, other)))));
    });
  }

  @Test
  void R14_bothCriteriaTakeTheirOwnChecks() {
    qt(200).forAll(irecistSubjects(), protocols()).checkAssert((spec, base) -> {
      Subject s = spec.build();
      EnumSet<Criteria> both = EnumSet.allOf(Criteria.class);
      List<Recist11.CriteriaCheck> checks = List.of(
          Recist11.checkCriteria(s, base.withCriteria(Criteria.RECIST_1_1)),
          Recist11.checkCriteria(s, base.withCriteria(Criteria.IRECIST)));
      assertEquals(outcome(() -> Recist11.assessUnder(s, base, both)),
          outcome(() -> Recist11.assessUnder(s, base, both, checks)));
    });
  }

  @Test
  void R1_R4_anAssessmentTakingTheDeviationsCheckIsTheAssessmentStrictOrNot() {
    qt(300).forAll(irecistSubjects(), protocols()).checkAssert((spec, base) -> {
      Subject s = spec.build();
      for (boolean strict : new boolean[] {false, true}) {
        for (Criteria c : Criteria.values()) {
          Protocol p = base.withCriteria(c).withStrict(strict);
          Recist11.CriteriaCheck deviations = Recist11.checkDeviations(s, p);
          assertEquals(Recist11.deviations(s, p), deviations.problems());
          assertEquals(outcome(() -> Recist11.assess(s, p)),
              outcome(() -> Recist11.assess(s, p, List.of(deviations))), c::toString);
          assertEquals(outcome(() -> Recist11.assess(s, p)), outcome(() -> Recist11.assess(s, p,
              List.of(deviations, Recist11.checkCriteria(s, p)))), c::toString);
        }
      }
    });
  }

  @Test
  void R3_aDeviationsCheckUnderAnotherBaselineWindowOrStrictnessIsNotTaken() {
    Subject late = Subject.builder("R3").referenceDate(Fixtures.REF).target("T1", Site.LUNG)
        .baseline(Fixtures.day(-40), v -> v.measure("T1", 20))
        .visit(Fixtures.day(60), v -> v.measure("T1", 10)).build();
    Protocol sixWeeks = Protocol.defaults().withMaxBaselineDaysBeforeStart(42);
    Protocol fourWeeks = Protocol.defaults();
    assertEquals(List.of(), Recist11.assess(late, sixWeeks,
        List.of(Recist11.checkDeviations(late, fourWeeks))).warnings());
    assertEquals(1, Recist11.assess(late, fourWeeks,
        List.of(Recist11.checkDeviations(late, sixWeeks))).warnings().size());
    assertThrows(InvalidSubjectException.class, () -> Recist11.assess(late,
        fourWeeks.withStrict(true), List.of(Recist11.checkDeviations(late, fourWeeks))));
  }
}
