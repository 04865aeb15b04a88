package io.github.recist.rules;

import com.google.common.collect.ImmutableList;
import io.github.recist.model.Problem;
import io.github.recist.model.Protocol;
import io.github.recist.model.RecordedResponse;
import io.github.recist.model.Response;
import io.github.recist.model.BestResponseCode;
import io.github.recist.model.ResponseCode;
import io.github.recist.model.VisitResponse;
import io.github.recist.model.Subject;
import io.github.recist.model.TableThree;
import io.github.recist.result.BestResponse;
import io.github.recist.result.Reason;
import io.github.recist.result.TimepointResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rule R12: best overall response with confirmation, with the semantics of admiralonco's
 * {@code derive_param_confirmed_bor} so that results reconcile with it.
 *
 * <ul>
 *   <li>A <b>CR is confirmed</b> by the first later visit that is CR and at least {@link
 *       Protocol#minConfirmationDays()} after it ({@code ref_confirm}); every visit between is CR or
 *       NE, at most {@link Protocol#maxNotEvaluableBetween()} ({@code max_nr_ne}) of them NE. The
 *       first such CR closes the window.
 *   <li>A <b>PR is confirmed</b> likewise by the first later visit that is PR or CR and at least
 *       that many days after it; every visit between is CR, PR or NE (or one SD with {@link
 *       Protocol#acceptStableDiseaseBetween()}, {@code accept_sd}), at most {@code max_nr_ne} NE,
 *       and no PR comes after a CR in the window. A CR is never confirmed by a later PR (RECIST 1.1
 *       Table 3 note b).
 *   <li>Otherwise a CR, PR or SD on or after the minimum SD day ({@code ref_start_window}) makes
 *       <b>SD</b>; then NON_CR_NON_PD likewise; then PD; else NE; then ND and MISSING (shared with
 *       {@link BestOverallResponse}).
 *   <li>Ties go to the earliest visit; a confirmed response is dated at the visit confirmed.
 * </ul>
 *
 * <p>Known divergence, kept for compatibility by default: RECIST 1.1 Table 3 gives "CR then SD" PD
 * when the SD duration is not met; this rule gives NE, as admiralonco does, and says so in the
 * reasons. With the option {@link Protocol#tableThree()} {@link TableThree#RECIST_TABLE_3} the best
 * response follows Table 3 literally, pairing a visit with the next one: CR then SD before the
 * minimum duration is PD, dated at the SD visit; CR then a PR that confirms it by the PR rule is a
 * confirmed PR dated at the CR (note b). Time points and the progression date do not change.
 *
 * <p>When the best response is a confirmed PR, the reasons also say why no CR is (each CR
 * unconfirmed, and "CR then PR" citing Table 3 note b). A recorded CR followed later by a PR or SD
 * is a warning naming both visits ({@link #checkRecorded}).
 *
 * <p>Under iRECIST (Rule R14.11) the same rule reads each visit's category ({@link
 * io.github.recist.model.ResponseCode#category()}) and names its answer in i-codes; an iUPD between
 * a response and its confirmation is a PD there and breaks the confirmation (Convention of R14.11,
 * admiralonco).
 *
 * <p>Sources: RECIST 1.1 §4.4.1 and Table 3; admiralonco.
 */
@RecistRule("R12")
public final class ConfirmedBestOverallResponse {

  /**
   * Most SD visits between a PR and its confirmation when {@link
   * Protocol#acceptStableDiseaseBetween()} allows them: one (R12.2; admiralonco {@code accept_sd}).
   */
  public static final int MAX_STABLE_DISEASE_BETWEEN = 1;

  private ConfirmedBestOverallResponse() {}

  /**
   * The best overall response with confirmation (Rule R12).
   *
   * @param considered the time points Rule R10 considers, in date order
   * @param referenceDate the start of treatment
   * @param protocol the confirmation parameters, the minimum SD duration and missing-as-NE
   */
  public static BestResponse of(List<TimepointResult> considered, LocalDate referenceDate,
      Protocol protocol) {
    int n = considered.size();
    // each visit's date and category read once, not through a view per access; the codes only
    // where a reason names them
    LocalDate[] dateArray = new LocalDate[n];
    Response[] responseArray = new Response[n];
    for (int i = 0; i < n; i++) {
      TimepointResult t = considered.get(i);
      dateArray[i] = t.date();
      responseArray[i] = t.overall();
    }
    LocalDate[] dates = dateArray;
    Response[] responses = responseArray;
    // the confirmed response first, a CR before any PR; the rest in methods of their own, so
    // that the JIT compiles less for each (issue 14: the two searches in one nested loop over the
    // two responses were compiled again after a failed loop predicate, four times a run)
    long found = firstConfirmed(Response.CR, dates, responses, n, protocol);
    if (found < 0) {
      found = firstConfirmed(Response.PR, dates, responses, n, protocol);
    }
    if (found >= 0) {
      return confirmed(considered, dates, responses, n, (int) (found >>> 32), (int) found,
          protocol);
    }
    // no response confirmed: a method of its own, which the JIT compiles apart (issue 14)
    return unconfirmed(considered, dates, responses, referenceDate, protocol);
  }

  /**
   * The first {@code wanted} response that a later visit confirms (R12): its index in the upper
   * half of the result and the confirming visit's in the lower, or -1 when there is none.
   */
  private static long firstConfirmed(Response wanted, LocalDate[] dates, Response[] responses,
      int n, Protocol protocol) {
    for (int i = 0; i < n; i++) {
      if (responses[i] == wanted) {
        int j = confirmingIndex(dates, responses, responses, n, i, protocol, null);
        if (j >= 0) {
          return (long) i << 32 | j;
        }
      }
    }
    return -1;
  }

  /**
   * The CR or PR at {@code i}, confirmed at {@code j} (R12); under the option {@code tableThree}
   * {@code RECIST_TABLE_3}, an earlier CR then PR that Table 3 note b reads as a confirmed PR.
   */
  private static BestResponse confirmed(List<TimepointResult> considered, LocalDate[] dates,
      Response[] responses, int n, int i, int j, Protocol protocol) {
    Response wanted = responses[i];
    if (wanted == Response.PR && protocol.tableThree() == TableThree.RECIST_TABLE_3) {
      BestResponse crThenPr = tableThreeCompleteThenPartial(dates, responses, n, protocol);
      if (crThenPr != null && crThenPr.date().get().isBefore(dates[i])) {
        return crThenPr;
      }
    }
    BestResponseCode code = protocol.criteria().code(wanted);
    Reason why = Reason.of(Reason.Kind.BEST_CONFIRMED, code, dates[i], dates[j],
        dates[j].toEpochDay() - dates[i].toEpochDay(), protocol.minConfirmationDays());
    ImmutableList<Reason> reasons;
    if (wanted == Response.PR && any(responses, n, Response.CR)) {
      List<Reason> all = new ArrayList<>(4);
      all.add(why);
      whyNoCompleteResponse(dates, responses, codes(considered), n, protocol, all);
      reasons = ImmutableList.copyOf(all);
    } else {
      reasons = ImmutableList.of(why);
    }
    // a confirmed PR is the first confirmed response: no CR was confirmed, nor an earlier PR
    LocalDate start = wanted == Response.PR ? dates[i]
        : firstConfirmed(dates, responses, n, protocol);
    return BestResponse.of(code, Optional.of(dates[i]), true, Optional.of(dates[j]),
        Optional.of(start), reasons);
  }

  /** The overall codes of {@code considered}, for the reasons that name a visit by its code. */
  private static ResponseCode[] codes(List<TimepointResult> considered) {
    ResponseCode[] codes = new ResponseCode[considered.size()];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = considered.get(i).overallCode();
    }
    return codes;
  }

  /** Whether any of the first {@code n} of {@code responses} is {@code response}. */
  private static boolean any(Response[] responses, int n, Response response) {
    for (int i = 0; i < n; i++) {
      if (responses[i] == response) {
        return true;
      }
    }
    return false;
  }

  /**
   * The best response when no CR or PR is confirmed (R12): why each is not, then SD, PD, NE, ND
   * or MISSING as {@link BestOverallResponse#withoutResponse} decides, read literally under the
   * option {@code tableThree} {@code RECIST_TABLE_3}.
   */
  private static BestResponse unconfirmed(List<TimepointResult> considered, LocalDate[] dates,
      Response[] responses, LocalDate referenceDate, Protocol protocol) {
    int n = dates.length;
    ResponseCode[] codes = codes(considered);
    boolean literal = protocol.tableThree() == TableThree.RECIST_TABLE_3;
    if (literal) {
      BestResponse crThenPr = tableThreeCompleteThenPartial(dates, responses, n, protocol);
      if (crThenPr != null) {
        return crThenPr;
      }
    }
    List<Reason> reasons = new ArrayList<>(4);
    LocalDate crFollowedByEarlySd = null;
    for (int i = 0; i < n; i++) {
      Response r = responses[i];
      if (r != Response.CR && r != Response.PR) {
        continue;
      }
      List<Reason> why = new ArrayList<>(1);
      confirmingIndex(dates, responses, codes, n, i, protocol, why);
      reasons.add(Reason.of(Reason.Kind.UNCONFIRMED, protocol.criteria().code(r), dates[i],
          why.get(0)));
      if (r == Response.CR) {
        int next = nextEvaluated(responses, n, i);
        if (next >= 0 && responses[next] == Response.PR) {
          reasons.add(Reason.of(Reason.Kind.CR_THEN_PR, dates[i], dates[next]));
        } else if (next >= 0 && responses[next] == Response.SD && crFollowedByEarlySd == null) {
          crFollowedByEarlySd = dates[i];
        }
      }
    }
    BestResponse best = BestOverallResponse.withoutResponse(considered, referenceDate, protocol, reasons);
    if (literal && (best.response() == Response.NE || best.response() == Response.PD)) {
      LocalDate stableFrom = referenceDate.plusDays(protocol.minStableDiseaseDays());
      for (int i = 0; i + 1 < n; i++) {
        LocalDate sd = dates[i + 1];
        if (responses[i] == Response.CR && responses[i + 1] == Response.SD
            && sd.isBefore(stableFrom)
            && (best.response() == Response.NE || sd.isBefore(best.date().get()))) {
          // RECIST 1.1 Table 3, read literally: CR then SD before the minimum duration is PD
          return BestResponse.builder()
              .code(protocol.criteria().code(Response.PD)).date(sd).addAllReasons(best.reasons())
              .addReasons(Reason.of(Reason.Kind.CR_THEN_EARLY_SD_TABLE_3, dates[i], sd,
                  protocol.minStableDiseaseDays()))
              .build();
        }
      }
    }
    if (best.response() == Response.NE && crFollowedByEarlySd != null) {
      best = BestResponse.builder().from(best)
          .addReasons(Reason.of(Reason.Kind.CR_THEN_EARLY_SD, crFollowedByEarlySd)).build();
    }
    return best;
  }

  /**
   * Option {@code tableThree} {@code RECIST_TABLE_3} (Convention of R12): the first CR whose next
   * visit is a PR that confirms it by the PR rule, as RECIST 1.1 Table 3 note b reads it (the first
   * "CR" was in fact a PR): a confirmed PR dated at that visit; null when there is none.
   */
  private static BestResponse tableThreeCompleteThenPartial(LocalDate[] dates,
      Response[] responses, int n, Protocol protocol) {
    for (int i = 0; i + 1 < n; i++) {
      if (responses[i] != Response.CR || responses[i + 1] != Response.PR) {
        continue;
      }
      Response[] asPartial = responses.clone();
      asPartial[i] = Response.PR;
      int j = confirmingIndex(dates, asPartial, asPartial, n, i, protocol, null);
      if (j >= 0) {
        return BestResponse.builder()
            .code(protocol.criteria().code(Response.PR)).date(dates[i]).confirmed(true)
            .confirmedBy(dates[j]).responseStart(dates[i])
            .addReasons(Reason.of(Reason.Kind.CR_THEN_PR_TABLE_3, dates[i], dates[i + 1],
                dates[j]))
            .build();
      }
    }
    return null;
  }

  /**
   * Why no CR is the best response when a PR is (R12): each CR visit was not confirmed, and a CR
   * followed by a PR is never confirmed by it (RECIST 1.1 Table 3 note b).
   */
  private static void whyNoCompleteResponse(LocalDate[] dates, Response[] responses,
      Object[] codes, int n,
      Protocol protocol, List<Reason> reasons) {
    for (int i = 0; i < n; i++) {
      if (responses[i] != Response.CR) {
        continue;
      }
      List<Reason> why = new ArrayList<>(1);
      confirmingIndex(dates, responses, codes, n, i, protocol, why);
      reasons.add(Reason.of(Reason.Kind.UNCONFIRMED, protocol.criteria().code(Response.CR),
          dates[i], why.get(0)));
      int next = nextEvaluated(responses, n, i);
      if (next >= 0 && responses[next] == Response.PR) {
        reasons.add(Reason.of(Reason.Kind.CR_THEN_PR, dates[i], dates[next]));
      }
    }
  }

  /**
   * Adds a warning to {@code warnings} for each recorded CR that a later PR or SD follows (R12): a
   * data issue, as disease seen again after a complete response should have been recorded as PD;
   * named by both visits, whatever the option {@code tableThree}.
   */
  public static void checkRecorded(Subject subject, List<Problem> warnings) {
    LocalDate complete = null;
    for (RecordedResponse r : subject.recordedInDateOrder()) {
      if (!(r.code() instanceof VisitResponse response)) {
        continue; // an iRECIST code (R14.13): not a RECIST 1.1 response, refused or checked apart
      }
      if (response == VisitResponse.CR) {
        complete = r.date();
      } else if (complete != null
          && (response == VisitResponse.PR || response == VisitResponse.SD)) {
        warnings.add(Problem.warning(subject.id(), r.date(), null, "R12", "recorded " + response
            + " follows the recorded CR of " + complete + ": disease seen again after a complete "
            + "response should have been recorded as PD"));
        complete = null;
      } else if (response == VisitResponse.PD) {
        complete = null;
      }
    }
  }

  /**
   * Whether the CR or PR at index {@code i} of a visit sequence is confirmed within the first {@code n}
   * visits (Rule R12); used also by the {@code persistentPartialResponse} convention of Rule R6.
   *
   * @param dates the visits' dates, in order
   * @param responses the visits' overall responses, in the same order
   */
  public static boolean isConfirmed(List<LocalDate> dates, List<Response> responses, int n, int i,
      Protocol protocol) {
    return isConfirmed(dates.toArray(new LocalDate[0]), responses.toArray(new Response[0]), n, i,
        protocol);
  }

  /** As {@link #isConfirmed(List, List, int, int, Protocol)}, on arrays. */
  static boolean isConfirmed(LocalDate[] dates, Response[] responses, int n, int i,
      Protocol protocol) {
    return confirmingIndex(dates, responses, responses, n, i, protocol, null) >= 0;
  }

  /**
   * The index of the visit that confirms the CR or PR at {@code i}, or -1; when {@code why} is given
   * and there is none, adds the reason why to it, naming a visit by its code in {@code codes} (an
   * iUPD, not its category PD).
   */
  private static int confirmingIndex(LocalDate[] dates, Response[] responses,
      Object[] codes, int n, int i,
      Protocol protocol, List<Reason> why) {
    Response r = responses[i];
    boolean cr = r == Response.CR;
    long due = dates[i].toEpochDay() + protocol.minConfirmationDays();
    int j = i + 1;
    for (; j < n; j++) {
      Response c = responses[j];
      if ((c == Response.CR || (!cr && c == Response.PR)) && dates[j].toEpochDay() >= due) {
        break;
      }
    }
    if (j == n) {
      return noLaterResponse(why, cr, dates[i], protocol);
    }
    int notEvaluable = 0;
    int stable = 0;
    int firstCr = -1;
    int lastPr = -1;
    for (int k = i + 1; k <= j; k++) {
      Response c = responses[k];
      if (c == Response.NE) {
        notEvaluable++;
      } else if (c == Response.CR) {
        if (firstCr < 0) {
          firstCr = k;
        }
      } else if (c == Response.PR && !cr) {
        lastPr = k;
      } else if (c == Response.SD && !cr && protocol.acceptStableDiseaseBetween()) {
        stable++;
      } else {
        return unconfirmed(why, Reason.Kind.UNCONFIRMED_VISIT_BETWEEN, codes[k], dates[k],
            dates[j]);
      }
    }
    if (notEvaluable > protocol.maxNotEvaluableBetween()) {
      return unconfirmed(why, Reason.Kind.UNCONFIRMED_TOO_MANY_NOT_EVALUABLE, notEvaluable,
          dates[j], protocol.maxNotEvaluableBetween());
    }
    if (stable > MAX_STABLE_DISEASE_BETWEEN) {
      return unconfirmed(why, Reason.Kind.UNCONFIRMED_TOO_MANY_STABLE, stable, dates[j],
          MAX_STABLE_DISEASE_BETWEEN);
    }
    if (firstCr >= 0 && lastPr > firstCr) {
      return unconfirmed(why, Reason.Kind.UNCONFIRMED_PARTIAL_AFTER_COMPLETE, dates[lastPr],
          dates[firstCr]);
    }
    return j;
  }

  /**
   * No later CR (or PR) at least the minimum interval after {@code date} (R12.1): -1, and the reason
   * added to {@code why} when given; out of line, made only when asked (issue 14).
   */
  private static int noLaterResponse(List<Reason> why, boolean cr, LocalDate date,
      Protocol protocol) {
    if (why != null) {
      why.add(Reason.of(Reason.Kind.UNCONFIRMED_NO_LATER_RESPONSE, cr ? "CR" : "CR or PR",
          date.plusDays(protocol.minConfirmationDays()), protocol.minConfirmationDays()));
    }
    return -1;
  }

  /**
   * Not confirmed (R12): -1, and the reason of {@code kind} on three values added to {@code why}
   * when given; out of line, made only when asked (issue 14).
   */
  private static int unconfirmed(List<Reason> why, Reason.Kind kind, Object v0, Object v1,
      Object v2) {
    if (why != null) {
      why.add(Reason.of(kind, v0, v1, v2));
    }
    return -1;
  }

  /** As {@link #unconfirmed(List, Reason.Kind, Object, Object, Object)}, on two values. */
  private static int unconfirmed(List<Reason> why, Reason.Kind kind, Object v0, Object v1) {
    if (why != null) {
      why.add(Reason.of(kind, v0, v1));
    }
    return -1;
  }

  private static LocalDate firstConfirmed(LocalDate[] dates, Response[] responses, int n,
      Protocol protocol) {
    for (int i = 0; i < n; i++) {
      Response r = responses[i];
      if ((r == Response.CR || r == Response.PR)
          && confirmingIndex(dates, responses, responses, n, i, protocol, null) >= 0) {
        return dates[i];
      }
    }
    throw new AssertionError("a confirmed response has a first confirmed visit");
  }

  private static int nextEvaluated(Response[] responses, int n, int i) {
    for (int k = i + 1; k < n; k++) {
      Response r = responses[k];
      if (r != Response.NE && r != Response.ND) {
        return k;
      }
    }
    return -1;
  }
}
