package io.github.recist.examples.report;

import io.github.recist.model.Response;
import java.awt.Color;

/** The colour of each best overall response in every picture, from good (green) to bad (red). */
final class ResponseColors {
  private ResponseColors() {}

  static Color of(Response response) {
    switch (response) {
      case CR:
        return new Color(0x1B7837);
      case PR:
        return new Color(0x5AAE61);
      case SD:
        return new Color(0xF1A340);
      case NON_CR_NON_PD:
        return new Color(0x92C5DE);
      case PD:
        return new Color(0xD6604D);
      case NE:
        return new Color(0x878787);
      default:
        return new Color(0xBABABA);
    }
  }

  /** The colour as CSS, {@code #1b7837}. */
  static String css(Response response) {
    return String.format("#%06x", of(response).getRGB() & 0xFFFFFF);
  }
}
