package io.github.recist.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.recist.model.Diameter;
import io.github.recist.model.NonTargetStatus;
import io.github.recist.model.Problem;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The value rules of the case format shared by its parts: dates, diameters, codes, booleans, known
 * field names. Each check returns the value, or null after telling {@code problems} why not.
 */
final class Fields {
  private static final BigDecimal MAX_MILLIMETRES = BigDecimal.valueOf(Diameter.MAX_TENTHS, 1);

  private Fields() {}

  /** Reports each field of {@code object} that is not in {@code known}, naming what is allowed. */
  static void checkKnown(JsonNode object, Set<String> known, String what, Consumer<String> problems) {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        problems.accept("unknown field '" + Problem.shown(name) + "' in " + what + " (allowed: "
            + String.join(", ", known) + ")");
      }
    }
  }

  /**
   * An ISO-8601 calendar date {@code yyyy-mm-dd} that exists (2018-02-30 does not); {@code null}
   * after a problem.
   */
  static LocalDate date(JsonNode node, String field, Consumer<String> problems) {
    if (!node.isTextual()) {
      problems.accept(field + " must be a date written as \"yyyy-mm-dd\", not " + Json.show(node));
      return null;
    }
    String text = node.asText();
    if (!isWrittenAsDate(text)) {
      problems.accept(field + " '" + Problem.shown(text) + "' is not a date written as yyyy-mm-dd");
      return null;
    }
    LocalDate date = calendarDate(text);
    if (date == null) {
      problems.accept(field + " '" + text + "' is not a calendar date");
    }
    return date;
  }

  /**
   * The non-target state a case file spells {@code text} (PRESENT, ABSENT, INCREASED,
   * UNEQUIVOCAL_PROGRESSION, NE: Rules R7, R14.2), or null when it spells none; for both readers.
   */
  static NonTargetStatus nonTargetStatus(String text) {
    switch (text) {
      case "PRESENT":
        return NonTargetStatus.PRESENT;
      case "ABSENT":
        return NonTargetStatus.ABSENT;
      case "INCREASED":
        return NonTargetStatus.INCREASED;
      case "UNEQUIVOCAL_PROGRESSION":
        return NonTargetStatus.UNEQUIVOCAL_PROGRESSION;
      case "NE":
        return NonTargetStatus.NOT_EVALUABLE;
      default:
        return null;
    }
  }

  /**
   * The status the {@code length} characters of {@code chars} from {@code offset} write, or null:
   * {@link #nonTargetStatus(String)} without a string.
   */
  static NonTargetStatus nonTargetStatus(char[] chars, int offset, int length) {
    switch (length) {
      case 7:
        return written(chars, offset, length, "PRESENT") ? NonTargetStatus.PRESENT : null;
      case 6:
        return written(chars, offset, length, "ABSENT") ? NonTargetStatus.ABSENT : null;
      case 9:
        return written(chars, offset, length, "INCREASED") ? NonTargetStatus.INCREASED : null;
      case 23:
        return written(chars, offset, length, "UNEQUIVOCAL_PROGRESSION")
            ? NonTargetStatus.UNEQUIVOCAL_PROGRESSION : null;
      case 2:
        return written(chars, offset, length, "NE") ? NonTargetStatus.NOT_EVALUABLE : null;
      default:
        return null;
    }
  }

  /** Whether the {@code length} characters of {@code chars} from {@code offset} are {@code word}. */
  static boolean written(char[] chars, int offset, int length, String word) {
    if (length != word.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (chars[offset + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** A date for naming a place in messages, or null when it is not one. */
  static LocalDate dateOrNull(String text) {
    return text != null && isWrittenAsDate(text) ? calendarDate(text) : null;
  }

  /**
   * The date the {@code length} characters of {@code chars} from {@code offset} write as {@code
   * yyyy-mm-dd}, or null when they write none: {@link #dateOrNull(String)} without a string. Made
   * afresh each time: dates kept by day and found again were slower (issue 14: a date kept is read
   * from memory the processor no longer holds, a new one is written where it works).
   */
  static LocalDate dateOrNull(char[] chars, int offset, int length) {
    if (length != 10 || chars[offset + 4] != '-' || chars[offset + 7] != '-') {
      return null;
    }
    int year = digits(chars, offset, 4);
    int month = digits(chars, offset + 5, 2);
    int day = digits(chars, offset + 8, 2);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * The tenths of a millimetre that a JSON number's {@code length} characters from {@code offset}
   * write when they are plain digits with a point ({@code 12.5}, {@code 7.0}, {@code 3.50}): at most
   * one decimal that is not a zero, not above {@link Diameter#MAX_TENTHS}; or -1 for anything else
   * (a sign, an exponent, a second decimal, more than 12 characters, too large), which the caller
   * reads as a {@code BigDecimal} as before. The same value as {@code
   * value.stripTrailingZeros().movePointRight(1)}, with no {@code BigDecimal} for the usual case
   * (issue 14).
   */
  static long plainTenths(char[] chars, int offset, int length) {
    if (length > 12) {
      return -1;
    }
    int end = offset + length;
    int i = offset;
    long mm = 0;
    for (; i < end && chars[i] != '.'; i++) {
      char c = chars[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      mm = mm * 10 + (c - '0');
    }
    if (i == offset || i + 1 >= end) {
      return -1; // no whole millimetres, or no decimals: not the plain form
    }
    int first = chars[i + 1] - '0';
    if (first < 0 || first > 9) {
      return -1;
    }
    for (int j = i + 2; j < end; j++) {
      if (chars[j] != '0') {
        return -1; // a second decimal (or anything else): the general path decides
      }
    }
    long tenths = mm * 10 + first;
    return tenths <= Diameter.MAX_TENTHS ? tenths : -1;
  }

  /** The number {@code count} ASCII digits write, or -1 when one is not a digit. */
  private static int digits(char[] chars, int offset, int count) {
    int n = 0;
    for (int i = offset; i < offset + count; i++) {
      char c = chars[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** Whether {@code text} is {@code yyyy-mm-dd}: four, two and two ASCII digits. */
  private static boolean isWrittenAsDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = text.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /** The date {@code yyyy-mm-dd} names, or null when there is none (2018-02-30). */
  private static LocalDate calendarDate(String text) {
    try {
      return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
          Integer.parseInt(text, 8, 10, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * A length in mm: a JSON number, not negative, at most one decimal, at most {@link
   * Diameter#MAX_TENTHS} tenths; decided on the decimal digits written, never on a double.
   */
  static Diameter diameter(JsonNode node, Consumer<String> problems) {
    if (!node.isNumber()) {
      return null;
    }
    if (node.isInt() && node.intValue() >= 0 && node.intValue() <= Diameter.MAX_TENTHS / 10) {
      return Diameter.ofMillimetres(node.intValue()); // whole millimetres, the common case
    }
    BigDecimal mm = node.decimalValue();
    if (mm.signum() < 0) {
      problems.accept(shown(node, mm) + " mm is not a diameter");
      return null;
    }
    if (mm.compareTo(MAX_MILLIMETRES) > 0) {
      problems.accept(shown(node, mm) + " mm is not a plausible diameter (at most "
          + Diameter.render(Diameter.MAX_TENTHS) + " mm)");
      return null;
    }
    BigDecimal plain = mm.stripTrailingZeros();
    if (plain.scale() > 1) {
      problems.accept(shown(node, mm)
          + " mm has more than one decimal (diameters are recorded to 0.1 mm)");
      return null;
    }
    return Diameter.ofTenths(plain.movePointRight(1).longValueExact());
  }

  /**
   * A number as written, for a message: a whole number in full, a decimal never as a huge plain
   * string ({@code 1E-999999} stays short).
   */
  private static String shown(JsonNode node, BigDecimal value) {
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue().toString();
    }
    return Math.abs(value.scale()) > 12 ? value.toString() : value.toPlainString();
  }

  /** A JSON boolean; null after a problem. */
  static Boolean bool(JsonNode node, String field, Consumer<String> problems) {
    if (!node.isBoolean()) {
      problems.accept(field + " must be true or false, not " + Json.show(node));
      return null;
    }
    return node.booleanValue();
  }

  /**
   * A JSON string that is not blank (an id must be able to name its subject or lesion in a
   * message); null after a problem.
   */
  static String text(JsonNode node, String field, Consumer<String> problems) {
    if (idOrNull(node) == null) {
      problems.accept(field + " must be a non-blank string, not " + Json.show(node));
      return null;
    }
    return node.asText();
  }

  /** The text of {@code node} when it can serve as an id, a string that is not blank; else null. */
  static String idOrNull(JsonNode node) {
    return node != null && node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
  }

  /** One of the {@code values} of an enum, spelt exactly; null after a problem. */
  static <E extends Enum<E>> E code(JsonNode node, String field, Class<E> type,
      Consumer<String> problems) {
    E[] values = type.getEnumConstants();
    if (node.isTextual()) {
      for (E e : values) {
        if (e.name().equals(node.asText())) {
          return e;
        }
      }
    }
    StringBuilder allowed = new StringBuilder();
    for (E e : values) {
      allowed.append(allowed.length() == 0 ? "" : ", ").append(e.name());
    }
    problems.accept(field + " " + Json.show(node) + " is not one of " + allowed);
    return null;
  }

  /** A whole number at least {@code min}; null after a problem. */
  static Integer integer(JsonNode node, String field, int min, Consumer<String> problems) {
    if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min) {
      problems.accept(field + " must be a whole number of at least " + min + ", not "
          + Json.show(node));
      return null;
    }
    return node.intValue();
  }
}
