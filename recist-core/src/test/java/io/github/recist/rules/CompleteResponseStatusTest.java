package io.github.recist.rules;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.day;
import static io.github.recist.Fixtures.reason;
import static io.github.recist.model.Response.CR;
import static io.github.recist.model.Response.NE;
import static io.github.recist.model.Response.PD;
import static io.github.recist.model.Response.PR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.recist.Recist11;
import io.github.recist.model.Diameter;
import io.github.recist.model.Response;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.result.Reason;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import io.github.recist.testing.Pins;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * "The subject had reached CR" (Rules R6.3, R7.2): some earlier visit's overall response was CR, and
 * the status lasts until progression, whatever the visits in between; with it, a target that
 * reappears, or a non-target present again, is PD, even when another lesion is not evaluated (R6.1,
 * R7.2 before R7.3).
 */
class CompleteResponseStatusTest {

  private static List<Response> overall(SubjectAssessment a) {
    return a.timepoints().stream().map(TimepointResult::overall).collect(Collectors.toList());
  }

  private static List<Response> target(SubjectAssessment a) {
    return a.timepoints().stream().map(TimepointResult::target).collect(Collectors.toList());
  }

  /** T1 30 mm (lung) + T2 20 mm (liver) at baseline, day -7. */
  private static Subject.Builder twoTargets() {
    return Subject.builder("CR-1").referenceDate(REF).target("T1", Site.LUNG).target("T2", Site.LIVER)
        .baseline(day(-7), v -> v.measure("T1", 30).measure("T2", 20));
  }

  @Test
  @Pins("R6.3")
  void R6_3_aTargetReappearingAfterCrIsPdEvenWithAnNeVisitBetween() {
    // the example: 0 + 0 (CR); 0 + NE (NE); then T1 4 mm. 4 mm is not 5 mm above the nadir
    // of 0 mm, and 4 of 50 mm is 92 % below baseline (PR by the sum), but the subject had reached CR.
    SubjectAssessment a = Recist11.assess(twoTargets()
        .visit(day(42), v -> v.disappeared("T1").disappeared("T2"))
        .visit(day(84), v -> v.disappeared("T1").notEvaluable("T2"))
        .visit(day(126), v -> v.measure("T1", 4).disappeared("T2"))
        .build());
    assertEquals(List.of(CR, NE, PD), overall(a));
    Reason r = reason(a.timepoints().get(2).reasons(), Reason.Kind.TARGET_REAPPEARED_AFTER_CR);
    assertEquals(List.of(List.of("T1 (4 mm)"), day(42)), r.values());
    assertEquals(java.util.Optional.of(day(126)), a.progressionDate());
  }

  @Test
  @Pins("R6.3")
  void R6_3_aPrVisitOnlyBecauseNonTargetsWereNotEvaluatedDoesNotUndoTheCr() {
    SubjectAssessment a = Recist11.assess(Subject.builder("CR-2").referenceDate(REF)
        .target("T1", Site.LUNG).target("T2", Site.LIVER).nonTarget("NT1", Site.BONE)
        .baseline(day(-7), v -> v.measure("T1", 30).measure("T2", 20).present("NT1"))
        .visit(day(42), v -> v.disappeared("T1").disappeared("T2").absent("NT1"))
        .visit(day(84), v -> v.disappeared("T1").disappeared("T2").nonTargetNotEvaluable("NT1"))
        .visit(day(126), v -> v.measure("T1", 4).disappeared("T2").absent("NT1"))
        .build());
    assertEquals(List.of(CR, PR, PD), overall(a));
    assertEquals(PD, a.timepoints().get(2).target());
    assertEquals(day(42),
        reason(a.timepoints().get(2).reasons(), Reason.Kind.TARGET_REAPPEARED_AFTER_CR).values().get(1));
  }

  @Test
  @Pins("R7.2")
  void R7_2_aNonTargetPresentAgainAfterCrIsPdEvenWithAnNeVisitBetween() {
    SubjectAssessment a = Recist11.assess(Subject.builder("CR-3").referenceDate(REF)
        .nonTarget("NT1", Site.BONE).nonTarget("NT2", Site.LIVER)
        .baseline(day(-7), v -> v.present("NT1").present("NT2"))
        .visit(day(42), v -> v.absent("NT1").absent("NT2"))
        .visit(day(84), v -> v.nonTargetNotEvaluable("NT1").absent("NT2"))
        .visit(day(126), v -> v.absent("NT1").present("NT2"))
        .build());
    assertEquals(List.of(CR, NE, PD), overall(a));
    TimepointResult back = a.timepoints().get(2);
    assertEquals(PD, back.nonTarget());
    assertEquals(List.of(List.of("NT2"), day(42)),
        reason(back.reasons(), Reason.Kind.NON_TARGET_RETURNED_AFTER_CR).values());
  }

