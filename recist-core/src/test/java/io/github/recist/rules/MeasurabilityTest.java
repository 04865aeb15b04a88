package io.github.recist.rules;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Recist11;
import io.github.recist.model.InvalidSubjectException;
import io.github.recist.model.Lesion;
import io.github.recist.model.MeasurementMethod;
import io.github.recist.model.Problem;
import io.github.recist.model.Protocol;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.testing.Pins;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule R1: only lesions measurable at baseline may be targets (a warning, an error in strict mode). */
class MeasurabilityTest {

  private static Subject withTarget(Lesion target, double baselineMm) {
    return Subject.builder("R1").referenceDate(REF).lesion(target)
        .baseline(day(-7), v -> v.measure(target.id(), baselineMm))
        .visit(day(42), v -> v.measure(target.id(), baselineMm))
        .build();
  }

  private static List<Problem> warnings(Lesion target, double baselineMm) {
    return Recist11.deviations(withTarget(target, baselineMm), Protocol.defaults());
  }

  private static Lesion ct(String slicesMm) {
    return Lesion.target("T1", Site.LUNG).withSliceThicknessMm(new BigDecimal(slicesMm));
  }

  @ParameterizedTest(name = "{0} with {1} mm slices: {2} mm measurable, {3} mm not")
  @CsvSource({
      "CT,         5, 10,   9.9",
      "CT,         3, 10,   9.9",
      "CT,         7, 14,   13.9",
      "MRI,        5, 10,   9.9",
      "MRI,        7, 14,   13.9",
      "CT,       7.5, 15,   14.9",
      "CLINICAL,   5, 10,   9.9",
      "CLINICAL,   7, 10,   9.9",
      "CHEST_XRAY, 5, 20,   19.9",
  })
  @Pins("R1.1")
  void R1_leastMeasurableLongestDiameterByMethod(MeasurementMethod method, String slices,
      double measurable, double notMeasurable) {
    Lesion l = Lesion.target("T1", Site.LUNG).withMethod(method).withSliceThicknessMm(new BigDecimal(slices));
    assertEquals(List.of(), warnings(l, measurable));
    assertEquals(1, warnings(l, notMeasurable).size());
  }

  @Pins("R1.1")
  @Test
  void R1_ctWithSevenMillimetreSlicesNeedsFourteenMillimetres() {
    assertEquals(List.of(), warnings(ct("7"), 14));
    Problem p = warnings(ct("7"), 13.9).get(0);
    assertEquals(Optional.of("R1"), p.rule());
    assertTrue(p.message().contains("longest diameter 13.9 mm is under 14 mm"), p.message());
    assertTrue(p.message().endsWith("by CT with 7 mm slices"), p.message());
  }

  @Test
  void R1_aCaliperWarningNamesTheMethodAndNoSlices() {
    Problem p = warnings(Lesion.target("T1", Site.SKIN).withMethod(MeasurementMethod.CLINICAL), 9).get(0);
    assertTrue(p.message().endsWith("longest diameter 9 mm is under 10 mm, the least measurable by CLINICAL"),
        p.message());
  }
  @Test
  void R1_aNodeWarningSaysWhatANodeNeeds() {
    Subject s = Subject.builder("N-1").referenceDate(LocalDate.of(2018, 1, 10)).nodalTarget("N1")
        .baseline(LocalDate.of(2018, 1, 5), v -> v.measure("N1", 12)).build();
    List<Problem> warnings = new ArrayList<>();
    Measurability.check(s, warnings);
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).message().endsWith(
        "short axis 12 mm is under 15 mm, the least measurable for a lymph node"),
        warnings.get(0).message());
  }


  @Pins("R1.2")
  @Test
  void R1_lymphNodeNeedsFifteenMillimetresShortAxis() {
    assertEquals(List.of(), warnings(Lesion.nodalTarget("N1"), 15));
    Problem p = warnings(Lesion.nodalTarget("N1"), 14.9).get(0);
    assertTrue(p.message().contains("short axis 14.9 mm is under 15 mm"), p.message());
    assertTrue(p.message().endsWith("a lymph node"), p.message());
    // a pathological node of 10 to under 15 mm may be a non-target only: as a non-target no warning
    Subject nonTarget = Subject.builder("R1").referenceDate(REF).target("T1", Site.LUNG)
        .nodalNonTarget("N1")
        .baseline(day(-7), v -> v.measure("T1", 20).present("N1")).build();
    assertEquals(List.of(), Recist11.deviations(nonTarget, Protocol.defaults()));
  }

  @Pins("R1.3")
  @Test
  void R1_warningNamesSubjectBaselineDateAndLesion() {
    Problem p = warnings(Lesion.target("T4", Site.LIVER), 8).get(0);
    assertEquals(Problem.Severity.WARNING, p.severity());
    assertEquals("R1", p.subjectId());
    assertEquals(Optional.of(day(-7)), p.date());
    assertEquals(Optional.of("T4"), p.lesionId());
  }

  @Pins("R1.3")
  @Test
  void R1_subjectWithAnUnmeasurableTargetIsStillAssessedWithTheWarning() {
    SubjectAssessment a = Recist11.assess(withTarget(Lesion.target("T1", Site.LUNG), 8));
    assertEquals(1, a.warnings().size());
    assertEquals(1, a.timepoints().size());
  }

  @Pins({"R1.3", "R2.1"})
  @Test
  void R1_strictModeMakesTheWarningAnError() {
    Protocol strict = Protocol.defaults().withStrict(true);
    Subject s = withTarget(Lesion.target("T1", Site.LUNG), 8);
    InvalidSubjectException e = assertThrows(InvalidSubjectException.class, () -> Recist11.assess(s, strict));
    Problem p = e.problems().get(0);
    assertTrue(p.isError());
    assertEquals(Optional.of("R1"), p.rule());
    assertTrue(e.getMessage().contains("R1 " + day(-7) + " T1:"), e.getMessage());
    assertTrue(Recist11.deviations(s, strict).get(0).isError());
    assertFalse(Recist11.assess(withTarget(Lesion.target("T1", Site.LUNG), 10), strict).warnings().size() > 0);
  }

  @Pins({"R1.1", "R1.2"})
  @Test
  void R1_leastMeasurableSizes() {
    assertEquals(0, new BigDecimal("14").compareTo(Measurability.minimumMillimetres(ct("7"))));
    assertEquals(0, BigDecimal.TEN.compareTo(Measurability.minimumMillimetres(ct("5"))));
    assertEquals(0, new BigDecimal("15").compareTo(Measurability.minimumMillimetres(Lesion.nodalTarget("N1"))));
  }
}
