package io.github.recist.examples.adam;

import com.google.common.collect.ImmutableList;
import io.github.recist.examples.sdtm.Dataset;
import io.github.recist.examples.sdtm.Dataset.Column;
import io.github.recist.examples.sdtm.Dataset.Type;
import io.github.recist.examples.sdtm.StudySubject;
import io.github.recist.examples.sdtm.OverallResponseRecord;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimeToEvent;
import io.github.recist.result.TimepointResult;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The ADaM datasets of a study, as the pharmaverse {@code admiralonco} templates shape them: ADRS
 * (one record per subject, parameter and date: {@code OVR} per assessment, then {@code PD}, {@code
 * RSP}, {@code CB}, {@code BOR}, {@code BCP}, {@code CRSP}, {@code CCB}, {@code CBOR}, {@code CBCP},
 * {@code DEATH}, {@code LSTA}, {@code MDIS} for every ADSL subject) and ADTTE ({@code OS}, {@code
 * PFS}, {@code RSD}), with the profile deciding where admiralonco and RECIST-RULES.md differ.
 *
 * <p>Under {@link AdamProfile#ADMIRALONCO} the parameters are derived from the {@code OVR} records
 * as admiralonco's events do ({@code R/response_sources.R}, {@code R/tte_sources.R}): {@code
 * ANL01FL} keeps the worst response of a date on or after {@code RANDDT}, {@code ANL02FL} the
 * records up to the first PD; a confirmed response needs a CR (or CR/PR for PR) at least {@code
 * minConfirmationDays} later with at most one NE between; SD needs {@code minStableDiseaseDays}
 * from {@code RANDDT}. Time to event is {@code ADT − STARTDT + 1} days. As in pharmaverseadam,
 * {@code CBCP} is {@code N} for every subject under this profile: the template derives it from the
 * ADRS as it was before {@code CBOR} was added (under {@link AdamProfile#RECIST_RULES} it is {@code
 * Y} when CBOR is CR or PR).
 */
public final class Adam {

  /** The ADRS variables in admiralonco's order (the pharmaverseadam {@code adrs_onco} columns). */
  static final ImmutableList<String> ADRS_COLUMNS = ImmutableList.of("STUDYID", "USUBJID", "SUBJID",
      "SITEID", "COUNTRY", "DOMAIN", "RFSTDTC", "RFENDTC", "RFXSTDTC", "RFXENDTC", "RFPENDTC",
      "SCRFDT", "FRVDT", "DTHDTC", "DTHADY", "DTHFL", "LDDTHELD", "LDDTHGR1", "DTH30FL", "DTHA30FL",
      "DTHDOM", "DTHB30FL", "ASEQ", "REGION1", "DMDTC", "DMDY", "AGE", "AGEU", "AGEGR1", "SEX",
      "RACE", "RACEGR1", "ETHNIC", "SAFFL", "ARM", "ARMCD", "ACTARM", "ACTARMCD", "TRT01P", "TRT01A",
      "TRTSDT", "TRTSDTM", "TRTSTMF", "TRTEDT", "TRTEDTM", "TRTETMF", "EOSSTT", "EOSDT", "RFICDTC",
      "RANDDT", "LSTALVDT", "TRTDURD", "DTHDT", "DTHCAUS", "DTHCGR1", "ADT", "ADTF", "AVISIT",
      "PARAM", "PARAMCD", "PARCAT1", "PARCAT2", "PARCAT3", "AVAL", "AVALC", "ANL01FL", "ANL02FL",
      "VISITNUM", "VISIT", "RSTESTCD", "RSTEST", "RSORRES", "RSSTRESC", "RSEVAL", "RSEVALID",
      "RSACPTFL", "RSDTC", "RSSEQ", "DTHDTF");

  /** The ADTTE variables in admiralonco's order. */
  static final ImmutableList<String> ADTTE_COLUMNS = ImmutableList.of("STUDYID", "USUBJID", "ASEQ",
      "AGE", "SEX", "ARM", "ARMCD", "ACTARM", "ACTARMCD", "ADT", "PARAM", "PARAMCD", "AVAL",
      "STARTDT", "CNSR", "EVNTDESC", "CNSDTDSC", "SRCDOM", "SRCVAR", "SRCSEQ");

