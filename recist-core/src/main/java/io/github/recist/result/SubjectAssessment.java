package io.github.recist.result;

import com.google.common.collect.ImmutableList;
import io.github.recist.model.Problem;
import io.github.recist.model.Criteria;
import io.github.recist.model.Response;
import io.github.recist.model.BestResponseCode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The assessment of one subject: every time point classified, the best overall response (Rules
 * R10–R12) with the visits that date and confirm it, the progression date and the endpoints (Rule
 * R13), the protocol deviations found (Rules R1–R3), and the reasons.
 */
@Value.Immutable
public abstract class SubjectAssessment {

  SubjectAssessment() {}

  /** The subject's id. */
  @Value.Parameter
  public abstract String subjectId();

  /** The subject's reference date (start of treatment). */
  @Value.Parameter
  public abstract LocalDate referenceDate();

  /** The subject's date of death, as given (Rule R13); empty when none was given. */
  @Value.Parameter
  public abstract Optional<LocalDate> deathDate();

  /** The start of the subject's new anti-cancer therapy, as given (Rules R10, R13); empty when none. */
  @Value.Parameter
  public abstract Optional<LocalDate> newTherapyDate();

  /** One result per time point after baseline, in date order. */
  @Value.Parameter
  public abstract ImmutableList<TimepointResult> timepoints();

  /** The criteria the subject was assessed under: RECIST 1.1 unless iRECIST (Rule R14) was asked. */
  @Value.Default
  @Value.Parameter
  public Criteria criteria() {
    return Criteria.RECIST_1_1;
  }

  /**
   * The best overall response in the code of the {@link #criteria()} (Rules R11, R12): a {@link
   * io.github.recist.model.VisitResponse} under RECIST 1.1, iBOR under iRECIST (Rule R14.11),
   * {@link io.github.recist.model.NoAssessment#MISSING} under both when nothing after baseline was
   * assessed.
   */
  @Value.Parameter
  public abstract BestResponseCode bestOverallResponseCode();

  /**
   * The best overall response as a RECIST 1.1 category, that of {@link #bestOverallResponseCode()}
   * (under iRECIST iCR is CR, …).
   */
  @Value.Derived
  public Response bestOverallResponse() {
    return bestOverallResponseCode().category();
  }

  /** The visit that dates the best overall response: its first visit; empty for MISSING. */
  @Value.Parameter
  public abstract Optional<LocalDate> bestOverallResponseDate();

  /** Whether the best response is a CR or PR that met the confirmation rule (Rule R12); false otherwise. */
  @Value.Parameter
  public abstract boolean confirmed();

  /** The visit that confirmed the best response, when it was confirmed. */
  @Value.Parameter
  public abstract Optional<LocalDate> confirmedBy();

  /** The date progression was first established in the window (Rules R8, R13); empty without progression. */
  @Value.Parameter
  public abstract Optional<LocalDate> progressionDate();

  /**
   * iRECIST: the first iUPD of the run the first iCPD confirmed, else of a run still open at the
   * last visit considered (Rule R14.12); empty under RECIST 1.1.
   */
  @Value.Parameter
  public abstract Optional<LocalDate> iupdDate();

  /** iRECIST: the first iCPD in the window (Rule R14.12); empty under RECIST 1.1. */
  @Value.Parameter
  public abstract Optional<LocalDate> icpdDate();

  /** Progression-free survival from the reference date (Rule R13). */
  @Value.Parameter
  public abstract TimeToEvent progressionFreeSurvival();

  /** Duration of response, for a subject whose best response is CR or PR (Rule R13). */
  @Value.Parameter
  public abstract Optional<TimeToEvent> durationOfResponse();

  /** Protocol deviations found (Rules R1–R3); empty when none. */
  @Value.Parameter
  public abstract ImmutableList<Problem> warnings();

  /** Why the best overall response and progression date are what they are. */
  @Value.Parameter
  public abstract ImmutableList<Reason> reasons();

  /** Whether the best response is CR or PR. */
  public boolean isResponder() {
    return bestOverallResponse().isObjectiveResponse();
  }

  /**
   * The best percentage change of the target sum from baseline over the time points Rule R10
   * considers: those in the window and before any new therapy, up to and including the first
   * progression (the waterfall plot's bar); empty without measured target sums. Visits after the
   * first PD are not considered.
   */
  @Value.Lazy
  public Optional<java.math.BigDecimal> bestChangeFromBaselinePct() {
    Optional<java.math.BigDecimal> best = Optional.empty();
    for (TimepointResult t : timepoints()) {
      if (!t.withinWindow()
          || (newTherapyDate().isPresent() && !t.date().isBefore(newTherapyDate().get()))) {
        break;
      }
      Optional<java.math.BigDecimal> change = t.changeFromBaselinePct();
      if (change.isPresent() && (best.isEmpty() || change.get().compareTo(best.get()) < 0)) {
        best = change;
      }
      if (t.overallCode().isConfirmedProgression()) {
        break;
      }
    }
    return best;
  }

  /** The best response's reasons as plain sentences, one a line. */
  public String explain() {
    return reasons().stream().map(Reason::text).collect(Collectors.joining("\n"));
  }

  /**
   * The assessment of these values, each as {@link #builder()} would set it, the lists taken as
   * they are (an {@link ImmutableList} is not copied): for an engine, which makes one per subject
   * with no builder (issue 14). The parameters come in the order of the attributes above.
   */
  public static SubjectAssessment of(String subjectId, LocalDate referenceDate,
      Optional<LocalDate> deathDate, Optional<LocalDate> newTherapyDate,
      ImmutableList<TimepointResult> timepoints, Criteria criteria,
      BestResponseCode bestOverallResponseCode, Optional<LocalDate> bestOverallResponseDate,
      boolean confirmed, Optional<LocalDate> confirmedBy, Optional<LocalDate> progressionDate,
      Optional<LocalDate> iupdDate, Optional<LocalDate> icpdDate,
      TimeToEvent progressionFreeSurvival, Optional<TimeToEvent> durationOfResponse,
      ImmutableList<Problem> warnings, ImmutableList<Reason> reasons) {
    return ImmutableSubjectAssessment.of(subjectId, referenceDate, deathDate, newTherapyDate,
        timepoints, criteria, bestOverallResponseCode, bestOverallResponseDate, confirmed,
        confirmedBy, progressionDate, iupdDate, icpdDate, progressionFreeSurvival,
        durationOfResponse, warnings, reasons);
  }

  /** A builder, for the engine. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SubjectAssessment}. */
  public static final class Builder extends ImmutableSubjectAssessment.Builder {
    Builder() {}
  }

  /** Prints the subject, its best response and date, confirmation and progression, then a line per time point. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(subjectId()).append(": best overall response ")
        .append(bestOverallResponseCode().code());
    bestOverallResponseDate().ifPresent(d -> s.append(" on ").append(d));
    if (confirmed()) {
      s.append(", confirmed");
      confirmedBy().ifPresent(d -> s.append(" on ").append(d));
    }
    s.append(progressionDate().map(d -> ", progression " + d).orElse(", no progression"));
    for (TimepointResult t : timepoints()) {
      s.append("\n  ").append(t);
    }
    for (Problem w : warnings()) {
      s.append("\n  warning: ").append(w);
    }
    return s.toString();
  }
}
