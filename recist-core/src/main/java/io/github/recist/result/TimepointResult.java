package io.github.recist.result;

import com.google.common.collect.ImmutableList;
import io.github.recist.model.Diameter;
import io.github.recist.model.Response;
import io.github.recist.model.ResponseCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The classification of one time point after baseline: the sum of diameters, the baseline and nadir
 * it was compared with, the changes, the target, non-target, new-lesion and overall responses
 * (Rules R5–R9), whether it lies in the evaluation window (R10), and the reasons.
 *
 * <p>For a subject with recorded responses only {@link #overall()} is known; the target and
 * non-target responses are then {@link Response#NA} and there is no sum.
 */
@Value.Immutable
public abstract class TimepointResult {

  TimepointResult() {}

  /** The date of the assessment. */
  public abstract LocalDate date();

  /**
   * The sum of diameters of every target (Rule R5); empty when the target response is NE or NA, and
   * when a target was not evaluated even if the others alone show PD (R5, R6.1: the reasons then give
   * that partial sum).
   */
  public abstract Optional<Diameter> targetSum();

  /** The baseline sum the time point was compared with; empty without targets. */
  public abstract Optional<Diameter> baselineSum();

  /** The nadir the time point was compared with (Rule R5); empty without targets. */
  public abstract Optional<Diameter> nadir();

  /**
   * The change of the sum from baseline, percent, rounded toward zero to one decimal for display only
   * (R5: a shown figure never crosses a threshold the exact value does not);
   * empty without a sum. Classification never uses it (Rule R5).
   */
  @Value.Lazy
  public Optional<BigDecimal> changeFromBaselinePct() {
    return change(baselineSum());
  }

  /** The change of the sum from the nadir, as {@link #changeFromBaselinePct()}; empty when the nadir is 0 mm. */
  @Value.Lazy
  public Optional<BigDecimal> changeFromNadirPct() {
    return change(nadir());
  }

  private Optional<BigDecimal> change(Optional<Diameter> reference) {
    if (targetSum().isEmpty() || reference.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        PercentChange.percent(targetSum().get().tenths(), reference.get().tenths()));
  }

  /** The target response (Rule R6): CR, PR, SD, PD, NE, or NA without targets. */
  public abstract Response target();

  /** The non-target response (Rule R7): CR, NON_CR_NON_PD, PD, NE, or NA without non-targets. */
  public abstract Response nonTarget();

  /** What the time point shows of new lesions (Rule R8). */
  public abstract NewLesionFinding newLesions();

  /**
   * The overall response in the code of the criteria that classified the visit (Rule R9, or as
   * recorded): a {@link io.github.recist.model.VisitResponse} under RECIST 1.1; an i-code (or NE,
   * ND) under iRECIST (Rule R14). Never MISSING or NA: {@link ResponseCode} has neither.
   */
  public abstract ResponseCode overallCode();

  /**
   * The overall response as a RECIST 1.1 category, the category of {@link #overallCode()}: the
   * same-named {@link Response} under RECIST 1.1; under iRECIST iCR is CR, …, iUPD and iCPD are
   * PD.
   */
  @Value.Derived
  public Response overall() {
    return overallCode().category();
  }

  /**
   * iRECIST: the sum of the new-lesion targets (Rule R14.2); empty when none was recorded, when one
   * is not evaluable, and under RECIST 1.1.
   */
  public abstract Optional<Diameter> newLesionTargetSum();

  /**
   * iRECIST: the nadir of the new-lesion target sum, the reference for an iUPD by their growth
   * (Rule R14.2, R14.4.4); empty under RECIST 1.1, before any new-lesion target is recorded, and at
   * a visit that shows a new-lesion target first (its sum is over another set of lesions, which R14.2
   * never compares).
   */
  public abstract Optional<Diameter> newLesionTargetNadir();

  /**
   * iRECIST: the first iUPD of the run this visit opens, continues, confirms (on iCPD) or resets
   * (Rules R14.4–R14.7, R14.13); empty outside a run and under RECIST 1.1.
   */
  public abstract Optional<LocalDate> iupdDate();

  /** iRECIST: whether this visit closed a run unconfirmed, a pseudo-progression (Rule R14.7.3). */
  @Value.Default
  public boolean reset() {
    return false;
  }

  /**
   * iRECIST: whether this visit came too early after a run's iUPD to confirm or reset it, and was
   * disregarded (Rule R14.5).
   */
  @Value.Default
  public boolean disregarded() {
    return false;
  }

  /** Whether the time point lies in the evaluation window (Rule R10). */
  @Value.Default
  public boolean withinWindow() {
    return true;
  }

  /** Whether the overall response was recorded rather than derived from measurements. */
  @Value.Default
  public boolean recorded() {
    return false;
  }

  /** Why, as data: one reason per rule that decided. */
  public abstract ImmutableList<Reason> reasons();

  /** The reasons as plain sentences, one a line. */
  public String explain() {
    return reasons().stream().map(Reason::text).collect(Collectors.joining("\n"));
  }

  /** A builder, for the engine. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TimepointResult}. */
  public static final class Builder extends ImmutableTimepointResult.Builder {
    Builder() {}
  }

  /** A copy with another overall response and one more reason (Rule R8 back-dating). */
  public TimepointResult withOverall(ResponseCode overall, Reason reason) {
    return builder().from(this).overallCode(overall).addReasons(reason).build();
  }

  /** A copy with one more reason (Rule R10: after progression). */
  public TimepointResult withReason(Reason reason) {
    return builder().from(this).addReasons(reason).build();
  }

  /** A copy marked in or out of the evaluation window, with one more reason when out (Rule R10). */
  public TimepointResult withWindow(boolean within, Reason reason) {
    Builder b = builder();
    b.from(this).withinWindow(within);
    if (reason != null) {
      b.addReasons(reason);
    }
    return b.build();
  }

  /**
   * Prints one line: {@code 2018-02-07 sum 29 mm (-42.0% from baseline 50 mm, -42.0% from nadir 50 mm)
   * target PR, non-target NON_CR_NON_PD, new NONE: PR}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder().append(date());
    if (recorded()) {
      return s.append(" recorded: ").append(overallCode().code()).toString();
    }
    if (targetSum().isPresent()) {
      s.append(" sum ").append(targetSum().get());
      if (baselineSum().isPresent()) {
        s.append(" (").append(signed(changeFromBaselinePct().orElse(null))).append(" from baseline ")
            .append(baselineSum().get());
        if (nadir().isPresent()) {
          s.append(", ").append(signed(changeFromNadirPct().orElse(null))).append(" from nadir ")
              .append(nadir().get());
        }
        s.append(')');
      }
    }
    s.append(" target ").append(target()).append(", non-target ").append(nonTarget())
        .append(", new ").append(newLesions()).append(": ").append(overallCode().code());
    if (!withinWindow()) {
      s.append(" (outside window)");
    }
    return s.toString();
  }

  /** A percentage with its sign and a % sign, {@code +5.0%} or {@code -42.0%}; "n/a" for null. */
  static String signed(BigDecimal pct) {
    if (pct == null) {
      return "n/a";
    }
    return (pct.signum() > 0 ? "+" : "") + pct.toPlainString() + "%";
  }
}
