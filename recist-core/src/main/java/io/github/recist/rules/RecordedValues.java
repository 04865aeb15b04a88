package io.github.recist.rules;

import io.github.recist.model.Diameter;
import io.github.recist.model.TargetValue;

/**
 * Rule R4: how a recorded target value counts in the sum of diameters.
 *
 * <ul>
 *   <li>A lesion that has disappeared is 0 mm.
 *   <li>A lesion present but too small to measure counts as {@link #TOO_SMALL_TO_MEASURE 5 mm},
 *       nodal or not; a lesion that can be measured counts as measured, even under 5 mm.
 *   <li>A lesion that split counts as the sum of its fragments.
 *   <li>A lesion merged into another counts 0 mm; the other carries the whole diameter.
 *   <li>A nodal target is its short axis, measured even below 10 mm.
 * </ul>
 *
 * <p>Sources: RECIST 1.1 §4.3.1 and Appendix II; RECIST FAQ.
 */
@RecistRule("R4")
public final class RecordedValues {

  /** What a lesion too small to measure counts as: 5 mm (Rule R4). */
  public static final Diameter TOO_SMALL_TO_MEASURE = Diameter.ofMillimetres(5);

  private RecordedValues() {}

  /**
   * The tenths of a millimetre that {@code value} adds to the sum (Rule R4).
   *
   * @throws IllegalArgumentException if the value is not evaluable, and so adds nothing known
   */
  public static long countedTenths(TargetValue value) {
    TargetValue.Kind kind = value.kind();
    if (kind == TargetValue.Kind.MEASURED) {
      return value.diameter().tenths(); // the common record, decided before the switch
    }
    switch (kind) {
      case MEASURED:
        return value.diameter().tenths();
      case TOO_SMALL:
        return TOO_SMALL_TO_MEASURE.tenths();
      case FRAGMENTS:
        long sum = 0;
        for (Diameter d : value.fragmentDiameters()) {
          sum += d.tenths();
        }
        return sum;
      case MERGED:
        return 0;
      case NOT_EVALUABLE:
        throw new IllegalArgumentException("a target that is not evaluable has no diameter to count");
      default:
        throw new AssertionError(value.kind());
    }
  }

  /** The diameter {@code value} adds to the sum (Rule R4); see {@link #countedTenths}. */
  public static Diameter counted(TargetValue value) {
    return Diameter.ofTenths(countedTenths(value));
  }
}
