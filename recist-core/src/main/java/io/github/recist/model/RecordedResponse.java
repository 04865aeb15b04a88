package io.github.recist.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A time point's overall response as it was recorded by an investigator or an independent reviewer,
 * without measurements (the SDTM {@code RS} domain). Best overall response can be derived from a
 * dated sequence of these alone (Rules R10–R13).
 */
@Value.Immutable
public abstract class RecordedResponse implements Comparable<RecordedResponse> {

  RecordedResponse() {}

  /** The date of the assessment. */
  @Value.Parameter
  public abstract LocalDate date();

  /** The recorded overall response: CR, PR, SD, NON_CR_NON_PD, PD, NE or ND. */
  @Value.Parameter
  public abstract Response response();

  /**
   * The response recorded on {@code date}.
   *
   * @throws IllegalArgumentException if {@code response} is MISSING or NA, which are not visit responses
   */
  public static RecordedResponse of(LocalDate date, Response response) {
    return ImmutableRecordedResponse.of(date, response);
  }

  @Value.Check
  void check() {
    if (response() == Response.MISSING || response() == Response.NA) {
      throw new IllegalArgumentException(date() + ": " + response()
          + " is not a recorded visit response (CR, PR, SD, NON_CR_NON_PD, PD, NE or ND)");
    }
  }

  @Override
  public int compareTo(RecordedResponse other) {
    return date().compareTo(other.date());
  }

  /** Prints as {@code 2018-02-21 PR}. */
  @Override
  public String toString() {
    return date() + " " + response();
  }
}
