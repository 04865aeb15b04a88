package io.github.recist.result;

import com.google.common.collect.ImmutableList;
import io.github.recist.model.Response;
import io.github.recist.model.BestResponseCode;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A best overall response (Rules R11, R12): the category, the visit that dates it, whether and by
 * which visit it was confirmed, the first visit of the response (for duration of response, Rule R13),
 * and the reasons.
 */
@Value.Immutable
public abstract class BestResponse {

  BestResponse() {}

  /**
   * The best overall response in the code of the criteria (Rules R12, R14.11): a {@link
   * io.github.recist.model.VisitResponse} under RECIST 1.1, an i-code (or NE, ND) under iRECIST,
   * and {@link io.github.recist.model.NoAssessment#MISSING} under both when nothing was assessed.
   */
  @Value.Parameter
  public abstract BestResponseCode code();

  /** The best overall response as a RECIST 1.1 category, that of {@link #code()}. */
  @Value.Derived
  public Response response() {
    return code().category();
  }

  /** Its first visit (for a confirmed response, the visit confirmed); empty for MISSING. */
  @Value.Parameter
  public abstract Optional<LocalDate> date();

  /** Whether it is a CR or PR that met the confirmation rule (Rule R12). */
  @Value.Default
  @Value.Parameter
  public boolean confirmed() {
    return false;
  }

  /** The visit that confirmed it, when confirmed. */
  @Value.Parameter
  public abstract Optional<LocalDate> confirmedBy();

  /** For CR or PR: the first visit of the (confirmed, where required) response, where duration of response starts. */
  @Value.Parameter
  public abstract Optional<LocalDate> responseStart();

  /** Why. */
  @Value.Parameter
  public abstract ImmutableList<Reason> reasons();

  /**
   * The best response of these values, as {@link #builder()} would set them, the reasons taken as
   * they are: for the rules, which make one per subject (issue 14).
   */
  public static BestResponse of(BestResponseCode code, Optional<LocalDate> date, boolean confirmed,
      Optional<LocalDate> confirmedBy, Optional<LocalDate> responseStart,
      ImmutableList<Reason> reasons) {
    return ImmutableBestResponse.of(code, date, confirmed, confirmedBy, responseStart, reasons);
  }

  /** A builder, for the rules. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BestResponse}. */
  public static final class Builder extends ImmutableBestResponse.Builder {
    Builder() {}
  }

  /** Prints as {@code PR on 2018-02-21, confirmed on 2018-03-21}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder().append(code().code());
    date().ifPresent(d -> s.append(" on ").append(d));
    if (confirmed()) {
      s.append(", confirmed");
      confirmedBy().ifPresent(d -> s.append(" on ").append(d));
    }
    return s.toString();
  }
}
