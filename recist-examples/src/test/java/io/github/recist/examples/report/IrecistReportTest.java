package io.github.recist.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Recist11;
import io.github.recist.model.Criteria;
import io.github.recist.model.Protocol;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.model.TargetValue;
import io.github.recist.result.SubjectAssessment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cohort report of subjects assessed under RECIST 1.1 and iRECIST both (issue 12, items 3 and
 * 4; Rule R14): the iRECIST endpoints beside the RECIST 1.1 ones, the iBOR counts, the marks of a
 * pseudo-progression in the visit tables and in the swimmer picture, and a curve per criteria.
 *
 * <pre>
 * PSEUDO   50 mm; week 4 64 mm and a new lesion; week 8 30 mm, lesion gone; week 12, 16 0 mm
 *          RECIST 1.1 PD on week 4; iRECIST iUPD, reset to iPR, iCR confirmed: iBOR iCR
 * CONFIRM  50 mm; week 4 64 mm; week 8 70 mm (6 mm above the iUPD's 64 mm: iCPD, R14.6.1)
 *          RECIST 1.1 PD on week 4; iRECIST iUPD then iCPD, progression dated at week 4
 * STABLE   50 mm; 45 mm at weeks 8 and 16: SD under both
 * </pre>
 */
class IrecistReportTest {

  static final LocalDate REF = LocalDate.of(2021, 3, 1);

  static Subject subject(String id, double... weekAndMm) {
    Subject.Builder b = Subject.builder(id).referenceDate(REF).target("T1", Site.LUNG)
        .target("T2", Site.LIVER).baseline(REF.minusDays(7), v -> v.measure("T1", 30)
            .measure("T2", 20));
    for (int i = 0; i < weekAndMm.length; i += 3) {
      int week = (int) weekAndMm[i];
      double t1 = weekAndMm[i + 1];
      double nlt = weekAndMm[i + 2];
      UnaryOperator<io.github.recist.model.Assessment.Builder> v = a -> {
        a.measure("T1", t1).measure("T2", 20 * t1 / 30);
        return nlt < 0 ? a : a.newLesionTarget("N1", Site.LIVER, nlt == 0
            ? TargetValue.disappeared() : TargetValue.measured(nlt));
      };
      b.visit(REF.plusDays(7L * week), v::apply);
    }
    return b.build();
  }

  static List<Subject> subjects() {
    return List.of(
        subject("PSEUDO", 4, 38.4, 12, 8, 18, 0, 12, 0, 0, 16, 0, 0),
        subject("CONFIRM", 4, 38.4, -1, 8, 42, -1),
        subject("STABLE", 8, 27, -1, 16, 27, -1));
  }

  @TempDir
  static Path out;
  static String html;
  static List<SubjectAssessment> assessed = new ArrayList<>();

  @BeforeAll
  static void writeTheReport() throws IOException {
    for (Subject s : subjects()) {
      assessed.addAll(Recist11.assessUnder(s, Protocol.defaults(), Criteria.RECIST_1_1,
          Criteria.IRECIST).all());
    }
    CohortReport.write(assessed, Protocol.defaults(), out);
    html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
  }

  @Test
  void theSubjectsAreWhatTheTableAboveSays() {
    List<String> bor = new ArrayList<>();
    assessed.forEach(a -> bor.add(a.subjectId() + " " + a.criteria() + " "
        + a.bestOverallResponseCode().code() + " " + a.progressionDate().orElse(null)));
    assertEquals(List.of("PSEUDO RECIST_1_1 PD 2021-03-29", "PSEUDO IRECIST iCR null",
        "CONFIRM RECIST_1_1 PD 2021-03-29", "CONFIRM IRECIST iCPD 2021-03-29",
        "STABLE RECIST_1_1 SD null", "STABLE IRECIST iSD null"), bor);
  }

  @Test
  void R14_theTitleAndTheEndpointsOfBothCriteria() {
    assertTrue(html.contains("<h1>RECIST 1.1 and iRECIST cohort report</h1>"), "title");
    assertTrue(html.contains("Protocol: RECIST_1_1 and IRECIST, confirmation required"), "protocol");
    assertTrue(html.contains("<td>Objective response rate (CR + PR)</td><td class=\"n\">0/3 = 0.0%"),
        "ORR");
    assertTrue(html.contains("<td>iRECIST objective response rate, iORR (iCR + iPR)</td>"
        + "<td class=\"n\">1/3 = 33.3%"), "iORR");
    assertTrue(html.contains("iDCR (iCR + iPR + iSD + NON-iCR/NON-iUPD)</td><td class=\"n\">2/3 = "
        + "66.7%"), "iDCR");
    assertTrue(html.contains("<td>Pseudo-progression (an iUPD reset, R14.7.3)</td><td class=\"n\">"
        + "1/3 = 33.3%"), "pseudo-progression");
    assertTrue(html.contains("<td>Median iPFS (iRECIST progression-free survival), days (months)</td>"),
        "iPFS median row");
    assertTrue(html.contains("<td>Median progression-free survival, days (months)</td>"), "PFS");
  }

  @Test
  void R14_11_theIborTableTellsIupdFromIcpd() {
    assertTrue(html.contains("<h2>Best overall response under iRECIST, iBOR (Rule R14.11)</h2>"));
    assertTrue(html.contains(">iCPD (immune confirmed progression)</td><td class=\"n\">1</td>"), html);
    assertTrue(html.contains(">iUPD (immune unconfirmed progression)</td><td class=\"n\">0</td>"));
  }

  @Test
  void R14_7_3_theVisitTablesMarkTheIupdTheResetAndTheIcpd() {
    assertTrue(html.contains("◇ iUPD: a run opens (R14.4)"), "iUPD mark");
    assertTrue(html.contains("○ reset: pseudo-progression, the iUPD of 2021-03-29 not confirmed "
        + "(R14.7.3)"), "reset mark");
    assertTrue(html.contains("◆ iCPD: confirms the iUPD of 2021-03-29 (R14.6)"), "iCPD mark");
    assertTrue(html.contains("<th>NLT sum</th><th>NLT nadir</th><th>RECIST 1.1</th><th>iRECIST</th>"),
        "a column per criteria");
    assertTrue(html.contains("<h2>iRECIST marks (Rules R14.4–R14.10)</h2>"), "the legend");
  }

  @Test
  void R14_theSwimmerIsDrawnUnderIrecistWithItsMarksInTheLegend() throws IOException {
    String svg = Files.readString(out.resolve("swimmer.svg"), StandardCharsets.UTF_8);
    assertTrue(svg.contains("iUPD: unconfirmed progression (R14.4)"), "legend");
    assertTrue(svg.contains("Reset: pseudo-progression (R14.7.3)"), "legend");
    assertTrue(svg.contains("iCPD: confirmed progression (the bar ends)"), "legend");
    assertTrue(svg.contains("iCR (immune complete response)"), "lanes by iBOR");
    String km = Files.readString(out.resolve("km-pfs.svg"), StandardCharsets.UTF_8);
    assertTrue(km.contains(">PFS") && km.contains(">iPFS"), "a curve per criteria");
  }

  @Test
  void R14_12_withTheOptionAnOpenIupdEndsTheLaneAndTheLegendSaysSo() {
    Protocol asEvent = Protocol.defaults().withCriteria(Criteria.IRECIST)
        .withUnconfirmedProgressionAsEvent(true);
    SubjectAssessment open = Recist11.assess(subject("OPEN", 4, 38.4, -1), asEvent);
    assertEquals(REF.plusDays(28), open.progressionDate().orElseThrow(), "the open iUPD's date");
    assertEquals(Charts.months(REF, REF.plusDays(28)), SwimmerPlot.endMonths(open), 1e-9);
    String svg = SwimmerPlot.of(List.of(open)).svg();
    assertTrue(svg.contains("iCPD, or an open iUPD as event (the bar ends)"), svg);
  }

  @Test
  void theLaneOfAConfirmedProgressionEndsAtTheIcpd() {
    SubjectAssessment confirm = assessed.get(3);
    assertEquals(Charts.months(REF, confirm.icpdDate().orElseThrow()),
        SwimmerPlot.endMonths(confirm), 1e-9);
  }

  @Test
  void R14_underIrecistAloneTheSubjectsTableHasTheRunDates(@TempDir Path dir) throws IOException {
    List<SubjectAssessment> irecist = assessed.stream()
        .filter(a -> a.criteria() == Criteria.IRECIST).toList();
    CohortReport.write(irecist, Protocol.defaults(), dir);
    String alone = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    assertTrue(alone.contains("<h1>iRECIST cohort report</h1>"), "title");
    assertTrue(alone.contains("<th>Progression</th><th>iUPD</th><th>iCPD</th><th>PFS, days</th>"),
        "the run dates beside the progression");
    assertTrue(alone.contains("<td class=\"d\">2021-03-29</td><td class=\"d\">2021-03-29</td>"
        + "<td class=\"d\">2021-04-26</td>"), "CONFIRM: progression and iUPD 2021-03-29, iCPD 2021-04-26");
    assertTrue(!alone.contains("Objective response rate (CR + PR)"), "no RECIST 1.1 endpoint");
    assertTrue(alone.contains("<th>NLT sum</th><th>NLT nadir</th><th>Overall</th>"), "visits");
  }

  @Test
  void criteriaThatDoNotHoldTheSameSubjectsAreRefused(@TempDir Path dir) {
    List<SubjectAssessment> uneven = new ArrayList<>(assessed);
    uneven.remove(5); // STABLE under iRECIST
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CohortReport.write(uneven, Protocol.defaults(), dir));
    assertEquals("the subjects under IRECIST are not those under RECIST_1_1, in the same order",
        e.getMessage());
  }
}
