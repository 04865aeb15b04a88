package io.github.recist.rules;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.UNCONFIRMED;
import static io.github.recist.Fixtures.day;
import static io.github.recist.Fixtures.has;
import static io.github.recist.Fixtures.oneTarget;
import static io.github.recist.Fixtures.reason;
import static io.github.recist.model.Response.CR;
import static io.github.recist.model.Response.NE;
import static io.github.recist.model.Response.PD;
import static io.github.recist.model.Response.PR;
import static io.github.recist.model.Response.SD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Recist11;
import io.github.recist.model.Diameter;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.result.Reason;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import io.github.recist.testing.Pins;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Rule R6: the target response at one visit, decided in the order of the rule. */
class TargetResponseTest {

  private static List<Response> targets(Subject s) {
    return targets(s, Protocol.defaults());
  }

  private static List<Response> targets(Subject s, Protocol p) {
    return Recist11.assess(s, p).timepoints().stream().map(TimepointResult::target)
        .collect(Collectors.toList());
  }

  private static Response firstTarget(Subject s) {
    return targets(s).get(0);
  }

  // ---- R6.4 PR: at least 30 % below baseline, decided exactly

  @Pins({"R6.4", "R5.3"})
  @Test
  void R6_prAtExactlyThirtyPercent() {
    assertEquals(PR, firstTarget(oneTarget(70, 49)));
  }

  @Pins({"R6.4", "R6.5"})
  @Test
  void R6_sdOneTenthAboveThirtyPercent() {
    assertEquals(SD, firstTarget(oneTarget(70, 49.1)));
    assertEquals(PR, firstTarget(oneTarget(70, 48.9)));
  }

  @Test
  void R6_prReasonGivesTheNumbersAndTheThreshold() {
    TimepointResult t = Recist11.assess(oneTarget(70, 49)).timepoints().get(0);
    assertEquals("target sum 49 mm is 30.0% below baseline 70 mm: PR (R6.4 needs at least 30%)",
        reason(t.reasons(), Reason.Kind.TARGET_PARTIAL_RESPONSE).text());
  }

  // ---- R6.3 PD: at least 20 % and at least 5 mm above the nadir

  @Pins({"R6.3", "R5.3"})
  @Test
  void R6_pdAtExactlyTwentyPercentAndFiveMillimetres() {
    assertEquals(PD, firstTarget(oneTarget(25, 30)));
    assertEquals(SD, firstTarget(oneTarget(25, 29.9)));
  }

  @Pins("R6.3")
  @Test
  void R6_pdNeedsFiveMillimetresAboveTheNadir() {
    // +24.5 % but only 4.9 mm
    assertEquals(SD, firstTarget(oneTarget(20, 24.9)));
    assertEquals(PD, firstTarget(oneTarget(20, 25)));
  }

  @Pins("R6.3")
  @Test
  void R6_pdNeedsTwentyPercentAboveTheNadir() {
    // +9.9 mm but only 19.8 %
    assertEquals(SD, firstTarget(oneTarget(50, 59.9)));
    assertEquals(PD, firstTarget(oneTarget(50, 60)));
  }

  @Pins({"R6.3", "R5.2"})
  @Test
  void R6_pdIsMeasuredFromTheNadirNotTheBaseline() {
    // 36 mm is still 28 % below baseline, but 20 % and 6 mm above the nadir of 30 mm
    assertEquals(List.of(PR, PD), targets(oneTarget(50, 30, 36)));
  }

  @Pins("R6.5")
  @Test
  void R6_sdComparesShrinkageWithBaselineAndGrowthWithNadir() {
    // 35.9 mm: 28.2 % below baseline (not PR), 19.7 % and 5.9 mm above the nadir (not PD)
    assertEquals(List.of(PR, SD), targets(oneTarget(50, 30, 35.9)));
  }

  @Test
  void R6_pdReasonGivesTheNumbersAndTheThresholds() {
    TimepointResult t = Recist11.assess(oneTarget(25, 30)).timepoints().get(0);
    assertEquals("target sum 30 mm is 20.0% and 5 mm above nadir 25 mm: PD (R6.3 needs at least 20% and 5 mm)",
        reason(t.reasons(), Reason.Kind.TARGET_PROGRESSION).text());
  }

  @Pins("R6.5")
  @Test
  void R6_sdWhenNeitherThirtyPercentDownNorTwentyPercentUp() {
    assertEquals(List.of(SD, SD, SD), targets(oneTarget(40, 40, 30, 35)));
  }

  // ---- R6.1 NE

  private static Subject.Builder twoTargets() {
    return Subject.builder("NE-1").referenceDate(REF).target("T1", Site.LUNG).target("T2", Site.LIVER)
        .baseline(day(-7), v -> v.measure("T1", 20).measure("T2", 20));
  }

