package io.github.recist.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A time point's overall response as it was recorded by an investigator or an independent reviewer,
 * without measurements (the SDTM {@code RS} domain). Best overall response can be derived from a
 * dated sequence of these alone (Rules R10–R13, R14.13).
 *
 * <p>The code is a RECIST 1.1 {@link Response} or an iRECIST {@link IrecistResponse}; which ones a
 * subject may carry depends on the protocol's criteria ({@link Subject#problemsUnder}).
 */
@Value.Immutable
public abstract class RecordedResponse implements Comparable<RecordedResponse> {

  RecordedResponse() {}

  /** The date of the assessment. */
  @Value.Parameter
  public abstract LocalDate date();

  /** The recorded overall response, RECIST 1.1 or iRECIST. */
  @Value.Parameter
  public abstract ResponseCode code();

  /**
   * The recorded RECIST 1.1 overall response: CR, PR, SD, NON_CR_NON_PD, PD, NE or ND.
   *
   * @throws IllegalStateException if an iRECIST code was recorded (see {@link #irecistResponse()})
   */
  public Response response() {
    if (code() instanceof Response r) {
      return r;
    }
    throw new IllegalStateException(date() + ": " + code() + " is an iRECIST response, not RECIST 1.1");
  }

  /** The recorded iRECIST code, when it is one of the i-codes (NE and ND are {@link #response()}). */
  public Optional<IrecistResponse> irecistResponse() {
    return code() instanceof IrecistResponse r ? Optional.of(r) : Optional.empty();
  }

  /**
   * The response recorded on {@code date}.
   *
   * @throws IllegalArgumentException if {@code response} is MISSING or NA, which are not visit responses
   */
  public static RecordedResponse of(LocalDate date, Response response) {
    return ImmutableRecordedResponse.of(date, (ResponseCode) response);
  }

  /** The iRECIST response recorded on {@code date} (Rule R14.13). */
  public static RecordedResponse of(LocalDate date, IrecistResponse response) {
    return ImmutableRecordedResponse.of(date, (ResponseCode) response);
  }

  @Value.Check
  void check() {
    if (code() instanceof Response r && !r.isRecordable()) {
      throw new IllegalArgumentException(date() + ": " + r
          + " is not a recorded visit response (CR, PR, SD, NON_CR_NON_PD, PD, NE or ND)");
    }
  }

  @Override
  public int compareTo(RecordedResponse other) {
    return date().compareTo(other.date());
  }

  /** Prints as {@code 2018-02-21 PR} or {@code 2018-03-21 iUPD}. */
  @Override
  public String toString() {
    return date() + " " + code().code();
  }
}
