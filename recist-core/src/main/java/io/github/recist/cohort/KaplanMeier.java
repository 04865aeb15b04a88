package io.github.recist.cohort;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.recist.result.TimeToEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Kaplan–Meier (product-limit) estimate of a survival function from right-censored times, with
 * Greenwood standard errors, confidence bands, the median with its Brookmeyer–Crowley interval,
 * landmark estimates and the number at risk. Rule R13 uses it for progression-free survival and
 * duration of response ({@link Cohort}); it works on any data, in the unit its times are given.
 *
 * <pre>{@code
 * KaplanMeier km = KaplanMeier.of(new double[] {6, 6, 6, 6, 7, 9, 10},
 *     new boolean[] {true, true, true, false, true, false, true});
 * km.survivalAt(6);              // 0.857...
 * km.median();                   // not reached here
 * km.withTransform(ConfidenceTransform.LOG).withConfidenceLevel(0.90);
 * }</pre>
 *
 * <p>At each distinct time t<sub>j</sub> with n<sub>j</sub> at risk (those whose time is t<sub>j</sub>
 * or later) and d<sub>j</sub> events, Ŝ(t) = Π<sub>t<sub>j</sub> ≤ t</sub> (1 − d<sub>j</sub> /
 * n<sub>j</sub>) and Greenwood's variance is Var Ŝ(t) = Ŝ(t)² Σ<sub>t<sub>j</sub> ≤ t</sub>
 * d<sub>j</sub> / (n<sub>j</sub>(n<sub>j</sub> − d<sub>j</sub>)). A time censored at an event time
 * counts as at risk at that time (censoring happens just after events). Ŝ is a right-continuous
 * step function, 1 before the first event.
 *
 * <p>The confidence band is built on the scale of a {@link ConfidenceTransform}, {@link
 * ConfidenceTransform#LOG_LOG} unless changed with {@link #withTransform}, at the level of {@link
 * #withConfidenceLevel} (95 % by default). Estimates and standard errors agree with R's {@code
 * survfit} (survival package) and SAS {@code PROC LIFETEST}.
 */
public final class KaplanMeier {
  /** The default confidence level: 95 %. */
  public static final double DEFAULT_CONFIDENCE_LEVEL = 0.95;

  /** How close to a probability a curve must be to count as equal to it: √(double ε), as R. */
  static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

  private final int size;
  private final double[] times;
  private final int[] atRisk;
  private final int[] events;
  private final int[] censored;
  private final double[] survival;
  /** Greenwood's Σ d / (n (n − d)): the variance of log Ŝ. */
  private final double[] varianceOfLog;
  private final double level;
  private final ConfidenceTransform transform;
  private final ImmutableList<Row> rows;

  private KaplanMeier(int size, double[] times, int[] atRisk, int[] events, int[] censored,
      double[] survival, double[] varianceOfLog, double level, ConfidenceTransform transform) {
    this.size = size;
    this.times = times;
    this.atRisk = atRisk;
    this.events = events;
    this.censored = censored;
    this.survival = survival;
    this.varianceOfLog = varianceOfLog;
    this.level = level;
    this.transform = transform;
    double z = z(level);
    ImmutableList.Builder<Row> b = ImmutableList.builderWithExpectedSize(times.length);
    for (int j = 0; j < times.length; j++) {
      double[] band = transform.band(survival[j], Math.sqrt(varianceOfLog[j]), z);
      b.add(new Row(times[j], atRisk[j], events[j], censored[j], survival[j],
          standardError(survival[j], varianceOfLog[j]), band[0], band[1], level));
    }
    this.rows = b.build();
  }

  /**
   * The estimate from {@code times[i]}, an event when {@code events[i]} and censored otherwise.
   *
   * @throws IllegalArgumentException if the arrays differ in length, or a time is negative, NaN or
   *     infinite
   */
  public static KaplanMeier of(double[] times, boolean[] events) {
    checkNotNull(times, "times");
    checkNotNull(events, "events");
    checkArgument(times.length == events.length,
        "%s times but %s event indicators: give one indicator per time", times.length,
        events.length);
    for (int i = 0; i < times.length; i++) {
      checkArgument(Double.isFinite(times[i]) && times[i] >= 0,
          "time[%s] = %s is not a finite time of at least 0", (Object) i, times[i]);
    }
    return fit(times.clone(), events.clone());
  }

  /**
   * The estimate from time-to-event observations of Rule R13 ({@link
   * io.github.recist.result.SubjectAssessment#progressionFreeSurvival()}, {@link
   * io.github.recist.result.SubjectAssessment#durationOfResponse()}), in days.
   *
   * @throws IllegalArgumentException if an observation ends before it starts
   */
  public static KaplanMeier of(Iterable<TimeToEvent> observations) {
    List<TimeToEvent> list = ImmutableList.copyOf(observations);
    double[] times = new double[list.size()];
    boolean[] events = new boolean[list.size()];
    for (int i = 0; i < times.length; i++) {
      TimeToEvent o = list.get(i);
      checkArgument(o.days() >= 0, "observation %s ends before it starts (%s)", i, o);
      times[i] = o.days();
      events[i] = o.event();
    }
    return fit(times, events);
  }

