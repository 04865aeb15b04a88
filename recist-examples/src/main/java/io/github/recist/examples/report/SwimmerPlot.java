package io.github.recist.examples.report;

import io.github.recist.model.Criteria;
import io.github.recist.model.BestResponseCode;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimeToEvent;
import io.github.recist.result.TimepointResult;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The swimmer plot: one lane per subject from the reference date to the end of its follow-up in the
 * window — its progression (Rule R13), death, or last assessment in the window (Rule R10) —
 * coloured by best overall response, longest at the top. Marks: the first response (CR or PR), the
 * progression at the bar's end, death without progression, and an arrow after the bar when the
 * response is still ongoing at the last assessment (duration of response censored). Time is in
 * months of 30.4375 days.
 *
 * <p>Under iRECIST (Rule R14) the lanes are coloured by iBOR (iUPD apart from iCPD), a lane that
 * ends in confirmed progression ends at the iCPD, and each run of unconfirmed progression is marked
 * ({@link RunMark}): a hollow diamond at the iUPD that opens it, a circle at the reset that closes it
 * unconfirmed (a pseudo-progression), a filled diamond at the iCPD that confirms it; so a
 * pseudo-progression shows as a hollow diamond followed by a circle on a lane that goes on.
 *
 * <p>At most {@value #MAX_LANES} lanes are drawn, so each stays readable: in a larger cohort, the
 * responders with the longest follow-up (or, without responders, the subjects), and the picture
 * says how many it left out.
 */
public final class SwimmerPlot {
  private SwimmerPlot() {}

  /** The most lanes drawn. */
  static final int MAX_LANES = 50;
  private static final Color RESPONSE_MARK = new Color(0x08306B);
  private static final Color PROGRESSION_MARK = new Color(0xB2182B);
  /** The iUPD mark: the colour of an unconfirmed progression, darker to stand out on any lane. */
  private static final Color IUPD_MARK = new Color(0xD6604D);
  /** The reset mark: a pseudo-progression, in the colour of a response. */
  private static final Color RESET_MARK = new Color(0x1B7837);

  /** The swimmer plot of {@code subjects}, named {@code swimmer}. */
  public static Picture of(List<SubjectAssessment> subjects) {
    String title = "Time on study, response and progression";
    List<SubjectAssessment> pool = new ArrayList<>(subjects);
    List<String> notes = new ArrayList<>();
    long responders = subjects.stream().filter(SubjectAssessment::isResponder).count();
    boolean onlyResponders = subjects.size() > MAX_LANES && responders > 0;
    if (onlyResponders) {
      pool.removeIf(s -> !s.isResponder());
    }
    Comparator<SubjectAssessment> longestFirst = onlyResponders
        ? Comparator.comparingLong(SwimmerPlot::responseDays).reversed()
        : Comparator.comparingDouble(SwimmerPlot::endMonths).reversed();
    pool.sort(longestFirst.thenComparing(SubjectAssessment::subjectId));
    List<SubjectAssessment> rows = new ArrayList<>();
    if (pool.size() <= MAX_LANES) {
      rows.addAll(pool);
    } else {
      for (int i = 0; i < MAX_LANES; i++) {
        rows.add(pool.get((int) ((long) i * (pool.size() - 1) / (MAX_LANES - 1))));
      }
    }
    if (rows.size() < subjects.size()) {
      String among = onlyResponders
          ? Charts.count(pool.size(), "responder") + " (CR or PR), evenly spread over their "
              + "duration of response, longest at the top"
          : Charts.count(pool.size(), "subject") + ", evenly spread over their follow-up";
      notes.add(rows.size() + " of " + among + ".");
      notes.add(Charts.count(subjects.size() - rows.size(), "subject") + " not shown; every "
          + "subject is in the report's table.");
    } else {
      notes.add(Charts.count(rows.size(), "subject") + ", longest follow-up at the top.");
    }
    int n = rows.size();
    int lane = 20;
    Graphics2D m = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    m.setFont(Charts.TICKS);
    int idWidth = 0;
    for (SubjectAssessment s : rows) {
      idWidth = Math.max(idWidth, m.getFontMetrics().stringWidth(s.subjectId()));
    }
    m.dispose();
    boolean irecist = rows.stream().anyMatch(s -> s.criteria() == Criteria.IRECIST);
    Set<BestResponseCode> present = new TreeSet<>(Comparator.comparingInt(
        (BestResponseCode c) -> 2 * c.category().ordinal() + (c.isUnconfirmedProgression() ? 1 : 0)));
    rows.forEach(s -> present.add(s.bestOverallResponseCode()));
    List<Charts.Entry> legend = new ArrayList<>();
    present.forEach(r -> legend.add(Charts.Entry.box(ResponseColors.of(r), Charts.label(r))));
    legend.add(new Charts.Entry(RESPONSE_MARK, irecist ? "First response (iCR or iPR)"
        : "First response (CR or PR)", Charts.Entry.Kind.MARK_TRIANGLE));
    if (irecist) {
      legend.add(new Charts.Entry(IUPD_MARK, "iUPD: unconfirmed progression (R14.4)",
          Charts.Entry.Kind.MARK_HOLLOW_DIAMOND));
      legend.add(new Charts.Entry(RESET_MARK, "Reset: pseudo-progression (R14.7.3)",
          Charts.Entry.Kind.MARK_CIRCLE));
    }
    // with unconfirmedProgressionAsEvent an iUPD still open at the end is progression too (R14.12)
    boolean openAsEvent = irecist && rows.stream()
        .anyMatch(s -> s.progressionDate().isPresent() && s.icpdDate().isEmpty());
    legend.add(new Charts.Entry(PROGRESSION_MARK, !irecist ? "Progression (the bar ends)"
        : openAsEvent ? "iCPD, or an open iUPD as event (the bar ends)"
        : "iCPD: confirmed progression (the bar ends)", Charts.Entry.Kind.MARK_DIAMOND));
    legend.add(new Charts.Entry(Color.BLACK, "Death without progression",
        Charts.Entry.Kind.MARK_CROSS));
    legend.add(new Charts.Entry(RESPONSE_MARK, "Response ongoing at the last assessment",
        Charts.Entry.Kind.ARROW));
    int legendWidth = WaterfallPlot.measureLegend(legend);
    int left = Math.max(70, idWidth + 44);
    int top = Charts.headingHeight(notes.size()) + 12;
    int plotWidth = 720;
    int plotHeight = Math.max(160, lane * n + 8);
    int width = left + plotWidth + 24 + legendWidth + 16;
    int height = Math.min(Charts.MAX_SIDE, top + plotHeight + 56);
    double maxMonths = 1;
    for (SubjectAssessment s : rows) {
      maxMonths = Math.max(maxMonths, endMonths(s));
    }
    double axisEnd = Math.ceil(maxMonths + 0.6);
    Charts.Frame f = new Charts.Frame(left, top, left + plotWidth, top + plotHeight, 0, axisEnd,
        0, 1);
    return Picture.of("swimmer", width, height, g -> {
      Charts.heading(g, title, notes);
      f.xAxis(g, Charts.ticks(0, axisEnd, 12), Charts::tick, "Months since the reference date",
          true);
      g.setFont(Charts.AXIS_TITLE);
      g.setColor(Charts.TEXT);
      Charts.vertical(g, "Subject", 18, (f.top + f.bottom) / 2);
      for (int i = 0; i < n; i++) {
        SubjectAssessment s = rows.get(i);
        double cy = f.top + 4 + lane * i + lane / 2.0;
        double end = f.x(endMonths(s));
        g.setColor(ResponseColors.of(s.bestOverallResponseCode()));
        g.fill(new Rectangle2D.Double(f.left, cy - lane * 0.3, end - f.left, lane * 0.6));
        g.setFont(Charts.TICKS);
        g.setColor(Charts.TEXT);
        Charts.right(g, s.subjectId(), f.left - 6, cy + 4);
        Optional<LocalDate> first = firstResponse(s);
        if (first.isPresent()) {
          g.setColor(RESPONSE_MARK);
          Marks.triangle(g, f.x(Charts.months(s.referenceDate(), first.get())), cy, 5);
        }
        runMarks(g, f, s, cy);
        TimeToEvent pfs = s.progressionFreeSurvival();
        if (s.progressionDate().isPresent()) {
          g.setColor(PROGRESSION_MARK);
          Marks.diamond(g, end, cy, 6);
        } else if (pfs.event()) {
          g.setColor(Color.BLACK);
          Marks.cross(g, end, cy, 5);
        } else if (responseOngoing(s)) {
          g.setColor(RESPONSE_MARK);
          Marks.arrow(g, end + 3, cy, 14);
        }
      }
      f.border(g);
      Charts.legend(g, (int) f.right + 24, (int) f.top + 10, legend);
    });
  }

  /**
   * The marks of the runs of unconfirmed progression on lane {@code s} (Rule R14, {@link RunMark}):
   * a hollow diamond at each iUPD that opens a run and a circle at each reset, up to the end of the
   * lane; the iCPD is the lane's progression mark. None under RECIST 1.1.
   */
  private static void runMarks(Graphics2D g, Charts.Frame f, SubjectAssessment s, double cy) {
    double end = endMonths(s);
    List<TimepointResult> visits = s.timepoints();
    for (int i = 0; i < visits.size(); i++) {
      TimepointResult t = visits.get(i);
      double at = Charts.months(s.referenceDate(), t.date());
      Optional<RunMark> mark = RunMark.of(visits, i);
      if (mark.isEmpty() || !t.withinWindow() || at > end) {
        continue;
      }
      if (mark.get() == RunMark.IUPD) {
        g.setColor(IUPD_MARK);
        Marks.hollowDiamond(g, f.x(at), cy, 6);
      } else if (mark.get() == RunMark.RESET) {
        g.setColor(RESET_MARK);
        Marks.circle(g, f.x(at), cy, 5);
      }
    }
  }

  /**
   * The end of the lane: the progression date when the subject progressed in the window (under
   * iRECIST, the iCPD that confirmed it: progression is dated at the iUPD before, Rule R14.12), the
   * death date when it died first, else the later of the last time point in the window and the end
   * of progression-free survival.
   */
  static double endMonths(SubjectAssessment s) {
    TimeToEvent pfs = s.progressionFreeSurvival();
    if (s.progressionDate().isPresent() && s.icpdDate().isPresent()) {
      return Charts.months(s.referenceDate(), s.icpdDate().get());
    }
    if (s.progressionDate().isPresent()) {
      return Charts.months(s.referenceDate(), s.progressionDate().get());
    }
    if (pfs.event()) {
      return Charts.months(s.referenceDate(), pfs.end());
    }
    LocalDate end = pfs.end();
    for (TimepointResult t : s.timepoints()) {
      if (t.withinWindow() && t.date().isAfter(end)) {
        end = t.date();
      }
    }
    return Charts.months(s.referenceDate(), end);
  }

  /** The days of the response, for a responder; 0 for the others. */
  static long responseDays(SubjectAssessment s) {
    return s.durationOfResponse().map(TimeToEvent::days).orElse(0L);
  }

  /** Whether a responder is still in response at its last assessment: its duration censored. */
  static boolean responseOngoing(SubjectAssessment s) {
    return s.isResponder() && s.durationOfResponse().map(TimeToEvent::censored).orElse(false);
  }

  /** The first visit of the response, for a responder. */
  static Optional<LocalDate> firstResponse(SubjectAssessment s) {
    if (!s.isResponder()) {
      return Optional.empty();
    }
    return s.durationOfResponse().map(TimeToEvent::start).or(s::bestOverallResponseDate);
  }
}
