package io.github.recist.examples.sdtm;

import io.github.recist.model.Criteria;
import java.util.Objects;

/**
 * The mapping choices of the SDTM reader ({@code ../shared/spec/sdtm-mapping.md} §7), each a named
 * option with the documented default: {@link #defaults()} reads the recorded responses of the
 * investigator under RECIST 1.1, with the reference date from ADSL {@code RANDDT} and partial dates
 * imputed to the last day (admiralonco's ADRS template).
 */
public final class SdtmOptions {

  /** What the subjects are built from. */
  public enum Use {
    /** RS {@code OVRLRESP}: the recorded overall response of each visit. */
    RESPONSES,
    /** TU lesions and TR measurements: the responses are derived here. */
    MEASUREMENTS
  }

  /** Which variable is the reference date (start of SD duration and of the endpoints). */
  public enum ReferenceDate {
    /** ADSL {@code RANDDT}, the randomisation date (admiralonco's template). */
    RANDDT,
    /** ADSL {@code TRTSDT}, the start of treatment. */
    TRTSDT,
    /** DM {@code RFSTDTC} (ADSL's copy when no DM is given), the reference start. */
    RFSTDTC
  }

  /** How a partial ISO 8601 date ({@code 2014-02}, {@code 2014}) becomes a date. */
  public enum PartialDates {
    /** The last day of the month (or year): admiralonco's ADRS ({@code date_imputation = "last"}). */
    LAST_DAY,
    /** The first day of the month (or year): pharmaverse's ADTR. */
    FIRST_DAY
  }

  /** The evaluator of the investigator's reads ({@code RSEVAL}, {@code TUEVAL}, {@code TREVAL}). */
  public static final String INVESTIGATOR = "INVESTIGATOR";
  /** The accepted independent read: {@code INDEPENDENT ASSESSOR} with {@code --ACPTFL = Y}. */
  public static final String ACCEPTED = "ACCEPTED";

  private final Use use;
  private final String evaluator;
  private final ReferenceDate referenceDate;
  private final PartialDates partialDates;
  private final Criteria criteria;

  private SdtmOptions(Use use, String evaluator, ReferenceDate referenceDate,
      PartialDates partialDates, Criteria criteria) {
    this.use = Objects.requireNonNull(use);
    this.evaluator = Objects.requireNonNull(evaluator);
    this.referenceDate = Objects.requireNonNull(referenceDate);
    this.partialDates = Objects.requireNonNull(partialDates);
    this.criteria = Objects.requireNonNull(criteria);
  }

  /** Responses, investigator, RANDDT, last day, RECIST 1.1. */
  public static SdtmOptions defaults() {
    return new SdtmOptions(Use.RESPONSES, INVESTIGATOR, ReferenceDate.RANDDT,
        PartialDates.LAST_DAY, Criteria.RECIST_1_1);
  }

  /** What the subjects are built from. */
  public Use use() {
    return use;
  }

  /**
   * Whose reads: {@value #INVESTIGATOR}, {@value #ACCEPTED} (the adjudicated independent read), or
   * an independent reader's {@code --EVALID} such as {@code RADIOLOGIST 1}.
   */
  public String evaluator() {
    return evaluator;
  }

  /** The reference date variable. */
  public ReferenceDate referenceDate() {
    return referenceDate;
  }

  /** The imputation of partial dates. */
  public PartialDates partialDates() {
    return partialDates;
  }

  /** The criteria of the responses read ({@code RSCAT}). */
  public Criteria criteria() {
    return criteria;
  }

  /** A copy reading from {@code use}. */
  public SdtmOptions withUse(Use use) {
    return new SdtmOptions(use, evaluator, referenceDate, partialDates, criteria);
  }

  /** A copy reading {@code evaluator}'s records. */
  public SdtmOptions withEvaluator(String evaluator) {
    return new SdtmOptions(use, evaluator, referenceDate, partialDates, criteria);
  }

  /** A copy with that reference date. */
  public SdtmOptions withReferenceDate(ReferenceDate referenceDate) {
    return new SdtmOptions(use, evaluator, referenceDate, partialDates, criteria);
  }

  /** A copy imputing partial dates so. */
  public SdtmOptions withPartialDates(PartialDates partialDates) {
    return new SdtmOptions(use, evaluator, referenceDate, partialDates, criteria);
  }

  /** A copy reading responses of {@code criteria}. */
  public SdtmOptions withCriteria(Criteria criteria) {
    return new SdtmOptions(use, evaluator, referenceDate, partialDates, criteria);
  }

  /** Whether a record of evaluator {@code eval}, reader {@code evalId} and flag {@code acceptedFlag} is read. */
  boolean reads(String eval, String evalId, String acceptedFlag) {
    if (INVESTIGATOR.equals(evaluator)) {
      return eval == null || INVESTIGATOR.equals(eval);
    }
    if (ACCEPTED.equals(evaluator)) {
      return "INDEPENDENT ASSESSOR".equals(eval) && "Y".equals(acceptedFlag);
    }
    return evaluator.equals(evalId);
  }

  @Override
  public String toString() {
    return "use " + use + ", evaluator " + evaluator + ", reference date " + referenceDate
        + ", partial dates " + partialDates + ", criteria " + criteria;
  }
}
