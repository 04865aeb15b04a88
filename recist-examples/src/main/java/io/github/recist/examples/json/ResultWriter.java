package io.github.recist.examples.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.recist.model.Criteria;
import io.github.recist.model.Diameter;
import io.github.recist.model.Problem;
import io.github.recist.model.Response;
import io.github.recist.result.Reason;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimeToEvent;
import io.github.recist.result.TimepointResult;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Writes a {@code recist-result/1} document, one subject at a time as the engine assesses them:
 * pretty-printed UTF-8, {@code \n} line ends, fields always in the same order, so the same input
 * gives the same bytes.
 *
 * <p>Per subject: {@code id}, {@code deathDate} and {@code newTherapyDate} (Rules R10, R13; each
 * only when the input gives it), {@code timepoints}, {@code bestOverallResponse}, {@code
 * bestOverallResponseDate} (null for MISSING), {@code confirmed}, {@code confirmedBy}, {@code
 * progressionDate}, {@code progressionFreeSurvivalDays} and {@code progressionFreeSurvivalCensored}
 * (Rule R13, from the reference date), {@code durationOfResponseDays} and {@code
 * durationOfResponseCensored} (null unless the best response is CR or PR), {@code warnings}, {@code
 * reasons}. Per time point: {@code date}, {@code targetSum} (mm; null when the target response is NE
 * or NA), {@code changeFromBaselinePct} and {@code changeFromNadirPct} (one decimal, for display;
 * null without a sum), {@code target}, {@code nonTarget}, {@code newLesions}, {@code overall},
 * {@code withinWindow} (Rule R10), {@code reasons}. For a subject with recorded responses only
 * {@code overall} is known: {@code target}, {@code nonTarget} and {@code newLesions} are null.
 *
 * <p>Under iRECIST (Rule R14) {@code overall} and {@code bestOverallResponse} are i-codes, each time
 * point adds {@code targetNadir}, {@code newLesionTargetSum}, {@code newLesionTargetNadir}, {@code
 * iupdDate} and {@code reset} after {@code overall}, and the subject adds {@code iupdDate} and
 * {@code icpdDate} after {@code progressionDate} (case-format.md, "Output (under IRECIST)").
 */
public final class ResultWriter implements Closeable {

  /** The format this writer writes. */
  public static final String FORMAT = "recist-result/1";

  /** How deep a subject sits in the document: in the root object, in the subjects array. */
  private static final int SUBJECT_DEPTH = 2;

