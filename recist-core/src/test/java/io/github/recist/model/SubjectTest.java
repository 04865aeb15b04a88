package io.github.recist.model;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A subject is valid when built, or refused with an {@link InvalidSubjectException} whose problems
 * name the subject, the visit date and the lesion where they apply.
 */
class SubjectTest {

  private static final String ID = "SARC-007";
  private static final LocalDate BASELINE = day(-5);
  private static final LocalDate VISIT = LocalDate.of(2018, 3, 8);

  /** A valid subject's declarations: T1 (lung), T2 (node), NT1 (bone). */
  private static Subject.Builder declared() {
    return Subject.builder(ID).referenceDate(REF).target("T1", Site.LUNG).nodalTarget("T2")
        .nonTarget("NT1", Site.BONE);
  }

  private static Subject.Builder withBaseline() {
    return declared().baseline(BASELINE, v -> v.measure("T1", 32).measure("T2", 18).present("NT1"));
  }

  /** Runs {@code building}, which must be refused, and returns its single problem. */
  private static Problem refused(Executable building) {
    InvalidSubjectException e = assertThrows(InvalidSubjectException.class, building);
    assertFalse(e.problems().isEmpty());
    Problem p = e.problems().get(0);
    assertEquals(ID, p.subjectId());
    assertTrue(p.isError(), p.toString());
    assertTrue(e.getMessage().contains(ID), e.getMessage());
    return p;
  }

  /** As {@link #refused}, checking that the problem and the message name {@code date} and {@code lesion}. */
  private static Problem refusedAt(LocalDate date, String lesion, Executable building) {
    InvalidSubjectException e = assertThrows(InvalidSubjectException.class, building);
    Problem p = e.problems().stream()
        .filter(q -> q.date().equals(Optional.ofNullable(date))
            && q.lesionId().equals(Optional.ofNullable(lesion)))
        .findFirst().orElseThrow(() -> new AssertionError("no problem at " + date + " " + lesion
            + " among " + e.problems()));
    assertEquals(ID, p.subjectId());
    assertTrue(p.isError());
    assertTrue(e.getMessage().contains(ID), e.getMessage());
    if (date != null) {
      assertTrue(e.getMessage().contains(date.toString()), e.getMessage());
    }
    if (lesion != null) {
      assertTrue(e.getMessage().contains(" " + lesion + ":"), e.getMessage());
    }
    return p;
  }

  @Test
  void aValidSubjectBuildsAndKeepsItsData() {
    Subject s = withBaseline().visit(VISIT, v -> v.measure("T1", 20).measure("T2", 9).present("NT1"))
        .build();
    assertEquals(ID, s.id());
    assertEquals(BASELINE, s.baseline().date());
    assertEquals(1, s.followUps().size());
    assertEquals(2, s.targets().size());
    assertEquals(1, s.nonTargets().size());
    assertFalse(s.isRecorded());
  }

  /**
   * Rules R4 and R7 read the targets and the non-targets: together the declared lesions, each list
   * in the order declared, whatever the mix of roles (all of one role, one lesion, none of one).
   */
  @Test
  void targetsAndNonTargetsSplitTheLesionsInTheOrderDeclared() {
    qt().forAll(lists().of(booleans().all()).ofSizeBetween(1, 9)).checkAssert(roles -> {
      Subject.Builder b = Subject.builder(ID).referenceDate(REF);
      for (int i = 0; i < roles.size(); i++) {
        b.lesion(roles.get(i) ? Lesion.target("L" + i, Site.LUNG) : Lesion.nonTarget("L" + i,
            Site.BONE));
      }
      Subject s = b.baseline(BASELINE, v -> {
        for (int i = 0; i < roles.size(); i++) {
          if (roles.get(i)) {
            v.measure("L" + i, 10 + i);
          } else {
            v.present("L" + i);
          }
        }
      }).build();
      assertEquals(s.lesions().stream().filter(Lesion::isTarget).collect(Collectors.toList()),
          s.targets());
      assertEquals(s.lesions().stream().filter(l -> !l.isTarget()).collect(Collectors.toList()),
          s.nonTargets());
    });
  }

  @Test
  void followUpsAreInDateOrderWhateverTheOrderGiven() {
    Subject s = declared()
        .visit(day(84), v -> v.measure("T1", 20).measure("T2", 9).present("NT1"))
        .visit(day(42), v -> v.measure("T1", 25).measure("T2", 9).present("NT1"))
        .baseline(BASELINE, v -> v.measure("T1", 32).measure("T2", 18).present("NT1"))
        .build();
    assertEquals(day(42), s.followUps().get(0).date());
    assertEquals(day(84), s.followUps().get(1).date());
  }

