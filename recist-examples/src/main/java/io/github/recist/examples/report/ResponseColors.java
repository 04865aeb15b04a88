package io.github.recist.examples.report;

import io.github.recist.model.Response;
import io.github.recist.model.BestResponseCode;
import java.awt.Color;
import java.util.Locale;

/**
 * The one palette of best overall responses, from good (green) to bad (red), used by every picture,
 * the HTML report, the notebooks and the lessons: each category has its own colour, ND and MISSING
 * included.
 *
 * <pre>{@code
 * ResponseColors.css(Response.PR);   // "#5aae61"
 * }</pre>
 */
public final class ResponseColors {
  private ResponseColors() {}

  private static final Color CR = new Color(0x1B7837);
  private static final Color PR = new Color(0x5AAE61);
  private static final Color SD = new Color(0xF1A340);
  private static final Color NON_CR_NON_PD = new Color(0x92C5DE);
  private static final Color PD = new Color(0xD6604D);
  private static final Color NE = new Color(0x878787);
  private static final Color ND = new Color(0xB2ABD2);
  private static final Color MISSING = new Color(0xD9D9D9);
  /** iUPD, a progression not yet confirmed (R14.4): paler than PD (iCPD). */
  private static final Color IUPD = new Color(0xF4A582);

  /** The colour of {@code response}. */
  public static Color of(Response response) {
    switch (response) {
      case CR:
        return CR;
      case PR:
        return PR;
      case SD:
        return SD;
      case NON_CR_NON_PD:
        return NON_CR_NON_PD;
      case PD:
        return PD;
      case NE:
        return NE;
      case ND:
        return ND;
      default:
        return MISSING;
    }
  }

  /**
   * The colour of a response code under either criteria: that of its category (iCR as CR, iCPD as
   * PD, ...), except iUPD, an unconfirmed progression (Rule R14.4), which has its own.
   */
  public static Color of(BestResponseCode code) {
    return code.isUnconfirmedProgression() ? IUPD : of(code.category());
  }

  /** The colour of {@code code} as CSS, such as {@code #f4a582} for iUPD. */
  public static String css(BestResponseCode code) {
    return String.format(Locale.ROOT, "#%06x", of(code).getRGB() & 0xFFFFFF);
  }

  /** The colour of {@code response} as CSS, such as {@code #1b7837}. */
  public static String css(Response response) {
    return String.format(Locale.ROOT, "#%06x", of(response).getRGB() & 0xFFFFFF);
  }
}
