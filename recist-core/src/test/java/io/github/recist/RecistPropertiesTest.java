package io.github.recist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.GeneratedSubjects.Recorded;
import io.github.recist.GeneratedSubjects.Spec;
import io.github.recist.GeneratedSubjects.VisitSpec;
import io.github.recist.model.Assessment;
import io.github.recist.model.Confirmation;
import io.github.recist.model.Diameter;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.model.Subject;
import io.github.recist.model.TargetValue;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

/** Properties of the whole engine over generated valid subjects (Rules R5–R12). */
class RecistPropertiesTest {

  private static final Protocol CONFIRMED = Protocol.defaults();
  private static final Protocol UNCONFIRMED = Protocol.defaults().withConfirmation(Confirmation.NOT_REQUIRED);

  @Provide
  Arbitrary<Spec> subjects() {
    return GeneratedSubjects.subjects();
  }

  @Provide
  Arbitrary<Protocol> protocols() {
    return Arbitraries.of(CONFIRMED, UNCONFIRMED, CONFIRMED.withPersistentPartialResponse(true),
        UNCONFIRMED.withPersistentPartialResponse(true), CONFIRMED.withAcceptStableDiseaseBetween(true)
            .withMaxNotEvaluableBetween(2));
  }

  @Provide
  Arbitrary<Recorded> recorded() {
    return GeneratedSubjects.recorded(GeneratedSubjects.anyRecordedResponse(), 0, 10);
  }

  // ---- generated subjects reach every overall response

  @Property(tries = 300)
  void generatedSubjectsReachEveryOverallResponse(@ForAll("subjects") Spec spec) {
    Subject s = spec.build();
    SubjectAssessment a = Recist11.assess(s);
    for (TimepointResult t : a.timepoints()) {
      Statistics.label("overall").collect(t.overall());
    }
    Statistics.label("best, confirmed").collect(a.bestOverallResponse());
    Statistics.label("best, unconfirmed").collect(Recist11.assess(s, UNCONFIRMED).bestOverallResponse());
    Statistics.label("overall").coverage(c -> {
      for (Response r : List.of(Response.CR, Response.PR, Response.SD, Response.PD, Response.NE)) {
        c.check(r).percentage(p -> p >= 2.0);
      }
    });
    Statistics.label("best, unconfirmed").coverage(c -> {
      for (Response r : List.of(Response.CR, Response.PR, Response.SD, Response.PD)) {
        c.check(r).count(n -> n >= 3);
      }
    });
  }

  // ---- determinism

  @Property(tries = 200)
  void assessingTheSameSubjectTwiceGivesEqualAssessments(@ForAll("subjects") Spec spec,
      @ForAll("protocols") Protocol protocol) {
    Subject subject = spec.build();
    SubjectAssessment first = Recist11.assess(subject, protocol);
    SubjectAssessment again = Recist11.assess(subject, protocol);
    // An equal subject built again from the same data: other instances, the same values.
    Subject equal = spec.build();
    assertEquals(subject, equal);
    SubjectAssessment rebuilt = Recist11.assess(equal, protocol);
    assertEquals(first, again);
    assertEquals(first.hashCode(), again.hashCode());
    assertEquals(first.toString(), again.toString());
    assertEquals(first, rebuilt);
    assertEquals(first.hashCode(), rebuilt.hashCode());
  }

  @Property(tries = 100)
  void assessingTheSameRecordedResponsesTwiceGivesEqualAssessments(@ForAll("recorded") Recorded r,
      @ForAll("protocols") Protocol protocol) {
    SubjectAssessment first = Recist11.assess(r.build(LocalDate.of(2020, 2, 1)), protocol);
    SubjectAssessment again = Recist11.assess(r.build(LocalDate.of(2020, 2, 1)), protocol);
    assertEquals(first, again);
    assertEquals(first.hashCode(), again.hashCode());
  }

  // ---- invariance

  @Property(tries = 200)
  void resultDoesNotDependOnTheOrderLesionsAndAssessmentsAreGivenIn(@ForAll("subjects") Spec spec,
      @ForAll("protocols") Protocol protocol, @ForAll long seed) {
    Outcome natural = Outcome.of(Recist11.assess(spec.build(), protocol));
    Outcome shuffled = Outcome.of(Recist11.assess(spec.build(0, new Random(seed)), protocol));
    assertEquals(natural, shuffled);
  }

