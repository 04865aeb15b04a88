package io.github.recist.examples.report;

import io.github.recist.model.Response;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import io.github.recist.rules.TargetResponse;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The spider plot: each subject's change of the target sum from baseline over time, up to and
 * including its first progression in the evaluation window (Rule R10), as a solid line coloured by
 * best overall response, with the −30 % and +20 % lines of Rule R6 drawn from the rule's constants.
 *
 * <p>Up to {@value #FEW} subjects, each line is drawn in full with a dot at each visit. Beyond, the
 * lines become faint (at most {@value #MAX_LINES} of them, an even sample, said so), and the median
 * and the quartiles of the change from baseline are drawn over them, by {@value #BIN_WEEKS}-week
 * bins of the visits; only the extremes are labelled.
 */
public final class SpiderPlot {
  private SpiderPlot() {}

  /** Up to this many subjects, each line is drawn in full. */
  static final int FEW = 30;
  /** The most lines drawn; a larger cohort is sampled evenly. */
  static final int MAX_LINES = 1500;
  /** The width of the bins of the median and quartiles, in weeks. */
  static final int BIN_WEEKS = 4;
  /** A bin needs this many subjects to have a median and quartiles drawn. */
  static final int MIN_IN_BIN = 5;
  private static final Color MEDIAN = new Color(0x1A1A1A);
  private static final Color BAND = new Color(0x4575B4);

  /** The spider plot of {@code subjects}, named {@code spider}. */
  public static Picture of(List<SubjectAssessment> subjects) {
    String title = "Change of the sum of target diameters over time";
    List<Line> lines = new ArrayList<>();
    for (SubjectAssessment s : subjects) {
      if (s.bestChangeFromBaselinePct().isPresent()) {
        lines.add(Line.of(s));
      }
    }
    int n = lines.size();
    if (n == 0) {
      return Picture.of("spider", 760, 420, g -> Charts.empty(g, 760, 420, title,
          "No subject has a measured target sum."));
    }
    lines.sort(Comparator.comparing((Line l) -> l.best).thenComparing(l -> l.id));
    boolean few = n <= FEW;
    List<Line> drawn = lines;
    if (n > MAX_LINES) {
      drawn = new ArrayList<>();
      for (int i = 0; i < MAX_LINES; i++) {
        drawn.add(lines.get((int) ((long) i * n / MAX_LINES)));
      }
    }
    double maxWeeks = 4;
    double minPct = 0;
    double maxPct = 0;
    for (Line l : lines) {
      maxWeeks = Math.max(maxWeeks, l.weeks[l.weeks.length - 1]);
      for (double v : l.pct) {
        minPct = Math.min(minPct, v);
        maxPct = Math.max(maxPct, v);
      }
    }
    List<double[]> bands = few ? List.of() : quartiles(lines);
    List<String> notes = new ArrayList<>();
    notes.add(Charts.count(n, "subject") + " with a measured target sum, up to the first "
        + "progression in the window" + (few ? "." : drawn.size() < n ? "; faint lines: "
        + Charts.count(drawn.size()) + " of them, an even sample." : "; faint lines."));
    if (!few) {
      notes.add("Median and quartiles of the change from baseline over all " + Charts.count(n)
          + ", by " + BIN_WEEKS + "-week bins of at least " + MIN_IN_BIN + " subjects.");
    }
    Set<Response> present = EnumSet.noneOf(Response.class);
    lines.forEach(l -> present.add(l.best));
    List<Charts.Entry> legend = new ArrayList<>();
    present.forEach(r -> legend.add(new Charts.Entry(ResponseColors.of(r), Charts.label(r),
        Charts.Entry.Kind.LINE)));
    if (!few) {
      legend.add(new Charts.Entry(MEDIAN, "Median", Charts.Entry.Kind.LINE));
      legend.add(new Charts.Entry(translucent(BAND, 90), "Quartiles (25 %–75 %)",
          Charts.Entry.Kind.BAND));
    }
    legend.add(new Charts.Entry(Charts.PARTIAL_RESPONSE_LINE, Charts.signedPercent(
        Charts.PARTIAL_RESPONSE_PCT) + " from baseline: PR (R6.4)", Charts.Entry.Kind.DASH));
    legend.add(new Charts.Entry(Charts.PROGRESSION_LINE, Charts.signedPercent(
        Charts.PROGRESSION_PCT) + ": PD is from the nadir, +" + TargetResponse.PROGRESSION_MINIMUM_INCREASE + " (R6.3)", Charts.Entry.Kind.DASH));
    int legendWidth = WaterfallPlot.measureLegend(legend);
    int left = 70;
    int top = Charts.headingHeight(notes.size()) + 12;
    int plotWidth = 760;
    int plotHeight = 420;
    int labelSpace = 100;
    int width = left + plotWidth + labelSpace + legendWidth + 16;
    int height = top + plotHeight + 56;
    double xEnd = Math.ceil((maxWeeks + 2) / 4) * 4;
    double yMin = Math.min(-100, Math.floor(minPct / 10) * 10) - 4;
    double yMax = Math.max(40, Math.min(200, Math.ceil(maxPct / 20) * 20 + 10));
    Charts.Frame f = new Charts.Frame(left, top, left + plotWidth, top + plotHeight, 0, xEnd, yMin,
        yMax);
    List<Line> toDraw = drawn;
    float alpha = few ? 1f : (float) Math.max(0.06, Math.min(0.35, 4 / Math.sqrt(toDraw.size())));
    List<Line> labelled = extremes(lines, few);
    return Picture.of("spider", width, height, g -> {
      Charts.heading(g, title, notes);
      f.yAxis(g, Charts.ticks(Math.ceil(yMin / 10) * 10, yMax, 8), Charts::signedPercent, "Change from baseline");
      f.xAxis(g, Charts.ticks(0, xEnd, 14), Charts::tick, "Weeks since the reference date", true);
      Shape clip = g.getClip();
      g.clip(new Rectangle2D.Double(f.left, f.top, f.width(), f.bottom - f.top));
      g.setStroke(new BasicStroke(few ? 1.8f : 1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      for (Line l : toDraw) {
        Color c = ResponseColors.of(l.best);
        g.setColor(few ? c : translucent(c, Math.round(alpha * 255)));
        g.draw(l.path(f));
        if (few) {
          for (int i = 1; i < l.weeks.length; i++) {
            Marks.dot(g, f.x(l.weeks[i]), f.y(l.pct[i]), 2.6);
          }
        }
      }
      if (!bands.isEmpty()) {
        Path2D band = new Path2D.Double();
        for (int i = 0; i < bands.size(); i++) {
          double[] b = bands.get(i);
          if (i == 0) {
            band.moveTo(f.x(b[0]), f.y(b[1]));
          } else {
            band.lineTo(f.x(b[0]), f.y(b[1]));
          }
        }
        for (int i = bands.size() - 1; i >= 0; i--) {
          double[] b = bands.get(i);
          band.lineTo(f.x(b[0]), f.y(b[3]));
        }
        band.closePath();
        g.setColor(translucent(BAND, 90));
        g.fill(band);
        Path2D median = new Path2D.Double();
        for (int i = 0; i < bands.size(); i++) {
          double[] b = bands.get(i);
          if (i == 0) {
            median.moveTo(f.x(b[0]), f.y(b[2]));
          } else {
            median.lineTo(f.x(b[0]), f.y(b[2]));
          }
        }
        g.setColor(MEDIAN);
        g.setStroke(new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(median);
      }
      g.setClip(clip);
      g.setStroke(Charts.THIN);
      f.reference(g, Charts.PARTIAL_RESPONSE_PCT, Charts.PARTIAL_RESPONSE_LINE);
      f.reference(g, Charts.PROGRESSION_PCT, Charts.PROGRESSION_LINE);
      f.border(g);
      labels(g, f, labelled);
      Charts.legend(g, (int) f.right + labelSpace, (int) f.top + 10, legend);
    });
  }

  /** The subjects whose line ends lowest and highest: all of them when few, else two of each. */
  private static List<Line> extremes(List<Line> lines, boolean few) {
    List<Line> byEnd = new ArrayList<>(lines);
    byEnd.sort(Comparator.comparingDouble(Line::end).thenComparing(l -> l.id));
    int each = few ? (lines.size() <= 16 ? lines.size() : 4) : 2;
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < Math.min(each, byEnd.size()); i++) {
      out.add(byEnd.get(i));
    }
    for (int i = Math.max(each, byEnd.size() - each); i < byEnd.size(); i++) {
      out.add(byEnd.get(i));
    }
    return out;
  }

  /** The ids at the lines' ends, pushed apart so that none overlaps another. */
  private static void labels(Graphics2D g, Charts.Frame f, List<Line> labelled) {
    g.setFont(Charts.SMALL);
    int k = labelled.size();
    double[] y = new double[k];
    Integer[] order = new Integer[k];
    for (int i = 0; i < k; i++) {
      y[i] = Math.max(f.top + 8, Math.min(f.bottom - 2, f.y(labelled.get(i).end()) + 3.5));
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> y[i]));
    double gap = 11;
    for (int j = 1; j < k; j++) {
      y[order[j]] = Math.max(y[order[j]], y[order[j - 1]] + gap);
    }
    double overflow = k == 0 ? 0 : y[order[k - 1]] - (f.bottom + 30);
    if (overflow > 0) {
      for (int j = 0; j < k; j++) {
        y[order[j]] -= overflow;
      }
    }
    for (int i = 0; i < k; i++) {
      Line l = labelled.get(i);
      double ex = f.x(l.weeks[l.weeks.length - 1]);
      double ey = Math.max(f.top, Math.min(f.bottom, f.y(l.end())));
      g.setColor(Charts.GRID.darker());
      g.draw(new java.awt.geom.Line2D.Double(ex + 2, ey, f.right + 4, y[i] - 3.5));
      g.setColor(ResponseColors.of(l.best).darker());
      g.drawString(l.id, (float) f.right + 6, (float) y[i]);
    }
  }

  /** Per bin with enough subjects: {week, 25th percentile, median, 75th percentile}. */
  static List<double[]> quartiles(List<Line> lines) {
    TreeMap<Long, List<Double>> bins = new TreeMap<>();
    for (Line l : lines) {
      TreeMap<Long, Double> last = new TreeMap<>();
      for (int i = 0; i < l.weeks.length; i++) {
        last.put(Math.round(l.weeks[i] / BIN_WEEKS), l.pct[i]);
      }
      last.forEach((b, v) -> bins.computeIfAbsent(b, x -> new ArrayList<>()).add(v));
    }
    List<double[]> out = new ArrayList<>();
    bins.forEach((b, values) -> {
      if (values.size() >= MIN_IN_BIN) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        out.add(new double[] {b * BIN_WEEKS, quantile(v, 0.25), quantile(v, 0.5),
            quantile(v, 0.75)});
      }
    });
    return out;
  }

  /** The {@code p} quantile of sorted {@code v}, interpolated (R's type 7). */
  static double quantile(double[] v, double p) {
    double h = (v.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(v.length - 1, lo + 1);
    return v[lo] + (h - lo) * (v[hi] - v[lo]);
  }

  private static Color translucent(Color c, int alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
  }

  /** The time points Rule R10 considers: in the window, up to and including the first PD. */
  static List<TimepointResult> considered(SubjectAssessment s) {
    List<TimepointResult> out = new ArrayList<>();
    for (TimepointResult t : s.timepoints()) {
      if (!t.withinWindow()) {
        break;
      }
      out.add(t);
      if (t.overall() == Response.PD) {
        break;
      }
    }
    return out;
  }

  /** One subject's line: weeks since the reference date and change from baseline, from (0, 0). */
  static final class Line {
    final String id;
    final Response best;
    final double[] weeks;
    final double[] pct;

    private Line(String id, Response best, double[] weeks, double[] pct) {
      this.id = id;
      this.best = best;
      this.weeks = weeks;
      this.pct = pct;
    }

    static Line of(SubjectAssessment s) {
      List<double[]> points = new ArrayList<>();
      points.add(new double[] {0, 0});
      for (TimepointResult t : considered(s)) {
        if (t.changeFromBaselinePct().isPresent()) {
          points.add(new double[] {ChronoUnit.DAYS.between(s.referenceDate(), t.date()) / 7.0,
              t.changeFromBaselinePct().get().doubleValue()});
        }
      }
      return new Line(s.subjectId(), s.bestOverallResponse(),
          points.stream().mapToDouble(p -> p[0]).toArray(),
          points.stream().mapToDouble(p -> p[1]).toArray());
    }

    double end() {
      return pct[pct.length - 1];
    }

    Path2D path(Charts.Frame f) {
      Path2D p = new Path2D.Double();
      p.moveTo(f.x(weeks[0]), f.y(pct[0]));
      for (int i = 1; i < weeks.length; i++) {
        p.lineTo(f.x(weeks[i]), f.y(pct[i]));
      }
      return p;
    }
  }
}
