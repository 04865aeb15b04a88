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
 *   <li>The progression date is the date of the first PD among the time points Rule R10 considers
 *       (Rule R8 may move it earlier).
 *   <li>Duration of response runs from the first CR or PR of the confirmed response (of the first CR
 *       or PR, when confirmation is not required) to progression or death, whichever comes first;
 *       without either it is censored at the last evaluable visit considered.
 *   <li>Progression-free survival runs from the reference date to progression or death, censored at
 *       the last evaluable visit considered (or at the reference date when there is none).
 *   <li>Convention: a death after the last day of the window (Rule R10) is not an event of either
 *       endpoint; a new anti-cancer therapy started before progression censors both at the last
 *       evaluable visit before it (visits on or after it are not considered, R10; admiralonco's
 *       {@code PFSNACT}), and a death on or after its start is no event either.
 * </ul>
 */
@RecistRule("R13")
public final class Endpoints {

  private Endpoints() {}

  /**
   * The date progression was established (Rule R13): the first PD among the time points Rule R10
   * considers, which is their last if any (under iRECIST the first iCPD, which Rule R14.12 dates
   * otherwise).
   */
  public static Optional<LocalDate> progressionDate(List<TimepointResult> considered) {
    if (considered.size() == 0) { // not isEmpty(): see IrecistCourse.newLesionsAt (issue 14)
      return Optional.empty();
    }
    TimepointResult last = considered.get(considered.size() - 1);
    return last.overallCode().isConfirmedProgression() ? Optional.of(last.date())
        : Optional.empty();
  }

  /**
   * The date of death when it is an event of the endpoints (Rule R13): in the window, and before
   * any new anti-cancer therapy; empty otherwise.
   *
   * @param lastDay the last day of the evaluation window (Rule R10)
   */
  public static Optional<LocalDate> deathEvent(Subject subject, LocalDate lastDay) {
    Optional<LocalDate> death = subject.deathDate();
    if (death.isPresent() && EvaluationWindow.contains(lastDay, death.get())
        && EvaluationWindow.beforeNewTherapy(subject.newTherapyDate().orElse(null), death.get())) {
      return death;
    }
    return Optional.empty();
  }

  /**
   * Progression-free survival (Rule R13).
   *
   * @param subject the subject, for its reference date, death and new therapy
   * @param considered the time points Rule R10 considers
   * @param lastDay the last day of the evaluation window
   * @param progression the progression date of the criteria ({@link #progressionDate} for RECIST
   *     1.1; Rule R14.12 for iRECIST)
   */
  public static TimeToEvent progressionFreeSurvival(Subject subject,
      List<TimepointResult> considered, LocalDate lastDay, Optional<LocalDate> progression) {
    LocalDate start = subject.referenceDate();
    Optional<LocalDate> event = firstEvent(progression, deathEvent(subject, lastDay));
    if (event.isPresent()) {
      return TimeToEvent.of(start, event.get(), true);
    }
    return TimeToEvent.of(start, lastEvaluable(considered).orElse(start), false);
  }

  /**
   * Duration of response (Rule R13), for a subject whose best response is CR or PR; empty otherwise.
   *
   * @param lastDay the last day of the evaluation window
   * @param progression the progression date of the criteria, as for {@link #progressionFreeSurvival}
   */
  public static Optional<TimeToEvent> durationOfResponse(Subject subject, BestResponse best,
      List<TimepointResult> considered, LocalDate lastDay, Optional<LocalDate> progression) {
    Optional<LocalDate> responseStart = best.responseStart(); // asked once: an Optional each
    if (!best.response().isObjectiveResponse() || responseStart.isEmpty()) {
      return Optional.empty();
    }
    LocalDate start = responseStart.get();
    Optional<LocalDate> event = firstEvent(progression, deathEvent(subject, lastDay));
    if (event.isPresent()) {
      return Optional.of(TimeToEvent.of(start, event.get(), true));
    }
    LocalDate censor = lastEvaluable(considered).orElse(start);
    return Optional.of(TimeToEvent.of(start, censor.isBefore(start) ? start : censor, false));
  }

  /** Progression or death, whichever comes first. */
  private static Optional<LocalDate> firstEvent(Optional<LocalDate> progression,
      Optional<LocalDate> death) {
    if (progression.isPresent() && death.isPresent()) {
      return Optional.of(death.get().isBefore(progression.get()) ? death.get() : progression.get());
    }
    return progression.isPresent() ? progression : death;
  }

  /** The last considered visit with an evaluable overall response. */
  private static Optional<LocalDate> lastEvaluable(List<TimepointResult> considered) {
    // from the last visit back, as a loop counted up from 0 (issue 14: one counted down from n - 1
    // failed its loop-limit predicate, and its compiled code was thrown away, once or twice a run)
    for (int k = 0, n = considered.size(); k < n; k++) {
      TimepointResult t = considered.get(n - 1 - k);
      if (t.overall().isEvaluable()) {
        return Optional.of(t.date());
      }
    }
    return Optional.empty();
  }
}