  @Property(tries = 200)
  void shiftingEveryDateByTheSameDaysChangesNothing(@ForAll("subjects") Spec spec,
      @ForAll("protocols") Protocol protocol, @ForAll @LongRange(min = -4000, max = 4000) long days) {
    Outcome original = Outcome.of(Recist11.assess(spec.build(), protocol));
    Outcome shifted = Outcome.of(Recist11.assess(spec.build(days, null), protocol));
    assertEquals(original.shift(days), shifted);
  }

  @Property(tries = 200)
  void shiftingRecordedResponsesChangesNothing(@ForAll("recorded") Recorded r,
      @ForAll("protocols") Protocol protocol, @ForAll @LongRange(min = -4000, max = 4000) long days) {
    LocalDate ref = Fixtures.REF;
    Outcome original = Outcome.of(Recist11.assess(r.build(ref), protocol));
    Outcome shifted = Outcome.of(Recist11.assess(r.build(ref.plusDays(days)), protocol));
    assertEquals(original.shift(days), shifted);
  }

  // ---- R6 monotonicity

  private static int rank(Response r) {
    switch (r) {
      case PD: return 0;
      case SD: return 1;
      case PR: return 2;
      case CR: return 3;
      default: throw new AssertionError(r + " is not ranked");
    }
  }

  @Property(tries = 300)
  void R6_shrinkingOneTargetNeverWorsensTheResponseAtThatVisit(@ForAll("subjects") Spec spec,
      @ForAll("protocols") Protocol protocol, @ForAll @IntRange(min = 0, max = 7) int visitPick,
      @ForAll @IntRange(min = 0, max = 4) int targetPick, @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double factor) {
    Subject s = spec.build();
    SubjectAssessment before = Recist11.assess(s, protocol);
    // a visit whose target response is not NE, and one of its measured targets
    List<Integer> evaluable = new ArrayList<>();
    for (int i = 0; i < before.timepoints().size(); i++) {
      Assessment a = s.followUps().get(i);
      if (s.targets().stream().allMatch(l -> a.target(l.id()).isEvaluated())) {
        evaluable.add(i);
      }
    }
    Assume.that(!evaluable.isEmpty());
    int k = evaluable.get(visitPick % evaluable.size());
    Assessment visit = s.followUps().get(k);
    String id = s.targets().get(targetPick % s.targets().size()).id();
    TargetValue value = visit.target(id);
    Assume.that(value.kind() == TargetValue.Kind.MEASURED && !value.diameter().isZero());
    long smaller = (long) Math.floor(value.diameter().tenths() * factor);
    Subject shrunk = GeneratedSubjects.mapAssessments(s, a -> a.date().equals(visit.date())
        ? GeneratedSubjects.withTarget(a, id, TargetValue.measured(Diameter.ofTenths(smaller))) : a);
    TimepointResult was = before.timepoints().get(k);
    TimepointResult now = Recist11.assess(shrunk, protocol).timepoints().get(k);
    Statistics.collect(was.target(), now.target());
    assertTrue(rank(now.target()) >= rank(was.target()),
        () -> id + " " + value + " -> " + smaller + " tenths: target " + was.target() + " became " + now.target());
    assertTrue(rank(now.overall()) >= rank(was.overall()),
        () -> "overall " + was.overall() + " became " + now.overall());
  }

  // ---- R5 nadir

  @Property(tries = 300)
  void R5_theNadirNeverExceedsTheBaselineNeverRisesAndIsTheSmallestEarlierEvaluableSum(
      @ForAll("subjects") Spec spec) {
    SubjectAssessment a = Recist11.assess(spec.build());
    Diameter baseline = a.timepoints().get(0).baselineSum().get();
    Diameter smallest = baseline;
    Diameter previous = baseline;
    for (TimepointResult t : a.timepoints()) {
      Diameter nadir = t.nadir().get();
      assertTrue(nadir.compareTo(baseline) <= 0, () -> t + ": nadir above baseline");
      Diameter before = previous;
      assertTrue(nadir.compareTo(before) <= 0, () -> t + ": nadir rose from " + before);
      assertEquals(smallest, nadir, t::toString);
      if (t.targetSum().isPresent()) { // R5: a visit with a target not evaluated has no sum
        Diameter sum = t.targetSum().get();
        smallest = sum.compareTo(smallest) < 0 ? sum : smallest;
      }
      previous = nadir;
    }
  }

  // ---- R11 and R12

  @Property(tries = 300)
  void R12_confirmedBestResponseIsNeverBetterThanTheUnconfirmedOne(@ForAll("subjects") Spec spec) {
    Subject s = spec.build();
    Response confirmed = Recist11.assess(s, CONFIRMED).bestOverallResponse();
    Response unconfirmed = Recist11.assess(s, UNCONFIRMED).bestOverallResponse();
    Statistics.collect(unconfirmed, confirmed);
    assertFalse(confirmed.isBetterThan(unconfirmed), () -> confirmed + " is better than " + unconfirmed);
  }

