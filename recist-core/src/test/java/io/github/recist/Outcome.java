package io.github.recist;

import io.github.recist.model.Diameter;
import io.github.recist.model.Response;
import io.github.recist.result.NewLesionFinding;
import io.github.recist.result.Reason;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimeToEvent;
import io.github.recist.result.TimepointResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a user reads off a {@link SubjectAssessment}, as a value with equality: every visit's
 * numbers and responses, the best response with its dates, the endpoints, and the kinds of reasons.
 * Dates can be shifted, so that two assessments of shifted subjects can be compared.
 */
public record Outcome(List<Visit> visits, Response best, Optional<LocalDate> bestDate,
    boolean confirmed, Optional<LocalDate> confirmedBy, Optional<LocalDate> progressionDate,
    Time pfs, Optional<Time> durationOfResponse, List<Reason.Kind> reasons, int warnings) {

  /** One visit's result. */
  public record Visit(LocalDate date, Optional<Diameter> sum, Optional<Diameter> baseline,
      Optional<Diameter> nadir, Response target, Response nonTarget, NewLesionFinding newLesions,
      Response overall, boolean withinWindow, List<Reason.Kind> reasons) {

    Visit shift(long days) {
      return new Visit(date.plusDays(days), sum, baseline, nadir, target, nonTarget, newLesions,
          overall, withinWindow, reasons);
    }
  }

  /** A time to event. */
  public record Time(LocalDate start, LocalDate end, boolean event) {
    static Time of(TimeToEvent t) {
      return new Time(t.start(), t.end(), t.event());
    }

    Time shift(long days) {
      return new Time(start.plusDays(days), end.plusDays(days), event);
    }
  }

  /** The outcome of {@code a}. */
  public static Outcome of(SubjectAssessment a) {
    List<Visit> visits = a.timepoints().stream().map(Outcome::visit).collect(Collectors.toList());
    return new Outcome(visits, a.bestOverallResponse(), a.bestOverallResponseDate(), a.confirmed(),
        a.confirmedBy(), a.progressionDate(), Time.of(a.progressionFreeSurvival()),
        a.durationOfResponse().map(Time::of), Fixtures.kinds(a.reasons()), a.warnings().size());
  }

  private static Visit visit(TimepointResult t) {
    return new Visit(t.date(), t.targetSum(), t.baselineSum(), t.nadir(), t.target(), t.nonTarget(),
        t.newLesions(), t.overall(), t.withinWindow(), Fixtures.kinds(t.reasons()));
  }

  /** This outcome with every date moved by {@code days}. */
  public Outcome shift(long days) {
    return new Outcome(visits.stream().map(v -> v.shift(days)).collect(Collectors.toList()), best,
        bestDate.map(d -> d.plusDays(days)), confirmed, confirmedBy.map(d -> d.plusDays(days)),
        progressionDate.map(d -> d.plusDays(days)), pfs.shift(days),
        durationOfResponse.map(t -> t.shift(days)), reasons, warnings);
  }
}
