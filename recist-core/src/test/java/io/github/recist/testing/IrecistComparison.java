package io.github.recist.testing;

import io.github.recist.Recist11;
import io.github.recist.model.Diameter;
import io.github.recist.model.Protocol;
import io.github.recist.model.Subject;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares the engine ({@code Recist11.assess} under iRECIST) with {@link IrecistReferenceModel},
 * for the property of recist-core and the hand-derived cases of recist-examples (issue 12).
 */
public final class IrecistComparison {

  private IrecistComparison() {}

  /** Where the engine and {@code model} disagree on {@code s}, one line each; empty when nowhere. */
  public static String disagreement(Subject s, Protocol protocol, IrecistReferenceModel model) {
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
