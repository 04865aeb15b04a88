package io.github.recist.rules;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.UNCONFIRMED;
import static io.github.recist.Fixtures.day;
import static io.github.recist.Fixtures.has;
import static io.github.recist.Fixtures.reason;
import static io.github.recist.model.IrecistResponse.ICPD;
import static io.github.recist.model.IrecistResponse.ICR;
import static io.github.recist.model.IrecistResponse.IPR;
import static io.github.recist.model.IrecistResponse.ISD;
import static io.github.recist.model.IrecistResponse.IUPD;
import static io.github.recist.model.IrecistResponse.NON_ICR_NON_IUPD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Fixtures;
import io.github.recist.Recist11;
import io.github.recist.model.Assessment;
import io.github.recist.model.Criteria;
import io.github.recist.model.Diameter;
import io.github.recist.model.InvalidSubjectException;
import io.github.recist.model.IrecistResponse;
import io.github.recist.model.NonTargetStatus;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.model.ResponseCode;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.model.TargetValue;
import io.github.recist.model.VisitResponse;
import io.github.recist.result.NewLesionFinding;
import io.github.recist.result.Reason;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import io.github.recist.testing.Pins;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Examples of Rule R14 (iRECIST), one or more per sub-rule, each named after it: the
 * classification of {@link IrecistCriteria} on its {@link IrecistCourse}, and the dates of R14.12.
 */
class IrecistCriteriaTest {

  private static final Protocol IRECIST = UNCONFIRMED.withCriteria(Criteria.IRECIST);

  /** One target T1 of {@code baselineMm}; each visit a day and its report. */
  private static Subject.Builder subject(double baselineMm) {
    return Subject.builder("I-1").referenceDate(REF).target("T1", Site.LUNG)
        .baseline(day(-7), v -> v.measure("T1", baselineMm));
  }

  private static SubjectAssessment assess(Subject s) {
    return Recist11.assess(s, IRECIST);
  }

  private static List<ResponseCode> codes(SubjectAssessment a) {
    return a.timepoints().stream().map(TimepointResult::overallCode).collect(Collectors.toList());
  }

  private static Consumer<Assessment.Builder> t1(double mm) {
    return v -> v.measure("T1", mm);
  }

  private static TimepointResult at(SubjectAssessment a, int day) {
    return Fixtures.at(a, day(day));
  }

  @Pins("R14.1")
  @Test
  void R14_1_theComponentsKeepTheirRecist11CodesAndTheOverallResponseTakesAnICode() {
    SubjectAssessment a = assess(Fixtures.measured(50, 42, 30, 84, 30));
    TimepointResult first = at(a, 42);
    assertEquals(Response.PR, first.target());
    assertEquals(Response.NA, first.nonTarget());
    assertEquals(IPR, first.overallCode());
    assertEquals(Response.PR, first.overall()); // the category, for code written for RECIST 1.1
    assertEquals(Diameter.ofMillimetres(50), first.nadir().get());
  }

  @Pins("R14.2")
  @Test
  void R14_2_theNewLesionTargetSumIsItsOwnAndNeWhenAnyNewLesionTargetIsNe() {
    Subject s = subject(50)
        .visit(day(42), v -> v.measure("T1", 45)
            .newLesionTarget("N1", Site.LIVER, TargetValue.measured(12))
            .newLesionTarget("N2", Site.LUNG, TargetValue.measured(10)))
        .visit(day(70), v -> v.measure("T1", 44)
            .newLesionTarget("N1", Site.LIVER, TargetValue.measured(12))
            .newLesionTarget("N2", Site.LUNG, TargetValue.notEvaluable()))
        .build();
    SubjectAssessment a = assess(s);
    assertEquals(Diameter.ofMillimetres(45), at(a, 42).targetSum().get()); // never added
    assertEquals(Diameter.ofMillimetres(22), at(a, 42).newLesionTargetSum().get());
    assertEquals(Optional.empty(), at(a, 70).newLesionTargetSum());
    assertTrue(has(at(a, 70).reasons(), Reason.Kind.IRECIST_NEW_LESION_TARGET_SUM_NE));
    // inside the run a new lesion NE is NE (R14.7.1)
    assertEquals(VisitResponse.NE, at(a, 70).overallCode());
  }

  @Pins("R14.2")
  @Test
  void R14_2_aRecordedNewLesionNotReportedIsNe() {
    Subject s = subject(50)
        .visit(day(42), v -> v.measure("T1", 45).newLesion("N1", Site.LIVER))
        .visit(day(70), t1(44))
        .build();
    TimepointResult later = at(assess(s), 70);
    assertEquals(List.of("N1"), reason(later.reasons(), Reason.Kind.IRECIST_NEW_LESION_NOT_REPORTED)
        .values().get(0));
    assertEquals(NewLesionFinding.UNEQUIVOCAL, later.newLesions());
    assertEquals(VisitResponse.NE, later.overallCode());
  }

