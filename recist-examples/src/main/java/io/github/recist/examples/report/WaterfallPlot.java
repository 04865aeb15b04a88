package io.github.recist.examples.report;

import io.github.recist.model.Response;
import io.github.recist.result.SubjectAssessment;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The waterfall plot: one bar per subject, its best percentage change of the target sum from
 * baseline ({@link SubjectAssessment#bestChangeFromBaselinePct()}, Rule R10), ordered from the
 * largest growth to the deepest shrinkage and coloured by best overall response, with the −30 %
 * (partial response) and +20 % (progression) lines of Rule R6. Subjects without a measured target
 * sum have no bar.
 */
public final class WaterfallPlot {
  private WaterfallPlot() {}

  /** The waterfall of {@code subjects}, named {@code waterfall}. */
  public static Picture of(List<SubjectAssessment> subjects) {
    List<SubjectAssessment> bars = new ArrayList<>();
    for (SubjectAssessment s : subjects) {
      if (s.bestChangeFromBaselinePct().isPresent()) {
        bars.add(s);
      }
    }
    bars.sort(Comparator.comparing((SubjectAssessment s) -> s.bestChangeFromBaselinePct().get())
        .reversed().thenComparing(SubjectAssessment::subjectId));
    int width = Math.max(760, 260 + 26 * bars.size());
    int height = 520;
    String title = "Best change of the sum of target diameters";
    if (bars.isEmpty()) {
      return Picture.of("waterfall", width, height, g -> Charts.empty(g, width, height, title,
          "No subject has a measured target sum."));
    }
    CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(title)
        .xAxisTitle("Subject (ordered by best change)")
        .yAxisTitle("Best change from baseline (%)").build();
    Charts.style(chart.getStyler());
    chart.getStyler().setOverlapped(true);
    chart.getStyler().setAvailableSpaceFill(0.8);
    chart.getStyler().setXAxisLabelRotation(bars.size() > 12 ? 90 : 0);
    chart.getStyler().setPlotGridVerticalLinesVisible(false);
    double min = bars.stream().mapToDouble(s -> s.bestChangeFromBaselinePct().get().doubleValue())
        .min().orElse(0);
    double max = bars.stream().mapToDouble(s -> s.bestChangeFromBaselinePct().get().doubleValue())
        .max().orElse(0);
    chart.getStyler().setYAxisMin(Math.min(-100, Math.floor(min / 10) * 10));
    chart.getStyler().setYAxisMax(Math.max(40, Math.ceil(max / 10) * 10 + 10));

    List<String> ids = new ArrayList<>();
    bars.forEach(s -> ids.add(s.subjectId()));
    Set<Response> present = EnumSet.noneOf(Response.class);
    bars.forEach(s -> present.add(s.bestOverallResponse()));
    for (Response r : present) {
      List<Double> values = new ArrayList<>();
      for (SubjectAssessment s : bars) {
        BigDecimal change = s.bestChangeFromBaselinePct().get();
        values.add(s.bestOverallResponse() == r ? change.doubleValue() : null);
      }
      CategorySeries series = chart.addSeries(Charts.label(r), ids, values);
      series.setFillColor(ResponseColors.of(r));
      series.setLineColor(ResponseColors.of(r));
    }
    reference(chart, ids, Charts.PARTIAL_RESPONSE_LABEL, Charts.PARTIAL_RESPONSE_PCT,
        ResponseColors.of(Response.PR).darker());
    reference(chart, ids, Charts.PROGRESSION_LABEL, Charts.PROGRESSION_PCT,
        ResponseColors.of(Response.PD).darker());
    return Picture.of("waterfall", width, height, g -> chart.paint(g, width, height));
  }

  private static void reference(CategoryChart chart, List<String> ids, String name, double value,
      Color color) {
    CategorySeries line = chart.addSeries(name, ids, new ArrayList<>(
        Collections.nCopies(ids.size(), value)));
    line.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Line);
    line.setMarker(SeriesMarkers.NONE);
    line.setLineColor(color);
    line.setLineStyle(Charts.DASHED);
  }
}
