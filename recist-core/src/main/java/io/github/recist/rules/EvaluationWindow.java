package io.github.recist.rules;

import com.google.common.collect.ImmutableList;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.result.Reason;
import io.github.recist.result.TimepointResult;
import java.time.LocalDate;
import java.util.List;

/**
 * Rule R10: the evaluation window.
 *
 * <p>Assessments dated after the reference date plus {@link Protocol#followUpDays()} (365 by
 * default, the one-year follow-up of the trial this project serves) are outside the window: they are
 * reported but ignored by best response and endpoints. Best response considers the time points in
 * the window up to and including the first PD (under iRECIST the first iCPD, R14.11: an iUPD does
 * not end them); each later time point says it comes after progression. Time points on or after the subject's new anti-cancer therapy are likewise reported
 * but not considered: only those strictly before it count (admiralonco's {@code ADT < NACTDT}). A
 * follow-up before the reference date is refused by the model ({@code Subject}).
 */
@RecistRule("R10")
public final class EvaluationWindow {

  private EvaluationWindow() {}

  /** The last day of the window: the reference date plus the follow-up days (R10). */
  public static LocalDate lastDay(LocalDate referenceDate, Protocol protocol) {
    return referenceDate.plusDays(protocol.followUpDays());
  }

  /** Whether {@code date} lies in the window that ends on {@code lastDay} (R10). */
  public static boolean contains(LocalDate lastDay, LocalDate date) {
    return !date.isAfter(lastDay);
  }

  /**
   * Whether a time point dated {@code date} comes before the new therapy that starts on {@code
   * newTherapyDate} (R10): strictly before; any date when there is none (null).
   */
  public static boolean beforeNewTherapy(LocalDate newTherapyDate, LocalDate date) {
    return newTherapyDate == null || date.isBefore(newTherapyDate);
  }

  /**
   * The time points best response and endpoints consider (R10): those in the window and before the
   * new therapy, up to and including the first PD.
   *
   * @param timepoints all time points, in date order
   * @param newTherapyDate the start of a new anti-cancer therapy, or null
   */
  public static List<TimepointResult> considered(List<TimepointResult> timepoints,
      LocalDate newTherapyDate) {
    int end = 0;
    for (int n = timepoints.size(); end < n; end++) {
      TimepointResult t = timepoints.get(end);
      if (!t.withinWindow() || !beforeNewTherapy(newTherapyDate, t.date())) {
        break;
      }
      if (t.overallCode().isConfirmedProgression()) {
        end++;
        break;
      }
    }
    return timepoints.subList(0, end);
  }

  /**
   * Marks every time point after the first progression considered (R10) with a reason saying so:
   * it is reported, and ignored by best response and endpoints.
   *
   * @param timepoints all time points, in date order
   * @param considered the first of them, as {@link #considered} gives them
   * @return the time points, those after the first progression with one more reason
   */
  public static List<TimepointResult> afterProgression(List<TimepointResult> timepoints,
      List<TimepointResult> considered) {
    int n = considered.size();
    if (n == 0 || !considered.get(n - 1).overallCode().isConfirmedProgression()
        || n == timepoints.size()) {
      return timepoints;
    }
    Reason after = Reason.of(Reason.Kind.AFTER_PROGRESSION, considered.get(n - 1).date());
    // an immutable list of the exact size, which the assessment keeps as it is (no other copy)
    ImmutableList.Builder<TimepointResult> out =
        ImmutableList.builderWithExpectedSize(timepoints.size());
    out.addAll(considered);
    for (int i = n; i < timepoints.size(); i++) {
      out.add(timepoints.get(i).withReason(after));
    }
    return out.build();
  }
}
