package io.github.recist;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.model.Criteria;
import io.github.recist.model.InvalidSubjectException;
import io.github.recist.model.IrecistResponse;
import io.github.recist.model.LesionRole;
import io.github.recist.model.NewLesion;
import io.github.recist.model.NonTargetStatus;
import io.github.recist.model.Problem;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.model.TargetValue;
import io.github.recist.model.VisitResponse;
import io.github.recist.result.NewLesionFinding;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import io.github.recist.testing.Pins;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The iRECIST input of the model (Rule R14, case format "iRECIST: the extension"): the protocol
 * options, the new-lesion targets and non-targets, {@code INCREASED}, symptom-driven visits and
 * recorded i-codes; every refusal names the subject, the visit and the lesion; and under RECIST 1.1
 * the new input changes nothing but what it must.
 */
class IrecistInputTest {

  private static final Protocol IRECIST = Protocol.defaults().withCriteria(Criteria.IRECIST);

  /** S-1: T1 (lung, 40 mm) and NT1 (bone) at baseline. */
  private static Subject.Builder subject() {
    return Subject.builder("S-1").referenceDate(REF).target("T1", Site.LUNG).nonTarget("NT1", Site.BONE)
        .baseline(day(-7), v -> v.measure("T1", 40).present("NT1"));
  }

  private static Problem refusedAt(LocalDate date, String lesion, Runnable building) {
    InvalidSubjectException e = assertThrows(InvalidSubjectException.class, building::run);
    Problem p = e.problems().stream()
        .filter(q -> q.date().equals(Optional.ofNullable(date))
            && q.lesionId().equals(Optional.ofNullable(lesion)))
        .findFirst().orElseThrow(() -> new AssertionError("no problem at " + date + " " + lesion
            + " among " + e.problems()));
    assertEquals("S-1", p.subjectId());
    assertTrue(p.isError(), p.toString());
    return p;
  }

  @Nested
  class ProtocolOptions {

    @Test
    @Pins({"R14.5", "R14.12"})
    void R14_defaultsAreThoseOfTheCaseFormat() {
      Protocol d = Protocol.defaults();
      assertEquals(28, d.minProgressionConfirmationDays());
      assertEquals(Protocol.DEFAULT_MIN_PROGRESSION_CONFIRMATION_DAYS, d.minProgressionConfirmationDays());
      assertEquals(56, d.maxProgressionConfirmationDays());
      assertEquals(Protocol.DEFAULT_MAX_PROGRESSION_CONFIRMATION_DAYS, d.maxProgressionConfirmationDays());
      assertFalse(d.unconfirmedProgressionAsEvent());
    }

    @Test
    void R14_5_theFaqVarianceOf26DaysCanBeSetAndIsPrinted() {
      Protocol p = IRECIST.withMinProgressionConfirmationDays(26).withMaxProgressionConfirmationDays(63)
          .withUnconfirmedProgressionAsEvent(true);
      assertEquals(26, p.minProgressionConfirmationDays());
      assertEquals(63, p.maxProgressionConfirmationDays());
      assertTrue(p.unconfirmedProgressionAsEvent());
      assertEquals("Protocol[IRECIST, minProgressionConfirmationDays 26, maxProgressionConfirmationDays 63,"
          + " unconfirmedProgressionAsEvent]", p.toString());
    }

