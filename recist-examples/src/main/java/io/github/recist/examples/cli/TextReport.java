package io.github.recist.examples.cli;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.recist.examples.json.ByteRenderer;
import io.github.recist.examples.json.ResultWriter;
import io.github.recist.model.Criteria;
import io.github.recist.model.Diameter;
import io.github.recist.model.IrecistResponse;
import io.github.recist.model.Problem;
import io.github.recist.model.Protocol;
import io.github.recist.examples.report.RunMark;
import io.github.recist.model.Response;
import io.github.recist.model.BestResponseCode;
import io.github.recist.model.Subject;
import io.github.recist.model.VisitResponse;
import io.github.recist.result.NewLesionFinding;
import io.github.recist.result.Reason;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import io.github.recist.rules.SumOfDiameters;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
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
 *
 * <p>Each subject is rendered straight into bytes by a {@link Renderer}, as the JSON is (issue 14),
 * on a worker thread or on this one, and written and counted here in file order.
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
  /** The renderer of {@link #write(Subject, List)}, made at its first subject. */
  private Renderer own;
  private static final String NL_TEXT = System.lineSeparator();

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
   * A renderer of subjects as this report writes them ({@link Renderer#render}), for this thread or
   * another: each worker thread of {@code assess --threads N} renders the subjects it assessed, and
   * the reading thread writes their bytes in file order ({@link #write(Lines)}; issue 14).
   */
  Renderer renderer() {
    return new Renderer(this);
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
    if (own == null) {
      own = renderer();
    }
    write(own.render(subject, assessments));
  }

  /**
   * Writes one subject that a {@link Renderer} of this report rendered (on this thread or on
   * another), and counts its best overall responses.
   *
   * @throws IllegalStateException if {@code lines} were written already
   */
  void write(Lines lines) {
    try {
      lines.rendered.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a PrintStream throws none
    }
    subjects++;
    for (int i = 0; i < criteria.size(); i++) {
      best.get(criteria.get(i)).merge(lines.best[i], 1, Integer::sum);
    }
    if (lines.pseudoProgression) {
      pseudoProgressions++;
    }
  }

  /**
   * A subject's lines in the report, in a run of bytes its {@link Renderer} shares with the subjects
   * before and after it ({@link ResultWriter.Rendered}), with what the count of best responses over
   * the file needs of it: not its assessments, which the worker that rendered it lets go.
   */
  static final class Lines {
    final ResultWriter.Rendered rendered;
    /** The best overall response under each criteria of the report, in its order. */
    final BestResponseCode[] best;
    /** Whether the subject had a pseudo-progression under iRECIST (R14.7.3). */
    final boolean pseudoProgression;

    Lines(ResultWriter.Rendered rendered, BestResponseCode[] best, boolean pseudoProgression) {
      this.rendered = rendered;
      this.best = best;
      this.pseudoProgression = pseudoProgression;
    }
  }

  /**
   * Renders the subjects of a report as bytes, as {@link ResultWriter.SubjectRenderer} renders
   * JSON, on the bytes both share ({@link ByteRenderer}; issue 14): the fixed text encoded once,
   * numbers and dates written as digits, the reasons' sentences through {@link
   * Reason#renderTo(Reason.Sink)}, room made once per row or line, each subject into a run of bytes
   * shared with the subjects before and after it. Each worker thread of {@code assess --threads N}
   * has one, and the reading thread writes what they rendered in file order ({@link
   * #write(Lines)}). Not thread-safe.
   */
  static final class Renderer extends ByteRenderer {
    private static final byte[] NL = ascii(System.lineSeparator());
    private static final byte[] GAP = ascii("  ");
    private static final byte[] REFERENCE_DATE = ascii("  (reference date ");
    private static final byte[] RECORDED_SUBJECT = ascii(", recorded visit responses)" + NL_TEXT);
    private static final byte[] MEASURED_SUBJECT = ascii(")" + NL_TEXT);
    private static final byte[] BASELINE = ascii("baseline");
    private static final byte[] RECORDED = ascii("  recorded");
    private static final byte[] OUTSIDE_WINDOW = ascii("  outside window (R10)");
    private static final byte[] ON = ascii(" on ");
    private static final byte[] CONFIRMED = ascii(", confirmed");
    private static final byte[] NOT_CONFIRMED = ascii(", not confirmed");
    private static final byte[] PROGRESSION = ascii("; progression: ");
    private static final byte[] IUPD = ascii("; iUPD: ");
    private static final byte[] ICPD = ascii("; iCPD: ");
    private static final byte[] NONE = ascii("none");
    private static final byte[] WARNING = ascii("  warning: ");
    private static final byte[] REASON_LABEL = ascii("    ");
    private static final byte[] BEST = ascii("best");
    /** The responses, new-lesion findings and codes as the report shows them. */
    private static final byte[][] RESPONSES = encoded(Response.values(), Response::name, "", "");
    private static final byte[][] NEW_LESIONS =
        encoded(NewLesionFinding.values(), NewLesionFinding::name, "", "");
    private static final byte[][] VISIT_CODES =
        encoded(VisitResponse.values(), VisitResponse::code, "", "");
    private static final byte[][] IRECIST_CODES =
        encoded(IrecistResponse.values(), IrecistResponse::code, "", "");
    /** Each kind's code, {@code R6.5 TARGET_STABLE_DISEASE} ({@code --reasons codes}). */
    private static final byte[][] KIND_CODES = kindCodes("");
    /** The most bytes of a cell of the table but the last, that room is made for with its row. */
    private static final int CELL = 24;
    /** The most bytes of a best-response line, but a code not among the tables'. */
    private static final int BEST_LINE = 320;

    private final List<Criteria> criteria;
    private final int[] widths;
    private final boolean irecist;
    /** Where the iRECIST assessment is among a subject's, when there is one. */
    private final int irecistIndex;
    private final ResultWriter.Reasons reasons;
    /** The header row of every subject's table. */
    private final byte[] header;
    /** The room made for each row but its last cell. */
    private final int rowBound;
    /** Per criteria: the start of its best-response line, and the line before its reasons. */
    private final byte[][] bestLead;
    private final byte[][] reasonsLead;

    private Renderer(TextReport of) {
      super(false);
      this.criteria = of.criteria;
      this.widths = of.widths;
      this.irecist = of.irecist;
      this.irecistIndex = criteria.indexOf(Criteria.IRECIST);
      this.reasons = of.reasons;
      int bound = GAP.length;
      for (int w : widths) {
        bound += Math.max(Math.abs(w), CELL) + GAP.length;
      }
      rowBound = bound;
      boolean several = criteria.size() > 1;
      bestLead = new byte[criteria.size()][];
      reasonsLead = new byte[criteria.size()][];
      for (int i = 0; i < criteria.size(); i++) {
        String under = several ? " (" + name(criteria.get(i)) + ")" : "";
        bestLead[i] = ascii("  best overall response" + under + ": ");
        reasonsLead[i] = ascii("  reasons" + under + ":" + NL_TEXT);
      }
      List<String> cells = new ArrayList<>(List.of("date", "sum mm", "vs baseline", "vs nadir",
          "target", "non-target", "new lesions"));
      if (irecist) {
        cells.add("NLT mm");
      }
      criteria.forEach(c -> cells.add(several ? name(c) : "overall"));
      int row = startRow();
      for (int c = 0; c < cells.size(); c++) {
        int cell = here();
        asciiText(cells.get(c));
        cell(cell, c);
      }
      endRow(row);
      header = Arrays.copyOf(buf, len);
      len = 0;
    }

    /**
     * The lines of one subject in the report, as {@link TextReport#write(Subject, List)} writes
     * them, in this renderer's run of bytes; counts nothing.
     *
     * @throws IllegalArgumentException if there is not one assessment per criteria, of the same
     *     visits
     */
    Lines render(Subject subject, List<SubjectAssessment> assessments) {
      checkArgument(assessments.size() == criteria.size(), "%s: %s assessments for criteria %s",
          subject.id(), assessments.size(), criteria);
      SubjectAssessment a = assessments.get(0);
      int visits = a.timepoints().size();
      for (int i = 0; i < criteria.size(); i++) {
        checkArgument(assessments.get(i).timepoints().size() == visits,
            "%s: the criteria assessed different visits", subject.id());
      }
      startShared();
      subjectLine(subject, a);
      raw(header);
      if (!subject.isRecorded()) {
        baselineRow(subject);
      }
      for (int v = 0; v < visits; v++) {
        visitRow(assessments, v);
      }
      BestResponseCode[] best = new BestResponseCode[criteria.size()];
      for (int i = 0; i < criteria.size(); i++) {
        SubjectAssessment each = assessments.get(i);
        best[i] = each.bestOverallResponseCode();
        bestLine(i, each);
      }
      for (int i = 0; i < assessments.size(); i++) {
        if (!assessments.get(i).warnings().isEmpty()) {
          warnings(assessments);
          break;
        }
      }
      for (int i = 0; i < criteria.size() && reasons != ResultWriter.Reasons.NONE; i++) {
        SubjectAssessment each = assessments.get(i);
        raw(reasonsLead[i]);
        List<TimepointResult> points = each.timepoints();
        for (int v = 0; v < points.size(); v++) {
          TimepointResult t = points.get(v);
          // one by one, so that no list of them is made (TimepointResult#reason)
          int lead = reasonsLabel(t.date(), t.reasonCount());
          for (int r = 0; r < t.reasonCount(); r++) {
            reason(t.reason(r), r, lead);
          }
        }
        List<Reason> subjectReasons = each.reasons();
        int lead = reasonsLabel(null, subjectReasons.size());
        for (int r = 0; r < subjectReasons.size(); r++) {
          reason(subjectReasons.get(r), r, lead);
        }
      }
      return new Lines(endShared(), best,
          irecistIndex >= 0 && pseudoProgression(assessments.get(irecistIndex)));
    }

    /** Whether {@code a} has an iUPD reset in the window (R14.7.3). */
    private static boolean pseudoProgression(SubjectAssessment a) {
      List<TimepointResult> points = a.timepoints();
      for (int v = 0; v < points.size(); v++) {
        TimepointResult t = points.get(v);
        if (t.reset() && t.withinWindow()) {
          return true;
        }
      }
      return false;
    }

    /** The blank line and the subject's id and reference date. */
    private void subjectLine(Subject subject, SubjectAssessment a) {
      raw(NL);
      utf8(a.subjectId(), REFERENCE_DATE.length + DATE + RECORDED_SUBJECT.length);
      put(REFERENCE_DATE);
      dateText(a.referenceDate());
      put(subject.isRecorded() ? RECORDED_SUBJECT : MEASURED_SUBJECT);
    }

    /** The baseline's row: its date, its sum of diameters (R4), {@code baseline}. */
    private void baselineRow(Subject subject) {
      int row = startRow();
      int c = 0;
      int cell = here();
      dateText(subject.baseline().date());
      cell(cell, c++);
      cell = here();
      if (subject.targets().isEmpty()) {
        put('-');
      } else {
        millimetresOf(SumOfDiameters.of(subject.targets(), subject.baseline()).tenths());
      }
      cell(cell, c++);
      cell = here();
      put(BASELINE);
      cell(cell, c++);
      while (c < widths.length) {
        cell(here(), c++);
      }
      endRow(row);
    }

    /**
     * The row of visit {@code v}: its date, sum of diameters and changes, the lesion responses and
     * each criteria's overall response, then the notes (recorded, outside the window, the iRECIST
     * marks); sums read in tenths (issue 14: no {@code Optional} per visit).
     */
    private void visitRow(List<SubjectAssessment> assessments, int v) {
      TimepointResult t = assessments.get(0).timepoints().get(v);
      int row = startRow();
      int c = 0;
      int cell = here();
      dateText(t.date());
      cell(cell, c++);
      if (t.recorded()) {
        for (int i = 0; i < 6; i++) {
          cell(here(), c++);
        }
      } else {
        c = measured(t, c);
      }
      if (irecist) {
        Optional<Diameter> sum =
            assessments.get(irecistIndex).timepoints().get(v).newLesionTargetSum();
        cell = here();
        if (sum.isPresent()) {
          millimetresOf(sum.get().tenths());
        } else {
          put('-');
        }
        cell(cell, c++);
      }
      for (int i = 0; i < assessments.size(); i++) {
        cell = here();
        code(assessments.get(i).timepoints().get(v).overallCode());
        cell(cell, c++);
      }
      notes(assessments, v, t);
      endRow(row);
    }

    /** The cells of a measured visit from its sum of diameters to its new lesions. */
    private int measured(TimepointResult t, int c) {
      long sum = t.targetSumTenths();
      int cell = here();
      if (sum < 0) {
        put('-');
      } else {
        millimetresOf(sum);
      }
      cell(cell, c++);
      cell = here();
      percent(sum, t.baselineSumTenths());
      cell(cell, c++);
      cell = here();
      percent(sum, t.nadirTenths());
      cell(cell, c++);
      cell = here();
      put(RESPONSES[t.target().ordinal()]);
      cell(cell, c++);
      cell = here();
      put(RESPONSES[t.nonTarget().ordinal()]);
      cell(cell, c++);
      cell = here();
      put(NEW_LESIONS[t.newLesions().ordinal()]);
      cell(cell, c++);
      return c;
    }

    /** The last cell of a visit's row: recorded, outside the window (R10), the iRECIST marks. */
    private void notes(List<SubjectAssessment> assessments, int v, TimepointResult t) {
      if (t.recorded()) {
        raw(RECORDED);
      }
      if (!t.withinWindow()) {
        raw(OUTSIDE_WINDOW);
      }
      for (int i = 0; i < assessments.size(); i++) {
        List<TimepointResult> points = assessments.get(i).timepoints();
        Optional<RunMark> mark = RunMark.of(points, v);
        if (mark.isPresent()) {
          raw(GAP);
          utf8(mark.get().note(points.get(v)), 0);
        }
      }
    }

    /**
     * The line of the best overall response and progression of {@code a}, the {@code i}th
     * criteria's.
     */
    private void bestLine(int i, SubjectAssessment a) {
      ensure(BEST_LINE);
      put(bestLead[i]);
      code(a.bestOverallResponseCode());
      ensure(BEST_LINE);
      Optional<LocalDate> date = a.bestOverallResponseDate();
      if (date.isPresent()) {
        put(ON);
        dateText(date.get());
      }
      if (a.bestOverallResponse().isObjectiveResponse()) {
        put(a.confirmed() ? CONFIRMED : NOT_CONFIRMED);
        Optional<LocalDate> by = a.confirmedBy();
        if (by.isPresent()) {
          put(ON);
          dateText(by.get());
        }
      }
      put(PROGRESSION);
      dateOrNone(a.progressionDate());
      if (a.criteria() == Criteria.IRECIST) {
        put(IUPD);
        dateOrNone(a.iupdDate());
        put(ICPD);
        dateOrNone(a.icpdDate());
      }
      put(NL);
    }

    private void dateOrNone(Optional<LocalDate> date) {
      if (date.isPresent()) {
        dateText(date.get());
      } else {
        put(NONE);
      }
    }

    /**
     * The warnings of the subject under each criteria, each told once: out of line, as most
     * subjects have none, so that the compiled {@link #render} stays small.
     */
    private void warnings(List<SubjectAssessment> assessments) {
      Set<String> told = new HashSet<>();
      for (int i = 0; i < assessments.size(); i++) {
        List<Problem> warnings = assessments.get(i).warnings();
        for (int k = 0; k < warnings.size(); k++) {
          String w = warnings.get(k).toString();
          if (told.add(w)) {
            raw(WARNING);
            utf8(w, NL.length);
            put(NL);
          }
        }
      }
    }

    /**
     * The start of the lines of {@code count} reasons of a visit or of the best response, each
     * reason on a line ({@link #reason}), the first after {@code label} (a date, or null: {@code
     * best}) padded to 10 characters: nothing when there are none; the width of the lines' lead.
     */
    private int reasonsLabel(LocalDate label, int count) {
      if (count == 0) {
        return 0;
      }
      ensure(REASON_LABEL.length + DATE + CELL);
      int line = len;
      put(REASON_LABEL);
      if (label == null) {
        put(BEST);
      } else {
        dateText(label);
      }
      int pad = 14 - (len - line);
      if (pad > 0) {
        blanks(pad);
      }
      put(GAP);
      return len - line;
    }

    /**
     * Reason {@code index} of those after a {@link #reasonsLabel}: its sentence, or its code, and
     * the line's end; a later one after {@code lead} blanks.
     */
    private void reason(Reason r, int index, int lead) {
      if (index > 0) {
        ensure(lead);
        blanks(lead);
      }
      if (reasons == ResultWriter.Reasons.CODES) {
        raw(KIND_CODES[r.kind().ordinal()]);
        raw(NL);
      } else {
        r.renderTo(sentence);
        put(NL); // into the room after the sentence: AFTER_SENTENCE
      }
    }

    /** A best or overall response's code: {@code PR}, {@code iUPD}, {@code MISSING}. */
    private void code(BestResponseCode code) {
      if (code instanceof VisitResponse) {
        put(VISIT_CODES[((VisitResponse) code).ordinal()]);
      } else if (code instanceof IrecistResponse) {
        put(IRECIST_CODES[((IrecistResponse) code).ordinal()]);
      } else {
        utf8(code.code(), BEST_LINE);
      }
    }

    /**
     * The change from {@code reference} to {@code sum} as {@link
     * TimepointResult#changeFromBaselinePct()} gives it, with its sign and a % sign: {@code +5.0%},
     * {@code -42.0%}, {@code 0.0%}; {@code -} without a sum or against a 0 mm reference (in tenths of
     * a millimetre, -1 when empty). Written as the JSON writes it ({@link #change}).
     */
    private void percent(long sum, long reference) {
      if (change(sum, reference, true)) {
        put('%');
      } else {
        put('-');
      }
    }

    /** Millimetres as {@link Diameter#render} writes them from tenths: {@code 12}, {@code 12.5}. */
    private void millimetresOf(long tenths) {
      if (tenths >= 0) {
        millimetres(tenths);
      } else {
        asciiText(Diameter.render(tenths));
      }
    }

    /**
     * Where the subject's next byte goes, from its start: what a row or cell keeps of where it
     * started, the same after the buffer grew (which moves the subject to the start of a new one).
     */
    private int here() {
      return len - start;
    }

    /** Starts a row with room for all its cells but the last; where it starts in the subject. */
    private int startRow() {
      ensure(rowBound);
      int row = len - start;
      put(GAP);
      return row;
    }

    /**
     * Ends the cell of column {@code c} that started at {@code from} in the subject (in room made
     * for the row):
     * pads it to the column's width, blanks before it when right-aligned, after it when
     * left-aligned, and puts the gap after it but after the last column.
     */
    private void cell(int from, int c) {
      int w = widths[c];
      int cell = start + from;
      int n = len - cell;
      int pad = Math.abs(w) - n;
      if (pad > 0) {
        if (w > 0) {
          System.arraycopy(buf, cell, buf, cell + pad, n);
          len = cell;
          blanks(pad);
          len += n;
        } else {
          blanks(pad);
        }
      }
      if (c < widths.length - 1) {
        put(GAP);
      }
    }

    /** Ends the row that started at {@code row} in the subject: no trailing blanks, a line break. */
    private void endRow(int row) {
      int from = start + row;
      int end = len;
      while (end > from && buf[end - 1] == ' ') {
        end--;
      }
      len = end;
      raw(NL);
    }

    /**
     * {@code n} blanks into room already made: copied, as the JSON's chunks are ({@link
     * Arrays#fill} of a few bytes is a loop of its own).
     */
    private void blanks(int n) {
      if (n <= BLANKS.length) {
        System.arraycopy(BLANKS, 0, buf, len, n);
      } else {
        Arrays.fill(buf, len, len + n, (byte) ' ');
      }
      len += n;
    }

    private static final byte[] BLANKS = ascii(" ".repeat(32));
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
