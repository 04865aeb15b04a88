package io.github.recist.rules;

import com.google.common.collect.ImmutableList;
import io.github.recist.model.Assessment;
import io.github.recist.model.Problem;
import io.github.recist.model.Criteria;
import io.github.recist.model.Protocol;
import io.github.recist.model.Subject;
import io.github.recist.result.TimepointResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A criteria set plugged into the one engine ({@code io.github.recist.Recist11}): the per-visit
 * classification and what it carries from visit to visit. The engine owns the rest, written once
 * for every criteria set: the protocol deviations (R1–R3), the visits in date order and the {@link
 * Course} that joins them, the evaluation window (R10), the best overall response without or with
 * confirmation (R11, R12), and the progression date and endpoints (R13).
 *
 * <p>An implementation is stateless and thread-safe: everything that joins visits is in the
 * course, an immutable value of the criteria's own type {@code C} ({@link Course} for RECIST 1.1),
 * which a criteria set with more to carry (iRECIST, Rule R14: an open iUPD run, its anchor, the
 * new-lesion sums and nadirs) extends by carrying it ({@link IrecistCourse} keeps the RECIST 1.1
 * course's baseline and nadir over the counted visits, and gives that course as {@link
 * IrecistCourse#recist()}).
 *
 * <p>The engine's loop, written once:
 *
 * <pre>{@code
 * C course = criteria.atBaseline(subject);
 * TimepointResult.Builder into = TimepointResult.builder();
 * for (Assessment visit : subject.followUps()) {
 *   TimepointResult.Builder t = criteria.classify(subject, visit, course, protocol, into.clear());
 *   // the engine adds the window (R10)
 *   course = criteria.after(course, t.build());
 * }
 * results = criteria.acrossVisits(subject, course, newTherapyDate);
 * }</pre>
 *
 * @param <C> the course: what joins one visit to the next under these criteria
 */
public interface ResponseCriteria<C> {

  /** The criteria this set implements. */
  Criteria criteria();

  /** The course of {@code subject} at its baseline, before any follow-up. */
  C atBaseline(Subject subject);

  /**
   * Classifies {@code visit}, a follow-up of {@code subject}, against {@code course}, the course
   * after the visits before it: its target, non-target and new-lesion findings and its overall
   * response, with their reasons. The engine adds the window (R10) and builds the result.
   */
  TimepointResult.Builder classify(Subject subject, Assessment visit, C course,
      Protocol protocol);

  /**
   * As {@link #classify(Subject, Assessment, Object, Protocol)}, into {@code into}, a builder the
   * engine has {@linkplain TimepointResult.Builder#clear() cleared}, so that one builder serves
   * every visit of a subject (issue 14); returns the builder the visit was classified into, by
   * default a new one.
   */
  default TimepointResult.Builder classify(Subject subject, Assessment visit, C course,
      Protocol protocol, TimepointResult.Builder into) {
    return classify(subject, visit, course, protocol);
  }

  /** The course after {@code visit}, the result of the next follow-up in date order. */
  C after(C course, TimepointResult visit);

  /**
   * What the criteria change across visits once each is classified (RECIST 1.1: an equivocal new
   * lesion later seen unequivocally back-dates progression, Rule R8).
   *
   * @param course the course after the last follow-up of {@code subject}, holding every result in
   *     date order
   * @param newTherapyDate the start of a new anti-cancer therapy, or null (R10)
   * @return the results of the follow-ups, in date order
   */
  List<TimepointResult> acrossVisits(Subject subject, C course, LocalDate newTherapyDate);

  /**
   * What the criteria add to a subject's recorded responses, in date order (RECIST 1.1: nothing;
   * iRECIST, Rule R14.13: the runs' iUPD dates).
   */
  default List<TimepointResult> recorded(Subject subject, List<TimepointResult> recorded) {
    return recorded;
  }

  /**
   * The date progression was established (Rule R13: the first PD considered, {@link
   * Endpoints#progressionDate}); the endpoints count it.
   *
   * @param considered the time points Rule R10 considers, in date order
   */
  default Optional<LocalDate> progressionDate(List<TimepointResult> considered,
      Protocol protocol) {
    return Endpoints.progressionDate(considered);
  }

  /**
   * The warnings the classification of {@code timepoints} raises (iRECIST, Rule R14.5: a
   * disregarded early visit, a late first counted visit of a run), errors when the protocol is
   * strict; none for RECIST 1.1, whose deviations (R1–R3) do not depend on the classification.
   */
  default ImmutableList<Problem> warnings(Subject subject, List<TimepointResult> timepoints,
      Protocol protocol) {
    return ImmutableList.of();
  }

  /**
   * {@link #progressionDate}, {@link #iupdDate} and {@link #icpdDate} of {@code considered}, in
   * that order, for an engine that asks for the three (Rules R13, R14.12): by default each asked
   * in turn; a criteria set that finds them in one pass answers at once (issue 14).
   *
   * @param considered the time points Rule R10 considers, in date order
   */
  default List<Optional<LocalDate>> progressionDates(List<TimepointResult> considered,
      Protocol protocol) {
    return List.of(progressionDate(considered, protocol), iupdDate(considered, protocol),
        icpdDate(considered, protocol));
  }

  /** The subject's {@code iupdDate} (Rule R14.12); empty for criteria without unconfirmed progression. */
  default Optional<LocalDate> iupdDate(List<TimepointResult> considered, Protocol protocol) {
    return Optional.empty();
  }

  /** The subject's {@code icpdDate} (Rule R14.12); empty for criteria without confirmed iRECIST progression. */
  default Optional<LocalDate> icpdDate(List<TimepointResult> considered, Protocol protocol) {
    return Optional.empty();
  }
}
