package io.github.recist.cohort;

/**
 * The scale on which a Kaplan–Meier confidence band is built from the Greenwood variance, and so
 * also the Brookmeyer–Crowley interval of the median (which inverts the band).
 *
 * <p>With Ŝ the estimate, σ the Greenwood standard error of log Ŝ (so that Greenwood's standard
 * error of Ŝ is Ŝσ) and z the normal quantile of the level:
 *
 * <ul>
 *   <li>{@link #PLAIN}: Ŝ ± zŜσ, clipped to [0, 1];
 *   <li>{@link #LOG}: Ŝ·exp(±zσ), the upper limit capped at 1 (R's {@code survfit} default, {@code
 *       conf.type = "log"});
 *   <li>{@link #LOG_LOG}: the complementary log-log, Ŝ<sup>exp(±zσ / log Ŝ)</sup>, always inside
 *       (0, 1) (SAS {@code PROC LIFETEST}'s default {@code CONFTYPE=LOGLOG}, R's {@code conf.type =
 *       "log-log"}; Kalbfleisch &amp; Prentice 1980). The default here, as in most oncology reports.
 * </ul>
 *
 * <p>Where Ŝ = 1 (before the first event) every band is [1, 1]; where Ŝ = 0 the Greenwood variance
 * is infinite and there is no band (R gives {@code NA}).
 */
public enum ConfidenceTransform {
  /** The untransformed ("linear") band Ŝ ± z·SE(Ŝ). */
  PLAIN {
    @Override
    double lower(double s, double sigma, double z) {
      return Math.max(0, s - z * s * sigma);
    }

    @Override
    double upper(double s, double sigma, double z) {
      return Math.min(1, s + z * s * sigma);
    }
  },
  /** The band on the log scale, Ŝ·exp(±zσ), capped at 1. */
  LOG {
    @Override
    double lower(double s, double sigma, double z) {
      return s * Math.exp(-z * sigma);
    }

    @Override
    double upper(double s, double sigma, double z) {
      return Math.min(1, s * Math.exp(z * sigma));
    }
  },
  /** The band on the complementary log-log scale, log(−log Ŝ) ± zσ/|log Ŝ|. */
  LOG_LOG {
    @Override
    double lower(double s, double sigma, double z) {
      return Math.pow(s, Math.exp(-z * sigma / Math.log(s)));
    }

    @Override
    double upper(double s, double sigma, double z) {
      return Math.pow(s, Math.exp(z * sigma / Math.log(s)));
    }
  };

  /** The default transform: {@link #LOG_LOG}. */
  public static final ConfidenceTransform DEFAULT = LOG_LOG;

  /** The lower limit for 0 &lt; s &lt; 1 and a finite σ. */
  abstract double lower(double s, double sigma, double z);

  /** The upper limit for 0 &lt; s &lt; 1 and a finite σ. */
  abstract double upper(double s, double sigma, double z);

  /**
   * The band {lower, upper} around {@code s}: [1, 1] where s = 1, {NaN, NaN} where s = 0 (or the
   * variance is infinite).
   */
  double[] band(double s, double sigma, double z) {
    if (s >= 1) {
      return new double[] {1, 1};
    }
    if (s <= 0 || !Double.isFinite(sigma)) {
      return new double[] {Double.NaN, Double.NaN};
    }
    return new double[] {lower(s, sigma, z), upper(s, sigma, z)};
  }
}
