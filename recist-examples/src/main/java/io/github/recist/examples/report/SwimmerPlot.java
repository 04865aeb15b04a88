package io.github.recist.examples.report;

import io.github.recist.model.Response;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The swimmer plot: one lane per subject from the reference date to the end of its follow-up in the
 * window — its progression (Rule R13), death, or last assessment in the window (Rule R10) —
 * coloured by best overall response, longest at the top. Marks: the first response (CR or PR), the
 * progression at the bar's end, death without progression, and an arrow after the bar when the
 * response is still ongoing at the last assessment (duration of response censored). Time is in
 * months of 30.4375 days.
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
    Set<Response> present = EnumSet.noneOf(Response.class);
    rows.forEach(s -> present.add(s.bestOverallResponse()));
    List<Charts.Entry> legend = new ArrayList<>();
    present.forEach(r -> legend.add(Charts.Entry.box(ResponseColors.of(r), Charts.label(r))));
    legend.add(new Charts.Entry(RESPONSE_MARK, "First response (CR or PR)",
        Charts.Entry.Kind.MARK_TRIANGLE));
    legend.add(new Charts.Entry(PROGRESSION_MARK, "Progression (the bar ends)",
        Charts.Entry.Kind.MARK_DIAMOND));
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
        g.setColor(ResponseColors.of(s.bestOverallResponse()));
        g.fill(new Rectangle2D.Double(f.left, cy - lane * 0.3, end - f.left, lane * 0.6));
        g.setFont(Charts.TICKS);
        g.setColor(Charts.TEXT);
        Charts.right(g, s.subjectId(), f.left - 6, cy + 4);
        Optional<LocalDate> first = firstResponse(s);
        if (first.isPresent()) {
          g.setColor(RESPONSE_MARK);
          Marks.triangle(g, f.x(Charts.months(s.referenceDate(), first.get())), cy, 5);
        }
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
   * The end of the lane: the progression date when the subject progressed in the window, the death
   * date when it died first, else the later of the last time point in the window and the end of
   * progression-free survival.
   */
  static double endMonths(SubjectAssessment s) {
    TimeToEvent pfs = s.progressionFreeSurvival();
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