    @Test
    void R14_5_maximumBelowTheMinimumIsRefusedNamingBoth() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> IRECIST.withMaxProgressionConfirmationDays(20));
      assertEquals("maxProgressionConfirmationDays 20 is below minProgressionConfirmationDays 28 (R14.5)",
          e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> IRECIST.withMinProgressionConfirmationDays(-1));
      assertEquals(56, IRECIST.withMinProgressionConfirmationDays(56).minProgressionConfirmationDays());
    }

    @Test
    void theOptionsChangeNoRecist11Result() {
      Subject s = subject().visit(day(42), v -> v.measure("T1", 20).present("NT1"))
          .visit(day(84), v -> v.measure("T1", 30).present("NT1")).build();
      Protocol changed = Protocol.defaults().withMinProgressionConfirmationDays(5)
          .withMaxProgressionConfirmationDays(5).withUnconfirmedProgressionAsEvent(true);
      assertEquals(Recist11.assess(s, Protocol.defaults()), Recist11.assess(s, changed));
    }
  }

  @Nested
  class NewLesionRecords {

    @Test
    @Pins("R14.2")
    void R14_2_aNewLesionTargetHasADiameterAndANonTargetAState() {
      NewLesion nlt = NewLesion.unequivocal("N1", Site.LIVER).asTarget(TargetValue.measured(12));
      assertEquals(LesionRole.TARGET, nlt.role());
      assertEquals(Optional.of(TargetValue.measured(12)), nlt.diameter());
      assertEquals("N1 (unequivocal, LIVER, target 12 mm)", nlt.toString());
      NewLesion nlnt = NewLesion.unequivocal("N2", Site.BONE).withState(NonTargetStatus.INCREASED);
      assertEquals(LesionRole.NON_TARGET, nlnt.role());
      assertEquals(NonTargetStatus.INCREASED, nlnt.nonTargetState());
      assertEquals(NonTargetStatus.PRESENT, NewLesion.unequivocal("N3", Site.BONE).nonTargetState(),
          "an NLNT recorded without a state is present");
      assertEquals("N1 (equivocal, LIVER)", NewLesion.equivocal("N1", Site.LIVER).toString(),
          "a RECIST 1.1 new lesion prints as before");
    }

    @Test
    void R14_2_aTargetWithoutDiameterIsRefused() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NewLesion.builder()
          .id("N1").site(Site.LIVER).status(io.github.recist.model.NewLesionStatus.UNEQUIVOCAL)
          .role(LesionRole.TARGET).build());
      assertTrue(e.getMessage().contains("N1 is a TARGET without a diameter"), e.getMessage());
    }

    @Test
    void R14_2_aStateOnATargetAndADiameterOnANonTargetAreRefused() {
      NewLesion nlt = NewLesion.unequivocal("N1", Site.LIVER).asTarget(TargetValue.measured(12));
      IllegalArgumentException state = assertThrows(IllegalArgumentException.class,
          () -> nlt.withState(NonTargetStatus.PRESENT));
      assertTrue(state.getMessage().contains("N1 is a TARGET and has a state (PRESENT)"), state.getMessage());
      IllegalArgumentException diameter = assertThrows(IllegalArgumentException.class, () -> NewLesion.builder()
          .id("N2").site(Site.BONE).status(io.github.recist.model.NewLesionStatus.UNEQUIVOCAL)
          .diameter(TargetValue.measured(7)).build());
      assertTrue(diameter.getMessage().contains("N2 is a NON_TARGET and has a diameter (7 mm)"),
          diameter.getMessage());
    }

    @Test
    void R14_2_aTargetIsANumberTooSmallOrNeNeverASplitOrAMerge() {
      NewLesion n = NewLesion.unequivocal("N1", Site.LIVER);
      n.asTarget(TargetValue.tooSmallToMeasure());
      n.asTarget(TargetValue.notEvaluable());
      assertThrows(IllegalArgumentException.class, () -> n.asTarget(TargetValue.mergedInto("N2")));
      assertThrows(IllegalArgumentException.class,
          () -> n.asTarget(TargetValue.fragments(io.github.recist.model.Diameter.ofMillimetres(3))));
    }

    @Test
    void aWrongNewLesionInAVisitIsRefusedNamingSubjectDateAndLesion() {
      Problem p = refusedAt(day(42), "N1", () -> subject().visit(day(42),
          v -> v.measure("T1", 30).present("NT1").newLesionTarget("N1", Site.LIVER, TargetValue.mergedInto("T1")))
          .build());
      assertEquals("S-1 2018-02-21 N1: new lesion N1: merged into T1 is not a new-lesion target diameter"
          + " (a number of mm, TOO_SMALL or NE; R14.2)", p.toString());
    }

    @Test
    void theFirstReportFixesRoleNodalAndSite() {
      Problem role = refusedAt(day(84), "N1", () -> subject()
          .visit(day(42), v -> v.measure("T1", 30).present("NT1").newLesion("N1", Site.LIVER))
          .visit(day(84), v -> v.measure("T1", 30).present("NT1")
              .newLesionTarget("N1", Site.LIVER, TargetValue.measured(12)))
          .build());
      assertEquals("new lesion reported as TARGET, first reported on 2018-02-21 as NON_TARGET: the first"
          + " report fixes the role (R14.2)", role.message());
      Problem site = refusedAt(day(84), "N1", () -> subject()
          .visit(day(42), v -> v.measure("T1", 30).present("NT1").newLesion("N1", Site.LIVER))
          .visit(day(84), v -> v.measure("T1", 30).present("NT1").newLesion("N1", Site.LUNG))
          .build());
      assertTrue(site.message().contains("reported in LUNG, first reported on 2018-02-21 in LIVER"), site.message());
      Problem nodal = refusedAt(day(84), "N1", () -> subject()
          .visit(day(42), v -> v.measure("T1", 30).present("NT1").newLesion(
              NewLesion.unequivocal("N1", Site.LYMPH_NODE).withNodal(true).asTarget(TargetValue.measured(16))))
          .visit(day(84), v -> v.measure("T1", 30).present("NT1")
              .newLesionTarget("N1", Site.LYMPH_NODE, TargetValue.measured(16)))
          .build());
      assertTrue(nodal.message().contains("reported not nodal, first reported on 2018-02-21 as nodal"),
          nodal.message());
    }

    @Test
    void theFirstReportIsTheEarliestDateWhateverTheOrderOfTheVisits() {
      Problem p = refusedAt(day(84), "N1", () -> subject()
          .visit(day(84), v -> v.measure("T1", 30).present("NT1").newLesion("N1", Site.LIVER))
          .visit(day(42), v -> v.measure("T1", 30).present("NT1")
              .newLesionTarget("N1", Site.LIVER, TargetValue.measured(12)))
          .build());
      assertTrue(p.message().startsWith("new lesion reported as NON_TARGET, first reported on 2018-02-21 as"
          + " TARGET"), p.message());
    }

    @Test
    void anUnequivocalLesionLaterReportedEquivocalIsRefused() {
      Problem p = refusedAt(day(84), "N1", () -> subject()
          .visit(day(42), v -> v.measure("T1", 30).present("NT1").newLesion("N1", Site.LIVER))
          .visit(day(84), v -> v.measure("T1", 30).present("NT1").equivocalNewLesion("N1", Site.LIVER))
          .build());
      assertEquals("new lesion reported EQUIVOCAL after it was UNEQUIVOCAL on 2018-02-21: an unequivocal"
          + " new lesion stays unequivocal", p.message());
    }

    @Test
    void anEquivocalLesionLaterUnequivocalIsAccepted() {
      subject().visit(day(42), v -> v.measure("T1", 30).present("NT1").equivocalNewLesion("N1", Site.LIVER))
          .visit(day(84), v -> v.measure("T1", 30).present("NT1").newLesion("N1", Site.LIVER)).build();
    }
  }

  @Nested
  class SymptomDrivenVisits {

    @Test
    @Pins("R14.5")
    void R14_5_aFollowUpMayBeSymptomDriven() {
      Subject s = subject().visit(day(42), v -> v.measure("T1", 30).present("NT1").symptomDriven()).build();
      assertTrue(s.followUps().get(0).symptomDriven());
      assertFalse(s.baseline().symptomDriven());
    }

    @Test
    void symptomDrivenOnTheBaselineIsRefusedNamingSubjectAndDate() {
      Problem p = refusedAt(day(-7), null, () -> Subject.builder("S-1").referenceDate(REF)
          .target("T1", Site.LUNG).baseline(day(-7), v -> v.measure("T1", 40).symptomDriven()).build());
      assertTrue(p.message().startsWith("symptomDriven on the baseline"), p.message());
    }
  }

  @Nested
  class RecordedResponses {

    private Subject recorded(Consumer<Subject.Builder> visits) {
      Subject.Builder b = Subject.builder("S-1").referenceDate(REF);
      visits.accept(b);
      return b.build();
    }

    @Test
    @Pins("R14.13")
    void R14_13_iCodesAreAllowedUnderIrecistWithNeAndNd() {
      Subject s = recorded(b -> b.recorded(day(28), IrecistResponse.IUPD).recorded(day(56), VisitResponse.NE)
          .recorded(day(84), IrecistResponse.ICPD).recorded(day(112), VisitResponse.ND));
      assertEquals(List.of(), s.problemsUnder(Criteria.IRECIST));
      assertEquals(Optional.of(IrecistResponse.IUPD), s.recordedInDateOrder().get(0).irecistResponse());
      assertEquals("2018-02-07 iUPD", s.recordedInDateOrder().get(0).toString());
    }

    @Test
    void R14_13_iCodesUnderRecist11AreErrorsNamingTheVisit() {
      Subject s = recorded(b -> b.recorded(day(28), VisitResponse.PR).recorded(day(56), IrecistResponse.ICR));
      List<Problem> problems = s.problemsUnder(Criteria.RECIST_1_1);
      assertEquals(1, problems.size(), problems::toString);
      assertEquals("S-1 2018-03-07: iCR is an iRECIST response; under RECIST_1_1 a visit response is CR, PR,"
          + " SD, NON_CR_NON_PD, PD, NE or ND", problems.get(0).toString());
      InvalidSubjectException e = assertThrows(InvalidSubjectException.class, () -> Recist11.assess(s));
      assertEquals(problems, e.problems());
    }

    @Test
    void R14_13_recist11DeviationsOfASubjectWithICodesAreCheckedWithoutFailing() {
      // the R12 recorded-CR check reads RECIST 1.1 codes only: an i-code is the criteria check's
      // business (an error under RECIST_1_1), never an internal failure of the deviations
      Subject s = recorded(b -> b.recorded(day(28), VisitResponse.CR).recorded(day(56), IrecistResponse.IUPD)
          .recorded(day(84), VisitResponse.NE));
      for (Criteria c : Criteria.values()) {
        assertEquals(List.of(), Recist11.deviations(s, Protocol.defaults().withCriteria(c)), c::toString);
      }
      assertEquals(1, Recist11.criteriaProblems(s, Protocol.defaults()).size());
    }

    @Test
    void R14_13_recist11CodesOtherThanNeAndNdUnderIrecistAreErrors() {
      Subject s = recorded(b -> b.recorded(day(28), VisitResponse.PR).recorded(day(56), VisitResponse.NE));
      List<Problem> problems = s.problemsUnder(Criteria.IRECIST);
      assertEquals(1, problems.size(), problems::toString);
      assertEquals("S-1 2018-02-07: PR is a RECIST 1.1 response; under IRECIST a visit response is iCR, iPR,"
          + " iSD, NON_iCR_NON_iUPD, iUPD, iCPD, NE or ND", problems.get(0).toString());
    }

    @Test
    void everyCodeParsesFromItsSpelling() {
      for (IrecistResponse r : IrecistResponse.values()) {
        assertEquals(r, IrecistResponse.parse(r.code()));
        assertTrue(Criteria.IRECIST.allows(r));
        assertFalse(Criteria.RECIST_1_1.allows(r));
      }
      assertEquals("NON_iCR_NON_iUPD", IrecistResponse.NON_ICR_NON_IUPD.code());
      assertThrows(IllegalArgumentException.class, () -> IrecistResponse.parse("IUPD"));
    }
  }

  @Nested
  class UnderRecist11 {

    @Test
    @Pins("R14.1")
    void R14_1_anIncreasedNonTargetIsPresentForR7() {
      Subject s = subject().visit(day(42), v -> v.measure("T1", 38).nonTarget("NT1", NonTargetStatus.INCREASED))
          .build();
      TimepointResult t = Recist11.assess(s).timepoints().get(0);
      assertEquals(Response.NON_CR_NON_PD, t.nonTarget());
      assertEquals(Response.SD, t.overall());
    }

    @Test
    void aNewLesionReportedGoneIsNotSeenAndIsNoProgression() {
      Subject s = subject()
          .visit(day(42), v -> v.measure("T1", 20).present("NT1")
              .newLesionTarget("N1", Site.LIVER, TargetValue.disappeared())
              .newLesionNonTarget("N2", Site.BONE, NonTargetStatus.ABSENT))
          .build();
      TimepointResult t = Recist11.assess(s).timepoints().get(0);
      assertEquals(NewLesionFinding.NONE, t.newLesions());
      assertEquals(Response.PR, t.overall());
    }

    @Test
    void aNewLesionTargetThatIsThereIsProgressionAsAnyNewLesion() {
      Subject s = subject()
          .visit(day(42), v -> v.measure("T1", 20).present("NT1")
              .newLesionTarget("N1", Site.LIVER, TargetValue.tooSmallToMeasure()))
          .build();
      TimepointResult t = Recist11.assess(s).timepoints().get(0);
      assertEquals(NewLesionFinding.UNEQUIVOCAL, t.newLesions());
      assertEquals(Response.PD, t.overall());
    }

    @Test
    void anEquivocalLesionReportedGoneLaterBackdatesNothing() {
      Subject s = subject()
          .visit(day(42), v -> v.measure("T1", 20).present("NT1").equivocalNewLesion("N1", Site.LIVER))
          .visit(day(84), v -> v.measure("T1", 20).present("NT1")
              .newLesion(NewLesion.unequivocal("N1", Site.LIVER).withState(NonTargetStatus.ABSENT)))
          .build();
      SubjectAssessment a = Recist11.assess(s, Fixtures.UNCONFIRMED);
      assertEquals(Response.PR, a.timepoints().get(0).overall());
      assertEquals(Response.PR, a.timepoints().get(1).overall());
      assertEquals(Optional.empty(), a.progressionDate());
    }

    @Test
    void theIrecistFieldsChangeNothingElse() {
      Subject plain = subject().visit(day(42), v -> v.measure("T1", 20).present("NT1").newLesion("N1", Site.LIVER))
          .build();
      Subject detailed = subject().visit(day(42), v -> v.measure("T1", 20).present("NT1").symptomDriven()
          .newLesionTarget("N1", Site.LIVER, TargetValue.measured(14))).build();
      assertEquals(Recist11.assess(plain), Recist11.assess(detailed));
    }
  }

  @Nested
  class NewLesionTargetSelection {

    private Subject withNewLesions(Consumer<io.github.recist.model.Assessment.Builder> lesions) {
      return subject().visit(day(42), v -> {
        v.measure("T1", 20).present("NT1");
        lesions.accept(v);
      }).build();
    }

    @Test
    @Pins("R14.2")
    void R14_2_moreThanFiveNewLesionTargetsIsAWarning() {
      Subject s = withNewLesions(v -> {
        String[] sites = {"LIVER", "LUNG", "BONE", "SKIN", "BRAIN", "KIDNEY"};
        for (int i = 0; i < sites.length; i++) {
          v.newLesionTarget("N" + (i + 1), Site.of(sites[i]), TargetValue.measured(12));
        }
      });
      List<Problem> warnings = Recist11.criteriaProblems(s, IRECIST);
      assertEquals(1, warnings.size(), warnings::toString);
      assertEquals("S-1 2018-02-21 N6: more than 5 new-lesion targets: at most 5 allowed, as for targets (R2)"
          + " (R14.2)", warnings.get(0).toString());
      assertFalse(warnings.get(0).isError());
      assertTrue(Recist11.criteriaProblems(s, IRECIST.withStrict(true)).get(0).isError());
      assertEquals(List.of(), Recist11.criteriaProblems(s, Protocol.defaults()),
          "RECIST 1.1 does not read the NLT selection");
    }

    @Test
    void R14_2_moreThanTwoInOneOrganIsAWarningAndNodesAreOneOrgan() {
      Subject s = withNewLesions(v -> v
          .newLesion(NewLesion.unequivocal("N1", Site.of("MEDIASTINUM")).withNodal(true).asTarget(TargetValue.measured(16)))
          .newLesion(NewLesion.unequivocal("N2", Site.LYMPH_NODE).withNodal(true).asTarget(TargetValue.measured(16)))
          .newLesion(NewLesion.unequivocal("N3", Site.of("AXILLA")).withNodal(true).asTarget(TargetValue.measured(17))));
      List<Problem> warnings = Recist11.criteriaProblems(s, IRECIST);
      assertEquals(1, warnings.size(), warnings::toString);
      assertTrue(warnings.get(0).message().startsWith("more than 2 new-lesion targets in LYMPH_NODE"),
          warnings.get(0).toString());
      assertTrue(warnings.get(0).message().contains("(all lymph nodes are one organ)"));
    }

    @Test
    void R14_2_anNltNotMeasurableAtItsFirstAppearanceIsAWarning() {
      Subject s = withNewLesions(v -> v.newLesionTarget("N1", Site.LIVER, TargetValue.measured(9.5))
          .newLesion(NewLesion.unequivocal("N2", Site.LYMPH_NODE).withNodal(true).asTarget(TargetValue.measured(12)))
          .newLesionTarget("N3", Site.LUNG, TargetValue.tooSmallToMeasure())
          .newLesionTarget("N4", Site.BONE, TargetValue.measured(10)));
      List<Problem> warnings = Recist11.criteriaProblems(s, IRECIST);
      assertEquals(List.of(
          "S-1 2018-02-21 N1: new-lesion target not measurable at its first appearance: longest diameter"
              + " 9.5 mm is under 10 mm, the least measurable (R1) (R14.2)",
          "S-1 2018-02-21 N2: new-lesion target not measurable at its first appearance: short axis 12 mm is"
              + " under 15 mm, the least measurable for a lymph node (R1) (R14.2)",
          "S-1 2018-02-21 N3: new-lesion target not measurable at its first appearance: too small to measure"
              + " (R1) (R14.2)"),
          warnings.stream().map(Problem::toString).toList());
    }

    @Test
    void R14_2_nonTargetsAndEquivocalLesionsNeverConfirmedAreNotCounted() {
      Subject s = withNewLesions(v -> {
        for (int i = 1; i <= 6; i++) {
          v.newLesionNonTarget("N" + i, Site.LIVER, NonTargetStatus.PRESENT);
        }
        v.newLesion(NewLesion.equivocal("E1", Site.LIVER).asTarget(TargetValue.measured(4)));
      });
      assertEquals(List.of(), Recist11.criteriaProblems(s, IRECIST));
    }
  }
}
