package io.github.recist.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;

/**
 * A length in millimetres recorded to one decimal place (RECIST-RULES.md R5: thresholds are decided
 * on the recorded tenths of a millimetre, never on binary floating point).
 *
 * <p>A diameter is exact: it is held as a whole number of tenths of a millimetre, so {@code 25.5 mm}
 * plus {@code 5.1 mm} is exactly {@code 30.6 mm}. It prints as {@code 9.5 mm} or {@code 32 mm}, and
 * {@link #parse(CharSequence)} reads that text back.
 */
public final class Diameter implements Comparable<Diameter> {

  /** The largest diameter accepted: 10 metres, far beyond any tumour, to catch unit mistakes. */
  public static final long MAX_TENTHS = 100_000L;

  /** {@code 0 mm}: a lesion that has disappeared (Rule R4). */
  public static final Diameter ZERO = new Diameter(0);

  private static final BigDecimal MAX_MILLIMETRES = BigDecimal.valueOf(MAX_TENTHS / 10);

  private final long tenths;

  private Diameter(long tenths) {
    this.tenths = tenths;
  }

  /**
   * Returns the diameter of the given number of tenths of a millimetre.
   *
   * @throws IllegalArgumentException if {@code tenths} is negative or above {@link #MAX_TENTHS}
   */
  public static Diameter ofTenths(long tenths) {
    if (tenths < 0 || tenths > MAX_TENTHS) {
      throw notADiameter(tenths); // the message made out of line: this runs for every sum
    }
    Diameter[] made = Made.DIAMETERS;
    Diameter d = made[(int) tenths];
    if (d == null) {
      d = new Diameter(tenths);
      made[(int) tenths] = d;
    }
    return d;
  }

  /** Why {@code tenths} is no diameter: negative, or above {@link #MAX_TENTHS}. */
  private static IllegalArgumentException notADiameter(long tenths) {
    if (tenths < 0) {
      return new IllegalArgumentException(render(tenths) + " mm is not a diameter");
    }
    return new IllegalArgumentException(render(tenths)
        + " mm is not a plausible diameter (at most " + render(MAX_TENTHS) + " mm)");
  }

  /**
   * Each diameter made, at most one per value (as {@link Integer#valueOf(int)} keeps small
   * integers, but for every value up to {@link #MAX_TENTHS}, each made at its first use): the engine
   * makes a diameter for every sum and nadir of every visit. Every value takes the same path, so
   * that a sum above any fixed bound (such as the 500 mm that were made in advance before) does not
   * send the compiled {@code ofTenths} back to be compiled again (issue 14). A race of two threads
   * at a value's first use makes two equal diameters, one of them kept: a diameter is immutable and
   * compared by value, and its final field is seen whole by every thread.
   */
  private static final class Made {
    static final Diameter[] DIAMETERS = new Diameter[(int) MAX_TENTHS + 1];

    static {
      DIAMETERS[0] = ZERO;
    }
  }

  /**
   * Returns the diameter of a whole number of millimetres.
   *
   * @throws IllegalArgumentException if {@code millimetres} is negative or implausibly large
   */
  public static Diameter ofMillimetres(long millimetres) {
    checkArgument(millimetres >= 0, "%s mm is not a diameter", millimetres);
    checkArgument(millimetres <= MAX_TENTHS / 10, "%s mm is not a plausible diameter (at most %s mm)",
        millimetres, MAX_TENTHS / 10);
    return ofTenths(millimetres * 10);
  }

  /**
   * Returns the diameter of {@code millimetres}, which must carry at most one decimal.
   *
   * <p>The double is read as its shortest decimal form ({@code 9.5} is 9.5, {@code 0.1} is 0.1).
   *
   * @throws IllegalArgumentException if the value is negative, not finite, implausibly large, or has
   *     more than one decimal
   */
  public static Diameter ofMillimetres(double millimetres) {
    checkArgument(Double.isFinite(millimetres), "%s mm is not a diameter", millimetres);
    return ofMillimetres(BigDecimal.valueOf(millimetres));
  }

  /**
   * Returns the diameter of {@code millimetres}, which must carry at most one decimal.
   *
   * @throws IllegalArgumentException if the value is negative, implausibly large, or has more than
   *     one decimal
   */
  public static Diameter ofMillimetres(BigDecimal millimetres) {
    BigDecimal plain = millimetres.stripTrailingZeros();
    if (plain.signum() < 0) {
      throw new IllegalArgumentException(plain.toPlainString() + " mm is not a diameter");
    }
    if (plain.compareTo(MAX_MILLIMETRES) > 0) {
      throw new IllegalArgumentException(plain.toPlainString()
          + " mm is not a plausible diameter (at most " + MAX_TENTHS / 10 + " mm)");
    }
    if (plain.scale() > 1) {
      throw new IllegalArgumentException(plain.toPlainString()
          + " mm has more than one decimal (diameters are recorded to 0.1 mm)");
    }
    return ofTenths(plain.movePointRight(1).longValueExact());
  }

  /**
   * Returns the diameter written in {@code text}, such as {@code "9.5"} or {@code "9.5 mm"}.
   *
   * @throws IllegalArgumentException if the text is not a non-negative number with at most one
   *     decimal, optionally followed by {@code mm}
   */
  public static Diameter parse(CharSequence text) {
    String s = text.toString().trim();
    if (s.endsWith("mm")) {
      s = s.substring(0, s.length() - 2).trim();
    }
    BigDecimal value;
    try {
      value = new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a diameter in mm", e);
    }
    return ofMillimetres(value);
  }

  /** The diameter in tenths of a millimetre, exact. */
  public long tenths() {
    return tenths;
  }

  /** The diameter in millimetres, exact. */
  public BigDecimal millimetres() {
    return tenths % 10 == 0 ? BigDecimal.valueOf(tenths / 10) : BigDecimal.valueOf(tenths, 1);
  }

  /** Whether this is {@code 0 mm}. */
  public boolean isZero() {
    return tenths == 0;
  }

  /** The sum of this diameter and {@code other}. */
  public Diameter plus(Diameter other) {
    return ofTenths(tenths + other.tenths);
  }

  @Override
  public int compareTo(Diameter other) {
    return Long.compare(tenths, other.tenths);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Diameter && ((Diameter) o).tenths == tenths;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(tenths);
  }

  /** Prints as {@code 9.5 mm} or {@code 32 mm}. */
  @Override
  public String toString() {
    return render(tenths) + " mm";
  }

  /** Renders tenths of a millimetre as a plain number of millimetres: {@code 95 -> "9.5"}. */
  public static String render(long tenths) {
    long whole = tenths / 10;
    long tenth = Math.abs(tenths % 10);
    if (tenth == 0) {
      return Long.toString(whole);
    }
    return (tenths < 0 && whole == 0 ? "-" : "") + whole + "." + tenth;
  }
}
