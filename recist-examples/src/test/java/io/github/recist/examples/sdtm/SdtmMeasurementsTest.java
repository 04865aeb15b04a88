package io.github.recist.examples.sdtm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Recist11;
import io.github.recist.model.Assessment;
import io.github.recist.model.Diameter;
import io.github.recist.model.NewLesion;
import io.github.recist.model.NonTargetStatus;
import io.github.recist.model.Problem;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.model.TargetValue;
import io.github.recist.result.SubjectAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The measurement mapping of sdtm-mapping.md §7 on hand-made TU/TR: LDIAM for non-nodal and LPERP
 * for nodal targets, too small to measure, not done, split ({@code T04.1}) and merged ({@code
 * T02/T03}) lesions, non-target states and new lesions with their ids.
 */
class SdtmMeasurementsTest {

  private static Dataset dataset(String name, List<String> columns, List<String[]> rows) {
    return Dataset.of(name, name.toLowerCase() + ".csv", columns.stream()
        .map(c -> Dataset.Column.of(c, null, Dataset.Type.STRING)).collect(Collectors.toList()),
        rows, null);
  }

  private static final List<String> TU = List.of("USUBJID", "TULNKID", "TUSTRESC", "TULOC", "VISIT", "TUEVAL");
  private static final List<String> TR = List.of("USUBJID", "TRLNKID", "TRTESTCD", "TRORRES", "TRSTRESC",
      "TRSTRESN", "TRSTAT", "TRREASND", "VISITNUM", "VISIT", "TRDTC", "TREVAL");

  private static String[] tu(String lesion, String role, String loc, String visit) {
    return new String[] {"P-1", lesion, role, loc, visit, "INVESTIGATOR"};
  }

  private static String[] tr(String lesion, String test, String orres, String value, String stat,
      String reason, String visitnum, String visit, String dtc) {
    return new String[] {"P-1", lesion, test, orres, orres, value, stat, reason, visitnum, visit, dtc,
        "INVESTIGATOR"};
  }

  private static SdtmStudy study(List<String[]> trRows) {
    List<String[]> tuRows = List.of(tu("T01", "TARGET", "LUNG", "SCREENING"),
        tu("T02", "TARGET", "LIVER", "SCREENING"), tu("T03", "TARGET", "LIVER", "SCREENING"),
        tu("T04", "TARGET", "LYMPH NODE", "SCREENING"), tu("NT01", "NON-TARGET", "BONE", "SCREENING"),
        tu("NEW01", "NEW", "ADRENAL GLAND", "WEEK 6"));
    Dataset adsl = dataset("ADSL", List.of("USUBJID", "RANDDT"), List.<String[]>of(new String[] {"P-1", "2020-01-10"}));
    return SdtmReader.read(dataset("TU", TU, tuRows), dataset("TR", TR, trRows), null, adsl, null,
        SdtmOptions.defaults().withUse(SdtmOptions.Use.MEASUREMENTS));
  }

  private static List<String[]> baseline() {
    List<String[]> rows = new ArrayList<>();
    rows.add(tr("T01", "LDIAM", "30", "30", null, null, "1", "SCREENING", "2020-01-03"));
    rows.add(tr("T01", "LPERP", "20", "20", null, null, "1", "SCREENING", "2020-01-03"));
    rows.add(tr("T02", "LDIAM", "20", "20", null, null, "1", "SCREENING", "2020-01-03"));
    rows.add(tr("T03", "LDIAM", "15", "15", null, null, "1", "SCREENING", "2020-01-03"));
    rows.add(tr("T04", "LDIAM", "25", "25", null, null, "1", "SCREENING", "2020-01-03"));
    rows.add(tr("T04", "LPERP", "18", "18", null, null, "1", "SCREENING", "2020-01-03"));
    rows.add(tr("NT01", "TUMSTATE", "PRESENT", null, null, null, "1", "SCREENING", "2020-01-03"));
    return rows;
  }

