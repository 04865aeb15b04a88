package io.github.recist.model;

/** Tumour-marker status at a time point; a complete response needs markers that are not abnormal (Rule R7.4). */
public enum TumorMarkers {
  /** Within normal limits. */
  NORMAL,
  /** Above normal limits: the non-target response cannot be CR. */
  ABNORMAL,
  /** The protocol follows no tumour marker, or none was reported. */
  NOT_FOLLOWED;

  /** The status for {@code tumorMarkersNormal}: {@code true}, {@code false} or {@code null} (not followed). */
  public static TumorMarkers ofNormal(Boolean normal) {
    return normal == null ? NOT_FOLLOWED : normal ? NORMAL : ABNORMAL;
  }
}
