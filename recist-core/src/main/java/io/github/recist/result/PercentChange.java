package io.github.recist.result;

import io.github.recist.model.Diameter;
import java.math.BigDecimal;

/**
 * A change of the sum of diameters relative to a reference (baseline or nadir), kept exact as tenths
 * of a millimetre and rendered as a percentage with one decimal, rounded toward zero, only when shown
 * (R5). A reason's value.
 */
public final class PercentChange {
  // the tenths as ints, 24 bytes a change instead of 32 (a target reason of each visit has one or
  // two; issue 14): a sum of diameters is at most Diameter.MAX_TENTHS
  private final int tenths;
  private final int referenceTenths;
  private final boolean magnitude;

  private PercentChange(long tenths, long referenceTenths, boolean magnitude) {
    this.tenths = asInt(tenths);
    this.referenceTenths = asInt(referenceTenths);
    this.magnitude = magnitude;
  }

  /** {@code tenths} as an int. */
  private static int asInt(long tenths) {
    if ((int) tenths != tenths) {
      throw new IllegalArgumentException(
          tenths + " tenths of a millimetre is not a sum of diameters");
    }
    return (int) tenths;
  }

  /**
   * The change from {@code referenceTenths} to {@code tenths}, shown with its sign ({@code +20.0},
   * {@code -10.0}).
   *
   * @throws IllegalArgumentException if either is beyond an int's range (no sum of diameters is)
   */
  public static PercentChange signed(long tenths, long referenceTenths) {
    return new PercentChange(tenths, referenceTenths, false);
  }

  /**
   * The change from {@code referenceTenths} to {@code tenths}, shown without sign ({@code 30.0}).
   *
   * @throws IllegalArgumentException if either is beyond an int's range (no sum of diameters is)
   */
  public static PercentChange magnitude(long tenths, long referenceTenths) {
    return new PercentChange(tenths, referenceTenths, true);
  }

  /** The new value. */
  public Diameter value() {
    return Diameter.ofTenths(tenths);
  }

  /** The reference it is compared with. */
  public Diameter reference() {
    return Diameter.ofTenths(referenceTenths);
  }

  /**
   * The change in percent, rounded toward zero to one decimal, so that a shown figure never crosses a
   * threshold the exact value does not (R5); empty-reference changes are null.
   */
  public BigDecimal percent() {
    return percent(tenths, referenceTenths);
  }

  /**
   * The change from {@code referenceTenths} to {@code tenths} in percent, one decimal, rounded toward
   * zero (R5: 100.1 to 70.1 mm is -29.97 %, shown -29.9 %); null for a 0 reference.
   */
  public static BigDecimal percent(long tenths, long referenceTenths) {
    if (referenceTenths == 0) {
      return null;
    }
    return BigDecimal.valueOf(tenthsOfPercent(tenths, referenceTenths), 1);
  }

  /**
   * The change from {@code referenceTenths} to {@code tenths} in tenths of a percent, rounded
   * toward zero (as {@link java.math.RoundingMode#DOWN}, R5), exactly, in whole numbers: the
   * digits of {@link #percent(long, long)} without its {@link BigDecimal}, for a writer that
   * prints them (issue 14); 100.1 to 70.1 mm is -299.
   *
   * @throws IllegalArgumentException if {@code referenceTenths} is not above 0
   */
  public static long tenthsOfPercent(long tenths, long referenceTenths) {
    if (referenceTenths <= 0) {
      throw new IllegalArgumentException(
          "a change in percent needs a reference above 0 mm, not " + referenceTenths + " tenths");
    }
    return (tenths - referenceTenths) * 1000 / referenceTenths; // long division truncates toward 0
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PercentChange)) {
      return false;
    }
    PercentChange other = (PercentChange) o;
    return tenths == other.tenths && referenceTenths == other.referenceTenths
        && magnitude == other.magnitude;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash((long) tenths, (long) referenceTenths, magnitude);
  }

  /** The new value in tenths of a millimetre, for {@link Reason}'s rendering. */
  int tenths() {
    return tenths;
  }

  /** The reference in tenths of a millimetre, for {@link Reason}'s rendering. */
  int referenceTenths() {
    return referenceTenths;
  }

  /** Whether it is shown without sign ({@link #magnitude}). */
  boolean isMagnitude() {
    return magnitude;
  }

  /**
   * Writes the change from {@code referenceTenths} to {@code tenths} to {@code sink} as {@link
   * #toString()} shows it, signed unless {@code magnitude}, with no change made for it (issue 14).
   */
  static void renderTo(Reason.Sink sink, long tenths, long referenceTenths, boolean magnitude) {
    if (referenceTenths == 0) {
      sink.text("n/a");
      return;
    }
    long p = tenthsOfPercent(tenths, referenceTenths);
    long abs = Math.abs(p);
    if (!magnitude && p != 0) {
      sink.ascii(p > 0 ? '+' : '-');
    }
    sink.oneDecimal(abs);
  }

  /** {@code 30.0}, {@code +20.0} or {@code -10.0}; {@code n/a} against a 0 mm reference. */
  @Override
  public String toString() {
    if (referenceTenths == 0) {
      return "n/a";
    }
    long p = tenthsOfPercent(tenths, referenceTenths);
    long abs = Math.abs(p);
    String sign = magnitude || p == 0 ? "" : p > 0 ? "+" : "-";
    return sign + abs / 10 + "." + abs % 10;
  }
}
