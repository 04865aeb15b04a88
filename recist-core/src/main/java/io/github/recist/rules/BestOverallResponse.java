package io.github.recist.rules;

import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.model.BestResponseCode;
import io.github.recist.result.BestResponse;
import io.github.recist.result.Reason;
import io.github.recist.result.TimepointResult;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule R11: best overall response without confirmation, and the part of it that Rule R12 shares.
 *
 * <p>Over the time points that Rule R10 considers: <b>CR</b> if any CR; else <b>PR</b> if any PR;
 * else <b>SD</b> if any SD dated on or after the reference date plus {@link
 * Protocol#minStableDiseaseDays()} (whole days, no +1); else <b>NON_CR_NON_PD</b> likewise; else
 * <b>PD</b> if any PD; else <b>NE</b>. Under iRECIST (Rule R14.11) the same order names the
 * i-codes ({@link io.github.recist.model.Criteria#code}), and an unconfirmed progression (iUPD)
 * ranks after the confirmed one (iCPD) and before NE. An SD or NON_CR_NON_PD dated before that day counts as NE.
 * Then <b>ND</b> when every visit was not done, and <b>MISSING</b> when there is no assessment
 * after baseline ({@link Protocol#missingAsNotEvaluable()} makes that NE). The earliest visit of the
 * best category dates it.
 *
 * <p>Source: RECIST 1.1 §4.4.1.
 */
@RecistRule("R11")
public final class BestOverallResponse {

  /** CR, then PR: the responses, in rank order. */
  private static final Response[] RESPONSES = {Response.CR, Response.PR};
  /** SD, then NON_CR_NON_PD: what counts when no response does, in rank order. */
  private static final Response[] STABLE_CATEGORIES = {Response.SD, Response.NON_CR_NON_PD};

  private BestOverallResponse() {}

  /**
   * The best overall response without confirmation (Rule R11).
   *
   * @param considered the time points Rule R10 considers, in date order
   * @param referenceDate the start of treatment
   * @param protocol the minimum SD duration and the missing-as-NE option
   */
  public static BestResponse of(List<TimepointResult> considered, LocalDate referenceDate,
      Protocol protocol) {
    List<Reason> reasons = new ArrayList<>(4);
    for (Response wanted : RESPONSES) {
      for (TimepointResult t : considered) {
        if (t.overall() == wanted) {
          BestResponseCode code = protocol.criteria().code(wanted);
          reasons.add(Reason.of(Reason.Kind.BEST_RESPONSE, code, t.date()));
          reasons.add(Reason.of(Reason.Kind.CONFIRMATION_NOT_REQUIRED));
          return BestResponse.builder().code(code).date(t.date())
              .responseStart(firstResponse(considered)).addAllReasons(reasons).build();
        }
      }
    }
    return withoutResponse(considered, referenceDate, protocol, reasons);
  }

  /**
   * The best response when no CR or PR counts as such (Rules R11 and R12 alike): SD, then
   * NON_CR_NON_PD, from visits on or after the minimum SD day (a CR or PR visit counts as SD there);
   * then PD; then NE; then ND; then MISSING.
   *
   * @param reasons reasons found so far (such as unconfirmed responses), kept in front
   */
  static BestResponse withoutResponse(List<TimepointResult> considered, LocalDate referenceDate,
      Protocol protocol, List<Reason> reasons) {
    // the common answers first; each rarer one in a method of its own, which the JIT compiles only
    // when it runs (issue 14)
    LocalDate stableFrom = referenceDate.plusDays(protocol.minStableDiseaseDays());
    for (Response wanted : STABLE_CATEGORIES) {
      int i = firstCounting(considered, wanted, stableFrom);
      if (i >= 0) {
        return stable(considered.get(i), wanted, referenceDate, protocol, reasons);
      }
    }
    BestResponse progression = progression(considered, protocol, reasons);
    return progression != null ? progression
        : notEvaluable(considered, referenceDate, protocol, reasons);
  }

  /**
   * The index of the first of {@code considered} on or after {@code stableFrom} that counts as
   * {@code wanted}: for SD a CR, PR or SD; for NON_CR_NON_PD that; -1 when none does.
   */
  private static int firstCounting(List<TimepointResult> considered, Response wanted,
      LocalDate stableFrom) {
    for (int i = 0, n = considered.size(); i < n; i++) {
      TimepointResult t = considered.get(i);
      Response r = t.overall();
      boolean counts = wanted == Response.SD
          ? r == Response.CR || r == Response.PR || r == Response.SD
          : r == Response.NON_CR_NON_PD;
      if (counts && !t.date().isBefore(stableFrom)) {
        return i;
      }
    }
    return -1;
  }

  /** SD or NON_CR_NON_PD ({@code wanted}), dated at {@code t}, the first visit that counts. */
  private static BestResponse stable(TimepointResult t, Response wanted, LocalDate referenceDate,
      Protocol protocol, List<Reason> reasons) {
    BestResponseCode code = protocol.criteria().code(wanted);
    reasons.add(Reason.of(Reason.Kind.BEST_STABLE_DISEASE, t.overallCode(), t.date(),
        day(referenceDate, t.date()), protocol.minStableDiseaseDays(), code));
    return BestResponse.builder().code(code).date(t.date()).addAllReasons(reasons).build();
  }

  /**
   * PD at the first confirmed progression, else (iRECIST) the first iUPD (R14.11); null when no
   * visit progressed.
   */
  private static BestResponse progression(List<TimepointResult> considered, Protocol protocol,
      List<Reason> reasons) {
    int n = considered.size();
    for (int i = 0; i < n; i++) {
      TimepointResult t = considered.get(i);
      if (t.overallCode().isConfirmedProgression()) {
        BestResponseCode code = protocol.criteria().code(Response.PD);
        // R14.11: iCPD is dated at the first iUPD of the run it confirmed (none under RECIST 1.1)
        LocalDate date = t.iupdDate().orElse(t.date());
        reasons.add(Reason.of(Reason.Kind.BEST_PROGRESSION, date, code));
        return BestResponse.builder().code(code).date(date).addAllReasons(reasons).build();
      }
    }
    for (int i = 0; i < n; i++) {
      TimepointResult t = considered.get(i);
      // R14.11: iUPD ranks after iCPD and before NE; RECIST 1.1 has no unconfirmed progression
      if (t.overallCode().isUnconfirmedProgression()) {
        reasons.add(Reason.of(Reason.Kind.BEST_UNCONFIRMED_PROGRESSION, t.date(), t.overallCode()));
        return BestResponse.builder().code(t.overallCode()).date(t.date())
            .addAllReasons(reasons).build();
      }
    }
    return null;
  }

  /** NE, then ND, then MISSING: no visit counts as a response, SD or progression. */
  private static BestResponse notEvaluable(List<TimepointResult> considered,
      LocalDate referenceDate, Protocol protocol, List<Reason> reasons) {
    BestResponse.Builder best = BestResponse.builder();
    int minDays = protocol.minStableDiseaseDays();
    TimepointResult firstNotEvaluable = null;
    boolean allNotEvaluable = true;
    List<LocalDate> notDone = new ArrayList<>(0);
    for (TimepointResult t : considered) {
      Response r = t.overall();
      if (r == Response.ND) {
        notDone.add(t.date());
        continue;
      }
      if (firstNotEvaluable == null) {
        firstNotEvaluable = t;
      }
      if (r != Response.NE) {
        allNotEvaluable = false;
        // an unconfirmed CR or PR has said why it was not confirmed; this says why it is not SD either
        reasons.add(Reason.of(Reason.Kind.BEST_NOT_EVALUABLE_TOO_EARLY, t.overallCode(), t.date(),
            day(referenceDate, t.date()), minDays));
      }
    }
    if (firstNotEvaluable != null) {
      if (allNotEvaluable) {
        reasons.add(notDone.isEmpty() ? Reason.of(Reason.Kind.BEST_NOT_EVALUABLE_ALL_NE)
            : Reason.of(Reason.Kind.BEST_NOT_EVALUABLE_NE_AND_ND, notDone));
      }
      return best.code(protocol.criteria().code(Response.NE)).date(firstNotEvaluable.date())
          .addAllReasons(reasons).build();
    }
    if (!considered.isEmpty()) {
      reasons.add(Reason.of(Reason.Kind.BEST_ONLY_NOT_DONE));
      return best.code(protocol.criteria().code(Response.ND)).date(considered.get(0).date())
          .addAllReasons(reasons).build();
    }
    Response missing = protocol.missingAsNotEvaluable() ? Response.NE : Response.MISSING;
    reasons.add(Reason.of(Reason.Kind.BEST_NO_ASSESSMENT, missing));
    return best.code(protocol.criteria().code(missing)).addAllReasons(reasons).build();
  }

  /**
   * The date of the first CR or PR, whichever comes first: where duration of response starts (Rule
   * R13; RECIST 1.1 §4.5.1), even when the best response is a later CR.
   */
  private static LocalDate firstResponse(List<TimepointResult> considered) {
    for (TimepointResult t : considered) {
      if (t.overall().isObjectiveResponse()) {
        return t.date();
      }
    }
    throw new AssertionError("a best response of CR or PR has a first CR or PR visit");
  }

  /** Whole days from the reference date to {@code date}. */
  static long day(LocalDate referenceDate, LocalDate date) {
    return ChronoUnit.DAYS.between(referenceDate, date);
  }
}
