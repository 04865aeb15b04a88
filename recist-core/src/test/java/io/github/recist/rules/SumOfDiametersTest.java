package io.github.recist.rules;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.day;
import static io.github.recist.Fixtures.oneTarget;
import static io.github.recist.model.Response.NE;
import static io.github.recist.model.Response.PD;
import static io.github.recist.model.Response.PR;
import static io.github.recist.model.Response.SD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.recist.Recist11;
import io.github.recist.model.Diameter;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import io.github.recist.testing.Pins;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule R5: the sum of diameters, the nadir, and exact arithmetic. */
class SumOfDiametersTest {

  private static Diameter mm(double mm) {
    return Diameter.ofMillimetres(mm);
  }

  @Pins("R5.1")
  @Test
  void R5_sumAddsLongestDiametersAndNodalShortAxes() {
    Subject s = Subject.builder("SARC-001").referenceDate(REF).target("T1", Site.LUNG).nodalTarget("T2")
        .nonTarget("NT1", Site.BONE)
        .baseline(day(-5), v -> v.measure("T1", 32).measure("T2", 18).present("NT1"))
        .visit(day(28), v -> v.measure("T1", 20).measure("T2", 9).present("NT1"))
        .build();
    TimepointResult t = Recist11.assess(s).timepoints().get(0);
    assertEquals(mm(50), t.baselineSum().get());
    assertEquals(mm(29), t.targetSum().get());
    assertEquals(new BigDecimal("-42.0"), t.changeFromBaselinePct().get());
    assertEquals(PR, t.target());
  }

  @Test
  void R5_theSumCountsTheEvaluatedTargetsAndListsTheOthers() {
    Subject s = Subject.builder("S").referenceDate(REF).target("T1", Site.LUNG).target("T2", Site.LIVER)
        .nodalTarget("N1")
        .baseline(day(-5), v -> v.measure("T1", 32).measure("T2", 18).measure("N1", 16))
        .visit(day(28), v -> v.measure("T1", 20).notEvaluable("T2").tooSmall("N1"))
        .build();
    SumOfDiameters.TargetSum sum = SumOfDiameters.of(s.targets(), s.followUps().get(0));
    assertEquals(2, sum.evaluatedCount());
    assertEquals(List.of("T2"), sum.notEvaluated());
    assertEquals(250, sum.tenths(), "20 mm and 5 mm for a lesion too small to measure (R4)");
    assertEquals(3, SumOfDiameters.of(s.targets(), s.baseline()).evaluatedCount());
    assertEquals(List.of("T2"), SumOfDiameters.notEvaluated(s.targets(), s.followUps().get(0)));
    assertEquals(List.of(), SumOfDiameters.notEvaluated(s.targets(), s.baseline()));
    assertEquals(false, sum.complete());
    assertEquals(true, SumOfDiameters.of(s.targets(), s.baseline()).complete());
  }

  @Test
  void R5_R6_1_aTargetMissingFromTheVisitIsNotEvaluatedAndNamedInTheReason() {
    Subject s = Subject.builder("S").referenceDate(REF).target("T1", Site.LUNG)
        .target("T2", Site.LIVER)
        .baseline(day(-5), v -> v.measure("T1", 32).measure("T2", 18))
        .visit(day(28), v -> v.measure("T2", 18))
        .build();
    SumOfDiameters.TargetSum sum = SumOfDiameters.of(s.targets(), s.followUps().get(0));
    assertEquals(List.of("T1"), sum.notEvaluated());
    assertEquals(180, sum.tenths());
    TimepointResult t = Recist11.assess(s).timepoints().get(0);
    assertEquals(NE, t.target());
    assertEquals(List.of("T1"), t.reasons().get(0).value(0));
  }

  @Pins("R5.2")
  @Test
  void R5_theNadirIsTheSmallestEarlierSumAndNotTheCurrentVisit() {
    SubjectAssessment a = Recist11.assess(oneTarget(50, 60, 40, 45));
    assertEquals(mm(50), a.timepoints().get(0).nadir().get(), "the first visit compares with baseline");
    assertEquals(PD, a.timepoints().get(0).target());
    assertEquals(mm(50), a.timepoints().get(1).nadir().get(), "60 mm did not lower the nadir");
    assertEquals(mm(40), a.timepoints().get(2).nadir().get());
  }

  @Pins("R5.2")
  @Test
  void R5_theNadirSkipsVisitsWhoseTargetResponseWasNotEvaluable() {
    // day 84: T2 not evaluated, T1 alone 10 mm; that partial sum must not become the nadir
    Subject s = Subject.builder("NADIR").referenceDate(REF).target("T1", Site.LUNG).target("T2", Site.LIVER)
        .baseline(day(-7), v -> v.measure("T1", 25).measure("T2", 25))
        .visit(day(42), v -> v.measure("T1", 20).measure("T2", 20))
        .visit(day(84), v -> v.measure("T1", 10).notEvaluable("T2"))
        .visit(day(126), v -> v.measure("T1", 25).measure("T2", 20))
        .build();
    SubjectAssessment a = Recist11.assess(s);
    assertEquals(NE, a.timepoints().get(1).target());
    assertEquals(mm(40), a.timepoints().get(2).nadir().get());
    // 45 mm is 12.5 % above the nadir of 40 mm: SD, not PD against 10 mm
    assertEquals(SD, a.timepoints().get(2).target());
  }

  @Pins("R5.3")
  @Test
  void R5_thresholdsAreDecidedOnExactDecimals() {
    // 33.3 + 36.7 = 70.0 and 24.5 + 24.5 = 49.0: exactly 30 % (70 * 0.7 is 48.99999999999999 in double)
    Subject pr = Subject.builder("EXACT-PR").referenceDate(REF).target("T1", Site.LUNG).target("T2", Site.LIVER)
        .baseline(day(-7), v -> v.measure("T1", 33.3).measure("T2", 36.7))
        .visit(day(42), v -> v.measure("T1", 24.5).measure("T2", 24.5))
        .build();
    assertEquals(PR, Recist11.assess(pr).timepoints().get(0).target());
    // 12.1 + 12.9 = 25.0 to 15.1 + 14.9 = 30.0: exactly 20 % and 5 mm (25 * 1.2 is 30.000000000000004 in double)
    Subject pd = Subject.builder("EXACT-PD").referenceDate(REF).target("T1", Site.LUNG).target("T2", Site.LIVER)
        .baseline(day(-7), v -> v.measure("T1", 12.1).measure("T2", 12.9))
        .visit(day(42), v -> v.measure("T1", 15.1).measure("T2", 14.9))
        .build();
    assertEquals(PD, Recist11.assess(pd).timepoints().get(0).target());
  }

  @Test
  void R5_changesAreShownAgainstBaselineAndNadir() {
    TimepointResult t = Recist11.assess(oneTarget(50, 30, 36)).timepoints().get(1);
    assertEquals(new BigDecimal("-28.0"), t.changeFromBaselinePct().get());
    assertEquals(new BigDecimal("20.0"), t.changeFromNadirPct().get());
    assertEquals("2018-04-04 sum 36 mm (-28.0% from baseline 50 mm, +20.0% from nadir 30 mm) "
        + "target PD, non-target NA, new NONE: PD", t.toString());
  }
}
