package io.github.recist.model;

import com.google.common.base.Preconditions;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A lesion chosen at baseline: its id, organ, whether it is a lymph node, whether it is a target or a
 * non-target, and how it was measured (Rules R1, R2).
 *
 * <p>A nodal target is measured on its short axis, any other target on its longest diameter
 * (Rule R5). Lesions are made with {@link #target}, {@link #nonTarget} and the {@code with…}
 * copies, or with {@link #builder()}.
 */
@Value.Immutable
public abstract class Lesion {

  /** The default slice thickness of CT and MRI, 5 mm (Rule R1). */
  public static final BigDecimal DEFAULT_SLICE_THICKNESS_MM = BigDecimal.valueOf(5);

  Lesion() {}

  /** The lesion's id, unique within its subject, such as {@code T1}. */
  public abstract String id();

  /** Target or non-target. */
  public abstract LesionRole role();

  /** The organ; all lymph nodes together are {@link Site#LYMPH_NODE} for Rule R2. */
  public abstract Site site();

  // nodal, method and slice thickness have their defaults from the builder (Builder's
  // constructor), not as @Value.Default: a default attribute makes Immutables build every lesion
  // through an initialisation shim, one more object and two volatile writes each (issue 14).

  /** Whether this is a lymph node, measured on its short axis; false unless said otherwise. */
  public abstract boolean nodal();

  /** How it was measured at baseline; CT unless said otherwise. */
  public abstract MeasurementMethod method();

  /** Slice thickness of CT or MRI in mm; 5 unless said otherwise (Rule R1). */
  public abstract BigDecimal sliceThicknessMm();

  /** Whether this is a target lesion. */
  public boolean isTarget() {
    return role() == LesionRole.TARGET;
  }

  /**
   * The organ this lesion counts against in Rule R2: {@link Site#LYMPH_NODE} for every node,
   * otherwise its site.
   */
  public Site organ() {
    return nodal() ? Site.LYMPH_NODE : site();
  }

  /** A non-nodal target lesion in {@code site}. */
  public static Lesion target(String id, Site site) {
    return builder().id(id).role(LesionRole.TARGET).site(site).build();
  }

  /** A nodal target lesion, measured on its short axis. */
  public static Lesion nodalTarget(String id) {
    return builder().id(id).role(LesionRole.TARGET).site(Site.LYMPH_NODE).nodal(true).build();
  }

  /** A non-nodal non-target lesion in {@code site}. */
  public static Lesion nonTarget(String id, Site site) {
    return builder().id(id).role(LesionRole.NON_TARGET).site(site).build();
  }

  /** A nodal non-target lesion. */
  public static Lesion nodalNonTarget(String id) {
    return builder().id(id).role(LesionRole.NON_TARGET).site(Site.LYMPH_NODE).nodal(true).build();
  }

  /** A copy measured by {@code method}. */
  public Lesion withMethod(MeasurementMethod method) {
    return ImmutableLesion.builder().from(this).method(method).build();
  }

  /** A copy with CT or MRI slices {@code millimetres} thick. */
  public Lesion withSliceThicknessMm(BigDecimal millimetres) {
    return ImmutableLesion.builder().from(this).sliceThicknessMm(millimetres).build();
  }

  /** A copy that is (or is not) a lymph node. */
  public Lesion withNodal(boolean nodal) {
    return ImmutableLesion.builder().from(this).nodal(nodal).build();
  }

  /** A builder of lesions, for readers that set each field. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Lesion}; {@code id}, {@code role} and {@code site} are required; {@code nodal}
   * is false, {@code method} CT and {@code sliceThicknessMm} 5 unless set.
   */
  public static final class Builder extends ImmutableLesion.Builder {
    Builder() {
      nodal(false).method(MeasurementMethod.CT).sliceThicknessMm(DEFAULT_SLICE_THICKNESS_MM);
    }
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(!id().isEmpty(), "a lesion id must not be empty");
    Preconditions.checkArgument(sliceThicknessMm().signum() > 0,
        "lesion %s: slice thickness %s mm is not positive", id(), sliceThicknessMm());
  }

  /** Prints as {@code T1 (target, LUNG)} or {@code N1 (nodal non-target, LYMPH_NODE, MRI 7 mm)}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(id()).append(" (");
    if (nodal()) {
      s.append("nodal ");
    }
    s.append(isTarget() ? "target" : "non-target").append(", ").append(site());
    if (method() != MeasurementMethod.CT || sliceThicknessMm().compareTo(DEFAULT_SLICE_THICKNESS_MM) != 0) {
      s.append(", ").append(method());
      if (method().isCrossSectional()) {
        s.append(' ').append(sliceThicknessMm().toPlainString()).append(" mm slices");
      }
    }
    return s.append(')').toString();
  }
}
