package io.github.recist.examples.report;

import io.github.recist.model.Response;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimeToEvent;
import io.github.recist.result.TimepointResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The swimmer plot: one bar per subject from the reference date to the end of its follow-up in the
 * window (the later of its last time point in the window and the end of its progression-free
 * survival, Rule R13), coloured by best overall response, longest at the top, with marks for the
 * first response (CR or PR), progression, death without progression, and a grey dot where
 * progression-free survival was censored (event-free at the last evaluable assessment, or before a
 * new anti-cancer therapy). Time is in months of 30.4375 days.
 */
public final class SwimmerPlot {
  private SwimmerPlot() {}

  /** The swimmer plot of {@code subjects}, named {@code swimmer}. */
  public static Picture of(List<SubjectAssessment> subjects) {
    List<SubjectAssessment> rows = new ArrayList<>(subjects);
    rows.sort(Comparator.comparingDouble(SwimmerPlot::endMonths)
        .thenComparing(SubjectAssessment::subjectId, Comparator.reverseOrder()));
    int n = rows.size();
    int rowHeight = n > 40 ? 14 : 24;
    int width = 900;
    int height = Math.max(360, 150 + rowHeight * n);
    XYChart chart = new XYChartBuilder().width(width).height(height)
        .title("Time on study, response and progression").xAxisTitle("Months since the reference date")
        .yAxisTitle("Subject").build();
    Charts.style(chart.getStyler());
    chart.getStyler().setPlotGridHorizontalLinesVisible(false);
    chart.getStyler().setXAxisMin(0.0);
    chart.getStyler().setYAxisTickMarkSpacingHint(Math.max(8, rowHeight - 4));
    chart.getStyler().setMarkerSize(Math.min(12, rowHeight - 6));
    chart.getStyler().setyAxisTickLabelsFormattingFunction(v -> {
      long i = Math.round(v);
      return Math.abs(v - i) < 1e-6 && i >= 0 && i < n ? rows.get(n - 1 - (int) i).subjectId() : "";
    });
    float barWidth = rowHeight * 0.55f;
    Set<Response> present = EnumSet.noneOf(Response.class);
    List<double[]> response = new ArrayList<>();
    List<double[]> progression = new ArrayList<>();
    List<double[]> death = new ArrayList<>();
    List<double[]> censored = new ArrayList<>();
    double maxMonths = 1;
    // Bottom row first: XChart puts a tick at every row only when the y values come in order.
    for (int k = n - 1; k >= 0; k--) {
      SubjectAssessment s = rows.get(k);
      double y = n - 1 - k;
      double end = endMonths(s);
      maxMonths = Math.max(maxMonths, end);
      Response r = s.bestOverallResponse();
      present.add(r);
      XYSeries bar = chart.addSeries("bar " + s.subjectId(), new double[] {0, end},
          new double[] {y, y});
      bar(bar, r, barWidth);
      bar.setShowInLegend(false);
      firstResponse(s).ifPresent(d -> response.add(new double[] {Charts.months(s.referenceDate(), d), y}));
      TimeToEvent pfs = s.progressionFreeSurvival();
      double pfsEnd = Charts.months(s.referenceDate(), pfs.end());
      if (s.progressionDate().isPresent()) {
        progression.add(new double[] {Charts.months(s.referenceDate(), s.progressionDate().get()), y});
      } else if (pfs.event()) {
        death.add(new double[] {pfsEnd, y});
      }
      if (pfs.censored()) {
        censored.add(new double[] {pfsEnd, y});
      }
    }
    // Legend entries of the colours, in rank order: one invisible point each.
    for (Response r : present) {
      bar(chart.addSeries(Charts.label(r), new double[] {0}, new double[] {0}), r, barWidth);
    }
    marks(chart, "First response (CR/PR)", response, SeriesMarkers.TRIANGLE_UP, new Color(0x08306B));
    marks(chart, "Progression", progression, SeriesMarkers.DIAMOND, new Color(0xB2182B));
    marks(chart, "Death", death, SeriesMarkers.CROSS, Color.BLACK);
    marks(chart, "PFS censored", censored, SeriesMarkers.CIRCLE,
        new Color(0x636363));
    chart.getStyler().setXAxisMax(Math.ceil(maxMonths + 0.5));
    return Picture.of("swimmer", width, height, g -> chart.paint(g, width, height));
  }

  /** The end of the bar: the later of the last time point in the window and the end of PFS. */
  static double endMonths(SubjectAssessment s) {
    LocalDate end = s.progressionFreeSurvival().end();
    for (TimepointResult t : s.timepoints()) {
      if (t.withinWindow() && t.date().isAfter(end)) {
        end = t.date();
      }
    }
    return Charts.months(s.referenceDate(), end);
  }

  /** The first visit of the response, for a responder. */
  static java.util.Optional<LocalDate> firstResponse(SubjectAssessment s) {
    if (!s.isResponder()) {
      return java.util.Optional.empty();
    }
    return s.durationOfResponse().map(TimeToEvent::start).or(s::bestOverallResponseDate);
  }

  private static void bar(XYSeries series, Response r, float width) {
    series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
    series.setMarker(SeriesMarkers.NONE);
    series.setLineColor(ResponseColors.of(r));
    series.setLineStyle(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
  }

  private static void marks(XYChart chart, String name, List<double[]> points, Marker marker,
      Color color) {
    if (points.isEmpty()) {
      return;
    }
    double[] x = points.stream().mapToDouble(p -> p[0]).toArray();
    double[] y = points.stream().mapToDouble(p -> p[1]).toArray();
    XYSeries series = chart.addSeries(name, x, y);
    series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
    series.setMarker(marker);
    series.setMarkerColor(color);
  }
}