  @Pins("R14.2")
  @Test
  void R14_2_theNewLesionTargetNadirStartsAgainWhenANewLesionTargetIsAdded() {
    Subject s = subject(50)
        .visit(day(42), v -> v.measure("T1", 45)
            .newLesionTarget("N1", Site.LIVER, TargetValue.measured(10)))
        .visit(day(70), v -> v.measure("T1", 30)
            .newLesionTarget("N1", Site.LIVER, TargetValue.measured(8)))
        .visit(day(98), v -> v.measure("T1", 30)
            .newLesionTarget("N1", Site.LIVER, TargetValue.measured(9)))
        .build();
    SubjectAssessment a = assess(s);
    assertEquals(Optional.empty(), at(a, 42).newLesionTargetNadir());
    assertEquals(Diameter.ofMillimetres(10), at(a, 70).newLesionTargetNadir().get());
    assertEquals(Diameter.ofMillimetres(8), at(a, 98).newLesionTargetNadir().get());
  }

  @Pins("R14.2")
  @Test
  void R14_2_anEquivocalLesionLaterUnequivocalIsReadAsUnequivocalFromItsFirstAppearance() {
    Subject s = subject(50)
        .visit(day(42), v -> v.measure("T1", 45).equivocalNewLesion("N1", Site.LIVER))
        .visit(day(70), v -> v.measure("T1", 45).newLesion("N1", Site.LIVER))
        .build();
    SubjectAssessment a = assess(s);
    assertEquals(List.of(IUPD, IUPD), codes(a));
    assertEquals(day(42), at(a, 42).iupdDate().get());
    assertTrue(has(at(a, 42).reasons(), Reason.Kind.NEW_LESION_BACKDATED));
  }

  @Pins("R14.3")
  @Test
  void R14_3_theBaselineDiseaseResponseIgnoresNewLesions() {
    Subject s = subject(50).visit(day(42), v -> v.measure("T1", 30).newLesion("N1", Site.LIVER))
        .build();
    Reason r = reason(at(assess(s), 42).reasons(), Reason.Kind.IRECIST_BASELINE_DISEASE);
    assertEquals(Response.PR, r.namedValues().get("baselineDisease"));
  }

  @Pins("R14.4")
  @Test
  void R14_4_1_targetProgressionOpensARunAnchoredAtThatVisit() {
    SubjectAssessment a = assess(Fixtures.measured(50, 42, 60));
    TimepointResult t = at(a, 42);
    assertEquals(IUPD, t.overallCode());
    assertEquals(day(42), t.iupdDate().get());
    assertTrue(reason(t.reasons(), Reason.Kind.IUPD_OPENED).text().contains("R14.4.1"));
  }

  @Pins("R14.4")
  @Test
  void R14_4_2_nonTargetProgressionOpensARun() {
    Subject s = Subject.builder("I-2").referenceDate(REF).target("T1", Site.LUNG).nonTarget("NT1", Site.BONE)
        .baseline(day(-7), v -> v.measure("T1", 50).present("NT1"))
        .visit(day(42), v -> v.measure("T1", 50).progressed("NT1")).build();
    TimepointResult t = at(assess(s), 42);
    assertEquals(IUPD, t.overallCode());
    assertTrue(reason(t.reasons(), Reason.Kind.IUPD_OPENED).text().contains("R14.4.2"));
  }

  @Pins("R14.4")
  @Test
  void R14_4_3_aNewLesionAppearingOpensARunEvenWhenTheTargetsShrink() {
    Subject s = subject(50).visit(day(42), v -> v.measure("T1", 30).newLesion("N1", Site.LIVER))
        .build();
    TimepointResult t = at(assess(s), 42);
    assertEquals(IUPD, t.overallCode());
    assertEquals(Response.PR, t.target());
    assertTrue(reason(t.reasons(), Reason.Kind.IUPD_OPENED).text().contains("N1"));
  }

  @Pins("R14.4")
  @Test
  void R14_4_4_newLesionTargetsGrowing20PercentAnd5MmOverTheirNadirOpenANewRun() {
    Subject s = subject(50)
        .visit(day(42), v -> v.measure("T1", 45).newLesionTarget("N1", Site.LIVER, TargetValue.measured(10)))
        .visit(day(70), v -> v.measure("T1", 30).newLesionTarget("N1", Site.LIVER, TargetValue.measured(10)))
        .visit(day(98), v -> v.measure("T1", 30).newLesionTarget("N1", Site.LIVER, TargetValue.measured(14.9)))
        .visit(day(126), v -> v.measure("T1", 30).newLesionTarget("N1", Site.LIVER, TargetValue.measured(15)))
        .build();
    SubjectAssessment a = assess(s);
    assertEquals(List.of(IUPD, IPR, IPR, IUPD), codes(a)); // 4.9 mm is not 5 mm (R5 exact)
    assertTrue(at(a, 70).reset());
    assertTrue(reason(at(a, 126).reasons(), Reason.Kind.IUPD_OPENED).text().contains("R14.4.4"));
  }

  @Pins("R14.5")
  @Test
  void R14_5_aVisitLessThanMinProgressionConfirmationDaysAfterTheIupdIsDisregardedWithAWarning() {
    SubjectAssessment a = assess(Fixtures.measured(50, 42, 60, 69, 80, 70, 62));
    assertEquals(List.of(IUPD, IUPD, IUPD), codes(a));
    TimepointResult early = at(a, 69); // 27 days after the iUPD: disregarded, even with +20 mm
    assertTrue(early.disregarded());
    assertFalse(at(a, 70).disregarded()); // 28 days: counted
    assertEquals(1, a.warnings().size());
    assertTrue(a.warnings().get(0).toString().contains(day(69).toString()), a.warnings()::toString);
    // the protocol's variance (FAQ: 26 days) counts the same visit
    SubjectAssessment shorter = Recist11.assess(Fixtures.measured(50, 42, 60, 69, 80),
        IRECIST.withMinProgressionConfirmationDays(26));
    assertEquals(List.of(IUPD, ICPD), codes(shorter));
    // in strict mode the warning is an error
    assertThrows(InvalidSubjectException.class, () -> Recist11.assess(
        Fixtures.measured(50, 42, 60, 69, 80, 70, 62), IRECIST.withStrict(true)));
  }

