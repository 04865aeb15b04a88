package io.github.recist.rules;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Recist11;
import io.github.recist.model.Response;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.result.NewLesionFinding;
import io.github.recist.result.Reason;
import io.github.recist.result.TimepointResult;
import io.github.recist.testing.Pins;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule R9: the overall response at a visit, every row of RECIST 1.1 Tables 1 and 2. */
class OverallResponseTableTest {

  @ParameterizedTest(name = "target {0}, non-target {1}, new {2}: {3}")
  @CsvSource({
      // Table 1
      "CR, CR,            NONE,        CR",
      "CR, NA,            NONE,        CR",
      "CR, NON_CR_NON_PD, NONE,        PR",
      "CR, NE,            NONE,        PR",
      "PR, NON_CR_NON_PD, NONE,        PR",
      "PR, NE,            NONE,        PR",
      "PR, CR,            NONE,        PR",
      "PR, NA,            NONE,        PR",
      "SD, NON_CR_NON_PD, NONE,        SD",
      "SD, NE,            NONE,        SD",
      "SD, CR,            NONE,        SD",
      "SD, NA,            NONE,        SD",
      "NE, NON_CR_NON_PD, NONE,        NE",
      "NE, NE,            NONE,        NE",
      "NE, CR,            NONE,        NE",
      "NE, NA,            NONE,        NE",
      "PD, CR,            NONE,        PD",
      "PD, NA,            NONE,        PD",
      "PD, NE,            NONE,        PD",
      "PD, NON_CR_NON_PD, UNEQUIVOCAL, PD",
      "CR, PD,            NONE,        PD",
      "PR, PD,            NONE,        PD",
      "SD, PD,            NONE,        PD",
      "NE, PD,            NONE,        PD",
      "CR, CR,            UNEQUIVOCAL, PD",
      "CR, NA,            UNEQUIVOCAL, PD",
      "PR, NON_CR_NON_PD, UNEQUIVOCAL, PD",
      "SD, NE,            UNEQUIVOCAL, PD",
      "NE, NE,            UNEQUIVOCAL, PD",
      // Table 2: non-target lesions only
      "NA, CR,            NONE,        CR",
      "NA, NON_CR_NON_PD, NONE,        NON_CR_NON_PD",
      "NA, NE,            NONE,        NE",
      "NA, PD,            NONE,        PD",
      "NA, CR,            UNEQUIVOCAL, PD",
      "NA, NON_CR_NON_PD, UNEQUIVOCAL, PD",
      "NA, NE,            UNEQUIVOCAL, PD",
  })
  @Pins({"R9.1", "R9.2"})
  void R9_everyRowOfTables1And2(Response target, Response nonTarget, NewLesionFinding newLesions,
      Response overall) {
    assertEquals(overall, OverallResponseTable.overall(target, nonTarget, newLesions));
  }

  @ParameterizedTest(name = "target {0}, non-target {1}, equivocal new lesion: {2}")
  @CsvSource({
      "CR, CR,            CR",
      "CR, NON_CR_NON_PD, PR",
      "PR, NE,            PR",
      "SD, NON_CR_NON_PD, SD",
      "NE, CR,            NE",
      "NA, CR,            CR",
      "NA, NON_CR_NON_PD, NON_CR_NON_PD",
  })
  @Pins("R8.3")
  void R9_equivocalNewLesionCountsAsNoNewLesion(Response target, Response nonTarget, Response overall) {
    assertEquals(overall, OverallResponseTable.overall(target, nonTarget, NewLesionFinding.EQUIVOCAL));
  }

  @Pins("R9.2")
  @Test
  void R9_noTargetsAndNoNonTargetsCannotBeAssessed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OverallResponseTable.overall(Response.NA, Response.NA, NewLesionFinding.NONE));
    assertTrue(e.getMessage().contains("R9"), e.getMessage());
  }

  @ParameterizedTest(name = "target {0}, non-target {1} is not a combination of the tables")
  @CsvSource({
      "NON_CR_NON_PD, CR",
      "ND,            CR",
      "MISSING,       NE",
      "CR,            SD",
      "CR,            PR",
      "SD,            ND",
      "PR,            MISSING",
  })
  void R9_responsesThatAreNotTargetOrNonTargetResponsesAreRefused(Response target, Response nonTarget) {
    assertThrows(IllegalArgumentException.class,
        () -> OverallResponseTable.overall(target, nonTarget, NewLesionFinding.NONE));
  }

  @Pins("R9.1")
  @Test
  void R9_reasonCitesTheTableRow() {
    List<Reason> reasons = new ArrayList<>();
    OverallResponseTable.overall(Response.CR, Response.NE, NewLesionFinding.NONE, reasons);
    assertEquals(Reason.Kind.OVERALL_TABLE_1, reasons.get(0).kind());
    assertEquals(List.of(Response.CR, Response.NE, NewLesionFinding.NONE, Response.PR),
        reasons.get(0).values(), reasons.get(0)::text);
    reasons.clear();
    OverallResponseTable.overall(Response.NA, Response.NON_CR_NON_PD, NewLesionFinding.NONE, reasons);
    assertEquals(Reason.Kind.OVERALL_TABLE_2, reasons.get(0).kind());
  }

  @Pins("R9.2")
  @Test
  void R9_subjectWithNonTargetsOnlyFollowsTable2() {
    Subject s = Subject.builder("T2").referenceDate(REF).nonTarget("NT1", Site.BONE)
        .baseline(day(-7), v -> v.present("NT1"))
        .visit(day(42), v -> v.present("NT1"))
        .visit(day(84), v -> v.absent("NT1"))
        .visit(day(126), v -> v.absent("NT1").newLesion("N1", Site.LUNG))
        .build();
    List<TimepointResult> t = Recist11.assess(s).timepoints();
    assertEquals(Response.NA, t.get(0).target());
    assertEquals(List.of(Response.NON_CR_NON_PD, Response.CR, Response.PD),
        List.of(t.get(0).overall(), t.get(1).overall(), t.get(2).overall()));
  }

  @Pins("R9.1")
  @Test
  void R9_targetCrWithNonTargetStillPresentIsOverallPr() {
    Subject s = Subject.builder("T1").referenceDate(REF).target("T1", Site.LUNG).nonTarget("NT1", Site.BONE)
        .baseline(day(-7), v -> v.measure("T1", 20).present("NT1"))
        .visit(day(42), v -> v.disappeared("T1").present("NT1"))
        .build();
    TimepointResult t = Recist11.assess(s).timepoints().get(0);
    assertEquals(Response.CR, t.target());
    assertEquals(Response.NON_CR_NON_PD, t.nonTarget());
    assertEquals(Response.PR, t.overall());
  }
}
