package io.github.recist;

import io.github.recist.model.Protocol;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.result.Reason;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Shared test fixtures: a fixed reference date, days counted from it, and a subject with one
 * non-nodal target whose sums are given visit by visit.
 */
public final class Fixtures {

  /** The reference date (start of treatment) of every example subject. */
  public static final LocalDate REF = LocalDate.of(2018, 1, 10);

  /** Confirmation not required (Rule R11). */
  public static final Protocol UNCONFIRMED =
      Protocol.defaults().withConfirmation(io.github.recist.model.Confirmation.NOT_REQUIRED);

  private Fixtures() {}

  /** The day {@code n} days after {@link #REF} (negative: before it). */
  public static LocalDate day(int n) {
    return REF.plusDays(n);
  }

  /**
   * A subject with one non-nodal target {@code T1} measured {@code baselineMm} at baseline (day -7)
   * and then {@code visitMm[i]} at day {@code 42 * (i + 1)}.
   */
  public static Subject oneTarget(double baselineMm, double... visitMm) {
    return everyDays(42, baselineMm, visitMm);
  }

  /** As {@link #oneTarget}, with visits every {@code step} days from day {@code step}. */
  public static Subject everyDays(int step, double baselineMm, double... visitMm) {
    Subject.Builder b = Subject.builder("ONE-T1").referenceDate(REF).target("T1", Site.LUNG)
        .baseline(day(-7), v -> v.measure("T1", baselineMm));
    for (int i = 0; i < visitMm.length; i++) {
      double mm = visitMm[i];
      b.visit(day(step * (i + 1)), v -> v.measure("T1", mm));
    }
    return b.build();
  }

  /**
   * A subject with recorded overall responses only: {@code recorded(42, PR, 84, CR)} records PR on
   * day 42 and CR on day 84.
   */
  public static Subject recorded(Object... dayThenResponse) {
    Subject.Builder b = Subject.builder("REC").referenceDate(REF);
    for (int i = 0; i < dayThenResponse.length; i += 2) {
      Object r = dayThenResponse[i + 1];
      b.recorded(day((Integer) dayThenResponse[i]), r instanceof io.github.recist.model.Response c
          ? io.github.recist.model.VisitResponse.of(c) : (io.github.recist.model.ResponseCode) r);
    }
    return b.build();
  }

  /**
   * A subject with one non-nodal target {@code T1} of {@code baselineMm} at baseline (day -7), then
   * measured {@code mm} on each given day: {@code measured(50, 42, 30, 84, 36)}.
   */
  public static Subject measured(double baselineMm, double... dayThenMm) {
    Subject.Builder b = Subject.builder("MEAS").referenceDate(REF).target("T1", Site.LUNG)
        .baseline(day(-7), v -> v.measure("T1", baselineMm));
    for (int i = 0; i < dayThenMm.length; i += 2) {
      double mm = dayThenMm[i + 1];
      b.visit(day((int) dayThenMm[i]), v -> v.measure("T1", mm));
    }
    return b.build();
  }

  /** The time point dated {@code date}. */
  public static TimepointResult at(SubjectAssessment a, LocalDate date) {
    return a.timepoints().stream().filter(t -> t.date().equals(date)).findFirst()
        .orElseThrow(() -> new AssertionError("no time point on " + date + " in " + a));
  }

  /** The kinds of {@code reasons}, in order. */
  public static List<Reason.Kind> kinds(List<Reason> reasons) {
    return reasons.stream().map(Reason::kind).collect(Collectors.toList());
  }

  /** Whether some reason is of {@code kind}. */
  public static boolean has(List<Reason> reasons, Reason.Kind kind) {
    return reasons.stream().anyMatch(r -> r.kind() == kind);
  }

  /** The one reason of {@code kind}, failing when there is none. */
  public static Reason reason(List<Reason> reasons, Reason.Kind kind) {
    return reasons.stream().filter(r -> r.kind() == kind).findFirst()
        .orElseThrow(() -> new AssertionError("no reason " + kind + " among " + kinds(reasons)));
  }
}
