package io.github.recist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The dates seen so far, with which a subject refuses two assessments or two recorded responses on
 * one date (Rule R10's dates, {@link Subject.Builder}): a date is new exactly when no equal date was
 * added before, however many dates there are (the scan of the first few, the set beyond).
 */
class SeenOnceTest {

  @Test
  void aDateIsNewExactlyWhenNotAddedBefore() {
    // day numbers over about three years around 2020, repeats likely; up to 60 dates: past the scan
    qt().forAll(lists().of(integers().between(-600, 600)).ofSizeBetween(0, 60))
        .checkAssert(days -> {
          SeenOnce seen = new SeenOnce();
          Set<LocalDate> expected = new HashSet<>();
          for (int day : days) {
            LocalDate date = LocalDate.of(2020, 1, 1).plusDays(day);
            assertEquals(expected.add(date), seen.add(date), date::toString);
          }
        });
  }

  @Test
  void datesDifferingInOnlyTheYearMonthOrDayAreDistinct() {
    SeenOnce seen = new SeenOnce();
    for (LocalDate date : List.of(LocalDate.of(2020, 1, 31), LocalDate.of(2020, 12, 31),
        LocalDate.of(2021, 1, 31), LocalDate.of(2020, 1, 1), LocalDate.of(-1, 12, 31),
        LocalDate.of(0, 12, 31), LocalDate.MIN, LocalDate.MAX)) {
      assertTrue(seen.add(date), date::toString);
    }
    assertFalse(seen.add(LocalDate.of(-1, 12, 31)));
    assertFalse(seen.add(LocalDate.MAX));
  }

  @Test
  void aRepeatIsFoundAmongManyDates() {
    SeenOnce seen = new SeenOnce();
    for (int i = 0; i < 1000; i++) {
      assertTrue(seen.add(LocalDate.of(2020, 1, 1).plusDays(3 * i)));
    }
    assertFalse(seen.add(LocalDate.of(2020, 1, 1)));
    assertFalse(seen.add(LocalDate.of(2020, 1, 1).plusDays(3 * 999)));
    assertTrue(seen.add(LocalDate.of(2020, 1, 2)));
  }
}