  @Pins("R6.1")
  @Test
  void R6_neWhenATargetIsNotEvaluable() {
    Subject s = twoTargets().visit(day(42), v -> v.measure("T1", 10).notEvaluable("T2")).build();
    TimepointResult t = Recist11.assess(s).timepoints().get(0);
    assertEquals(NE, t.target());
    assertEquals(NE, t.overall());
    assertTrue(t.targetSum().isEmpty(), "an NE visit has no sum to show");
    assertEquals(List.of("T2"), reason(t.reasons(), Reason.Kind.TARGET_NOT_ALL_EVALUATED).values().get(0));
  }

  @Pins("R6.1")
  @Test
  void R6_neWhenATargetIsMissingFromTheVisit() {
    // even though T1 alone is already 75 % below baseline
    Subject s = twoTargets().visit(day(42), v -> v.measure("T1", 10)).build();
    assertEquals(NE, firstTarget(s));
  }

  @Pins("R6.1")
  @Test
  void R6_neWhenNoTargetCouldBeEvaluated() {
    Subject s = twoTargets().visit(day(42), v -> v.notEvaluable("T1").notEvaluable("T2"))
        .visit(day(84), v -> { }).build();
    SubjectAssessment a = Recist11.assess(s);
    for (TimepointResult t : a.timepoints()) {
      assertEquals(NE, t.target());
      assertTrue(has(t.reasons(), Reason.Kind.TARGET_NONE_EVALUATED), t.explain());
    }
  }

  @Pins("R6.1")
  @Test
  void R6_pdDespiteNotEvaluatedWhenTheOthersAloneMeetProgression() {
    // nadir 40; T1 alone is 48 mm: 20 % and 8 mm above it, and T2 could only add
    Subject s = twoTargets().visit(day(42), v -> v.measure("T1", 48).notEvaluable("T2")).build();
    TimepointResult t = Recist11.assess(s).timepoints().get(0);
    assertEquals(PD, t.target());
    assertEquals(PD, t.overall());
    Reason r = reason(t.reasons(), Reason.Kind.TARGET_PD_DESPITE_NOT_EVALUATED);
    assertTrue(r.text().startsWith("T2 not evaluated, but the other targets' sum 48 mm is already "
        + "20.0% and 8 mm above nadir 40 mm"), r.text());
    // one tenth less is not enough: NE
    Subject below = twoTargets().visit(day(42), v -> v.measure("T1", 47.9).notEvaluable("T2")).build();
    assertEquals(NE, firstTarget(below));
  }

  // ---- R6.2 CR

  private static Subject.Builder lungAndNode() {
    return Subject.builder("CR-1").referenceDate(REF).target("T1", Site.LUNG).nodalTarget("N1")
        .baseline(day(-7), v -> v.measure("T1", 30).measure("N1", 20));
  }

  @Pins("R6.2")
  @Test
  void R6_crWhenNonNodalTargetsAreGoneAndNodesUnderTenMillimetres() {
    Subject s = lungAndNode().visit(day(42), v -> v.disappeared("T1").measure("N1", 9.9)).build();
    TimepointResult t = Recist11.assess(s).timepoints().get(0);
    assertEquals(CR, t.target());
    assertEquals(Diameter.ofMillimetres(9.9), t.targetSum().get(), "the sum of a CR need not be 0");
  }

  @Pins("R6.2")
  @Test
  void R6_noCrWhileANodeIsTenMillimetres() {
    Subject s = lungAndNode().visit(day(42), v -> v.disappeared("T1").measure("N1", 10)).build();
    assertEquals(PR, firstTarget(s));
  }

  @Pins("R6.2")
  @Test
  void R6_noCrWhileANonNodalTargetIsPresent() {
    Subject s = lungAndNode().visit(day(42), v -> v.measure("T1", 0.1).measure("N1", 5)).build();
    assertEquals(PR, firstTarget(s));
  }

  @Pins("R6.6")
  @Test
  void R6_crIsTestedBeforePdSoGrowingNodesUnderTenMillimetresAreNotProgression() {
    // Convention of R6: 4 mm to 19 mm is +375 % and +15 mm, yet both nodes stay under 10 mm.
    Subject s = Subject.builder("CONV").referenceDate(REF).nodalTarget("N1").nodalTarget("N2")
        .baseline(day(-7), v -> v.measure("N1", 20).measure("N2", 20))
        .visit(day(42), v -> v.measure("N1", 2).measure("N2", 2))
        .visit(day(84), v -> v.measure("N1", 9.5).measure("N2", 9.5))
        .build();
    assertEquals(List.of(CR, CR), targets(s));
  }

  // ---- R6.3 reappearance after CR