  private static final Set<String> INTEGERS = Set.of("ASEQ", "RSSEQ", "AGE", "DMDY", "DTHADY",
      "TRTDURD", "LDDTHELD", "CNSR", "SRCSEQ");
  private static final Set<String> FLOATS = Set.of("AVAL", "VISITNUM");
  private static final List<String> RESPONSE_ORDER = List.of("CR", "PR", "SD", "NON-CR/NON-PD",
      "PD", "NE", "MISSING");

  /** What the ADaM writer takes of one subject. */
  public static final class SubjectData {
    final StudySubject subject;
    final List<OverallResponseRecord> overall;
    final SubjectAssessment notRequired;
    final SubjectAssessment required;

    /**
     * A subject: its ADSL data, its overall responses ({@code OVR}, in collection order), and, for
     * the {@link AdamProfile#RECIST_RULES} profile, the engine's assessments without and with
     * confirmation (null when the subject has no tumour data).
     */
    public SubjectData(StudySubject subject, List<OverallResponseRecord> overall,
        SubjectAssessment notRequired, SubjectAssessment required) {
      this.subject = subject;
      this.overall = overall;
      this.notRequired = notRequired;
      this.required = required;
    }
  }

  /** The two datasets. */
  public static final class Datasets {
    private final Dataset adrs;
    private final Dataset adtte;

    Datasets(Dataset adrs, Dataset adtte) {
      this.adrs = adrs;
      this.adtte = adtte;
    }

    /** ADRS. */
    public Dataset adrs() {
      return adrs;
    }

    /** ADTTE. */
    public Dataset adtte() {
      return adtte;
    }
  }

  private final AdamProfile profile;
  private final Protocol protocol;
  private final String evaluatorLabel;

  /**
   * A writer following {@code profile}, with the confirmation and SD intervals of {@code protocol};
   * {@code investigator} says whether the records are the investigator's (PARCAT2).
   */
  public Adam(AdamProfile profile, Protocol protocol, boolean investigator) {
    this.profile = profile;
    this.protocol = protocol;
    this.evaluatorLabel = investigator ? "Investigator" : "Independent Assessor";
  }

  /**
   * The OVR records of an assessment from measurements: one per time point, dated and named by the
   * visits of the subject's TR records, numbered from 1 (RSSEQ).
   */
  public static List<OverallResponseRecord> overallOf(SubjectAssessment a, StudySubject s, String evaluator) {
    List<OverallResponseRecord> out = new ArrayList<>();
    int seq = 0;
    for (TimepointResult t : a.timepoints()) {
      OverallResponseRecord visit = s.visits().get(t.date());
      String code = OverallResponseRecord.code(t.overall());
      seq++;
      Map<String, String> rs = new LinkedHashMap<>();
      rs.put("DOMAIN", "RS");
      rs.put("RSTESTCD", "OVRLRESP");
      rs.put("RSTEST", "Overall Response");
      if (code != null) {
        rs.put("RSORRES", code);
        rs.put("RSSTRESC", code);
      }
      rs.put("RSEVAL", evaluator);
      rs.put("RSDTC", visit == null ? t.date().toString() : visit.collectedDate());
      if (visit != null && visit.visit() != null) {
        rs.put("VISIT", visit.visit());
        rs.put("VISITNUM", visit.visitNumber());
      }
      rs.put("RSSEQ", Integer.toString(seq));
      out.add(new OverallResponseRecord(visit == null ? null : visit.visit(),
          visit == null ? null : visit.visitNumber(), t.date(),
          visit == null ? null : visit.dateFlag(), rs.get("RSDTC"), code, seq, rs));
    }
    return out;
  }

  /** admiralonco's {@code aval_resp}: CR 1, PR 2, SD 3, NON-CR/NON-PD 4, PD 5, NE 6, MISSING 7. */
  static Integer avalResp(String avalc) {
    int i = avalc == null ? -1 : RESPONSE_ORDER.indexOf(avalc);
    return i < 0 ? null : i + 1;
  }

