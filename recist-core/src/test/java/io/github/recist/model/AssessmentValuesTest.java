package io.github.recist.model;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.recist.testing.Generators;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An assessment's values by the position of each lesion ({@link Assessment#targetValues}, {@link
 * Assessment#nonTargetStatuses}), which the rules read instead of looking each lesion up by id
 * (Rules R4–R7): always the values of {@link Assessment#target(String)} and {@link
 * Assessment#nonTarget(String)}, in the order of the list asked for.
 */
class AssessmentValuesTest {

  /** T1, T2 (nodal), T3; NT1, NT2; the visit records them out of order, and leaves T3 and NT2 out. */
  private static Subject subject() {
    return Subject.builder("SARC-011").referenceDate(REF).target("T1", Site.LUNG).nodalTarget("T2")
        .target("T3", Site.LIVER).nonTarget("NT1", Site.BONE).nonTarget("NT2", Site.PLEURA)
        .baseline(day(-5), v -> v.measure("T3", 15).measure("T1", 32).measure("T2", 18)
            .present("NT2").present("NT1"))
        .visit(day(28), v -> v.measure("T2", 9).tooSmall("T1").absent("NT1"))
        .build();
  }

  @Test
  void valuesComeInTheSubjectsLesionOrderWhateverTheRecordedOrder() {
    Subject s = subject();
    Assessment visit = s.followUps().get(0);
    assertEquals(ImmutableList.of(TargetValue.tooSmallToMeasure(), TargetValue.measured(9),
        TargetValue.notEvaluable()), visit.targetValues(s.targets()));
    assertEquals(ImmutableList.of(NonTargetStatus.ABSENT, NonTargetStatus.NOT_EVALUABLE),
        visit.nonTargetStatuses(s.nonTargets()));
    assertEquals(ImmutableList.of(TargetValue.measured(32), TargetValue.measured(18),
        TargetValue.measured(15)), s.baseline().targetValues(s.targets()));
  }

  @Test
  void valuesForAnotherListOfLesionsComeInThatListsOrder() {
    Subject s = subject();
    Assessment visit = s.followUps().get(0);
    List<Lesion> reversed = s.targets().reverse();
    assertEquals(ImmutableList.of(TargetValue.notEvaluable(), TargetValue.measured(9),
        TargetValue.tooSmallToMeasure()), visit.targetValues(reversed));
    // and the subject's own order again, after another list was asked for
    assertEquals(TargetValue.tooSmallToMeasure(), visit.targetValues(s.targets()).get(0));
    assertEquals(ImmutableList.of(NonTargetStatus.NOT_EVALUABLE, NonTargetStatus.ABSENT),
        visit.nonTargetStatuses(s.nonTargets().reverse()));
  }

  @Test
  void recordedTargetsByIndexAreTheMapsEntriesInTheOrderRecorded() {
    Subject s = subject();
    for (Assessment a : ImmutableList.of(s.baseline(), s.followUps().get(0))) {
      ImmutableMap.Builder<String, TargetValue> byIndex = ImmutableMap.builder();
      for (int i = 0; i < a.recordedTargetCount(); i++) {
        byIndex.put(a.recordedTargetId(i), a.recordedTargetValue(i));
      }
      // the same entries in the same order as the map (Rule R4's values as recorded)
      assertEquals(ImmutableList.copyOf(a.targets().entrySet()),
          ImmutableList.copyOf(byIndex.build().entrySet()));
    }
    Assessment visit = s.followUps().get(0);
    assertEquals("T2", visit.recordedTargetId(0));
    assertEquals(TargetValue.tooSmallToMeasure(), visit.recordedTargetValue(1));
    assertThrows(IndexOutOfBoundsException.class, () -> visit.recordedTargetId(2));
    assertThrows(IndexOutOfBoundsException.class, () -> visit.recordedTargetValue(-1));
    assertEquals(0, Assessment.builder(day(28)).present("NT1").build().recordedTargetCount());
  }

  @Test
  void theValuesAreMadeOnceNotPerQuestion() {
    Subject s = subject();
    Assessment visit = s.followUps().get(0);
    // the same list each time: made once (when the subject was built), not per question
    assertSame(visit.targetValues(s.targets()), visit.targetValues(s.targets()));
    assertSame(visit.nonTargetStatuses(s.nonTargets()), visit.nonTargetStatuses(s.nonTargets()));
  }

  @Test
  void anAssessmentBuiltAloneIsLookedUpWhenFirstAsked() {
    Assessment a = Assessment.builder(day(28)).measure("T2", 7).present("NT1").build();
    List<Lesion> targets = List.of(Lesion.target("T1", Site.LUNG), Lesion.nodalTarget("T2"));
    assertEquals(List.of(TargetValue.notEvaluable(), TargetValue.measured(7)),
        a.targetValues(targets));
    assertEquals(List.of(NonTargetStatus.PRESENT),
        a.nonTargetStatuses(List.of(Lesion.nonTarget("NT1", Site.BONE))));
  }

  @Test
  void largestWholeDiameterIsTheLargestMeasuredValueOfTheListAskedFor() {
    Subject s = subject();
    // baseline: 32, 18 and 15 mm; the visit: too small (not measured whole), 9 mm, not assessed
    assertEquals(320, s.baseline().largestWholeDiameterTenths(s.targets()));
    assertEquals(90, s.followUps().get(0).largestWholeDiameterTenths(s.targets()));
    // another list of lesions: its own values
    Assessment a = Assessment.builder(day(28)).measure("T1", 120.5).measure("T2", 7).build();
    assertEquals(70, a.largestWholeDiameterTenths(List.of(Lesion.nodalTarget("T2"))));
    assertEquals(1205, a.largestWholeDiameterTenths(
        List.of(Lesion.target("T1", Site.LUNG), Lesion.nodalTarget("T2"))));
    assertEquals(0, a.largestWholeDiameterTenths(List.of(Lesion.target("T9", Site.LUNG))));
  }

  @Test
  void largestWholeDiameterIsUnknownWhenATargetSplit() {
    // fragments count as their sum (Rule R4), which is the rules' to make: -1, not a diameter
    Assessment a = Assessment.builder(day(28)).measure("T1", 12).split("T2", 60, 70).build();
    assertEquals(-1, a.largestWholeDiameterTenths(
        List.of(Lesion.target("T1", Site.LUNG), Lesion.target("T2", Site.LIVER))));
    assertEquals(120, a.largestWholeDiameterTenths(List.of(Lesion.target("T1", Site.LUNG))));
  }

  @Test
  void valuesByPositionAreTheValuesById() {
    qt().withFixedSeed(0x5EA7L).withExamples(300).forAll(Generators.builtSubjects())
        .checkAssert(s -> {
          for (Assessment a : s.assessments()) {
            List<TargetValue> values = a.targetValues(s.targets());
            for (int i = 0; i < s.targets().size(); i++) {
              assertEquals(a.target(s.targets().get(i).id()), values.get(i));
            }
            List<NonTargetStatus> statuses = a.nonTargetStatuses(s.nonTargets());
            for (int i = 0; i < s.nonTargets().size(); i++) {
              assertEquals(a.nonTarget(s.nonTargets().get(i).id()), statuses.get(i));
            }
          }
        });
  }

  @Test
  void theMapsAreTheValuesAsRecordedAndAssessmentsEqualAsTheirMapsDo() {
    Assessment a = Assessment.builder(day(28)).measure("T2", 7).tooSmall("T1").present("NT1")
        .build();
    assertEquals(ImmutableList.of("T2", "T1"), a.targets().keySet().asList());
    assertEquals(ImmutableMap.of("NT1", NonTargetStatus.PRESENT), a.nonTargets());
    // the same values recorded in another order: equal, and hashed alike, as the maps are
    Assessment b = Assessment.builder(day(28)).tooSmall("T1").present("NT1").measure("T2", 7)
        .build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, Assessment.builder(day(28)).measure("T2", 8).tooSmall("T1")
        .present("NT1").build());
  }

  @Test
  void aBuilderUsedAfterBuildLeavesTheAssessmentBuiltAsItWas() {
    Assessment.Builder builder = Assessment.builder(day(28)).measure("T1", 7);
    Assessment first = builder.build();
    Assessment second = builder.measure("T2", 9).present("NT1").build();
    assertEquals(ImmutableMap.of("T1", TargetValue.measured(7)), first.targets());
    assertEquals(TargetValue.notEvaluable(), first.target("T2"));
    assertEquals(NonTargetStatus.NOT_EVALUABLE, first.nonTarget("NT1"));
    assertEquals(TargetValue.measured(9), second.target("T2"));
    assertEquals(NonTargetStatus.PRESENT, second.nonTarget("NT1"));
  }

  @Test
  void manyLesionsAreLookedUpAsAFewAre() {
    Assessment.Builder builder = Assessment.builder(day(28));
    for (int i = 1; i <= 40; i++) {
      builder.measure("T" + i, i);
    }
    Assessment a = builder.build();
    assertEquals(TargetValue.measured(33), a.target("T33"));
    assertEquals(TargetValue.notEvaluable(), a.target("T41"));
    assertEquals(40, a.targets().size());
  }
}
