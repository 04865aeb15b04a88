package io.github.recist;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.day;
import static io.github.recist.testing.Generators.cohorts;
import static io.github.recist.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.Generate.range;

import io.github.recist.model.InvalidSubjectException;
import io.github.recist.model.Protocol;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.result.SubjectAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link Recist11#assessAll}: a cohort on several threads, the same as one subject at a time. */
class Recist11AssessAllTest {

  @Test
  void assessAllGivesEachSubjectsAssessmentInOrderOnAnyNumberOfThreads() {
    qt(100).forAll(cohorts(40), range(1, 4)).checkAssert((cohort, threads) -> {
      List<SubjectAssessment> oneByOne = cohort.stream()
          .map(s -> Recist11.assess(s, Protocol.defaults())).collect(Collectors.toList());
      assertEquals(oneByOne, Recist11.assessAll(cohort, Protocol.defaults(), threads));
    });
  }

  @Test
  void aLargeCohortIsSharedOutInRunsAndComesBackInOrder() {
    List<Subject> cohort = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      cohort.add(oneTarget("S-" + i, 30 + i % 40, 10 + i % 50));
    }
    List<SubjectAssessment> two = Recist11.assessAll(cohort, Protocol.defaults(), 2);
    assertEquals(5000, two.size());
    for (int i = 0; i < cohort.size(); i++) {
      assertEquals(Recist11.assess(cohort.get(i), Protocol.defaults()), two.get(i));
    }
  }

  @Test
  void R2_strictModeFailsOnTheFirstSubjectInOrderWithDeviationsOnAnyNumberOfThreads() {
    List<Subject> cohort = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      cohort.add(i == 1700 || i == 2900 ? sixTargets("BAD-" + i) : oneTarget("S-" + i, 40, 20));
    }
    Protocol strict = Protocol.defaults().withStrict(true);
    for (int threads = 1; threads <= 3; threads++) {
      int n = threads;
      InvalidSubjectException e = assertThrows(InvalidSubjectException.class,
          () -> Recist11.assessAll(cohort, strict, n));
      assertEquals("BAD-1700", e.problems().get(0).subjectId());
    }
  }

  @Test
  void anEmptyCohortHasNoAssessments() {
    assertEquals(List.of(), Recist11.assessAll(List.of(), Protocol.defaults(), 2));
  }

  @Test
  void fewerThanOneThreadIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Recist11.assessAll(List.of(), Protocol.defaults(), 0));
    assertEquals("threads must be at least 1, not 0", e.getMessage());
  }

  private static Subject oneTarget(String id, double baselineMm, double visitMm) {
    return Subject.builder(id).referenceDate(REF).target("T1", Site.LUNG)
        .baseline(day(-7), v -> v.measure("T1", baselineMm))
        .visit(day(42), v -> v.measure("T1", visitMm))
        .visit(day(84), v -> v.measure("T1", visitMm))
        .build();
  }

  /** Six targets: more than the five Rule R2 allows. */
  private static Subject sixTargets(String id) {
    Subject.Builder b = Subject.builder(id).referenceDate(REF);
    Site[] sites = {Site.LUNG, Site.LIVER, Site.BONE, Site.KIDNEY, Site.PLEURA, Site.BRAIN};
    for (int i = 0; i < sites.length; i++) {
      b.target("T" + (i + 1), sites[i]);
    }
    b.baseline(day(-7), v -> {
      for (int i = 1; i <= sites.length; i++) {
        v.measure("T" + i, 20);
      }
    });
    return b.visit(day(42), v -> {
      for (int i = 1; i <= sites.length; i++) {
        v.measure("T" + i, 15);
      }
    }).build();
  }
}
