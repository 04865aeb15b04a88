package io.github.recist.rules;

import io.github.recist.model.Response;
import io.github.recist.result.NewLesionFinding;
import io.github.recist.result.Reason;
import java.util.List;

/**
 * Rule R9: the overall response at a time point, from the target, non-target and new-lesion
 * findings, by RECIST 1.1 Table 1 (with target lesions) and Table 2 (non-target lesions only).
 *
 * <table>
 *   <caption>Table 1: with target lesions</caption>
 *   <tr><th>target</th><th>non-target</th><th>new lesion</th><th>overall</th></tr>
 *   <tr><td>CR</td><td>CR or NA</td><td>no</td><td>CR</td></tr>
 *   <tr><td>CR</td><td>NON_CR_NON_PD</td><td>no</td><td>PR</td></tr>
 *   <tr><td>CR</td><td>NE</td><td>no</td><td>PR</td></tr>
 *   <tr><td>PR</td><td>not PD</td><td>no</td><td>PR</td></tr>
 *   <tr><td>SD</td><td>not PD</td><td>no</td><td>SD</td></tr>
 *   <tr><td>NE</td><td>not PD</td><td>no</td><td>NE</td></tr>
 *   <tr><td>PD</td><td>any</td><td>any</td><td>PD</td></tr>
 *   <tr><td>any</td><td>PD</td><td>any</td><td>PD</td></tr>
 *   <tr><td>any</td><td>any</td><td>yes</td><td>PD</td></tr>
 * </table>
 *
 * <p>Table 2 (no targets): CR gives CR, NON_CR_NON_PD gives NON_CR_NON_PD, NE gives NE, PD or a new
 * lesion gives PD. An equivocal new lesion is "no" (Rule R8). A subject with neither targets nor
 * non-targets cannot be assessed; the model refuses it.
 */
@RecistRule("R9")
public final class OverallResponseTable {

  /**
   * The reason that cites the table for each valid combination, by the ordinals of the target,
   * non-target and new-lesion findings; made once, as every time point cites one and a reason is a
   * value.
   */
  private static final Reason[][][] REASONS = tableReasons();

  private OverallResponseTable() {}

  /**
   * The overall response for one combination (Rule R9).
   *
   * @throws IllegalArgumentException if {@code target} is not CR, PR, SD, PD, NE or NA, if {@code
   *     nonTarget} is not CR, NON_CR_NON_PD, PD, NE or NA, or if both are NA
   */
  public static Response overall(Response target, Response nonTarget, NewLesionFinding newLesions) {
    checkTarget(target);
    checkNonTarget(nonTarget);
    if (target == Response.NA && nonTarget == Response.NA) {
      throw new IllegalArgumentException(
          "no target and no non-target lesions: the time point cannot be assessed (R9)");
    }
    if (target == Response.PD || nonTarget == Response.PD
        || newLesions == NewLesionFinding.UNEQUIVOCAL) {
      return Response.PD;
    }
    if (target == Response.NA) {
      return nonTarget; // Table 2: CR, NON_CR_NON_PD or NE
    }
    switch (target) {
      case CR:
        return nonTarget == Response.CR || nonTarget == Response.NA ? Response.CR : Response.PR;
      case PR:
        return Response.PR;
      case SD:
        return Response.SD;
      case NE:
        return Response.NE;
      default:
        throw new AssertionError(target);
    }
  }

  /** As {@link #overall}, appending the reason that cites the table row to {@code reasons}. */
  public static Response overall(Response target, Response nonTarget, NewLesionFinding newLesions,
      List<Reason> reasons) {
    Response overall = overall(target, nonTarget, newLesions);
    reasons.add(REASONS[target.ordinal()][nonTarget.ordinal()][newLesions.ordinal()]);
    return overall;
  }

  private static Reason[][][] tableReasons() {
    Response[] responses = Response.values();
    NewLesionFinding[] findings = NewLesionFinding.values();
    Reason[][][] table = new Reason[responses.length][responses.length][findings.length];
    for (Response target : responses) {
      for (Response nonTarget : responses) {
        if (!isTargetResponse(target) || !isNonTargetResponse(nonTarget)
            || (target == Response.NA && nonTarget == Response.NA)) {
          continue;
        }
        for (NewLesionFinding newLesions : findings) {
          Response overall = overall(target, nonTarget, newLesions);
          table[target.ordinal()][nonTarget.ordinal()][newLesions.ordinal()] = target == Response.NA
              ? Reason.of(Reason.Kind.OVERALL_TABLE_2, nonTarget, newLesions, overall)
              : Reason.of(Reason.Kind.OVERALL_TABLE_1, target, nonTarget, newLesions, overall);
        }
      }
    }
    return table;
  }

  private static boolean isTargetResponse(Response r) {
    switch (r) {
      case CR: case PR: case SD: case PD: case NE: case NA:
        return true;
      default:
        return false;
    }
  }

  private static boolean isNonTargetResponse(Response r) {
    switch (r) {
      case CR: case NON_CR_NON_PD: case PD: case NE: case NA:
        return true;
      default:
        return false;
    }
  }

  private static void checkTarget(Response target) {
    if (!isTargetResponse(target)) {
      throw new IllegalArgumentException(target + " is not a target response (CR, PR, SD, PD, NE or NA)");
    }
  }

  private static void checkNonTarget(Response nonTarget) {
    if (!isNonTargetResponse(nonTarget)) {
      throw new IllegalArgumentException(
          nonTarget + " is not a non-target response (CR, NON_CR_NON_PD, PD, NE or NA)");
    }
  }
}
