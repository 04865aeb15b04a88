package io.github.recist.rules;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Recist11;
import io.github.recist.model.Diameter;
import io.github.recist.model.InvalidSubjectException;
import io.github.recist.model.Problem;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.testing.Pins;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rule R1.3: a baseline target recorded too small to measure is a target that is not measurable (a
 * warning; it counts 5 mm); a nodal target under 10 mm at baseline is warned about as a normal node.
 */
class BaselineTargetWarningsTest {

  private static Subject tooSmallAtBaseline() {
    return Subject.builder("R1-TS").referenceDate(REF).target("T1", Site.LUNG).target("T2", Site.LIVER)
        .baseline(day(-7), v -> v.tooSmall("T1").measure("T2", 45))
        .visit(day(42), v -> v.tooSmall("T1").measure("T2", 30))
        .build();
  }

  @Test
  @Pins({"R1.3", "R4.2"})
  void R1_3_aTargetTooSmallToMeasureAtBaselineIsAWarningAndCountsFiveMillimetres() {
    SubjectAssessment a = Recist11.assess(tooSmallAtBaseline());
    Problem w = a.warnings().get(0);
    assertEquals(1, a.warnings().size(), a.warnings()::toString);
    assertFalse(w.isError());
    assertEquals(Optional.of("R1"), w.rule());
    assertEquals(Optional.of("T1"), w.lesionId());
    assertEquals(Optional.of(day(-7)), w.date());
    assertTrue(w.message().contains("too small to measure"), w.message());
    assertTrue(w.message().contains(RecordedValues.TOO_SMALL_TO_MEASURE.toString()), w.message());
    // baseline sum 5 + 45 = 50 mm; 35 mm is 30 % below: PR
    assertEquals(Optional.of(Diameter.ofMillimetres(50)), a.timepoints().get(0).baselineSum());
    assertEquals(Response.PR, a.timepoints().get(0).target());
  }

  @Test
  @Pins("R1.3")
  void R1_3_inStrictModeTheTooSmallTargetIsAnError() {
    InvalidSubjectException e = assertThrows(InvalidSubjectException.class,
        () -> Recist11.assess(tooSmallAtBaseline(), Protocol.defaults().withStrict(true)));
    assertTrue(e.problems().get(0).isError());
    assertEquals(Optional.of("T1"), e.problems().get(0).lesionId());
  }

  @Test
  @Pins("R1.3")
  void R1_3_aNodalTargetUnderTenMillimetresIsWarnedAboutAsANormalNode() {
    Subject s = Subject.builder("R1-N").referenceDate(REF).target("T1", Site.LUNG).nodalTarget("N1")
        .baseline(day(-7), v -> v.measure("T1", 40).measure("N1", 8))
        .visit(day(42), v -> v.measure("T1", 30).measure("N1", 8))
        .build();
    List<Problem> warnings = Recist11.assess(s).warnings();
    assertEquals(1, warnings.size(), warnings::toString);
    String m = warnings.get(0).message();
    assertTrue(m.contains("normal lymph node"), m);
    assertTrue(m.contains("under " + TargetResponse.NORMAL_NODE_SHORT_AXIS), m);
    assertFalse(m.contains("under " + Measurability.MINIMUM_NODE_SHORT_AXIS), m);
  }

  @Test
  @Pins("R1.2")
  void R1_2_aNodalTargetOfTenToUnderFifteenMillimetresIsPathologicalButNotMeasurable() {
    Subject s = Subject.builder("R1-P").referenceDate(REF).nodalTarget("N1")
        .baseline(day(-7), v -> v.measure("N1", 12))
        .build();
    String m = Recist11.assess(s).warnings().get(0).message();
    assertTrue(m.contains("under " + Measurability.MINIMUM_NODE_SHORT_AXIS), m);
    assertFalse(m.contains("normal"), m);
  }
}
