package io.github.recist.examples.sdtm;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ISO 8601 dates of SDTM ({@code --DTC}): complete, partial ({@code 2014-02}, {@code 2014}) or with a time. */
final class IsoDates {

  private static final Pattern DTC = Pattern.compile(
      "(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T\\d{2}(?::\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?)?");

  private IsoDates() {}

  /** A date and how it was imputed. */
  static final class Imputed {
    final LocalDate date;
    /** ADTF: null when complete, {@code D} when the day was imputed, {@code M} when month and day were. */
    final String flag;

    Imputed(LocalDate date, String flag) {
      this.date = date;
      this.flag = flag;
    }
  }

  /**
   * The date of {@code dtc}, imputing a partial one by {@code rule} (the time is dropped).
   *
   * @throws IllegalArgumentException if {@code dtc} is not an ISO 8601 date
   */
  static Imputed parse(String dtc, SdtmOptions.PartialDates rule) {
    Matcher m = DTC.matcher(dtc);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + dtc + "' is not an ISO 8601 date");
    }
    boolean last = rule == SdtmOptions.PartialDates.LAST_DAY;
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return new Imputed(last ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1), "M");
      }
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        YearMonth ym = YearMonth.of(year, month);
        return new Imputed(last ? ym.atEndOfMonth() : ym.atDay(1), "D");
      }
      return new Imputed(LocalDate.of(year, month, Integer.parseInt(m.group(3))), null);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + dtc + "' is not a calendar date (" + e.getMessage() + ")");
    }
  }
}
