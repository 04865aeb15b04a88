package io.github.recist.examples.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A reader reads the date of a subject, a visit or a death from the characters of its token (the
 * case format's {@code yyyy-mm-dd}, Rules R10 and R13 count days between them): the date read is
 * always the one written, and what is not a date of the calendar is none.
 */
class FieldsDateTest {

  private static LocalDate read(String text) {
    char[] chars = ("\"" + text + "\"").toCharArray();
    return Fields.dateOrNull(chars, 1, text.length());
  }

  @Test
  void theDateReadIsTheDateWritten() {
    // any day from year 0 to 9999, read twice
    long first = LocalDate.of(0, 1, 1).toEpochDay();
    long last = LocalDate.of(9999, 12, 31).toEpochDay();
    qt().forAll(lists().of(longs().between(first, last)).ofSizeBetween(1, 200))
        .checkAssert(days -> {
          for (int round = 0; round < 2; round++) {
            for (long day : days) {
              LocalDate date = LocalDate.ofEpochDay(day);
              assertEquals(date, read(date.toString()));
            }
          }
        });
  }

  @Test
  void whatIsNotADateOfTheCalendarIsNone() {
    assertEquals(LocalDate.of(2020, 2, 29), read("2020-02-29"));
    assertEquals(LocalDate.of(2021, 2, 28), read("2021-02-28"));
    for (String text : new String[] {"2021-02-29", "2021-02-30", "2021-13-01", "2021-00-10",
        "2021-01-00", "2021-01-32", "2021-1-01", "2021/01/01", "20210101", "2021-01-1x", "",
        "+2021-01-01", "2021-01-011"}) {
      assertNull(read(text), text);
    }
    assertEquals(LocalDate.of(2021, 2, 28), read("2021-02-28"));
  }
}