  @Test
  void negativeDiameterIsRefusedNamingSubjectDateAndLesion() {
    Problem p = refusedAt(VISIT, "T1",
        () -> withBaseline().visit(VISIT, v -> v.measure("T1", -3)).build());
    assertEquals("SARC-007 2018-03-08 T1: -3 mm is not a diameter", p.toString());
  }

  @Test
  void notANumberDiameterIsRefused() {
    refusedAt(VISIT, "T1", () -> withBaseline().visit(VISIT, v -> v.measure("T1", Double.NaN)));
  }

  @Test
  void diameterWithMoreThanOneDecimalIsRefused() {
    Problem p = refusedAt(VISIT, "T2", () -> withBaseline().visit(VISIT, v -> v.measure("T2", 9.25)));
    assertTrue(p.message().contains("more than one decimal"), p.message());
  }

  @Test
  void negativeFragmentIsRefused() {
    refusedAt(VISIT, "T1", () -> withBaseline().visit(VISIT, v -> v.split("T1", 12, -1)));
  }

  @Test
  void unknownLesionIdIsRefused() {
    Problem p = refusedAt(VISIT, "T9", () -> withBaseline().visit(VISIT, v -> v.measure("T9", 10)));
    assertTrue(p.message().contains("T9"), p.message());
    refusedAt(VISIT, "NT9", () -> withBaseline().visit(VISIT, v -> v.present("NT9")));
  }

  @Test
  void lesionRecordedInTheWrongRoleIsRefused() {
    refusedAt(VISIT, "NT1", () -> withBaseline().visit(VISIT, v -> v.measure("NT1", 10)));
    refusedAt(VISIT, "T1", () -> withBaseline().visit(VISIT, v -> v.present("T1")));
  }

  @Test
  void duplicateLesionIdIsRefused() {
    refusedAt(null, "T1", () -> declared().nonTarget("T1", Site.LIVER));
  }

  @Test
  void lesionRecordedTwiceAtOneVisitIsRefused() {
    refusedAt(VISIT, "T1",
        () -> withBaseline().visit(VISIT, v -> v.measure("T1", 10).measure("T1", 11)));
  }

  @Test
  void twoBaselinesAreRefused() {
    Problem p = refusedAt(day(-1), null, () -> withBaseline()
        .baseline(day(-1), v -> v.measure("T1", 32).measure("T2", 18).present("NT1")));
    assertTrue(p.message().contains("second baseline"), p.message());
  }

  @Test
  void twoBaselinesGivenAsAssessmentsAreRefusedWhenBuilt() {
    Assessment first = Assessment.baselineBuilder(BASELINE).measure("T1", 32).measure("T2", 18).build();
    Assessment second = Assessment.baselineBuilder(day(-1)).measure("T1", 32).measure("T2", 18).build();
    Subject.Builder b = declared().assessment(first);
    refusedAt(day(-1), null, () -> b.assessment(second));
  }

  @Test
  void noBaselineIsRefused() {
    Problem p = refused(() -> declared().visit(VISIT, v -> v.measure("T1", 20)).build());
    assertTrue(p.message().contains("no baseline"), p.message());
    assertTrue(p.message().contains("mark one assessment \"baseline\": true"), "advice, " + p.message());
  }

  @Test
  void visitBeforeBaselineIsRefused() {
    LocalDate early = BASELINE.minusDays(3);
    Problem p = refusedAt(early, null, () -> withBaseline()
        .visit(early, v -> v.measure("T1", 20).measure("T2", 9)).build());
    assertTrue(p.message().contains("before the baseline"), p.message());
  }

  @Test
  void twoAssessmentsOnOneDateAreRefused() {
    refusedAt(VISIT, null, () -> withBaseline().visit(VISIT, v -> v.measure("T1", 20))
        .visit(VISIT, v -> v.measure("T1", 21)));
  }

  @Test
  void mergeIntoANonTargetIsRefused() {
    Problem p = refusedAt(VISIT, "T1", () -> withBaseline().visit(VISIT, v -> v.mergedInto("T1", "NT1")));
    assertTrue(p.message().contains("non-target"), p.message());
  }

  @Test
  void mergeIntoItselfIsRefused() {
    Problem p = refusedAt(VISIT, "T1", () -> withBaseline().visit(VISIT, v -> v.mergedInto("T1", "T1")));
    assertTrue(p.message().contains("itself"), p.message());
  }

  @Test
  void mergeIntoAnUndeclaredLesionIsRefused() {
    refusedAt(VISIT, "T1", () -> withBaseline().visit(VISIT, v -> v.mergedInto("T1", "T7")));
  }