  /**
   * The document around the subjects, as the pretty printer of {@code Json.prettyGenerator} writes
   * it: each subject sits two levels deep, in the {@code subjects} array.
   */
  private static final byte[] START =
      ("{\n  \"format\": \"" + FORMAT + "\",\n  \"subjects\": [").getBytes(StandardCharsets.UTF_8);
  private static final byte[] FIRST_SUBJECT = "\n    ".getBytes(StandardCharsets.UTF_8);
  private static final byte[] NEXT_SUBJECT = ",\n    ".getBytes(StandardCharsets.UTF_8);
  private static final byte[] END_AFTER_SUBJECTS = "\n  ]\n}\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] END_WITHOUT_SUBJECTS = "]\n}\n".getBytes(StandardCharsets.UTF_8);

  private final OutputStream out;
  private final SubjectRenderer renderer = new SubjectRenderer();
  private long subjects;

  /**
   * Starts the document on {@code out}; {@link #close()} ends it and flushes, leaving {@code out}
   * open.
   */
  public ResultWriter(OutputStream out) throws IOException {
    this.out = out;
    out.write(START);
  }

  /** Writes one subject's assessment. */
  public void write(SubjectAssessment a) throws IOException {
    out.write(subjects++ == 0 ? FIRST_SUBJECT : NEXT_SUBJECT);
    renderer.renderTo(a, out);
  }

  /**
   * Writes one subject's assessments under RECIST 1.1 and iRECIST: see {@link
   * SubjectRenderer#render(SubjectAssessment, SubjectAssessment)}.
   */
  public void write(SubjectAssessment recist11, SubjectAssessment irecist) throws IOException {
    write(renderer.render(recist11, irecist));
  }

  /** Writes one subject's assessment that a {@link SubjectRenderer} rendered. */
  public void write(byte[] rendered) throws IOException {
    out.write(subjects++ == 0 ? FIRST_SUBJECT : NEXT_SUBJECT);
    out.write(rendered);
  }

  /** Ends the document with a final line break, and flushes; the stream stays open. */
  @Override
  public void close() throws IOException {
    out.write(subjects == 0 ? END_WITHOUT_SUBJECTS : END_AFTER_SUBJECTS);
    out.flush();
  }

  /**
   * Renders one subject's assessment to the bytes it has in the document, so that subjects can be
   * rendered on several threads and written in order. Not thread-safe: one renderer per thread.
   */
  public static final class SubjectRenderer {
    // the field names, encoded once
    private static final SerializableString ID = name("id");
    private static final SerializableString DEATH_DATE = name("deathDate");
    private static final SerializableString NEW_THERAPY_DATE = name("newTherapyDate");
    private static final SerializableString TIMEPOINTS = name("timepoints");
    private static final SerializableString BEST_OVERALL_RESPONSE = name("bestOverallResponse");
    private static final SerializableString BEST_OVERALL_RESPONSE_DATE =
        name("bestOverallResponseDate");
    private static final SerializableString CONFIRMED = name("confirmed");
    private static final SerializableString CONFIRMED_BY = name("confirmedBy");
    private static final SerializableString PROGRESSION_DATE = name("progressionDate");
    private static final SerializableString PROGRESSION_FREE_SURVIVAL_DAYS =
        name("progressionFreeSurvivalDays");
    private static final SerializableString PROGRESSION_FREE_SURVIVAL_CENSORED =
        name("progressionFreeSurvivalCensored");
    private static final SerializableString DURATION_OF_RESPONSE_DAYS =
        name("durationOfResponseDays");
    private static final SerializableString DURATION_OF_RESPONSE_CENSORED =
        name("durationOfResponseCensored");
    private static final SerializableString WARNINGS = name("warnings");
    private static final SerializableString REASONS = name("reasons");
    private static final SerializableString DATE = name("date");
    private static final SerializableString TARGET_SUM = name("targetSum");
    private static final SerializableString CHANGE_FROM_BASELINE_PCT = name("changeFromBaselinePct");
    private static final SerializableString CHANGE_FROM_NADIR_PCT = name("changeFromNadirPct");
    private static final SerializableString TARGET = name("target");
    private static final SerializableString NON_TARGET = name("nonTarget");
    private static final SerializableString NEW_LESIONS = name("newLesions");
    private static final SerializableString OVERALL = name("overall");
    private static final SerializableString WITHIN_WINDOW = name("withinWindow");
    // iRECIST only (R14; case-format.md "Output (under IRECIST)")
    private static final SerializableString TARGET_NADIR = name("targetNadir");
    private static final SerializableString NEW_LESION_TARGET_SUM = name("newLesionTargetSum");
    private static final SerializableString NEW_LESION_TARGET_NADIR = name("newLesionTargetNadir");
    private static final SerializableString IUPD_DATE = name("iupdDate");
    private static final SerializableString ICPD_DATE = name("icpdDate");
    private static final SerializableString RESET = name("reset");

    private static final SerializableString IRECIST = name("irecist");

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 14);
    private final JsonGenerator g;
    /** The iRECIST entry nested in the subject being written, when both criteria were assessed. */
    private SubjectAssessment nested;

    /** A renderer. */
    public SubjectRenderer() {
      try {
        g = Json.prettyGenerator(buffer, SUBJECT_DEPTH);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a byte array does not fail
      }
    }

    private static SerializableString name(String field) {
      return new SerializedString(field);
    }

    /** The subject's JSON object, as it appears in the document. */
    public byte[] render(SubjectAssessment a) {
      try {
        subject(a);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a byte array does not fail
      }
      byte[] bytes = buffer.toByteArray();
      buffer.reset();
      return bytes;
    }

    /**
     * The entry of a subject assessed under both criteria (issue 12): its RECIST 1.1 entry, exactly
     * as {@link #render(SubjectAssessment)} writes it, with one more member at the end, {@code
     * irecist}, holding the subject's entry under iRECIST (Rule R14) as {@link
     * #render(SubjectAssessment)} writes that one, its {@code id} included. A reader of {@code
     * recist-result/1} that does not know the member still reads the RECIST 1.1 result.
     */
    public byte[] render(SubjectAssessment recist11, SubjectAssessment irecist) {
      nested = irecist;
      try {
        return render(recist11);
      } finally {
        nested = null;
      }
    }

    /** The nested iRECIST entry of {@link #render(SubjectAssessment, SubjectAssessment)}, if any. */
    private void nested() throws IOException {
      SubjectAssessment irecist = nested;
      if (irecist != null) {
        nested = null;
        g.writeFieldName(IRECIST);
        subject(irecist);
      }
    }

    void renderTo(SubjectAssessment a, OutputStream out) throws IOException {
      subject(a);
      buffer.writeTo(out);
      buffer.reset();
    }

    private void subject(SubjectAssessment a) throws IOException {
      g.writeStartObject();
      string(ID, a.subjectId());
      if (a.deathDate().isPresent()) {
        date(DEATH_DATE, a.deathDate());
      }
      if (a.newTherapyDate().isPresent()) {
        date(NEW_THERAPY_DATE, a.newTherapyDate());
      }
      g.writeFieldName(TIMEPOINTS);
      g.writeStartArray();
      boolean irecist = a.criteria() == Criteria.IRECIST;
      for (TimepointResult t : a.timepoints()) {
        timepoint(t, irecist);
      }
      g.writeEndArray();
      string(BEST_OVERALL_RESPONSE, a.bestOverallResponseCode().code());
      date(BEST_OVERALL_RESPONSE_DATE, a.bestOverallResponseDate());
      bool(CONFIRMED, a.confirmed());
      date(CONFIRMED_BY, a.confirmedBy());
      date(PROGRESSION_DATE, a.progressionDate());
      if (irecist) {
        date(IUPD_DATE, a.iupdDate());
        date(ICPD_DATE, a.icpdDate());
      }
      TimeToEvent pfs = a.progressionFreeSurvival();
      g.writeFieldName(PROGRESSION_FREE_SURVIVAL_DAYS);
      g.writeNumber(pfs.days());
      bool(PROGRESSION_FREE_SURVIVAL_CENSORED, pfs.censored());
      Optional<TimeToEvent> dor = a.durationOfResponse();
      g.writeFieldName(DURATION_OF_RESPONSE_DAYS);
      if (dor.isPresent()) {
        g.writeNumber(dor.get().days());
        bool(DURATION_OF_RESPONSE_CENSORED, dor.get().censored());
      } else {
        g.writeNull();
        g.writeFieldName(DURATION_OF_RESPONSE_CENSORED);
        g.writeNull();
      }
      g.writeFieldName(WARNINGS);
      g.writeStartArray();
      for (Problem w : a.warnings()) {
        g.writeString(w.toString());
      }
      g.writeEndArray();
      reasons(a.reasons());
      nested();
      g.writeEndObject();
      g.flush();
    }

    private void timepoint(TimepointResult t, boolean irecist) throws IOException {
      g.writeStartObject();
      string(DATE, t.date().toString());
      millimetres(TARGET_SUM, t.targetSum());
      percent(CHANGE_FROM_BASELINE_PCT, t.changeFromBaselinePct());
      percent(CHANGE_FROM_NADIR_PCT, t.changeFromNadirPct());
      boolean recorded = t.recorded();
      response(TARGET, recorded ? null : t.target());
      response(NON_TARGET, recorded ? null : t.nonTarget());
      string(NEW_LESIONS, recorded ? null : t.newLesions().name());
      string(OVERALL, t.overallCode().code());
      if (irecist) {
        millimetres(TARGET_NADIR, t.nadir());
        millimetres(NEW_LESION_TARGET_SUM, t.newLesionTargetSum());
        millimetres(NEW_LESION_TARGET_NADIR, t.newLesionTargetNadir());
        date(IUPD_DATE, t.iupdDate());
        bool(RESET, t.reset());
      }
      bool(WITHIN_WINDOW, t.withinWindow());
      reasons(t.reasons());
      g.writeEndObject();
    }

    /** A number of millimetres, null when absent. */
    private void millimetres(SerializableString field, Optional<Diameter> mm) throws IOException {
      g.writeFieldName(field);
      if (mm.isPresent()) {
        g.writeNumber(mm.get().millimetres());
      } else {
        g.writeNull();
      }
    }

    /** A string field, null when {@code value} is. */
    private void string(SerializableString field, String value) throws IOException {
      g.writeFieldName(field);
      if (value == null) {
        g.writeNull();
      } else {
        g.writeString(value);
      }
    }

    private void bool(SerializableString field, boolean value) throws IOException {
      g.writeFieldName(field);
      g.writeBoolean(value);
    }

    private void response(SerializableString field, Response r) throws IOException {
      string(field, r == null ? null : r.name());
    }

    private void percent(SerializableString field, Optional<BigDecimal> pct) throws IOException {
      g.writeFieldName(field);
      if (pct.isPresent()) {
        g.writeNumber(pct.get());
      } else {
        g.writeNull();
      }
    }

    private void date(SerializableString field, Optional<LocalDate> date) throws IOException {
      string(field, date.isPresent() ? date.get().toString() : null);
    }

    private void reasons(List<Reason> reasons) throws IOException {
      g.writeFieldName(REASONS);
      g.writeStartArray();
      for (Reason r : reasons) {
        g.writeString(r.text());
      }
      g.writeEndArray();
    }
  }
}
