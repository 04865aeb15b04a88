package io.github.recist.model;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Keys seen so far, for the checks that refuse a key seen twice (a lesion id declared twice, two
 * assessments or two recorded responses on one date): a scan of a small array while there are few
 * keys, a set from {@value #SCAN_AT_MOST} on, so that an ordinary subject makes no set and a subject
 * of a hundred thousand visits is still checked in linear time.
 */
final class SeenOnce<K> {
  private static final int SCAN_AT_MOST = 16;
  private Object[] few;
  private int count;
  private Set<Object> many;

  /** Adds {@code key}; false when it was seen already. */
  boolean add(K key) {
    Object[] keys = few;
    if (keys == null || count == keys.length) {
      return addBeyond(key); // the first key, or more than the array holds: out of line (issue 14)
    }
    for (int i = 0; i < count; i++) {
      if (keys[i].equals(key)) {
        return false;
      }
    }
    keys[count++] = key;
    return true;
  }

  /** {@link #add} of the first key, or of one beyond the array: a larger array, or the set. */
  private boolean addBeyond(K key) {
    if (many != null) {
      return many.add(key);
    }
    if (few == null) {
      few = new Object[8];
      few[count++] = key;
      return true;
    }
    for (int i = 0; i < count; i++) {
      if (few[i].equals(key)) {
        return false;
      }
    }
    if (count == SCAN_AT_MOST) {
      many = new HashSet<>(Arrays.asList(few));
      few = null;
      return many.add(key);
    }
    few = Arrays.copyOf(few, SCAN_AT_MOST);
    few[count++] = key;
    return true;
  }
}