  @Test
  @Pins({"R7.2", "R7.3"})
  void R7_2_presentAgainAfterCrIsTestedBeforeNotEvaluated() {
    SubjectAssessment a = Recist11.assess(Subject.builder("CR-4").referenceDate(REF)
        .nonTarget("NT1", Site.BONE).nonTarget("NT2", Site.LIVER)
        .baseline(day(-7), v -> v.present("NT1").present("NT2"))
        .visit(day(42), v -> v.absent("NT1").absent("NT2"))
        .visit(day(84), v -> v.nonTargetNotEvaluable("NT1").present("NT2"))
        .build());
    assertEquals(PD, a.timepoints().get(1).nonTarget());
    assertEquals(PD, a.timepoints().get(1).overall());
  }

  @Test
  @Pins("R6.1")
  void R6_1_aTargetReappearingAfterCrWhileAnotherIsNotEvaluatedIsPdNotNe() {
    SubjectAssessment a = Recist11.assess(twoTargets()
        .visit(day(42), v -> v.disappeared("T1").disappeared("T2"))
        .visit(day(84), v -> v.measure("T1", 4).notEvaluable("T2"))
        .build());
    assertEquals(List.of(CR, PD), target(a));
    Reason r = reason(a.timepoints().get(1).reasons(),
        Reason.Kind.TARGET_REAPPEARED_DESPITE_NOT_EVALUATED);
    assertEquals(List.of(List.of("T2"), List.of("T1 (4 mm)"), day(42)), r.values());
    // no sum: a target was not evaluated (R5)
    assertEquals(java.util.Optional.empty(), a.timepoints().get(1).targetSum());
  }

  @Test
  @Pins("R6.1")
  void R6_1_withoutAReappearanceAnNeTargetAfterCrStaysNe() {
    SubjectAssessment a = Recist11.assess(twoTargets()
        .visit(day(42), v -> v.disappeared("T1").disappeared("T2"))
        .visit(day(84), v -> v.disappeared("T1").notEvaluable("T2"))
        .build());
    assertEquals(List.of(CR, NE), target(a));
  }

  @Test
  @Pins("R6.3")
  void R6_3_aLesionReappearingInASubjectWhoNeverReachedCrIsAddedBackToTheSum() {
    // PR, T2 gone (T1 20 mm); then T2 back at 4 mm: 24 mm is 20 % but only 4 mm above the nadir of
    // 20 mm, and 52 % below baseline: PR, with T2 counted in the sum
    SubjectAssessment a = Recist11.assess(twoTargets()
        .visit(day(42), v -> v.measure("T1", 20).disappeared("T2"))
        .visit(day(84), v -> v.measure("T1", 20).measure("T2", 4))
        .build());
    assertEquals(List.of(PR, PR), target(a));
    assertEquals(Diameter.ofMillimetres(24), a.timepoints().get(1).targetSum().get());
  }

  @Test
  @Pins("R6.3")
  void R6_3_aTargetCrWithNonTargetsPresentIsNoOverallCrSoAReappearanceIsAddedBack() {
    SubjectAssessment a = Recist11.assess(Subject.builder("CR-5").referenceDate(REF)
        .target("T1", Site.LUNG).nonTarget("NT1", Site.BONE)
        .baseline(day(-7), v -> v.measure("T1", 30).present("NT1"))
        .visit(day(42), v -> v.disappeared("T1").present("NT1"))
        .visit(day(84), v -> v.measure("T1", 3).present("NT1"))
        .build());
    assertEquals(List.of(PR, PR), overall(a));
    assertEquals(PR, a.timepoints().get(1).target());
  }

  @Test
  @Pins("R6.3")
  void R6_3_theCrStatusLastsUntilProgressionOnly() {
    // CR; PD by an unequivocal new lesion; then T1 back at 3 mm: after the progression the subject
    // no longer "had reached CR", so 3 mm is added back to the sum (PR), not a reappearance
    SubjectAssessment a = Recist11.assess(twoTargets()
        .visit(day(42), v -> v.disappeared("T1").disappeared("T2"))
        .visit(day(84), v -> v.disappeared("T1").disappeared("T2")
            .newLesion("N1", Site.BONE))
        .visit(day(126), v -> v.measure("T1", 3).disappeared("T2"))
        .build());
    assertEquals(List.of(CR, PD, PR), overall(a));
  }
}