  private static KaplanMeier fit(double[] t, boolean[] e) {
    int n = t.length;
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> t[i]));
    int remaining = n;
    double s = 1;
    double sum = 0;
    int k = 0;
    List<Double> times = new ArrayList<>();
    List<int[]> counts = new ArrayList<>();
    List<double[]> estimates = new ArrayList<>();
    while (k < n) {
      double time = t[order[k]];
      int d = 0;
      int c = 0;
      while (k < n && t[order[k]] == time) {
        if (e[order[k]]) {
          d++;
        } else {
          c++;
        }
        k++;
      }
      if (d > 0) {
        s *= 1 - (double) d / remaining;
        sum += d == remaining ? Double.POSITIVE_INFINITY
            : (double) d / ((double) remaining * (remaining - d));
      }
      times.add(time);
      counts.add(new int[] {remaining, d, c});
      estimates.add(new double[] {s, sum});
      remaining -= d + c;
    }
    int m = times.size();
    double[] ts = new double[m];
    int[] risk = new int[m];
    int[] ev = new int[m];
    int[] ce = new int[m];
    double[] surv = new double[m];
    double[] var = new double[m];
    for (int j = 0; j < m; j++) {
      ts[j] = times.get(j);
      risk[j] = counts.get(j)[0];
      ev[j] = counts.get(j)[1];
      ce[j] = counts.get(j)[2];
      surv[j] = estimates.get(j)[0];
      var[j] = estimates.get(j)[1];
    }
    return new KaplanMeier(n, ts, risk, ev, ce, surv, var, DEFAULT_CONFIDENCE_LEVEL,
        ConfidenceTransform.DEFAULT);
  }

  /**
   * The same estimate with its bands and median interval at confidence {@code level}.
   *
   * @throws IllegalArgumentException if the level is not strictly between 0 and 1
   */
  public KaplanMeier withConfidenceLevel(double level) {
    ConfidenceInterval.checkLevel(level);
    return new KaplanMeier(size, times, atRisk, events, censored, survival, varianceOfLog, level,
        transform);
  }

  /** The same estimate with its bands and median interval on the scale of {@code transform}. */
  public KaplanMeier withTransform(ConfidenceTransform transform) {
    checkNotNull(transform, "transform");
    return new KaplanMeier(size, times, atRisk, events, censored, survival, varianceOfLog, level,
        transform);
  }

  /** The confidence level of the bands and of the median's interval. */
  public double confidenceLevel() {
    return level;
  }

  /** The scale the bands are built on. */
  public ConfidenceTransform transform() {
    return transform;
  }

  /** The number of observations. */
  public int size() {
    return size;
  }

  /** The number of events. */
  public int eventCount() {
    return Arrays.stream(events).sum();
  }

  /** The number of censored observations. */
  public int censoredCount() {
    return Arrays.stream(censored).sum();
  }

  /** The largest observed time (event or censored); empty without observations. */
  public OptionalDouble lastTime() {
    return times.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(times[times.length - 1]);
  }

  /**
   * One row per distinct observed time, event or censored, in time order: the layout of R's {@code
   * summary(survfit(...), censored = TRUE)}. The survival changes only at rows with events.
   */
  public ImmutableList<Row> rows() {
    return rows;
  }

  /** The rows at which at least one event happened: the usual life table. */
  public ImmutableList<Row> eventRows() {
    return rows.stream().filter(r -> r.events() > 0).collect(ImmutableList.toImmutableList());
  }

  /**
   * Ŝ(t): the estimated probability of being event-free beyond {@code time}; 1 before the first
   * event. Past the last observed time the last value is returned (see {@link #at(double)} for
   * whether it is an estimate there).
   */
  public double survivalAt(double time) {
    int j = rowAtOrBefore(time);
    return j < 0 ? 1 : survival[j];
  }

  /** The number at risk at {@code time}: the observations whose time is {@code time} or later. */
  public int atRisk(double time) {
    int j = Arrays.binarySearch(times, time);
    int first = j >= 0 ? j : -j - 1;
    return first >= times.length ? 0 : atRisk[first];
  }

  /**
   * The estimate at {@code time} with its standard error, band and number at risk: a landmark rate.
   * Empty past the last observed time unless the survival has reached 0 there (the curve is not
   * estimable beyond the follow-up; R's {@code summary(fit, times)} likewise omits such times).
   *
   * @throws IllegalArgumentException if {@code time} is negative or NaN
   */
  public Optional<SurvivalEstimate> at(double time) {
    checkArgument(time >= 0, "time %s is not at least 0", time);
    if (times.length == 0
        || (time > times[times.length - 1] && survival[times.length - 1] > 0)) {
      return Optional.empty();
    }
    int j = rowAtOrBefore(time);
    if (j < 0) {
      return Optional.of(new SurvivalEstimate(time, atRisk(time), 1, 0,
          Optional.of(ConfidenceInterval.of(1, 1, level))));
    }
    Row r = rows.get(j);
    return Optional.of(new SurvivalEstimate(time, atRisk(time), r.survival(), r.standardError(),
        r.interval()));
  }

  /** The median with its Brookmeyer–Crowley interval (see {@link MedianSurvival}). */
  public MedianSurvival median() {
    double[] lower = new double[rows.size()];
    double[] upper = new double[rows.size()];
    for (int j = 0; j < rows.size(); j++) {
      lower[j] = rows.get(j).lower();
      upper[j] = rows.get(j).upper();
    }
    return new MedianSurvival(firstAtOrBelow(survival, 0.5), firstAtOrBelow(lower, 0.5),
        firstAtOrBelow(upper, 0.5), level, transform);
  }

  /**
   * The time a curve (one value per row, NaN where undefined) first falls to {@code p}, with the
   * midpoint rule of R's {@code quantile.survfit} for a curve that stays at {@code p}.
   */
  private OptionalDouble firstAtOrBelow(double[] curve, double p) {
    int reaches = -1;
    int below = -1;
    for (int j = 0; j < curve.length; j++) {
      if (Double.isNaN(curve[j])) {
        continue;
      }
      if (reaches < 0 && curve[j] <= p + TOLERANCE) {
        reaches = j;
      }
      if (curve[j] < p - TOLERANCE) {
        below = j;
        break;
      }
    }
    if (reaches < 0) {
      return OptionalDouble.empty();
    }
    if (below >= 0) {
      return OptionalDouble.of((times[reaches] + times[below]) / 2);
    }
    double last = curve[curve.length - 1];
    if (!Double.isNaN(last) && Math.abs(last - p) <= TOLERANCE) {
      return OptionalDouble.of((times[reaches] + times[times.length - 1]) / 2);
    }
    return OptionalDouble.empty();
  }

  private int rowAtOrBefore(double time) {
    int j = Arrays.binarySearch(times, time);
    return j >= 0 ? j : -j - 2;
  }

  private static double standardError(double s, double varianceOfLog) {
    return s * Math.sqrt(varianceOfLog);
  }

  private static double z(double level) {
    return new NormalDistribution(null, 0, 1, NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY)
        .inverseCumulativeProbability(1 - (1 - level) / 2);
  }

  /** Prints as {@code Kaplan–Meier: 21 observations, 9 events, median 23 (95% CI 13–NR)}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Kaplan–Meier: %d observation%s, %d event%s, median %s", size,
        size == 1 ? "" : "s", eventCount(), eventCount() == 1 ? "" : "s", median());
  }

  /**
   * One distinct observed time of a {@link KaplanMeier} estimate: how many were at risk, had the
   * event and were censored at that time, and the estimate just after it with its Greenwood
   * standard error and band.
   */
  public static final class Row {
    private final double time;
    private final int atRisk;
    private final int events;
    private final int censored;
    private final double survival;
    private final double standardError;
    private final double lower;
    private final double upper;
    private final double level;

    Row(double time, int atRisk, int events, int censored, double survival, double standardError,
        double lower, double upper, double level) {
      this.time = time;
      this.atRisk = atRisk;
      this.events = events;
      this.censored = censored;
      this.survival = survival;
      this.standardError = standardError;
      this.lower = lower;
      this.upper = upper;
      this.level = level;
    }

    /** The time. */
    public double time() {
      return time;
    }

    /** The number at risk just before the time. */
    public int atRisk() {
      return atRisk;
    }

    /** The number of events at the time. */
    public int events() {
      return events;
    }

    /** The number censored at the time. */
    public int censored() {
      return censored;
    }

    /** Ŝ at the time. */
    public double survival() {
      return survival;
    }

    /** Greenwood's standard error of Ŝ; NaN where Ŝ = 0. */
    public double standardError() {
      return standardError;
    }

    /** The lower limit of the band; NaN where Ŝ = 0. */
    public double lower() {
      return lower;
    }

    /** The upper limit of the band; NaN where Ŝ = 0. */
    public double upper() {
      return upper;
    }

    /** The band; empty where Ŝ = 0. */
    public Optional<ConfidenceInterval> interval() {
      return Double.isNaN(lower) ? Optional.empty()
          : Optional.of(ConfidenceInterval.of(lower, upper, level));
    }

    /** Prints as {@code 6: 21 at risk, 3 events, 1 censored, S 0.8571 (SE 0.0764, 0.6197–0.9516)}. */
    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "%s: %d at risk, %d event%s, %d censored, S %.4f (SE %.4f, %.4f–%.4f)",
          MedianSurvival.format(OptionalDouble.of(time)), atRisk, events, events == 1 ? "" : "s",
          censored, survival,
          standardError, lower, upper);
    }
  }
}
