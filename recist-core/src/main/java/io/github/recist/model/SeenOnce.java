package io.github.recist.model;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The dates seen so far, for the checks that refuse a date seen twice (two assessments or two
 * recorded responses on one date): a scan of a small array while there are few dates, a set from
 * {@value #SCAN_AT_MOST} on, so that an ordinary subject makes no set and a subject of a hundred
 * thousand visits is still checked in linear time.
 *
 * <p>A date is kept as a number ({@link #key}), its year, month and day packed in a {@code long},
 * and compared as one (issue 14): with the keys kept as objects and compared by {@code equals}, the
 * one scan served dates and new lesions' ids, and a check the JIT compiler had hoisted out of its
 * loop on its profile ({@code profile_predicate}) failed, and the scan was compiled again.
 */
final class SeenOnce {
  private static final int SCAN_AT_MOST = 16;
  private long[] few;
  private int count;
  private Set<Long> many;

  /** Adds {@code date}; false when it was seen already. */
  boolean add(LocalDate date) {
    long key = key(date);
    long[] keys = few;
    int n = count;
    if (keys == null || n == keys.length) {
      return addBeyond(key); // the first date, or more than the array holds: out of line (issue 14)
    }
    for (int i = 0; i < n; i++) {
      if (keys[i] == key) {
        return false;
      }
    }
    keys[n] = key;
    count = n + 1;
    return true;
  }

  /** The date as one number, distinct for distinct dates: its year, month and day packed. */
  private static long key(LocalDate date) {
    return ((long) date.getYear() << 9) | (date.getMonthValue() << 5) | date.getDayOfMonth();
  }

  /** {@link #add} of the first key, or of one beyond the array: a larger array, or the set. */
  private boolean addBeyond(long key) {
    if (many != null) {
      return many.add(key);
    }
    if (few == null) {
      few = new long[8];
      few[count++] = key;
      return true;
    }
    for (int i = 0; i < count; i++) {
      if (few[i] == key) {
        return false;
      }
    }
    if (count == SCAN_AT_MOST) {
      many = new HashSet<>();
      for (long k : few) {
        many.add(k);
      }
      few = null;
      return many.add(key);
    }
    few = java.util.Arrays.copyOf(few, SCAN_AT_MOST);
    few[count++] = key;
    return true;
  }
}
