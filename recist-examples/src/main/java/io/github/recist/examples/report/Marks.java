package io.github.recist.examples.report;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

/** The marks of the pictures, centred on a point, in the current colour. */
final class Marks {
  private Marks() {}

  static void triangle(Graphics2D g, double x, double y, double r) {
    Path2D p = new Path2D.Double();
    p.moveTo(x, y - r);
    p.lineTo(x + r, y + r * 0.8);
    p.lineTo(x - r, y + r * 0.8);
    p.closePath();
    g.fill(p);
  }

  static void diamond(Graphics2D g, double x, double y, double r) {
    g.fill(diamondPath(x, y, r));
  }

  /** A diamond drawn in outline: an iUPD, a progression not yet confirmed (R14.4). */
  static void hollowDiamond(Graphics2D g, double x, double y, double r) {
    Stroke saved = g.getStroke();
    g.setStroke(new BasicStroke(1.8f));
    g.draw(diamondPath(x, y, r));
    g.setStroke(saved);
  }

  private static Path2D diamondPath(double x, double y, double r) {
    Path2D p = new Path2D.Double();
    p.moveTo(x, y - r);
    p.lineTo(x + r, y);
    p.lineTo(x, y + r);
    p.lineTo(x - r, y);
    p.closePath();
    return p;
  }

  static void cross(Graphics2D g, double x, double y, double r) {
    Stroke saved = g.getStroke();
    g.setStroke(new BasicStroke(2f));
    g.draw(new Line2D.Double(x - r, y - r, x + r, y + r));
    g.draw(new Line2D.Double(x - r, y + r, x + r, y - r));
    g.setStroke(saved);
  }

  static void plus(Graphics2D g, double x, double y, double r) {
    Stroke saved = g.getStroke();
    g.setStroke(new BasicStroke(1.5f));
    g.draw(new Line2D.Double(x - r, y, x + r, y));
    g.draw(new Line2D.Double(x, y - r, x, y + r));
    g.setStroke(saved);
  }

  static void circle(Graphics2D g, double x, double y, double r) {
    Stroke saved = g.getStroke();
    g.setStroke(new BasicStroke(1.5f));
    g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
    g.setStroke(saved);
  }

  static void dot(Graphics2D g, double x, double y, double r) {
    g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
  }

  /** An arrow pointing right, from {@code x} to {@code x + length}. */
  static void arrow(Graphics2D g, double x, double y, double length) {
    Stroke saved = g.getStroke();
    g.setStroke(new BasicStroke(1.8f));
    g.draw(new Line2D.Double(x, y, x + length - 3, y));
    g.setStroke(saved);
    Path2D head = new Path2D.Double();
    head.moveTo(x + length, y);
    head.lineTo(x + length - 6, y - 4);
    head.lineTo(x + length - 6, y + 4);
    head.closePath();
    g.fill(head);
  }
}
