package io.github.recist.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.recist.model.Assessment;
import io.github.recist.model.Criteria;
import io.github.recist.model.Diameter;
import io.github.recist.model.InvalidSubjectException;
import io.github.recist.model.IrecistResponse;
import io.github.recist.model.Lesion;
import io.github.recist.model.LesionRole;
import io.github.recist.model.MeasurementMethod;
import io.github.recist.model.NewLesion;
import io.github.recist.model.NewLesionStatus;
import io.github.recist.model.NonTargetStatus;
import io.github.recist.model.Problem;
import io.github.recist.model.Response;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.model.TargetValue;
import io.github.recist.model.VisitResponse;
import io.github.recist.rules.RecordedValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns one subject of a {@code recist-case/1} file, read as a tree, into a {@link Subject} of the
 * engine, or into the list of everything wrong with it.
 *
 * <p>It checks what the JSON can get wrong (unknown fields, wrong types, dates that do not exist,
 * codes that are not in the format, diameters that are negative or carry two decimals) and hands the
 * rest to the engine's own checks ({@link Subject.Builder}: lesion ids declared, one baseline, no
 * visit before it...). Every problem of the subject is collected, each naming the subject, the visit
 * date and the lesion; a problem that only follows from another (a lesion whose declaration was
 * already refused) is not reported twice.
 */
final class SubjectParser {

  static final ImmutableSet<String> SUBJECT_FIELDS =
      ImmutableSet.of("id", "referenceDate", "deathDate", "newTherapyDate", "lesions", "assessments");
  static final ImmutableSet<String> LESION_FIELDS =
      ImmutableSet.of("id", "role", "site", "nodal", "method", "sliceThicknessMm");
  static final ImmutableSet<String> MEASURED_FIELDS = ImmutableSet.of("date", "baseline", "targets",
      "nonTargets", "tumorMarkersNormal", "newLesions", "symptomDriven");
  static final ImmutableSet<String> RECORDED_FIELDS = ImmutableSet.of("date", "response");
  static final ImmutableSet<String> NEW_LESION_FIELDS =
      ImmutableSet.of("id", "site", "status", "role", "nodal", "diameter", "state");
  private static final ImmutableSet<String> MEASUREMENT_ONLY = ImmutableSet.of("baseline", "targets",
      "nonTargets", "tumorMarkersNormal", "newLesions", "symptomDriven");
  static final ImmutableList<VisitResponse> RECORDABLE = ImmutableList.copyOf(VisitResponse.values());
  private static final String NON_TARGET_STATES = "PRESENT, ABSENT, INCREASED, UNEQUIVOCAL_PROGRESSION or NE";
  private static final String TARGET_VALUES =
      "a diameter in mm, \"TOO_SMALL\", \"NE\", {\"fragments\": [...]} or {\"mergedInto\": \"...\"}";
  /** Stands in for a reference date that could not be read, only to go on checking the rest. */
  private static final LocalDate PLACEHOLDER_DATE = LocalDate.of(2000, 1, 1);

  /** What came of one subject: the subject, or its problems. */
  static final class Parsed {
    /** The subject's id, or {@code subject #n} when it has none that can be read. */
    final String label;
    /** The id as written, when it is a string that is not blank; null otherwise. */
    final String id;
    /** The subject, when there was no problem; null otherwise. */
    final Subject subject;
    /** Every error found; empty when {@link #subject} is set. */
    final ImmutableList<Problem> problems;

    Parsed(String label, String id, Subject subject, List<Problem> problems) {
      this.label = label;
      this.id = id;
      this.subject = subject;
      this.problems = ImmutableList.copyOf(problems);
    }
  }

  private final String label;
  private final List<Problem> problems = new ArrayList<>(0);
  private final Set<String> tainted = new HashSet<>();
  private boolean baselineDropped;
  private boolean lesionRefused;

  private SubjectParser(String label) {
    this.label = label;
  }

  /**
   * Reads subject number {@code number} (1-based, for naming a subject without id) from {@code node}.
   */
  static Parsed parse(JsonNode node, int number) {
    JsonNode idNode = node.isObject() ? node.get("id") : null;
    String id = Fields.idOrNull(idNode);
    SubjectParser p = new SubjectParser(id != null ? id : "subject #" + number);
    Subject subject = p.read(node, idNode);
    return new Parsed(p.label, id, p.problems.isEmpty() ? subject : null, p.problems);
  }

  private void error(LocalDate date, String lesionId, String message) {
    problems.add(Problem.error(label, date, lesionId, message));
  }

