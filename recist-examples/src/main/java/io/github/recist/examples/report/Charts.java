package io.github.recist.examples.report;

import io.github.recist.cohort.Cohort;
import io.github.recist.model.Response;
import io.github.recist.rules.TargetResponse;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/** The look shared by every picture: fonts, white background, light grid, legend outside right. */
final class Charts {
  private Charts() {}

  static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
  static final Font AXIS_TITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  static final Color GRID = new Color(0xE0E0E0);
  static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
      BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
  static final BasicStroke DOTTED = new BasicStroke(1f, BasicStroke.CAP_BUTT,
      BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f);
  /**
   * RECIST 1.1 thresholds drawn as reference lines (Rule R6), from the constants that decide them:
   * {@link TargetResponse#PARTIAL_RESPONSE_PERCENT} below baseline, {@link
   * TargetResponse#PROGRESSION_PERCENT} above the nadir.
   */
  static final double PARTIAL_RESPONSE_PCT = -TargetResponse.PARTIAL_RESPONSE_PERCENT;
  static final double PROGRESSION_PCT = TargetResponse.PROGRESSION_PERCENT;
  /** The partial-response line's label: {@code −30% (partial response)}. */
  static final String PARTIAL_RESPONSE_LABEL =
      "\u2212" + TargetResponse.PARTIAL_RESPONSE_PERCENT + "% (partial response)";
  /** The progression line's label: {@code +20% (progression)}. */
  static final String PROGRESSION_LABEL = "+" + TargetResponse.PROGRESSION_PERCENT + "% (progression)";

  static void style(AxesChartStyler s) {
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderColor(Color.GRAY);
    s.setPlotGridLinesColor(GRID);
    s.setChartTitleFont(TITLE);
    s.setChartTitleBoxVisible(false);
    s.setAxisTitleFont(AXIS_TITLE);
    s.setAxisTickLabelsFont(TICKS);
    s.setLegendFont(LEGEND);
    s.setLegendPosition(Styler.LegendPosition.OutsideE);
    s.setLegendBorderColor(Color.LIGHT_GRAY);
    s.setChartPadding(12);
    s.setAntiAlias(true);
    s.setToolTipsEnabled(false);
    s.setLocale(java.util.Locale.ROOT);
  }

  /** Months from {@code start} to {@code end}, by the convention of {@link Cohort#DAYS_PER_MONTH}. */
  static double months(LocalDate start, LocalDate end) {
    return ChronoUnit.DAYS.between(start, end) / Cohort.DAYS_PER_MONTH;
  }

  /** The legend label of a best response: {@code PR (partial response)}. */
  static String label(Response r) {
    return r.name().replace('_', '-') + " (" + r.description() + ")";
  }

  /** Draws {@code text} centred on {@code x} with its baseline at {@code y}. */
  static void centred(Graphics2D g, String text, double x, double y) {
    int w = g.getFontMetrics().stringWidth(text);
    g.drawString(text, (float) (x - w / 2.0), (float) y);
  }

  /** Draws a message in the middle of an empty picture. */
  static void empty(Graphics2D g, int width, int height, String title, String message) {
    g.setColor(Color.BLACK);
    g.setFont(TITLE);
    centred(g, title, width / 2.0, 30);
    g.setFont(AXIS_TITLE);
    g.setColor(Color.DARK_GRAY);
    centred(g, message, width / 2.0, height / 2.0);
  }
}
