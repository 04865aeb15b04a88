package io.github.recist.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Fixtures;
import io.github.recist.Recist11;
import io.github.recist.model.Criteria;
import io.github.recist.model.Protocol;
import io.github.recist.model.Subject;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One subject under several criteria at once (issue 12, item 4; Rule R14): {@link Assessments}. */
class AssessmentsTest {

  private static final Subject GROWS = Fixtures.oneTarget(40, 30, 50);

  @Test
  void assessUnderOneCriteriaIsAssessUnderTheProtocolWithThatCriteria() {
    Protocol irecistFile = Protocol.defaults().withCriteria(Criteria.IRECIST);
    Assessments a = Recist11.assessUnder(GROWS, irecistFile, Criteria.RECIST_1_1);
    assertEquals(List.of(Criteria.RECIST_1_1), a.criteria().asList());
    assertEquals(Recist11.assess(GROWS, Protocol.defaults()).toString(),
        a.under(Criteria.RECIST_1_1).toString(), "the protocol's own criteria is ignored");
    assertEquals(GROWS.id(), a.subjectId());
    assertEquals(List.of(a.under(Criteria.RECIST_1_1)), a.all());
  }

  @Test
  void theAssessmentsComeInTheOrderOfCriteriaWhateverTheOrderGiven() {
    SubjectAssessment r = Recist11.assess(GROWS, Protocol.defaults());
    SubjectAssessment i = SubjectAssessment.builder().from(r).criteria(Criteria.IRECIST).build();
    Map<Criteria, SubjectAssessment> reversed = new LinkedHashMap<>();
    reversed.put(Criteria.IRECIST, i);
    reversed.put(Criteria.RECIST_1_1, r);
    Assessments a = Assessments.of(reversed);
    assertEquals(List.of(Criteria.RECIST_1_1, Criteria.IRECIST), a.criteria().asList());
    assertEquals(List.of(r, i), a.all());
    assertTrue(a.toString().startsWith("RECIST_1_1: " + GROWS.id() + ": best overall response"),
        a.toString());
    assertEquals(a, Assessments.of(Map.of(Criteria.RECIST_1_1, r, Criteria.IRECIST, i)));
  }

  @Test
  void aCriteriaNotAssessedIsRefusedNamingIt() {
    Assessments a = Recist11.assessUnder(GROWS, Protocol.defaults(), List.of(Criteria.RECIST_1_1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> a.under(Criteria.IRECIST));
    assertEquals("subject " + GROWS.id() + " was assessed under [RECIST_1_1], not IRECIST",
        e.getMessage());
  }

  @Test
  void noCriteriaAndAssessmentsOfTwoSubjectsAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> Recist11.assessUnder(GROWS, Protocol.defaults(), EnumSet.noneOf(Criteria.class)));
    SubjectAssessment one = Recist11.assess(GROWS, Protocol.defaults());
    SubjectAssessment other = Recist11.assess(Fixtures.oneTarget(40, 30), Protocol.defaults());
    Map<Criteria, SubjectAssessment> two = new LinkedHashMap<>();
    two.put(Criteria.RECIST_1_1, one);
    two.put(Criteria.IRECIST, SubjectAssessment.builder().from(other).subjectId("OTHER")
        .criteria(Criteria.IRECIST).build());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Assessments.of(two));
    assertTrue(e.getMessage().contains("one subject's assessments are expected"), e.getMessage());
  }

  @Test
  void assessAllUnderGivesWhatAssessUnderGivesOneByOneInOrderOnAnyThreads() {
    List<Subject> subjects = List.of(GROWS, Fixtures.oneTarget(40, 30, 20), Fixtures.oneTarget(40));
    List<Assessments> one = new java.util.ArrayList<>();
    subjects.forEach(s -> one.add(Recist11.assessUnder(s, Protocol.defaults(),
        EnumSet.allOf(Criteria.class))));
    assertEquals(one, Recist11.assessAllUnder(subjects, Protocol.defaults(),
        EnumSet.allOf(Criteria.class), 1));
    assertEquals(one, Recist11.assessAllUnder(subjects, Protocol.defaults(),
        List.of(Criteria.IRECIST, Criteria.RECIST_1_1), 3));
    assertThrows(IllegalArgumentException.class, () -> Recist11.assessAllUnder(subjects,
        Protocol.defaults(), List.of(), 1));
  }

  @Test
  void anAssessmentUnderAnotherCriteriaThanItsKeyIsRefused() {
    SubjectAssessment r = Recist11.assess(GROWS, Protocol.defaults());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Assessments.of(Map.of(Criteria.IRECIST, r)));
    assertEquals("subject " + GROWS.id() + ": an assessment under RECIST_1_1 given for IRECIST",
        e.getMessage());
  }
}