  private Consumer<String> at(LocalDate date, String lesionId) {
    return m -> error(date, lesionId, m);
  }

  /**
   * Problems within assessment number {@code index}: placed at its date, or, when the date could
   * not be read, named by the assessment's number.
   */
  private Consumer<String> at(LocalDate date, String lesionId, int index) {
    return date != null ? at(date, lesionId) : m -> error(null, lesionId, "assessment #" + index + ": " + m);
  }

  private Subject read(JsonNode node, JsonNode idNode) {
    if (!node.isObject()) {
      error(null, null, "a subject must be an object, not " + Json.show(node));
      return null;
    }
    Consumer<String> here = at(null, null);
    if (idNode == null) {
      error(null, null, "missing id");
    } else {
      Fields.text(idNode, "id", here);
    }
    Fields.checkKnown(node, SUBJECT_FIELDS, "a subject", here);
    LocalDate reference = null;
    JsonNode v = node.get("referenceDate");
    if (v == null) {
      error(null, null, "missing referenceDate (the start of treatment)");
    } else {
      reference = Fields.date(v, "referenceDate", here);
    }
    LocalDate death = (v = node.get("deathDate")) == null ? null : Fields.date(v, "deathDate", here);
    LocalDate therapy = (v = node.get("newTherapyDate")) == null ? null
        : Fields.date(v, "newTherapyDate", here);

    JsonNode lesionsNode = node.get("lesions");
    Map<String, Lesion> lesions = lesions(lesionsNode);
    JsonNode assessmentsNode = node.get("assessments");
    List<JsonNode> assessments = new ArrayList<>();
    if (assessmentsNode == null) {
      error(null, null, "missing assessments");
    } else if (!assessmentsNode.isArray()) {
      error(null, null, "assessments must be an array, not " + Json.show(assessmentsNode));
    } else {
      assessmentsNode.forEach(assessments::add);
    }

    boolean anyRecorded = false;
    boolean anyMeasured = lesionsNode != null && !(lesionsNode.isArray() && lesionsNode.isEmpty());
    for (JsonNode a : assessments) {
      if (a.isObject()) {
        anyRecorded |= a.has("response");
        for (String f : MEASUREMENT_ONLY) {
          anyMeasured |= a.has(f);
        }
      }
    }
    boolean mixed = anyRecorded && anyMeasured;
    if (mixed) {
      error(null, null, "mixes measurements (lesions, baseline, targets...) with recorded visit "
          + "responses; a subject has one or the other");
    }
    boolean recorded = anyRecorded && !anyMeasured;

    Subject.Builder b = Subject.builder(label)
        .referenceDate(reference != null ? reference : PLACEHOLDER_DATE);
    if (death != null) {
      b.deathDate(death);
    }
    if (therapy != null) {
      b.newTherapyDate(therapy);
    }
    lesions.values().forEach(b::lesion);
    List<Problem> model = new ArrayList<>(0);
    int index = 0;
    for (JsonNode a : assessments) {
      index++;
      if (!a.isObject()) {
        error(null, null, "assessment #" + index + " must be an object, not " + Json.show(a));
        continue;
      }
      boolean isRecorded = mixed ? a.has("response") : recorded;
      try {
        if (isRecorded) {
          recordedResponse(a, index, b);
        } else {
          Assessment built = assessment(a, index);
          if (built != null) {
            b.assessment(built);
          }
        }
      } catch (InvalidSubjectException e) {
        model.addAll(e.problems());
      }
    }
    Subject subject = null;
    if (!mixed) {
      try {
        subject = b.build();
      } catch (InvalidSubjectException e) {
        model.addAll(e.problems());
      }
    }
    boolean wholeSubjectTainted = baselineDropped || lesionRefused;
    boolean noReference = reference == null;
    for (Problem p : model) {
      // A consequence of a problem already reported: a lesion refused, so not declared, or its
      // baseline value refused; no baseline or no lesion because one could not be read.
      boolean consequence = p.lesionId().map(tainted::contains).orElse(false)
          || (wholeSubjectTainted && p.lesionId().isEmpty() && p.date().isEmpty())
          || (noReference && p.message().contains(PLACEHOLDER_DATE.toString()));
      if (!consequence) {
        problems.add(p);
      }
    }
    return subject;
  }

