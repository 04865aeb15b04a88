package io.github.recist.examples.cli;

/**
 * Keeps each message on one line: control characters and Unicode's line and paragraph separators
 * (U+2028, U+2029) in ids from the file are shown escaped.
 */
final class Lines {
  private Lines() {}

  /**
   * {@code text} with every control character and line or paragraph separator written as a Java
   * escape, backslash u and 4 hex digits.
   */
  static String oneLine(Object text) {
    String s = String.valueOf(text);
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        if (out == null) {
          out = new StringBuilder(s.length() + 8).append(s, 0, i);
        }
        out.append(String.format("\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }
}