  @Test
  void mergeIntoALesionThatIsItselfMergedIsRefused() {
    Subject.Builder b = Subject.builder(ID).referenceDate(REF).target("T1", Site.LUNG)
        .target("T2", Site.LIVER).target("T3", Site.KIDNEY)
        .baseline(BASELINE, v -> v.measure("T1", 20).measure("T2", 20).measure("T3", 20))
        .visit(VISIT, v -> v.mergedInto("T1", "T2").mergedInto("T2", "T3").measure("T3", 40));
    refusedAt(VISIT, "T1", b::build);
  }

  @Test
  void mergesCheckedWhenAssessmentsAreBuiltApart() {
    Assessment visit = Assessment.builder(VISIT).mergedInto("T1", "NT1").measure("T2", 9).build();
    refusedAt(VISIT, "T1", () -> withBaseline().assessment(visit).build());
  }

  @Test
  void measuredSubjectWithNoLesionsIsRefused() {
    Problem p = refused(() -> Subject.builder(ID).referenceDate(REF).baseline(BASELINE, v -> { })
        .visit(VISIT, v -> { }).build());
    assertTrue(p.message().contains("no lesions"), p.message());
  }

  @Test
  void subjectMixingMeasurementsAndRecordedResponsesIsRefused() {
    Problem p = refused(() -> withBaseline().recorded(VISIT, VisitResponse.PR).build());
    assertTrue(p.message().contains("mixes"), p.message());
  }

  @Test
  void targetMissingAtBaselineIsRefused() {
    Problem p = refusedAt(BASELINE, "T2",
        () -> declared().baseline(BASELINE, v -> v.measure("T1", 32).present("NT1")).build());
    assertTrue(p.message().contains("baseline"), p.message());
  }

  @Test
  @io.github.recist.testing.Pins("R1.3")
  void targetNotEvaluableOrGoneAtBaselineIsRefusedButTooSmallIsAccepted() {
    refusedAt(BASELINE, "T2", () -> declared()
        .baseline(BASELINE, v -> v.measure("T1", 32).notEvaluable("T2")).build());
    refusedAt(BASELINE, "T1", () -> declared()
        .baseline(BASELINE, v -> v.measure("T1", 0).measure("T2", 18)).build());
    // too small to measure: not measurable, an R1 warning of the rules, not a refusal
    declared().baseline(BASELINE, v -> v.tooSmall("T1").measure("T2", 18)).build();
  }

  @Test
  void newLesionAtBaselineOrWithABaselineLesionsIdIsRefused() {
    refusedAt(BASELINE, "N1", () -> declared().baseline(BASELINE,
        v -> v.measure("T1", 32).measure("T2", 18).newLesion("N1", Site.LIVER)));
    refusedAt(VISIT, "NT1", () -> withBaseline().visit(VISIT, v -> v.newLesion("NT1", Site.LIVER)));
  }

