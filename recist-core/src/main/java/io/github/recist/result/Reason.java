package io.github.recist.result;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.recist.model.Diameter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Why a rule decided what it did, as data: the {@linkplain Kind kind} of finding (which names the
 * rule), and the values it was decided on. {@link #text()} renders it as a plain sentence, only when
 * asked: {@code "target sum 49 mm is 30.0% below baseline 70 mm: PR (R6.4 needs at least 30%)"};
 * {@link #renderTo(Sink)} writes the same sentence straight into bytes, such as a writer's output
 * buffer, without building the string.
 */
public final class Reason {

  /** Each kind of finding, with the rule it cites and the sentence it renders to. */
  public enum Kind {
    /** Rule R6.1: target none evaluated. */
    TARGET_NONE_EVALUATED("R6.1", "no target could be evaluated: target response NE (R6.1)",
        ""),
    /** Rule R6.1: target not all evaluated. */
    TARGET_NOT_ALL_EVALUATED("R6.1", "{0} not evaluated, and the other targets' sum {1} does not reach PD against nadir {2}: target response NE (R6.1)",
        "notEvaluated, sum, nadir"),
    /** Rule R6.1: target pd despite not evaluated. */
    TARGET_PD_DESPITE_NOT_EVALUATED("R6.1",
        "{0} not evaluated, but the other targets' sum {1} is already {2}% and {3} above nadir {4}: PD, as the missing lesions could only add (R6.1)",
        "notEvaluated, sum, increasePct, increase, nadir"),
    /** Rule R6.1: a target reappeared after CR while another target was not evaluated. */
    TARGET_REAPPEARED_DESPITE_NOT_EVALUATED("R6.1",
        "{0} not evaluated, but {1} reappeared after the complete response of {2}: PD, as the missing lesions could only add (R6.1, R6.3)",
        "notEvaluated, reappeared, completeResponseDate"),
    /** Rule R6.2: target complete response. */
    TARGET_COMPLETE_RESPONSE("R6.2",
        "every non-nodal target is 0 mm and every nodal target is under {1} short axis (sum {0}): target CR (R6.2)",
        "sum, nodalLimit"),
    /** Rule R6.3: target progression. */
    TARGET_PROGRESSION("R6.3",
        "target sum {0} is {1}% and {2} above nadir {3}: PD (R6.3 needs at least {4}% and {5})",
        "sum, increasePct, increase, nadir, minIncreasePct, minIncrease"),
    /** Rule R6.3: target reappeared after cr. */
    TARGET_REAPPEARED_AFTER_CR("R6.3", "{0} reappeared after the complete response of {1}: PD (R6.3)",
        "reappeared, completeResponseDate"),
    /** Rule R6.4: target partial response. */
    TARGET_PARTIAL_RESPONSE("R6.4",
        "target sum {0} is {1}% below baseline {2}: PR (R6.4 needs at least {3}%)",
        "sum, decreasePct, baseline, minDecreasePct"),
    /** Rule R6.5: target stable disease. */
    TARGET_STABLE_DISEASE("R6.5",
        "target sum {0} is {1}% from baseline {2} and {3}% from nadir {4}: SD (R6.5: not {5}% below baseline, not {6}% and {7} above nadir)",
        "sum, changeFromBaselinePct, baseline, changeFromNadirPct, nadir, minDecreasePct, minIncreasePct, minIncrease"),
    /** Rule R6: target persistent partial response. */
    TARGET_PERSISTENT_PARTIAL_RESPONSE("R6", "target sum {0} would be SD, but stays PR after the partial response of {1} (option persistentPartialResponse, RECIST FAQ)",
        "sum, partialResponseDate"),
    /** Rule R7.2: non target progression. */
    NON_TARGET_PROGRESSION("R7.2", "{0} progressed unequivocally: non-target PD (R7.2)",
        "progressed"),
    /** Rule R7.2: non target returned after cr. */
    NON_TARGET_RETURNED_AFTER_CR("R7.2", "{0} present again after the complete response of {1}: non-target PD (R7.2)",
        "present, completeResponseDate"),
    /** Rule R7.3: non target not evaluated. */
    NON_TARGET_NOT_EVALUATED("R7.3", "{0} not evaluated: non-target NE (R7.3)",
        "notEvaluated"),
    /** Rule R7.4: non target complete response. */
    NON_TARGET_COMPLETE_RESPONSE("R7.4", "every non-target is absent and tumour markers are not abnormal: non-target CR (R7.4)",
        ""),
    /** Rule R7.5: non target present. */
    NON_TARGET_PRESENT("R7.5", "{0} present: non-target non-CR/non-PD (R7.5)",
        "present"),
    /** Rule R7.5: non target markers abnormal. */
    NON_TARGET_MARKERS_ABNORMAL("R7.5", "every non-target is absent but tumour markers are abnormal: non-target non-CR/non-PD (R7.4, R7.5)",
        ""),
    /** Rule R8: new lesion unequivocal. */
    NEW_LESION_UNEQUIVOCAL("R8", "unequivocal new lesion {0}: progression (R8)",
        "unequivocal"),
    /** Rule R8: new lesion equivocal. */
    NEW_LESION_EQUIVOCAL("R8", "equivocal new lesion {0}: not progression unless a later time point shows it unequivocally (R8)",
        "equivocal"),
    /** Rule R8: new lesion backdated. */
    NEW_LESION_BACKDATED("R8",
        "new lesion {0}, equivocal here, was unequivocal on {1}: progression is dated at this time point, its first appearance (R8)",
        "lesion, unequivocalOn"),
    /** Rule R8: the visit whose unequivocal new lesion dates progression at its first appearance. */
    NEW_LESION_DATES_EARLIER_PROGRESSION("R8",
        "new lesion {0} is unequivocal here; it first appeared, equivocal, on {1}: progression is dated there (R8)",
        "lesion, firstAppeared"),
    /** Rule R8 with R10: as above, from a visit outside the evaluation window. */
    NEW_LESION_DATES_EARLIER_PROGRESSION_FROM_OUTSIDE_WINDOW("R8",
        "new lesion {0} is unequivocal here, outside the evaluation window; it first appeared, equivocal, on {1}: progression is still dated there, as RECIST dates it at the first scan (R8, R10)",
        "lesion, firstAppeared"),
    /** Rule R8 with R10: back-dated from a visit outside the evaluation window. */
    NEW_LESION_BACKDATED_FROM_OUTSIDE_WINDOW("R8",
        "new lesion {0}, equivocal here, was unequivocal on {1}, outside the evaluation window: progression is still dated at this time point, its first appearance (R8, R10)",
        "lesion, unequivocalOn"),
    /** Rule R9: overall table 1. */
    OVERALL_TABLE_1("R9", "target {0}, non-target {1}, new lesions {2}: overall {3} (R9, RECIST 1.1 Table 1)",
        "target, nonTarget, newLesions, overall"),
    /** Rule R9: overall table 2. */
    OVERALL_TABLE_2("R9", "no target lesions; non-target {0}, new lesions {1}: overall {2} (R9, RECIST 1.1 Table 2)",
        "nonTarget, newLesions, overall"),
    /** Rule R12: recorded. */
    RECORDED("R12", "recorded overall response {0}, taken as given",
        "response"),
    /** Rule R10: outside window. */
    OUTSIDE_WINDOW("R10", "dated after {0} (reference date + {1} days): outside the evaluation window, ignored for best response and endpoints (R10)",
        "lastDay, followUpDays"),
    /** Rule R10: after progression. */
    AFTER_PROGRESSION("R10",
        "after the first progression ({0}): reported, and ignored by best response and endpoints (R10)",
        "progressionDate"),
    /** Rule R10: on or after the start of a new anti-cancer therapy. */
    AFTER_NEW_THERAPY("R10",
        "on or after the start of a new anti-cancer therapy ({0}): reported, and not considered by best response, endpoints or back-dating (R10, R13)",
        "newTherapyDate"),

    /** Rule R12: best no assessment. */
    BEST_NO_ASSESSMENT("R12", "no assessment after baseline in the evaluation window: best overall response {0} (R12)",
        "response"),
    /** Rule R12: best only not done. */
    BEST_ONLY_NOT_DONE("R12", "every assessment was not done: best overall response ND (R12)",
        ""),
    /** Rule R11: best response. */
    BEST_RESPONSE("R11", "{0} on {1}: best overall response {0} (R11, confirmation not required)",
        "response, date"),
    /** Rule R12: best confirmed. */
    BEST_CONFIRMED("R12", "{0} on {1}, confirmed on {2} ({3} days later, at least {4} required): best overall response {0} (R12)",
        "response, date, confirmedOn, daysBetween, minConfirmationDays"),
    /** Rule R11: best stable disease. */
    BEST_STABLE_DISEASE("R11", "{0} on {1}, day {2} after the reference date (at least {3} required): best overall response {4} (R11, R12)",
        "response, date, day, minStableDiseaseDays, bestResponse"),
    /** Rule R11: best progression. */
    BEST_PROGRESSION("R11", "progression on {0} and no better response: best overall response {1} (R11, R12)",
        "date, response"),
    /** Rule R14.11: an unconfirmed progression, and no better response. */
    BEST_UNCONFIRMED_PROGRESSION("R14.11", "unconfirmed progression on {0} and no better response or confirmed progression: best overall response {1} (R14.11)",
        "date, response"),
    /** Rule R11: best not evaluable all ne. */
    BEST_NOT_EVALUABLE_ALL_NE("R11", "every assessment in the window was NE: best overall response NE (R11, R12)",
        ""),
    /** Rule R11: best not evaluable too early. */
    BEST_NOT_EVALUABLE_TOO_EARLY("R11", "{0} on {1} is day {2} after the reference date, before the {3}-day minimum: it counts as NE (R11, R12)",
        "response, date, day, minStableDiseaseDays"),
    /** Rule R12: unconfirmed; {@code {2}} is the reason why, one of the {@code UNCONFIRMED_…} kinds below. */
    UNCONFIRMED("R12", "{0} on {1} not confirmed: {2} (R12)",
        "response, date, why"),
    /** Rule R12, why a response was not confirmed: no later confirming visit. */
    UNCONFIRMED_NO_LATER_RESPONSE("R12", "no later {0} on or after {1} ({2} days later)",
        "wanted, dueOn, minConfirmationDays"),
    /** Rule R12, why a response was not confirmed: a visit between breaks it. */
    UNCONFIRMED_VISIT_BETWEEN("R12", "{0} on {1} lies between it and the confirming visit of {2}",
        "response, date, confirmingDate"),
    /** Rule R12, why a response was not confirmed: too many NE visits between. */
    UNCONFIRMED_TOO_MANY_NOT_EVALUABLE("R12", "{0} NE visits before the confirming visit of {1} (at most {2} allowed)",
        "notEvaluableVisits, confirmingDate, maxNotEvaluableBetween"),
    /** Rule R12, why a response was not confirmed: more than one SD between. */
    UNCONFIRMED_TOO_MANY_STABLE("R12",
        "{0} SD visits before the confirming visit of {1} (at most {2} allowed)",
        "stableVisits, confirmingDate, maxStableBetween"),
    /** Rule R12, why a response was not confirmed: a PR after a CR inside the window. */
    UNCONFIRMED_PARTIAL_AFTER_COMPLETE("R12", "a PR on {0} follows the CR of {1} before the confirming visit",
        "partialResponseDate, completeResponseDate"),
    /** Rule R12: cr then pr. */
    CR_THEN_PR("R12", "the CR of {0} is followed by a PR on {1}: a CR is never confirmed by a later PR, so no confirmed response (R12, RECIST 1.1 Table 3 note b)",
        "completeResponseDate, partialResponseDate"),
    /** Rule R12: cr then early sd. */
    CR_THEN_EARLY_SD("R12",
        "the CR of {0} is followed by SD before the minimum duration: RECIST 1.1 Table 3 would give PD here; this engine gives NE, as admiralonco does (R12, known divergence)",
        "completeResponseDate"),
    /** Rule R12, option tableThree RECIST_TABLE_3: CR then PR read as a confirmed PR (note b). */
    CR_THEN_PR_TABLE_3("R12",
        "the CR of {0} is followed by a PR on {1}: as RECIST 1.1 Table 3 note b reads it, the first CR was in fact a PR, confirmed on {2}: best overall response PR (R12, option tableThree RECIST_TABLE_3)",
        "completeResponseDate, partialResponseDate, confirmedOn"),
    /** Rule R12, option tableThree RECIST_TABLE_3: CR then SD before the minimum duration is PD. */
    CR_THEN_EARLY_SD_TABLE_3("R12",
        "the CR of {0} is followed by SD on {1}, before the {2}-day minimum: PD, as RECIST 1.1 Table 3 reads it (R12, option tableThree RECIST_TABLE_3)",
        "completeResponseDate, stableDate, minStableDiseaseDays"),
    /** Rule R11: every visit NE or not done. */
    BEST_NOT_EVALUABLE_NE_AND_ND("R11",
        "every assessment in the window was NE, or not done (ND on {0}): best overall response NE (R11, R12)",
        "notDoneOn"),
    /** Rule R11: confirmation not required. */
    CONFIRMATION_NOT_REQUIRED("R11", "confirmation not required by the protocol (R11)",
        ""),
    /** Rule R13: progression date. */
    PROGRESSION_DATE("R13", "progression established on {0} (R13)",
        "date"),
    /** Rule R13: progression outside window. */
    PROGRESSION_OUTSIDE_WINDOW("R13", "progression on {0} falls outside the evaluation window: no progression date (R10, R13)",
        "date"),

    /** Rule R14.3: the baseline-disease response, new lesions aside. */
    IRECIST_BASELINE_DISEASE("R14.3",
        "target {0}, non-target {1}, new lesions aside: baseline-disease response {2} (R14.3)",
        "target, nonTarget, baselineDisease"),
    /** Rule R14.2: unequivocal new lesions recorded at this visit. */
    IRECIST_NEW_LESION_APPEARS("R14.2",
        "unequivocal new lesion {0}, not recorded at an earlier counted visit: recorded, and followed at every later visit (R14.2)",
        "lesions"),
    /** Rule R14.5: a new lesion first seen on a disregarded visit. */
    IRECIST_NEW_LESION_PENDING("R14.5",
        "unequivocal new lesion {0}, first seen on this disregarded visit: additional at the next counted visit (R14.5, convention DISREGARDED_LESION_ADDITIONAL_LATER)",
        "lesions"),
    /** Rule R14.2: a recorded new lesion not reported at a visit is NE there. */
    IRECIST_NEW_LESION_NOT_REPORTED("R14.2", "recorded new lesion {0} not reported here: NE (R14.2)",
        "lesions"),
    /** Rule R14.2: the new-lesion target sum and its nadir. */
    IRECIST_NEW_LESION_TARGET_SUM("R14.2",
        "new-lesion target sum {0}, never added to the target sum; its nadir {1} (R14.2, convention NLT_NADIR_SINCE_LAST_ADDED)",
        "sum, nadir"),
    /** Rule R14.2: a new-lesion target NE makes the sum NE. */
    IRECIST_NEW_LESION_TARGET_SUM_NE("R14.2",
        "new-lesion target {0} NE: the new-lesion target sum is NE (R14.2)", "notEvaluated"),
    /** Rule R14.4: what opened a run. */
    IUPD_OPENED("R14.4",
        "RECIST 1.1 progression by {0}: iUPD, opening a run with this visit as its anchor (R14.4)",
        "triggers"),
    /** Rule R14.5: a disregarded early visit. */
    IRECIST_DISREGARDED("R14.5",
        "{0} days after the iUPD of {1}, under the {2}-day minimum: disregarded, iUPD; it neither confirms nor resets, and its sums enter no nadir (R14.5)",
        "days, iupdDate, minProgressionConfirmationDays"),
    /** Rule R14.5: the symptom exception. */
    ICPD_SYMPTOM_DRIVEN("R14.5",
        "symptom-driven scan {0} days after the iUPD of {1} shows the additional new lesion {2}: iCPD (R14.5)",
        "days, iupdDate, lesions"),
    /** Rule R14.5: a late first counted visit of a run. */
    IRECIST_LATE_FIRST_COUNTED_VISIT("R14.5",
        "first counted visit of the run, {0} days after the iUPD of {1}, later than {2} days: it still confirms or resets, as the next assessment (R14.5, convention LATE_NEXT_VISIT_COUNTS)",
        "days, iupdDate, maxProgressionConfirmationDays"),
    /** Rule R14.6.1: iCPD by the target sum. */
    ICPD_TARGET_SUM("R14.6.1", "target sum {0} is {1} above {2} at the iUPD of {3}: iCPD (R14.6.1 needs {4})",
        "sum, increase, anchorSum, iupdDate, minIncrease"),
    /** Rule R14.6.2: iCPD by the non-targets. */
    ICPD_NON_TARGET("R14.6.2", "{0} in the run the non-targets opened on {1}: iCPD (R14.6.2)",
        "nonTargets, iupdDate"),
    /** Rule R14.6.3: iCPD by the new-lesion target sum. */
    ICPD_NEW_LESION_TARGET_SUM("R14.6.3",
        "new-lesion target sum {0} is {1} above {2} at the iUPD of {3}: iCPD (R14.6.3 needs {4})",
        "sum, increase, anchorSum, iupdDate, minIncrease"),
    /** Rule R14.6.3: iCPD by a new-lesion non-target. */
    ICPD_NEW_LESION_NON_TARGET("R14.6.3",
        "new-lesion non-target {0} since the iUPD of {1}: iCPD (R14.6.3)", "lesions, iupdDate"),
    /** Rule R14.6.4: iCPD by an additional new lesion. */
    ICPD_ADDITIONAL_NEW_LESION("R14.6.4",
        "additional new lesion {0} after the iUPD of {1}: iCPD (R14.6.4)", "lesions, iupdDate"),
    /** Rule R14.6.5: iCPD by progression in a category that did not open the run. */
    ICPD_OTHER_CATEGORY("R14.6.5",
        "{0}, a category that did not open the run of {1}: iCPD (R14.6.5)", "progression, iupdDate"),
    /** Rule R14.7.1: NE inside a run. */
    IRECIST_NE_INSIDE_RUN("R14.7.1",
        "{0} inside the run of {1}: NE, the run stays open (R14.7.1, convention NE_INSIDE_RUN)",
        "why, iupdDate"),
    /** Rule R14.7.2: iUPD continued. */
    IUPD_CONTINUED("R14.7.2", "{0}, and no route confirms: iUPD, the run of {1} and its anchor stay (R14.7.2)",
        "still, iupdDate"),
    /** Rule R14.7.3 and R14.8: a reset, and what it makes the reference. */
    IRECIST_RESET("R14.7.3",
        "the iUPD of {0} is not confirmed: reset, the run closes (pseudo-progression); the reference for a new iUPD: {1} (R14.7.3, R14.8)",
        "iupdDate, reference"),
    /** Rule R14.9: the response from the baseline-disease response. */
    IRECIST_RESPONSE("R14.9", "baseline-disease response {0}, {1}: {2} (R14.9)",
        "baselineDisease, newLesions, overall"),
    /** Rule R14.9 after a reset. */
    IRECIST_RESET_RESPONSE("R14.9", "after the reset, baseline-disease response {0}, {1}: {2} (R14.7.3, R14.9)",
        "baselineDisease, newLesions, overall"),
    /** Rule R14.12: progression dated at the iUPD an iCPD confirmed. */
    IRECIST_CONFIRMED_PROGRESSION("R14.12",
        "the iCPD of {1} confirms the run that began with the iUPD of {0}: progression is dated {0} (R14.12)",
        "iupdDate, icpdDate"),
    /** Rule R14.12: a run still open at the last visit considered, not an event. */
    IRECIST_OPEN_RUN("R14.12",
        "the iUPD of {0} is still unconfirmed at the last visit considered: no progression date (R14.12; option unconfirmedProgressionAsEvent off)",
        "iupdDate"),
    /** Rule R14.12: a run still open at the last visit considered, counted as an event. */
    IRECIST_OPEN_RUN_AS_EVENT("R14.12",
        "the iUPD of {0} is still unconfirmed at the last visit considered: progression is dated {0} (R14.12, option unconfirmedProgressionAsEvent)",
        "iupdDate"),
    /** Rule R14.10: iCPD is final. */
    IRECIST_AFTER_ICPD("R14.10",
        "after the iCPD of {0}: iCPD is final; reported, and ignored by best response and endpoints (R14.10, convention LATER_VISITS_STAY_ICPD)",
        "icpdDate");

    private final String rule;
    private final String template;
    private final ImmutableList<String> valueNames;
    /**
     * The template split once into its literal text, as ASCII bytes and as strings, and the values
     * between: {@code literals[0]}, value {@code slots[0]}, {@code literals[1]}, ..., {@code
     * literals[slots.length]}.
     */
    private final byte[][] literals;
    /**
     * Each literal after the first with {@code " mm"} before it: written after the digits of a
     * diameter, in one piece instead of four (issue 14).
     */
    private final byte[][] millimetresThenLiterals;
    private final String[] literalText;
    private final int[] slots;
    /**
     * The most bytes that {@link #renderTo} gives a sink for a sentence of this kind besides the
     * text of its values ({@link Sink#room}): the template's text, {@code " mm"} after each value,
     * and {@link #VALUE_ROOM} for each value's digits.
     */
    private final int room;

    Kind(String rule, String template, String valueNames) {
      this.rule = rule;
      this.template = template;
      this.valueNames = valueNames.isEmpty() ? ImmutableList.of()
          : ImmutableList.copyOf(valueNames.split(", "));
      List<String> text = new ArrayList<>();
      List<Integer> values = new ArrayList<>();
      StringBuilder literal = new StringBuilder();
      for (int i = 0; i < template.length(); i++) {
        char c = template.charAt(i);
        if (c == '{' && i + 2 < template.length() && template.charAt(i + 2) == '}') {
          text.add(literal.toString());
          literal.setLength(0);
          values.add(template.charAt(i + 1) - '0');
          i += 2;
        } else {
          literal.append(c);
        }
      }
      text.add(literal.toString());
      this.literalText = text.toArray(new String[0]);
      this.literals = new byte[literalText.length][];
      this.millimetresThenLiterals = new byte[literalText.length][];
      for (int i = 0; i < literalText.length; i++) {
        literals[i] = safeAscii(literalText[i]);
        millimetresThenLiterals[i] = safeAscii(MILLIMETRES + literalText[i]);
      }
      this.slots = values.stream().mapToInt(Integer::intValue).toArray();
      int bytes = literals[0].length;
      for (int i = 1; i < literals.length; i++) {
        bytes += millimetresThenLiterals[i].length + VALUE_ROOM;
      }
      this.room = bytes;
    }

    /** The literal text of a template, which is printable ASCII without quote or backslash. */
    private static byte[] safeAscii(String literal) {
      for (int i = 0; i < literal.length(); i++) {
        char c = literal.charAt(i);
        if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
          throw new IllegalStateException("template text needs escaping: " + literal);
        }
      }
      return literal.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * The names of the values, in the order of the template's {@code {0}}, {@code {1}}...: for
     * {@link #TARGET_PARTIAL_RESPONSE}, {@code [sum, decreasePct, baseline, minDecreasePct]}.
     */
    public ImmutableList<String> valueNames() {
      return valueNames;
    }

    /** The rule of RECIST-RULES.md this finding applies, such as {@code R6.4}. */
    public String rule() {
      return rule;
    }

    /** The sentence with {@code {0}}, {@code {1}}... for the values. */
    public String template() {
      return template;
    }
  }

  private static final Object[] NO_VALUES = {};

  /**
   * In a value's field of {@link Reason}, no value: the reason has fewer values than its fields
   * (a value may itself be null).
   */
  private static final Object ABSENT = new Object();

  /**
   * In a value's field of {@link Reason}: the change in percent between two of its diameters,
   * kept as their positions ({@link #changeOf}) and made only when {@link #value} asks for it.
   */
  private static final class Change {
    /** The positions of the diameter changed and of the one it is compared with. */
    final int value;
    final int reference;
    final boolean magnitude;

    Change(int value, int reference, boolean magnitude) {
      this.value = value;
      this.reference = reference;
      this.magnitude = magnitude;
    }
  }

  /** The most values a {@link #changeOf} can name: no template has more. */
  private static final int MAX_CHANGE_POSITIONS = 10;

  /** Each {@link Change}, made once: {@code [value][reference][magnitude ? 1 : 0]}. */
  private static final Change[][][] CHANGES = changes();

  private static Change[][][] changes() {
    Change[][][] changes = new Change[MAX_CHANGE_POSITIONS][MAX_CHANGE_POSITIONS][2];
    for (int v = 0; v < MAX_CHANGE_POSITIONS; v++) {
      for (int r = 0; r < MAX_CHANGE_POSITIONS; r++) {
        changes[v][r][0] = new Change(v, r, false);
        changes[v][r][1] = new Change(v, r, true);
      }
    }
    return changes;
  }

  /**
   * A value for a reason's factory ({@code of}): the change in percent from the diameter at
   * position {@code reference} of the same reason's values to the diameter at position {@code
   * value} (Rule R5), a {@link PercentChange#magnitude} when {@code magnitude}, else {@link
   * PercentChange#signed}. The reason is the same, equal and rendered the same, as one given that
   * {@link PercentChange} itself, but keeps the change as the two positions: it makes the change
   * only when {@link #value} or {@link #values()} asks for it, and renders it from the diameters'
   * digits. For a rule that gives one a visit, with no object made for it (issue 14).
   *
   * <pre>{@code
   * Reason.of(Kind.TARGET_PARTIAL_RESPONSE, sum, Reason.changeOf(0, 2, true), baseline, 30)
   * }</pre>
   *
   * <p>The factory does not look at what the positions hold (a test of each value of every
   * reason made cost 6 to 9 % of the engine's time, issue 14): a reason whose change names a
   * position that is not a {@link Diameter} throws {@link IllegalStateException} when the change is
   * asked for or rendered.
   *
   * @throws IllegalArgumentException if a position is negative, not below 10, or both are the
   *     same
   */
  public static Object changeOf(int value, int reference, boolean magnitude) {
    if (value < 0 || value >= MAX_CHANGE_POSITIONS || reference < 0
        || reference >= MAX_CHANGE_POSITIONS || value == reference) {
      throw new IllegalArgumentException("a change in percent is between two other values of a "
          + "reason, at positions 0 to " + (MAX_CHANGE_POSITIONS - 1) + ", not " + value
          + " against " + reference);
    }
    return CHANGES[value][reference][magnitude ? 1 : 0];
  }

  /** The reason of each kind on no value, made once. */
  private static final Reason[] WITHOUT_VALUES = withoutValues();

  private final Kind kind;
  /**
   * The first four values in fields of their own ({@link #ABSENT} beyond the last), the rest in
   * {@link #more} (null when at most four): a reason of up to four values is one object of 40
   * bytes, where it and its array of values were 48 to 56 (the target reason of every visit has
   * four; issue 14).
   */
  private final Object v0;
  private final Object v1;
  private final Object v2;
  private final Object v3;
  /** The values after the fourth, or null. */
  private final Object[] more;
  /**
   * The sentence once rendered: its string ({@link #text()}, and from the {@link #KEPT_FROM}th
   * {@link #appendTo} on), or its bytes ({@link Rendered}, from the {@link #KEPT_FROM}th {@link
   * #renderTo} on), or the {@link Count} of the times {@link #renderTo} and {@link #appendTo}
   * rendered it before, or {@link #NEEDS_ESCAPING}. One field, racy like {@link
   * String#hashCode()}: a string is immutable, and {@link Rendered} holds its bytes in a final
   * field; a count lost to a race only delays the bytes.
   */
  private Object rendered;

  /**
   * From which rendering on a reason's bytes are kept: the shared reasons (the R9 table's, those
   * without values) are rendered millions of times; a reason that one subject shares between a few
   * of its visits (such as the evaluation window's) would make a copy of its bytes that is hardly
   * used (issue 14: keeping them from the second rendering made 40 % of the writer's garbage).
   */
  private static final int KEPT_FROM = 8;

  /** How many times {@link #renderTo} rendered a reason: one object per count, made once. */
  private static final class Count {
    final int times;

    Count(int times) {
      this.times = times;
    }
  }

  /** {@code COUNTS[i]}: rendered {@code i + 1} times. */
  private static final Count[] COUNTS = counts();

  private static Count[] counts() {
    Count[] counts = new Count[KEPT_FROM - 1];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = new Count(i + 1);
    }
    return counts;
  }

  /** {@link #rendered} of a reason whose sentence has text that a sink may escape: not kept. */
  private static final Object NEEDS_ESCAPING = new Object();

  private Reason(Kind kind, Object v0, Object v1, Object v2, Object v3, Object[] more) {
    this.kind = kind;
    this.v0 = v0;
    this.v1 = v1;
    this.v2 = v2;
    this.v3 = v3;
    this.more = more;
  }

  /** A reason of {@code kind} on a copy of {@code values}. */
  private static Reason copyOf(Kind kind, Object[] values) {
    int n = values.length;
    Object[] more = n <= 4 ? null : Arrays.copyOfRange(values, 4, n);
    return new Reason(kind, n > 0 ? values[0] : ABSENT, n > 1 ? values[1] : ABSENT,
        n > 2 ? values[2] : ABSENT, n > 3 ? values[3] : ABSENT, more);
  }

  /** A reason of {@code kind} decided on no value. */
  public static Reason of(Kind kind) {
    return WITHOUT_VALUES[kind.ordinal()];
  }

  /** A reason of {@code kind} decided on one value. */
  public static Reason of(Kind kind, Object v0) {
    return new Reason(kind, v0, ABSENT, ABSENT, ABSENT, null);
  }

  /** A reason of {@code kind} decided on two values, in the order of its template. */
  public static Reason of(Kind kind, Object v0, Object v1) {
    return new Reason(kind, v0, v1, ABSENT, ABSENT, null);
  }

  /** A reason of {@code kind} decided on three values, in the order of its template. */
  public static Reason of(Kind kind, Object v0, Object v1, Object v2) {
    return new Reason(kind, v0, v1, v2, ABSENT, null);
  }

  /** A reason of {@code kind} decided on four values, in the order of its template. */
  public static Reason of(Kind kind, Object v0, Object v1, Object v2, Object v3) {
    return new Reason(kind, v0, v1, v2, v3, null);
  }

  /**
   * A reason of {@code kind} decided on five values, in the order of its template (with no copy
   * of a varargs array: the best response's reason of each subject has five, issue 14).
   */
  public static Reason of(Kind kind, Object v0, Object v1, Object v2, Object v3, Object v4) {
    return new Reason(kind, v0, v1, v2, v3, new Object[] {v4});
  }

  /** A reason of {@code kind} decided on {@code values}, in the order of its template. */
  public static Reason of(Kind kind, Object... values) {
    return copyOf(kind, values);
  }

  private static Reason[] withoutValues() {
    Kind[] kinds = Kind.values();
    Reason[] reasons = new Reason[kinds.length];
    for (Kind k : kinds) {
      reasons[k.ordinal()] = copyOf(k, NO_VALUES);
    }
    return reasons;
  }

  /** The kind of finding. */
  public Kind kind() {
    return kind;
  }

  /** The rule cited, such as {@code R6.4}. */
  public String rule() {
    return kind.rule();
  }

  /**
   * The values the rule decided on, in the order of the sentence; {@link #namedValues()} names
   * them.
   */
  public List<Object> values() {
    Object[] all = new Object[valueCount()];
    for (int i = 0; i < all.length; i++) {
      all[i] = value(i);
    }
    return ImmutableList.copyOf(all);
  }

  /** How many values the rule decided on: the size of {@link #values()}. */
  public int valueCount() {
    return more != null ? 4 + more.length
        : v3 != ABSENT ? 4 : v2 != ABSENT ? 3 : v1 != ABSENT ? 2 : v0 != ABSENT ? 1 : 0;
  }

  /**
   * The value at {@code index} of {@link #values()}, without the copy of the list: for a rule that
   * compares a reason with the one it would make (issue 14).
   *
   * @throws IndexOutOfBoundsException if {@code index} is not below {@link #valueCount()}
   */
  public Object value(int index) {
    Object v = raw(index);
    return v instanceof Change ? change((Change) v) : v;
  }

  /**
   * The value at {@code index} as kept: a {@link Change} as such.
   *
   * @throws IndexOutOfBoundsException if {@code index} is not below {@link #valueCount()}
   */
  private Object raw(int index) {
    Object v = rawOrAbsent(index);
    if (v == ABSENT) {
      throw noValue(index);
    }
    return v;
  }

  /** The value at {@code index} as kept, {@link #ABSENT} beyond the last. */
  private Object rawOrAbsent(int index) {
    switch (index) {
      case 0:
        return v0;
      case 1:
        return v1;
      case 2:
        return v2;
      case 3:
        return v3;
      default:
        return more != null && index >= 4 && index - 4 < more.length ? more[index - 4] : ABSENT;
    }
  }

  /** The change {@code c} names, made of the two diameters. */
  private PercentChange change(Change c) {
    long tenths = diameter(c, c.value).tenths();
    long reference = diameter(c, c.reference).tenths();
    return c.magnitude ? PercentChange.magnitude(tenths, reference)
        : PercentChange.signed(tenths, reference);
  }

  /**
   * The diameter at {@code index}, which the change {@code c} names.
   *
   * @throws IllegalStateException if there is no diameter at {@code index}
   */
  private Diameter diameter(Change c, int index) {
    Object v = rawOrAbsent(index);
    if (!(v instanceof Diameter)) {
      throw new IllegalStateException(kind + ": a change in percent (Reason.changeOf) from value "
          + c.reference + " to value " + c.value + ", which are not both diameters among its "
          + valueCount() + " values");
    }
    return (Diameter) v;
  }

  /** The failure of {@link #value} at {@code index}: out of line, so that it compiles small. */
  private IndexOutOfBoundsException noValue(int index) {
    return new IndexOutOfBoundsException("value " + index + " of " + valueCount());
  }

  /**
   * The values the rule decided on, each under its name ({@link Kind#valueNames()}), in the order of
   * the sentence: {@code {sum=49 mm, decreasePct=30.0, baseline=70 mm}} for a partial response
   * (Rule R6.4). Prints as it reads.
   */
  public ImmutableMap<String, Object> namedValues() {
    int n = valueCount();
    ImmutableMap.Builder<String, Object> named = ImmutableMap.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      named.put(i < kind.valueNames.size() ? kind.valueNames.get(i) : "value" + i, value(i));
    }
    return named.buildOrThrow();
  }

  /**
   * The plain sentence, rendered the first time it is asked for and kept: reasons are shared (the
   * R9 table's, those without values), so many are rendered only once.
   */
  public String text() {
    Object r = rendered; // one read: another thread may render it too, to the same string
    if (r instanceof String) {
      return (String) r;
    }
    if (r instanceof Rendered) {
      return new String(((Rendered) r).bytes, StandardCharsets.US_ASCII);
    }
    String t = render(new StringBuilder(kind.template.length() + 64)).toString();
    rendered = t;
    return t;
  }

  /**
   * Appends the plain sentence to {@code s}, and returns it. A reason appended an {@link
   * #KEPT_FROM}th time keeps its sentence ({@link #text()}), as {@link #renderTo} keeps its bytes:
   * the shared reasons (the R9 table's, those without values) are then appended as one string
   * (issue 14). A caller that writes bytes renders into them instead ({@link #renderTo(Sink)}, as
   * the JSON and the text report of {@code recist assess} do).
   */
  public StringBuilder appendTo(StringBuilder s) {
    Object r = rendered; // racy, as in renderTo
    if (r instanceof String) {
      return s.append((String) r);
    }
    if (countedToKeep(r)) {
      return s.append(text());
    }
    return render(s);
  }

  /**
   * Counts one more rendering of a reason whose {@link #rendered} was {@code r}: true when this is
   * the {@link #KEPT_FROM}th and what it renders is to be kept (by {@link #appendTo} as a string,
   * by {@link #renderTo} as bytes).
   */
  private boolean countedToKeep(Object r) {
    if (r == null) {
      rendered = COUNTS[0];
    } else if (r instanceof Count) {
      int times = ((Count) r).times;
      if (times >= COUNTS.length) {
        return true;
      }
      rendered = COUNTS[times];
    }
    return false;
  }

  private StringBuilder render(StringBuilder s) {
    String[] literals = kind.literalText;
    int[] slots = kind.slots;
    s.append(literals[0]);
    for (int i = 0; i < slots.length; i++) {
      appendValue(s, value(slots[i]));
      s.append(literals[i + 1]);
    }
    return s;
  }

  /** A value of a sentence as {@link #text()} shows it: a list as its elements, joined by commas. */
  private static void appendValue(StringBuilder s, Object value) {
    if (!single(value) && value instanceof Iterable) {
      String separator = "";
      for (Object o : (Iterable<?>) value) {
        s.append(separator).append(o);
        separator = ", ";
      }
    } else {
      s.append(value);
    }
  }

  /** The ASCII bytes of {@code text}, or null when some of it needs escaping or is not ASCII. */
  private static byte[] asciiOrNull(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
        return null;
      }
    }
    return text.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Whether {@code value} is of a class that a rule gives as a single value: tested before a test
   * for {@link Iterable}, an interface, which scans the interfaces of the value's class.
   */
  private static boolean single(Object value) {
    return value instanceof String || value instanceof Diameter || value instanceof PercentChange
        || value instanceof LocalDate || value instanceof Integer || value instanceof Enum;
  }

  /**
   * Where {@link #renderTo(Sink)} writes a sentence, such as an output buffer of bytes: the
   * template's text and the digits of numbers and dates arrive as ASCII that is safe as it is in
   * any text format (printable, no quote, no backslash); the text of values from the input (lesion
   * ids, sites) arrives as strings, for the sink to encode and escape as its format needs.
   */
  public interface Sink {
    /**
     * What follows takes at most {@code bytes} bytes, until the next call of {@code room}: {@link
     * Reason#renderTo} says so before it gives the sink anything, so that a sink writing into a
     * buffer can make room once for a sentence instead of once per piece (issue 14). Counted are
     * the bytes given to every method but {@link #text}, whose text is not known in advance: a
     * sink makes room for that text when it gets it, with the room of the last call still after it.
     * A sentence calls {@code room} again after a list and after a reason among its values (each
     * element of a list, and the nested reason, has made room of its own). By default nothing.
     */
    default void room(int bytes) {}

    /** Safe ASCII bytes, all of {@code b}: template text. Must not keep {@code b}. */
    void ascii(byte[] b);

    /** One safe ASCII character, such as a digit. */
    void ascii(int c);

    /** Text that may need escaping in the sink's format. */
    void text(String s);

    /**
     * A number of tenths as {@link Diameter#toString()} prints its millimetres, without the unit:
     * {@code 9.5}, {@code 32}, {@code -0.5}. A sink that writes bytes may write it in one pass
     * (issue 14); by default it goes through {@link #number} and {@link #ascii(int)}.
     */
    default void tenths(long tenths) {
      long whole = tenths / 10;
      long tenth = Math.abs(tenths % 10);
      if (tenth != 0 && tenths < 0 && whole == 0) {
        ascii('-');
      }
      number(whole);
      if (tenth != 0) {
        ascii('.');
        ascii((int) ('0' + tenth));
      }
    }

    /**
     * A number of tenths, at least 0, with its one decimal always written, as a {@link
     * PercentChange} prints its magnitude: {@code 30.0}, {@code 4.5}.
     */
    default void oneDecimal(long tenths) {
      number(tenths / 10);
      ascii('.');
      ascii((int) ('0' + tenths % 10));
    }

    /** A date as {@link LocalDate#toString()} prints it: {@code 2024-03-08}. */
    default void date(LocalDate date) {
      int year = date.getYear();
      if (year < 1000 || year > 9999) {
        text(date.toString());
        return;
      }
      number(year);
      ascii('-');
      int month = date.getMonthValue();
      ascii('0' + month / 10);
      ascii('0' + month % 10);
      ascii('-');
      int day = date.getDayOfMonth();
      ascii('0' + day / 10);
      ascii('0' + day % 10);
    }

    /** A whole number, as {@link Long#toString(long)} writes it. */
    default void number(long value) {
      if (value < 0) {
        if (value == Long.MIN_VALUE) {
          text(Long.toString(value));
          return;
        }
        ascii('-');
        value = -value;
      }
      long unit = 1;
      while (unit <= value / 10) {
        unit *= 10;
      }
      for (; unit > 0; unit /= 10) {
        ascii((int) ('0' + value / unit % 10));
      }
    }
  }

  /**
   * Writes the sentence of {@link #text()} to {@code sink}, without building it as a string: the
   * template's text as split once per {@link Kind}, numbers, diameters, percentages and dates as
   * digits; every other value as its {@code toString()} through {@link Sink#text}.
   */
  public void renderTo(Sink sink) {
    Object r = rendered; // racy: at worst a rendering more, or the bytes kept a little later
    if (r instanceof Rendered) {
      byte[] bytes = ((Rendered) r).bytes;
      sink.room(bytes.length);
      sink.ascii(bytes);
      return;
    }
    if (countedToKeep(r)) {
      keep(sink);
      return;
    }
    renderValues(sink);
  }

  /** Renders the sentence for the {@link #KEPT_FROM}th time, and keeps its bytes if it may. */
  private void keep(Sink sink) {
    Rendered bytes = Rendered.of(this);
    if (bytes != null) {
      rendered = bytes;
      sink.room(bytes.bytes.length);
      sink.ascii(bytes.bytes);
    } else {
      rendered = NEEDS_ESCAPING;
      renderValues(sink);
    }
  }

  /**
   * The sentence as bytes, kept by a reason rendered a {@link #KEPT_FROM}th time when it is all safe ASCII: the
   * shared reasons (the R9 table's, those without values) are then copied, not rendered again. The
   * final field makes the bytes safe to share between threads. Made from the sentence's text, not
   * through a {@link Sink} of its own: a writer's sink is then the only one that {@link
   * #renderValues} sees, and the compiled code has only its methods inlined (issue 14: with two
   * sinks, {@code renderValue} compiled to 47 KB of machine code, twice).
   */
  private static final class Rendered {
    final byte[] bytes;

    private Rendered(byte[] bytes) {
      this.bytes = bytes;
    }

    /** The sentence of {@code reason} as bytes; null when some text in it needs escaping. */
    static Rendered of(Reason reason) {
      byte[] bytes =
          asciiOrNull(reason.render(new StringBuilder(reason.kind.template.length() + 64)));
      return bytes == null ? null : new Rendered(bytes);
    }
  }

  /**
   * The sentence, piece by piece, after room made once for all of it but the text of its values
   * ({@link Sink#room}); again after a list or a reason among the values, which made room of their
   * own.
   */
  private void renderValues(Sink sink) {
    Kind k = kind;
    byte[][] literals = k.literals;
    int[] slots = k.slots;
    sink.room(k.room);
    sink.ascii(literals[0]);
    for (int i = 0; i < slots.length; i++) {
      Object value = raw(slots[i]);
      if (value instanceof Diameter) {
        sink.tenths(((Diameter) value).tenths());
        sink.ascii(k.millimetresThenLiterals[i + 1]);
      } else {
        if (renderValue(sink, value, this)) {
          sink.room(k.room);
        }
        sink.ascii(literals[i + 1]);
      }
    }
  }

  /** The most bytes of a value other than text, and of the {@code ", "} before it in a list. */
  private static final int VALUE_ROOM = 26;

  /**
   * A value as {@link String#valueOf(Object)} shows it; a list of values, given as a value of the
   * sentence ({@code top}, the reason, null for an element of a list), as its elements so shown,
   * joined by {@code ", "} (a list inside it as {@code String.valueOf} shows a list); a change
   * kept as two of the reason's diameters ({@link #changeOf}) from their digits. The final classes of the values come first: testing for a
   * class is one comparison, testing for an interface ({@link Iterable}) scans the interfaces of
   * the value's class, and took 8 % of the writer's time when it came first (issue 14). Lists and
   * other values are out of line ({@link #renderOther}), so that the compiled method stays small.
   * Whether the value made room of its own ({@link Sink#room}): a list or a reason.
   */
  private static boolean renderValue(Sink sink, Object value, Reason top) {
    if (value instanceof String) {
      sink.text((String) value);
    } else if (value instanceof Diameter) {
      millimetres(sink, ((Diameter) value).tenths());
    } else if (value instanceof PercentChange || value instanceof Change && top != null) {
      // a change given as such or kept as two diameters of the reason (changeOf): one call, so
      // that the JIT inlines one copy of its rendering (issue 14)
      long tenths;
      long reference;
      boolean magnitude;
      if (value instanceof PercentChange) {
        PercentChange c = (PercentChange) value;
        tenths = c.tenths();
        reference = c.referenceTenths();
        magnitude = c.isMagnitude();
      } else {
        Change c = (Change) value;
        tenths = top.diameter(c, c.value).tenths();
        reference = top.diameter(c, c.reference).tenths();
        magnitude = c.magnitude;
      }
      PercentChange.renderTo(sink, tenths, reference, magnitude);
    } else if (value instanceof LocalDate) {
      sink.date((LocalDate) value);
    } else if (value instanceof Integer) {
      sink.number((Integer) value);
    } else if (value instanceof Enum) {
      sink.text(value.toString());
    } else {
      return renderOther(sink, value, top != null);
    }
    return false;
  }

  /**
   * A value of {@link #renderValue} that is none of the common final classes: lists, reasons;
   * whether it made room of its own.
   */
  private static boolean renderOther(Sink sink, Object value, boolean top) {
    if (value instanceof Long) {
      sink.number((Long) value);
    } else if (value instanceof Reason) {
      ((Reason) value).renderTo(sink);
      return true;
    } else if (top && value instanceof ArrayList) {
      List<?> list = (ArrayList<?>) value;
      for (int i = 0; i < list.size(); i++) {
        element(sink, i, list.get(i));
      }
      return true;
    } else if (top && value instanceof ImmutableList) {
      List<?> list = (ImmutableList<?>) value;
      for (int i = 0; i < list.size(); i++) {
        element(sink, i, list.get(i));
      }
      return true;
    } else if (top && value instanceof Iterable) {
      int i = 0;
      for (Object o : (Iterable<?>) value) {
        element(sink, i++, o);
      }
      return true;
    } else {
      sink.text(String.valueOf(value));
    }
    return false;
  }

  /**
   * The list element {@code i}, after {@code ", "} but the first, in room made for the two ({@link
   * #VALUE_ROOM}); the sentence makes room again after the list.
   */
  private static void element(Sink sink, int i, Object value) {
    sink.room(VALUE_ROOM);
    if (i > 0) {
      sink.ascii(COMMA);
    }
    renderValue(sink, value, null);
  }

  private static final byte[] COMMA = {',', ' '};

  /** A diameter as {@link Diameter#toString()} prints it: {@code 9.5 mm}, {@code 32 mm}. */
  private static void millimetres(Sink sink, long tenths) {
    sink.tenths(tenths);
    sink.ascii(MILLIMETRES_BYTES);
  }

  /** What follows the digits of a diameter. */
  private static final String MILLIMETRES = " mm";
  private static final byte[] MILLIMETRES_BYTES = {' ', 'm', 'm'};

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Reason)) {
      return false;
    }
    Reason r = (Reason) o;
    if (r.kind != kind) {
      return false;
    }
    if (Objects.equals(r.v0, v0) && Objects.equals(r.v1, v1) && Objects.equals(r.v2, v2)
        && Objects.equals(r.v3, v3) && Arrays.equals(r.more, more)) {
      return true;
    }
    // a change kept as two positions (changeOf) equals the change given as such
    if (!hasChanges() && !r.hasChanges()) {
      return false;
    }
    int n = valueCount();
    if (n != r.valueCount()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (!Objects.equals(value(i), r.value(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a value is kept as a {@link #changeOf}. */
  private boolean hasChanges() {
    if (v0 instanceof Change || v1 instanceof Change || v2 instanceof Change
        || v3 instanceof Change) {
      return true;
    }
    if (more != null) {
      for (Object v : more) {
        if (v instanceof Change) {
          return true;
        }
      }
    }
    return false;
  }

  /** As {@code 31 * kind.hashCode() + Arrays.hashCode(values)}, with no array made. */
  @Override
  public int hashCode() {
    int h = 1;
    for (int i = 0, n = valueCount(); i < n; i++) {
      h = 31 * h + Objects.hashCode(value(i));
    }
    return 31 * kind.hashCode() + h;
  }

  /** The sentence, as {@link #text()}. */
  @Override
  public String toString() {
    return text();
  }
}