  @Test
  void eachTrResultBecomesTheTargetValueRecistNeeds() {
    List<String[]> rows = baseline();
    rows.add(tr("T01", "LDIAM", "TOO SMALL TO MEASURE", "5", null, null, "3", "WEEK 6", "2020-02-21"));
    rows.add(tr("T02", "LDIAM", null, null, "NOT DONE", "TUMOR MERGED", "3", "WEEK 6", "2020-02-21"));
    rows.add(tr("T03", "LDIAM", null, null, "NOT DONE", "TUMOR MERGED", "3", "WEEK 6", "2020-02-21"));
    rows.add(tr("T02/T03", "LDIAM", "28", "28", null, null, "3", "WEEK 6", "2020-02-21"));
    rows.add(tr("T04.1", "LPERP", "9", "9", null, null, "3", "WEEK 6", "2020-02-21"));
    rows.add(tr("T04.2", "LPERP", "6", "6", null, null, "3", "WEEK 6", "2020-02-22"));
    rows.add(tr("NT01", "TUMSTATE", null, null, "NOT DONE", "SCAN NOT PERFORMED", "3", "WEEK 6", null));
    rows.add(tr("NEW01", "TUMSTATE", "EQUIVOCAL", null, null, null, "3", "WEEK 6", "2020-02-21"));
    SdtmStudy s = study(rows);
    assertTrue(s.ok(), s.problems()::toString);
    Subject subject = s.assessable().get(0);
    assertTrue(subject.lesionsById().get("T04").nodal(), "TULOC LYMPH NODE is nodal");
    assertEquals(Site.of("ADRENAL_GLAND"), s.assessable().get(0).followUps().get(0).newLesions().get(0).site());
    Assessment base = subject.baseline();
    assertEquals(TargetValue.measured(30), base.target("T01"), "LDIAM of a non-nodal target");
    assertEquals(TargetValue.measured(18), base.target("T04"), "LPERP (short axis) of a node");
    Assessment week6 = subject.followUps().get(0);
    assertEquals(java.time.LocalDate.parse("2020-02-21"), week6.date(), "the earliest TRDTC of the visit");
    assertEquals(TargetValue.tooSmallToMeasure(), week6.target("T01"));
    assertEquals(TargetValue.measured(28), week6.target("T02"));
    assertEquals(TargetValue.mergedInto("T02"), week6.target("T03"));
    assertEquals(TargetValue.fragments(Diameter.ofMillimetres(9), Diameter.ofMillimetres(6)), week6.target("T04"));
    assertEquals(NonTargetStatus.NOT_EVALUABLE, week6.nonTarget("NT01"));
    assertEquals(List.of(NewLesion.equivocal("NEW01", Site.of("ADRENAL_GLAND"))), week6.newLesions());
    SubjectAssessment a = Recist11.assess(subject);
    // 5 + 28 + 0 + 15 = 48 mm against 83 mm at baseline: 42 % below, PR by the targets (R6)
    assertEquals(Diameter.ofMillimetres(48), a.timepoints().get(0).targetSum().get());
  }

  @Test
  void aFragmentOfAnUndeclaredLesionAndAnUnknownStateAreRefused() {
    List<String[]> rows = baseline();
    rows.add(tr("T09.1", "LDIAM", "9", "9", null, null, "3", "WEEK 6", "2020-02-21"));
    rows.add(tr("NT01", "TUMSTATE", "SMALLER", null, null, null, "3", "WEEK 6", "2020-02-21"));
    List<String> problems = study(rows).problems().stream().map(Problem::toString).collect(Collectors.toList());
    assertEquals(List.of("P-1 T09.1: TR row 8, VISIT WEEK 6: lesion T09.1 is not identified in TU for the "
        + "evaluator (no TU record with TULNKID T09.1)"), problems);
    rows.remove(7);
    problems = study(rows).problems().stream().map(Problem::toString).collect(Collectors.toList());
    assertEquals(List.of("P-1 2020-02-21 NT01: TR row 8, VISIT WEEK 6: TUMSTATE 'SMALLER' of a non-target "
        + "lesion is not PRESENT, ABSENT or UNEQUIVOCAL"), problems);
  }
}
