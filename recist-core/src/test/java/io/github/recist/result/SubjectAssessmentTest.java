package io.github.recist.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Recist11;
import io.github.recist.model.Response;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.model.VisitResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link SubjectAssessment}'s derived values. */
class SubjectAssessmentTest {

  private static final LocalDate DAY_0 = LocalDate.of(2018, 1, 1);

  @Test
  void R10_bestChangeFromBaselineIgnoresVisitsAfterTheFirstProgression() {
    // 50 mm -> 30 (-40%) -> 30 with a new lesion (PD) -> 20 (-60%, after progression).
    Subject s = Subject.builder("W-1").referenceDate(DAY_0).target("T1", Site.LUNG)
        .baseline(DAY_0.minusDays(7), v -> v.measure("T1", 50))
        .visit(DAY_0.plusDays(42), v -> v.measure("T1", 30))
        .visit(DAY_0.plusDays(84), v -> v.measure("T1", 30).newLesion("N1", Site.LIVER))
        .visit(DAY_0.plusDays(126), v -> v.measure("T1", 20))
        .build();
    SubjectAssessment a = Recist11.assess(s);
    assertEquals(Response.PD, a.timepoints().get(1).overall());
    assertEquals(new BigDecimal("-60.0"), a.timepoints().get(2).changeFromBaselinePct().get());
    assertEquals(new BigDecimal("-40.0"), a.bestChangeFromBaselinePct().get());
  }

  @Test
  void R10_bestChangeFromBaselineIgnoresVisitsOutsideTheWindow() {
    Subject s = Subject.builder("W-2").referenceDate(DAY_0).target("T1", Site.LUNG)
        .baseline(DAY_0.minusDays(7), v -> v.measure("T1", 50))
        .visit(DAY_0.plusDays(42), v -> v.measure("T1", 45))
        .visit(DAY_0.plusDays(400), v -> v.measure("T1", 10))
        .build();
    assertEquals(new BigDecimal("-10.0"), Recist11.assess(s).bestChangeFromBaselinePct().get());
  }

  @Test
  void bestChangeFromBaselineIsEmptyWithoutMeasuredSums() {
    Subject s = Subject.builder("W-3").referenceDate(DAY_0)
        .recorded(DAY_0.plusDays(42), VisitResponse.PR).build();
    assertTrue(Recist11.assess(s).bestChangeFromBaselinePct().isEmpty());
  }
}
