package io.github.recist.cohort;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.Objects;

/**
 * A two-sided confidence interval of a probability (a rate, a survival probability): its lower and
 * upper limits, both in [0, 1], and its confidence level.
 *
 * <p>Prints as {@code 0.0321–0.3789 (95%)}.
 */
public final class ConfidenceInterval {
  private final double lower;
  private final double upper;
  private final double level;

  private ConfidenceInterval(double lower, double upper, double level) {
    this.lower = lower;
    this.upper = upper;
    this.level = level;
  }

  /**
   * The interval from {@code lower} to {@code upper} at confidence {@code level}.
   *
   * @throws IllegalArgumentException if a limit is not in [0, 1], {@code lower > upper}, or the level
   *     is not strictly between 0 and 1
   */
  public static ConfidenceInterval of(double lower, double upper, double level) {
    checkArgument(lower >= 0 && lower <= 1, "lower limit %s is not a probability in [0, 1]", lower);
    checkArgument(upper >= 0 && upper <= 1, "upper limit %s is not a probability in [0, 1]", upper);
    checkArgument(lower <= upper, "lower limit %s is above upper limit %s", lower, upper);
    checkLevel(level);
    return new ConfidenceInterval(lower, upper, level);
  }

  static double checkLevel(double level) {
    checkArgument(level > 0 && level < 1,
        "confidence level %s is not strictly between 0 and 1 (use 0.95 for 95%)", level);
    return level;
  }

  /** The lower limit. */
  public double lower() {
    return lower;
  }

  /** The upper limit. */
  public double upper() {
    return upper;
  }

  /** The confidence level, such as 0.95. */
  public double level() {
    return level;
  }

  /** Whether {@code value} lies in the closed interval. */
  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ConfidenceInterval)) {
      return false;
    }
    ConfidenceInterval other = (ConfidenceInterval) o;
    return Double.compare(lower, other.lower) == 0 && Double.compare(upper, other.upper) == 0
        && Double.compare(level, other.level) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(lower, upper, level);
  }

  /** Prints as {@code 0.0321–0.3789 (95%)}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%.4f–%.4f (%s)", lower, upper, percent(level));
  }

  /** A level such as 0.95 as {@code 95%}, 0.975 as {@code 97.5%}. */
  static String percent(double level) {
    return java.math.BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros()
        .toPlainString() + "%";
  }
}