  @Pins("R14.5")
  @Test
  void R14_5_aDisregardedVisitsSumEntersNoNadirAndItIsNotThePreviousVisit() {
    // 20 mm on the early visit would lower the nadir to 20 if it counted: 30 would then be PD
    SubjectAssessment a = assess(Fixtures.measured(50, 42, 60, 56, 20, 84, 30, 112, 30));
    assertEquals(Diameter.ofMillimetres(50), at(a, 84).nadir().get());
    assertEquals(IPR, at(a, 84).overallCode()); // reset: 30 is 40 % below the baseline 50
    assertTrue(at(a, 84).reset());
  }

  @Pins("R14.5")
  @Test
  void R14_5_aSymptomDrivenEarlyScanWithAnAdditionalNewLesionIsIcpdButGrowthIsNot() {
    Subject withLesion = subject(50).visit(day(42), t1(60))
        .visit(day(50), v -> v.measure("T1", 60).symptomDriven().newLesion("N1", Site.BRAIN)).build();
    assertEquals(List.of(IUPD, ICPD), codes(assess(withLesion)));
    Subject grown = subject(50).visit(day(42), t1(60))
        .visit(day(50), v -> v.measure("T1", 80).symptomDriven()).build();
    assertEquals(List.of(IUPD, IUPD), codes(assess(grown)));
    assertTrue(at(assess(grown), 50).disregarded());
  }

  @Pins("R14.5")
  @Test
  void R14_5_lateNextVisitCounts_theFirstCountedVisitAfterMaxDaysStillConfirmsWithAWarning() {
    SubjectAssessment a = assess(Fixtures.measured(50, 42, 60, 99, 66));
    assertEquals(List.of(IUPD, ICPD), codes(a));
    assertTrue(has(at(a, 99).reasons(), Reason.Kind.IRECIST_LATE_FIRST_COUNTED_VISIT));
    assertTrue(a.warnings().get(0).message().contains("57 days"), a.warnings()::toString);
    assertEquals(List.of(), assess(Fixtures.measured(50, 42, 60, 98, 66)).warnings());
  }

  @Pins("R14.6")
  @Test
  void R14_6_1_theTargetSumAtLeast5MmAboveTheAnchorConfirmsAndTheReasonSaysSo() {
    Subject s = Subject.builder("I-3").referenceDate(LocalDate.of(2021, 1, 4)).target("T1", Site.LUNG)
        .baseline(LocalDate.of(2020, 12, 28), t1(38))
        .visit(LocalDate.of(2021, 3, 29), t1(46))
        .visit(LocalDate.of(2021, 4, 26), t1(52)).build();
    SubjectAssessment a = assess(s);
    TimepointResult t = a.timepoints().get(1);
    assertEquals(ICPD, t.overallCode());
    assertEquals("target sum 52 mm is 6 mm above 46 mm at the iUPD of 2021-03-29: iCPD (R14.6.1 needs 5 mm)",
        reason(t.reasons(), Reason.Kind.ICPD_TARGET_SUM).text());
  }

  @Pins("R14.6")
  @Test
  void R14_6_1_exactly5MmConfirmsAnd4Point9DoesNot_firstIupdMakesIncreasesAdditive() {
    assertEquals(List.of(IUPD, ICPD), codes(assess(Fixtures.measured(50, 42, 60, 70, 65))));
    assertEquals(List.of(IUPD, IUPD), codes(assess(Fixtures.measured(50, 42, 60, 70, 64.9))));
    // FAQ: +4 mm then +2 mm, from the first iUPD (Convention FIRST_IUPD)
    assertEquals(List.of(IUPD, IUPD, ICPD),
        codes(assess(Fixtures.measured(50, 42, 60, 70, 64, 98, 66))));
  }

  private static Subject.Builder withNonTarget() {
    return Subject.builder("I-4").referenceDate(REF).target("T1", Site.LUNG)
        .nonTarget("NT1", Site.BONE).nonTarget("NT2", Site.LIVER)
        .baseline(day(-7), v -> v.measure("T1", 50).present("NT1").present("NT2"));
  }

  @Pins("R14.6")
  @Test
  void R14_6_2_inARunTheNonTargetsOpenedAnIncreaseOrANewUnequivocalProgressionConfirms() {
    Subject increased = withNonTarget()
        .visit(day(42), v -> v.measure("T1", 50).progressed("NT1").present("NT2"))
        .visit(day(70), v -> v.measure("T1", 50).progressed("NT1").nonTarget("NT2", NonTargetStatus.INCREASED))
        .build();
    assertEquals(List.of(IUPD, ICPD), codes(assess(increased)));
    Subject still = withNonTarget()
        .visit(day(42), v -> v.measure("T1", 50).progressed("NT1").present("NT2"))
        .visit(day(70), v -> v.measure("T1", 50).progressed("NT1").present("NT2"))
        .build();
    assertEquals(List.of(IUPD, IUPD), codes(assess(still))); // R14.7.2
    Subject another = withNonTarget()
        .visit(day(42), v -> v.measure("T1", 50).progressed("NT1").present("NT2"))
        .visit(day(70), v -> v.measure("T1", 50).progressed("NT1").progressed("NT2"))
        .build();
    assertTrue(has(at(assess(another), 70).reasons(), Reason.Kind.ICPD_NON_TARGET));
  }