  @Property
  void R12_confirmedBestResponseIsNeverBetterThanTheUnconfirmedOneOnRecordedResponses(
      @ForAll("recorded") Recorded r) {
    Subject s = r.build(Fixtures.REF);
    Response confirmed = Recist11.assess(s, CONFIRMED).bestOverallResponse();
    Response unconfirmed = Recist11.assess(s, UNCONFIRMED).bestOverallResponse();
    Statistics.collect(unconfirmed, confirmed);
    assertFalse(confirmed.isBetterThan(unconfirmed), () -> confirmed + " is better than " + unconfirmed);
  }

  @Provide
  Arbitrary<Recorded> withoutProgression() {
    return GeneratedSubjects.recorded(Arbitraries.of(Response.CR, Response.PR, Response.SD,
        Response.NON_CR_NON_PD, Response.NE, Response.ND), 0, 6);
  }

  @Property
  void R10_visitsAfterTheFirstPdNeverChangeTheBestResponseOfRecordedResponses(
      @ForAll("withoutProgression") Recorded before, @ForAll @IntRange(min = 7, max = 63) int gap,
      @ForAll("recorded") Recorded after, @ForAll("protocols") Protocol protocol) {
    Recorded upToPd = before.then(new Recorded(List.of(gap), List.of(Response.PD)));
    SubjectAssessment a = Recist11.assess(upToPd.build(Fixtures.REF), protocol);
    SubjectAssessment b = Recist11.assess(upToPd.then(after).build(Fixtures.REF), protocol);
    Statistics.collect(a.bestOverallResponse());
    assertSameBestResponse(a, b);
  }

  @Provide
  Arbitrary<List<VisitSpec>> suffixes() {
    return GeneratedSubjects.visit().map(VisitSpec::withFreshNewLesion).list().ofMinSize(1).ofMaxSize(4);
  }

  /**
   * Visits after the first PD never change the best response. One exception is by design: a later
   * visit that shows an earlier equivocal lesion unequivocally moves progression back to it (Rule
   * R8), so the visits kept run up to that later visit, and the visits added carry new lesions never
   * seen before.
   */
  @Property(tries = 300)
  void R10_visitsAfterTheFirstPdNeverChangeTheBestResponse(@ForAll("subjects") Spec spec,
      @ForAll("suffixes") List<VisitSpec> more, @ForAll("protocols") Protocol protocol) {
    SubjectAssessment full = Recist11.assess(spec.build(), protocol);
    Optional<LocalDate> pd = full.progressionDate();
    Assume.that(pd.isPresent());
    // keep the visits up to the first PD, or up to the visit that moved it back there (R8)
    LocalDate keepTo = Fixtures.at(full, pd.get()).reasons().stream()
        .filter(r -> r.kind() == io.github.recist.result.Reason.Kind.NEW_LESION_BACKDATED)
        .map(r -> (LocalDate) r.values().get(1)).max(LocalDate::compareTo).orElse(pd.get());
    Statistics.label("back-dated").collect(!keepTo.equals(pd.get()));
    int last = spec.visitDates().indexOf(keepTo);
    Spec upToPd = spec.withVisits(spec.visits().subList(0, last + 1));
    List<VisitSpec> extended = new ArrayList<>(upToPd.visits());
    extended.addAll(more);
    SubjectAssessment a = Recist11.assess(upToPd.build(), protocol);
    SubjectAssessment b = Recist11.assess(spec.withVisits(extended).build(), protocol);
    Statistics.label("best").collect(a.bestOverallResponse());
    assertEquals(pd, a.progressionDate());
    assertSameBestResponse(a, b);
  }

  private static void assertSameBestResponse(SubjectAssessment a, SubjectAssessment b) {
    assertEquals(a.bestOverallResponse(), b.bestOverallResponse(), b::toString);
    assertEquals(a.bestOverallResponseDate(), b.bestOverallResponseDate(), b::toString);
    assertEquals(a.confirmed(), b.confirmed(), b::toString);
    assertEquals(a.confirmedBy(), b.confirmedBy(), b::toString);
    assertEquals(a.progressionDate(), b.progressionDate(), b::toString);
    assertEquals(a.progressionFreeSurvival(), b.progressionFreeSurvival(), b::toString);
    assertEquals(a.durationOfResponse(), b.durationOfResponse(), b::toString);
  }
}
