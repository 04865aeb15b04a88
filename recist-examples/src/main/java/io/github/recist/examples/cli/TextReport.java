package io.github.recist.examples.cli;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.recist.examples.json.ResultWriter;
import io.github.recist.model.Criteria;
import io.github.recist.model.Diameter;
import io.github.recist.model.Problem;
import io.github.recist.model.Protocol;
import io.github.recist.examples.report.RunMark;
import io.github.recist.model.Response;
import io.github.recist.model.BestResponseCode;
import io.github.recist.model.Subject;
import io.github.recist.result.PercentChange;
import io.github.recist.result.Reason;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import io.github.recist.rules.SumOfDiameters;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The human-readable report of {@code recist assess --format text} and {@code recist demo}: per
 * subject a table of the visits (sum of diameters, change from baseline and from nadir, the target,
 * non-target, new-lesion and overall responses), the best overall response, progression, warnings
 * and the reasons; then a count of best responses over the file.
 */
final class TextReport {
  /** Column widths; negative: left-aligned. */
  private static final int[] WIDTHS = {-10, 7, 11, 9, -6, -13, -11, -7};
  /** The width of the overall-response column of each criteria, when there are several. */
  private static final int CRITERIA_WIDTH = -16;
  /** The width of the new-lesion target sum column, under iRECIST (R14.2). */
  private static final int NLT_WIDTH = 7;
  /** Best responses in rank order (R11, R14.11): by category, iUPD after iCPD. */
  private static final Comparator<BestResponseCode> RANK = Comparator.comparingInt(
      c -> 2 * c.category().ordinal() + (c.isUnconfirmedProgression() ? 1 : 0));

  private final PrintStream out;
  /** The criteria of the report, in the order of {@link Criteria}. */
  private final List<Criteria> criteria;
  private final int[] widths;
  /** The count of best responses, per criteria. */
  private final Map<Criteria, Map<BestResponseCode, Integer>> best = new EnumMap<>(Criteria.class);
  /** Whether the table has the new-lesion target sum column of iRECIST. */
  private final boolean irecist;
  private int subjects;
  /** Subjects with a pseudo-progression under iRECIST: a reset in the window (R14.7.3). */
  private int pseudoProgressions;
  /** The lines of the subject being written, encoded and written at once when it is done. */
  private final StringBuilder lines = new StringBuilder(1 << 13);
  /** The header row of every subject's table, made once. */
  private String header;
  /** The cells of a visit's row, filled again for each ({@link #visitRow}). */
  private final Object[] visitCells;
  private static final String NL = System.lineSeparator();

  TextReport(PrintStream out, Protocol protocol) {
    this(out, protocol, Set.of(protocol.criteria()));
  }

  /** What the reasons of the report are: sentences (the default), codes or none. */
  private ResultWriter.Reasons reasons = ResultWriter.Reasons.TEXT;

  /**
   * This report with its reasons as {@code reasons} ({@code --reasons}): sentences, each reason's
   * rule and kind ({@code R6.5 TARGET_STABLE_DISEASE}), or none. Returns this report.
   */
  TextReport withReasons(ResultWriter.Reasons reasons) {
    this.reasons = reasons;
    return this;
  }

  /**
   * A report of subjects assessed under each of {@code criteria} (issue 12: RECIST 1.1 and
   * iRECIST side by side); the header names the protocol.
   */
  TextReport(PrintStream out, Protocol protocol, Set<Criteria> criteria) {
    this.out = out;
    this.criteria = List.copyOf(EnumSet.copyOf(criteria));
    this.criteria.forEach(c -> best.put(c, new TreeMap<>(RANK)));
    irecist = criteria.contains(Criteria.IRECIST);
    int columns = WIDTHS.length - 1 + (irecist ? 1 : 0);
    widths = Arrays.copyOf(WIDTHS, columns + this.criteria.size());
    if (irecist) {
      widths[WIDTHS.length - 1] = NLT_WIDTH;
    }
    int overall = this.criteria.size() > 1 ? CRITERIA_WIDTH : WIDTHS[WIDTHS.length - 1];
    Arrays.fill(widths, columns, widths.length, overall);
    visitCells = new Object[widths.length + 1];
    out.printf(Locale.ROOT, "%s assessment: confirmation %s, minConfirmationDays %d, "
        + "minStableDiseaseDays %d, followUpDays %d%n", names(), protocol.confirmation(),
        protocol.minConfirmationDays(), protocol.minStableDiseaseDays(), protocol.followUpDays());
    if (criteria.contains(Criteria.IRECIST)) {
      out.printf(Locale.ROOT, "iRECIST (R14): minProgressionConfirmationDays %d, "
          + "maxProgressionConfirmationDays %d, unconfirmedProgressionAsEvent %s%n",
          protocol.minProgressionConfirmationDays(), protocol.maxProgressionConfirmationDays(),
          protocol.unconfirmedProgressionAsEvent());
    }
    if (protocol.strict()) {
      out.println("strict: protocol deviations (R1-R3) are errors");
    }
    if (irecist) {
      out.println("iRECIST marks: 'iUPD: a run opens' (R14.4), 'stays open' (R14.7.2), "
          + "'disregarded' (too early, R14.5), 'reset: pseudo-progression' (R14.7.3), "
          + "'iCPD: confirms' (R14.6); NLT mm: the new-lesion target sum (R14.2)");
    }
  }