  @Pins("R14.6")
  @Test
  void R14_6_3_newLesionsRecordedAtTheAnchorGrowing5MmOrIncreasedConfirm() {
    Subject nlt = subject(50)
        .visit(day(42), v -> v.measure("T1", 45).newLesionTarget("N1", Site.LIVER, TargetValue.measured(20)))
        .visit(day(70), v -> v.measure("T1", 45).newLesionTarget("N1", Site.LIVER, TargetValue.measured(25)))
        .build();
    assertTrue(has(at(assess(nlt), 70).reasons(), Reason.Kind.ICPD_NEW_LESION_TARGET_SUM));
    Subject nlnt = subject(50)
        .visit(day(42), v -> v.measure("T1", 45).newLesionNonTarget("N1", Site.LIVER, NonTargetStatus.PRESENT))
        .visit(day(70), v -> v.measure("T1", 45).newLesionNonTarget("N1", Site.LIVER, NonTargetStatus.INCREASED))
        .build();
    assertEquals(List.of(IUPD, ICPD), codes(assess(nlnt)));
    assertTrue(has(at(assess(nlnt), 70).reasons(), Reason.Kind.ICPD_NEW_LESION_NON_TARGET));
  }

  @Pins("R14.6")
  @Test
  void R14_6_4_anAdditionalNewLesionConfirms() {
    Subject s = subject(50)
        .visit(day(42), v -> v.measure("T1", 45).newLesion("N1", Site.LIVER))
        .visit(day(70), v -> v.measure("T1", 30).newLesion("N1", Site.LIVER).newLesion("N2", Site.BONE))
        .build();
    TimepointResult t = at(assess(s), 70);
    assertEquals(ICPD, t.overallCode());
    assertEquals(List.of("N2"), reason(t.reasons(), Reason.Kind.ICPD_ADDITIONAL_NEW_LESION).values().get(0));
  }

  @Pins("R14.6")
  @Test
  void R14_6_5_progressionInACategoryThatDidNotOpenTheRunConfirms() {
    Subject s = subject(50)
        .visit(day(42), v -> v.measure("T1", 45).newLesion("N1", Site.LIVER))
        .visit(day(70), v -> v.measure("T1", 54).newLesion("N1", Site.LIVER))
        .build();
    TimepointResult t = at(assess(s), 70); // 54 against the nadir 45: target PD
    assertEquals(ICPD, t.overallCode());
    assertTrue(has(t.reasons(), Reason.Kind.ICPD_OTHER_CATEGORY));
  }

  @Pins("R14.7")
  @Test
  void R14_7_1_neInsideARunKeepsTheRunOpen() {
    Subject s = subject(50).visit(day(42), t1(60)).visit(day(70), v -> v.notEvaluable("T1"))
        .visit(day(98), t1(65)).build();
    SubjectAssessment a = assess(s);
    assertEquals(List.of(IUPD, VisitResponse.NE, ICPD), codes(a));
    assertEquals(day(42), at(a, 70).iupdDate().get());
    assertTrue(has(at(a, 70).reasons(), Reason.Kind.IRECIST_NE_INSIDE_RUN));
  }

  @Pins("R14.7")
  @Test
  void R14_7_2_improvedSinceIupd_anAppearanceRunStaysIupdUntilTheBaselineDiseaseImproves() {
    // FAQ scenario F: PR, then a new lesion, then no change: iUPD
    Subject f = subject(50).visit(day(42), t1(30))
        .visit(day(84), v -> v.measure("T1", 30).newLesion("N1", Site.LIVER))
        .visit(day(112), v -> v.measure("T1", 30).newLesion("N1", Site.LIVER)).build();
    assertEquals(List.of(IPR, IUPD, IUPD), codes(assess(f)));
    assertTrue(has(at(assess(f), 112).reasons(), Reason.Kind.IUPD_CONTINUED));
    // FAQ scenario B: a new lesion, then the targets shrink: iPR
    Subject b = subject(50).visit(day(42), v -> v.measure("T1", 45).newLesion("N1", Site.LIVER))
        .visit(day(70), v -> v.measure("T1", 44.9).newLesion("N1", Site.LIVER)).build();
    assertEquals(List.of(IUPD, ISD), codes(assess(b)));
  }

  @Pins({"R14.7", "R14.8"})
  @Test
  void R14_7_3_aResetClosesTheRunAndTheReasonNamesTheNewReference() {
    SubjectAssessment a = assess(Fixtures.measured(50, 42, 60, 70, 40));
    TimepointResult t = at(a, 70);
    assertTrue(t.reset());
    assertEquals(day(42), t.iupdDate().get());
    Reason r = reason(t.reasons(), Reason.Kind.IRECIST_RESET);
    assertEquals("the target nadir 40 mm", r.namedValues().get("reference"));
  }

