package io.github.recist.model;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * The protocol options under which a subject is assessed: confirmation, the minimum intervals, the
 * evaluation window, strictness, and the conventions of RECIST-RULES.md as named options.
 *
 * <p>Start from {@link #defaults()} and change what the protocol says with the {@code with…}
 * copies: {@code Protocol.defaults().withConfirmation(Confirmation.NOT_REQUIRED)}. The names in
 * parentheses below are the parameters of admiralonco's {@code derive_param_confirmed_bor} that each
 * option matches (Rule R12).
 */
@Value.Immutable
public abstract class Protocol {

  /** Default least days between a response and the assessment that confirms it: 28 (R12). */
  public static final int DEFAULT_MIN_CONFIRMATION_DAYS = 28;
  /** Default least days from the reference date for SD to count as best response: 42 (R11). */
  public static final int DEFAULT_MIN_STABLE_DISEASE_DAYS = 42;
  /** Default follow-up: 365 days, the one-year follow-up of NCT03356782 (R10). */
  public static final int DEFAULT_FOLLOW_UP_DAYS = 365;
  /** Default most NE visits between a response and its confirmation: 1 (R12). */
  public static final int DEFAULT_MAX_NOT_EVALUABLE_BETWEEN = 1;
  /** Most days from baseline imaging to the start of treatment without a warning: 28 (R3). */
  public static final int DEFAULT_MAX_BASELINE_DAYS_BEFORE_START = 28;
  /**
   * Default least days from an iUPD to a visit that can confirm or reset it: 28 (Rule R14.5; the
   * iRECIST FAQ allows a protocol variance of ±2 days, so a protocol may set 26).
   */
  public static final int DEFAULT_MIN_PROGRESSION_CONFIRMATION_DAYS = 28;
  /**
   * Default most days from an iUPD to the first visit that confirms or resets it without a warning:
   * 56 (Rule R14.5, Convention {@code LATE_NEXT_VISIT_COUNTS}: a later visit still counts).
   */
  public static final int DEFAULT_MAX_PROGRESSION_CONFIRMATION_DAYS = 56;

  private static final Protocol DEFAULTS = ImmutableProtocol.builder().build();

  Protocol() {}

  /**
   * The defaults of the case format: RECIST 1.1, confirmation required, 28 days to confirm, 42 days
   * for SD, a 365-day window, one NE allowed between, no SD between, no persistent PR, no missing as
   * NE, Table 3 read as admiralonco does, not strict; for iRECIST, 28 to 56 days to confirm
   * progression, and an unconfirmed iUPD is no event.
   */
  public static Protocol defaults() {
    return DEFAULTS;
  }

  /** The rule set; RECIST 1.1 by default. */
  @Value.Default
  public Criteria criteria() {
    return Criteria.RECIST_1_1;
  }

  /** Whether CR and PR need confirmation for best overall response (R11, R12); required by default. */
  @Value.Default
  public Confirmation confirmation() {
    return Confirmation.REQUIRED;
  }

  /** Least days between a response and its confirming assessment (R12; admiralonco {@code ref_confirm}). */
  @Value.Default
  public int minConfirmationDays() {
    return DEFAULT_MIN_CONFIRMATION_DAYS;
  }

  /**
   * Least days from the reference date to an assessment for SD or NON_CR_NON_PD to count as best
   * response (R11, R12; admiralonco {@code ref_start_window}).
   */
  @Value.Default
  public int minStableDiseaseDays() {
    return DEFAULT_MIN_STABLE_DISEASE_DAYS;
  }

  /** Days after the reference date that the evaluation window covers (R10). */
  @Value.Default
  public int followUpDays() {
    return DEFAULT_FOLLOW_UP_DAYS;
  }

  /** Most NE visits allowed between a response and its confirmation (R12; admiralonco {@code max_nr_ne}). */
  @Value.Default
  public int maxNotEvaluableBetween() {
    return DEFAULT_MAX_NOT_EVALUABLE_BETWEEN;
  }

  /** Whether one SD is allowed between a PR and its confirmation (R12; admiralonco {@code accept_sd}). */
  @Value.Default
  public boolean acceptStableDiseaseBetween() {
    return false;
  }

  /**
   * Whether, after a PR (confirmed where confirmation is required), a visit that would be SD stays PR,
   * as the RECIST FAQ reads it (Convention of R6).
   */
  @Value.Default
  public boolean persistentPartialResponse() {
    return false;
  }

  /** Whether a subject with no assessment after baseline gets NE instead of MISSING (R12; admiralonco {@code missing_as_ne}). */
  @Value.Default
  public boolean missingAsNotEvaluable() {
    return false;
  }

  /**
   * Least days from the first iUPD of an open run to a visit that can confirm or reset it; an
   * earlier visit is disregarded (Rule R14.5). Accepted and without effect under RECIST 1.1.
   */
  @Value.Default
  public int minProgressionConfirmationDays() {
    return DEFAULT_MIN_PROGRESSION_CONFIRMATION_DAYS;
  }

  /**
   * Most days from the first iUPD of a run to its first counted visit without a warning; a later
   * one still confirms or resets (Rule R14.5). Accepted and without effect under RECIST 1.1.
   */
  @Value.Default
  public int maxProgressionConfirmationDays() {
    return DEFAULT_MAX_PROGRESSION_CONFIRMATION_DAYS;
  }

  /**
   * Whether an iUPD run still open at the last visit considered dates progression at its iUPD
   * (Rule R14.12, Convention; default false). Accepted and without effect under RECIST 1.1.
   */
  @Value.Default
  public boolean unconfirmedProgressionAsEvent() {
    return false;
  }

  /**
   * How the confirmed best response reads a CR followed by an early SD or by a PR (Convention of
   * R12): {@link TableThree#ADMIRALONCO} by default, or {@link TableThree#RECIST_TABLE_3}. No effect
   * when confirmation is not required.
   */
  @Value.Default
  public TableThree tableThree() {
    return TableThree.ADMIRALONCO;
  }

  /** Whether protocol deviations (Rules R1–R3) are errors rather than warnings. */
  @Value.Default
  public boolean strict() {
    return false;
  }

  /** Most days baseline imaging may precede the reference date without a warning (R3). */
  @Value.Default
  public int maxBaselineDaysBeforeStart() {
    return DEFAULT_MAX_BASELINE_DAYS_BEFORE_START;
  }

  /** Whether confirmation is required. */
  public boolean confirmationRequired() {
    return confirmation() == Confirmation.REQUIRED;
  }

  /** A copy under {@code criteria}. */
  public Protocol withCriteria(Criteria criteria) {
    return ImmutableProtocol.builder().from(this).criteria(criteria).build();
  }

  /** A copy with confirmation required or not. */
  public Protocol withConfirmation(Confirmation confirmation) {
    return ImmutableProtocol.builder().from(this).confirmation(confirmation).build();
  }

  /**
   * A copy with this confirmation interval.
   *
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public Protocol withMinConfirmationDays(int days) {
    return ImmutableProtocol.builder().from(this).minConfirmationDays(days).build();
  }

  /**
   * A copy with this minimum SD duration.
   *
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public Protocol withMinStableDiseaseDays(int days) {
    return ImmutableProtocol.builder().from(this).minStableDiseaseDays(days).build();
  }

  /**
   * A copy with this follow-up window.
   *
   * @throws IllegalArgumentException if {@code days} is not positive
   */
  public Protocol withFollowUpDays(int days) {
    return ImmutableProtocol.builder().from(this).followUpDays(days).build();
  }

  /**
   * A copy allowing this many NE visits between a response and its confirmation.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public Protocol withMaxNotEvaluableBetween(int count) {
    return ImmutableProtocol.builder().from(this).maxNotEvaluableBetween(count).build();
  }

  /** A copy that does (or does not) accept one SD between a PR and its confirmation. */
  public Protocol withAcceptStableDiseaseBetween(boolean accept) {
    return ImmutableProtocol.builder().from(this).acceptStableDiseaseBetween(accept).build();
  }

  /** A copy that does (or does not) keep a PR through later SD-level visits (Convention of R6). */
  public Protocol withPersistentPartialResponse(boolean persistent) {
    return ImmutableProtocol.builder().from(this).persistentPartialResponse(persistent).build();
  }

  /** A copy that gives NE (or MISSING) to a subject with no assessment after baseline. */
  public Protocol withMissingAsNotEvaluable(boolean missingAsNotEvaluable) {
    return ImmutableProtocol.builder().from(this).missingAsNotEvaluable(missingAsNotEvaluable).build();
  }

  /** A copy that reads a CR followed by an early SD or by a PR as {@code tableThree} says (R12). */
  public Protocol withTableThree(TableThree tableThree) {
    return ImmutableProtocol.builder().from(this).tableThree(tableThree).build();
  }

  /** A copy in which protocol deviations are (or are not) errors. */
  public Protocol withStrict(boolean strict) {
    return ImmutableProtocol.builder().from(this).strict(strict).build();
  }

  /**
   * A copy with this baseline window (R3).
   *
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public Protocol withMaxBaselineDaysBeforeStart(int days) {
    return ImmutableProtocol.builder().from(this).maxBaselineDaysBeforeStart(days).build();
  }

  /**
   * A copy in which a visit closer than {@code days} to an open run's iUPD is disregarded (R14.5).
   *
   * @throws IllegalArgumentException if {@code days} is negative, or above {@link
   *     #maxProgressionConfirmationDays()}
   */
  public Protocol withMinProgressionConfirmationDays(int days) {
    return ImmutableProtocol.builder().from(this).minProgressionConfirmationDays(days).build();
  }

  /**
   * A copy in which a first counted visit later than {@code days} after its iUPD is warned about
   * (R14.5).
   *
   * @throws IllegalArgumentException if {@code days} is below {@link #minProgressionConfirmationDays()}
   */
  public Protocol withMaxProgressionConfirmationDays(int days) {
    return ImmutableProtocol.builder().from(this).maxProgressionConfirmationDays(days).build();
  }

  /** A copy in which an iUPD still open at the end does (or does not) date progression (R14.12). */
  public Protocol withUnconfirmedProgressionAsEvent(boolean asEvent) {
    return ImmutableProtocol.builder().from(this).unconfirmedProgressionAsEvent(asEvent).build();
  }

  @Value.Check
  void check() {
    checkArgument(minConfirmationDays() >= 0, "minConfirmationDays must be at least 0, not %s", minConfirmationDays());
    checkArgument(minStableDiseaseDays() >= 0, "minStableDiseaseDays must be at least 0, not %s", minStableDiseaseDays());
    checkArgument(followUpDays() > 0, "followUpDays must be positive, not %s", followUpDays());
    checkArgument(maxNotEvaluableBetween() >= 0, "maxNotEvaluableBetween must be at least 0, not %s", maxNotEvaluableBetween());
    checkArgument(maxBaselineDaysBeforeStart() >= 0, "maxBaselineDaysBeforeStart must be at least 0, not %s", maxBaselineDaysBeforeStart());
    checkArgument(minProgressionConfirmationDays() >= 0,
        "minProgressionConfirmationDays must be at least 0, not %s", minProgressionConfirmationDays());
    checkArgument(maxProgressionConfirmationDays() >= minProgressionConfirmationDays(),
        "maxProgressionConfirmationDays %s is below minProgressionConfirmationDays %s (R14.5)",
        maxProgressionConfirmationDays(), minProgressionConfirmationDays());
  }

  /** Prints the options that differ from the defaults, such as {@code Protocol[RECIST_1_1, confirmation NOT_REQUIRED]}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Protocol[").append(criteria());
    Protocol d = DEFAULTS;
    if (this == d) {
      return s.append(", defaults]").toString();
    }
    if (confirmation() != d.confirmation()) s.append(", confirmation ").append(confirmation());
    if (minConfirmationDays() != d.minConfirmationDays()) s.append(", minConfirmationDays ").append(minConfirmationDays());
    if (minStableDiseaseDays() != d.minStableDiseaseDays()) s.append(", minStableDiseaseDays ").append(minStableDiseaseDays());
    if (followUpDays() != d.followUpDays()) s.append(", followUpDays ").append(followUpDays());
    if (maxNotEvaluableBetween() != d.maxNotEvaluableBetween()) s.append(", maxNotEvaluableBetween ").append(maxNotEvaluableBetween());
    if (acceptStableDiseaseBetween()) s.append(", acceptStableDiseaseBetween");
    if (persistentPartialResponse()) s.append(", persistentPartialResponse");
    if (missingAsNotEvaluable()) s.append(", missingAsNotEvaluable");
    if (tableThree() != d.tableThree()) s.append(", tableThree ").append(tableThree());
    if (strict()) s.append(", strict");
    if (maxBaselineDaysBeforeStart() != d.maxBaselineDaysBeforeStart()) s.append(", maxBaselineDaysBeforeStart ").append(maxBaselineDaysBeforeStart());
    if (minProgressionConfirmationDays() != d.minProgressionConfirmationDays()) s.append(", minProgressionConfirmationDays ").append(minProgressionConfirmationDays());
    if (maxProgressionConfirmationDays() != d.maxProgressionConfirmationDays()) s.append(", maxProgressionConfirmationDays ").append(maxProgressionConfirmationDays());
    if (unconfirmedProgressionAsEvent()) s.append(", unconfirmedProgressionAsEvent");
    return s.append(']').toString();
  }

  /** A builder, for readers that set each option. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Protocol}; every option not set keeps its default. */
  public static final class Builder extends ImmutableProtocol.Builder {
    Builder() {}
  }
}