  @Pins("R6.3")
  @Test
  void R6_targetReappearingAfterCompleteResponseIsProgression() {
    // 3 mm is neither 5 mm nor 20 % above the nadir of 0 mm: progression only because it reappeared
    Subject s = oneTarget(30, 0, 3);
    SubjectAssessment a = Recist11.assess(s);
    TimepointResult t = a.timepoints().get(1);
    assertEquals(PD, t.target());
    Reason r = reason(t.reasons(), Reason.Kind.TARGET_REAPPEARED_AFTER_CR);
    assertEquals(List.of(List.of("T1 (3 mm)"), day(42)), r.values(), r::text);
  }

  @Test
  void R6_theReasonNamesOnlyTheTargetsThatReappearedAfterCompleteResponse() {
    // CR on day 42 (T1 gone, N1 under 10 mm); day 84 N1 is 12 mm again, 4 mm above the nadir of
    // 8 mm: progression because N1 reappeared, T1 still gone.
    Subject s = Subject.builder("BACK").referenceDate(REF).target("T1", Site.LUNG).nodalTarget("N1")
        .baseline(day(-7), v -> v.measure("T1", 20).measure("N1", 20))
        .visit(day(42), v -> v.disappeared("T1").measure("N1", 8))
        .visit(day(84), v -> v.disappeared("T1").measure("N1", 12))
        .build();
    assertEquals(List.of(CR, PD), targets(s));
    Reason r = reason(Recist11.assess(s).timepoints().get(1).reasons(),
        Reason.Kind.TARGET_REAPPEARED_AFTER_CR);
    assertEquals(List.of("N1 (12 mm)"), r.values().get(0), r::text);
  }

  @Pins("R6.3")
  @Test
  void R6_nodeBackToTenMillimetresAfterCompleteResponseIsProgression() {
    Subject back = Subject.builder("NODE").referenceDate(REF).nodalTarget("N1")
        .baseline(day(-7), v -> v.measure("N1", 20))
        .visit(day(42), v -> v.measure("N1", 8))
        .visit(day(84), v -> v.measure("N1", 10))
        .build();
    assertEquals(List.of(CR, PD), targets(back));
    Subject stillNormal = Subject.builder("NODE").referenceDate(REF).nodalTarget("N1")
        .baseline(day(-7), v -> v.measure("N1", 20))
        .visit(day(42), v -> v.measure("N1", 8))
        .visit(day(84), v -> v.measure("N1", 9.9))
        .build();
    assertEquals(List.of(CR, CR), targets(stillNormal));
  }

  @Pins("R6.3")
  @Test
  void R6_lesionReappearingAfterPartialResponseIsAddedBackToTheSum() {
    // PR at 20 mm (T2 gone); T2 back at 4 mm: sum 24 mm is 20 % but only 4 mm above the nadir
    Subject s = Subject.builder("BACK").referenceDate(REF).target("T1", Site.LUNG).target("T2", Site.LIVER)
        .baseline(day(-7), v -> v.measure("T1", 30).measure("T2", 20))
        .visit(day(42), v -> v.measure("T1", 20).disappeared("T2"))
        .visit(day(84), v -> v.measure("T1", 20).measure("T2", 4))
        .build();
    SubjectAssessment a = Recist11.assess(s);
    assertEquals(List.of(PR, PR), targets(s));
    assertEquals(Diameter.ofMillimetres(24), a.timepoints().get(1).targetSum().get());
  }

  @Pins("R6.3")
  @Test
  void R6_reappearanceAfterTargetCrWithNonTargetsPresentIsNotProgressionByItself() {
    // the previous visit was target CR but overall PR (a non-target remained): the lesion is added back
    Subject s = Subject.builder("TCR").referenceDate(REF).target("T1", Site.LUNG).nonTarget("NT1", Site.BONE)
        .baseline(day(-7), v -> v.measure("T1", 30).present("NT1"))
        .visit(day(42), v -> v.disappeared("T1").present("NT1"))
        .visit(day(84), v -> v.measure("T1", 3).present("NT1"))
        .build();
    SubjectAssessment a = Recist11.assess(s);
    assertEquals(PR, a.timepoints().get(0).overall());
    assertEquals(PR, a.timepoints().get(1).target());
  }

  // ---- Convention of R6: persistentPartialResponse (RECIST FAQ example)

  private static Subject faqSums() {
    return Subject.builder("FAQ").referenceDate(REF).target("T1", Site.LUNG).target("T2", Site.LIVER)
        .baseline(day(-7), v -> v.measure("T1", 60).measure("T2", 40))
        .visit(day(42), v -> v.measure("T1", 42).measure("T2", 28))
        .visit(day(84), v -> v.measure("T1", 42).measure("T2", 28))
        .visit(day(126), v -> v.measure("T1", 48).measure("T2", 32))
        .visit(day(168), v -> v.measure("T1", 48).measure("T2", 32))
        .visit(day(210), v -> v.measure("T1", 48).measure("T2", 32))
        .build();
  }