  @Pins("R14.8")
  @Test
  void R14_8_afterAResetANewIupdIsPdAgainstTheNadirThatKeptEveryCountedVisit() {
    SubjectAssessment a = assess(Fixtures.measured(50, 42, 60, 70, 40, 98, 44, 126, 48, 154, 54));
    assertEquals(List.of(IUPD, ISD, ISD, IUPD, ICPD), codes(a));
    assertEquals(Diameter.ofMillimetres(40), at(a, 126).nadir().get());
    assertEquals(Optional.of(day(126)), a.iupdDate());
  }

  @Pins("R14.9")
  @Test
  void R14_9_aCompleteResponseWithANewLesionLeftIsIprOrNonIcrWithoutTargets() {
    Subject s = subject(50)
        .visit(day(42), v -> v.measure("T1", 45).newLesion("N1", Site.LIVER))
        .visit(day(70), v -> v.measure("T1", 0).newLesion("N1", Site.LIVER))
        .visit(day(98), v -> v.measure("T1", 0).newLesionNonTarget("N1", Site.LIVER, NonTargetStatus.ABSENT))
        .build();
    assertEquals(List.of(IUPD, IPR, ICR), codes(assess(s)));
    Subject nonTargetsOnly = Subject.builder("I-5").referenceDate(REF).nonTarget("NT1", Site.BONE)
        .baseline(day(-7), v -> v.present("NT1"))
        .visit(day(42), v -> v.absent("NT1").newLesion("N1", Site.LIVER))
        .visit(day(70), v -> v.absent("NT1").newLesion("N1", Site.LIVER)).build();
    // the baseline disease is CR at the anchor and after, not improved: while N1 persists the
    // appearance run stays iUPD (R14.7.2, Convention IMPROVED_SINCE_IUPD)
    assertEquals(IUPD, at(assess(nonTargetsOnly), 70).overallCode());
  }

  @Pins("R14.9")
  @Test
  void R14_9_outsideARunAnNeNewLesionOnlyPreventsIcr() {
    Subject s = subject(50)
        .visit(day(42), v -> v.measure("T1", 45).newLesion("N1", Site.LIVER))
        .visit(day(70), v -> v.measure("T1", 0).newLesionNonTarget("N1", Site.LIVER, NonTargetStatus.ABSENT))
        .visit(day(98), v -> v.measure("T1", 0).newLesionNonTarget("N1", Site.LIVER, NonTargetStatus.NOT_EVALUABLE))
        .build();
    assertEquals(List.of(IUPD, ICR, IPR), codes(assess(s)));
  }

  @Pins("R14.10")
  @Test
  void R14_10_iCpdIsFinalAndLaterVisitsAreIgnored() {
    SubjectAssessment a = assess(Fixtures.measured(50, 42, 60, 70, 66, 98, 30, 126, 10));
    assertEquals(List.of(IUPD, ICPD, ICPD, ICPD), codes(a));
    assertEquals(ICPD, a.bestOverallResponseCode());
    assertEquals(Optional.of(day(42)), a.bestOverallResponseDate());
    assertTrue(has(at(a, 98).reasons(), Reason.Kind.IRECIST_AFTER_ICPD));
  }

  @Pins({"R14.10", "R14.2", "R14.5"})
  @Test
  void R14_10_visitsAfterICpdAreCountedSoTheirNewLesionTargetsKeepTheirNadirAsUsual() {
    Subject s = subject(50)
        .visit(day(42), nlt(45, 10)).visit(day(70), nlt(45, 15)) // +5 mm over the anchor: iCPD
        .visit(day(98), nlt(45, 6)).visit(day(126), nlt(45, 7))
        .visit(day(154), nlt(45, 7, 12)).visit(day(182), nlt(45, 7, 12)).build();
    SubjectAssessment a = assess(s);
    assertEquals(List.of(IUPD, ICPD, ICPD, ICPD, ICPD, ICPD), codes(a));
    assertEquals(Optional.of(day(70)), a.icpdDate());
    // components as usual (R14.10): the 6 mm after iCPD is the nadir of the next visit, as the
    // target sums after iCPD enter the target nadir
    assertEquals(Diameter.ofMillimetres(10), at(a, 98).newLesionTargetNadir().get());
    assertEquals(Diameter.ofMillimetres(6), at(a, 126).newLesionTargetNadir().get());
    // N2, first seen after iCPD, is recorded: its visit has no nadir, the next one its sum
    assertEquals(Optional.empty(), at(a, 154).newLesionTargetNadir());
    assertEquals(Diameter.ofMillimetres(19), at(a, 182).newLesionTargetNadir().get());
  }

  @Pins("R14.11")
  @Test
  void R14_11_aResetIupdNeverPreventsALaterResponseAndAnOpenRunAloneGivesIupd() {
    SubjectAssessment a = assess(Fixtures.measured(50, 42, 60, 70, 30));
    assertEquals(IPR, a.bestOverallResponseCode());
    SubjectAssessment open = assess(Fixtures.measured(50, 42, 60));
    assertEquals(IUPD, open.bestOverallResponseCode());
  }

