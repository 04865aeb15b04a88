package io.github.recist.examples.sdtm;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.recist.model.Subject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One subject of the study as the ADaM writers need it: the ADSL variables, the subject built for
 * the engine (absent when it has no tumour data), its overall responses as recorded, the visits of
 * its measurements by date, and whether it had measurable disease at baseline.
 */
public final class StudySubject {
  private final String id;
  private final ImmutableMap<String, String> adsl;
  private final Subject subject;
  private final ImmutableList<OverallResponseRecord> recorded;
  private final ImmutableMap<LocalDate, OverallResponseRecord> visits;
  private final Boolean measurableDisease;

  StudySubject(String id, Map<String, String> adsl, Subject subject,
      ImmutableList<OverallResponseRecord> recorded, Map<LocalDate, OverallResponseRecord> visits,
      Boolean measurableDisease) {
    this.id = id;
    this.adsl = ImmutableMap.copyOf(adsl);
    this.subject = subject;
    this.recorded = recorded;
    this.visits = ImmutableMap.copyOf(visits);
    this.measurableDisease = measurableDisease;
  }

  /**
   * A subject of a case file, without ADSL: its id as USUBJID, its reference date as RANDDT (and
   * TRTSDT), its date of death as DTHDT; the visits of its assessments are named by their dates.
   */
  public static StudySubject of(Subject subject) {
    Map<String, String> adsl = new java.util.LinkedHashMap<>();
    adsl.put("USUBJID", subject.id());
    adsl.put("RANDDT", subject.referenceDate().toString());
    adsl.put("TRTSDT", subject.referenceDate().toString());
    subject.deathDate().ifPresent(d -> adsl.put("DTHDT", d.toString()));
    Map<LocalDate, OverallResponseRecord> visits = new java.util.LinkedHashMap<>();
    ImmutableList.Builder<OverallResponseRecord> recorded = ImmutableList.builder();
    int seq = 0;
    for (io.github.recist.model.RecordedResponse r : subject.recordedInDateOrder()) {
      String code = OverallResponseRecord.code(r.code());
      Map<String, String> rs = new java.util.LinkedHashMap<>();
      rs.put("DOMAIN", "RS");
      rs.put("RSTESTCD", "OVRLRESP");
      rs.put("RSTEST", "Overall Response");
      if (code != null) {
        rs.put("RSORRES", code);
        rs.put("RSSTRESC", code);
      }
      rs.put("RSDTC", r.date().toString());
      rs.put("RSSEQ", Integer.toString(++seq));
      recorded.add(new OverallResponseRecord(null, null, r.date(), null, r.date().toString(), code, seq, rs));
    }
    for (io.github.recist.model.Assessment a : subject.assessments()) {
      visits.put(a.date(), new OverallResponseRecord(null, null, a.date(), null, a.date().toString(), null,
          null, Map.of()));
    }
    boolean measurable = !subject.targets().isEmpty();
    return new StudySubject(subject.id(), adsl, subject, recorded.build(), visits,
        subject.isRecorded() ? null : measurable);
  }

  /** USUBJID. */
  public String id() {
    return id;
  }

  /** The ADSL variables of the subject (missing values left out). */
  public ImmutableMap<String, String> adsl() {
    return adsl;
  }

  /** The subject for the engine, if it has tumour data. */
  public Optional<Subject> subject() {
    return Optional.ofNullable(subject);
  }

  /** The recorded overall responses of the evaluator (RS OVRLRESP), in RS order; empty from measurements. */
  public ImmutableList<OverallResponseRecord> recorded() {
    return recorded;
  }

  /** The visits of the measurements by assessment date (with {@code --use measurements}). */
  public ImmutableMap<LocalDate, OverallResponseRecord> visits() {
    return visits;
  }

  /** Whether TU shows a target lesion at baseline for the evaluator; absent without TU. */
  public Optional<Boolean> measurableDisease() {
    return Optional.ofNullable(measurableDisease);
  }

  @Override
  public String toString() {
    return id + (subject == null ? " (no tumour data)" : "");
  }
}
