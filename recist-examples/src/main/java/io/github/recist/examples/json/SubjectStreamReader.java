package io.github.recist.examples.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.recist.model.Assessment;
import io.github.recist.model.Diameter;
import io.github.recist.model.IrecistResponse;
import io.github.recist.model.Lesion;
import io.github.recist.model.LesionRole;
import io.github.recist.model.MeasurementMethod;
import io.github.recist.model.NewLesion;
import io.github.recist.model.NewLesionStatus;
import io.github.recist.model.NonTargetStatus;
import io.github.recist.model.Response;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.model.TargetValue;
import io.github.recist.model.VisitResponse;
import io.github.recist.rules.RecordedValues;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one subject of a case file from the streaming parser straight into the model's builders,
 * without a tree: the fast path of {@link CaseReader}'s first pass.
 *
 * <p>It takes only a subject that {@link SubjectParser} would take without a single problem, and
 * gives the same {@link Subject}: every field known and of its type, every value valid, every
 * builder content. At the first thing it does not take (an unknown field, a wrong type, a date that
 * does not exist, anything the model refuses) it stops building, reads on to the end of the subject
 * and returns null; the caller then reads that subject again into a tree for {@link SubjectParser},
 * which says what is wrong, in the same words as always. It touches every token of the subject as
 * {@link SubjectTreeReader} does (each string's text, each number's value), so that the parser fails
 * at the same token with the same message, and keeps the same {@link Frames}, so that a failure is
 * placed the same way. An assessment's values are recorded straight into its builder, so the
 * reader takes an assessment whose {@code date} (and {@code baseline}) come before its values, as
 * every writer of case files puts them (in the order of the format, or with the keys sorted); any
 * other order is read by the tree path. Not thread-safe: one reader for each thread.
 */
final class SubjectStreamReader {

  private static final BigDecimal MAX_MILLIMETRES = BigDecimal.valueOf(Diameter.MAX_TENTHS, 1);
  private static final BigDecimal MAX_SLICE_MM = BigDecimal.valueOf(100);
  private static final LesionRole[] ROLES = LesionRole.values();
  private static final MeasurementMethod[] METHODS = MeasurementMethod.values();
  private static final NewLesionStatus[] STATUSES = NewLesionStatus.values();
  private static final IrecistResponse[] I_RESPONSES = IrecistResponse.values();

  // The fields of a subject, a lesion and an assessment, numbered by their place here: a field is
  // told by its number ({@link #nextField}), and the one expected next, in the order the files write
  // them, is matched on its raw bytes.
  private static final SerializedString[] SUBJECT_FIELDS = fields("id", "referenceDate",
      "lesions", "assessments", "deathDate", "newTherapyDate");
  private static final int SUBJECT_ID = 0;
  private static final int REFERENCE_DATE = 1;
  private static final int LESIONS = 2;
  private static final int ASSESSMENTS = 3;
  private static final int DEATH_DATE = 4;
  private static final int NEW_THERAPY_DATE = 5;
  private static final SerializedString[] LESION_FIELDS = fields("id", "role", "site", "nodal",
      "method", "sliceThicknessMm");
  private static final int LESION_ID = 0;
  private static final int ROLE = 1;
  private static final int SITE = 2;
  private static final int NODAL = 3;
  private static final int METHOD = 4;
  private static final int SLICE_THICKNESS = 5;
  private static final SerializedString[] ASSESSMENT_FIELDS = fields("date", "response",
      "baseline", "targets", "nonTargets", "tumorMarkersNormal", "newLesions", "symptomDriven");
  private static final int DATE = 0;
  private static final int RESPONSE = 1;
  private static final int BASELINE = 2;
  private static final int TARGETS = 3;
  private static final int NON_TARGETS = 4;
  private static final int MARKERS = 5;
  private static final int NEW_LESIONS = 6;
  private static final int SYMPTOM_DRIVEN = 7;
  private static final SerializedString[] NEW_LESION_FIELDS = fields("id", "site", "status",
      "role", "nodal", "diameter", "state");
  private static final int NEW_LESION_ID = 0;
  private static final int NEW_LESION_SITE = 1;
  private static final int NEW_LESION_STATUS = 2;
  private static final int NEW_LESION_ROLE = 3;
  private static final int NEW_LESION_NODAL = 4;
  private static final int NEW_LESION_DIAMETER = 5;
  private static final int NEW_LESION_STATE = 6;
  /** {@link #nextField} at the end of the object. */
  private static final int END = -1;
  /** {@link #nextField} of a name not among the fields. */
  private static final int UNKNOWN = -2;