  /** ADRS and ADTTE of {@code subjects}, in their order. */
  public Datasets derive(List<SubjectData> subjects) {
    Dataset.Builder adrs = Dataset.builder("ADRS", columns(ADRS_COLUMNS));
    Dataset.Builder adtte = Dataset.builder("ADTTE", columns(ADTTE_COLUMNS));
    for (SubjectData s : subjects) {
      List<Rec> recs = adrs(s);
      for (Rec r : recs) {
        write(adrs.row(), s.subject, r);
      }
      List<Tte> ttes = adtte(s, recs);
      int aseq = 0;
      for (Tte t : ttes) {
        Dataset.Builder.Row row = adtte.row();
        for (String v : List.of("STUDYID", "AGE", "SEX", "ARM", "ARMCD", "ACTARM", "ACTARMCD")) {
          row.set(v, s.subject.adsl().get(v));
        }
        row.set("USUBJID", s.subject.id()).set("ASEQ", ++aseq).set("ADT", t.adt)
            .set("PARAM", t.param).set("PARAMCD", t.paramcd)
            .set("AVAL", t.adt == null || t.start == null ? null
                : ChronoUnit.DAYS.between(t.start, t.adt) + 1)
            .set("STARTDT", t.start).set("CNSR", t.cnsr).set("EVNTDESC", t.evntdesc)
            .set("CNSDTDSC", t.cnsdtdsc).set("SRCDOM", t.srcdom).set("SRCVAR", t.srcvar)
            .set("SRCSEQ", t.srcseq);
      }
    }
    return new Datasets(adrs.build(), adtte.build());
  }

  private static List<Column> columns(List<String> names) {
    List<Column> columns = new ArrayList<>();
    for (String n : names) {
      Type type = INTEGERS.contains(n) ? Type.INTEGER : FLOATS.contains(n) ? Type.FLOAT
          : n.endsWith("DT") && !n.endsWith("DTC") ? Type.DATE : Type.STRING;
      columns.add(Column.of(n, null, type));
    }
    return columns;
  }

  // ------------------------------------------------------------------ ADRS

  /** One ADRS record. */
  private static final class Rec {
    String paramcd;
    String param;
    String parcat1 = "Tumor Response";
    String parcat2;
    String parcat3 = "RECIST 1.1";
    String avalc;
    Number aval;
    LocalDate adt;
    OverallResponseRecord source;
    String anl01;
    String anl02;
    boolean randdt = true;
    int aseq;
  }

  /** An OVR record with its flags. */
  private static final class Ovr {
    final OverallResponseRecord v;
    final int order;
    boolean anl01;
    boolean anl02;

    Ovr(OverallResponseRecord v, int order) {
      this.v = v;
      this.order = order;
    }

    String avalc() {
      return v.response();
    }

    LocalDate adt() {
      return v.date();
    }

    int seq() {
      return v.sequence() == null ? order : v.sequence();
    }
  }