  private Map<String, Lesion> lesions(JsonNode node) {
    Map<String, Lesion> lesions = new LinkedHashMap<>();
    if (node == null) {
      return lesions;
    }
    if (!node.isArray()) {
      error(null, null, "lesions must be an array, not " + Json.show(node));
      lesionRefused = true;
      return lesions;
    }
    int index = 0;
    for (JsonNode l : node) {
      index++;
      if (!l.isObject()) {
        error(null, null, "lesion #" + index + " must be an object, not " + Json.show(l));
        lesionRefused = true;
        continue;
      }
      JsonNode idNode = l.get("id");
      String id = Fields.idOrNull(idNode);
      Lesion lesion = lesion(l, id, index);
      if (id != null && lesions.containsKey(id)) {
        error(null, id, "lesion id declared twice");
      } else if (lesion != null) {
        lesions.put(id, lesion);
      }
    }
    return lesions;
  }

  private Lesion lesion(JsonNode l, String id, int index) {
    int before = problems.size();
    Consumer<String> here = at(null, id != null ? id : "lesion #" + index);
    Fields.checkKnown(l, LESION_FIELDS, "a lesion", here);
    if (l.get("id") == null) {
      here.accept("missing id");
    } else {
      Fields.text(l.get("id"), "id", here);
    }
    LesionRole role = null;
    if (l.get("role") == null) {
      here.accept("missing role (TARGET or NON_TARGET)");
    } else {
      role = Fields.code(l.get("role"), "role", LesionRole.class, here);
    }
    Site site = null;
    if (l.get("site") == null) {
      here.accept("missing site (an organ such as LUNG)");
    } else {
      site = site(l.get("site"), here);
    }
    Boolean nodal = l.has("nodal") ? Fields.bool(l.get("nodal"), "nodal", here) : Boolean.FALSE;
    MeasurementMethod method = l.has("method")
        ? Fields.code(l.get("method"), "method", MeasurementMethod.class, here)
        : MeasurementMethod.CT;
    BigDecimal slice = Lesion.DEFAULT_SLICE_THICKNESS_MM;
    JsonNode s = l.get("sliceThicknessMm");
    if (s != null) {
      if (!s.isNumber() || s.decimalValue().signum() <= 0
          || s.decimalValue().compareTo(BigDecimal.valueOf(100)) > 0) {
        here.accept("sliceThicknessMm must be a number of mm above 0 and at most 100, not "
            + Json.show(s));
      } else if (method != null && !method.isCrossSectional()) {
        here.accept("sliceThicknessMm applies only to CT or MRI, not " + method);
      } else {
        slice = s.decimalValue();
      }
    }
    if (problems.size() > before) {
      if (id != null) {
        tainted.add(id);
      }
      lesionRefused = true;
      return null;
    }
    return Lesion.builder().id(id).role(role).site(site).nodal(nodal).method(method)
        .sliceThicknessMm(slice).build();
  }

  private static Site site(JsonNode node, Consumer<String> problems) {
    if (!node.isTextual()) {
      problems.accept("site must be an organ name such as LUNG, not " + Json.show(node));
      return null;
    }
    try {
      return Site.of(node.asText());
    } catch (IllegalArgumentException e) {
      problems.accept("site " + e.getMessage());
      return null;
    }
  }

  private void recordedResponse(JsonNode a, int index, Subject.Builder b) {
    int before = problems.size();
    LocalDate date = date(a, index);
    Consumer<String> here = at(date, null, index);
    Fields.checkKnown(a, RECORDED_FIELDS, "a recorded-response assessment", here);
    JsonNode r = a.get("response");
    VisitResponse response = null;
    IrecistResponse iResponse = null;
    if (r == null) {
      here.accept("missing response (" + codes() + ")");
    } else {
      for (VisitResponse candidate : RECORDABLE) {
        if (r.isTextual() && candidate.name().equals(r.asText())) {
          response = candidate;
        }
      }
      for (IrecistResponse candidate : IrecistResponse.values()) {
        if (r.isTextual() && candidate.code().equals(r.asText())) {
          iResponse = candidate;
        }
      }
      if (response == null && iResponse == null) {
        here.accept("response " + Json.show(r) + " is not one of " + codes());
      }
    }
    if (problems.size() == before && date != null) {
      // which codes the protocol's criteria allow is checked on the subject (Subject.problemsUnder)
      if (response != null) {
        b.recorded(date, response);
      } else {
        b.recorded(date, iResponse);
      }
    }
  }

  private static String codes() {
    StringBuilder s = new StringBuilder();
    for (VisitResponse r : RECORDABLE) {
      s.append(s.length() == 0 ? "" : ", ").append(r.name());
    }
    return s.append("; under IRECIST ").append(Criteria.IRECIST.recordableCodes()).toString();
  }