  @Pins("R14.12")
  @Test
  void R14_12_progressionIsDatedAtTheConfirmedIupdOrWithTheOptionAtAnOpenRun() {
    SubjectAssessment confirmed = assess(Fixtures.measured(50, 42, 60, 70, 66));
    assertEquals(Optional.of(day(42)), confirmed.progressionDate());
    assertEquals(Optional.of(day(70)), confirmed.icpdDate());
    assertEquals(Optional.of(day(42)), confirmed.iupdDate());
    assertTrue(confirmed.progressionFreeSurvival().event());
    SubjectAssessment open = assess(Fixtures.measured(50, 42, 60));
    assertEquals(Optional.empty(), open.progressionDate());
    assertEquals(Optional.of(day(42)), open.iupdDate());
    SubjectAssessment asEvent = Recist11.assess(Fixtures.measured(50, 42, 60),
        IRECIST.withUnconfirmedProgressionAsEvent(true));
    assertEquals(Optional.of(day(42)), asEvent.progressionDate());
    assertEquals(Optional.empty(), asEvent.icpdDate());
    assertEquals("the iCPD of " + day(70) + " confirms the run that began with the iUPD of " + day(42)
            + ": progression is dated " + day(42) + " (R14.12)",
        reason(confirmed.reasons(), Reason.Kind.IRECIST_CONFIRMED_PROGRESSION).text());
    assertTrue(has(open.reasons(), Reason.Kind.IRECIST_OPEN_RUN));
    assertTrue(has(asEvent.reasons(), Reason.Kind.IRECIST_OPEN_RUN_AS_EVENT));
  }

  @Pins("R14.13")
  @Test
  void R14_13_recordedRunsCarryTheirIupdDateAndAnIcpdAfterNoIupdIsDatedAtItself() {
    Subject s = Subject.builder("REC").referenceDate(REF).recorded(day(42), IrecistResponse.ISD)
        .recorded(day(84), IUPD).recorded(day(112), VisitResponse.NE).recorded(day(140), ICPD).build();
    SubjectAssessment a = assess(s);
    assertEquals(Optional.of(day(84)), at(a, 112).iupdDate());
    assertEquals(Optional.of(day(84)), a.progressionDate());
    assertEquals(Optional.of(day(140)), a.icpdDate());
    Subject alone = Subject.builder("REC").referenceDate(REF).recorded(day(42), IrecistResponse.ISD)
        .recorded(day(84), ICPD).build();
    SubjectAssessment b = assess(alone);
    assertEquals(Optional.of(day(84)), b.progressionDate());
    assertEquals(Optional.empty(), b.iupdDate());
  }

  @Pins("R14.2")
  @Test
  void R14_2_aNewLesionTargetNotMeasurableAtItsFirstAppearanceIsAWarningOfTheAssessment() {
    Subject s = subject(50)
        .visit(day(42), v -> v.measure("T1", 45).newLesionTarget("N1", Site.LIVER, TargetValue.measured(8)))
        .build();
    SubjectAssessment a = assess(s);
    assertEquals(1, a.warnings().size(), a.warnings()::toString);
    assertTrue(a.warnings().get(0).toString().contains("N1"), a.warnings()::toString);
    assertEquals(List.of(), Recist11.assess(s, UNCONFIRMED).warnings()); // RECIST 1.1 reads no NLT
  }

  @Pins("R14.7")
  @Test
  void R14_7_2_improvedSinceIupdRanksTheBaselineDiseaseResponse() {
    IrecistCourse.Run run = new IrecistCourse.Run(day(42),
        com.google.common.collect.ImmutableSet.of(IrecistCourse.Trigger.NEW_LESION_APPEARANCE), 300L,
        null, com.google.common.collect.ImmutableSet.of("N1"), Response.SD, 0);
    assertTrue(run.improvedSince(null, Response.PR));
    assertTrue(run.improvedSince(null, Response.CR));
    assertFalse(run.improvedSince(null, Response.SD));
    assertFalse(run.improvedSince(null, Response.NE));
    IrecistCourse.Run nonTargetsOnly = new IrecistCourse.Run(day(42),
        com.google.common.collect.ImmutableSet.of(IrecistCourse.Trigger.NEW_LESION_APPEARANCE), null,
        null, com.google.common.collect.ImmutableSet.of("N1"), Response.NON_CR_NON_PD, 0);
    assertTrue(nonTargetsOnly.improvedSince(null, Response.CR));
    assertFalse(nonTargetsOnly.improvedSince(null, Response.NON_CR_NON_PD));
  }

  private static Consumer<Assessment.Builder> nlt(double t1, double... nlts) {
    return v -> {
      v.measure("T1", t1);
      for (int i = 0; i < nlts.length; i++) {
        v.newLesionTarget("N" + (i + 1), Site.LIVER, TargetValue.measured(nlts[i]));
      }
    };
  }

  @Pins("R14.5")
  @Test
  void R14_5_aLesionFirstSeenOnADisregardedVisitIsAdditionalAtTheNextCountedOneEvenUnreported() {
    Subject s = subject(50).visit(day(42), t1(60))
        .visit(day(56), v -> v.measure("T1", 60).newLesion("N1", Site.LIVER))
        .visit(day(70), t1(60)).build();
    SubjectAssessment a = assess(s);
    assertEquals(List.of(IUPD, IUPD, ICPD), codes(a));
    assertTrue(has(at(a, 56).reasons(), Reason.Kind.IRECIST_NEW_LESION_PENDING));
    assertEquals(List.of("N1"),
        reason(at(a, 70).reasons(), Reason.Kind.ICPD_ADDITIONAL_NEW_LESION).values().get(0));
  }

