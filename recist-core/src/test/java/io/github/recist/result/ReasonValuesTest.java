package io.github.recist.result;

import static io.github.recist.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.recist.model.Diameter;
import io.github.recist.model.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A reason's values as data (Rules R6–R14: every reason carries the values its rule decided on):
 * kept in order, however many, whichever factory made the reason (issue 14 keeps the first four
 * in fields of their own and the rest in an array).
 */
class ReasonValuesTest {

  /** Values of the kinds the rules give (never null: {@link Reason#values()} refuses it). */
  private static Gen<Object> value() {
    Gen<Object> diameters = integers().between(0, 5_000).map(t -> (Object) Diameter.ofTenths(t));
    Gen<Object> dates = integers().between(0, 40_000).map(d -> (Object) LocalDate.ofEpochDay(d));
    Gen<Object> others = arbitrary().pick(Arrays.asList(30, 20, 5L, "T1", List.of("NT1", "NT2"),
        Response.PD, PercentChange.magnitude(490, 700), PercentChange.signed(300, 250),
        Reason.of(Reason.Kind.TARGET_NONE_EVALUATED)));
    return arbitrary().pick(List.of(diameters, dates, others)).flatMap(g -> g);
  }

  /** The reason of {@code v} by the factory of their count, where there is one. */
  private static Reason byCount(Reason.Kind kind, List<Object> v) {
    switch (v.size()) {
      case 1:
        return Reason.of(kind, v.get(0));
      case 2:
        return Reason.of(kind, v.get(0), v.get(1));
      case 3:
        return Reason.of(kind, v.get(0), v.get(1), v.get(2));
      case 4:
        return Reason.of(kind, v.get(0), v.get(1), v.get(2), v.get(3));
      case 5:
        return Reason.of(kind, v.get(0), v.get(1), v.get(2), v.get(3), v.get(4));
      default:
        return Reason.of(kind, v.toArray());
    }
  }

  @Test
  void aReasonKeepsAnyNumberOfValuesInOrderHoweverMade() {
    qt(2_000).forAll(arbitrary().enumValues(Reason.Kind.class),
        lists().of(value()).ofSizeBetween(0, 9)).checkAssert((kind, values) -> {
          List<Object> v = Arrays.asList(values.toArray());
          Object[] array = v.toArray();
          Reason r = Reason.of(kind, array);
          if (array.length > 0) {
            array[0] = "changed"; // the reason keeps its own copy
          }
          Reason same = byCount(kind, v);
          int n = v.size();
          for (Reason x : List.of(r, same)) {
            assertEquals(n, x.valueCount());
            assertEquals(v, x.values());
            for (int i = 0; i < n; i++) {
              assertSame(v.get(i), x.value(i));
            }
            assertThrows(IndexOutOfBoundsException.class, () -> x.value(n));
            assertThrows(IndexOutOfBoundsException.class, () -> x.value(-1));
            assertEquals(31 * kind.hashCode() + v.hashCode(), x.hashCode());
            assertEquals(n, x.namedValues().size());
          }
          assertEquals(r, same);
          if (n > 0) {
            assertFalse(r.equals(Reason.of(kind, v.subList(0, n - 1).toArray())));
            List<Object> other = new ArrayList<>(v);
            other.set(n - 1, "another");
            assertFalse(r.equals(Reason.of(kind, other.toArray())));
            List<Object> more = new ArrayList<>(v);
            more.add(v.get(0));
            assertFalse(r.equals(Reason.of(kind, more.toArray())));
          }
        });
  }
}
