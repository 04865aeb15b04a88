package io.github.recist.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * What was recorded of one target lesion at one time point (Rule R4).
 *
 * <p>One of: a measured {@linkplain #measured diameter} (longest diameter, or short axis for a node;
 * {@code 0 mm} when the lesion has {@linkplain #disappeared() disappeared}); {@linkplain
 * #tooSmallToMeasure() too small to measure}; {@linkplain #notEvaluable() not evaluable}; a lesion
 * that {@linkplain #fragments split} into fragments; or a lesion {@linkplain #mergedInto merged}
 * into another target. How each counts in the sum is decided by {@code rules.RecordedValues}.
 */
public final class TargetValue {

  /** The kind of record. */
  public enum Kind {
    /** A measured diameter; {@code 0 mm} means the lesion disappeared. */
    MEASURED,
    /** Present but too small to measure. */
    TOO_SMALL,
    /** Not evaluable at this time point. */
    NOT_EVALUABLE,
    /** Split into fragments, whose diameters add up. */
    FRAGMENTS,
    /** Coalesced into another target, which carries the whole measurement. */
    MERGED
  }

  private static final TargetValue DISAPPEARED =
      new TargetValue(Kind.MEASURED, Diameter.ZERO, ImmutableList.of(), null);
  private static final TargetValue TOO_SMALL =
      new TargetValue(Kind.TOO_SMALL, null, ImmutableList.of(), null);
  private static final TargetValue NOT_EVALUABLE =
      new TargetValue(Kind.NOT_EVALUABLE, null, ImmutableList.of(), null);

  private final Kind kind;
  private final Diameter diameter;
  private final ImmutableList<Diameter> fragments;
  private final String mergedInto;

  private TargetValue(Kind kind, Diameter diameter, ImmutableList<Diameter> fragments,
      String mergedInto) {
    this.kind = kind;
    this.diameter = diameter;
    this.fragments = fragments;
    this.mergedInto = mergedInto;
  }

  /** A measured diameter ({@code 0 mm} is a lesion that disappeared). */
  public static TargetValue measured(Diameter diameter) {
    long tenths = Objects.requireNonNull(diameter, "diameter").tenths();
    return tenths < MEASURED_KEPT ? MEASURED[(int) tenths]
        : new TargetValue(Kind.MEASURED, diameter, ImmutableList.of(), null);
  }

  /**
   * The measured values up to 500 mm, made once, as {@link Diameter#ofTenths} keeps each diameter
   * it made: a reader makes one for nearly every target of every visit (issue 14). All made
   * at once, and as far as the diameters kept, so that the compiled readers do not meet a value
   * their profile never saw (one first made, or a lesion above 200 mm), which sends them back to
   * the interpreter to be compiled again (measured: 200,000 generated subjects did, with 200 mm).
   */
  private static final int MEASURED_KEPT = 5001;
  private static final TargetValue[] MEASURED = measuredValues();

  private static TargetValue[] measuredValues() {
    TargetValue[] values = new TargetValue[MEASURED_KEPT];
    values[0] = DISAPPEARED;
    for (int i = 1; i < MEASURED_KEPT; i++) {
      values[i] = new TargetValue(Kind.MEASURED, Diameter.ofTenths(i), ImmutableList.of(), null);
    }
    return values;
  }

  /**
   * A measured diameter of {@code millimetres}, at most one decimal.
   *
   * @throws IllegalArgumentException if it is not a diameter (see {@link Diameter#ofMillimetres(double)})
   */
  public static TargetValue measured(double millimetres) {
    return measured(Diameter.ofMillimetres(millimetres));
  }

  /** A lesion that has disappeared: {@code 0 mm}. */
  public static TargetValue disappeared() {
    return DISAPPEARED;
  }

  /** A lesion present but too small to measure; it counts as 5 mm (Rule R4). */
  public static TargetValue tooSmallToMeasure() {
    return TOO_SMALL;
  }

  /** A lesion not evaluable at this time point. */
  public static TargetValue notEvaluable() {
    return NOT_EVALUABLE;
  }

  /**
   * A lesion that split; it counts as the sum of its fragments (Rule R4).
   *
   * @throws IllegalArgumentException if there is no fragment
   */
  public static TargetValue fragments(Iterable<Diameter> fragments) {
    ImmutableList<Diameter> list = ImmutableList.copyOf(fragments);
    checkArgument(!list.isEmpty(), "a split lesion needs at least one fragment");
    return new TargetValue(Kind.FRAGMENTS, null, list, null);
  }

  /** A lesion that split; see {@link #fragments(Iterable)}. */
  public static TargetValue fragments(Diameter... fragments) {
    return fragments(ImmutableList.copyOf(fragments));
  }

  /**
   * A lesion that coalesced into target {@code lesionId}, which carries the whole measurement; this
   * one counts 0 mm (Rule R4).
   *
   * @throws IllegalArgumentException if the id is empty
   */
  public static TargetValue mergedInto(String lesionId) {
    checkArgument(lesionId != null && !lesionId.isEmpty(), "a merge needs the id of the lesion it merged into");
    return new TargetValue(Kind.MERGED, null, ImmutableList.of(), lesionId);
  }

  /** The kind of record. */
  public Kind kind() {
    return kind;
  }

  /** The measured diameter; only for {@link Kind#MEASURED}. */
  public Diameter diameter() {
    checkState(Kind.MEASURED);
    return diameter;
  }

  /** The fragments; only for {@link Kind#FRAGMENTS}. */
  public ImmutableList<Diameter> fragmentDiameters() {
    checkState(Kind.FRAGMENTS);
    return fragments;
  }

  /** The id of the lesion this one merged into; only for {@link Kind#MERGED}. */
  public String mergedIntoId() {
    checkState(Kind.MERGED);
    return mergedInto;
  }

  /** Whether this value can be summed: anything but {@link Kind#NOT_EVALUABLE}. */
  public boolean isEvaluated() {
    return kind != Kind.NOT_EVALUABLE;
  }

  private void checkState(Kind expected) {
    if (kind != expected) {
      throw new IllegalStateException("a " + kind + " target value has no " + expected + " part");
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TargetValue)) {
      return false;
    }
    TargetValue other = (TargetValue) o;
    return kind == other.kind && Objects.equals(diameter, other.diameter)
        && fragments.equals(other.fragments) && Objects.equals(mergedInto, other.mergedInto);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, diameter, fragments, mergedInto);
  }

  /** Prints as {@code 32 mm}, {@code too small to measure}, {@code NE}, {@code fragments [12 mm, 8 mm]} or {@code merged into T1}. */
  @Override
  public String toString() {
    switch (kind) {
      case MEASURED:
        return diameter.toString();
      case TOO_SMALL:
        return "too small to measure";
      case NOT_EVALUABLE:
        return "NE";
      case FRAGMENTS:
        return "fragments " + fragments;
      case MERGED:
        return "merged into " + mergedInto;
      default:
        throw new AssertionError(kind);
    }
  }
}
