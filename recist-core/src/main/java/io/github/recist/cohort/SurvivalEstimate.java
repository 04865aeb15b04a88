package io.github.recist.cohort;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The Kaplan–Meier estimate at one time: the survival probability, its Greenwood standard error, its
 * confidence band and the number still at risk. A landmark rate of Rule R13, such as the
 * progression-free survival rate at 6 months.
 */
public final class SurvivalEstimate {
  private final double time;
  private final int atRisk;
  private final double survival;
  private final double standardError;
  private final Optional<ConfidenceInterval> interval;

  SurvivalEstimate(double time, int atRisk, double survival, double standardError,
      Optional<ConfidenceInterval> interval) {
    this.time = time;
    this.atRisk = atRisk;
    this.survival = survival;
    this.standardError = standardError;
    this.interval = interval;
  }

  /** The time. */
  public double time() {
    return time;
  }

  /** The number at risk at that time: those whose time is at or after it. */
  public int atRisk() {
    return atRisk;
  }

  /** The estimated probability of being event-free beyond that time. */
  public double survival() {
    return survival;
  }

  /** Greenwood's standard error of {@link #survival()}; NaN where the survival is 0. */
  public double standardError() {
    return standardError;
  }

  /** The confidence band at that time; empty where the survival is 0 (infinite variance). */
  public Optional<ConfidenceInterval> interval() {
    return interval;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SurvivalEstimate)) {
      return false;
    }
    SurvivalEstimate e = (SurvivalEstimate) o;
    return Double.compare(e.time, time) == 0 && e.atRisk == atRisk
        && Double.compare(e.survival, survival) == 0
        && Double.compare(e.standardError, standardError) == 0 && e.interval.equals(interval);
  }

  @Override
  public int hashCode() {
    return Objects.hash(time, atRisk, survival, standardError, interval);
  }

  /** Prints as {@code t=182.625: 0.7500 (SE 0.1083, 95% CI 0.4084–0.9123), 9 at risk}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "t=%s: %.4f (SE %.4f%s), %d at risk",
        MedianSurvival.format(java.util.OptionalDouble.of(time)), survival, standardError,
        interval.map(i -> ", " + ConfidenceInterval.percent(i.level()) + " CI "
            + String.format(Locale.ROOT, "%.4f–%.4f", i.lower(), i.upper())).orElse(""),
        atRisk);
  }
}