  @Pins("R14.6")
  @Test
  void R14_6_3_theNewLesionTargetReasonSaysHowMuchAboveTheAnchor() {
    Subject s = subject(50).visit(day(42), nlt(45, 20)).visit(day(70), nlt(45, 26.5)).build();
    assertEquals("new-lesion target sum 26.5 mm is 6.5 mm above 20 mm at the iUPD of " + day(42)
            + ": iCPD (R14.6.3 needs 5 mm)",
        reason(at(assess(s), 70).reasons(), Reason.Kind.ICPD_NEW_LESION_TARGET_SUM).text());
  }

  @Pins("R14.6")
  @Test
  void R14_6_3_aNewLesionNonTargetStillUnequivocallyProgressedDoesNotConfirm() {
    Subject s = subject(50)
        .visit(day(42), v -> v.measure("T1", 45)
            .newLesionNonTarget("N1", Site.LIVER, NonTargetStatus.UNEQUIVOCAL_PROGRESSION))
        .visit(day(70), v -> v.measure("T1", 45)
            .newLesionNonTarget("N1", Site.LIVER, NonTargetStatus.UNEQUIVOCAL_PROGRESSION))
        .build();
    assertEquals(List.of(IUPD, IUPD), codes(assess(s)));
  }

  @Pins("R14.6")
  @Test
  void R14_6_5_newLesionTargetsPdAgainstTheirNadirConfirmAnotherCategorysRun() {
    Subject s = subject(50)
        .visit(day(42), nlt(45, 10)) // iUPD: N1 appears
        .visit(day(70), nlt(30, 8)) // reset: iPR; the NLT nadir becomes 8
        .visit(day(98), nlt(38, 10)) // target PD (38 against 30): a run of the targets
        .visit(day(126), nlt(38, 13.5)) // NLT 13.5 is 3.5 above the anchor, 5.5 and 68 % above 8
        .build();
    SubjectAssessment a = assess(s);
    assertEquals(List.of(IUPD, IPR, IUPD, ICPD), codes(a));
    assertTrue(reason(at(a, 126).reasons(), Reason.Kind.ICPD_OTHER_CATEGORY).text()
        .contains("new-lesion target sum 13.5 mm"), () -> at(a, 126).explain());
  }

  @Pins("R14.7")
  @Test
  void R14_7_1_nonTargetsNeInARunTheyOpenedIsNe() {
    Subject s = withNonTarget()
        .visit(day(42), v -> v.measure("T1", 50).progressed("NT1").present("NT2"))
        .visit(day(70), v -> v.measure("T1", 50).nonTargetNotEvaluable("NT1").present("NT2"))
        .build();
    SubjectAssessment a = assess(s);
    assertEquals(List.of(IUPD, VisitResponse.NE), codes(a));
    assertEquals(Response.NE, at(a, 70).nonTarget());
  }

  @Pins("R14.7")
  @Test
  void R14_7_2_newLesionTargetsStillPdAgainstTheirNadirKeepTheirRunOpen() {
    Subject s = subject(50)
        .visit(day(42), nlt(45, 10)).visit(day(70), nlt(30, 10)).visit(day(98), nlt(30, 16))
        .visit(day(126), nlt(30, 17)).build();
    SubjectAssessment a = assess(s);
    // 16 against the nadir 10 opens a run by the new lesions; 17 is only 1 mm above its anchor
    assertEquals(List.of(IUPD, IPR, IUPD, IUPD), codes(a));
    assertTrue(has(at(a, 126).reasons(), Reason.Kind.IUPD_CONTINUED));
    assertEquals("the target nadir 30 mm and the new-lesion target nadir 10 mm",
        reason(at(a, 70).reasons(), Reason.Kind.IRECIST_RESET).namedValues().get("reference"));
  }

  @Pins("R14.2")
  @Test
  void R14_2_aSecondNewLesionTargetStartsTheNadirAgainFromTheSumWithIt() {
    Subject s = subject(50)
        .visit(day(42), nlt(45, 10)).visit(day(70), nlt(30, 8))
        .visit(day(98), nlt(30, 8, 12)) // N2 is additional: a new run, and the nadir starts again
        .visit(day(126), nlt(30, 8, 12)).build();
    SubjectAssessment a = assess(s);
    assertEquals(Diameter.ofMillimetres(10), at(a, 70).newLesionTargetNadir().get());
    assertEquals(Diameter.ofMillimetres(20), at(a, 126).newLesionTargetNadir().get());
  }

  @Pins("R14.2")
  @Test
  void R14_2_theVisitThatRecordsASecondNewLesionTargetShowsNoNadirForItsSum() {
    Subject s = subject(50)
        .visit(day(42), nlt(45, 10)).visit(day(70), nlt(30, 8))
        .visit(day(98), nlt(30, 8, 12)).build();
    TimepointResult added = at(assess(s), 98);
    // the sum 20 mm is over N1 and N2; the 8 mm of N1 alone is not its nadir (R14.2: since the most
    // recent new-lesion target was first recorded, here, there is no earlier visit)
    assertEquals(Diameter.ofMillimetres(20), added.newLesionTargetSum().get());
    assertEquals(Optional.empty(), added.newLesionTargetNadir());
    assertEquals("none yet", reason(added.reasons(), Reason.Kind.IRECIST_NEW_LESION_TARGET_SUM)
        .namedValues().get("nadir"));
  }

