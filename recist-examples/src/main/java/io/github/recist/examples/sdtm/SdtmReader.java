package io.github.recist.examples.sdtm;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.recist.model.Assessment;
import io.github.recist.model.Criteria;
import io.github.recist.model.IrecistResponse;
import io.github.recist.model.Diameter;
import io.github.recist.model.InvalidSubjectException;
import io.github.recist.model.Lesion;
import io.github.recist.model.MeasurementMethod;
import io.github.recist.model.NewLesion;
import io.github.recist.model.NewLesionStatus;
import io.github.recist.model.NonTargetStatus;
import io.github.recist.model.Problem;
import io.github.recist.model.Response;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.model.TargetValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a study from its SDTM domains (TU, TR, RS) and ADSL or DM, as {@code
 * ../shared/spec/sdtm-mapping.md} maps them, into subjects for the engine: either from the recorded
 * overall responses (RS {@code OVRLRESP}) or from the measurements (TU lesions, TR results), for one
 * evaluator. Every problem names the domain and its line, the USUBJID, the visit and the lesion; the
 * reader reports them all rather than stopping at the first. Partial dates are imputed by the named
 * rule of the options, each imputation a warning.
 */
public final class SdtmReader {

  /** The RECIST 1.1 overall responses of RS and their codes in the engine. */
  private static final Map<String, io.github.recist.model.VisitResponse> RECIST_RESPONSES = Map.of(
      "CR", io.github.recist.model.VisitResponse.CR, "PR", io.github.recist.model.VisitResponse.PR,
      "SD", io.github.recist.model.VisitResponse.SD,
      "NON-CR/NON-PD", io.github.recist.model.VisitResponse.NON_CR_NON_PD,
      "PD", io.github.recist.model.VisitResponse.PD, "NE", io.github.recist.model.VisitResponse.NE);
  /** The iRECIST overall responses of RS. */
  private static final ImmutableSet<String> IRECIST_RESPONSES = ImmutableSet.of("iCR", "iPR",
      "iSD", "iUPD", "iCPD", "NON-iCR/NON-iUPD", "NE");
  private static final ImmutableSet<String> BASELINE_VISITS = ImmutableSet.of("SCREENING", "BASELINE");

  /** The files of a study; TU, TR, RS and DM may be absent (null). */
  public static final class Files {
    final Path tu;
    final Path tr;
    final Path rs;
    final Path adsl;
    final Path dm;

    /** The files; {@code adsl} is required, the others may be null. */
    public Files(Path tu, Path tr, Path rs, Path adsl, Path dm) {
      this.tu = tu;
      this.tr = tr;
      this.rs = rs;
      this.adsl = adsl;
      this.dm = dm;
    }

    /** The TU file, or null. */
    public Path tuPath() {
      return tu;
    }

    /** The TR file, or null. */
    public Path trPath() {
      return tr;
    }
  }

  private final SdtmOptions options;
  private final List<Problem> problems = new ArrayList<>();
  private int rounded;
  private String roundedExample;

  private SdtmReader(SdtmOptions options) {
    this.options = options;
  }

  /**
   * Reads the study in {@code files} under {@code options}; the problems are in the result.
   *
   * @throws IOException if a file cannot be read
   */
  public static SdtmStudy read(Files files, SdtmOptions options) throws IOException {
    return new SdtmReader(options).read(files);
  }

  /** Reads the study from datasets already in memory (TU, TR, RS, DM may be null). */
  public static SdtmStudy read(Dataset tu, Dataset tr, Dataset rs, Dataset adsl, Dataset dm,
      SdtmOptions options) {
    return new SdtmReader(options).read(tu, tr, rs, adsl, dm);
  }

  private SdtmStudy read(Files files) throws IOException {
    Dataset adsl = load(files.adsl, "ADSL");
    Dataset dm = load(files.dm, "DM");
    Dataset tu = load(files.tu, "TU");
    Dataset tr = load(files.tr, "TR");
    Dataset rs = load(files.rs, "RS");
    if (!problems.isEmpty()) {
      return new SdtmStudy(null, options, ImmutableList.of(), ImmutableList.copyOf(problems));
    }
    return read(tu, tr, rs, adsl, dm);
  }