  private LocalDate date(JsonNode a, int index) {
    JsonNode d = a.get("date");
    if (d == null) {
      error(null, null, "assessment #" + index + ": missing date");
      return null;
    }
    return Fields.date(d, "assessment #" + index + ": date", at(null, null));
  }

  private Assessment assessment(JsonNode a, int index) {
    LocalDate date = date(a, index);
    Consumer<String> here = at(date, null, index);
    Fields.checkKnown(a, MEASURED_FIELDS, "an assessment", here);
    boolean baseline = false;
    if (a.has("baseline")) {
      Boolean flag = Fields.bool(a.get("baseline"), "baseline", here);
      baseline = flag == null || flag;
    }
    Assessment.Builder b = baseline ? Assessment.baselineBuilder(date != null ? date : PLACEHOLDER_DATE)
        : Assessment.builder(date != null ? date : PLACEHOLDER_DATE);
    long sum = 0;
    JsonNode targets = a.get("targets");
    if (targets != null) {
      if (!targets.isObject()) {
        here.accept("targets must be an object of lesion id to value, not " + Json.show(targets));
      } else {
        for (Map.Entry<String, JsonNode> e : targets.properties()) {
          TargetValue value = targetValue(e.getValue(), at(date, e.getKey(), index));
          if (value == null) {
            if (baseline) {
              tainted.add(e.getKey());
            }
            continue;
          }
          b.target(e.getKey(), value);
          sum += value.isEvaluated() ? RecordedValues.countedTenths(value) : 0;
        }
      }
    }
    if (sum > Diameter.MAX_TENTHS) {
      here.accept("the target diameters add up to " + Diameter.render(sum)
          + " mm, more than a plausible " + Diameter.render(Diameter.MAX_TENTHS) + " mm");
    }
    JsonNode nonTargets = a.get("nonTargets");
    if (nonTargets != null) {
      if (!nonTargets.isObject()) {
        here.accept("nonTargets must be an object of lesion id to status, not "
            + Json.show(nonTargets));
      } else {
        for (Map.Entry<String, JsonNode> e : nonTargets.properties()) {
          NonTargetStatus status = nonTargetStatus(e.getValue(), at(date, e.getKey(), index));
          if (status != null) {
            b.nonTarget(e.getKey(), status);
          }
        }
      }
    }
    JsonNode symptom = a.get("symptomDriven");
    if (symptom != null) {
      Boolean flag = Fields.bool(symptom, "symptomDriven", here);
      if (flag != null) {
        try {
          b.symptomDriven(flag);
        } catch (InvalidSubjectException e) {
          e.problems().forEach(p -> here.accept(p.message()));
        }
      }
    }
    JsonNode markers = a.get("tumorMarkersNormal");
    if (markers != null) {
      Boolean normal = Fields.bool(markers, "tumorMarkersNormal", here);
      if (normal != null) {
        b.tumorMarkersNormal(normal);
      }
    }
    JsonNode newLesions = a.get("newLesions");
    if (newLesions != null) {
      if (!newLesions.isArray()) {
        here.accept("newLesions must be an array, not " + Json.show(newLesions));
      } else {
        int k = 0;
        for (JsonNode n : newLesions) {
          NewLesion lesion = newLesion(n, date, index, ++k);
          if (lesion != null) {
            b.newLesion(lesion);
          }
        }
      }
    }
    if (date == null) {
      baselineDropped |= baseline;
      return null;
    }
    return b.build();
  }

