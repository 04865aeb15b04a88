package io.github.recist.examples.json;

import static io.github.recist.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The hashes of subject ids by which the reader finds an id used twice in a file of any size
 * (case-format: ids are unique within a file; issue 14): sorted by a radix sort of their own.
 */
class IdHashesTest {

  /** {@code values}' first {@code n} in unsigned order, as the JDK sorts them. */
  private static long[] unsignedSorted(long[] values, int n) {
    return Arrays.stream(values, 0, n).boxed().sorted(Long::compareUnsigned)
        .mapToLong(Long::longValue).toArray();
  }

  @Test
  void theRadixSortOrdersAnyLongsAsUnsignedNumbers() {
    qt(500).forAll(SourceDSL.lists().of(SourceDSL.longs().all()).ofSizeBetween(0, 300),
        SourceDSL.integers().between(0, 3)).checkAssert((list, repeats) -> {
          // some values repeated, as the hashes of an id used twice are
          long[] values = new long[list.size() * (1 + repeats) + 5];
          int n = 0;
          for (int r = 0; r <= repeats; r++) {
            for (long v : list) {
              values[n++] = v;
            }
          }
          long[] expected = unsignedSorted(values, n);
          long[] sorted = CaseReader.IdHashes.radixSort(values.clone(), n);
          assertArrayEquals(expected, Arrays.copyOf(sorted, n), list::toString);
        });
  }

  @Test
  void hashesAddedTwiceAreRepeatedAndNoOthers() {
    CaseReader.IdHashes ids = new CaseReader.IdHashes();
    for (int i = 0; i < 5000; i++) {
      ids.add("S-" + i);
    }
    ids.add("S-17");
    ids.add("S-4999");
    ids.add("S-17");
    Set<Long> repeated = ids.repeated();
    assertEquals(Set.copyOf(List.of(CaseReader.IdHashes.hash("S-17"),
        CaseReader.IdHashes.hash("S-4999"))), repeated);
  }
}
