package io.github.recist;

import static io.github.recist.testing.Generators.irecistSubjects;
import static io.github.recist.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.model.Criteria;
import io.github.recist.model.Diameter;
import io.github.recist.model.Protocol;
import io.github.recist.model.Subject;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import io.github.recist.testing.IrecistReferenceModel;
import io.github.recist.testing.Pins;
import io.github.recist.testing.Theories;
import java.util.Objects;
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

  private static final int EXAMPLES = 3000;
  private static final Protocol IRECIST = Protocol.defaults().withCriteria(Criteria.IRECIST);

  @Pins({"R14.2", "R14.3", "R14.4", "R14.5", "R14.6", "R14.7", "R14.8", "R14.9", "R14.10",
      "R14.12"})
  @Test
  void R14_theEngineAgreesWithThePlainIrecistReferenceModelVisitByVisit() {
    qt(EXAMPLES).forAll(irecistSubjects()).checkAssert(spec -> {
      Subject s = spec.build();
      assertEquals("", disagreement(s, IRECIST, IrecistReferenceModel.asWritten()), s::toString);
      assertEquals("", disagreement(s, IRECIST.withUnconfirmedProgressionAsEvent(true),
          IrecistReferenceModel.asWritten()), s::toString);
    });
  }

  @Test
  void R14_6_1_theComparisonFindsAConfirmationMeasuredFromThePreviousVisitInsteadOfTheFirstIupd() {
    Optional<Object> found = Theories.smallestCounterExample(EXAMPLES, theory -> theory
        .forAll(irecistSubjects()).checkAssert(spec -> assertEquals("", disagreement(spec.build(),
            IRECIST, IrecistReferenceModel.with(
                IrecistReferenceModel.Mistake.TARGET_CONFIRMATION_FROM_THE_PREVIOUS_VISIT)))));
    assertTrue(found.isPresent(), "no generated subject tells the first iUPD from the previous visit");
  }

  /** Where the engine and {@code model} disagree on {@code s}, one line each; empty when nowhere. */
  static String disagreement(Subject s, Protocol protocol, IrecistReferenceModel model) {
    SubjectAssessment engine = Recist11.assess(s, protocol);
    IrecistReferenceModel.Result expected = model.assess(s, protocol);
    StringBuilder out = new StringBuilder();
    if (engine.timepoints().size() != expected.visits.size()) {
      return "visits: engine " + engine.timepoints().size() + ", model " + expected.visits.size();
    }
    for (int i = 0; i < expected.visits.size(); i++) {
      IrecistReferenceModel.Visit v = expected.visits.get(i);
      TimepointResult t = engine.timepoints().get(i);
      if (!t.date().equals(v.date) || !t.overallCode().code().equals(v.code)
          || !t.target().name().equals(v.target) || !t.nonTarget().name().equals(v.nonTarget)
          || !Objects.equals(tenths(t.targetSum()), v.targetSum)
          || !Objects.equals(tenths(t.nadir()), v.targetNadir)
          || !Objects.equals(tenths(t.newLesionTargetSum()), v.newLesionTargetSum)
          || !Objects.equals(tenths(t.newLesionTargetNadir()), v.newLesionTargetNadir)
          || !Objects.equals(t.iupdDate().orElse(null), v.iupdDate) || t.reset() != v.reset) {
        out.append("visit ").append(t.date()).append(": engine ").append(t.overallCode())
            .append(" (target ").append(t.target()).append(", non-target ").append(t.nonTarget())
            .append(", sum ").append(mm(t.targetSum())).append(", nadir ").append(mm(t.nadir()))
            .append(", NLT sum ").append(mm(t.newLesionTargetSum())).append(", NLT nadir ")
            .append(mm(t.newLesionTargetNadir())).append(", iUPD ").append(t.iupdDate().orElse(null))
            .append(t.reset() ? ", reset" : "").append(t.disregarded() ? ", disregarded" : "")
            .append("); model ").append(v).append('\n');
      }
    }
    if (!Objects.equals(engine.iupdDate().orElse(null), expected.iupdDate)
        || !Objects.equals(engine.icpdDate().orElse(null), expected.icpdDate)
        || !Objects.equals(engine.progressionDate().orElse(null), expected.progressionDate)) {
      out.append("subject (unconfirmedProgressionAsEvent ")
          .append(protocol.unconfirmedProgressionAsEvent()).append("): engine iUPD ")
          .append(engine.iupdDate().orElse(null)).append(" iCPD ").append(engine.icpdDate().orElse(null))
          .append(" progression ").append(engine.progressionDate().orElse(null)).append("; model iUPD ")
          .append(expected.iupdDate).append(" iCPD ").append(expected.icpdDate).append(" progression ")
          .append(expected.progressionDate).append('\n');
    }
    return out.toString();
  }

  private static Long tenths(Optional<Diameter> d) {
    return d.map(Diameter::tenths).orElse(null);
  }

  private static String mm(Optional<Diameter> d) {
    return d.map(Diameter::toString).orElse("null");
  }
}