  /**
   * The problems of a subject declaring T1, T2 (node), NT1 and {@code more} other targets, whose
   * visit records an undeclared lesion, a target as a non-target, a non-target as a target, a merge
   * into a non-target and a new lesion with a baseline lesion's id.
   */
  private static List<String> problemsWithMoreTargets(int more) {
    Subject.Builder b = declared();
    Assessment.Builder baseline = Assessment.baselineBuilder(BASELINE).measure("T1", 32)
        .measure("T2", 18).present("NT1");
    for (int i = 1; i <= more; i++) {
      b.target("X" + i, Site.LIVER);
      baseline.measure("X" + i, 20);
    }
    Assessment visit = Assessment.builder(VISIT).measure("T9", 10).mergedInto("T2", "NT1")
        .measure("NT1", 4).present("T1").newLesion("T1", Site.LUNG).build();
    InvalidSubjectException e = assertThrows(InvalidSubjectException.class,
        () -> b.assessment(baseline.build()).assessment(visit).build());
    return e.problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  @Test
  void theProblemsOfAFewLesionsAndOfManyAreTheSameWordForWord() {
    List<String> few = problemsWithMoreTargets(0);
    assertEquals(List.of(
        ID + " " + VISIT + " T9: no lesion T9 was declared at baseline",
        ID + " " + VISIT + " T2: merged into NT1, which is a non-target; a target can only merge"
            + " into a target",
        ID + " " + VISIT + " NT1: is a non-target lesion; record it under nonTargets",
        ID + " " + VISIT + " T1: is a target lesion; record it under targets",
        ID + " " + VISIT + " T1: new lesion has the id of a lesion declared at baseline"), few);
    // more lesions than are looked up in their list: found by id, the same problems in the same order
    assertEquals(few, problemsWithMoreTargets(12));
  }

  @Test
  void everyProblemOfTheWholeSubjectIsListed() {
    Assessment badVisit = Assessment.builder(VISIT).measure("T9", 10).present("T1").build();
    InvalidSubjectException e = assertThrows(InvalidSubjectException.class,
        () -> declared().assessment(badVisit).build());
    // no baseline, unknown T9, T1 in the wrong role
    assertEquals(3, e.problems().size(), e.problems().toString());
    assertEquals(3, e.getMessage().split("\n").length);
  }

  @Test
  void missingReferenceDateOrIdIsRefused() {
    assertThrows(InvalidSubjectException.class, () -> Subject.builder(ID).target("T1", Site.LUNG)
        .baseline(BASELINE, v -> v.measure("T1", 32)).build());
    assertThrows(InvalidSubjectException.class, () -> Subject.builder(""));
  }

  @Test
  void twoRecordedResponsesOnOneDateAreRefused() {
    // MISSING and NA are no visit responses: recorded(VISIT, Response.NA) does not compile (issue 12)
    refusedAt(VISIT, null, () -> Subject.builder(ID).referenceDate(REF).recorded(VISIT, VisitResponse.PR)
        .recorded(VISIT, VisitResponse.SD));
  }

  /**
   * Rules R10–R12 read the recorded responses in date order, whatever the order given: in order
   * already, reversed, or shuffled (the responses given, each with its date).
   */
  @Test
  void recordedResponsesComeInDateOrderWhateverTheOrderGiven() {
    qt().forAll(lists().of(integers().between(1, 400)).ofSizeBetween(0, 30)).checkAssert(days -> {
      List<Integer> distinct = days.stream().distinct().collect(Collectors.toList());
      Subject.Builder b = Subject.builder(ID).referenceDate(REF);
      VisitResponse[] codes = VisitResponse.values();
      for (int i = 0; i < distinct.size(); i++) {
        b.recorded(day(distinct.get(i)), codes[i % codes.length]);
      }
      Subject s = b.build();
      List<RecordedResponse> expected = s.recordedResponses().stream()
          .sorted(java.util.Comparator.comparing(RecordedResponse::date))
          .collect(Collectors.toList());
      assertEquals(expected, s.recordedInDateOrder());
    });
  }

  /**
   * Rule R8 counts a new lesion once at a visit: one reported twice there is refused, named by
   * the visit's date and its id, once for each repeat, among any number of new lesions; the same
   * new lesion reported again at a later visit is no repeat.
   */
  @Test
  void R8_aNewLesionReportedTwiceAtOneVisitIsRefused() {
    Problem p = refusedAt(VISIT, "N1", () -> withBaseline().visit(VISIT, v -> v.measure("T1", 20)
        .measure("T2", 9).present("NT1").newLesion("N1", Site.LIVER).newLesion("N2", Site.LUNG)
        .newLesion("N1", Site.LIVER)).build());
    assertEquals("new lesion reported twice at this time point", p.message());
    InvalidSubjectException many = assertThrows(InvalidSubjectException.class,
        () -> withBaseline().visit(VISIT, v -> {
          v.measure("T1", 20).measure("T2", 9).present("NT1");
          for (int i = 0; i < 40; i++) {
            v.newLesion("N" + (i % 30), Site.LIVER);
          }
        }).build());
    assertEquals(10, many.problems().size(), many.getMessage());
    Subject again = withBaseline()
        .visit(VISIT, v -> v.measure("T1", 20).measure("T2", 9).present("NT1")
            .newLesion("N1", Site.LIVER))
        .visit(VISIT.plusDays(42), v -> v.measure("T1", 20).measure("T2", 9).present("NT1")
            .newLesion("N1", Site.LIVER))
        .build();
    assertTrue(again.hasNewLesions());
  }

  @Test
  void subjectWithRecordedResponsesOnlyIsRecorded() {
    Subject s = Subject.builder(ID).referenceDate(REF).recorded(day(84), VisitResponse.PR)
        .recorded(day(42), VisitResponse.SD).build();
    assertTrue(s.isRecorded());
    assertEquals(day(42), s.recordedInDateOrder().get(0).date());
    assertThrows(IllegalStateException.class, s::baseline);
  }

  @Test
  void toStringNamesTheSubjectAndItsLesions() {
    String s = withBaseline().build().toString();
    assertTrue(s.startsWith("Subject SARC-007 (reference 2018-01-10"), s);
    assertTrue(s.contains("T1 (target, LUNG)"), s);
  }

  @Test
  void aSubjectKnowsWhetherAnyFollowUpReportsANewLesion() {
    assertFalse(withBaseline().visit(VISIT, v -> v.measure("T1", 20).measure("T2", 9)).build()
        .hasNewLesions());
    assertTrue(withBaseline().visit(VISIT, v -> v.measure("T1", 20).measure("T2", 9))
        .visit(VISIT.plusDays(28), v -> v.equivocalNewLesion("N1", Site.LIVER)).build()
        .hasNewLesions());
    assertFalse(Subject.builder(ID).referenceDate(REF)
        .recorded(VISIT, VisitResponse.PR).build().hasNewLesions());
  }
}