  private List<Rec> adrs(SubjectData s) {
    LocalDate randdt = date(s.subject.adsl().get("RANDDT"));
    List<Ovr> all = new ArrayList<>();
    for (int i = 0; i < s.overall.size(); i++) {
      all.add(new Ovr(s.overall.get(i), i));
    }
    Comparator<Ovr> byDateSeq = Comparator.comparing(Ovr::adt).thenComparingInt(Ovr::seq);
    // ANL01FL: the worst response of each date, on or after RANDDT
    Map<LocalDate, Ovr> worst = new LinkedHashMap<>();
    for (Ovr o : all) {
      if (avalResp(o.avalc()) == null || randdt == null || o.adt().isBefore(randdt)) {
        continue;
      }
      Ovr kept = worst.get(o.adt());
      if (kept == null || Comparator.<Ovr>comparingInt(x -> rank(x.avalc()))
          .thenComparingInt(Ovr::seq).compare(o, kept) > 0) {
        worst.put(o.adt(), o);
      }
    }
    worst.values().forEach(o -> o.anl01 = true);
    // ANL02FL: up to and including the first PD (all records when there is none)
    List<Ovr> sorted = new ArrayList<>(all);
    sorted.sort(byDateSeq);
    boolean beforePd = true;
    for (Ovr o : sorted) {
      o.anl02 = beforePd;
      if ("PD".equals(o.avalc())) {
        beforePd = false;
      }
    }
    List<Ovr> ovr = new ArrayList<>();
    for (Ovr o : sorted) {
      if (o.anl01 && o.anl02) {
        ovr.add(o);
      }
    }
    List<Rec> recs = new ArrayList<>();
    for (Ovr o : all) {
      Rec r = from(o, "OVR", "Overall Response by " + evaluatorLabel, o.avalc());
      r.aval = avalResp(o.avalc());
      r.anl01 = o.anl01 ? "Y" : null;
      r.anl02 = o.anl02 ? "Y" : null;
      recs.add(r);
    }
    // PD
    Optional<Ovr> pd = sorted.stream().filter(o -> o.anl01 && "PD".equals(o.avalc())).findFirst();
    recs.add(yesNo(pd, "PD", "Disease Progression by " + evaluatorLabel));
    // RSP, CB
    Predicate<Ovr> response = o -> isIn(o, "CR", "PR");
    LocalDate sdDay = randdt == null ? null : randdt.plusDays(protocol.minStableDiseaseDays());
    Predicate<Ovr> late = o -> sdDay != null && !o.adt().isBefore(sdDay);
    Predicate<Ovr> benefit = o -> isIn(o, "CR", "PR", "SD", "NON-CR/NON-PD") && late.test(o);
    Optional<Ovr> rsp = first(ovr, response);
    recs.add(yesNo(rsp, "RSP", "Response by " + evaluatorLabel + " (confirmation not required)"));
    recs.add(yesNo(first(ovr, response.or(benefit)), "CB", "Clinical Benefit by " + evaluatorLabel
        + " (confirmation for response not required)"));
    // BOR, BCP
    Rec bor = best(ovr, List.of(c("CR", o -> isIn(o, "CR")), c("PR", o -> isIn(o, "PR")),
        c("SD", o -> isIn(o, "CR", "PR", "SD") && late.test(o)),
        c("NON-CR/NON-PD", o -> isIn(o, "NON-CR/NON-PD") && late.test(o)),
        c("PD", o -> isIn(o, "PD")),
        c("NE", o -> isIn(o, "CR", "PR", "SD", "NON-CR/NON-PD", "NE"))),
        "BOR", "Best Overall Response by " + evaluatorLabel + " (confirmation not required)",
        s.notRequired);
    recs.add(bor);
    recs.add(crpr(bor, "BCP", "Best Overall Response of CR/PR by " + evaluatorLabel
        + " (confirmation not required)"));
    // CRSP, CCB
    Predicate<Ovr> confirmedCr = o -> confirmed(ovr, o, "CR");
    Predicate<Ovr> confirmedPr = o -> confirmed(ovr, o, "PR");
    recs.add(yesNo(first(ovr, confirmedCr.or(confirmedPr)), "CRSP",
        "Confirmed Response by " + evaluatorLabel));
    recs.add(yesNo(first(ovr, confirmedCr.or(confirmedPr).or(benefit)), "CCB",
        "Confirmed Clinical Benefit by " + evaluatorLabel));
    // CBOR, CBCP
    Rec cbor = best(ovr, List.of(c("CR", confirmedCr), c("PR", confirmedPr),
        c("SD", o -> isIn(o, "CR", "PR", "SD") && late.test(o)),
        c("NON-CR/NON-PD", o -> isIn(o, "NON-CR/NON-PD") && late.test(o)),
        c("PD", o -> isIn(o, "PD")),
        c("NE", o -> isIn(o, "CR", "PR", "SD", "NON-CR/NON-PD", "NE"))),
        "CBOR", "Best Confirmed Overall Response by " + evaluatorLabel, s.required);
    recs.add(cbor);
    String cbcp = "Best Confirmed Overall Response of CR/PR by " + evaluatorLabel;
    // admiralonco's template derives CBCP in the same pipe that adds CBOR, from the ADRS as it was
    // before that pipe (dataset_add = adrs): it finds no CBOR record, and CBCP is N for everyone.
    recs.add(profile == AdamProfile.ADMIRALONCO ? no("CBCP", cbcp) : crpr(cbor, "CBCP", cbcp));
    // DEATH
    LocalDate death = date(s.subject.adsl().get("DTHDT"));
    Rec d = new Rec();
    d.paramcd = "DEATH";
    d.param = "Death";
    d.parcat1 = "Reference Event";
    d.parcat3 = null;
    d.avalc = death != null ? "Y" : "N";
    d.aval = death != null ? 1 : 0;
    d.adt = death;
    d.anl01 = "Y";
    recs.add(d);
    // LSTA
    Optional<Ovr> last = sorted.stream().filter(o -> o.anl01).reduce((a, b) -> b);
    Rec lsta = last.map(o -> {
      Rec r = from(o, "LSTA", "Last Disease Assessment by " + evaluatorLabel, o.avalc());
      r.aval = avalResp(o.avalc());
      r.anl02 = o.anl02 ? "Y" : null;
      return r;
    }).orElseGet(() -> {
      Rec r = new Rec();
      r.paramcd = "LSTA";
      r.param = "Last Disease Assessment by " + evaluatorLabel;
      return r;
    });
    lsta.parcat2 = evaluatorLabel;
    lsta.anl01 = "Y";
    recs.add(lsta);
    // MDIS
    s.subject.measurableDisease().ifPresent(m -> {
      Rec r = new Rec();
      r.paramcd = "MDIS";
      r.param = "Measurable Disease at Baseline by " + evaluatorLabel;
      r.parcat1 = null;
      r.parcat2 = evaluatorLabel;
      r.avalc = m ? "Y" : "N";
      r.aval = m ? 1 : 0;
      r.anl01 = "Y";
      r.randdt = false; // as admiralonco's derive_param_exist_flag leaves it
      recs.add(r);
    });
    for (Rec r : recs) {
      if (r.parcat2 == null && !"DEATH".equals(r.paramcd)) {
        r.parcat2 = evaluatorLabel;
      }
    }
    // ASEQ: by PARAMCD, ADT, VISITNUM, RSSEQ (missing last)
    List<Rec> ordered = new ArrayList<>(recs);
    ordered.sort(Comparator.<Rec, String>comparing(r -> r.paramcd)
        .thenComparing(r -> r.adt, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(r -> r.source == null || r.source.visitNumber() == null ? null
            : new java.math.BigDecimal(r.source.visitNumber()), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(r -> r.source == null ? null : r.source.sequence(),
            Comparator.nullsLast(Comparator.naturalOrder())));
    for (int i = 0; i < ordered.size(); i++) {
      ordered.get(i).aseq = i + 1;
    }
    return ordered;
  }

  private static int rank(String avalc) {
    int i = List.of("NE", "CR", "PR", "SD", "NON-CR/NON-PD", "PD").indexOf(avalc);
    return i + 1;
  }

  private static boolean isIn(Ovr o, String... codes) {
    for (String c : codes) {
      if (c.equals(o.avalc())) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Ovr> first(List<Ovr> ovr, Predicate<Ovr> p) {
    return ovr.stream().filter(p).findFirst();
  }

  /**
   * admiralonco's confirmation ({@code crsp_y_cr}, {@code crsp_y_pr}): {@code o} is a CR (or PR)
   * followed, up to the first CR (or CR/PR) at least {@code minConfirmationDays} later, only by CR
   * (or CR, PR) and at most {@code maxNotEvaluableBetween} NE, and for PR no PR after a CR.
   */
  private boolean confirmed(List<Ovr> ovr, Ovr o, String what) {
    if (!what.equals(o.avalc())) {
      return false;
    }
    LocalDate earliest = o.adt().plusDays(protocol.minConfirmationDays());
    List<Ovr> window = new ArrayList<>();
    boolean closed = false;
    for (Ovr j : ovr) {
      if (!j.adt().isAfter(o.adt())) {
        continue;
      }
      window.add(j);
      boolean upper = ("CR".equals(what) ? isIn(j, "CR") : isIn(j, "CR", "PR"))
          && !j.adt().isBefore(earliest);
      if (upper) {
        closed = true;
        break;
      }
    }
    if (!closed) {
      return false;
    }
    long ne = window.stream().filter(j -> isIn(j, "NE")).count();
    if (ne > protocol.maxNotEvaluableBetween()) {
      return false;
    }
    if ("CR".equals(what)) {
      return window.stream().allMatch(j -> isIn(j, "CR", "NE"));
    }
    if (!window.stream().allMatch(j -> isIn(j, "CR", "PR", "NE"))) {
      return false;
    }
    Optional<LocalDate> firstCr = window.stream().filter(j -> isIn(j, "CR")).map(Ovr::adt).min(Comparator.naturalOrder());
    Optional<LocalDate> lastPr = window.stream().filter(j -> isIn(j, "PR")).map(Ovr::adt).max(Comparator.naturalOrder());
    return firstCr.isEmpty() || lastPr.isEmpty() || firstCr.get().isAfter(lastPr.get());
  }

  /** One event of a best-response parameter: the value it gives and the records it takes. */
  private static final class Candidate {
    final String value;
    final Predicate<Ovr> when;

    Candidate(String value, Predicate<Ovr> when) {
      this.value = value;
      this.when = when;
    }
  }

  private static Candidate c(String value, Predicate<Ovr> when) {
    return new Candidate(value, when);
  }

  /** BOR or CBOR: the first event that any record meets, at its earliest record; MISSING otherwise. */
  private Rec best(List<Ovr> ovr, List<Candidate> events, String paramcd, String param,
      SubjectAssessment engine) {
    if (profile == AdamProfile.RECIST_RULES && engine != null) {
      return engineBest(ovr, engine, paramcd, param);
    }
    for (Candidate e : events) {
      Optional<Ovr> o = first(ovr, e.when);
      if (o.isPresent()) {
        Rec r = from(o.get(), paramcd, param, e.value);
        r.aval = avalResp(e.value);
        r.anl02 = o.get().anl02 ? "Y" : null;
        r.anl01 = "Y";
        return r;
      }
    }
    return missing(paramcd, param);
  }

  /** BOR or CBOR as the engine derived it (RECIST-RULES.md R12), dated by its record. */
  private Rec engineBest(List<Ovr> ovr, SubjectAssessment a, String paramcd, String param) {
    String value = a.bestOverallResponse() == Response.ND ? "MISSING" : OverallResponseRecord.code(a.bestOverallResponse());
    if (value == null || "MISSING".equals(value) || a.bestOverallResponseDate().isEmpty()) {
      Rec r = missing(paramcd, param);
      if (value != null && !"MISSING".equals(value)) {
        r.avalc = value;
        r.aval = avalResp(value);
      }
      return r;
    }
    LocalDate date = a.bestOverallResponseDate().get();
    Optional<Ovr> o = ovr.stream().filter(x -> x.adt().equals(date)).findFirst();
    Rec r = o.map(x -> from(x, paramcd, param, value)).orElseGet(() -> {
      Rec m = missing(paramcd, param);
      m.avalc = value;
      m.adt = date;
      return m;
    });
    r.aval = avalResp(value);
    r.anl01 = "Y";
    o.ifPresent(x -> r.anl02 = x.anl02 ? "Y" : null);
    return r;
  }

  private static Rec missing(String paramcd, String param) {
    Rec r = new Rec();
    r.paramcd = paramcd;
    r.param = param;
    r.avalc = "MISSING";
    r.aval = avalResp("MISSING");
    r.anl01 = "Y";
    return r;
  }

  private Rec crpr(Rec best, String paramcd, String param) {
    if ("CR".equals(best.avalc) || "PR".equals(best.avalc)) {
      Rec r = new Rec();
      r.paramcd = paramcd;
      r.param = param;
      r.source = best.source;
      r.adt = best.adt;
      r.avalc = "Y";
      r.aval = 1;
      r.anl01 = "Y";
      r.anl02 = best.anl02;
      return r;
    }
    return no(paramcd, param);
  }

  private Rec yesNo(Optional<Ovr> o, String paramcd, String param) {
    if (o.isEmpty()) {
      return no(paramcd, param);
    }
    Rec r = from(o.get(), paramcd, param, "Y");
    r.aval = 1;
    r.anl01 = "Y";
    r.anl02 = o.get().anl02 ? "Y" : null;
    return r;
  }

  private static Rec no(String paramcd, String param) {
    Rec r = new Rec();
    r.paramcd = paramcd;
    r.param = param;
    r.avalc = "N";
    r.aval = 0;
    r.anl01 = "Y";
    return r;
  }

  private static Rec from(Ovr o, String paramcd, String param, String avalc) {
    Rec r = new Rec();
    r.paramcd = paramcd;
    r.param = param;
    r.avalc = avalc;
    r.adt = o.adt();
    r.source = o.v;
    return r;
  }

  private static void write(Dataset.Builder.Row row, StudySubject s, Rec r) {
    for (Map.Entry<String, String> e : s.adsl().entrySet()) {
      row.setIfPresent(e.getKey(), e.getValue());
    }
    if (!r.randdt) {
      row.set("RANDDT", null);
    }
    row.set("USUBJID", s.id()).set("ASEQ", r.aseq).set("PARAM", r.param).set("PARAMCD", r.paramcd)
        .set("PARCAT1", r.parcat1).set("PARCAT2", r.parcat2)
        .set("PARCAT3", "DEATH".equals(r.paramcd) ? null : r.parcat3)
        .set("AVAL", r.aval).set("AVALC", r.avalc).set("ADT", r.adt)
        .set("ANL01FL", r.anl01).set("ANL02FL", r.anl02);
    if (r.source != null) {
      for (Map.Entry<String, String> e : r.source.rs().entrySet()) {
        if (!e.getKey().equals("USUBJID") && !e.getKey().equals("STUDYID")) {
          row.setIfPresent(e.getKey(), e.getValue());
        }
      }
      row.set("ADTF", r.source.dateFlag()).set("AVISIT", r.source.visit());
    }
  }

  // ------------------------------------------------------------------ ADTTE

  /** One ADTTE record. */
  private static final class Tte {
    String paramcd;
    String param;
    LocalDate start;
    LocalDate adt;
    int cnsr;
    String evntdesc;
    String cnsdtdsc;
    String srcdom;
    String srcvar;
    Integer srcseq;
  }

  /** An event or censoring candidate: its date, source order and description. */
  private static final class Source {
    final LocalDate date;
    final int order;
    final boolean event;
    final String desc;
    final String srcdom;
    final String srcvar;
    final Integer srcseq;

    Source(LocalDate date, int order, boolean event, String desc, String srcdom, String srcvar,
        Integer srcseq) {
      this.date = date;
      this.order = order;
      this.event = event;
      this.desc = desc;
      this.srcdom = srcdom;
      this.srcvar = srcvar;
      this.srcseq = srcseq;
    }
  }

  private List<Tte> adtte(SubjectData s, List<Rec> recs) {
    Map<String, String> adsl = s.subject.adsl();
    LocalDate randdt = date(adsl.get("RANDDT"));
    LocalDate lastAlive = date(adsl.get("LSTALVDT"));
    Rec death = param(recs, "DEATH");
    Rec pd = param(recs, "PD");
    Rec lsta = param(recs, "LSTA");
    Rec rsp = param(recs, "RSP");
    Source deathEvent = "Y".equals(death.avalc) ? new Source(death.adt, 0, true, "Death", "ADRS", "ADT",
        death.aseq) : null;
    Source pdEvent = "Y".equals(pd.avalc) ? new Source(pd.adt, 0, true, "Disease Progression", "ADRS",
        "ADT", pd.aseq) : null;
    Source lastaCensor = lsta.adt != null ? new Source(lsta.adt, 0, false, "Last Tumor Assessment",
        "ADRS", "ADT", lsta.aseq) : null;
    Source randCensor = randdt != null ? new Source(randdt, 0, false, "Randomization", "ADSL",
        "RANDDT", null) : null;
    Source aliveCensor = lastAlive != null ? new Source(lastAlive, 0, false, "Alive", "ADSL",
        "LSTALVDT", null) : null;
    if (profile == AdamProfile.RECIST_RULES && s.required != null) {
      SubjectAssessment a = s.notRequired;
      TimeToEvent pfs = a.progressionFreeSurvival();
      pdEvent = pfs.event() ? new Source(pfs.end(), 0, true, a.progressionDate().isPresent()
          ? "Disease Progression" : "Death", "ADRS", "ADT", pd.aseq) : null;
      deathEvent = pfs.event() ? null : deathEvent;
      lastaCensor = pfs.event() ? null : new Source(pfs.end(), 0, false, "Last Evaluable Tumor "
          + "Assessment", "ADRS", "ADT", null);
    }
    List<Tte> out = new ArrayList<>();
    tte(out, "OS", "Overall Survival", randdt, list(deathEvent), list(aliveCensor, randCensor));
    tte(out, "PFS", "Progression Free Survival", randdt, list(pdEvent, deathEvent),
        list(lastaCensor, randCensor));
    if (profile == AdamProfile.RECIST_RULES && s.required != null) {
      Optional<TimeToEvent> dor = s.required.durationOfResponse();
      if (dor.isPresent()) {
        TimeToEvent t = dor.get();
        Tte r = new Tte();
        r.paramcd = "RSD";
        r.param = "Duration of Response";
        r.start = t.start();
        r.adt = t.end();
        r.cnsr = t.censored() ? 1 : 0;
        r.evntdesc = t.censored() ? "Last Evaluable Tumor Assessment" : "Disease Progression or Death";
        r.cnsdtdsc = t.censored() ? r.evntdesc : null;
        r.srcdom = "ADRS";
        r.srcvar = "ADT";
        out.add(r);
      }
    } else if ("Y".equals(rsp.avalc)) {
      tte(out, "RSD", "Duration of Response", rsp.adt, list(pdEvent, deathEvent), list(lastaCensor));
    }
    return out;
  }

  private static List<Source> list(Source... sources) {
    List<Source> l = new ArrayList<>();
    for (int i = 0; i < sources.length; i++) {
      if (sources[i] != null) {
        Source s = sources[i];
        l.add(new Source(s.date, i, s.event, s.desc, s.srcdom, s.srcvar, s.srcseq));
      }
    }
    return l;
  }

  /**
   * admiral's {@code derive_param_tte}: the first event (by date, then source order) if any, else the
   * last censoring (by date, then source order); none, no record; ADT no earlier than STARTDT.
   */
  private static void tte(List<Tte> out, String paramcd, String param, LocalDate start,
      List<Source> events, List<Source> censors) {
    Source chosen = events.stream().min(Comparator.<Source, LocalDate>comparing(x -> x.date)
        .thenComparingInt(x -> x.order)).orElse(null);
    if (chosen == null) {
      chosen = censors.stream().max(Comparator.<Source, LocalDate>comparing(x -> x.date)
          .thenComparingInt(x -> x.order)).orElse(null);
    }
    if (chosen == null) {
      return;
    }
    Tte t = new Tte();
    t.paramcd = paramcd;
    t.param = param;
    t.start = start;
    t.adt = start != null && chosen.date.isBefore(start) ? start : chosen.date;
    t.cnsr = chosen.event ? 0 : 1;
    t.evntdesc = chosen.desc;
    t.cnsdtdsc = chosen.event ? null : "Alive".equals(chosen.desc) ? "Alive During Study" : chosen.desc;
    t.srcdom = chosen.srcdom;
    t.srcvar = chosen.srcvar;
    t.srcseq = chosen.srcseq;
    out.add(t);
  }

  private static Rec param(List<Rec> recs, String paramcd) {
    return recs.stream().filter(r -> r.paramcd.equals(paramcd)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no " + paramcd));
  }

  private static LocalDate date(String s) {
    if (s == null || s.length() < 10) {
      return null;
    }
    return LocalDate.parse(s.substring(0, 10));
  }
}
