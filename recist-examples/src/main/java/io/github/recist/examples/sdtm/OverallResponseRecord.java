package io.github.recist.examples.sdtm;

import com.google.common.collect.ImmutableMap;
import io.github.recist.model.IrecistResponse;
import io.github.recist.model.Response;
import io.github.recist.model.ResponseCode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One overall response of a visit, as an ADRS {@code OVR} record needs it: the visit, the analysis
 * date (imputed where the collected date is partial, with its flag), the response in CDISC spelling
 * ({@code NON-CR/NON-PD}; null when the assessment was not done), the sequence number and the RS
 * variables of the record it came from.
 */
public final class OverallResponseRecord {
  private final String visit;
  private final String visitNumber;
  private final LocalDate date;
  private final String dateFlag;
  private final String collectedDate;
  private final String response;
  private final Integer sequence;
  private final ImmutableMap<String, String> rs;

  /**
   * The CDISC spelling of a response, as RS and ADRS write it ({@code NON-CR/NON-PD}); null for ND
   * and NA, which have no RS value; every other code by its name.
   */
  public static String code(ResponseCode c) {
    if (c instanceof io.github.recist.model.VisitResponse r) {
      return code(r.category());
    }
    // iRECIST in CDISC spelling: NON-iCR/NON-iUPD (RS of the pharmaverse iRECIST set)
    return c == IrecistResponse.NON_ICR_NON_IUPD ? "NON-iCR/NON-iUPD" : c.code();
  }

  /**
   * The CDISC spelling of a RECIST 1.1 response: {@code NON-CR/NON-PD}; none for ND and NA.
   */
  public static String code(Response r) {
    switch (r) {
      case NON_CR_NON_PD:
        return "NON-CR/NON-PD";
      case ND:
      case NA:
        return null;
      default:
        return r.name();
    }
  }

  /**
   * A visit response; {@code dateFlag} is ADTF ({@code D}, {@code M}) or null; {@code rs} maps the RS
   * variables of the record (missing values left out).
   */
  public OverallResponseRecord(String visit, String visitNumber, LocalDate date, String dateFlag,
      String collectedDate, String response, Integer sequence, Map<String, String> rs) {
    this.visit = visit;
    this.visitNumber = visitNumber;
    this.date = Objects.requireNonNull(date);
    this.dateFlag = dateFlag;
    this.collectedDate = collectedDate;
    this.response = response;
    this.sequence = sequence;
    this.rs = ImmutableMap.copyOf(rs);
  }

  /** The visit name ({@code WEEK 6}), or null. */
  public String visit() {
    return visit;
  }

  /** The visit number as written ({@code 3}, {@code 9.2}), or null. */
  public String visitNumber() {
    return visitNumber;
  }

  /** The analysis date. */
  public LocalDate date() {
    return date;
  }

  /** The imputation flag of the date ({@code D}: the day was imputed; {@code M}: month and day), or null. */
  public String dateFlag() {
    return dateFlag;
  }

  /** The date as collected ({@code 2014-02}). */
  public String collectedDate() {
    return collectedDate;
  }

  /** The collected date imputed by {@code rule} (the analysis date when it cannot be parsed). */
  public LocalDate dateImputed(SdtmOptions.PartialDates rule) {
    try {
      return collectedDate == null ? date : IsoDates.parse(collectedDate, rule).date;
    } catch (IllegalArgumentException e) {
      return date;
    }
  }

  /** The response as CDISC spells it ({@code CR} … {@code NE}), or null when not done. */
  public String response() {
    return response;
  }

  /** The RSSEQ of the record, or null. */
  public Integer sequence() {
    return sequence;
  }

  /** The RS variables of the record. */
  public ImmutableMap<String, String> rs() {
    return rs;
  }

  @Override
  public String toString() {
    return visit + " " + date + " " + response;
  }
}
