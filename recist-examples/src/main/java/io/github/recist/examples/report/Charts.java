package io.github.recist.examples.report;

import io.github.recist.cohort.Cohort;
import io.github.recist.model.Response;
import io.github.recist.rules.TargetResponse;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * What every picture shares: fonts, colours, the RECIST thresholds, and a plot {@link Frame} with
 * its axes. Everything is drawn with {@link Graphics2D} primitives and {@code drawString}, so the
 * SVG has real {@code <text>} (searchable, small) and the PNG is drawn in one pass.
 */
final class Charts {
  private Charts() {}

  /**
   * A sans-serif font installed here, by its own name: VectorGraphics2D looks for the physical font
   * behind a logical one ({@code SansSerif}) by laying each string out in every installed font,
   * which made the SVGs slow; the SVG names it with {@code sans-serif} after it ({@link Picture}).
   */
  static final String FAMILY = physicalSansSerif();
  static final Font TITLE = new Font(FAMILY, Font.BOLD, 15);
  static final Font NOTE = new Font(FAMILY, Font.PLAIN, 12);
  static final Font AXIS_TITLE = new Font(FAMILY, Font.PLAIN, 13);
  static final Font TICKS = new Font(FAMILY, Font.PLAIN, 11);
  static final Font SMALL = new Font(FAMILY, Font.PLAIN, 10);
  static final Font LEGEND = new Font(FAMILY, Font.PLAIN, 11);
  static final Color GRID = new Color(0xE6E6E6);
  static final Color AXIS = new Color(0x757575);
  static final Color TEXT = new Color(0x222222);
  static final Color MUTED = new Color(0x555555);
  static final BasicStroke DASHED = new BasicStroke(1.3f, BasicStroke.CAP_BUTT,
      BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
  static final BasicStroke THIN = new BasicStroke(1f);

  /** The partial-response threshold of Rule R6.4, as drawn: −30 % from baseline. */
  static final double PARTIAL_RESPONSE_PCT = -TargetResponse.PARTIAL_RESPONSE_PERCENT;
  /** The progression threshold of Rule R6.3, as drawn: +20 % (from the nadir, and 5 mm). */
  static final double PROGRESSION_PCT = TargetResponse.PROGRESSION_PERCENT;
  /** The threshold lines' colours: the PR and PD colours, darker. */
  static final Color PARTIAL_RESPONSE_LINE = ResponseColors.of(Response.PR).darker();
  static final Color PROGRESSION_LINE = ResponseColors.of(Response.PD).darker();

  /** The widest a picture is drawn, in pixels: the long side of every PNG stays within it. */
  static final int MAX_SIDE = 2400;

  private static String physicalSansSerif() {
    for (String name : List.of("DejaVu Sans", "Liberation Sans", "Arial", "Helvetica",
        "Noto Sans")) {
      if (new Font(name, Font.PLAIN, 12).getFamily(Locale.ROOT).equals(name)) {
        return name;
      }
    }
    return Font.SANS_SERIF;
  }

  /** Months from {@code start} to {@code end}, by the convention of {@link Cohort#DAYS_PER_MONTH}. */
  static double months(LocalDate start, LocalDate end) {
    return ChronoUnit.DAYS.between(start, end) / Cohort.DAYS_PER_MONTH;
  }

  /** The legend label of a best response: {@code PR (partial response)}. */
  static String label(Response r) {
    return r.name().replace('_', '-') + " (" + r.description() + ")";
  }

  /** A response code under either criteria, for a legend: {@code iUPD (immune unconfirmed progression)}. */
  static String label(io.github.recist.model.BestResponseCode c) {
    return c.code().replace('_', '-') + " (" + c.description() + ")";
  }

  /** {@code n} with thousands separators: {@code 20,000}. */
  static String count(long n) {
    return NumberFormat.getIntegerInstance(Locale.US)
        .format(n);
  }

  /** {@code n word} or {@code n words}: {@code 1 subject}, {@code 1,000 subjects}. */
  static String count(long n, String word) {
    return count(n) + " " + (n == 1 ? word : word + "s");
  }

  /** A share as a percentage with one decimal: {@code 31.2 %}. */
  static String share(long part, long whole) {
    return String.format(Locale.ROOT, "%.1f %%", whole == 0 ? 0.0 : 100.0 * part / whole);
  }

  /** A signed percentage axis label: {@code −30 %}, {@code +20 %}, {@code 0 %}. */
  static String signedPercent(double v) {
    long r = Math.round(v);
    return (r > 0 ? "+" : r < 0 ? "−" : "") + Math.abs(r) + " %";
  }

  /** Draws {@code text} centred on {@code x} with its baseline at {@code y}. */
  static void centred(Graphics2D g, String text, double x, double y) {
    int w = g.getFontMetrics().stringWidth(text);
    g.drawString(text, (float) (x - w / 2.0), (float) y);
  }

  /** Draws {@code text} ending at {@code x}, baseline at {@code y}. */
  static void right(Graphics2D g, String text, double x, double y) {
    int w = g.getFontMetrics().stringWidth(text);
    g.drawString(text, (float) (x - w), (float) y);
  }

  /** Draws {@code text} turned a quarter left, centred on {@code y}, its baseline at {@code x}. */
  static void vertical(Graphics2D g, String text, double x, double y) {
    AffineTransform saved = g.getTransform();
    g.translate(x, y);
    g.rotate(-Math.PI / 2);
    centred(g, text, 0, 0);
    g.setTransform(saved);
  }

  /** The title at the top left, and the note lines under it, in grey. */
  static void heading(Graphics2D g, String title, List<String> notes) {
    g.setColor(TEXT);
    g.setFont(TITLE);
    g.drawString(title, 16f, 24f);
    g.setFont(NOTE);
    g.setColor(MUTED);
    float y = 42f;
    for (String n : notes) {
      g.drawString(n, 16f, y);
      y += 16f;
    }
  }

  /** The height the heading takes with {@code notes} lines of notes. */
  static int headingHeight(int notes) {
    return 34 + 16 * notes;
  }

  /** Draws a message in the middle of an empty picture. */
  static void empty(Graphics2D g, int width, int height, String title, String message) {
    heading(g, title, List.of());
    g.setFont(AXIS_TITLE);
    g.setColor(MUTED);
    centred(g, message, width / 2.0, height / 2.0);
  }

  /** One legend entry: a swatch of {@code color} (or none) and its text. */
  record Entry(Color color, String text, Kind kind) {
    enum Kind { BOX, LINE, DASH, MARK_TRIANGLE, MARK_DIAMOND, MARK_HOLLOW_DIAMOND, MARK_CROSS, MARK_CIRCLE, MARK_PLUS, ARROW, BAND, NONE }

    static Entry box(Color c, String text) {
      return new Entry(c, text, Kind.BOX);
    }
  }

  /** Draws the legend's entries from ({@code x}, {@code y}) downwards; returns the y below it. */
  static int legend(Graphics2D g, int x, int y, List<Entry> entries) {
    g.setFont(LEGEND);
    int row = y;
    for (Entry e : entries) {
      Stroke saved = g.getStroke();
      if (e.color() != null) {
        g.setColor(e.color());
      }
      switch (e.kind()) {
        case BOX -> g.fill(new Rectangle2D.Double(x, row - 9, 12, 10));
        case LINE -> {
          g.setStroke(new BasicStroke(2.2f));
          g.draw(new Line2D.Double(x, row - 4, x + 14, row - 4));
        }
        case DASH -> {
          g.setStroke(DASHED);
          g.draw(new Line2D.Double(x, row - 4, x + 16, row - 4));
        }
        case BAND -> g.fill(new Rectangle2D.Double(x, row - 9, 14, 10));
        case MARK_TRIANGLE -> Marks.triangle(g, x + 6, row - 4, 5);
        case MARK_DIAMOND -> Marks.diamond(g, x + 6, row - 4, 5);
        case MARK_HOLLOW_DIAMOND -> Marks.hollowDiamond(g, x + 6, row - 4, 5);
        case MARK_CROSS -> Marks.cross(g, x + 6, row - 4, 4);
        case MARK_CIRCLE -> Marks.circle(g, x + 6, row - 4, 4);
        case MARK_PLUS -> Marks.plus(g, x + 6, row - 4, 5);
        case ARROW -> Marks.arrow(g, x + 2, row - 4, 10);
        default -> { }
      }
      g.setStroke(saved);
      g.setColor(TEXT);
      g.drawString(e.text(), x + 20, row);
      row += 16;
    }
    return row;
  }

  /** The width the legend's longest text needs, swatch included. */
  static int legendWidth(Graphics2D g, List<Entry> entries) {
    g.setFont(LEGEND);
    int w = 0;
    for (Entry e : entries) {
      w = Math.max(w, g.getFontMetrics().stringWidth(e.text()));
    }
    return w + 20;
  }

  /** About {@code max} round tick values from {@code lo} to {@code hi}, multiples of 1, 2 or 5 × 10ⁿ. */
  static List<Double> ticks(double lo, double hi, int max) {
    double span = Math.max(hi - lo, 1e-9);
    double raw = span / Math.max(1, max);
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = mag;
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      step = m * mag;
      if (step >= raw) {
        break;
      }
    }
    List<Double> out = new ArrayList<>();
    for (double v = Math.ceil(lo / step - 1e-9) * step; v <= hi + 1e-9 * step; v += step) {
      out.add(Math.abs(v) < 1e-9 ? 0.0 : v);
    }
    return out;
  }