  @Pins("R6.7")
  @Test
  void R6_persistentPartialResponseKeepsPrAtEveryVisitOfTheFaqExample() {
    Protocol on = Protocol.defaults().withPersistentPartialResponse(true);
    SubjectAssessment a = Recist11.assess(faqSums(), on);
    assertEquals(List.of(PR, PR, PR, PR, PR), targets(faqSums(), on));
    TimepointResult third = a.timepoints().get(2);
    assertEquals(Diameter.ofMillimetres(80), third.targetSum().get());
    assertTrue(has(third.reasons(), Reason.Kind.TARGET_PERSISTENT_PARTIAL_RESPONSE), third.explain());
    assertTrue(third.explain().contains("persistentPartialResponse"), third.explain());
    assertEquals(List.of(PR, PR, PR, PR, PR),
        targets(faqSums(), on.withConfirmation(io.github.recist.model.Confirmation.NOT_REQUIRED)));
  }

  @Pins("R6.7")
  @Test
  void R6_withoutPersistentPartialResponseTheFaqExampleFallsBackToSd() {
    assertEquals(List.of(PR, PR, SD, SD, SD), targets(faqSums()));
    assertFalse(Protocol.defaults().persistentPartialResponse(), "the option is off by default");
  }

  @Pins("R6.7")
  @Test
  void R6_persistentPartialResponseNeedsAConfirmedPrWhenConfirmationIsRequired() {
    // PR at day 42 has no confirmation yet when day 84 is classified
    Subject s = oneTarget(100, 70, 80);
    Protocol on = Protocol.defaults().withPersistentPartialResponse(true);
    assertEquals(List.of(PR, SD), targets(s, on));
    assertEquals(List.of(PR, PR), targets(s, UNCONFIRMED.withPersistentPartialResponse(true)));
  }

  @Pins("R6.7")
  @Test
  void R6_persistentPartialResponseNeverHidesProgression() {
    Protocol on = Protocol.defaults().withPersistentPartialResponse(true);
    assertEquals(List.of(PR, PR, PD), targets(oneTarget(100, 70, 70, 84), on));
  }

  /**
   * R6: the figures-taking classification (the engine's, with no sum object per visit) gives the
   * response and the reasons of the sum-taking one, visit by visit, on every path: CR, PR, SD, PD,
   * PD of a reappeared target after CR, and NE with the evaluated targets alone showing PD or not.
   */
  @Test
  void R6_theFiguresGiveTheResponseAndReasonsOfTheSum() {
    Subject s = Subject.builder("FIG").referenceDate(REF).target("T1", Site.LUNG)
        .target("T2", Site.LIVER)
        .baseline(day(-5), v -> v.measure("T1", 30).measure("T2", 20))
        .visit(day(28), v -> v.measure("T1", 20).measure("T2", 10))
        .visit(day(56), v -> v.measure("T1", 25).measure("T2", 15))
        .visit(day(84), v -> v.measure("T1", 0).measure("T2", 0))
        .visit(day(112), v -> v.measure("T1", 3).measure("T2", 0))
        .visit(day(140), v -> v.measure("T1", 40).notEvaluable("T2"))
        .visit(day(168), v -> v.measure("T1", 1))
        .build();
    List<Response> seen = new java.util.ArrayList<>();
    for (var visit : s.followUps()) {
      for (LocalDate cr : java.util.Arrays.asList(null, day(84))) {
        SumOfDiameters.TargetSum sum = SumOfDiameters.of(s.targets(), visit);
        List<Reason> bySum = new java.util.ArrayList<>();
        List<Reason> byFigures = new java.util.ArrayList<>();
        Response a = TargetResponse.classify(s.targets(), visit, sum, 500, 300, cr, null, bySum);
        Response b = TargetResponse.classify(s.targets(), visit, sum.tenths(),
            sum.evaluatedCount(), -1, 500, 300, cr, null, byFigures);
        assertEquals(a, b, visit.date() + ", CR since " + cr);
        assertEquals(bySum, byFigures, visit.date() + ", CR since " + cr);
        seen.add(a);
      }
    }
    // each visit without, then with a CR since day 84 (nadir 30 mm, baseline 50 mm): 30 mm is PR,
    // or PD as T1 reappeared; 40 mm is PD against the nadir; 0 mm CR; 3 mm PR, or PD (reappeared);
    // 40 mm with T2 not evaluated PD all the same; 1 mm with T2 missing NE, or PD (reappeared)
    assertEquals(List.of(PR, PD, PD, PD, CR, CR, PR, PD, PD, PD, NE, PD), seen);
  }
}
