package io.github.recist.rules;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.day;
import static io.github.recist.model.Response.CR;
import static io.github.recist.model.Response.PR;
import static io.github.recist.model.Response.SD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.recist.Recist11;
import io.github.recist.model.Diameter;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.model.TargetValue;
import io.github.recist.result.TimepointResult;
import io.github.recist.testing.Pins;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Rule R4: how each recorded value of a target counts in the sum of diameters. */
class RecordedValuesTest {

  /** T1 (lung, 30 mm), T2 (liver, 20 mm) and node N1 (20 mm): baseline sum 70 mm. */
  private static TimepointResult visit(Consumer<io.github.recist.model.Assessment.Builder> report) {
    Subject s = Subject.builder("R4").referenceDate(REF).target("T1", Site.LUNG)
        .target("T2", Site.LIVER).nodalTarget("N1")
        .baseline(day(-7), v -> v.measure("T1", 30).measure("T2", 20).measure("N1", 20))
        .visit(day(42), report)
        .build();
    return Recist11.assess(s).timepoints().get(0);
  }

  private static Diameter mm(double mm) {
    return Diameter.ofMillimetres(mm);
  }

  @Pins("R4.1")
  @Test
  void R4_disappearedLesionCountsZero() {
    TimepointResult t = visit(v -> v.disappeared("T1").measure("T2", 20).measure("N1", 20));
    assertEquals(mm(40), t.targetSum().get());
    assertEquals(Diameter.ZERO, RecordedValues.counted(TargetValue.disappeared()));
    assertEquals(TargetValue.disappeared(), TargetValue.measured(0));
  }

  @Pins("R4.2")
  @Test
  void R4_tooSmallToMeasureCountsFiveMillimetres() {
    TimepointResult t = visit(v -> v.tooSmall("T1").disappeared("T2").measure("N1", 5));
    assertEquals(mm(10), t.targetSum().get());
    // a non-nodal lesion still present (5 mm) rules out CR
    assertEquals(PR, t.target());
  }

  @Pins("R4.2")
  @Test
  void R4_nodeTooSmallToMeasureCountsFiveMillimetresAndIsNormal() {
    TimepointResult t = visit(v -> v.disappeared("T1").disappeared("T2").tooSmall("N1"));
    assertEquals(mm(5), t.targetSum().get());
    assertEquals(CR, t.target());
  }

  @Pins("R4.2")
  @Test
  void R4_lesionThatCanBeMeasuredCountsAsMeasuredEvenUnderFiveMillimetres() {
    TimepointResult t = visit(v -> v.measure("T1", 3).disappeared("T2").measure("N1", 4));
    assertEquals(mm(7), t.targetSum().get());
  }

  @Pins("R4.3")
  @Test
  void R4_splitLesionCountsTheSumOfItsFragments() {
    TimepointResult t = visit(v -> v.split("T1", 12, 8.5).measure("T2", 20).measure("N1", 20));
    assertEquals(mm(60.5), t.targetSum().get());
    assertEquals(SD, t.target());
  }

  @Pins("R4.4")
  @Test
  void R4_coalescedLesionsCountTheirWholeDiameterOnceOnTheMergedLesion() {
    // T2 merged into T1, which now measures 45 mm across both
    TimepointResult t = visit(v -> v.measure("T1", 45).mergedInto("T2", "T1").measure("N1", 20));
    assertEquals(mm(65), t.targetSum().get());
    assertEquals(SD, t.target());
  }

  @Pins("R4.5")
  @Test
  void R4_nodalTargetKeepsItsShortAxisBelowTenMillimetres() {
    TimepointResult t = visit(v -> v.measure("T1", 20).measure("T2", 10).measure("N1", 8));
    assertEquals(mm(38), t.targetSum().get(), "the 8 mm node is counted, not dropped");
    assertEquals(PR, t.target());
  }

  @Test
  void R4_notEvaluableHasNothingToCount() {
    assertThrows(IllegalArgumentException.class,
        () -> RecordedValues.countedTenths(TargetValue.notEvaluable()));
  }

  @Test
  void R4_targetValuesPrintAsTheReportSaysThem() {
    assertEquals("32 mm", TargetValue.measured(32).toString());
    assertEquals("too small to measure", TargetValue.tooSmallToMeasure().toString());
    assertEquals("NE", TargetValue.notEvaluable().toString());
    assertEquals("fragments [12 mm, 8.5 mm]", TargetValue.fragments(mm(12), mm(8.5)).toString());
    assertEquals("merged into T1", TargetValue.mergedInto("T1").toString());
    assertThrows(IllegalArgumentException.class, () -> TargetValue.fragments());
  }
}