  /** A number as a tick label: {@code 3}, {@code 2.5}. */
  static String tick(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  /**
   * The plot area of a picture: a rectangle of pixels and the ranges of data it shows, mapping
   * data to pixels, with its grid, axes, tick labels and axis titles.
   */
  static final class Frame {
    final double left;
    final double top;
    final double right;
    final double bottom;
    final double x0;
    final double x1;
    final double y0;
    final double y1;

    Frame(double left, double top, double right, double bottom, double x0, double x1, double y0,
        double y1) {
      this.left = left;
      this.top = top;
      this.right = right;
      this.bottom = bottom;
      this.x0 = x0;
      this.x1 = x1;
      this.y0 = y0;
      this.y1 = y1;
    }

    double x(double v) {
      return left + (v - x0) / (x1 - x0) * (right - left);
    }

    double y(double v) {
      return bottom - (v - y0) / (y1 - y0) * (bottom - top);
    }

    double width() {
      return right - left;
    }

    /** Horizontal grid lines and labels at {@code ys}; the y axis title, turned. */
    void yAxis(Graphics2D g, List<Double> ys, DoubleFunction<String> label, String title) {
      g.setFont(TICKS);
      for (double v : ys) {
        double py = y(v);
        g.setColor(GRID);
        g.setStroke(THIN);
        g.draw(new Line2D.Double(left, py, right, py));
        g.setColor(TEXT);
        right(g, label.apply(v), left - 6, py + 4);
      }
      g.setFont(AXIS_TITLE);
      g.setColor(TEXT);
      vertical(g, title, 18, (top + bottom) / 2);
    }

    /** Tick marks and labels at {@code xs} under the plot; the x axis title under them. */
    void xAxis(Graphics2D g, List<Double> xs, DoubleFunction<String> label, String title,
        boolean grid) {
      g.setFont(TICKS);
      for (double v : xs) {
        double px = x(v);
        if (grid) {
          g.setColor(GRID);
          g.setStroke(THIN);
          g.draw(new Line2D.Double(px, top, px, bottom));
        }
        g.setColor(AXIS);
        g.draw(new Line2D.Double(px, bottom, px, bottom + 4));
        g.setColor(TEXT);
        centred(g, label.apply(v), px, bottom + 17);
      }
      if (title != null) {
        g.setFont(AXIS_TITLE);
        centred(g, title, (left + right) / 2, bottom + 36);
      }
    }

    /** The plot's border. */
    void border(Graphics2D g) {
      g.setColor(AXIS);
      g.setStroke(THIN);
      g.draw(new Rectangle2D.Double(left, top, right - left, bottom - top));
    }

    /** A dashed horizontal line at {@code v} across the plot; the legend says what it is. */
    void reference(Graphics2D g, double v, Color color) {
      if (v < y0 || v > y1) {
        return;
      }
      double py = y(v);
      g.setColor(color);
      g.setStroke(DASHED);
      g.draw(new Line2D.Double(left, py, right, py));
      g.setStroke(THIN);
    }
  }
}
