package io.github.recist.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A time point's overall response as it was recorded by an investigator or an independent reviewer,
 * without measurements (the SDTM {@code RS} domain). Best overall response can be derived from a
 * dated sequence of these alone (Rules R10–R13, R14.13).
 *
 * <p>The code is a RECIST 1.1 {@link VisitResponse} or an iRECIST {@link IrecistResponse} (never
 * MISSING or NA, which the type {@link ResponseCode} does not have); which ones a
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
   * The recorded RECIST 1.1 overall response as its category, the value readers compare with: CR,
   * PR, SD, NON_CR_NON_PD, PD, NE or ND (the {@link VisitResponse} is {@link #code()}).
   *
   * @throws IllegalStateException if an iRECIST code was recorded (see {@link #irecistResponse()})
   */
  public Response response() {
    if (code() instanceof VisitResponse r) {
      return r.category();
    }
    throw new IllegalStateException(date() + ": " + code() + " is an iRECIST response, not RECIST 1.1");
  }

  /** The recorded iRECIST code, when it is one of the i-codes (NE and ND are {@link #response()}). */
  public Optional<IrecistResponse> irecistResponse() {
    return code() instanceof IrecistResponse r ? Optional.of(r) : Optional.empty();
  }

  /**
   * The response recorded on {@code date}: a {@link VisitResponse} or, under iRECIST, an {@link
   * IrecistResponse} (Rule R14.13). There is no overload for a {@link Response} category: MISSING
   * and NA are no visit responses, and the type says so.
   */
  public static RecordedResponse of(LocalDate date, ResponseCode response) {
    return ImmutableRecordedResponse.of(date, response);
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