  private Dataset load(Path path, String name) throws IOException {
    if (path == null) {
      return null;
    }
    try {
      return Datasets.read(path, name);
    } catch (Datasets.Unreadable e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  private SdtmStudy read(Dataset tu, Dataset tr, Dataset rs, Dataset adsl, Dataset dm) {
    if (adsl == null) {
      fileError("ADSL", "ADSL is required (the subjects, RANDDT, TRTSDT, DTHDT)");
      return done(null, List.of());
    }
    boolean measurements = options.use() == SdtmOptions.Use.MEASUREMENTS;
    if (measurements && (tu == null || tr == null)) {
      fileError("TU/TR", "--use measurements needs TU and TR");
    }
    if (!measurements && rs == null) {
      fileError("RS", "--use responses needs RS");
    }
    require(adsl, "USUBJID");
    String refColumn = options.referenceDate().name();
    Dataset refSource = options.referenceDate() == SdtmOptions.ReferenceDate.RFSTDTC && dm != null ? dm : adsl;
    require(refSource, refColumn);
    if (dm != null) {
      require(dm, "USUBJID");
    }
    if (measurements && tu != null && tr != null) {
      require(tu, "USUBJID", "TULNKID", "TUSTRESC", "VISIT");
      require(tr, "USUBJID", "TRLNKID", "TRTESTCD", "TRSTRESN", "TRDTC", "VISITNUM", "VISIT");
    }
    if (!measurements && rs != null) {
      require(rs, "USUBJID", "RSTESTCD", "RSSTRESC", "RSDTC");
    }
    if (tu != null && !measurements) {
      require(tu, "USUBJID", "TUSTRESC", "VISIT");
    }
    if (!problems.isEmpty()) {
      return done(null, List.of());
    }
    // ADSL (and DM) by subject
    Map<String, Integer> adslRows = new LinkedHashMap<>();
    for (int r = 0; r < adsl.size(); r++) {
      String id = adsl.get(r, "USUBJID");
      if (id == null || id.isEmpty()) {
        error("", null, null, adsl.where(r) + ": USUBJID is missing");
      } else if (adslRows.putIfAbsent(id, r) != null) {
        error(id, null, null, adsl.where(r) + ": USUBJID " + id + " appears twice in ADSL");
      }
    }
    Map<String, Integer> dmRows = new HashMap<>();
    if (dm != null) {
      for (int r = 0; r < dm.size(); r++) {
        dmRows.putIfAbsent(dm.get(r, "USUBJID"), r);
      }
    }
    String studyId = adsl.size() > 0 ? adsl.get(0, "STUDYID") : null;
    Map<String, List<Integer>> rsRows = measurements || rs == null ? Map.of() : rsRows(rs, adslRows);
    Map<String, Map<String, Integer>> tuRows = tu == null ? Map.of() : tuRows(tu, adslRows);
    Map<String, List<Integer>> trRows = measurements && tr != null ? byEvaluator(tr, "TR", adslRows)
        : Map.of();

    List<StudySubject> subjects = new ArrayList<>();
    for (Map.Entry<String, Integer> e : adslRows.entrySet()) {
      String id = e.getKey();
      int row = e.getValue();
      Map<String, String> adslValues = new LinkedHashMap<>();
      for (Dataset.Column c : adsl.columns()) {
        String v = adsl.get(row, c.name());
        if (v != null) {
          adslValues.put(c.name(), v);
        }
      }
      Boolean mdis = tu == null ? null : measurableDisease(tu, tuRows.get(id));
      boolean hasData = measurements ? trRows.containsKey(id) : rsRows.containsKey(id);
      if (!hasData) {
        subjects.add(new StudySubject(id, adslValues, null, ImmutableList.of(), Map.of(), mdis));
        continue;
      }
      Integer refRow = refSource == adsl ? Integer.valueOf(row) : dmRows.get(id);
      String refText = refRow == null ? null : refSource.get(refRow, refColumn);
      if (refText == null) {
        error(id, null, null, (refRow == null ? refSource.name() + ": no record of the subject"
            : refSource.where(refRow) + ": " + refColumn + " is missing") + ", but it has "
            + (measurements ? "TR" : "RS") + " records: no reference date");
        continue;
      }
      LocalDate reference = date(refText, id, refSource.where(refRow) + ", " + refColumn, null);
      LocalDate death = deathDate(id, adsl, row, dm, dmRows.get(id));
      if (reference == null) {
        continue;
      }
      Subject.Builder builder = Subject.builder(id).referenceDate(reference);
      if (death != null) {
        builder.deathDate(death);
      }
      try {
        if (measurements) {
          Map<LocalDate, OverallResponseRecord> visits = new LinkedHashMap<>();
          Subject s = measured(builder, id, tu, tuRows.getOrDefault(id, Map.of()), tr,
              trRows.get(id), visits);
          if (s != null) {
            subjects.add(new StudySubject(id, adslValues, s, ImmutableList.of(), visits, mdis));
          }
        } else {
          List<OverallResponseRecord> recorded = new ArrayList<>();
          Subject s = recorded(builder, id, rs, rsRows.get(id), recorded);
          if (s != null) {
            subjects.add(new StudySubject(id, adslValues, s, ImmutableList.copyOf(recorded),
                Map.of(), mdis));
          }
        }
      } catch (InvalidSubjectException ex) {
        problems.addAll(ex.problems());
      }
    }
    if (rounded > 0) {
      problems.add(Problem.warning("TR", null, null, null, rounded + " TRSTRESN values with more "
          + "than one decimal were rounded half up to 0.1 mm (e.g. " + roundedExample + ")"));
    }
    return done(studyId, subjects);
  }

  private SdtmStudy done(String studyId, List<StudySubject> subjects) {
    return new SdtmStudy(studyId, options, ImmutableList.copyOf(subjects),
        ImmutableList.copyOf(problems));
  }

  // ---------------------------------------------------------------- recorded responses (RS)

  /** The RS OVRLRESP rows of the evaluator and criteria, by subject, in RS order. */
  private Map<String, List<Integer>> rsRows(Dataset rs, Map<String, Integer> adsl) {
    Map<String, List<Integer>> bySubject = new LinkedHashMap<>();
    Set<String> seqs = new HashSet<>();
    for (int r = 0; r < rs.size(); r++) {
      String seq = rs.get(r, "RSSEQ");
      String subject = rs.get(r, "USUBJID");
      if (seq != null && !seqs.add(subject + "\u0000" + seq)) {
        error(subject == null ? "" : subject, null, null, rs.where(r) + visitOf(rs, r) + ": RSSEQ "
            + seq + " is used twice for the subject (duplicate key; --SEQ is unique per subject)");
      }
      String test = rs.get(r, "RSTESTCD");
      if (!"OVRLRESP".equals(test) && !"OVRRESP".equals(test)) {
        continue;
      }
      if (!options.reads(rs.get(r, "RSEVAL"), rs.get(r, "RSEVALID"), rs.get(r, "RSACPTFL"))) {
        continue;
      }
      String category = rs.get(r, "RSCAT");
      boolean irecist = category != null && category.equalsIgnoreCase("iRECIST");
      if (category != null && irecist != (options.criteria() == Criteria.IRECIST)) {
        continue;
      }
      String id = rs.get(r, "USUBJID");
      if (id == null || !adsl.containsKey(id)) {
        error(id == null ? "" : id, null, null, rs.where(r) + ": USUBJID "
            + (id == null ? "is missing" : id + " is not in ADSL"));
        continue;
      }
      bySubject.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
    }
    return bySubject;
  }

  private Subject recorded(Subject.Builder builder, String id, Dataset rs, List<Integer> rows,
      List<OverallResponseRecord> out) {
    boolean ok = true;
    Map<String, Integer> keys = new HashMap<>();
    Map<LocalDate, OverallResponseRecord> worstByDate = new TreeMap<>();
    for (int r : rows) {
      String where = rs.where(r) + visitOf(rs, r);
      String dtc = rs.get(r, "RSDTC");
      String code = rs.get(r, "RSSTRESC");
      boolean notDone = "NOT DONE".equals(rs.get(r, "RSSTAT"));
      if (dtc == null) {
        error(id, null, null, where + ": RSDTC is missing: the response has no date");
        ok = false;
        continue;
      }
      IsoDates.Imputed d = imputed(dtc, id, where + ", RSDTC", null);
      if (d == null) {
        ok = false;
        continue;
      }
      String key = rs.get(r, "VISITNUM") + "\u0000" + dtc;
      Integer other = keys.putIfAbsent(key, r);
      if (other != null) {
        error(id, d.date, null, where + ": a second OVRLRESP of the evaluator for the visit and "
            + "date (duplicate key; the first is " + rs.where(other) + ")");
        ok = false;
        continue;
      }
      if (code == null && !notDone) {
        error(id, d.date, null, where + ": RSSTRESC is missing and RSSTAT is not NOT DONE");
        ok = false;
        continue;
      }
      if (code != null && !validCode(code)) {
        error(id, d.date, null, where + ": RSSTRESC '" + code + "' is not "
            + (options.criteria() == Criteria.IRECIST ? "an iRECIST overall response " + IRECIST_RESPONSES
                : "a RECIST 1.1 overall response (CR, PR, SD, NON-CR/NON-PD, PD, NE)"));
        ok = false;
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (Dataset.Column c : rs.columns()) {
        String v = rs.get(r, c.name());
        if (v != null) {
          values.put(c.name(), v);
        }
      }
      OverallResponseRecord v = new OverallResponseRecord(rs.get(r, "VISIT"), rs.get(r, "VISITNUM"), d.date, d.flag,
          dtc, code, seqOf(rs.get(r, "RSSEQ")), values);
      out.add(v);
      OverallResponseRecord kept = worstByDate.get(d.date);
      if (kept == null) {
        worstByDate.put(d.date, v);
      } else {
        OverallResponseRecord worse = AdmiraloncoOrder.worse(kept, v);
        warning(id, d.date, null, where + ": two overall responses on one date (" + kept.response()
            + ", " + v.response() + "); the case keeps the worse, " + worse.response()
            + ", as admiralonco's ANL01FL does");
        worstByDate.put(d.date, worse);
      }
    }
    if (!ok) {
      return null;
    }
    for (OverallResponseRecord v : worstByDate.values()) {
      if (v.response() == null || "NE".equals(v.response())) {
        builder.recorded(v.date(), v.response() == null ? io.github.recist.model.VisitResponse.ND
            : io.github.recist.model.VisitResponse.NE);
      } else if (options.criteria() == Criteria.IRECIST) {
        // iRECIST recorded responses (R14.13), the CDISC NON-iCR/NON-iUPD as the case format spells it
        builder.recorded(v.date(), IrecistResponse.parse(
            "NON-iCR/NON-iUPD".equals(v.response()) ? "NON_iCR_NON_iUPD" : v.response()));
      } else {
        builder.recorded(v.date(), RECIST_RESPONSES.get(v.response()));
      }
    }
    return builder.build();
  }

  private boolean validCode(String code) {
    return options.criteria() == Criteria.IRECIST ? IRECIST_RESPONSES.contains(code)
        : RECIST_RESPONSES.containsKey(code);
  }

  private static Integer seqOf(String seq) {
    if (seq == null) {
      return null;
    }
    try {
      return new BigDecimal(seq).intValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      return null;
    }
  }

  // ---------------------------------------------------------------- measurements (TU, TR)

  /** The TU rows of the evaluator, by subject and TULNKID. */
  private Map<String, Map<String, Integer>> tuRows(Dataset tu, Map<String, Integer> adsl) {
    Map<String, Map<String, Integer>> bySubject = new LinkedHashMap<>();
    for (int r = 0; r < tu.size(); r++) {
      if (!options.reads(tu.get(r, "TUEVAL"), tu.get(r, "TUEVALID"), tu.get(r, "TUACPTFL"))) {
        continue;
      }
      String id = tu.get(r, "USUBJID");
      if (id == null || !adsl.containsKey(id)) {
        error(id == null ? "" : id, null, null, tu.where(r) + ": USUBJID "
            + (id == null ? "is missing" : id + " is not in ADSL"));
        continue;
      }
      String lesion = tu.get(r, "TULNKID");
      if (lesion == null) {
        if (tu.has("TULNKID")) {
          error(id, null, null, tu.where(r) + ": TULNKID is missing");
        }
        lesion = "#" + r;
      }
      Integer other = bySubject.computeIfAbsent(id, k -> new LinkedHashMap<>()).putIfAbsent(lesion, r);
      if (other != null) {
        error(id, null, lesion, tu.where(r) + ": lesion " + lesion + " is identified twice "
            + "(duplicate key; the first is " + tu.where(other) + ")");
      }
    }
    return bySubject;
  }

  private Boolean measurableDisease(Dataset tu, Map<String, Integer> rows) {
    if (rows == null) {
      return false;
    }
    for (int r : rows.values()) {
      if ("TARGET".equals(tu.get(r, "TUSTRESC")) && BASELINE_VISITS.contains(tu.get(r, "VISIT"))) {
        return true;
      }
    }
    return false;
  }

  /** The rows of the evaluator in a TR-like dataset, by subject. */
  private Map<String, List<Integer>> byEvaluator(Dataset d, String prefix, Map<String, Integer> adsl) {
    Map<String, List<Integer>> bySubject = new LinkedHashMap<>();
    for (int r = 0; r < d.size(); r++) {
      if (!options.reads(d.get(r, prefix + "EVAL"), d.get(r, prefix + "EVALID"),
          d.get(r, prefix + "ACPTFL"))) {
        continue;
      }
      String id = d.get(r, "USUBJID");
      if (id == null || !adsl.containsKey(id)) {
        error(id == null ? "" : id, null, null, d.where(r) + ": USUBJID "
            + (id == null ? "is missing" : id + " is not in ADSL"));
        continue;
      }
      bySubject.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
    }
    return bySubject;
  }

  /** One TR visit: its rows, by lesion and test. */
  private static final class Visit {
    final String number;
    final String name;
    final List<Integer> rows = new ArrayList<>();
    LocalDate date;
    String flag;
    String dtc;

    Visit(String number, String name) {
      this.number = number;
      this.name = name;
    }
  }

  private Subject measured(Subject.Builder builder, String id, Dataset tu, Map<String, Integer> lesions,
      Dataset tr, List<Integer> rows, Map<LocalDate, OverallResponseRecord> visitsOut) {
    int before = problems.size();
    // the baseline lesions, from TU
    Map<String, Lesion> baseline = new LinkedHashMap<>();
    Map<String, Integer> newLesions = new HashMap<>();
    for (Map.Entry<String, Integer> e : lesions.entrySet()) {
      int r = e.getValue();
      String role = tu.get(r, "TUSTRESC");
      String lesionId = e.getKey();
      if ("TARGET".equals(role) || "NON-TARGET".equals(role)) {
        Site site = site(tu.get(r, "TULOC"));
        boolean nodal = site.isLymphNode();
        Lesion l = "TARGET".equals(role) ? Lesion.target(lesionId, site) : Lesion.nonTarget(lesionId, site);
        l = l.withNodal(nodal);
        MeasurementMethod method = method(tu.get(r, "TUMETHOD"));
        if (method != null) {
          l = l.withMethod(method);
        }
        baseline.put(lesionId, l);
      } else if (role != null && role.startsWith("NEW")) {
        newLesions.put(lesionId, r);
      } else {
        error(id, null, lesionId, tu.where(r) + ": TUSTRESC '" + role + "' is not TARGET, "
            + "NON-TARGET or NEW");
      }
    }
    // a visit whose lesions were assessed twice on different dates holds two assessments
    Map<String, String> firstDate = new HashMap<>();
    Set<String> split = new HashSet<>();
    for (int r : rows) {
      String dtc = tr.get(r, "TRDTC");
      String number = tr.get(r, "VISITNUM");
      String prior = dtc == null ? null : firstDate.putIfAbsent(number + "\u0000" + tr.get(r, "TRLNKID")
          + "\u0000" + tr.get(r, "TRTESTCD"), dtc);
      if (prior != null && !prior.equals(dtc) && split.add(number)) {
        warning(id, null, null, tr.where(r) + visitOf(tr, r) + ": the lesions were assessed on "
            + prior + " and on " + dtc + ": two assessments of one visit, each taken on its own");
      }
    }
    // the visits, from TR
    Map<String, Visit> visits = new TreeMap<>(Comparator.comparing((String k) -> new BigDecimal(
        k.substring(0, k.indexOf(' ')))).thenComparing(k -> k));
    Map<String, Integer> keys = new HashMap<>();
    for (int r : rows) {
      String test = tr.get(r, "TRTESTCD");
      if ("SUMDIAM".equals(test)) {
        continue; // a sponsor's sum: a cross-check at most
      }
      String number = tr.get(r, "VISITNUM");
      BigDecimal n;
      try {
        n = new BigDecimal(number);
      } catch (NullPointerException | NumberFormatException e) {
        error(id, null, tr.get(r, "TRLNKID"), tr.where(r) + ": VISITNUM '" + number + "' is not a number");
        continue;
      }
      String lesion = tr.get(r, "TRLNKID");
      String where = tr.where(r) + visitOf(tr, r);
      if (lesion == null) {
        error(id, null, null, where + ": TRLNKID is missing");
        continue;
      }
      Integer first = keys.putIfAbsent(number + "\u0000" + (split.contains(number)
          ? tr.get(r, "TRDTC") : "") + "\u0000" + lesion + "\u0000" + test, r);
      if (first != null) {
        if (sameResult(tr, first, r)) {
          warning(id, null, lesion, where + ": the same " + test + " result of lesion " + lesion
              + " as " + tr.where(first) + " (a repeated record): the repeat is ignored");
        } else {
          error(id, null, lesion, where + ": a second " + test + " result of lesion " + lesion
              + " at the visit, other than " + tr.where(first) + " (duplicate key)");
        }
        continue;
      }
      if (!baseline.containsKey(lesion) && !newLesions.containsKey(lesion) && !fragmentOrMerge(lesion, baseline)) {
        error(id, null, lesion, where + ": lesion " + lesion + " is not identified in TU "
            + "for the evaluator (no TU record with TULNKID " + lesion + ")");
        continue;
      }
      String visitKey = n.stripTrailingZeros().toPlainString() + " "
          + (split.contains(number) && tr.get(r, "TRDTC") != null ? tr.get(r, "TRDTC") : "");
      Visit v = visits.computeIfAbsent(visitKey, k -> new Visit(number, tr.get(r, "VISIT")));
      v.rows.add(r);
      String dtc = tr.get(r, "TRDTC");
      if (dtc != null) {
        IsoDates.Imputed d = imputed(dtc, id, where + ", TRDTC", lesion, false);
        if (d != null && (v.date == null || d.date.isBefore(v.date)
            || (d.date.equals(v.date) && v.flag != null && d.flag == null))) {
          v.date = d.date;
          v.flag = d.flag;
          v.dtc = dtc;
        }
      }
    }
    if (problems.size() > before && problems.subList(before, problems.size()).stream()
        .anyMatch(Problem::isError)) {
      return null;
    }
    for (Lesion l : baseline.values()) {
      builder.lesion(l);
    }
    boolean baselineSeen = false;
    Map<String, NewLesion> seenNew = new HashMap<>();
    for (Visit v : visits.values()) {
      if (v.date == null) {
        warning(id, null, null, "TR" + (v.name == null ? "" : ", VISIT " + v.name) + ": no TRDTC at "
            + "the visit (every result not done): the visit is left out");
        continue;
      }
      if (v.flag != null) {
        warning(id, v.date, null, "TR, VISIT " + v.name + ": partial date " + v.dtc + " imputed to "
            + v.date + " (" + options.partialDates() + ")");
      }
      boolean isBaseline = !baselineSeen && (BASELINE_VISITS.contains(v.name) || flagged(tr, v));
      if (isBaseline) {
        baselineSeen = true;
      } else if (!baselineSeen) {
        error(id, v.date, null, "TR, VISIT " + v.name + ": the first visit is not a baseline "
            + "(SCREENING, BASELINE or a --BLFL/--LOBXFL flag)");
        return null;
      }
      Visit visit = v;
      Site unknown = Site.UNSPECIFIED;
      java.util.function.Consumer<Assessment.Builder> report = a -> fill(a, id, visit, tr, tu, baseline,
          newLesions, seenNew, unknown);
      if (isBaseline) {
        builder.baseline(v.date, report);
      } else {
        builder.visit(v.date, report);
      }
      visitsOut.put(v.date, new OverallResponseRecord(v.name, v.number, v.date, v.flag, v.dtc, null, null,
          Map.of()));
    }
    if (!baselineSeen) {
      error(id, null, null, "TR: no baseline visit for the evaluator");
      return null;
    }
    return builder.build();
  }

  /** Whether two TR rows carry the same result (values, status and date). */
  private static boolean sameResult(Dataset tr, int a, int b) {
    for (String c : List.of("TRORRES", "TRSTRESC", "TRSTRESN", "TRSTAT", "TRREASND", "TRDTC")) {
      if (!java.util.Objects.equals(tr.get(a, c), tr.get(b, c))) {
        return false;
      }
    }
    return true;
  }

  private static boolean fragmentOrMerge(String lesion, Map<String, Lesion> baseline) {
    if (lesion.contains("/")) {
      for (String part : lesion.split("/")) {
        if (!baseline.containsKey(part)) {
          return false;
        }
      }
      return true;
    }
    int dot = lesion.lastIndexOf('.');
    return dot > 0 && lesion.substring(dot + 1).matches("\\d+")
        && baseline.containsKey(lesion.substring(0, dot))
        && baseline.get(lesion.substring(0, dot)).isTarget();
  }

  private static boolean flagged(Dataset tr, Visit v) {
    for (int r : v.rows) {
      if ("Y".equals(tr.get(r, "TRBLFL")) || "Y".equals(tr.get(r, "TRLOBXFL"))) {
        return true;
      }
    }
    return false;
  }

  /** Fills one assessment from the TR rows of a visit. */
  private void fill(Assessment.Builder a, String id, Visit v, Dataset tr, Dataset tu,
      Map<String, Lesion> baseline, Map<String, Integer> newLesions, Map<String, NewLesion> seenNew,
      Site unknown) {
    Map<String, Map<String, Integer>> byLesion = new LinkedHashMap<>();
    for (int r : v.rows) {
      byLesion.computeIfAbsent(tr.get(r, "TRLNKID"), k -> new HashMap<>()).put(tr.get(r, "TRTESTCD"), r);
    }
    Map<String, List<Diameter>> fragments = new TreeMap<>();
    Set<String> done = new HashSet<>();
    for (Map.Entry<String, Map<String, Integer>> e : byLesion.entrySet()) {
      String lesion = e.getKey();
      Map<String, Integer> tests = e.getValue();
      Lesion l = baseline.get(lesion);
      if (l != null && l.isTarget()) {
        Integer r = tests.get(l.nodal() ? "LPERP" : "LDIAM");
        if (r == null) {
          r = tests.get("DIAMETER");
        }
        if (r == null) {
          r = tests.get("TUMSTATE");
        }
        if (r == null) {
          continue; // only the other dimension: not assessed here
        }
        if (isMerged(tr, r)) {
          continue; // set by the merged measurement
        }
        a.target(lesion, targetValue(tr, r, id, v, lesion));
        done.add(lesion);
      } else if (l != null) {
        Integer r = tests.containsKey("TUMSTATE") ? tests.get("TUMSTATE") : tests.get("LNSTATE");
        if (r != null) {
          a.nonTarget(lesion, nonTargetStatus(tr, r, id, v, lesion));
        }
      } else if (lesion.contains("/")) {
        String[] parts = lesion.split("/");
        Integer r = firstOf(tests, "LDIAM", "DIAMETER", "LPERP");
        if (r != null) {
          a.target(parts[0], targetValue(tr, r, id, v, lesion));
          done.add(parts[0]);
          for (int i = 1; i < parts.length; i++) {
            a.mergedInto(parts[i], parts[0]);
            done.add(parts[i]);
          }
        }
      } else if (newLesions.containsKey(lesion)) {
        Integer r = tests.get("TUMSTATE");
        if (r == null) {
          continue;
        }
        String state = tr.get(r, "TRSTRESC");
        if ("NOT DONE".equals(tr.get(r, "TRSTAT")) || state == null) {
          continue;
        }
        NewLesionStatus status;
        if ("EQUIVOCAL".equals(state)) {
          status = NewLesionStatus.EQUIVOCAL;
        } else if ("UNEQUIVOCAL".equals(state) || "PRESENT".equals(state)) {
          status = NewLesionStatus.UNEQUIVOCAL;
        } else {
          throw new InvalidSubjectException(Problem.error(id, v.date, lesion, tr.where(r)
              + visitOf(tr, r) + ": TUMSTATE '" + state + "' of a new lesion is not EQUIVOCAL or UNEQUIVOCAL"));
        }
        String loc = tu.get(newLesions.get(lesion), "TULOC");
        a.newLesion(NewLesion.of(lesion, loc == null ? unknown : site(loc), status));
      } else {
        int dot = lesion.lastIndexOf('.');
        Integer r = firstOf(tests, "LDIAM", "DIAMETER", "LPERP");
        if (r != null) {
          TargetValue t = targetValue(tr, r, id, v, lesion);
          if (t.kind() == TargetValue.Kind.MEASURED) {
            fragments.computeIfAbsent(lesion.substring(0, dot), k -> new ArrayList<>()).add(t.diameter());
          }
        }
      }
    }
    for (Map.Entry<String, List<Diameter>> f : fragments.entrySet()) {
      if (!done.contains(f.getKey())) {
        a.target(f.getKey(), TargetValue.fragments(f.getValue()));
      }
    }
  }

  private static Integer firstOf(Map<String, Integer> tests, String... names) {
    for (String n : names) {
      if (tests.containsKey(n)) {
        return tests.get(n);
      }
    }
    return null;
  }

  private static boolean isMerged(Dataset tr, int r) {
    return "TUMOR MERGED".equals(tr.get(r, "TRREASND")) || "TUMOR MERGED".equals(tr.get(r, "TRSTRESC"));
  }

  private TargetValue targetValue(Dataset tr, int r, String id, Visit v, String lesion) {
    if ("NOT DONE".equals(tr.get(r, "TRSTAT"))) {
      return TargetValue.notEvaluable();
    }
    String original = tr.get(r, "TRORRES");
    if (original != null && original.equalsIgnoreCase("TOO SMALL TO MEASURE")) {
      return TargetValue.tooSmallToMeasure();
    }
    String value = tr.get(r, "TRSTRESN");
    if (value == null) {
      throw new InvalidSubjectException(Problem.error(id, v.date, lesion, tr.where(r) + visitOf(tr, r)
          + ": TRSTRESN is missing and TRSTAT is not NOT DONE"));
    }
    BigDecimal mm;
    try {
      mm = new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new InvalidSubjectException(Problem.error(id, v.date, lesion, tr.where(r) + visitOf(tr, r)
          + ": TRSTRESN '" + value + "' is not a number"));
    }
    BigDecimal tenth = mm.setScale(1, RoundingMode.HALF_UP);
    if (tenth.compareTo(mm) != 0) {
      if (rounded++ == 0) {
        roundedExample = tr.where(r) + " " + value + " -> " + tenth.stripTrailingZeros().toPlainString();
      }
    }
    try {
      return TargetValue.measured(Diameter.ofMillimetres(tenth));
    } catch (IllegalArgumentException e) {
      throw new InvalidSubjectException(Problem.error(id, v.date, lesion, tr.where(r) + visitOf(tr, r)
          + ": TRSTRESN " + e.getMessage()));
    }
  }

  private NonTargetStatus nonTargetStatus(Dataset tr, int r, String id, Visit v, String lesion) {
    if ("NOT DONE".equals(tr.get(r, "TRSTAT"))) {
      return NonTargetStatus.NOT_EVALUABLE;
    }
    String state = tr.get(r, "TRSTRESC");
    if (state == null) {
      state = "";
    }
    switch (state) {
      case "PRESENT":
        return NonTargetStatus.PRESENT;
      case "ABSENT":
        return NonTargetStatus.ABSENT;
      case "UNEQUIVOCAL":
      case "UNEQUIVOCAL PROGRESSION":
        return NonTargetStatus.UNEQUIVOCAL_PROGRESSION;
      default:
        throw new InvalidSubjectException(Problem.error(id, v.date, lesion, tr.where(r) + visitOf(tr, r)
            + ": TUMSTATE '" + state + "' of a non-target lesion is not PRESENT, ABSENT or UNEQUIVOCAL"));
    }
  }

  /** TULOC as an organ name: upper case, spaces as {@code _}. */
  static Site site(String loc) {
    if (loc == null || loc.isBlank()) {
      return Site.UNSPECIFIED;
    }
    return Site.of(loc.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_")
        .replaceAll("^_|_$", ""));
  }

  private static MeasurementMethod method(String m) {
    if (m == null) {
      return null;
    }
    switch (m) {
      case "CT SCAN":
        return MeasurementMethod.CT;
      case "MRI":
        return MeasurementMethod.MRI;
      case "X-RAY":
      case "CHEST X-RAY":
        return MeasurementMethod.CHEST_XRAY;
      case "PHYSICAL EXAMINATION":
      case "PHOTOGRAPHY":
      case "CALIPER":
        return MeasurementMethod.CLINICAL;
      default:
        return null;
    }
  }

  // ---------------------------------------------------------------- dates and messages

  private LocalDate deathDate(String id, Dataset adsl, int row, Dataset dm, Integer dmRow) {
    if (adsl.has("DTHDT")) {
      String v = adsl.get(row, "DTHDT");
      return v == null ? null : date(v, id, adsl.where(row) + ", DTHDT", null);
    }
    if (dm != null && dmRow != null && dm.has("DTHDTC")) {
      String v = dm.get(dmRow, "DTHDTC");
      return v == null ? null : date(v, id, dm.where(dmRow) + ", DTHDTC", null);
    }
    return null;
  }

  private LocalDate date(String dtc, String id, String where, String lesion) {
    IsoDates.Imputed d = imputed(dtc, id, where, lesion);
    return d == null ? null : d.date;
  }

  private IsoDates.Imputed imputed(String dtc, String id, String where, String lesion) {
    return imputed(dtc, id, where, lesion, true);
  }

  private IsoDates.Imputed imputed(String dtc, String id, String where, String lesion, boolean warn) {
    try {
      IsoDates.Imputed d = IsoDates.parse(dtc, options.partialDates());
      if (d.flag != null && warn) {
        warning(id, d.date, lesion, where + ": partial date " + dtc + " imputed to " + d.date + " ("
            + options.partialDates() + ")");
      }
      return d;
    } catch (IllegalArgumentException e) {
      error(id, null, lesion, where + ": " + e.getMessage());
      return null;
    }
  }

  private static String visitOf(Dataset d, int r) {
    String visit = d.get(r, "VISIT");
    return visit == null ? "" : ", VISIT " + visit;
  }

  private void require(Dataset d, String... columns) {
    List<String> missing = new ArrayList<>();
    for (String c : columns) {
      if (!d.has(c)) {
        missing.add(c);
      }
    }
    if (!missing.isEmpty()) {
      problems.add(Problem.error(d.file(), null, null, d.name() + ": missing column"
          + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)));
    }
  }

  private void fileError(String domain, String message) {
    problems.add(Problem.error(domain, null, null, message));
  }

  private void error(String id, LocalDate date, String lesion, String message) {
    problems.add(Problem.error(id, date, lesion, message));
  }

  private void warning(String id, LocalDate date, String lesion, String message) {
    problems.add(Problem.warning(id, date, lesion, null, message));
  }

  /** The order of admiralonco's ANL01FL: of two responses on one date, which one is kept. */
  static final class AdmiraloncoOrder {
    private static final List<String> WORST = List.of("NE", "CR", "PR", "SD", "NON-CR/NON-PD", "PD");
    /** The same order under iRECIST, an unconfirmed progression before a confirmed one. */
    private static final List<String> I_WORST = List.of("NE", "iCR", "iPR", "iSD",
        "NON-iCR/NON-iUPD", "iUPD", "iCPD");

    private AdmiraloncoOrder() {}

    /** admiralonco's {@code worst_resp}: NE 1, CR 2, PR 3, SD 4, NON-CR/NON-PD 5, PD 6, else 0. */
    static int rank(String response) {
      int i = WORST.indexOf(response);
      return (i < 0 ? I_WORST.indexOf(response) : i) + 1;
    }

    /** Of {@code a} and {@code b} (b later in RS), the one admiralonco flags: the higher rank, then the later. */
    static OverallResponseRecord worse(OverallResponseRecord a, OverallResponseRecord b) {
      return Comparator.<OverallResponseRecord>comparingInt(x -> rank(x.response()))
          .compare(a, b) > 0 ? a : b;
    }
  }
}
