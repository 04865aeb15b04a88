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
 * case format's {@code yyyy-mm-dd}, Rules R10 and R13 count days between them), keeping the dates
 * it made by day: the date read is always the one written, whether made or kept, whichever dates
 * came before it, and what is not a date of the calendar is none.
 */
class FieldsDateTest {

  private static LocalDate read(String text, LocalDate[] made) {
    char[] chars = ("\"" + text + "\"").toCharArray();
    return Fields.dateOrNull(chars, 1, text.length(), made);
  }

  @Test
  void theDateReadIsTheDateWrittenWhicheverDatesCameBefore() {
    // days from 1900 to 2100 and from year 0 to 9999: many share a slot
    long first = LocalDate.of(0, 1, 1).toEpochDay();
    long last = LocalDate.of(9999, 12, 31).toEpochDay();
    qt().forAll(lists().of(longs().between(first, last)).ofSizeBetween(1, 200),
        lists().of(longs().between(LocalDate.of(1900, 1, 1).toEpochDay(),
            LocalDate.of(2100, 1, 1).toEpochDay())).ofSizeBetween(1, 200))
        .checkAssert((anyDays, trialDays) -> {
          LocalDate[] made = Fields.dateSlots();
          for (int round = 0; round < 2; round++) {
            for (long day : anyDays) {
              LocalDate date = LocalDate.ofEpochDay(day);
              assertEquals(date, read(date.toString(), made));
            }
            for (long day : trialDays) {
              LocalDate date = LocalDate.ofEpochDay(day);
              assertEquals(date, read(date.toString(), made));
            }
          }
        });
  }

  @Test
  void whatIsNotADateOfTheCalendarIsNone() {
    LocalDate[] made = Fields.dateSlots();
    assertEquals(LocalDate.of(2020, 2, 29), read("2020-02-29", made));
    assertEquals(LocalDate.of(2021, 2, 28), read("2021-02-28", made));
    for (String text : new String[] {"2021-02-29", "2021-02-30", "2021-13-01", "2021-00-10",
        "2021-01-00", "2021-01-32", "2021-1-01", "2021/01/01", "20210101", "2021-01-1x", "",
        "+2021-01-01", "2021-01-011"}) {
      assertNull(read(text, made), text);
    }
    assertEquals(LocalDate.of(2021, 2, 28), read("2021-02-28", made));
  }
}
