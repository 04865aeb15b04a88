package io.github.recist;

import static io.github.recist.testing.Generators.UNCONFIRMED;
import static io.github.recist.testing.Generators.subjects;
import static io.github.recist.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.model.Diameter;
import io.github.recist.model.Protocol;
import io.github.recist.model.Subject;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import io.github.recist.testing.Pins;
import io.github.recist.testing.ReferenceModel;
import io.github.recist.testing.Theories;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The engine agrees, visit by visit, with a deliberately plain second implementation of rules
 * R4–R9 and R11 ({@link ReferenceModel}) over generated subjects (issue 11, item 4): the sum, the
 * target, non-target and new-lesion findings, the overall response of every visit, and the best
 * overall response without confirmation with the visit that dates it.
 */
class ReferenceModelTest {

  private static final int EXAMPLES = 1000;

  @Pins({"R4.1", "R4.2", "R4.5", "R5.1", "R5.2", "R5.3", "R5.5", "R6.1", "R6.2", "R6.3", "R6.4",
      "R6.5", "R6.6", "R7.1", "R7.2", "R7.3", "R7.4", "R7.5", "R8.1", "R8.2", "R8.3", "R9.1",
      "R10.1", "R10.3", "R11.1"})
  @Test
  void theEngineAgreesWithThePlainReferenceModelVisitByVisit() {
    qt(EXAMPLES).forAll(subjects()).checkAssert(spec -> {
      Subject s = spec.build();
      String disagreement = disagreement(s, UNCONFIRMED, ReferenceModel.asWritten());
      assertEquals("", disagreement, () -> s + "\n" + disagreement);
    });
  }

  @Test
  void theComparisonFindsAPartialResponseThresholdOfTwentyNinePercent() {
    assertTrue(Theories.smallestCounterExample(EXAMPLES, theory -> theory.forAll(subjects())
        .checkAssert(spec -> assertEquals("", disagreement(spec.build(), UNCONFIRMED,
            ReferenceModel.with(ReferenceModel.Mistake.PARTIAL_RESPONSE_AT_29_PERCENT)))))
        .isPresent(), "a model that gives PR at 29 % disagrees with the engine somewhere");
  }

  @Test
  void theComparisonFindsGrowthMeasuredFromTheBaselineInsteadOfTheNadir() {
    assertTrue(Theories.smallestCounterExample(EXAMPLES, theory -> theory.forAll(subjects())
        .checkAssert(spec -> assertEquals("", disagreement(spec.build(), UNCONFIRMED,
            ReferenceModel.with(ReferenceModel.Mistake.GROWTH_FROM_THE_BASELINE)))))
        .isPresent(), "a model that measures growth from the baseline disagrees somewhere");
  }

  @Pins("R6.3")
  @Test
  void theComparisonFindsACompleteResponseForgottenAfterAnotherVisit() {
    // The engine before issue 11: "had reached CR" was the previous visit's CR only.
    assertTrue(Theories.smallestCounterExample(EXAMPLES, theory -> theory.forAll(subjects())
        .checkAssert(spec -> assertEquals("", disagreement(spec.build(), UNCONFIRMED,
            ReferenceModel.with(ReferenceModel.Mistake.CR_FORGOTTEN_AFTER_ANOTHER_VISIT)))))
        .isPresent(), "a model that forgets a CR after an NE or PR visit disagrees somewhere");
  }

  @Pins("R6.1")
  @Test
  void theComparisonFindsNotEvaluatedTestedBeforeAReappearance() {
    // The engine before issue 11: a target NE made the visit NE even when another had reappeared.
    assertTrue(Theories.smallestCounterExample(EXAMPLES, theory -> theory.forAll(subjects())
        .checkAssert(spec -> assertEquals("", disagreement(spec.build(), UNCONFIRMED,
            ReferenceModel.with(ReferenceModel.Mistake.NOT_EVALUATED_BEFORE_REAPPEARANCE)))))
        .isPresent(), "a model that tests NE before a reappearance after CR disagrees somewhere");
  }

  @Test
  void theGeneratedSubjectsReachEveryVisitResponseAndBestResponse() {
    Set<String> overall = new TreeSet<>();
    Set<String> best = new TreeSet<>();
    Theories.sample(EXAMPLES).forAll(subjects()).checkAssert(spec -> {
      ReferenceModel.Result r = ReferenceModel.asWritten().assess(spec.build(), UNCONFIRMED);
      r.visits.forEach(v -> overall.add(v.overall));
      best.add(r.best);
    });
    assertEquals(Set.of("CR", "PR", "SD", "PD", "NE"), overall);
    assertTrue(best.containsAll(Set.of("CR", "PR", "SD", "PD", "NE")), best::toString);
  }

  /** Where the engine and {@code model} disagree on {@code s}, one line each; empty when nowhere. */
  static String disagreement(Subject s, Protocol protocol, ReferenceModel model) {
    SubjectAssessment engine = Recist11.assess(s, protocol);
    ReferenceModel.Result expected = model.assess(s, protocol);
    StringBuilder out = new StringBuilder();
    if (engine.timepoints().size() != expected.visits.size()) {
      return "visits: engine " + engine.timepoints().size() + ", model " + expected.visits.size();
    }
    for (int i = 0; i < expected.visits.size(); i++) {
      ReferenceModel.Visit v = expected.visits.get(i);
      TimepointResult t = engine.timepoints().get(i);
      BigDecimal sum = t.targetSum().map(Diameter::millimetres).orElse(null);
      boolean sameSum = sum == null ? v.sum == null : v.sum != null && sum.compareTo(v.sum) == 0;
      if (!t.date().equals(v.date) || !sameSum || !t.target().name().equals(v.target)
          || !t.nonTarget().name().equals(v.nonTarget) || !t.newLesions().name().equals(v.newLesions)
          || !t.overall().name().equals(v.overall)) {
        out.append("visit ").append(v.date).append(": engine sum ").append(sum).append(" target ")
            .append(t.target()).append(" non-target ").append(t.nonTarget()).append(" new ")
            .append(t.newLesions()).append(" overall ").append(t.overall()).append("; model ")
            .append(v).append('\n');
      }
    }
    Optional<LocalDate> date = Optional.ofNullable(expected.bestDate);
    boolean datedCategory = expected.bestDate != null;
    if (!engine.bestOverallResponse().name().equals(expected.best)
        || (datedCategory && !engine.bestOverallResponseDate().equals(date))) {
      out.append("best: engine ").append(engine.bestOverallResponse()).append(" on ")
          .append(engine.bestOverallResponseDate().orElse(null)).append("; model ")
          .append(expected.best).append(" on ").append(expected.bestDate).append('\n');
    }
    return out.toString();
  }
}