  private final Frames frames;
  /** False from the first thing this reader does not take in the current subject. */
  private boolean ok;

  private final List<Lesion> lesions = new ArrayList<>();
  /** The subject's assessments as read: the first {@link #visitCount} of {@link #visits}, reused. */
  private final List<Visit> visits = new ArrayList<>();
  private int visitCount;
  // the subject being read: what a subject rarely has, read out of line (subjectField)
  private LocalDate death;
  private LocalDate therapy;
  // the lesion being read: what a lesion rarely has, read out of line (lesionField)
  private MeasurementMethod method;
  private BigDecimal slice;
  // the new lesion being read: what only iRECIST's new lesions have, read out of line
  // (newLesionField)
  private LesionRole newRole;
  private boolean newNodal;
  private TargetValue newDiameter;
  private NonTargetStatus newState;

  /** A reader that keeps its place, to {@linkplain #place place} a failure of the parser. */
  SubjectStreamReader() {
    this(true);
  }

  /**
   * A reader that keeps its place, or with {@code placing} false does not (a worker reading a
   * subject from its bytes alone: a failure there leaves the subject to the file's parser).
   */
  SubjectStreamReader(boolean placing) {
    this.frames = new Frames(placing);
  }

  /**
   * One assessment as read, applied to the subject's builder once the whole subject is read. A
   * measured one is recorded straight into its {@link Assessment.Builder}, made at its first value
   * from the date and the baseline flag read before it (issue 14: no list of the values copied into
   * the builder); an assessment whose date or baseline flag comes after its values, which no writer
   * of case files puts there, is not taken (the tree path reads it).
   */
  private static final class Visit {
    LocalDate date;
    boolean baseline;
    boolean hasResponse;
    boolean measured;
    VisitResponse response;
    IrecistResponse iResponse;
    /** Null until the first value recorded. */
    Assessment.Builder builder;
    /** The sum of the targets recorded, in tenths, as Rule R4 counts them. */
    long sum;
    Assessment assessment;

    /** This, read afresh. */
    Visit clear() {
      date = null;
      baseline = false;
      hasResponse = false;
      measured = false;
      response = null;
      iResponse = null;
      builder = null;
      sum = 0;
      assessment = null;
      return this;
    }
  }

  /**
   * Reads the subject object whose {@code START_OBJECT} is the parser's current token, up to its
   * {@code END_OBJECT}; the subject, or null when this reader does not take it.
   *
   * @throws IOException as the parser fails, at the same token as {@link SubjectTreeReader} would
   */
  Subject read(JsonParser p) throws IOException {
    frames.clear();
    ok = true;
    lesions.clear();
    visitCount = 0;
    String id = null;
    LocalDate reference = null;
    death = null;
    therapy = null;
    boolean assessments = false;
    int seen = 0;
    int expected = SUBJECT_ID;
    int field;
    frames.push(true);
    while ((field = nextField(p, SUBJECT_FIELDS, expected)) != END) {
      frames.field(name(p, SUBJECT_FIELDS, field));
      JsonToken t = p.nextToken();
      switch (field) {
        case SUBJECT_ID:
          seen = once(seen, 1);
          id = id(p, t);
          expected = REFERENCE_DATE;
          break;
        case REFERENCE_DATE:
          seen = once(seen, 2);
          reference = date(p, t);
          expected = LESIONS;
          break;
        case LESIONS:
          seen = once(seen, 16);
          lesions(p, t);
          expected = ASSESSMENTS;
          break;
        case ASSESSMENTS:
          seen = once(seen, 32);
          assessments = true;
          assessments(p, t);
          break;
        default:
          seen = subjectField(p, field, t, seen);
      }
    }
    frames.pop();
    Subject subject = ok && id != null && reference != null && assessments
        ? build(id, reference, death, therapy) : null;
    forget();
    return subject;
  }

