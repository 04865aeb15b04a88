package io.github.recist.rules;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.day;
import static io.github.recist.Fixtures.has;
import static io.github.recist.Fixtures.oneTarget;
import static io.github.recist.model.Response.CR;
import static io.github.recist.model.Response.NA;
import static io.github.recist.model.Response.NE;
import static io.github.recist.model.Response.NON_CR_NON_PD;
import static io.github.recist.model.Response.PD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.recist.Recist11;
import io.github.recist.model.Assessment;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.result.Reason;
import io.github.recist.result.TimepointResult;
import io.github.recist.testing.Generators;
import io.github.recist.testing.Pins;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Rule R7: the non-target response at one visit. */
class NonTargetResponseTest {

  /** Non-targets NT1 (bone) and NT2 (liver), no targets; one visit described by {@code report}. */
  private static TimepointResult visit(Consumer<Assessment.Builder> report) {
    Subject s = Subject.builder("R7").referenceDate(REF).nonTarget("NT1", Site.BONE)
        .nonTarget("NT2", Site.LIVER)
        .baseline(day(-7), v -> v.present("NT1").present("NT2"))
        .visit(day(42), report)
        .build();
    return Recist11.assess(s).timepoints().get(0);
  }

  @Pins("R7.1")
  @Test
  void R7_naWithoutNonTargets() {
    assertEquals(NA, Recist11.assess(oneTarget(30, 20)).timepoints().get(0).nonTarget());
  }

  @Pins("R7.2")
  @Test
  void R7_pdOnUnequivocalProgressionOfAnyNonTarget() {
    TimepointResult t = visit(v -> v.absent("NT1").progressed("NT2"));
    assertEquals(PD, t.nonTarget());
    assertTrue(has(t.reasons(), Reason.Kind.NON_TARGET_PROGRESSION));
  }

  @Pins("R7.2")
  @Test
  void R7_progressionWinsOverNotEvaluated() {
    assertEquals(PD, visit(v -> v.nonTargetNotEvaluable("NT1").progressed("NT2")).nonTarget());
  }

  @Pins("R7.2")
  @Test
  void R7_nonTargetPresentAgainAfterCompleteResponseIsProgression() {
    Subject s = Subject.builder("R7-CR").referenceDate(REF).nonTarget("NT1", Site.BONE)
        .nonTarget("NT2", Site.LIVER)
        .baseline(day(-7), v -> v.present("NT1").present("NT2"))
        .visit(day(42), v -> v.absent("NT1").absent("NT2"))
        .visit(day(84), v -> v.absent("NT1").present("NT2"))
        .build();
    TimepointResult back = Recist11.assess(s).timepoints().get(1);
    assertEquals(PD, back.nonTarget());
    assertEquals(PD, back.overall());
    Reason r = back.reasons().stream().filter(x -> x.kind() == Reason.Kind.NON_TARGET_RETURNED_AFTER_CR)
        .findFirst().orElseThrow(() -> new AssertionError(back.explain()));
    assertEquals(List.of(List.of("NT2"), day(42)), r.values());
  }

  @Pins("R7.3")
  @Test
  void R7_neWhenNotAllEvaluatedEvenWithAnotherPresent() {
    TimepointResult t = visit(v -> v.present("NT1").nonTargetNotEvaluable("NT2"));
    assertEquals(NE, t.nonTarget());
    assertTrue(t.explain().contains("NT2 not evaluated"), t.explain());
  }

  @Pins("R7.3")
  @Test
  void R7_neWhenANonTargetIsMissingFromTheVisit() {
    assertEquals(NE, visit(v -> v.absent("NT1")).nonTarget());
  }

  @Pins("R7.4")
  @Test
  void R7_crWhenEveryNonTargetIsAbsent() {
    assertEquals(CR, visit(v -> v.absent("NT1").absent("NT2")).nonTarget());
    assertEquals(CR, visit(v -> v.absent("NT1").absent("NT2").tumorMarkersNormal(true)).nonTarget());
  }

  @Pins({"R7.4", "R7.5"})
  @Test
  void R7_abnormalTumourMarkersRuleOutCr() {
    TimepointResult t = visit(v -> v.absent("NT1").absent("NT2").tumorMarkersNormal(false));
    assertEquals(NON_CR_NON_PD, t.nonTarget());
    assertTrue(has(t.reasons(), Reason.Kind.NON_TARGET_MARKERS_ABNORMAL));
  }

  @Pins("R7.5")
  @Test
  void R7_nonCrNonPdWhileAnyNonTargetIsPresent() {
    assertEquals(NON_CR_NON_PD, visit(v -> v.absent("NT1").present("NT2")).nonTarget());
  }

  /** Two visits of NT1 and NT2 after the baseline, as {@code first} and {@code second} report. */
  private static List<TimepointResult> twoVisits(Consumer<Assessment.Builder> first,
      Consumer<Assessment.Builder> second) {
    Subject s = Subject.builder("R7").referenceDate(REF).nonTarget("NT1", Site.BONE)
        .nonTarget("NT2", Site.LIVER)
        .baseline(day(-7), v -> v.present("NT1").present("NT2"))
        .visit(day(42), first).visit(day(84), second)
        .build();
    return Recist11.assess(s).timepoints();
  }

  private static Reason nonTargetReason(TimepointResult t) {
    return t.reasons().stream().filter(r -> r.rule().startsWith("R7")).findFirst().orElseThrow();
  }

  @Test
  void R7_aVisitThatRepeatsTheFindingOfTheVisitBeforeHasTheSameReason() {
    List<TimepointResult> t = twoVisits(v -> v.present("NT1").present("NT2"),
        v -> v.present("NT1").present("NT2"));
    assertSame(nonTargetReason(t.get(0)), nonTargetReason(t.get(1)));
    assertEquals("NT1, NT2 present: non-target non-CR/non-PD (R7.5)",
        nonTargetReason(t.get(1)).text());
  }

  @Test
  void R7_aVisitWithOtherLesionsPresentHasItsOwnReason() {
    List<TimepointResult> t = twoVisits(v -> v.present("NT1").present("NT2"),
        v -> v.absent("NT1").present("NT2"));
    assertEquals("NT2 present: non-target non-CR/non-PD (R7.5)", nonTargetReason(t.get(1)).text());
    List<TimepointResult> u = twoVisits(v -> v.present("NT1").nonTargetNotEvaluable("NT2"),
        v -> v.nonTargetNotEvaluable("NT1").present("NT2"));
    assertEquals("NT2 not evaluated: non-target NE (R7.3)", nonTargetReason(u.get(0)).text());
    assertEquals("NT1 not evaluated: non-target NE (R7.3)", nonTargetReason(u.get(1)).text());
  }

  @Test
  void R7_theReasonOfTheVisitBeforeIsTakenOnlyWhenEqual() {
    qt().withFixedSeed(0x7E57L).withExamples(300).forAll(Generators.builtSubjects())
        .checkAssert(s -> {
          TimepointResult previous = null;
          for (Assessment a : s.followUps()) {
            List<Reason> alone = new java.util.ArrayList<>();
            List<Reason> shared = new java.util.ArrayList<>();
            assertEquals(NonTargetResponse.classify(s.nonTargets(), a, null, alone),
                NonTargetResponse.classify(s.nonTargets(), a, null, shared, previous));
            assertEquals(alone, shared);
            previous = TimepointResult.builder().date(a.date()).target(NA).nonTarget(NE)
                .newLesions(io.github.recist.result.NewLesionFinding.NONE)
                .overallCode(io.github.recist.model.VisitResponse.NE).addAllReasons(shared)
                .build();
          }
        });
  }
}
