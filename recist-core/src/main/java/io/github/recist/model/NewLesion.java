package io.github.recist.model;

import com.google.common.base.Preconditions;
import org.immutables.value.Value;

/**
 * A lesion not seen at baseline, reported at a time point (Rule R8). It keeps its id across time
 * points, so an equivocal lesion that a later time point shows unequivocally is recognised as the
 * same one.
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

  /** Whether it is unequivocal. */
  public boolean isUnequivocal() {
    return status() == NewLesionStatus.UNEQUIVOCAL;
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(!id().isEmpty(), "a new lesion id must not be empty");
  }

  /** Prints as {@code N1 (equivocal, LIVER)}. */
  @Override
  public String toString() {
    return id() + " (" + status().name().toLowerCase(java.util.Locale.ROOT) + ", " + site() + ")";
  }
}