  /**
   * Lets go of the subject's assessments, so that the visits kept for the next subject hold
   * nothing of this one; keeps at most {@value #VISITS_KEPT} of them.
   */
  private void forget() {
    int kept = Math.min(visits.size(), VISITS_KEPT);
    for (int i = 0; i < kept; i++) {
      Visit v = visits.get(i);
      v.builder = null;
      v.assessment = null;
    }
    if (visits.size() > VISITS_KEPT) {
      visits.subList(VISITS_KEPT, visits.size()).clear();
    }
  }

  private static final int VISITS_KEPT = 64;

  /**
   * A subject's field other than its id, reference date, lesions and assessments: the date of
   * death, the start of a new therapy, or a field not known; out of line, as few subjects have
   * them (issue 14). The fields seen.
   */
  private int subjectField(JsonParser p, int field, JsonToken t, int seen) throws IOException {
    switch (field) {
      case DEATH_DATE:
        seen = once(seen, 4);
        death = date(p, t);
        return seen;
      case NEW_THERAPY_DATE:
        seen = once(seen, 8);
        therapy = date(p, t);
        return seen;
      default:
        skip(p, t);
        return seen;
    }
  }

  /** The builders' calls in {@link SubjectParser}'s order; null when the model refuses. */
  private Subject build(String id, LocalDate reference, LocalDate death, LocalDate therapy) {
    boolean anyRecorded = false;
    boolean anyMeasured = !lesions.isEmpty();
    for (int i = 0; i < visitCount; i++) {
      Visit v = visits.get(i);
      anyRecorded |= v.hasResponse;
      anyMeasured |= v.measured;
    }
    if (anyRecorded && anyMeasured) {
      return null; // a mix: an error
    }
    try {
      Subject.Builder b = Subject.builder(id).referenceDate(reference);
      if (death != null) {
        b.deathDate(death);
      }
      if (therapy != null) {
        b.newTherapyDate(therapy);
      }
      if (anyRecorded) {
        return recorded(b);
      }
      for (int i = 0, n = lesions.size(); i < n; i++) {
        b.lesion(lesions.get(i));
      }
      for (int i = 0; i < visitCount; i++) {
        b.assessment(visits.get(i).assessment);
      }
      return b.build();
    } catch (RuntimeException e) {
      return null; // the model refuses: the tree path reports it
    }
  }

  /** {@link #build} of a subject of recorded responses; null when one is missing. */
  private Subject recorded(Subject.Builder b) {
    for (int i = 0; i < visitCount; i++) {
      Visit v = visits.get(i);
      if (!v.hasResponse) {
        return null; // missing response: an error
      }
      // one call for either kind of code: the builder's checks compiled into this once (issue 14)
      b.recorded(v.date, v.response != null ? v.response : v.iResponse);
    }
    return b.build();
  }

