package io.github.recist.rules;

import io.github.recist.model.Assessment;
import io.github.recist.model.Criteria;
import io.github.recist.model.Protocol;
import io.github.recist.model.Subject;
import io.github.recist.result.TimepointResult;
import java.time.LocalDate;
import java.util.List;

/**
 * A criteria set plugged into the one engine ({@code io.github.recist.Recist11}): the per-visit
 * classification and what it carries from visit to visit. The engine owns the rest, written once
 * for every criteria set: the protocol deviations (R1–R3), the visits in date order and the {@link
 * Course} that joins them, the evaluation window (R10), the best overall response without or with
 * confirmation (R11, R12), and the progression date and endpoints (R13).
 *
 * <p>An implementation is stateless and thread-safe: everything that joins visits is in the
 * course.
 */
public interface ResponseCriteria {

  /** The criteria this set implements. */
  Criteria criteria();

  /**
   * Classifies {@code visit}, a follow-up of {@code subject}, against {@code course}, the course
   * after the visits before it: its target, non-target and new-lesion findings and its overall
   * response, with their reasons. The engine adds the window (R10) and builds the result.
   */
  TimepointResult.Builder classify(Subject subject, Assessment visit, Course course,
      Protocol protocol);

  /**
   * What the criteria change across visits once each is classified (RECIST 1.1: an equivocal new
   * lesion later seen unequivocally back-dates progression, Rule R8).
   *
   * @param visits the results of the follow-ups of {@code subject}, in date order
   * @param newTherapyDate the start of a new anti-cancer therapy, or null (R10)
   */
  List<TimepointResult> acrossVisits(Subject subject, List<TimepointResult> visits,
      LocalDate newTherapyDate);
}