  /**
   * A report that renders subjects as {@code of} does, for another thread ({@link #renderer()}):
   * the same criteria, columns and reasons; it writes nothing and counts nothing.
   */
  private TextReport(TextReport of) {
    this.out = null;
    this.criteria = of.criteria;
    this.widths = of.widths;
    this.irecist = of.irecist;
    this.reasons = of.reasons;
    this.visitCells = new Object[widths.length + 1];
  }

  /**
   * A report that renders subjects ({@link #render}) as this one does, on another thread: each
   * worker thread of {@code assess --threads N} renders the subjects it assessed, and the reading
   * thread writes their bytes in file order ({@link #write(List, byte[])}; issue 14).
   */
  TextReport renderer() {
    return new TextReport(this);
  }

  /** The criteria as people write them: {@code RECIST 1.1 and iRECIST}. */
  private String names() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < criteria.size(); i++) {
      s.append(i == 0 ? "" : " and ").append(name(criteria.get(i)));
    }
    return s.toString();
  }

  private static String name(Criteria c) {
    return c == Criteria.RECIST_1_1 ? "RECIST 1.1" : "iRECIST";
  }

  /** Writes one subject. */
  void write(Subject subject, SubjectAssessment a) {
    write(subject, List.of(a));
  }

  /**
   * Writes one subject, assessed under each criteria of the report in its order: one table of the
   * visits with an overall-response column per criteria, then per criteria the best overall
   * response and progression, the warnings, and the reasons.
   *
   * @throws IllegalArgumentException if there is not one assessment per criteria, of the same visits
   */
  void write(Subject subject, List<SubjectAssessment> assessments) {
    write(assessments, render(subject, assessments));
  }

  /**
   * Writes one subject that {@link #render} rendered (on this thread or, by a {@link #renderer()},
   * on another), and counts its best overall responses.
   */
  void write(List<SubjectAssessment> assessments, byte[] rendered) {
    subjects++;
    for (int i = 0; i < criteria.size(); i++) {
      best.get(criteria.get(i)).merge(assessments.get(i).bestOverallResponseCode(), 1,
          Integer::sum);
      if (criteria.get(i) == Criteria.IRECIST && assessments.get(i).timepoints().stream()
          .anyMatch(t -> t.reset() && t.withinWindow())) {
        pseudoProgressions++;
      }
    }
    out.write(rendered, 0, rendered.length);
  }

  /**
   * The bytes of one subject in the report, as {@link #write(Subject, List)} writes them; counts
   * nothing.
   *
   * @throws IllegalArgumentException if there is not one assessment per criteria, of the same visits
   */
  byte[] render(Subject subject, List<SubjectAssessment> assessments) {
    checkArgument(assessments.size() == criteria.size(), "%s: %s assessments for criteria %s",
        subject.id(), assessments.size(), criteria);
    SubjectAssessment a = assessments.get(0);
    for (int i = 0; i < criteria.size(); i++) {
      checkArgument(assessments.get(i).timepoints().size() == a.timepoints().size(),
          "%s: the criteria assessed different visits", subject.id());
    }
    boolean several = criteria.size() > 1;
    lines.setLength(0);
    lines.append(NL);
    lines.append(a.subjectId()).append("  (reference date ").append(a.referenceDate())
        .append(subject.isRecorded() ? ", recorded visit responses)" : ")").append(NL);
    if (header == null) {
      List<Object> cells = new ArrayList<>(List.of("date", "sum mm", "vs baseline", "vs nadir",
          "target", "non-target", "new lesions"));
      if (irecist) {
        cells.add("NLT mm");
      }
      criteria.forEach(c -> cells.add(several ? name(c) : "overall"));
      cells.add("");
      int start = lines.length();
      row(cells.toArray());
      header = lines.substring(start);
    } else {
      lines.append(header);
    }
    if (!subject.isRecorded()) {
      String sum = subject.targets().isEmpty() ? "-"
          : Diameter.render(SumOfDiameters.of(subject.targets(), subject.baseline()).tenths());
      List<Object> cells = new ArrayList<>(List.of(subject.baseline().date(), sum, "baseline",
          "", "", "", ""));
      if (irecist) {
        cells.add("");
      }
      criteria.forEach(c -> cells.add(""));
      cells.add("");
      row(cells.toArray());
    }
    for (int v = 0; v < a.timepoints().size(); v++) {
      visitRow(assessments, v);
    }
    for (int i = 0; i < criteria.size(); i++) {
      lines.append(bestLine(several ? " (" + name(criteria.get(i)) + ")" : "",
          assessments.get(i))).append(NL);
    }
    Set<String> told = new HashSet<>();
    for (SubjectAssessment each : assessments) {
      for (Problem w : each.warnings()) {
        if (told.add(w.toString())) {
          lines.append("  warning: ").append(w).append(NL);
        }
      }
    }
    for (int i = 0; i < criteria.size() && reasons != ResultWriter.Reasons.NONE; i++) {
      SubjectAssessment each = assessments.get(i);
      lines.append(several ? "  reasons (" + name(criteria.get(i)) + "):" : "  reasons:")
          .append(NL);
      for (TimepointResult t : each.timepoints()) {
        reasons(t.date(), t.reasons());
      }
      reasons("best", each.reasons());
    }
    return lines.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The row of visit {@code v}: one array of cells per report, filled again for each visit, sums
   * read in tenths (issue 14: no list, no {@code Optional} per visit).
   */
  private void visitRow(List<SubjectAssessment> assessments, int v) {
    TimepointResult t = assessments.get(0).timepoints().get(v);
    Object[] cells = visitCells;
    int c = 0;
    cells[c++] = t.date();
    if (t.recorded()) {
      for (int i = 0; i < 6; i++) {
        cells[c++] = "";
      }
    } else {
      long sum = t.targetSumTenths();
      cells[c++] = sum < 0 ? "-" : Diameter.render(sum);
      cells[c++] = pct(sum, t.baselineSumTenths());
      cells[c++] = pct(sum, t.nadirTenths());
      cells[c++] = t.target();
      cells[c++] = t.nonTarget();
      cells[c++] = t.newLesions();
    }
    if (irecist) {
      TimepointResult i = assessments.get(criteria.indexOf(Criteria.IRECIST)).timepoints().get(v);
      cells[c++] = i.newLesionTargetSum().map(d -> Diameter.render(d.tenths())).orElse("-");
    }
    StringBuilder marks = null;
    for (SubjectAssessment each : assessments) {
      TimepointResult e = each.timepoints().get(v);
      cells[c++] = e.overallCode().code();
      Optional<RunMark> mark = RunMark.of(each.timepoints(), v);
      if (mark.isPresent()) {
        marks = marks == null ? new StringBuilder() : marks;
        marks.append("  ").append(mark.get().note(e));
      }
    }
    String note = t.withinWindow() ? "" : "  outside window (R10)";
    String recorded = t.recorded() ? "  recorded" : "";
    cells[c] = marks == null && !t.recorded() ? note
        : recorded + note + (marks == null ? "" : marks);
    row(cells);
  }

  /** The line of the best overall response and progression of {@code a}. */
  private static String bestLine(String under, SubjectAssessment a) {
    StringBuilder s = new StringBuilder("  best overall response").append(under).append(": ")
        .append(a.bestOverallResponseCode().code());
    a.bestOverallResponseDate().ifPresent(d -> s.append(" on ").append(d));
    if (a.bestOverallResponse().isObjectiveResponse()) {
      s.append(a.confirmed() ? ", confirmed" : ", not confirmed");
      a.confirmedBy().ifPresent(d -> s.append(" on ").append(d));
    }
    s.append("; progression: ").append(a.progressionDate().map(Object::toString).orElse("none"));
    if (a.criteria() == Criteria.IRECIST) {
      s.append("; iUPD: ").append(a.iupdDate().map(Object::toString).orElse("none"))
          .append("; iCPD: ").append(a.icpdDate().map(Object::toString).orElse("none"));
    }
    return s.toString();
  }

  /** One row of the table, without trailing blanks, onto the subject's lines. */
  private void row(Object... cells) {
    StringBuilder s = lines;
    int start = s.length();
    s.append("  ");
    for (int i = 0; i < widths.length; i++) {
      String cell = String.valueOf(cells[i]);
      int pad = Math.max(0, Math.abs(widths[i]) - cell.length());
      if (widths[i] > 0) {
        spaces(pad);
        s.append(cell);
      } else {
        s.append(cell);
        spaces(pad);
      }
      s.append(i < widths.length - 1 ? "  " : "");
    }
    s.append(cells[widths.length]);
    int end = s.length();
    while (end > start && s.charAt(end - 1) == ' ') {
      end--;
    }
    s.setLength(end);
    s.append(NL);
  }

  /**
   * {@code n} blanks, appended at once: a character at a time, each append checked the builder's
   * capacity and coder, a third of the report's samples (issue 14).
   */
  private void spaces(int n) {
    for (; n >= BLANKS.length; n -= BLANKS.length - 1) {
      lines.append(BLANKS[BLANKS.length - 1]);
    }
    lines.append(BLANKS[n]);
  }

  /** {@code BLANKS[n]}: {@code n} blanks. */
  private static final String[] BLANKS = blanks(33);

  private static String[] blanks(int count) {
    String[] blanks = new String[count];
    for (int i = 0; i < count; i++) {
      blanks[i] = " ".repeat(i);
    }
    return blanks;
  }

  /**
   * The reasons of a visit or of the best response, each on a line, the first after {@code label}
   * (a date, or {@code best}) padded to 10 characters; written straight onto the subject's lines.
   */
  private void reasons(Object label, List<Reason> list) {
    int lead = 0;
    for (int i = 0; i < list.size(); i++) {
      Reason r = list.get(i);
      if (i == 0) {
        int start = lines.length();
        lines.append("    ").append(label);
        spaces(Math.max(0, 14 - (lines.length() - start)));
        lines.append("  ");
        lead = lines.length() - start;
      } else {
        spaces(lead);
      }
      if (reasons == ResultWriter.Reasons.CODES) {
        lines.append(r.rule()).append(' ').append(r.kind().name());
      } else {
        r.appendTo(lines);
      }
      lines.append(NL);
    }
  }

  /**
   * The change from {@code reference} to {@code sum} as {@link
   * TimepointResult#changeFromBaselinePct()} gives it, with its sign and a % sign: {@code +5.0%},
   * {@code -42.0%}, {@code 0.0%}; {@code -} without a sum or against a 0 mm reference (in tenths of a millimetre, -1 when
   * empty). Written
   * from the exact tenths of a percent ({@link PercentChange#tenthsOfPercent}, the same rounding),
   * with no {@link java.math.BigDecimal} (issue 14).
   */
  private static String pct(long sum, long reference) {
    if (sum < 0 || reference <= 0) {
      return "-";
    }
    long tenths = PercentChange.tenthsOfPercent(sum, reference);
    long abs = Math.abs(tenths);
    return (tenths > 0 ? "+" : tenths < 0 ? "-" : "") + abs / 10 + "." + abs % 10 + "%";
  }

  /** Writes the count of best overall responses, per criteria. */
  void finish() {
    out.println();
    for (Criteria c : criteria) {
      finish(criteria.size() > 1 ? " (" + name(c) + ")" : "", c, best.get(c));
    }
    out.flush();
  }

  private void finish(String under, Criteria c, Map<BestResponseCode, Integer> best) {
    StringBuilder s = new StringBuilder("best overall response" + under + " over " + subjects
        + " subject" + (subjects == 1 ? "" : "s") + ":");
    for (Map.Entry<BestResponseCode, Integer> e : best.entrySet()) {
      s.append(' ').append(e.getKey().code()).append(' ').append(e.getValue()).append(',');
    }
    if (!best.isEmpty()) {
      s.setLength(s.length() - 1);
    }
    int responders = best.getOrDefault(c.code(Response.CR), 0)
        + best.getOrDefault(c.code(Response.PR), 0);
    out.println(s);
    if (subjects > 0) {
      out.printf(Locale.ROOT, "objective response%s (%s or %s): %d of %d (%.1f%%)%n", under,
          c.code(Response.CR).code(), c.code(Response.PR).code(), responders, subjects,
          100.0 * responders / subjects);
      if (c == Criteria.IRECIST) {
        out.printf(Locale.ROOT, "pseudo-progression (an iUPD reset, R14.7.3): %d of %d (%.1f%%)%n",
            pseudoProgressions, subjects, 100.0 * pseudoProgressions / subjects);
      }
    }
  }
}