  private void lesions(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.START_ARRAY) {
      skip(p, t);
      return;
    }
    frames.push(false);
    JsonToken next;
    while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
      lesion(p, next);
    }
    frames.pop();
  }

  private void lesion(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.START_OBJECT) {
      skip(p, t);
      return;
    }
    String id = null;
    LesionRole role = null;
    Site site = null;
    boolean nodal = false;
    method = MeasurementMethod.CT;
    slice = null;
    int seen = 0;
    int expected = LESION_ID;
    int field;
    frames.push(true);
    while ((field = nextField(p, LESION_FIELDS, expected)) != END) {
      frames.field(name(p, LESION_FIELDS, field));
      JsonToken v = p.nextToken();
      switch (field) {
        case LESION_ID:
          seen = once(seen, 1);
          id = id(p, v);
          expected = ROLE;
          break;
        case ROLE:
          seen = once(seen, 2);
          role = code(p, v, ROLES);
          expected = SITE;
          break;
        case SITE:
          seen = once(seen, 4);
          site = site(p, v);
          expected = NODAL;
          break;
        case NODAL:
          seen = once(seen, 8);
          nodal = bool(p, v);
          expected = METHOD;
          break;
        default:
          seen = lesionField(p, field, v, seen);
      }
    }
    frames.pop();
    if (!ok || id == null || role == null || site == null) {
      ok = false;
      return;
    }
    Lesion lesion = lesionOf(id, role, site, nodal);
    if (lesion != null) {
      lesions.add(lesion);
    }
  }

  /**
   * A lesion's field other than its id, role, site and nodal flag: its method and slice thickness,
   * which a lesion rarely has, or a field not known; out of line (issue 14). The fields seen.
   */
  private int lesionField(JsonParser p, int field, JsonToken v, int seen) throws IOException {
    switch (field) {
      case METHOD:
        seen = once(seen, 16);
        method = code(p, v, METHODS);
        return seen;
      case SLICE_THICKNESS:
        seen = once(seen, 32);
        slice = decimal(p, v);
        return seen;
      default:
        skip(p, v);
        return seen;
    }
  }

  /** The lesion read, with the {@link #method} and {@link #slice} read; null when not taken. */
  private Lesion lesionOf(String id, LesionRole role, Site site, boolean nodal) {
    BigDecimal slice = this.slice;
    if (slice != null && (slice.signum() <= 0 || slice.compareTo(MAX_SLICE_MM) > 0
        || !method.isCrossSectional())) {
      ok = false;
      return null;
    }
    try {
      return Lesion.builder().id(id).role(role).site(site).nodal(nodal).method(method)
          .sliceThicknessMm(slice != null ? slice : Lesion.DEFAULT_SLICE_THICKNESS_MM).build();
    } catch (RuntimeException e) {
      ok = false;
      return null;
    }
  }

  private void assessments(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.START_ARRAY) {
      skip(p, t);
      return;
    }
    frames.push(false);
    JsonToken next;
    while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
      assessment(p, next);
    }
    frames.pop();
  }

  private void assessment(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.START_OBJECT) {
      skip(p, t);
      return;
    }
    Visit visit = visitCount < visits.size() ? visits.get(visitCount).clear() : new Visit();
    int seen = 0;
    int expected = DATE;
    int field;
    frames.push(true);
    while ((field = nextField(p, ASSESSMENT_FIELDS, expected)) != END) {
      frames.field(name(p, ASSESSMENT_FIELDS, field));
      JsonToken v = p.nextToken();
      switch (field) {
        case DATE:
          seen = once(seen, 1);
          visit.date = date(p, v);
          expected = TARGETS;
          break;
        case BASELINE:
          seen = once(seen, 4);
          visit.measured = true;
          baseline(p, v, visit);
          expected = TARGETS;
          break;
        case TARGETS:
          seen = once(seen, 8);
          visit.measured = true;
          targets(p, v, visit);
          expected = NON_TARGETS;
          break;
        case NON_TARGETS:
          seen = once(seen, 16);
          visit.measured = true;
          nonTargets(p, v, visit);
          expected = MARKERS;
          break;
        default:
          seen = assessmentField(p, field, v, visit, seen);
          expected = NEW_LESIONS;
      }
    }
    frames.pop();
    if (!ok || visit.date == null || (visit.hasResponse && visit.measured)) {
      ok = false; // missing date, or response and measurements: an error either way
      return;
    }
    if (!visit.hasResponse) {
      Assessment.Builder b = builder(visit);
      if (visit.sum > Diameter.MAX_TENTHS) {
        ok = false;
        return;
      }
      visit.assessment = b.build();
    }
    if (visitCount == visits.size()) {
      visits.add(visit);
    }
    visitCount++;
  }

  /**
   * An assessment's field other than its date, baseline flag, targets and non-targets: a recorded
   * response, the tumour markers, new lesions, a symptom-driven scan, or a field not known; out of
   * line, as fewer visits have them (issue 14). The fields seen.
   */
  private int assessmentField(JsonParser p, int field, JsonToken v, Visit visit, int seen)
      throws IOException {
    switch (field) {
      case RESPONSE:
        seen = once(seen, 2);
        visit.hasResponse = true;
        response(p, v, visit);
        return seen;
      case MARKERS: {
        seen = once(seen, 32);
        visit.measured = true;
        boolean normal = bool(p, v);
        Assessment.Builder b = builder(visit);
        if (b != null && ok) {
          b.tumorMarkersNormal(normal);
        }
        return seen;
      }
      case NEW_LESIONS:
        seen = once(seen, 64);
        visit.measured = true;
        newLesions(p, v, visit);
        return seen;
      case SYMPTOM_DRIVEN: {
        seen = once(seen, 128);
        visit.measured = true;
        boolean symptomDriven = bool(p, v);
        Assessment.Builder b = builder(visit);
        if (b != null && ok) {
          if (symptomDriven && visit.baseline) {
            ok = false; // refused on the baseline (R14.5): the tree path says so
          } else {
            b.symptomDriven(symptomDriven);
          }
        }
        return seen;
      }
      default:
        skip(p, v);
        return seen;
    }
  }

  /** The baseline flag, which must come before the assessment's values. */
  private void baseline(JsonParser p, JsonToken v, Visit visit) throws IOException {
    boolean baseline = bool(p, v);
    if (baseline && visit.builder != null) {
      ok = false; // after a value, recorded on a follow-up's builder: left to the tree path
    }
    visit.baseline = baseline;
  }

  /**
   * The builder of the measured assessment being read, made at its first value; null (and not
   * taken) when its date has not been read before it.
   */
  private Assessment.Builder builder(Visit visit) {
    Assessment.Builder b = visit.builder;
    if (b == null) {
      if (visit.date == null) {
        ok = false;
        return null;
      }
      b = visit.baseline ? Assessment.baselineBuilder(visit.date) : Assessment.builder(visit.date);
      visit.builder = b;
    }
    return b;
  }

  private void response(JsonParser p, JsonToken t, Visit visit) throws IOException {
    if (!matched(p, t)) {
      return;
    }
    char[] chars = p.getTextCharacters();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    for (VisitResponse r : SubjectParser.RECORDABLE) {
      if (Fields.written(chars, offset, length, r.name())) {
        visit.response = r;
        return;
      }
    }
    for (IrecistResponse r : I_RESPONSES) {
      if (Fields.written(chars, offset, length, r.code())) {
        visit.iResponse = r;
        return;
      }
    }
    ok = false;
  }

  /** The targets' values, each recorded as it is read (Rule R4). */
  private void targets(JsonParser p, JsonToken t, Visit visit) throws IOException {
    if (t != JsonToken.START_OBJECT) {
      skip(p, t);
      return;
    }
    Assessment.Builder b = builder(visit);
    frames.push(true);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String lesion = p.currentName();
      frames.field(lesion);
      TargetValue value = targetValue(p, p.nextToken());
      if (value != null && b != null) {
        try {
          b.target(lesion, value);
        } catch (RuntimeException e) {
          ok = false; // recorded twice: a repeated key, which the tree path reports
        }
        visit.sum += value.isEvaluated() ? RecordedValues.countedTenths(value) : 0;
      }
    }
    frames.pop();
  }

  private TargetValue targetValue(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT: {
        Diameter d = diameter(p, t);
        return d == null ? null : TargetValue.measured(d);
      }
      case VALUE_STRING: {
        matched(p, t);
        char[] chars = p.getTextCharacters();
        int offset = p.getTextOffset();
        int length = p.getTextLength();
        if (Fields.written(chars, offset, length, "TOO_SMALL")) {
          return TargetValue.tooSmallToMeasure();
        }
        if (Fields.written(chars, offset, length, "NE")) {
          return TargetValue.notEvaluable();
        }
        ok = false;
        return null;
      }
      case START_OBJECT:
        return fragmentsOrMerged(p);
      default:
        skip(p, t);
        return null;
    }
  }

  /** {@code {"fragments": [...]}} or {@code {"mergedInto": "..."}}, and nothing else in the object. */
  private TargetValue fragmentsOrMerged(JsonParser p) throws IOException {
    TargetValue value = null;
    int fields = 0;
    frames.push(true);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      frames.field(name);
      JsonToken v = p.nextToken();
      fields++;
      if ("fragments".equals(name)) {
        value = fragments(p, v);
      } else if ("mergedInto".equals(name)) {
        String into = id(p, v);
        value = into == null ? null : TargetValue.mergedInto(into);
      } else {
        skip(p, v);
      }
    }
    frames.pop();
    if (fields != 1 || value == null) {
      ok = false;
      return null;
    }
    return value;
  }

  private TargetValue fragments(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.START_ARRAY) {
      skip(p, t);
      return null;
    }
    List<Diameter> fragments = new ArrayList<>(4);
    long total = 0;
    frames.push(false);
    JsonToken next;
    while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
      if (next != JsonToken.VALUE_NUMBER_INT && next != JsonToken.VALUE_NUMBER_FLOAT) {
        skip(p, next);
        continue;
      }
      Diameter d = diameter(p, next);
      if (d != null) {
        fragments.add(d);
        total += d.tenths();
      }
    }
    frames.pop();
    if (!ok || fragments.isEmpty() || total > Diameter.MAX_TENTHS) {
      ok = false;
      return null;
    }
    return TargetValue.fragments(fragments);
  }

  /** The non-targets' statuses, each recorded as it is read (Rule R7). */
  private void nonTargets(JsonParser p, JsonToken t, Visit visit) throws IOException {
    if (t != JsonToken.START_OBJECT) {
      skip(p, t);
      return;
    }
    Assessment.Builder b = builder(visit);
    frames.push(true);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String lesion = p.currentName();
      frames.field(lesion);
      NonTargetStatus status = nonTargetStatus(p, p.nextToken());
      if (status != null && b != null) {
        try {
          b.nonTarget(lesion, status);
        } catch (RuntimeException e) {
          ok = false; // recorded twice: a repeated key, which the tree path reports
        }
      }
    }
    frames.pop();
  }

  private NonTargetStatus nonTargetStatus(JsonParser p, JsonToken t) throws IOException {
    if (!matched(p, t)) {
      return null;
    }
    NonTargetStatus status =
        Fields.nonTargetStatus(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    if (status == null) {
      ok = false;
    }
    return status;
  }

  private void newLesions(JsonParser p, JsonToken t, Visit visit) throws IOException {
    if (t != JsonToken.START_ARRAY) {
      skip(p, t);
      return;
    }
    Assessment.Builder b = builder(visit);
    frames.push(false);
    JsonToken next;
    while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
      NewLesion lesion = newLesion(p, next);
      if (lesion != null && b != null) {
        b.newLesion(lesion);
      }
    }
    frames.pop();
  }

  private NewLesion newLesion(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.START_OBJECT) {
      skip(p, t);
      return null;
    }
    String id = null;
    Site site = null;
    NewLesionStatus status = null;
    newRole = LesionRole.NON_TARGET;
    newNodal = false;
    newDiameter = null;
    newState = null;
    int seen = 0;
    int expected = NEW_LESION_ID;
    int field;
    frames.push(true);
    while ((field = nextField(p, NEW_LESION_FIELDS, expected)) != END) {
      frames.field(name(p, NEW_LESION_FIELDS, field));
      JsonToken v = p.nextToken();
      switch (field) {
        case NEW_LESION_ID:
          seen = once(seen, 1);
          id = id(p, v);
          expected = NEW_LESION_SITE;
          break;
        case NEW_LESION_SITE:
          seen = once(seen, 2);
          site = site(p, v);
          expected = NEW_LESION_STATUS;
          break;
        case NEW_LESION_STATUS:
          seen = once(seen, 4);
          status = code(p, v, STATUSES);
          expected = NEW_LESION_ROLE;
          break;
        default:
          seen = newLesionField(p, field, v, seen);
      }
    }
    frames.pop();
    if (!ok || id == null || site == null || status == null || newRole == null) {
      ok = false;
      return null;
    }
    try {
      return NewLesion.builder().id(id).site(site).status(status).role(newRole).nodal(newNodal)
          .diameter(Optional.ofNullable(newDiameter)).state(Optional.ofNullable(newState)).build();
    } catch (RuntimeException e) {
      ok = false;
      return null;
    }
  }

  /**
   * A new lesion's field other than its id, site and status: its role, nodal flag, diameter and
   * state, which only iRECIST's new lesions have, or a field not known; out of line (issue 14).
   * The fields seen.
   */
  private int newLesionField(JsonParser p, int field, JsonToken v, int seen) throws IOException {
    switch (field) {
      case NEW_LESION_ROLE:
        seen = once(seen, 8);
        newRole = code(p, v, ROLES);
        return seen;
      case NEW_LESION_NODAL:
        seen = once(seen, 16);
        newNodal = bool(p, v);
        return seen;
      case NEW_LESION_DIAMETER:
        seen = once(seen, 32);
        newDiameter = newLesionDiameter(p, v);
        return seen;
      case NEW_LESION_STATE:
        seen = once(seen, 64);
        newState = nonTargetStatus(p, v);
        return seen;
      default:
        skip(p, v);
        return seen;
    }
  }

  private TargetValue newLesionDiameter(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      Diameter d = diameter(p, t);
      return d == null ? null : TargetValue.measured(d);
    }
    String text = string(p, t);
    if ("TOO_SMALL".equals(text)) {
      return TargetValue.tooSmallToMeasure();
    }
    if ("NE".equals(text)) {
      return TargetValue.notEvaluable();
    }
    ok = false;
    return null;
  }

  /**
   * The number of the next field among {@code fields} (its place there), {@link #UNKNOWN} for a name
   * not among them, or {@link #END} at the end of the object: the same tokens as {@code nextToken},
   * but the name the field is expected to have, {@code fields[expected]}, is matched on its raw bytes
   * first ({@link JsonParser#nextFieldName(com.fasterxml.jackson.core.SerializableString)}), with no
   * look-up in the parser's symbol table when it is that one, and any other name is found among the
   * fields: a number to switch on, not a string, so that the readers' loops compile small (issue 14).
   */
  private static int nextField(JsonParser p, SerializedString[] fields, int expected)
      throws IOException {
    if (p.nextFieldName(fields[expected])) {
      return expected;
    }
    if (p.currentToken() != JsonToken.FIELD_NAME) {
      return END;
    }
    String name = p.currentName();
    for (int i = 0; i < fields.length; i++) {
      if (fields[i].getValue().equals(name)) {
        return i;
      }
    }
    return UNKNOWN;
  }

  /** The name of field number {@code field} of {@link #nextField}, for the frames. */
  private static String name(JsonParser p, SerializedString[] fields, int field) throws IOException {
    return field >= 0 ? fields[field].getValue() : p.currentName();
  }

  private static SerializedString[] fields(String... names) {
    SerializedString[] fields = new SerializedString[names.length];
    for (int i = 0; i < names.length; i++) {
      fields[i] = new SerializedString(names[i]);
    }
    return fields;
  }

  /**
   * {@code seen} with the bit of a known field added; a field that has its bit already is a
   * repeated key, which this reader does not take (the parser does not look for repeated keys in
   * the subjects it reads: see {@link CaseReader}, and the subject is read again from its bytes).
   */
  private int once(int seen, int bit) {
    if ((seen & bit) != 0) {
      ok = false;
    }
    return seen | bit;
  }

  // the values, each read with the accessor SubjectTreeReader uses for its token

  /** A string; null (and not taken) for any other value. */
  private String string(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.VALUE_STRING) {
      skip(p, t);
      return null;
    }
    String text = p.getText();
    frames.text(text);
    return text;
  }

  /**
   * Whether the value is a string, which the caller then matches against the words it takes on the
   * token's characters ({@link JsonParser#getTextCharacters()}, which reads the whole string as
   * {@code getText()} does, so that the parser fails at the same place), with no string made
   * (issue 14). The frames are not given it: such a string (a role, a site, a method, a status,
   * a response, a target's value) is never the value of an {@code id} or a {@code date} of a
   * subject, a lesion, an assessment or a new lesion, the only strings {@link Frames#place} names.
   * Any other value is skipped, as {@link #string} skips it.
   */
  private boolean matched(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.VALUE_STRING) {
      skip(p, t);
      return false;
    }
    return true;
  }

  /** A string that is not blank, as an id must be. */
  private String id(JsonParser p, JsonToken t) throws IOException {
    String text = string(p, t);
    if (text == null || text.isBlank()) {
      ok = false;
      return null;
    }
    return text;
  }

  /** A date, read from the token's characters without a string. */
  private LocalDate date(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.VALUE_STRING) {
      skip(p, t);
      return null;
    }
    LocalDate date = Fields.dateOrNull(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    frames.date(date);
    if (date == null) {
      ok = false;
    }
    return date;
  }

  private boolean bool(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t != JsonToken.VALUE_FALSE) {
      skip(p, t);
    }
    return false;
  }

  private <E extends Enum<E>> E code(JsonParser p, JsonToken t, E[] values) throws IOException {
    if (matched(p, t)) {
      char[] chars = p.getTextCharacters();
      int offset = p.getTextOffset();
      int length = p.getTextLength();
      for (E e : values) {
        if (Fields.written(chars, offset, length, e.name())) {
          return e;
        }
      }
    }
    ok = false;
    return null;
  }

  /** A site, found on the token's characters with no string made for a known name (issue 14). */
  private Site site(JsonParser p, JsonToken t) throws IOException {
    if (!matched(p, t)) {
      return null;
    }
    try {
      return Site.of(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    } catch (IllegalArgumentException e) {
      ok = false;
      return null;
    }
  }

  /** A number as a decimal, as {@code JsonNode.decimalValue()} gives it for its node. */
  private BigDecimal decimal(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      return SubjectTreeReader.decimal(p);
    }
    if (t != JsonToken.VALUE_NUMBER_INT) {
      skip(p, t);
      return null;
    }
    switch (p.getNumberType()) {
      case INT:
        return BigDecimal.valueOf(p.getIntValue());
      case LONG:
        return BigDecimal.valueOf(p.getLongValue());
      default:
        return new BigDecimal(p.getBigIntegerValue());
    }
  }

  /**
   * A diameter as {@link Fields#diameter} takes it: whole millimetres, or a decimal with at most one
   * decimal, not negative, not above the plausible; null (and not taken) otherwise. Whole
   * millimetres and plain decimals ({@link Fields#plainTenths}) are read from the token's
   * characters; any other number as a {@code BigDecimal}.
   */
  private Diameter diameter(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      int mm = p.getIntValue();
      if (mm >= 0 && mm <= Diameter.MAX_TENTHS / 10) {
        return Diameter.ofMillimetres(mm);
      }
      ok = false;
      return null;
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      long tenths = Fields.plainTenths(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      if (tenths >= 0) {
        return Diameter.ofTenths(tenths);
      }
    }
    return diameterAsDecimal(p, t);
  }

  /** {@link #diameter} of a number that is not plain: read as a {@code BigDecimal}, out of line. */
  private Diameter diameterAsDecimal(JsonParser p, JsonToken t) throws IOException {
    BigDecimal mm = decimal(p, t);
    if (mm == null || mm.signum() < 0 || mm.compareTo(MAX_MILLIMETRES) > 0) {
      ok = false;
      return null;
    }
    BigDecimal plain = mm.stripTrailingZeros();
    if (plain.scale() > 1) {
      ok = false;
      return null;
    }
    return Diameter.ofTenths(plain.movePointRight(1).longValueExact());
  }

  /**
   * A value this reader does not take here: read to its end, each token as {@link
   * SubjectTreeReader} reads it, and the subject left to the tree path.
   */
  private void skip(JsonParser p, JsonToken t) throws IOException {
    ok = false;
    switch (t) {
      case START_OBJECT:
        frames.push(true);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          frames.field(p.currentName());
          skip(p, p.nextToken());
        }
        frames.pop();
        return;
      case START_ARRAY: {
        frames.push(false);
        JsonToken next;
        while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
          skip(p, next);
        }
        frames.pop();
        return;
      }
      case VALUE_STRING:
        frames.text(p.getText());
        return;
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            p.getIntValue();
            return;
          case LONG:
            p.getLongValue();
            return;
          default:
            p.getBigIntegerValue();
            return;
        }
      case VALUE_NUMBER_FLOAT:
        SubjectTreeReader.decimal(p);
        return;
      case VALUE_TRUE:
      case VALUE_FALSE:
      case VALUE_NULL:
        return;
      default:
        throw new IllegalStateException("unexpected token " + t + " at " + p.currentLocation());
    }
  }

  /** Where the reader stood when the parser failed: see {@link Frames#place}. */
  Frames.Place place(JsonParser p) {
    return frames.place(p);
  }
}