  @Pins("R14.9")
  @Test
  void R14_9_aNodalNewLesionTargetUnder10MmIsGoneAnd10MmIsNot() {
    for (double node : new double[] {9.9, 10}) {
      Subject s = subject(50)
          .visit(day(42), v -> v.measure("T1", 45).newLesion(io.github.recist.model.NewLesion
              .unequivocal("N1", Site.LYMPH_NODE).withNodal(true).asTarget(TargetValue.measured(16))))
          .visit(day(70), v -> v.measure("T1", 0).newLesion(io.github.recist.model.NewLesion
              .unequivocal("N1", Site.LYMPH_NODE).withNodal(true).asTarget(TargetValue.measured(node))))
          .build();
      TimepointResult t = at(assess(s), 70);
      assertEquals(node < 10 ? ICR : IPR, t.overallCode(), t::explain);
      if (node < 10) {
        assertEquals("baseline-disease response CR, every new lesion gone: iCR (R14.7.3, R14.9)"
            .replace("baseline", "after the reset, baseline"),
            reason(t.reasons(), Reason.Kind.IRECIST_RESET_RESPONSE).text());
      }
    }
  }

  @Pins("R14.9")
  @Test
  void R14_9_aNewLesionTargetAt0MmIsGoneAndAt0Point1MmIsNot() {
    for (double mm : new double[] {0, 0.1}) {
      Subject s = subject(50).visit(day(42), nlt(45, 12)).visit(day(70), nlt(0, mm)).build();
      assertEquals(mm == 0 ? ICR : IPR, at(assess(s), 70).overallCode());
    }
  }

  @Pins("R14.4")
  @Test
  void R14_4_3_aRecordedNewLesionPresentAgainAfterIcrOpensARun() {
    Subject s = subject(50)
        .visit(day(42), v -> v.measure("T1", 45).newLesion("N1", Site.LIVER))
        .visit(day(70), v -> v.measure("T1", 0)
            .newLesionNonTarget("N1", Site.LIVER, NonTargetStatus.ABSENT))
        .visit(day(98), v -> v.measure("T1", 0)
            .newLesionNonTarget("N1", Site.LIVER, NonTargetStatus.PRESENT))
        .build();
    SubjectAssessment a = assess(s);
    assertEquals(List.of(IUPD, ICR, IUPD), codes(a));
    assertTrue(reason(at(a, 98).reasons(), Reason.Kind.IUPD_OPENED).text().contains("N1"));
  }

  @Pins("R14.4")
  @Test
  void R14_4_4_aRecordedNewLesionNonTargetProgressingAfterAResetOpensARun() {
    Subject s = subject(50)
        .visit(day(42), v -> v.measure("T1", 45).newLesion("N1", Site.LIVER))
        .visit(day(70), v -> v.measure("T1", 30).newLesion("N1", Site.LIVER))
        .visit(day(98), v -> v.measure("T1", 30)
            .newLesionNonTarget("N1", Site.LIVER, NonTargetStatus.UNEQUIVOCAL_PROGRESSION))
        .build();
    SubjectAssessment a = assess(s);
    assertEquals(List.of(IUPD, IPR, IUPD), codes(a));
    assertTrue(reason(at(a, 98).reasons(), Reason.Kind.IUPD_OPENED).text().contains("R14.4.4"));
  }

  @Pins("R14.13")
  @Test
  void R14_13_aRunOfRecordedResponsesTakesIupdNeAndNdAndAnyOtherCodeClosesIt() {
    Subject s = Subject.builder("REC").referenceDate(REF).recorded(day(42), IUPD)
        .recorded(day(84), VisitResponse.ND).recorded(day(126), ISD).recorded(day(168), VisitResponse.NE)
        .build();
    SubjectAssessment a = assess(s);
    assertEquals(Optional.of(day(42)), at(a, 84).iupdDate());
    assertEquals(Optional.empty(), at(a, 126).iupdDate());
    assertEquals(Optional.empty(), at(a, 168).iupdDate());
    assertEquals(Optional.empty(), a.iupdDate());
  }

  @Pins("R14.5")
  @Test
  void R14_5_theLateVisitWarningSaysItStillConfirms() {
    SubjectAssessment a = assess(Fixtures.measured(50, 42, 60, 99, 66));
    assertTrue(a.warnings().get(0).message().startsWith("first counted visit of the run 57 days"),
        a.warnings()::toString);
  }

  @Test
  void theCourseSaysWhatItCarries() {
    Subject s = subject(50).visit(day(42), v -> v.measure("T1", 45).newLesion("N1", Site.LIVER)).build();
    IrecistCourse c = IrecistCourse.atBaseline(s);
    TimepointResult.Builder t = IrecistCriteria.INSTANCE.classify(s, s.followUps().get(0), c, IRECIST);
    IrecistCourse after = c.after(t.build());
    assertEquals(day(42), after.run().get().iupdDate());
    assertEquals(List.of("N1"), List.copyOf(after.recorded().keySet()));
    assertTrue(after.toString().contains("run of " + day(42)), after::toString);
    assertEquals(NON_ICR_NON_IUPD, Criteria.IRECIST.code(Response.NON_CR_NON_PD));
  }
}
