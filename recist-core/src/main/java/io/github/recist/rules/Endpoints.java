package io.github.recist.rules;

import io.github.recist.model.Response;
import io.github.recist.model.Subject;
import io.github.recist.result.BestResponse;
import io.github.recist.result.TimeToEvent;
import io.github.recist.result.TimepointResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Rule R13: the progression date and the time-to-event endpoints of one subject.
 *
 * <ul>
 *   <li>The progression date is the date of the first PD in the evaluation window (Rule R8 may move
 *       it earlier).
 *   <li>Duration of response runs from the first CR or PR of the (confirmed, where required)
 *       response to progression; without progression it is censored at the last evaluable visit in
 *       the window.
 *   <li>Progression-free survival runs from the reference date to progression or death, censored at
 *       the last evaluable visit (or at the reference date when there is none).
 *   <li>A new anti-cancer therapy started before progression censors both at the last evaluable
 *       visit on or before its start.
 * </ul>
 */
@RecistRule("R13")
public final class Endpoints {

  private Endpoints() {}

  /**
   * The date progression was established (Rule R13): the first PD among the time points Rule R10
   * considers, which is their last if any.
   */
  public static Optional<LocalDate> progressionDate(List<TimepointResult> considered) {
    if (considered.isEmpty()) {
      return Optional.empty();
    }
    TimepointResult last = considered.get(considered.size() - 1);
    return last.overall() == Response.PD ? Optional.of(last.date()) : Optional.empty();
  }

  /**
   * Progression-free survival (Rule R13).
   *
   * @param subject the subject, for its reference date, death and new therapy
   * @param considered the time points Rule R10 considers
   * @param lastDay the last day of the evaluation window
   */
  public static TimeToEvent progressionFreeSurvival(Subject subject,
      List<TimepointResult> considered, LocalDate lastDay) {
    LocalDate start = subject.referenceDate();
    LocalDate therapy = subject.newTherapyDate().orElse(null);
    Optional<LocalDate> progression = progressionDate(considered);
    if (progression.isPresent() && before(progression.get(), therapy)) {
      return TimeToEvent.of(start, progression.get(), true);
    }
    Optional<LocalDate> death = subject.deathDate();
    if (death.isPresent() && !death.get().isAfter(lastDay) && before(death.get(), therapy)) {
      return TimeToEvent.of(start, death.get(), true);
    }
    return TimeToEvent.of(start, lastEvaluable(considered, therapy).orElse(start), false);
  }

  /**
   * Duration of response (Rule R13), for a subject whose best response is CR or PR; empty otherwise.
   */
  public static Optional<TimeToEvent> durationOfResponse(Subject subject, BestResponse best,
      List<TimepointResult> considered) {
    if (!best.response().isObjectiveResponse() || best.responseStart().isEmpty()) {
      return Optional.empty();
    }
    LocalDate start = best.responseStart().get();
    LocalDate therapy = subject.newTherapyDate().orElse(null);
    Optional<LocalDate> progression = progressionDate(considered);
    if (progression.isPresent() && before(progression.get(), therapy)) {
      return Optional.of(TimeToEvent.of(start, progression.get(), true));
    }
    LocalDate censor = lastEvaluable(considered, therapy).orElse(start);
    return Optional.of(TimeToEvent.of(start, censor.isBefore(start) ? start : censor, false));
  }

  /** The last visit with an evaluable overall response on or before {@code limit} (null: none). */
  private static Optional<LocalDate> lastEvaluable(List<TimepointResult> considered, LocalDate limit) {
    for (int i = considered.size() - 1; i >= 0; i--) {
      TimepointResult t = considered.get(i);
      if (t.overall().isEvaluable() && (limit == null || !t.date().isAfter(limit))) {
        return Optional.of(t.date());
      }
    }
    return Optional.empty();
  }

  private static boolean before(LocalDate date, LocalDate limit) {
    return limit == null || !date.isAfter(limit);
  }
}
