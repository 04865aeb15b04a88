package io.github.recist.examples.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.recist.model.Assessment;
import io.github.recist.model.Diameter;
import io.github.recist.model.Lesion;
import io.github.recist.model.LesionRole;
import io.github.recist.model.MeasurementMethod;
import io.github.recist.model.NewLesion;
import io.github.recist.model.NonTargetStatus;
import io.github.recist.model.Protocol;
import io.github.recist.model.RecordedResponse;
import io.github.recist.model.Subject;
import io.github.recist.model.TargetValue;
import io.github.recist.model.TumorMarkers;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Writes subjects as a {@code recist-case/1} document that {@link CaseReader} reads back to the same
 * subjects: pretty-printed UTF-8, fields always in the same order, so the same subjects give the same
 * bytes. Optional fields are written only when they differ from the defaults ({@code nodal}, {@code
 * method}, {@code sliceThicknessMm}); {@code deathDate} and {@code newTherapyDate} when set.
 */
public final class CaseWriter {

  private CaseWriter() {}

  /** Writes {@code subjects} under {@code protocol} to {@code out} (left open). */
  public static void write(Protocol protocol, List<Subject> subjects, OutputStream out)
      throws IOException {
    try (JsonGenerator g = Json.prettyGenerator(out, 0)) {
      g.writeStartObject();
      g.writeStringField("format", CaseReader.FORMAT);
      g.writeObjectFieldStart("protocol");
      g.writeStringField("criteria", protocol.criteria().name());
      g.writeStringField("confirmation", protocol.confirmation().name());
      g.writeNumberField("minConfirmationDays", protocol.minConfirmationDays());
      g.writeNumberField("minStableDiseaseDays", protocol.minStableDiseaseDays());
      g.writeNumberField("followUpDays", protocol.followUpDays());
      g.writeNumberField("maxNotEvaluableBetween", protocol.maxNotEvaluableBetween());
      g.writeBooleanField("acceptStableDiseaseBetween", protocol.acceptStableDiseaseBetween());
      g.writeBooleanField("persistentPartialResponse", protocol.persistentPartialResponse());
      g.writeBooleanField("missingAsNotEvaluable", protocol.missingAsNotEvaluable());
      g.writeStringField("tableThree", protocol.tableThree().name());
      g.writeEndObject();
      g.writeArrayFieldStart("subjects");
      for (Subject s : subjects) {
        subject(g, s);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
    out.flush();
  }

  private static void subject(JsonGenerator g, Subject s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeStringField("referenceDate", s.referenceDate().toString());
    if (s.deathDate().isPresent()) {
      g.writeStringField("deathDate", s.deathDate().get().toString());
    }
    if (s.newTherapyDate().isPresent()) {
      g.writeStringField("newTherapyDate", s.newTherapyDate().get().toString());
    }
    if (s.isRecorded()) {
      g.writeArrayFieldStart("assessments");
      for (RecordedResponse r : s.recordedInDateOrder()) {
        g.writeStartObject();
        g.writeStringField("date", r.date().toString());
        g.writeStringField("response", r.code().code());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      return;
    }
    g.writeArrayFieldStart("lesions");
    for (Lesion l : s.lesions()) {
      g.writeStartObject();
      g.writeStringField("id", l.id());
      g.writeStringField("role", l.role() == LesionRole.TARGET ? "TARGET" : "NON_TARGET");
      g.writeStringField("site", l.site().name());
      if (l.nodal()) {
        g.writeBooleanField("nodal", true);
      }
      if (l.method() != MeasurementMethod.CT) {
        g.writeStringField("method", l.method().name());
      }
      if (l.sliceThicknessMm().compareTo(Lesion.DEFAULT_SLICE_THICKNESS_MM) != 0) {
        g.writeNumberField("sliceThicknessMm", l.sliceThicknessMm());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("assessments");
    for (Assessment a : s.assessments()) {
      g.writeStartObject();
      g.writeStringField("date", a.date().toString());
      if (a.baseline()) {
        g.writeBooleanField("baseline", true);
      }
      g.writeObjectFieldStart("targets");
      for (Map.Entry<String, TargetValue> t : a.targets().entrySet()) {
        g.writeFieldName(t.getKey());
        target(g, t.getValue());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("nonTargets");
      for (Map.Entry<String, NonTargetStatus> n : a.nonTargets().entrySet()) {
        g.writeStringField(n.getKey(), n.getValue() == NonTargetStatus.NOT_EVALUABLE ? "NE"
            : n.getValue().name());
      }
      g.writeEndObject();
      if (a.tumorMarkers() != TumorMarkers.NOT_FOLLOWED) {
        g.writeBooleanField("tumorMarkersNormal", a.tumorMarkers() == TumorMarkers.NORMAL);
      }
      if (!a.newLesions().isEmpty()) {
        g.writeArrayFieldStart("newLesions");
        for (NewLesion n : a.newLesions()) {
          g.writeStartObject();
          g.writeStringField("id", n.id());
          g.writeStringField("site", n.site().name());
          g.writeStringField("status", n.status().name());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void target(JsonGenerator g, TargetValue v) throws IOException {
    switch (v.kind()) {
      case MEASURED:
        g.writeNumber(v.diameter().millimetres());
        break;
      case TOO_SMALL:
        g.writeString("TOO_SMALL");
        break;
      case NOT_EVALUABLE:
        g.writeString("NE");
        break;
      case FRAGMENTS:
        g.writeStartObject();
        g.writeArrayFieldStart("fragments");
        for (Diameter d : v.fragmentDiameters()) {
          g.writeNumber(d.millimetres());
        }
        g.writeEndArray();
        g.writeEndObject();
        break;
      case MERGED:
        g.writeStartObject();
        g.writeStringField("mergedInto", v.mergedIntoId());
        g.writeEndObject();
        break;
      default:
        throw new IllegalStateException("unknown target value " + v);
    }
  }
}
