package io.github.recist.examples.report;

import io.github.recist.model.Response;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.rules.TargetResponse;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The waterfall plot: each subject's best percentage change of the target sum from baseline
 * ({@link SubjectAssessment#bestChangeFromBaselinePct()}, Rule R10), ordered from the largest
 * growth to the deepest shrinkage and coloured by best overall response, with the −30 % (partial
 * response, Rule R6.4) and +20 % (progression, Rule R6.3) lines drawn from the rule's constants.
 *
 * <p>The layout follows the cohort's size: up to {@value #MAX_LABELLED} subjects, a bar each with
 * its id under it; up to one bar a pixel, a bar each without ids; beyond, the bars become a dense
 * area, each pixel column showing the subjects it covers (the middle one's change, the most common
 * response's colour). The shares at or beyond each threshold are written above the plot, and the
 * count of each response in the legend. A bar at or below −30 % whose best response is not CR or
 * PR (an unconfirmed PR, Rule R12, or a PR before the SD minimum) is marked with an open circle,
 * and the legend says why. Subjects without a measured target sum have no bar.
 */
public final class WaterfallPlot {
  private WaterfallPlot() {}

  /** At most this many bars carry their subject's id. */
  static final int MAX_LABELLED = 60;
  /** The widest plot area, in pixels: more subjects than this make a dense area. */
  static final int MAX_PLOT_WIDTH = 1400;

  /** The waterfall of {@code subjects}, named {@code waterfall}. */
  public static Picture of(List<SubjectAssessment> subjects) {
    List<SubjectAssessment> bars = new ArrayList<>();
    for (SubjectAssessment s : subjects) {
      if (s.bestChangeFromBaselinePct().isPresent()) {
        bars.add(s);
      }
    }
    String title = "Best change of the sum of target diameters from baseline";
    int n = bars.size();
    if (n == 0) {
      return Picture.of("waterfall", 760, 420, g -> Charts.empty(g, 760, 420, title,
          "No subject has a measured target sum."));
    }
    bars.sort(Comparator.comparing((SubjectAssessment s) -> s.bestChangeFromBaselinePct().get())
        .reversed().thenComparing(SubjectAssessment::subjectId));
    double[] change = new double[n];
    Response[] best = new Response[n];
    Map<Response, Integer> counts = new EnumMap<>(Response.class);
    int atOrBelowPr = 0;
    int atOrAbovePd = 0;
    int unconfirmed = 0;
    for (int i = 0; i < n; i++) {
      change[i] = bars.get(i).bestChangeFromBaselinePct().get().doubleValue();
      best[i] = bars.get(i).bestOverallResponse();
      counts.merge(best[i], 1, Integer::sum);
      if (change[i] <= Charts.PARTIAL_RESPONSE_PCT) {
        atOrBelowPr++;
        if (!bars.get(i).isResponder()) {
          unconfirmed++;
        }
      }
      if (change[i] >= Charts.PROGRESSION_PCT) {
        atOrAbovePd++;
      }
    }
    boolean labelled = n <= MAX_LABELLED;
    boolean dense = n > MAX_PLOT_WIDTH;
    double pitch = labelled ? Math.max(14, Math.min(28, 900.0 / n))
        : dense ? MAX_PLOT_WIDTH / (double) n : Math.max(1, Math.floor(MAX_PLOT_WIDTH / (double) n));
    int plotWidth = (int) Math.ceil(dense ? MAX_PLOT_WIDTH : Math.max(360, pitch * n));

    List<String> notes = new ArrayList<>();
    notes.add(Charts.count(n, "subject") + " with a measured target sum"
        + (n < subjects.size() ? " (of " + Charts.count(subjects.size()) + ")" : "")
        + (dense ? "; each pixel column shows " + String.format(java.util.Locale.ROOT, "%.1f",
            n / (double) plotWidth) + " subjects, coloured by their most common response" : ""));
    notes.add(Charts.count(atOrBelowPr) + " (" + Charts.share(atOrBelowPr, n) + ") at or below "
        + Charts.signedPercent(Charts.PARTIAL_RESPONSE_PCT) + ", " + Charts.count(atOrAbovePd) + " ("
        + Charts.share(atOrAbovePd, n) + ") at or above "
        + Charts.signedPercent(Charts.PROGRESSION_PCT) + ".");

    List<Charts.Entry> legend = new ArrayList<>();
    counts.forEach((r, c) -> legend.add(Charts.Entry.box(ResponseColors.of(r),
        r.name().replace('_', '-') + " " + Charts.count(c) + " (" + Charts.share(c, n) + ")")));
    if (unconfirmed > 0) {
      legend.add(new Charts.Entry(Color.BLACK, Charts.count(unconfirmed) + " at or below "
          + Charts.signedPercent(Charts.PARTIAL_RESPONSE_PCT) + " but not CR/PR" + (n <= 400
          ? ":" : ", so not green:"), n <= 400 ? Charts.Entry.Kind.MARK_CIRCLE : Charts.Entry.Kind.NONE));
      legend.add(new Charts.Entry(null, "an unconfirmed PR (R12), or one", Charts.Entry.Kind.NONE));
      legend.add(new Charts.Entry(null, "before the SD minimum (R11)", Charts.Entry.Kind.NONE));
    }
    legend.add(new Charts.Entry(Charts.PARTIAL_RESPONSE_LINE, Charts.signedPercent(
        Charts.PARTIAL_RESPONSE_PCT) + " from baseline: PR (R6.4)", Charts.Entry.Kind.DASH));
    legend.add(new Charts.Entry(Charts.PROGRESSION_LINE, Charts.signedPercent(
        Charts.PROGRESSION_PCT) + ": PD is from the nadir, +" + TargetResponse.PROGRESSION_MINIMUM_INCREASE + " (R6.3)", Charts.Entry.Kind.DASH));

    int legendWidth = measureLegend(legend);
    int left = 70;
    int top = Charts.headingHeight(notes.size()) + 12;
    int plotHeight = 380;
    int idSpace = labelled ? idWidth(bars) + 36 : 40;
    int width = Math.min(Charts.MAX_SIDE, left + plotWidth + 24 + legendWidth + 16);
    int height = top + plotHeight + idSpace + 16;
    double min = java.util.Arrays.stream(change).min().orElse(0);
    double max = java.util.Arrays.stream(change).max().orElse(0);
    double yMin = Math.min(-100, Math.floor(min / 10) * 10);
    double yMax = Math.max(40, Math.min(200, Math.ceil(max / 20) * 20 + 10));
    Charts.Frame f = new Charts.Frame(left, top, left + plotWidth, top + plotHeight, 0, n, yMin,
        yMax);
    final int lw = legendWidth;
    return Picture.of("waterfall", width, height, g -> {
      Charts.heading(g, title, notes);
      f.yAxis(g, Charts.ticks(Math.ceil(yMin / 10) * 10, yMax, 8), Charts::signedPercent,
          "Best change from baseline");
      double zero = f.y(0);
      if (dense) {
        int columns = (int) Math.round(f.width());
        for (int c = 0; c < columns; c++) {
          int from = (int) ((long) c * n / columns);
          int to = Math.max(from + 1, (int) ((long) (c + 1) * n / columns));
          double v = Math.min(change[(from + to - 1) / 2], yMax);
          g.setColor(ResponseColors.of(mode(best, from, to)));
          double py = f.y(v);
          g.fill(new Rectangle2D.Double(f.left + c, Math.min(py, zero), 1, Math.abs(zero - py)));
        }
      } else {
        double gap = pitch >= 6 ? pitch * 0.18 : 0;
        for (int i = 0; i < n; i++) {
          double v = Math.min(change[i], yMax);
          double py = f.y(v);
          double x = f.left + i * pitch;
          g.setColor(ResponseColors.of(best[i]));
          g.fill(new Rectangle2D.Double(x + gap / 2, Math.min(py, zero), Math.max(1, pitch - gap),
              Math.max(Math.abs(zero - py), 0.8)));
          if (change[i] <= Charts.PARTIAL_RESPONSE_PCT && !bars.get(i).isResponder()
              && n <= 400) {
            g.setColor(Color.BLACK);
            Marks.circle(g, x + pitch / 2, py + Math.min(6, pitch / 2) + 2, Math.min(4, pitch / 2.5));
          }
        }
      }
      f.reference(g, Charts.PARTIAL_RESPONSE_PCT, Charts.PARTIAL_RESPONSE_LINE);
      f.reference(g, Charts.PROGRESSION_PCT, Charts.PROGRESSION_LINE);
      f.border(g);
      g.setColor(Charts.TEXT);
      if (labelled) {
        g.setFont(Charts.SMALL);
        for (int i = 0; i < n; i++) {
          java.awt.geom.AffineTransform saved = g.getTransform();
          g.translate(f.left + i * pitch + pitch / 2 + 3.5, f.bottom + 6);
          g.rotate(-Math.PI / 2);
          Charts.right(g, bars.get(i).subjectId(), 0, 0);
          g.setTransform(saved);
        }
        g.setFont(Charts.AXIS_TITLE);
        Charts.centred(g, "Subject, ordered by best change", (f.left + f.right) / 2,
            f.bottom + idSpace - 2);
      } else {
        g.setFont(Charts.AXIS_TITLE);
        Charts.centred(g, Charts.count(n, "subject") + ", ordered by best change",
            (f.left + f.right) / 2, f.bottom + 24);
      }
      Charts.legend(g, (int) f.right + 24, (int) f.top + 10, legend);
    });
  }

  /** The most common response among {@code best[from, to)}; ties go to the better one. */
  private static Response mode(Response[] best, int from, int to) {
    int[] c = new int[Response.values().length];
    Response m = best[from];
    for (int i = from; i < to; i++) {
      int k = ++c[best[i].ordinal()];
      if (k > c[m.ordinal()] || (k == c[m.ordinal()] && best[i].ordinal() < m.ordinal())) {
        m = best[i];
      }
    }
    return m;
  }

  /** The widest subject id, in the font the ids are drawn in. */
  private static int idWidth(List<SubjectAssessment> bars) {
    Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    try {
      g.setFont(Charts.SMALL);
      int w = 0;
      for (SubjectAssessment s : bars) {
        w = Math.max(w, g.getFontMetrics().stringWidth(s.subjectId()));
      }
      return Math.min(w, 240);
    } finally {
      g.dispose();
    }
  }

  /** The legend's width, measured with the legend font. */
  static int measureLegend(List<Charts.Entry> legend) {
    Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    try {
      return Charts.legendWidth(g, legend);
    } finally {
      g.dispose();
    }
  }
}
