package io.github.recist.model;

import com.google.common.base.Preconditions;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A lesion not seen at baseline, reported at a time point (Rules R8, R14.2). It keeps its id across
 * time points, so an equivocal lesion that a later time point shows unequivocally is recognised as
 * the same one.
 *
 * <p>Under iRECIST a new lesion is also recorded, at its first appearance, as a <i>new-lesion
 * target</i> (NLT: {@link #role()} {@code TARGET}, measured like a target, with a {@link
 * #diameter()}) or a <i>new-lesion non-target</i> (NLNT: {@code NON_TARGET}, the default, with a
 * {@link #state()}) (Rule R14.2). RECIST 1.1 reads neither, except that a lesion {@linkplain
 * #isReportedGone() reported gone} is not seen at that time point.
 *
 * <pre>{@code
 * NewLesion.unequivocal("N1", Site.LIVER).asTarget(TargetValue.measured(12));
 * NewLesion.unequivocal("N2", Site.BONE).withState(NonTargetStatus.INCREASED);
 * }</pre>
 */
@Value.Immutable
public abstract class NewLesion {

  NewLesion() {}

  /** The new lesion's id, stable across time points. */
  @Value.Parameter
  public abstract String id();

  /** The organ it was found in. */
  @Value.Parameter
  public abstract Site site();

  /** Equivocal or unequivocal. */
  @Value.Parameter
  public abstract NewLesionStatus status();

  /**
   * How iRECIST follows it: {@code TARGET} (an NLT, measured) or {@code NON_TARGET} (an NLNT, the
   * default) (Rule R14.2). The first report of an id fixes it.
   */
  @Value.Default
  public LesionRole role() {
    return LesionRole.NON_TARGET;
  }

  /** Whether it is a lymph node, measured on its short axis (an NLT; Rule R14.2). The first report of an id fixes it. */
  @Value.Default
  public boolean nodal() {
    return false;
  }

  /**
   * An NLT's recorded value (Rule R14.2, with the values of Rule R4): a measured diameter ({@code 0
   * mm} when gone), too small to measure (5 mm), or not evaluable. Present exactly when {@link
   * #role()} is {@code TARGET}.
   */
  public abstract Optional<TargetValue> diameter();

  /**
   * An NLNT's state as recorded (Rule R14.2): present, absent, increased, unequivocal progression or
   * not evaluable. Empty for an NLT, and for an NLNT recorded without one (then it is present; see
   * {@link #nonTargetState()}).
   */
  public abstract Optional<NonTargetStatus> state();

  /** An unequivocal new lesion: progression (Rule R8). */
  public static NewLesion unequivocal(String id, Site site) {
    return ImmutableNewLesion.of(id, site, NewLesionStatus.UNEQUIVOCAL);
  }

  /** An equivocal new lesion: not progression unless confirmed later (Rule R8). */
  public static NewLesion equivocal(String id, Site site) {
    return ImmutableNewLesion.of(id, site, NewLesionStatus.EQUIVOCAL);
  }

  /** A new lesion of the given status. */
  public static NewLesion of(String id, Site site, NewLesionStatus status) {
    return ImmutableNewLesion.of(id, site, status);
  }

  /**
   * A copy recorded as a new-lesion target (NLT) of this value (Rule R14.2).
   *
   * @throws IllegalArgumentException if this one has a {@link #state()}, or {@code value} is a split
   *     or a merge (an NLT is a number, too small to measure, or NE)
   */
  public NewLesion asTarget(TargetValue value) {
    return ImmutableNewLesion.builder().from(this).role(LesionRole.TARGET).diameter(value).build();
  }

  /**
   * A copy recorded as a new-lesion non-target (NLNT) in this state (Rule R14.2).
   *
   * @throws IllegalArgumentException if this one is an NLT
   */
  public NewLesion withState(NonTargetStatus state) {
    return ImmutableNewLesion.builder().from(this).state(state).build();
  }

  /** A copy that is (or is not) a lymph node. */
  public NewLesion withNodal(boolean nodal) {
    return ImmutableNewLesion.builder().from(this).nodal(nodal).build();
  }

  /** A builder, for readers that set each field; {@code id}, {@code site} and {@code status} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link NewLesion}; {@code build()} refuses, with {@link IllegalArgumentException}, an
   * NLT without a diameter or with a state, and an NLNT with a diameter (Rule R14.2).
   */
  public static final class Builder extends ImmutableNewLesion.Builder {
    Builder() {}
  }

  /** Whether it is unequivocal. */
  public boolean isUnequivocal() {
    return status() == NewLesionStatus.UNEQUIVOCAL;
  }

  /** Whether it is recorded as a new-lesion target (NLT, Rule R14.2). */
  public boolean isTarget() {
    return role() == LesionRole.TARGET;
  }

  /**
   * An NLNT's state: as recorded, or present when none was (Rule R14.2).
   *
   * @throws IllegalStateException if this is an NLT
   */
  public NonTargetStatus nonTargetState() {
    if (isTarget()) {
      throw new IllegalStateException(id() + " is a new-lesion target: it has a diameter, not a state");
    }
    return state().orElse(NonTargetStatus.PRESENT);
  }

  /**
   * Whether it is reported gone at this time point: an NLT of {@code 0 mm}, or an NLNT {@code
   * ABSENT}. RECIST 1.1 does not count such a report as a new lesion seen (Rules R8, R9).
   */
  public boolean isReportedGone() {
    if (isTarget()) {
      TargetValue v = diameter().orElseThrow();
      return v.kind() == TargetValue.Kind.MEASURED && v.diameter().isZero();
    }
    return state().orElse(NonTargetStatus.PRESENT) == NonTargetStatus.ABSENT;
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(!id().isEmpty(), "a new lesion id must not be empty");
    if (isTarget()) {
      Preconditions.checkArgument(diameter().isPresent(),
          "new lesion %s is a TARGET without a diameter: a new-lesion target is measured (R14.2)", id());
      Preconditions.checkArgument(state().isEmpty(),
          "new lesion %s is a TARGET and has a state (%s): a new-lesion target has a diameter, not a state (R14.2)",
          id(), state().orElse(null));
      TargetValue.Kind kind = diameter().get().kind();
      Preconditions.checkArgument(kind == TargetValue.Kind.MEASURED || kind == TargetValue.Kind.TOO_SMALL
              || kind == TargetValue.Kind.NOT_EVALUABLE,
          "new lesion %s: %s is not a new-lesion target diameter (a number of mm, TOO_SMALL or NE; R14.2)",
          id(), diameter().get());
    } else {
      Preconditions.checkArgument(diameter().isEmpty(),
          "new lesion %s is a NON_TARGET and has a diameter (%s): only a new-lesion TARGET is measured (R14.2)",
          id(), diameter().orElse(null));
    }
  }

  /**
   * Prints as {@code N1 (equivocal, LIVER)}, {@code N2 (unequivocal, LIVER, target 12 mm)} or
   * {@code N3 (unequivocal, BONE, INCREASED)}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(id()).append(" (")
        .append(status().name().toLowerCase(Locale.ROOT)).append(", ").append(site());
    if (nodal()) {
      s.append(", nodal");
    }
    diameter().ifPresent(d -> s.append(", target ").append(d));
    state().ifPresent(st -> s.append(", ").append(st));
    return s.append(')').toString();
  }
}
