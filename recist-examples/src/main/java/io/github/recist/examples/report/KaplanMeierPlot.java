package io.github.recist.examples.report;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.recist.cohort.Cohort;
import io.github.recist.cohort.ConfidenceInterval;
import io.github.recist.cohort.KaplanMeier;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Kaplan–Meier curves (Rule R13) with censoring ticks, the confidence band of a single curve, and
 * the number-at-risk table under the time axis. Times of the estimates are days; the axis is in
 * months of 30.4375 days ({@link Cohort#DAYS_PER_MONTH}), ticked every 3 months (6 past two years).
 *
 * <p>XChart chooses its own ticks, so the time axis, its labels and the at-risk table are drawn
 * here, at the positions XChart maps each time to, so that the counts stand under their ticks.
 */
public final class KaplanMeierPlot {
  private KaplanMeierPlot() {}

  private static final Color[] PALETTE = {new Color(0x2166AC), new Color(0xB2182B),
      new Color(0x1B7837), new Color(0x762A83)};
  private static final int CHART_HEIGHT = 440;
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
    int width = 900;
    int footer = 32 + ROW + 6 + ROW * copy.size() + 14;
    int height = CHART_HEIGHT + footer;
    double maxDays = copy.values().stream().mapToDouble(k -> k.lastTime().orElse(0)).max().orElse(0);
    double maxMonths = Math.max(1, maxDays / Cohort.DAYS_PER_MONTH);
    double step = maxMonths > 24 ? 6 : 3;
    double axisEnd = Math.ceil(maxMonths / step) * step;
    if (copy.values().stream().allMatch(k -> k.size() == 0)) {
      return Picture.of(name, width, height, g -> Charts.empty(g, width, height, title,
          "No observation."));
    }
    XYChart chart = new XYChartBuilder().width(width).height(CHART_HEIGHT).title(title)
        .yAxisTitle(yTitle).build();
    Charts.style(chart.getStyler());
    chart.getStyler().setXAxisTicksVisible(false);
    chart.getStyler().setXAxisTitleVisible(false);
    chart.getStyler().setPlotGridVerticalLinesVisible(false);
    chart.getStyler().setXAxisMin(0.0);
    chart.getStyler().setXAxisMax(axisEnd);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(1.0);
    chart.getStyler().setYAxisDecimalPattern("0.0");
    chart.getStyler().setMarkerSize(9);
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
    int c = 0;
    for (Map.Entry<String, KaplanMeier> e : copy.entrySet()) {
      Color color = PALETTE[c++];
      KaplanMeier km = e.getValue();
      if (km.size() == 0) {
        continue;
      }
      List<Double> x = new ArrayList<>(List.of(0.0));
      List<Double> y = new ArrayList<>(List.of(1.0));
      List<Double> cx = new ArrayList<>();
      List<Double> cy = new ArrayList<>();
      for (KaplanMeier.Row r : km.rows()) {
        double months = r.time() / Cohort.DAYS_PER_MONTH;
        x.add(months);
        y.add(r.survival());
        if (r.censored() > 0) {
          cx.add(months);
          cy.add(r.survival());
        }
      }
      XYSeries curve = chart.addSeries(e.getKey() + " (n = " + km.size() + ", " + km.eventCount()
          + " events)", x, y);
      curve.setXYSeriesRenderStyle(XYSeriesRenderStyle.Step);
      curve.setMarker(SeriesMarkers.NONE);
      curve.setLineColor(color);
      curve.setLineWidth(2.2f);
      if (!cx.isEmpty()) {
        XYSeries ticks = chart.addSeries(e.getKey() + " censored", cx, cy);
        ticks.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        ticks.setMarker(SeriesMarkers.PLUS);
        ticks.setMarkerColor(color);
      }
      if (copy.size() == 1) {
        band(chart, km, color);
      }
    }
    List<String> labels = new ArrayList<>(copy.keySet());
    List<KaplanMeier> estimates = new ArrayList<>(copy.values());
    return Picture.of(name, width, height, g -> {
      chart.paint(g, width, CHART_HEIGHT);
      footer(g, chart, xTitle, labels, estimates, step, axisEnd);
    });
  }

  /** The confidence band as two dotted step curves, up to where it is defined. */
  private static void band(XYChart chart, KaplanMeier km, Color color) {
    List<Double> x = new ArrayList<>(List.of(0.0));
    List<Double> lower = new ArrayList<>(List.of(1.0));
    List<Double> upper = new ArrayList<>(List.of(1.0));
    for (KaplanMeier.Row r : km.rows()) {
      if (r.interval().isEmpty()) {
        break;
      }
      ConfidenceInterval i = r.interval().get();
      x.add(r.time() / Cohort.DAYS_PER_MONTH);
      lower.add(i.lower());
      upper.add(i.upper());
    }
    String name = String.format(Locale.ROOT, "%s CI (%s)",
        percent(km.confidenceLevel()), km.transform().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    Color light = new Color(color.getRed(), color.getGreen(), color.getBlue(), 150);
    XYSeries lo = chart.addSeries(name, x, lower);
    XYSeries hi = chart.addSeries(name + " upper", x, upper);
    for (XYSeries s : List.of(lo, hi)) {
      s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Step);
      s.setMarker(SeriesMarkers.NONE);
      s.setLineColor(light);
      s.setLineStyle(Charts.DASHED);
    }
    hi.setShowInLegend(false);
  }

  private static String percent(double level) {
    return java.math.BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString()
        + "%";
  }

  /** The time axis labels, its title, and the number at risk of each curve at each tick. */
  private static void footer(Graphics2D g, XYChart chart, String xTitle, List<String> labels,
      List<KaplanMeier> estimates, double step, double axisEnd) {
    double top = chart.getScreenYFromChart(1.0);
    double bottom = chart.getScreenYFromChart(0.0);
    double left = chart.getScreenXFromChart(0.0);
    // The plot's border: the data take the middle plotContentSize of the plot's height.
    double content = chart.getStyler().getPlotContentSize();
    int border = (int) Math.round(bottom + (bottom - top) / content * (1 - content) / 2);
    int y = border + 6;
    g.setFont(Charts.TICKS);
    for (double t = 0; t <= axisEnd + 1e-9; t += step) {
      double x = chart.getScreenXFromChart(t);
      g.setColor(Charts.GRID);
      g.setStroke(new BasicStroke(1f));
      g.drawLine((int) Math.round(x), (int) Math.round(top), (int) Math.round(x), (int) Math.round(bottom));
      g.setColor(Color.GRAY);
      g.drawLine((int) Math.round(x), border, (int) Math.round(x), border + 4);
      g.setColor(Color.BLACK);
      Charts.centred(g, format(t), x, y + 12);
    }
    g.setFont(Charts.AXIS_TITLE);
    Charts.centred(g, xTitle, (left + chart.getScreenXFromChart(axisEnd)) / 2, y + 32);
    int row = y + 32 + ROW + 6;
    g.setFont(Charts.AXIS_TITLE.deriveFont(java.awt.Font.BOLD, 12f));
    g.drawString("Number at risk", 12, row);
    g.setFont(Charts.TICKS);
    for (int c = 0; c < estimates.size(); c++) {
      row += ROW;
      g.setColor(PALETTE[c]);
      String label = labels.get(c);
      int maxLabel = (int) left - 20;
      while (g.getFontMetrics().stringWidth(label) > maxLabel && label.length() > 3) {
        label = label.substring(0, label.length() - 2) + "…";
      }
      g.drawString(label, 12, row);
      for (double t = 0; t <= axisEnd + 1e-9; t += step) {
        Charts.centred(g, Integer.toString(estimates.get(c).atRisk(t * Cohort.DAYS_PER_MONTH)),
            chart.getScreenXFromChart(t), row);
      }
    }
  }

  private static String format(double months) {
    return months == Math.rint(months) ? Long.toString((long) months) : Double.toString(months);
  }
}
