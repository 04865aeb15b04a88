package io.github.recist.examples.report;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.recist.cohort.Cohort;
import io.github.recist.cohort.ConfidenceInterval;
import io.github.recist.cohort.KaplanMeier;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Kaplan–Meier curves (Rule R13) with censoring ticks, the confidence band of a single curve, and
 * the number-at-risk table under the time axis, each count under its tick. Times of the estimates
 * are days; the axis is in months of 30.4375 days ({@link Cohort#DAYS_PER_MONTH}), ticked every 3
 * months (6 past two years).
 */
public final class KaplanMeierPlot {
  private KaplanMeierPlot() {}

  private static final Color[] PALETTE = {new Color(0x2166AC), new Color(0xB2182B),
      new Color(0x1B7837), new Color(0x762A83)};
  private static final int ROW = 18;

  /**
   * A picture named {@code name} of the {@code curves} (label to estimate, times in days), titled
   * {@code title}, with the y axis called {@code yTitle} and the time axis {@code xTitle} (in
   * months).
   *
   * @throws IllegalArgumentException if there is no curve, or more than four
   */
  public static Picture of(String name, String title, String xTitle, String yTitle,
      Map<String, KaplanMeier> curves) {
    checkArgument(!curves.isEmpty() && curves.size() <= PALETTE.length,
        "between 1 and %s curves, not %s", PALETTE.length, curves.size());
    Map<String, KaplanMeier> copy = new LinkedHashMap<>(curves);
    List<String> labels = new ArrayList<>(copy.keySet());
    List<KaplanMeier> estimates = new ArrayList<>(copy.values());
    int width = 960;
    int left = 150;
    int top = Charts.headingHeight(0) + 12;
    int plotHeight = 380;
    int height = top + plotHeight + 50 + ROW + 6 + ROW * copy.size() + 14;
    if (estimates.stream().allMatch(k -> k.size() == 0)) {
      return Picture.of(name, width, height, g -> Charts.empty(g, width, height, title,
          "No observation."));
    }
    double maxDays = estimates.stream().mapToDouble(k -> k.lastTime().orElse(0)).max().orElse(0);
    double maxMonths = Math.max(1, maxDays / Cohort.DAYS_PER_MONTH);
    double step = maxMonths > 24 ? 6 : 3;
    double axisEnd = Math.ceil(maxMonths / step) * step;
    Charts.Frame f = new Charts.Frame(left, top, width - 260, top + plotHeight, 0, axisEnd, 0, 1.02);
    List<Charts.Entry> legend = new ArrayList<>();
    for (int c = 0; c < estimates.size(); c++) {
      KaplanMeier km = estimates.get(c);
      legend.add(new Charts.Entry(PALETTE[c], labels.get(c) + " (n = " + km.size() + ", "
          + Charts.count(km.eventCount(), "event") + ")", Charts.Entry.Kind.LINE));
    }
    legend.add(new Charts.Entry(PALETTE[0], "Censored", Charts.Entry.Kind.MARK_PLUS));
    if (estimates.size() == 1) {
      KaplanMeier km = estimates.get(0);
      legend.add(new Charts.Entry(translucent(PALETTE[0], 60), percent(km.confidenceLevel())
          + " CI (" + km.transform().name().toLowerCase(Locale.ROOT).replace('_', '-') + ")",
          Charts.Entry.Kind.BAND));
    }
    List<Double> ticks = new ArrayList<>();
    for (double t = 0; t <= axisEnd + 1e-9; t += step) {
      ticks.add(t);
    }
    return Picture.of(name, width, height, g -> {
      Charts.heading(g, title, List.of());
      f.yAxis(g, Charts.ticks(0, 1, 5), v -> String.format(Locale.ROOT, "%.1f", v), yTitle);
      f.xAxis(g, ticks, Charts::tick, xTitle, true);
      for (int c = 0; c < estimates.size(); c++) {
        KaplanMeier km = estimates.get(c);
        if (km.size() == 0) {
          continue;
        }
        if (estimates.size() == 1) {
          band(g, f, km, translucent(PALETTE[c], 60));
        }
        g.setColor(PALETTE[c]);
        g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        Path2D p = new Path2D.Double();
        p.moveTo(f.x(0), f.y(1));
        double s = 1;
        for (KaplanMeier.Row r : km.rows()) {
          double x = f.x(r.time() / Cohort.DAYS_PER_MONTH);
          p.lineTo(x, f.y(s));
          p.lineTo(x, f.y(r.survival()));
          s = r.survival();
        }
        g.draw(p);
        for (KaplanMeier.Row r : km.rows()) {
          if (r.censored() > 0) {
            Marks.plus(g, f.x(r.time() / Cohort.DAYS_PER_MONTH), f.y(r.survival()), 5);
          }
        }
      }
      g.setStroke(Charts.THIN);
      f.border(g);
      Charts.legend(g, (int) f.right + 24, (int) f.top + 10, legend);
      int row = (int) f.bottom + 50 + ROW;
      g.setColor(Charts.TEXT);
      g.setFont(Charts.AXIS_TITLE.deriveFont(Font.BOLD, 12f));
      g.drawString("Number at risk", 16, row);
      g.setFont(Charts.TICKS);
      for (int c = 0; c < estimates.size(); c++) {
        row += ROW;
        g.setColor(PALETTE[c]);
        String label = labels.get(c);
        while (g.getFontMetrics().stringWidth(label) > left - 30 && label.length() > 3) {
          label = label.substring(0, label.length() - 2) + "…";
        }
        g.drawString(label, 16, row);
        for (double t : ticks) {
          Charts.centred(g, Integer.toString(estimates.get(c).atRisk(t * Cohort.DAYS_PER_MONTH)),
              f.x(t), row);
        }
      }
    });
  }

  /** The confidence band, shaded, up to where it is defined. */
  private static void band(Graphics2D g, Charts.Frame f, KaplanMeier km, Color color) {
    List<double[]> steps = new ArrayList<>();
    steps.add(new double[] {0, 1, 1});
    for (KaplanMeier.Row r : km.rows()) {
      if (r.interval().isEmpty()) {
        break;
      }
      ConfidenceInterval i = r.interval().get();
      steps.add(new double[] {r.time() / Cohort.DAYS_PER_MONTH, i.lower(), i.upper()});
    }
    if (steps.size() < 2) {
      return;
    }
    double end = km.rows().get(steps.size() - 2).time() / Cohort.DAYS_PER_MONTH;
    double last = km.lastTime().orElse(end) / Cohort.DAYS_PER_MONTH;
    Path2D p = new Path2D.Double();
    p.moveTo(f.x(0), f.y(1));
    for (int i = 1; i < steps.size(); i++) {
      p.lineTo(f.x(steps.get(i)[0]), f.y(steps.get(i - 1)[2]));
      p.lineTo(f.x(steps.get(i)[0]), f.y(steps.get(i)[2]));
    }
    double[] tail = steps.get(steps.size() - 1);
    double stop = steps.size() - 1 == km.rows().size() ? last : end;
    p.lineTo(f.x(stop), f.y(tail[2]));
    p.lineTo(f.x(stop), f.y(tail[1]));
    for (int i = steps.size() - 1; i >= 1; i--) {
      p.lineTo(f.x(steps.get(i)[0]), f.y(steps.get(i)[1]));
      p.lineTo(f.x(steps.get(i)[0]), f.y(steps.get(i - 1)[1]));
    }
    p.closePath();
    g.setColor(color);
    g.fill(p);
  }

  private static Color translucent(Color c, int alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
  }

  private static String percent(double level) {
    return java.math.BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString()
        + "%";
  }
}
