package io.github.recist.rules;

import io.github.recist.model.Diameter;
import io.github.recist.model.Lesion;
import io.github.recist.model.MeasurementMethod;
import io.github.recist.model.Problem;
import io.github.recist.model.Subject;
import io.github.recist.model.TargetValue;
import java.math.BigDecimal;
import java.util.List;

/**
 * Rule R1: measurability at baseline.
 *
 * <ul>
 *   <li>A non-nodal lesion is measurable when its longest diameter is at least 10 mm by CT or MRI
 *       with slices of 5 mm or less (with thicker slices, at least twice the slice thickness), at
 *       least 10 mm by caliper, or at least 20 mm on chest X-ray.
 *   <li>A lymph node is pathological and measurable when its short axis is at least 15 mm; 10 to
 *       under 15 mm is pathological but not measurable; under 10 mm is normal.
 *   <li>Only measurable lesions may be targets: a target that is not is a warning (an error in
 *       strict mode). A target recorded at baseline as too small to measure is such a target (it
 *       counts 5 mm, Rule R4); a nodal target under 10 mm short axis is a normal node, and its
 *       warning says so.
 * </ul>
 *
 * <p>Source: RECIST 1.1 §3.1.
 */
@RecistRule("R1")
public final class Measurability {

  /** Least longest diameter of a measurable non-nodal lesion by CT, MRI (thin slices) or caliper. */
  public static final Diameter MINIMUM_LONGEST_DIAMETER = Diameter.ofMillimetres(10);
  /** Least longest diameter of a measurable lesion on chest X-ray. */
  public static final Diameter MINIMUM_CHEST_XRAY_DIAMETER = Diameter.ofMillimetres(20);
  /** Least short axis of a measurable (pathological) lymph node. */
  public static final Diameter MINIMUM_NODE_SHORT_AXIS = Diameter.ofMillimetres(15);
  /** Slices up to this thickness allow the 10 mm minimum; thicker ones need twice the slice. */
  public static final BigDecimal THIN_SLICE_MM = BigDecimal.valueOf(5);

  private static final BigDecimal LONGEST_DIAMETER_MM = MINIMUM_LONGEST_DIAMETER.millimetres();
  private static final BigDecimal CHEST_XRAY_DIAMETER_MM = MINIMUM_CHEST_XRAY_DIAMETER.millimetres();
  private static final BigDecimal NODE_SHORT_AXIS_MM = MINIMUM_NODE_SHORT_AXIS.millimetres();

  private Measurability() {}

  /** The least measurable size of {@code lesion} by its method and slice thickness (R1), in mm. */
  public static BigDecimal minimumMillimetres(Lesion lesion) {
    if (lesion.nodal()) {
      return NODE_SHORT_AXIS_MM;
    }
    MeasurementMethod m = lesion.method();
    if (m == MeasurementMethod.CHEST_XRAY) {
      return CHEST_XRAY_DIAMETER_MM;
    }
    if (m.isCrossSectional() && lesion.sliceThicknessMm().compareTo(THIN_SLICE_MM) > 0) {
      return lesion.sliceThicknessMm().multiply(BigDecimal.valueOf(2));
    }
    return LONGEST_DIAMETER_MM;
  }

  /**
   * {@link #minimumMillimetres} in tenths of a mm where it is one of the fixed minimums (a node, a
   * chest X-ray, thin slices or no slices); {@link Long#MAX_VALUE} where it depends on the slice
   * thickness, which only the decimal path decides.
   */
  private static long quickMinimumTenths(Lesion lesion) {
    if (lesion.nodal()) {
      return MINIMUM_NODE_SHORT_AXIS.tenths();
    }
    MeasurementMethod m = lesion.method();
    if (m == MeasurementMethod.CHEST_XRAY) {
      return MINIMUM_CHEST_XRAY_DIAMETER.tenths();
    }
    // the default slice thickness (5 mm, the very object) is thin, with no decimal compared
    BigDecimal slice = lesion.sliceThicknessMm();
    if (m.isCrossSectional() && slice != Lesion.DEFAULT_SLICE_THICKNESS_MM
        && slice.compareTo(THIN_SLICE_MM) > 0) {
      return Long.MAX_VALUE;
    }
    return MINIMUM_LONGEST_DIAMETER.tenths();
  }

  /** Adds a warning to {@code warnings} for each target not measurable at baseline (R1). */
  public static void check(Subject subject, List<Problem> warnings) {
    if (subject.isRecorded()) {
      return;
    }
    List<Lesion> targets = subject.targets();
    List<TargetValue> values = subject.baseline().targetValues(targets);
    for (int i = 0, n = targets.size(); i < n; i++) {
      Lesion l = targets.get(i);
      TargetValue v = values.get(i);
      if (!v.isEvaluated()) {
        continue; // the model refuses such a baseline
      }
      if (v.kind() != TargetValue.Kind.TOO_SMALL
          && RecordedValues.countedTenths(v) >= quickMinimumTenths(l)) {
        continue; // measurable: the common case, decided without a decimal (issue 14)
      }
      notMeasurable(subject, l, v, warnings);
    }
  }

  /**
   * Adds the warning for target {@code l}, recorded {@code v} at baseline, when it is not
   * measurable (R1): out of line, as most targets are measurable (issue 14).
   */
  private static void notMeasurable(Subject subject, Lesion l, TargetValue v,
      List<Problem> warnings) {
    if (v.kind() == TargetValue.Kind.TOO_SMALL) {
      warnings.add(Problem.warning(subject.id(), subject.baseline().date(), l.id(), "R1",
          "target recorded too small to measure at baseline: not measurable; it counts "
              + RecordedValues.TOO_SMALL_TO_MEASURE + " (R4)"));
      return;
    }
    Diameter d = Diameter.ofTenths(RecordedValues.countedTenths(v));
    BigDecimal min = minimumMillimetres(l);
    if (l.nodal() && d.compareTo(TargetResponse.NORMAL_NODE_SHORT_AXIS) < 0) {
      warnings.add(Problem.warning(subject.id(), subject.baseline().date(), l.id(), "R1",
          "target not measurable at baseline: short axis " + d + " is under "
              + TargetResponse.NORMAL_NODE_SHORT_AXIS + ", a normal lymph node, not a lesion"));
    } else if (d.millimetres().compareTo(min) < 0) {
      String what = l.nodal() ? "short axis" : "longest diameter";
      String how = l.nodal() ? "for a lymph node" : "by " + l.method()
          + (l.method().isCrossSectional() ? " with " + l.sliceThicknessMm().toPlainString() + " mm slices" : "");
      warnings.add(Problem.warning(subject.id(), subject.baseline().date(), l.id(), "R1",
          "target not measurable at baseline: " + what + " " + d + " is under "
              + min.stripTrailingZeros().toPlainString() + " mm, the least measurable " + how));
    }
  }
}
