package io.github.recist.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Recist11;
import io.github.recist.model.BestResponseCode;
import io.github.recist.model.Criteria;
import io.github.recist.model.Diameter;
import io.github.recist.model.IrecistResponse;
import io.github.recist.model.Protocol;
import io.github.recist.model.ResponseCode;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The text report of {@code recist assess --format text} under iRECIST and under both criteria
 * (issue 12, items 3 and 4): a column per criteria, the i-codes, the new-lesion target sum, and
 * the marks of a run (iUPD, reset, iCPD) with the iUPD they refer to. The iRECIST results are built
 * by hand from the RECIST 1.1 ones, as the engine reports them (rendering, not classification).
 */
class TextReportCriteriaTest {

  static final LocalDate REF = LocalDate.of(2021, 3, 1);

  /** A CAR-T course: 50 mm, 64 mm with a new lesion at week 4, then 30 mm, then 0 mm. */
  static Subject carT() {
    return Subject.builder("CART-01").referenceDate(REF).target("T1", Site.LUNG)
        .target("T2", Site.LIVER)
        .baseline(REF.minusDays(7), v -> v.measure("T1", 30).measure("T2", 20))
        .visit(REF.plusDays(28), v -> v.measure("T1", 38).measure("T2", 26)
            .newLesionTarget("N1", Site.LIVER, io.github.recist.model.TargetValue.measured(12)))
        .visit(REF.plusDays(56), v -> v.measure("T1", 18).measure("T2", 12)
            .newLesionTarget("N1", Site.LIVER, io.github.recist.model.TargetValue.disappeared()))
        .visit(REF.plusDays(84), v -> v.measure("T1", 0).measure("T2", 0)
            .newLesionTarget("N1", Site.LIVER, io.github.recist.model.TargetValue.disappeared()))
        .build();
  }

  /** The iRECIST result of {@code r}'s visits with these codes, the first an iUPD, the second a reset. */
  static SubjectAssessment irecist(SubjectAssessment r, BestResponseCode best,
      ResponseCode... codes) {
    List<TimepointResult> visits = new ArrayList<>();
    LocalDate iupd = r.timepoints().get(0).date();
    for (int i = 0; i < codes.length; i++) {
      TimepointResult t = r.timepoints().get(i);
      visits.add(TimepointResult.builder().from(t)
          .overallCode(codes[i]).reset(codes[i] != IrecistResponse.IUPD && i == 1)
          .iupdDate(i <= 1 || codes[i] == IrecistResponse.ICPD ? Optional.of(iupd) : Optional.empty())
          .newLesionTargetSum(Optional.of(Diameter.ofMillimetres(i == 0 ? 12 : 0)))
          .build());
    }
    return SubjectAssessment.builder().from(r).criteria(Criteria.IRECIST).timepoints(visits)
        .bestOverallResponseCode(best)
        .bestOverallResponseDate(best == IrecistResponse.ICPD ? iupd
            : visits.get(visits.size() - 1).date())
        .progressionDate(best == IrecistResponse.ICPD ? Optional.of(iupd) : Optional.empty())
        .iupdDate(best == IrecistResponse.ICPD ? Optional.of(iupd) : Optional.empty())
        .icpdDate(best == IrecistResponse.ICPD ? Optional.of(visits.get(1).date()) : Optional.empty())
        .build();
  }

