package io.github.recist;

import static io.github.recist.testing.Generators.irecistSubjects;
import static io.github.recist.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.model.Criteria;
import io.github.recist.model.Protocol;
import io.github.recist.testing.IrecistComparison;
import io.github.recist.testing.IrecistReferenceModel;
import io.github.recist.testing.Pins;
import io.github.recist.testing.Theories;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The engine agrees, visit by visit, with a deliberately plain second reading of Rule R14 ({@link
 * IrecistReferenceModel}) over generated iRECIST subjects (issue 12): every visit's i-code, target
 * sum and nadir, new-lesion target sum and nadir, the iUPD of its run and whether it reset one; the
 * subject's {@code iupdDate}, {@code icpdDate} and {@code progressionDate}, with and without {@code
 * unconfirmedProgressionAsEvent}.
 */
class IrecistReferenceModelTest {

  /**
   * Examples per property: with 3,000 the build's seed missed the engine's R14.6.1 broken to "more
   * than 5 mm" (an exact +5.0 mm is rare); 10,000 find it (at example 5,675, shrunk to 3 targets).
   */
  private static final int EXAMPLES = 10_000;
  private static final Protocol IRECIST = Protocol.defaults().withCriteria(Criteria.IRECIST);

  @Pins({"R14.2", "R14.3", "R14.4", "R14.5", "R14.6", "R14.7", "R14.8", "R14.9", "R14.10",
      "R14.12"})
  @Test
  void R14_theEngineAgreesWithThePlainIrecistReferenceModelVisitByVisit() {
    qt(EXAMPLES).forAll(irecistSubjects()).checkAssert(spec -> {
      var s = spec.build();
      assertEquals("", IrecistComparison.disagreement(s, IRECIST, IrecistReferenceModel.asWritten()), s::toString);
      assertEquals("", IrecistComparison.disagreement(s, IRECIST.withUnconfirmedProgressionAsEvent(true),
          IrecistReferenceModel.asWritten()), s::toString);
    });
  }

  @Test
  void R14_6_1_theComparisonFindsAConfirmationMeasuredFromThePreviousVisitInsteadOfTheFirstIupd() {
    Optional<Object> found = Theories.smallestCounterExample(EXAMPLES, theory -> theory
        .forAll(irecistSubjects()).checkAssert(spec -> assertEquals("", IrecistComparison.disagreement(spec.build(),
            IRECIST, IrecistReferenceModel.with(
                IrecistReferenceModel.Mistake.TARGET_CONFIRMATION_FROM_THE_PREVIOUS_VISIT)))));
    assertTrue(found.isPresent(), "no generated subject tells the first iUPD from the previous visit");
  }

}
