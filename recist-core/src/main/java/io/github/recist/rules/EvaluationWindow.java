package io.github.recist.rules;

import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.result.TimepointResult;
import java.time.LocalDate;
import java.util.List;

/**
 * Rule R10: the evaluation window.
 *
 * <p>Assessments dated after the reference date plus {@link Protocol#followUpDays()} (365 by
 * default, the one-year follow-up of the trial this project serves) are outside the window: they are
 * reported but ignored by best response and endpoints. Best response considers the time points in
 * the window up to and including the first PD.
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
   * The time points best response considers (R10): those in the window, up to and including the
   * first PD.
   *
   * @param timepoints all time points, in date order
   */
  public static List<TimepointResult> considered(List<TimepointResult> timepoints) {
    int end = 0;
    for (int n = timepoints.size(); end < n; end++) {
      TimepointResult t = timepoints.get(end);
      if (!t.withinWindow()) {
        break;
      }
      if (t.overall() == Response.PD) {
        end++;
        break;
      }
    }
    return timepoints.subList(0, end);
  }
}
