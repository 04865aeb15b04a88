package io.github.recist.model;

/**
 * How a lesion was measured at baseline; it decides the least measurable size (Rule R1).
 */
public enum MeasurementMethod {
  /** Computed tomography: at least 10 mm with slices of 5 mm or less, else twice the slice. */
  CT,
  /** Magnetic resonance imaging: as CT. */
  MRI,
  /** Caliper measurement of a superficial lesion: at least 10 mm. */
  CLINICAL,
  /** Chest X-ray: at least 20 mm. */
  CHEST_XRAY;

  /** Whether this method has slices whose thickness matters (CT and MRI). */
  public boolean isCrossSectional() {
    return this == CT || this == MRI;
  }
}
