package io.github.recist.examples.cli;

import io.github.recist.examples.json.ResultWriter;
import io.github.recist.model.Diameter;
import io.github.recist.model.Problem;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.model.Subject;
import io.github.recist.result.Reason;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import io.github.recist.rules.SumOfDiameters;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The human-readable report of {@code recist assess --format text} and {@code recist demo}: per
 * subject a table of the visits (sum of diameters, change from baseline and from nadir, the target,
 * non-target, new-lesion and overall responses), the best overall response, progression, warnings
 * and the reasons; then a count of best responses over the file.
 */
final class TextReport {
  /** Column widths; negative: left-aligned. */
  private static final int[] WIDTHS = {-10, 7, 11, 9, -6, -13, -11, -7};

  private final PrintStream out;
  private final ResultWriter.Reasons reasons;
  private final Map<Response, Integer> best = new EnumMap<>(Response.class);
  private int subjects;

  TextReport(PrintStream out, Protocol protocol) {
    this(out, protocol, ResultWriter.Reasons.TEXT);
  }

  /** A report whose reasons are {@code reasons}: sentences, codes ({@code R6.5 TARGET_STABLE_DISEASE}) or none. */
  TextReport(PrintStream out, Protocol protocol, ResultWriter.Reasons reasons) {
    this.out = out;
    this.reasons = reasons;
    out.printf(Locale.ROOT, "RECIST 1.1 assessment: confirmation %s, minConfirmationDays %d, "
        + "minStableDiseaseDays %d, followUpDays %d%n", protocol.confirmation(),
        protocol.minConfirmationDays(), protocol.minStableDiseaseDays(), protocol.followUpDays());
    if (protocol.strict()) {
      out.println("strict: protocol deviations (R1-R3) are errors");
    }
  }

  /** Writes one subject. */
  void write(Subject subject, SubjectAssessment a) {
    subjects++;
    best.merge(a.bestOverallResponse(), 1, Integer::sum);
    out.println();
    out.println(a.subjectId() + "  (reference date " + a.referenceDate()
        + (subject.isRecorded() ? ", recorded visit responses)" : ")"));
    row( "date", "sum mm", "vs baseline", "vs nadir", "target", "non-target",
        "new lesions", "overall", "");
    if (!subject.isRecorded()) {
      String sum = subject.targets().isEmpty() ? "-"
          : Diameter.render(SumOfDiameters.of(subject.targets(), subject.baseline()).tenths());
      row( subject.baseline().date(), sum, "baseline", "", "", "", "", "", "");
    }
    for (TimepointResult t : a.timepoints()) {
      String note = t.withinWindow() ? "" : "  outside window (R10)";
      if (t.recorded()) {
        row( t.date(), "", "", "", "", "", "", t.overall(), "  recorded" + note);
      } else {
        row( t.date(), t.targetSum().map(d -> Diameter.render(d.tenths())).orElse("-"),
            pct(t.changeFromBaselinePct()), pct(t.changeFromNadirPct()), t.target(), t.nonTarget(),
            t.newLesions(), t.overall(), note);
      }
    }
    StringBuilder s = new StringBuilder("  best overall response: ").append(a.bestOverallResponse());
    a.bestOverallResponseDate().ifPresent(d -> s.append(" on ").append(d));
    if (a.bestOverallResponse().isObjectiveResponse()) {
      s.append(a.confirmed() ? ", confirmed" : ", not confirmed");
      a.confirmedBy().ifPresent(d -> s.append(" on ").append(d));
    }
    s.append("; progression: ").append(a.progressionDate().map(Object::toString).orElse("none"));
    out.println(s);
    for (Problem w : a.warnings()) {
      out.println("  warning: " + w);
    }
    if (reasons == ResultWriter.Reasons.NONE) {
      return;
    }
    out.println("  reasons:");
    for (TimepointResult t : a.timepoints()) {
      reasons(t.date().toString(), t.reasons());
    }
    reasons("best", a.reasons());
  }

  /** One row of the table, without trailing blanks. */
  private void row(Object... cells) {
    StringBuilder s = new StringBuilder(100).append("  ");
    for (int i = 0; i < WIDTHS.length; i++) {
      String cell = String.valueOf(cells[i]);
      int pad = Math.max(0, Math.abs(WIDTHS[i]) - cell.length());
      if (WIDTHS[i] > 0) {
        s.append(" ".repeat(pad)).append(cell);
      } else {
        s.append(cell).append(" ".repeat(pad));
      }
      s.append(i < WIDTHS.length - 1 ? "  " : "");
    }
    s.append(cells[WIDTHS.length]);
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    s.setLength(end);
    out.println(s);
  }

  private void reasons(String label, List<Reason> list) {
    String first = "    " + label + " ".repeat(Math.max(0, 10 - label.length())) + "  ";
    String next = " ".repeat(first.length());
    for (int i = 0; i < list.size(); i++) {
      Reason r = list.get(i);
      out.println((i == 0 ? first : next)
          + (reasons == ResultWriter.Reasons.CODES ? r.rule() + " " + r.kind().name() : r.text()));
    }
  }

  private static String pct(Optional<BigDecimal> p) {
    if (p.isEmpty()) {
      return "-";
    }
    return (p.get().signum() > 0 ? "+" : "") + p.get().toPlainString() + "%";
  }

  /** Writes the count of best overall responses. */
  void finish() {
    out.println();
    StringBuilder s = new StringBuilder("best overall response over " + subjects + " subject"
        + (subjects == 1 ? "" : "s") + ":");
    for (Map.Entry<Response, Integer> e : best.entrySet()) {
      s.append(' ').append(e.getKey()).append(' ').append(e.getValue()).append(',');
    }
    if (!best.isEmpty()) {
      s.setLength(s.length() - 1);
    }
    int responders = best.getOrDefault(Response.CR, 0) + best.getOrDefault(Response.PR, 0);
    out.println(s);
    if (subjects > 0) {
      out.printf(Locale.ROOT, "objective response (CR or PR): %d of %d (%.1f%%)%n", responders, subjects,
          100.0 * responders / subjects);
    }
    out.flush();
  }
}