  private TargetValue targetValue(JsonNode v, Consumer<String> here) {
    if (v.isNumber()) {
      Diameter d = Fields.diameter(v, here);
      return d == null ? null : TargetValue.measured(d);
    }
    if (v.isTextual()) {
      switch (v.asText()) {
        case "TOO_SMALL":
          return TargetValue.tooSmallToMeasure();
        case "NE":
          return TargetValue.notEvaluable();
        default:
          here.accept(Json.show(v) + " is not a target value (" + TARGET_VALUES + ")");
          return null;
      }
    }
    if (v.isObject() && v.size() == 1 && v.has("fragments")) {
      JsonNode f = v.get("fragments");
      if (!f.isArray() || f.isEmpty()) {
        here.accept("fragments must be a non-empty array of diameters in mm, not " + Json.show(f));
        return null;
      }
      List<Diameter> fragments = new ArrayList<>(f.size());
      long total = 0;
      boolean ok = true;
      for (JsonNode x : f) {
        if (!x.isNumber()) {
          here.accept("fragment " + Json.show(x) + " is not a diameter in mm");
          ok = false;
          continue;
        }
        Diameter d = Fields.diameter(x, here);
        if (d == null) {
          ok = false;
        } else {
          fragments.add(d);
          total += d.tenths();
        }
      }
      if (ok && total > Diameter.MAX_TENTHS) {
        here.accept("fragments add up to " + Diameter.render(total) + " mm, more than a plausible "
            + Diameter.render(Diameter.MAX_TENTHS) + " mm");
        ok = false;
      }
      return ok ? TargetValue.fragments(fragments) : null;
    }
    if (v.isObject() && v.size() == 1 && v.has("mergedInto")) {
      String into = Fields.text(v.get("mergedInto"), "mergedInto", here);
      return into == null ? null : TargetValue.mergedInto(into);
    }
    here.accept(Json.show(v) + " is not a target value (" + TARGET_VALUES + ")");
    return null;
  }

  private static NonTargetStatus nonTargetStatus(JsonNode v, Consumer<String> here) {
    return nonTargetStatus(v, "a non-target status", here);
  }

  private static NonTargetStatus nonTargetStatus(JsonNode v, String what, Consumer<String> here) {
    NonTargetStatus status = v.isTextual() ? Fields.nonTargetStatus(v.asText()) : null;
    if (status != null) {
      return status;
    }
    here.accept(Json.show(v) + " is not " + what + " (" + NON_TARGET_STATES + ")");
    return null;
  }

  private NewLesion newLesion(JsonNode n, LocalDate date, int assessment, int index) {
    if (!n.isObject()) {
      at(date, null, assessment).accept("new lesion #" + index + " must be an object, not "
          + Json.show(n));
      return null;
    }
    int before = problems.size();
    JsonNode idNode = n.get("id");
    String id = Fields.idOrNull(idNode);
    Consumer<String> here = at(date, id != null ? id : "new lesion #" + index, assessment);
    Fields.checkKnown(n, NEW_LESION_FIELDS, "a new lesion", here);
    if (idNode == null) {
      here.accept("missing id");
    } else {
      Fields.text(idNode, "id", here);
    }
    Site site = null;
    if (n.get("site") == null) {
      here.accept("missing site (an organ such as LIVER)");
    } else {
      site = site(n.get("site"), here);
    }
    NewLesionStatus status = null;
    if (n.get("status") == null) {
      here.accept("missing status (UNEQUIVOCAL or EQUIVOCAL)");
    } else {
      status = Fields.code(n.get("status"), "status", NewLesionStatus.class, here);
    }
    // iRECIST (R14.2): the new-lesion target or non-target; RECIST 1.1 reads only "gone"
    LesionRole role = LesionRole.NON_TARGET;
    if (n.has("role")) {
      role = Fields.code(n.get("role"), "role", LesionRole.class, here);
    }
    Boolean nodal = n.has("nodal") ? Fields.bool(n.get("nodal"), "nodal", here) : Boolean.FALSE;
    TargetValue diameter = null;
    if (n.has("diameter")) {
      diameter = newLesionDiameter(n.get("diameter"), here);
    }
    NonTargetStatus state = null;
    if (n.has("state")) {
      state = nonTargetStatus(n.get("state"), "a new-lesion state", here);
    }
    if (problems.size() > before) {
      return null;
    }
    try {
      return NewLesion.builder().id(id).site(site).status(status).role(role).nodal(nodal)
          .diameter(java.util.Optional.ofNullable(diameter))
          .state(java.util.Optional.ofNullable(state)).build();
    } catch (IllegalArgumentException e) {
      here.accept(e.getMessage()); // the model's refusal: diameter or state on the wrong role
      return null;
    }
  }

  private static TargetValue newLesionDiameter(JsonNode v, Consumer<String> here) {
    if (v.isNumber()) {
      Diameter d = Fields.diameter(v, here);
      return d == null ? null : TargetValue.measured(d);
    }
    if (v.isTextual() && "TOO_SMALL".equals(v.asText())) {
      return TargetValue.tooSmallToMeasure();
    }
    if (v.isTextual() && "NE".equals(v.asText())) {
      return TargetValue.notEvaluable();
    }
    here.accept("diameter " + Json.show(v)
        + " is not a new-lesion target value (a diameter in mm, \"TOO_SMALL\" or \"NE\")");
    return null;
  }
}
