package io.github.recist.examples.report;

import io.github.recist.model.Response;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The spider plot: each subject's percentage change of the target sum from baseline over time, from
 * 0 % at the reference date through every measured time point Rule R10 considers (in the window, up
 * to and including the first progression), coloured by best overall response, with the −30 % and
 * +20 % lines of Rule R6. Time is in months of 30.4375 days.
 */
public final class SpiderPlot {
  private SpiderPlot() {}

  /** Subjects beyond this many are drawn without their id at the end of the line. */
  static final int MAX_LABELLED = 30;
  /** How far right of a line's last point its subject id is centred. */
  private static final double LABEL_OFFSET_MONTHS = 0.45;

  /** The spider plot of {@code subjects}, named {@code spider}. */
  public static Picture of(List<SubjectAssessment> subjects) {
    int width = 900;
    int height = 540;
    String title = "Change of the sum of target diameters over time";
    List<SubjectAssessment> drawn = new ArrayList<>();
    for (SubjectAssessment s : subjects) {
      if (s.bestChangeFromBaselinePct().isPresent()) {
        drawn.add(s);
      }
    }
    drawn.sort(java.util.Comparator.comparing(SubjectAssessment::bestOverallResponse)
        .thenComparing(SubjectAssessment::subjectId));
    if (drawn.isEmpty()) {
      return Picture.of("spider", width, height, g -> Charts.empty(g, width, height, title,
          "No subject has a measured target sum."));
    }
    XYChart chart = new XYChartBuilder().width(width).height(height).title(title)
        .xAxisTitle("Months since the reference date")
        .yAxisTitle("Change from baseline (%)").build();
    Charts.style(chart.getStyler());
    chart.getStyler().setXAxisMin(0.0);
    chart.getStyler().setMarkerSize(6);
    Set<Response> inLegend = EnumSet.noneOf(Response.class);
    double maxMonths = 1;
    double minPct = 0;
    double maxPct = 0;
    for (SubjectAssessment s : drawn) {
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      x.add(0.0);
      y.add(0.0);
      for (TimepointResult t : considered(s)) {
        if (t.changeFromBaselinePct().isPresent()) {
          x.add(Charts.months(s.referenceDate(), t.date()));
          y.add(t.changeFromBaselinePct().get().doubleValue());
        }
      }
      Response r = s.bestOverallResponse();
      boolean first = inLegend.add(r);
      XYSeries series = chart.addSeries(first ? Charts.label(r) : s.subjectId(), x, y);
      series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
      series.setLineColor(ResponseColors.of(r));
      series.setMarkerColor(ResponseColors.of(r));
      series.setMarker(SeriesMarkers.CIRCLE);
      series.setLineWidth(1.8f);
      series.setShowInLegend(first);
      double endX = x.get(x.size() - 1);
      double endY = y.get(y.size() - 1);
      if (drawn.size() <= MAX_LABELLED) {
        chart.addAnnotation(new AnnotationText(s.subjectId(), endX + LABEL_OFFSET_MONTHS, endY,
            false));
      }
      maxMonths = Math.max(maxMonths, endX);
      for (double v : y) {
        minPct = Math.min(minPct, v);
        maxPct = Math.max(maxPct, v);
      }
    }
    chart.getStyler().setXAxisMax(Math.ceil(maxMonths + 0.5));
    chart.getStyler().setYAxisMin(Math.min(-100, Math.floor(minPct / 10) * 10));
    chart.getStyler().setYAxisMax(Math.max(40, Math.ceil(maxPct / 10) * 10 + 10));
    chart.getStyler().setAnnotationTextFont(Charts.TICKS);
    chart.getStyler().setAnnotationTextFontColor(Color.DARK_GRAY);
    double end = Math.ceil(maxMonths + 0.5);
    reference(chart, Charts.PARTIAL_RESPONSE_LABEL, Charts.PARTIAL_RESPONSE_PCT, end,
        ResponseColors.of(Response.PR).darker());
    reference(chart, Charts.PROGRESSION_LABEL, Charts.PROGRESSION_PCT, end,
        ResponseColors.of(Response.PD).darker());
    return Picture.of("spider", width, height, g -> chart.paint(g, width, height));
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

  private static void reference(XYChart chart, String name, double value, double end, Color color) {
    XYSeries line = chart.addSeries(name, new double[] {0, end}, new double[] {value, value});
    line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
    line.setMarker(SeriesMarkers.NONE);
    line.setLineColor(color);
    line.setLineStyle(Charts.DASHED);
  }
}