  static String report(Set<Criteria> criteria, Subject s, List<List<SubjectAssessment>> subjects) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    TextReport report = new TextReport(out, Protocol.defaults(), criteria);
    subjects.forEach(a -> report.write(s, a));
    report.finish();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void bothCriteriaHaveAColumnEachAndTheMarksOfAPseudoProgression() {
    Subject s = carT();
    SubjectAssessment r = Recist11.assess(s, Protocol.defaults());
    SubjectAssessment i = irecist(r, IrecistResponse.ICR, IrecistResponse.IUPD, IrecistResponse.IPR,
        IrecistResponse.ICR);
    String out = report(EnumSet.allOf(Criteria.class), s, List.of(List.of(r, i)));
    assertTrue(out.startsWith("RECIST 1.1 and iRECIST assessment: confirmation REQUIRED"), out);
    assertTrue(out.contains("\niRECIST (R14): minProgressionConfirmationDays 28, "
        + "maxProgressionConfirmationDays 56, unconfirmedProgressionAsEvent false\n"), out);
    assertTrue(out.contains("iRECIST marks: 'iUPD: a run opens' (R14.4)"), out);
    List<String> lines = out.lines().toList();
    String header = lines.stream().filter(l -> l.strip().startsWith("date")).findFirst().orElseThrow();
    assertTrue(header.matches(".*new lesions\\s+NLT mm\\s+RECIST 1.1\\s+iRECIST"), header);
    assertRow(lines, "2021-03-29", "64", "PD", "iUPD", "iUPD: a run opens (R14.4)");
    assertRow(lines, "2021-04-26", "30", "PR", "iPR",
        "reset: pseudo-progression, the iUPD of 2021-03-29 not confirmed (R14.7.3)");
    assertRow(lines, "2021-05-24", "0", "CR", "iCR", null);
    assertTrue(out.contains("  best overall response (RECIST 1.1): PD on 2021-03-29; progression: "
        + "2021-03-29\n"), out);
    assertTrue(out.contains("  best overall response (iRECIST): iCR on 2021-05-24, not confirmed; progression: "
        + "none; iUPD: none; iCPD: none\n"), out);
    assertTrue(out.contains("  reasons (RECIST 1.1):\n") && out.contains("  reasons (iRECIST):\n"),
        out);
    assertTrue(out.contains("best overall response (RECIST 1.1) over 1 subject: PD 1\n"
        + "objective response (RECIST 1.1) (CR or PR): 0 of 1 (0.0%)\n"
        + "best overall response (iRECIST) over 1 subject: iCR 1\n"
        + "objective response (iRECIST) (iCR or iPR): 1 of 1 (100.0%)\n"
        + "pseudo-progression (an iUPD reset, R14.7.3): 1 of 1 (100.0%)\n"), out);
  }

  @Test
  void iRecistAloneMarksTheIcpdWithTheIupdItConfirmsAndCountsIupdApart() {
    Subject s = carT();
    SubjectAssessment r = Recist11.assess(s, Protocol.defaults());
    SubjectAssessment confirmed = irecist(r, IrecistResponse.ICPD, IrecistResponse.IUPD,
        IrecistResponse.ICPD, IrecistResponse.ICPD);
    SubjectAssessment open = SubjectAssessment.builder()
        .from(irecist(r, IrecistResponse.IUPD, IrecistResponse.IUPD))
        .subjectId("CART-02").timepoints(confirmed.timepoints().subList(0, 1))
        .bestOverallResponseCode(IrecistResponse.IUPD).build();
    String out = report(Set.of(Criteria.IRECIST), s, List.of(List.of(confirmed), List.of(open)));
    assertTrue(out.startsWith("iRECIST assessment: "), out);
    List<String> lines = out.lines().toList();
    String header = lines.stream().filter(l -> l.strip().startsWith("date")).findFirst().orElseThrow();
    assertTrue(header.matches(".*new lesions\\s+NLT mm\\s+overall"), header);
    assertRow(lines, "2021-04-26", "30", "iCPD", null, "iCPD: confirms the iUPD of 2021-03-29 (R14.6)");
    assertRow(lines, "2021-05-24", "0", "iCPD", null, "after iCPD, which is final (R14.10)");
    assertTrue(out.contains("  best overall response: iCPD on 2021-03-29; progression: 2021-03-29; "
        + "iUPD: 2021-03-29; iCPD: 2021-04-26\n"), out);
    assertTrue(out.contains("best overall response over 2 subjects: iCPD 1, iUPD 1\n"), out);
  }

  /** The row of {@code date} has this sum, these overall codes (null: one column only) and note. */
  static void assertRow(List<String> lines, String date, String sum, String first, String second,
      String note) {
    String row = lines.stream().filter(l -> l.startsWith("  " + date)).findFirst().orElseThrow();
    List<String> cells = List.of(row.strip().split("\\s{2,}"));
    assertEquals(sum, cells.get(1), row);
    int overall = 8; // date, sum, vs baseline, vs nadir, target, non-target, new lesions, NLT mm
    assertEquals(first, cells.get(overall), row);
    if (second != null) {
      assertEquals(second, cells.get(overall + 1), row);
    }
    if (note == null) {
      assertTrue(cells.get(cells.size() - 1).equals(second == null ? first : second), row);
    } else {
      assertTrue(row.endsWith("  " + note), row);
    }
  }

  @Test
  void recist11AloneHasNeitherTheNewLesionColumnNorTheMarks() {
    Subject s = carT();
    SubjectAssessment r = Recist11.assess(s, Protocol.defaults());
    String out = report(Set.of(Criteria.RECIST_1_1), s, List.of(List.of(r)));
    assertTrue(!out.contains("NLT") && !out.contains("iRECIST") && !out.contains("iUPD"), out);
  }
}
