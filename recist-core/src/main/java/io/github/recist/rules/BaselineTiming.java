package io.github.recist.rules;

import io.github.recist.model.Problem;
import io.github.recist.model.Protocol;
import io.github.recist.model.Subject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Rule R3: baseline timing. Baseline imaging should be no more than {@link
 * Protocol#maxBaselineDaysBeforeStart()} (28) days before the start of treatment; a longer gap is a
 * warning (an error in strict mode).
 *
 * <p>Source: RECIST 1.1 §3.2.
 */
@RecistRule("R3")
public final class BaselineTiming {

  private BaselineTiming() {}

  /** Adds a warning to {@code warnings} when the baseline is too long before the reference date (R3). */
  public static void check(Subject subject, Protocol protocol, List<Problem> warnings) {
    if (subject.isRecorded()) {
      return;
    }
    LocalDate baseline = subject.baseline().date();
    long days = ChronoUnit.DAYS.between(baseline, subject.referenceDate());
    if (days > protocol.maxBaselineDaysBeforeStart()) {
      warnings.add(Problem.warning(subject.id(), baseline, null, "R3", "baseline is " + days
          + " days before the reference date " + subject.referenceDate() + ": at most "
          + protocol.maxBaselineDaysBeforeStart() + " allowed"));
    }
  }
}
