package io.github.recist.cohort;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The median of a Kaplan–Meier estimate with its Brookmeyer–Crowley confidence interval (Rule R13:
 * median progression-free survival, median duration of response).
 *
 * <p>Each of the three is the time at which a curve first falls to 0.5 or below: the estimate Ŝ for
 * the median, the lower confidence band for the lower limit and the upper band for the upper limit
 * (Brookmeyer &amp; Crowley, Biometrics 38 (1982) 29–41, with the band of the chosen {@link
 * ConfidenceTransform}). Where a curve is exactly 0.5 (within 1.5·10<sup>−8</sup>) from t<sub>j</sub>
 * until the next drop at t<sub>k</sub>, the value is the midpoint (t<sub>j</sub> + t<sub>k</sub>) /
 * 2, or the midpoint with the last observed time when the curve ends at 0.5 — the rule of R's {@code
 * quantile.survfit} and of SAS {@code PROC LIFETEST}. A curve that never falls to 0.5 gives an empty
 * value: "not reached" (NR).
 */
public final class MedianSurvival {
  private final OptionalDouble estimate;
  private final OptionalDouble lower;
  private final OptionalDouble upper;
  private final double level;
  private final ConfidenceTransform transform;

  MedianSurvival(OptionalDouble estimate, OptionalDouble lower, OptionalDouble upper, double level,
      ConfidenceTransform transform) {
    this.estimate = estimate;
    this.lower = lower;
    this.upper = upper;
    this.level = level;
    this.transform = transform;
  }

  /** The median; empty when not reached. */
  public OptionalDouble estimate() {
    return estimate;
  }

  /** The lower confidence limit; empty when not reached. */
  public OptionalDouble lower() {
    return lower;
  }

  /** The upper confidence limit; empty when not reached (common with little follow-up). */
  public OptionalDouble upper() {
    return upper;
  }

  /** Whether the median was reached. */
  public boolean isReached() {
    return estimate.isPresent();
  }

  /** The confidence level of the interval. */
  public double confidenceLevel() {
    return level;
  }

  /** The transform of the bands the interval was read from. */
  public ConfidenceTransform transform() {
    return transform;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof MedianSurvival)) {
      return false;
    }
    MedianSurvival m = (MedianSurvival) o;
    return m.estimate.equals(estimate) && m.lower.equals(lower) && m.upper.equals(upper)
        && Double.compare(m.level, level) == 0 && m.transform == transform;
  }

  @Override
  public int hashCode() {
    return Objects.hash(estimate, lower, upper, level, transform);
  }

  /** Prints as {@code 23 (95% CI 13–NR)}. */
  @Override
  public String toString() {
    return format(estimate) + " (" + ConfidenceInterval.percent(level) + " CI " + format(lower) + "–"
        + format(upper) + ")";
  }

  /** A time as {@code 23} or {@code 23.5}, with at most two decimals; {@code NR} when empty. */
  static String format(OptionalDouble time) {
    if (time.isEmpty()) {
      return "NR";
    }
    return new java.math.BigDecimal(String.format(Locale.ROOT, "%.2f", time.getAsDouble()))
        .stripTrailingZeros().toPlainString();
  }
}
