package io.github.recist.cohort;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.Objects;
import org.apache.commons.math3.stat.interval.ClopperPearsonInterval;

/**
 * A binomial proportion, such as the objective response rate of Rule R13: how many of how many,
 * the share, and its exact (Clopper–Pearson) confidence interval.
 *
 * <pre>{@code
 * Proportion orr = Proportion.of(3, 20);   // 3/20 = 15.0% (95% CI 3.2%–37.9%)
 * orr.interval().lower();                  // 0.03207...
 * orr.withConfidenceLevel(0.90);           // the same count at 90%
 * }</pre>
 *
 * <p>The interval is Commons Math's {@link ClopperPearsonInterval} (the "exact" interval of
 * Clopper and Pearson, Biometrika 26 (1934) 404–413; R's {@code binom.test}, SAS's {@code EXACT
 * BINOMIAL}). Commons Math 3.6.1 fails at the two boundaries (an F distribution with 0 degrees of
 * freedom), where the Clopper–Pearson limits have closed forms, used here: with no success the
 * interval is 0 to 1 − (α/2)<sup>1/n</sup>, with n successes out of n it is (α/2)<sup>1/n</sup>
 * to 1.
 */
public final class Proportion {
  /** The default confidence level: 95 % (Rule R13). */
  public static final double DEFAULT_CONFIDENCE_LEVEL = 0.95;

  private final int successes;
  private final int trials;
  private final ConfidenceInterval interval;

  private Proportion(int successes, int trials, ConfidenceInterval interval) {
    this.successes = successes;
    this.trials = trials;
    this.interval = interval;
  }

  /**
   * {@code successes} out of {@code trials}, with a 95 % exact interval.
   *
   * @throws IllegalArgumentException if {@code trials < 1} or {@code successes} is not in [0, trials]
   */
  public static Proportion of(int successes, int trials) {
    return of(successes, trials, DEFAULT_CONFIDENCE_LEVEL);
  }

  /**
   * {@code successes} out of {@code trials}, with an exact interval at confidence {@code level}.
   *
   * @throws IllegalArgumentException if {@code trials < 1}, {@code successes} is not in [0,
   *     trials], or the level is not strictly between 0 and 1
   */
  public static Proportion of(int successes, int trials, double level) {
    checkArgument(trials >= 1, "a proportion needs at least one trial, not %s", trials);
    checkArgument(successes >= 0 && successes <= trials,
        "successes %s is not between 0 and the number of trials %s", successes, trials);
    ConfidenceInterval.checkLevel(level);
    return new Proportion(successes, trials, clopperPearson(successes, trials, level));
  }

  private static ConfidenceInterval clopperPearson(int x, int n, double level) {
    double halfAlpha = (1 - level) / 2;
    if (x == 0) {
      return ConfidenceInterval.of(0, 1 - Math.pow(halfAlpha, 1.0 / n), level);
    }
    if (x == n) {
      return ConfidenceInterval.of(Math.pow(halfAlpha, 1.0 / n), 1, level);
    }
    org.apache.commons.math3.stat.interval.ConfidenceInterval ci =
        new ClopperPearsonInterval().createInterval(n, x, level);
    return ConfidenceInterval.of(ci.getLowerBound(), ci.getUpperBound(), level);
  }

  /** The same count with an exact interval at confidence {@code level}. */
  public Proportion withConfidenceLevel(double level) {
    return of(successes, trials, level);
  }

  /** The number of successes (for the objective response rate: the responders). */
  public int successes() {
    return successes;
  }

  /** The number of trials (for a rate of a cohort: its subjects). */
  public int trials() {
    return trials;
  }

  /** The share, successes / trials. */
  public double estimate() {
    return (double) successes / trials;
  }

  /** The exact Clopper–Pearson confidence interval. */
  public ConfidenceInterval interval() {
    return interval;
  }

  /** The confidence level of {@link #interval()}. */
  public double confidenceLevel() {
    return interval.level();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Proportion && ((Proportion) o).successes == successes
        && ((Proportion) o).trials == trials && ((Proportion) o).interval.equals(interval);
  }

  @Override
  public int hashCode() {
    return Objects.hash(successes, trials, interval);
  }

  /** Prints as {@code 3/20 = 15.0% (95% CI 3.2%–37.9%)}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d/%d = %.1f%% (%s CI %.1f%%–%.1f%%)", successes, trials,
        100 * estimate(), ConfidenceInterval.percent(interval.level()), 100 * interval.lower(),
        100 * interval.upper());
  }
}
