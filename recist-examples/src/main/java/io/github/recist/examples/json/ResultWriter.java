package io.github.recist.examples.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.recist.model.Diameter;
import io.github.recist.model.Problem;
import io.github.recist.model.Response;
import io.github.recist.result.Reason;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimeToEvent;
import io.github.recist.result.TimepointResult;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Writes a {@code recist-result/1} document, one subject at a time as the engine assesses them:
 * pretty-printed UTF-8, {@code \n} line ends, fields always in the same order, so the same input
 * gives the same bytes.
 *
 * <p>Per subject: {@code id}, {@code timepoints}, {@code bestOverallResponse}, {@code
 * bestOverallResponseDate} (null for MISSING), {@code confirmed}, {@code confirmedBy}, {@code
 * progressionDate}, {@code progressionFreeSurvivalDays} and {@code progressionFreeSurvivalCensored}
 * (Rule R13, from the reference date), {@code durationOfResponseDays} and {@code
 * durationOfResponseCensored} (null unless the best response is CR or PR), {@code warnings}, {@code
 * reasons}. Per time point: {@code date}, {@code targetSum} (mm; null when the target response is NE
 * or NA), {@code changeFromBaselinePct} and {@code changeFromNadirPct} (one decimal, for display;
 * null without a sum), {@code target}, {@code nonTarget}, {@code newLesions}, {@code overall},
 * {@code withinWindow} (Rule R10), {@code reasons}. For a subject with recorded responses only
 * {@code overall} is known: {@code target}, {@code nonTarget} and {@code newLesions} are null.
 */
public final class ResultWriter implements Closeable {

  /** The format this writer writes. */
  public static final String FORMAT = "recist-result/1";

  private final JsonGenerator g;

  /**
   * Starts the document on {@code out}; {@link #close()} ends it and flushes, leaving {@code out}
   * open.
   */
  public ResultWriter(OutputStream out) throws IOException {
    g = Json.prettyGenerator(out);
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeArrayFieldStart("subjects");
  }

  /** Writes one subject's assessment. */
  public void write(SubjectAssessment a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.subjectId());
    g.writeArrayFieldStart("timepoints");
    for (TimepointResult t : a.timepoints()) {
      timepoint(t);
    }
    g.writeEndArray();
    g.writeStringField("bestOverallResponse", a.bestOverallResponse().name());
    date("bestOverallResponseDate", a.bestOverallResponseDate());
    g.writeBooleanField("confirmed", a.confirmed());
    date("confirmedBy", a.confirmedBy());
    date("progressionDate", a.progressionDate());
    TimeToEvent pfs = a.progressionFreeSurvival();
    g.writeNumberField("progressionFreeSurvivalDays", pfs.days());
    g.writeBooleanField("progressionFreeSurvivalCensored", pfs.censored());
    Optional<TimeToEvent> dor = a.durationOfResponse();
    if (dor.isPresent()) {
      g.writeNumberField("durationOfResponseDays", dor.get().days());
      g.writeBooleanField("durationOfResponseCensored", dor.get().censored());
    } else {
      g.writeNullField("durationOfResponseDays");
      g.writeNullField("durationOfResponseCensored");
    }
    g.writeArrayFieldStart("warnings");
    for (Problem w : a.warnings()) {
      g.writeString(w.toString());
    }
    g.writeEndArray();
    reasons(a.reasons());
    g.writeEndObject();
  }

  private void timepoint(TimepointResult t) throws IOException {
    g.writeStartObject();
    g.writeStringField("date", t.date().toString());
    Optional<Diameter> sum = t.targetSum();
    if (sum.isPresent()) {
      g.writeNumberField("targetSum", sum.get().millimetres());
    } else {
      g.writeNullField("targetSum");
    }
    percent("changeFromBaselinePct", t.changeFromBaselinePct());
    percent("changeFromNadirPct", t.changeFromNadirPct());
    boolean recorded = t.recorded();
    response("target", recorded ? null : t.target());
    response("nonTarget", recorded ? null : t.nonTarget());
    if (recorded) {
      g.writeNullField("newLesions");
    } else {
      g.writeStringField("newLesions", t.newLesions().name());
    }
    response("overall", t.overall());
    g.writeBooleanField("withinWindow", t.withinWindow());
    reasons(t.reasons());
    g.writeEndObject();
  }

  private void response(String field, Response r) throws IOException {
    if (r == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, r.name());
    }
  }

  private void percent(String field, Optional<BigDecimal> pct) throws IOException {
    if (pct.isPresent()) {
      g.writeNumberField(field, pct.get());
    } else {
      g.writeNullField(field);
    }
  }

  private void date(String field, Optional<LocalDate> date) throws IOException {
    if (date.isPresent()) {
      g.writeStringField(field, date.get().toString());
    } else {
      g.writeNullField(field);
    }
  }

  private void reasons(List<Reason> reasons) throws IOException {
    g.writeArrayFieldStart("reasons");
    for (Reason r : reasons) {
      g.writeString(r.text());
    }
    g.writeEndArray();
  }

  /** Ends the document with a final line break, and flushes; the stream stays open. */
  @Override
  public void close() throws IOException {
    g.writeEndArray();
    g.writeEndObject();
    g.writeRaw('\n');
    g.flush();
    g.close();
  }
}
