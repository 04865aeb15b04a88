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
    // each visit's category read once, by ordinal, into bytes (no reference stored, 32 bytes for
    // 13 visits where an array of dates and one of responses took 144; issue 14); a date read
    // from its visit where a rule needs it, and the codes only where a reason names them
    byte[] responses = new byte[n];
    for (int i = 0; i < n; i++) {
      responses[i] = (byte) considered.get(i).overall().ordinal();
    }
    // the confirmed response first, a CR before any PR; the rest in methods of their own, so
    // that the JIT compiles less for each (issue 14: the two searches in one nested loop over the
    // two responses were compiled again after a failed loop predicate, four times a run)
    long found = firstConfirmed(CR, considered, responses, n, protocol);
    if (found < 0) {
      found = firstConfirmed(PR, considered, responses, n, protocol);
    }
    if (found >= 0) {
      return confirmed(considered, responses, n, (int) (found >>> 32), (int) found, protocol);
    }
    // no response confirmed: a method of its own, which the JIT compiles apart (issue 14)
    return unconfirmed(considered, responses, referenceDate, protocol);
  }

  /** {@link Response#ordinal()} of the categories the rule reads, as {@code of} keeps them. */
  private static final byte CR = (byte) Response.CR.ordinal();
  private static final byte PR = (byte) Response.PR.ordinal();
  private static final byte SD = (byte) Response.SD.ordinal();
  private static final byte NE = (byte) Response.NE.ordinal();
  private static final byte ND = (byte) Response.ND.ordinal();
  private static final Response[] RESPONSES = Response.values();

  /**
   * The date of visit {@code k} of {@code visits}: a list of {@link TimepointResult}s, or of their
   * dates ({@link #isConfirmed(List, List, int, int, Protocol)}).
   */
  private static LocalDate date(List<?> visits, int k) {
    Object v = visits.get(k);
    return v instanceof TimepointResult ? ((TimepointResult) v).date() : (LocalDate) v;
  }

  /**
   * The first {@code wanted} response that a later visit confirms (R12): its index in the upper
   * half of the result and the confirming visit's in the lower, or -1 when there is none.
   */
  private static long firstConfirmed(byte wanted, List<?> visits, byte[] responses, int n,
      Protocol protocol) {
    for (int i = 0; i < n; i++) {
      if (responses[i] == wanted) {
        int j = confirmingIndex(visits, responses, null, n, i, protocol, null);
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
  private static BestResponse confirmed(List<TimepointResult> considered, byte[] responses, int n,
      int i, int j, Protocol protocol) {
    byte wanted = responses[i];
    LocalDate date = considered.get(i).date();
    if (wanted == PR && protocol.tableThree() == TableThree.RECIST_TABLE_3) {
      BestResponse crThenPr = tableThreeCompleteThenPartial(considered, responses, n, protocol);
      if (crThenPr != null && crThenPr.date().get().isBefore(date)) {
        return crThenPr;
      }
    }
    BestResponseCode code = protocol.criteria().code(RESPONSES[wanted]);
    LocalDate confirmedOn = considered.get(j).date();
    Reason why = Reason.of(Reason.Kind.BEST_CONFIRMED, code, date, confirmedOn,
        confirmedOn.toEpochDay() - date.toEpochDay(), protocol.minConfirmationDays());
    ImmutableList<Reason> reasons;
    if (wanted == PR && any(responses, n, CR)) {
      reasons = withWhyNoCompleteResponse(why, considered, responses, n, protocol);
    } else {
      reasons = ImmutableList.of(why);
    }
    // a confirmed PR is the first confirmed response: no CR was confirmed, nor an earlier PR
    LocalDate start = wanted == PR ? date : firstConfirmed(considered, responses, n, protocol);
    return BestResponse.of(code, Optional.of(date), true, Optional.of(confirmedOn),
        Optional.of(start), reasons);
  }

  /** {@code why}, then why no CR is the best response ({@link #whyNoCompleteResponse}). */
  private static ImmutableList<Reason> withWhyNoCompleteResponse(Reason why,
      List<TimepointResult> considered, byte[] responses, int n, Protocol protocol) {
    List<Reason> all = new ArrayList<>(4);
    all.add(why);
    whyNoCompleteResponse(considered, responses, codes(considered), n, protocol, all);
    return ImmutableList.copyOf(all);
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
  private static boolean any(byte[] responses, int n, byte response) {
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
  private static BestResponse unconfirmed(List<TimepointResult> considered, byte[] responses,
      LocalDate referenceDate, Protocol protocol) {
    int n = responses.length;
    ResponseCode[] codes = codes(considered);
    boolean literal = protocol.tableThree() == TableThree.RECIST_TABLE_3;
    if (literal) {
      BestResponse crThenPr = tableThreeCompleteThenPartial(considered, responses, n, protocol);
      if (crThenPr != null) {
        return crThenPr;
      }
    }
    List<Reason> reasons = new ArrayList<>(4);
    LocalDate crFollowedByEarlySd = null;
    for (int i = 0; i < n; i++) {
      byte r = responses[i];
      if (r != CR && r != PR) {
        continue;
      }
      List<Reason> why = new ArrayList<>(1);
      confirmingIndex(considered, responses, codes, n, i, protocol, why);
      LocalDate date = considered.get(i).date();
      reasons.add(Reason.of(Reason.Kind.UNCONFIRMED, protocol.criteria().code(RESPONSES[r]),
          date, why.get(0)));
      if (r == CR) {
        int next = nextEvaluated(responses, n, i);
        if (next >= 0 && responses[next] == PR) {
          reasons.add(Reason.of(Reason.Kind.CR_THEN_PR, date, considered.get(next).date()));
        } else if (next >= 0 && responses[next] == SD && crFollowedByEarlySd == null) {
          crFollowedByEarlySd = date;
        }
      }
    }
    BestResponse best = BestOverallResponse.withoutResponse(considered, referenceDate, protocol, reasons);
    if (literal && (best.response() == Response.NE || best.response() == Response.PD)) {
      LocalDate stableFrom = referenceDate.plusDays(protocol.minStableDiseaseDays());
      for (int i = 0; i + 1 < n; i++) {
        LocalDate sd = considered.get(i + 1).date();
        if (responses[i] == CR && responses[i + 1] == SD
            && sd.isBefore(stableFrom)
            && (best.response() == Response.NE || sd.isBefore(best.date().get()))) {
          // RECIST 1.1 Table 3, read literally: CR then SD before the minimum duration is PD
          return BestResponse.builder()
              .code(protocol.criteria().code(Response.PD)).date(sd).addAllReasons(best.reasons())
              .addReasons(Reason.of(Reason.Kind.CR_THEN_EARLY_SD_TABLE_3,
                  considered.get(i).date(), sd, protocol.minStableDiseaseDays()))
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
  private static BestResponse tableThreeCompleteThenPartial(List<TimepointResult> considered,
      byte[] responses, int n, Protocol protocol) {
    for (int i = 0; i + 1 < n; i++) {
      if (responses[i] != CR || responses[i + 1] != PR) {
        continue;
      }
      byte[] asPartial = responses.clone();
      asPartial[i] = PR;
      int j = confirmingIndex(considered, asPartial, null, n, i, protocol, null);
      if (j >= 0) {
        LocalDate date = considered.get(i).date();
        return BestResponse.builder()
            .code(protocol.criteria().code(Response.PR)).date(date).confirmed(true)
            .confirmedBy(considered.get(j).date()).responseStart(date)
            .addReasons(Reason.of(Reason.Kind.CR_THEN_PR_TABLE_3, date,
                considered.get(i + 1).date(), considered.get(j).date()))
            .build();
      }
    }
    return null;
  }

  /**
   * Why no CR is the best response when a PR is (R12): each CR visit was not confirmed, and a CR
   * followed by a PR is never confirmed by it (RECIST 1.1 Table 3 note b).
   */
  private static void whyNoCompleteResponse(List<TimepointResult> considered, byte[] responses,
      Object[] codes, int n, Protocol protocol, List<Reason> reasons) {
    for (int i = 0; i < n; i++) {
      if (responses[i] != CR) {
        continue;
      }
      List<Reason> why = new ArrayList<>(1);
      confirmingIndex(considered, responses, codes, n, i, protocol, why);
      LocalDate date = considered.get(i).date();
      reasons.add(Reason.of(Reason.Kind.UNCONFIRMED, protocol.criteria().code(Response.CR),
          date, why.get(0)));
      int next = nextEvaluated(responses, n, i);
      if (next >= 0 && responses[next] == PR) {
        reasons.add(Reason.of(Reason.Kind.CR_THEN_PR, date, considered.get(next).date()));
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
    return isConfirmed(dates, ordinals(responses), n, i, protocol);
  }

  /** The ordinals of {@code responses}, as {@link #of} keeps them. */
  static byte[] ordinals(List<Response> responses) {
    byte[] ordinals = new byte[responses.size()];
    for (int i = 0; i < ordinals.length; i++) {
      ordinals[i] = (byte) responses.get(i).ordinal();
    }
    return ordinals;
  }

  /**
   * As {@link #isConfirmed(List, List, int, int, Protocol)}, on {@code visits} ({@link
   * TimepointResult}s, or their dates) and the ordinals of their overall responses.
   */
  static boolean isConfirmed(List<?> visits, byte[] responses, int n, int i, Protocol protocol) {
    return confirmingIndex(visits, responses, null, n, i, protocol, null) >= 0;
  }

  /**
   * The index of the visit that confirms the CR or PR at {@code i}, or -1; when {@code why} is given
   * and there is none, adds the reason why to it, naming a visit by its code in {@code codes} (an
   * iUPD, not its category PD).
   */
  private static int confirmingIndex(List<?> visits, byte[] responses, Object[] codes, int n,
      int i, Protocol protocol, List<Reason> why) {
    boolean cr = responses[i] == CR;
    long due = date(visits, i).toEpochDay() + protocol.minConfirmationDays();
    // the search as a loop counted from 0 (issue 14: one counted from i + 1 failed its loop-limit
    // predicate, and its compiled code was thrown away, once or twice a run)
    int j = -1;
    for (int k = 0, later = n - i - 1; k < later; k++) {
      int c = responses[i + 1 + k];
      if ((c == CR || (!cr && c == PR)) && date(visits, i + 1 + k).toEpochDay() >= due) {
        j = i + 1 + k;
        break;
      }
    }
    if (j < 0) {
      return noLaterResponse(why, cr, date(visits, i), protocol);
    }
    return between(visits, responses, codes, i, j, cr, protocol, why);
  }

  /**
   * {@code j}, when the visits between the CR or PR at {@code i} and its confirming visit at
   * {@code j} allow the confirmation (R12), else -1 and, when {@code why} is given, the reason why.
   */
  private static int between(List<?> visits, byte[] responses, Object[] codes, int i, int j,
      boolean cr, Protocol protocol, List<Reason> why) {
    int notEvaluable = 0;
    int stable = 0;
    int firstCr = -1;
    int lastPr = -1;
    for (int k = i + 1; k < j + 1; k++) {
      int c = responses[k];
      if (c == NE) {
        notEvaluable++;
      } else if (c == CR) {
        if (firstCr < 0) {
          firstCr = k;
        }
      } else if (c == PR && !cr) {
        lastPr = k;
      } else if (c == SD && !cr && protocol.acceptStableDiseaseBetween()) {
        stable++;
      } else {
        return unconfirmed(why, Reason.Kind.UNCONFIRMED_VISIT_BETWEEN,
            codes == null ? null : codes[k], visits, k, date(visits, j));
      }
    }
    if (notEvaluable > protocol.maxNotEvaluableBetween()) {
      return unconfirmed(why, Reason.Kind.UNCONFIRMED_TOO_MANY_NOT_EVALUABLE, notEvaluable,
          visits, j, protocol.maxNotEvaluableBetween());
    }
    if (stable > MAX_STABLE_DISEASE_BETWEEN) {
      return unconfirmed(why, Reason.Kind.UNCONFIRMED_TOO_MANY_STABLE, stable, visits, j,
          MAX_STABLE_DISEASE_BETWEEN);
    }
    if (firstCr >= 0 && lastPr > firstCr) {
      return unconfirmed(why, visits, lastPr, firstCr);
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
   * Not confirmed (R12): -1, and when {@code why} is given the reason of {@code kind} on {@code
   * v0}, the date of visit {@code k} and {@code v2}; out of line, made only when asked (issue 14).
   */
  private static int unconfirmed(List<Reason> why, Reason.Kind kind, Object v0, List<?> visits,
      int k, Object v2) {
    if (why != null) {
      why.add(Reason.of(kind, v0, date(visits, k), v2));
    }
    return -1;
  }

  /** A PR after the CR in the window of confirmation (R12): -1, and the reason when asked. */
  private static int unconfirmed(List<Reason> why, List<?> visits, int lastPr, int firstCr) {
    if (why != null) {
      why.add(Reason.of(Reason.Kind.UNCONFIRMED_PARTIAL_AFTER_COMPLETE, date(visits, lastPr),
          date(visits, firstCr)));
    }
    return -1;
  }

  private static LocalDate firstConfirmed(List<TimepointResult> considered, byte[] responses,
      int n, Protocol protocol) {
    for (int i = 0; i < n; i++) {
      byte r = responses[i];
      if ((r == CR || r == PR)
          && confirmingIndex(considered, responses, null, n, i, protocol, null) >= 0) {
        return considered.get(i).date();
      }
    }
    throw new AssertionError("a confirmed response has a first confirmed visit");
  }

  private static int nextEvaluated(byte[] responses, int n, int i) {
    for (int k = i + 1; k < n; k++) {
      byte r = responses[k];
      if (r != NE && r != ND) {
        return k;
      }
    }
    return -1;
  }
}
