package io.github.recist.examples.json;

import io.github.recist.model.BestResponseCode;
import io.github.recist.model.Criteria;
import io.github.recist.model.Diameter;
import io.github.recist.model.IrecistResponse;
import io.github.recist.model.Problem;
import io.github.recist.model.Response;
import io.github.recist.model.ResponseCode;
import io.github.recist.model.VisitResponse;
import io.github.recist.result.NewLesionFinding;
import io.github.recist.result.Reason;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimeToEvent;
import io.github.recist.result.TimepointResult;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

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
 *
 * <p>The default layout is the specified one: two spaces an indentation level, as Jackson's pretty
 * printer wrote it, byte for byte. {@link Layout#COMPACT} writes the same fields and values without
 * indentation, one subject a line. {@link Reasons} chooses what each {@code reasons} holds: the
 * sentences (the default), each reason's rule and kind as a short code ({@code "R6.5
 * TARGET_STABLE_DISEASE"}), or nothing (the {@code reasons} fields are left out).
 *
 * <p>The JSON is written by hand (issue 14): the field names are encoded once with their
 * indentation, numbers and dates are written as digits, the reasons are rendered straight into the
 * output buffer (which the text report of {@code recist assess --format text} shares: {@link
 * ByteRenderer}); strings are escaped as Jackson escapes them (control characters, quote, backslash,
 * and every UTF-16 surrogate as a backslash, u and four hex digits), so the bytes are those Jackson's generator wrote.
 */
public final class ResultWriter implements Closeable {

  /** The format this writer writes. */
  public static final String FORMAT = "recist-result/1";

  /** How the document is laid out. */
  public enum Layout {
    /** Two spaces an indentation level, {@code "key": value}: the specified output. */
    PRETTY,
    /** No indentation, {@code "key":value}, each subject on a line of its own: same fields, same values. */
    COMPACT
  }

  /** What each {@code reasons} field holds. */
  public enum Reasons {
    /** No {@code reasons} field at all. */
    NONE,
    /** Each reason's rule and kind, {@code "R6.5 TARGET_STABLE_DISEASE"} ({@link Reason.Kind}). */
    CODES,
    /** Each reason's sentence ({@link Reason#text()}): the specified output. */
    TEXT
  }

  private final OutputStream out;
  private final Layout layout;
  private final SubjectRenderer renderer;
  private long subjects;

  /**
   * Starts the specified document (pretty-printed, reasons as sentences) on {@code out}; {@link
   * #close()} ends it and flushes, leaving {@code out} open.
   */
  public ResultWriter(OutputStream out) throws IOException {
    this(out, Layout.PRETTY, Reasons.TEXT);
  }

  /** Starts a document in {@code layout} with {@code reasons} on {@code out}. */
  public ResultWriter(OutputStream out, Layout layout, Reasons reasons) throws IOException {
    this.out = out;
    this.layout = layout;
    this.renderer = new SubjectRenderer(layout, reasons);
    out.write(layout == Layout.PRETTY ? PRETTY_START : COMPACT_START);
  }

  /**
   * The document around the subjects, as Jackson's pretty printer wrote it: each subject sits two
   * levels deep, in the {@code subjects} array; compact, one subject a line.
   */
  private static final byte[] PRETTY_START =
      ("{\n  \"format\": \"" + FORMAT + "\",\n  \"subjects\": [").getBytes(StandardCharsets.UTF_8);
  private static final byte[] PRETTY_FIRST = ascii("\n    ");
  private static final byte[] PRETTY_NEXT = ascii(",\n    ");
  private static final byte[] PRETTY_END_AFTER_SUBJECTS = ascii("\n  ]\n}\n");
  private static final byte[] PRETTY_END_WITHOUT_SUBJECTS = ascii("]\n}\n");
  private static final byte[] COMPACT_START =
      ("{\"format\":\"" + FORMAT + "\",\"subjects\":[").getBytes(StandardCharsets.UTF_8);
  private static final byte[] COMPACT_FIRST = ascii("\n");
  private static final byte[] COMPACT_NEXT = ascii(",\n");
  private static final byte[] COMPACT_END_AFTER_SUBJECTS = ascii("\n]}\n");
  private static final byte[] COMPACT_END_WITHOUT_SUBJECTS = ascii("]}\n");

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private byte[] separator() {
    boolean first = subjects++ == 0;
    if (layout == Layout.PRETTY) {
      return first ? PRETTY_FIRST : PRETTY_NEXT;
    }
    return first ? COMPACT_FIRST : COMPACT_NEXT;
  }

  /** Writes one subject's assessment. */
  public void write(SubjectAssessment a) throws IOException {
    out.write(separator());
    renderer.renderTo(a, out);
  }

  /**
   * Writes one subject's assessments under RECIST 1.1 and iRECIST: see {@link
   * SubjectRenderer#render(SubjectAssessment, SubjectAssessment)}.
   */
  public void write(SubjectAssessment recist11, SubjectAssessment irecist) throws IOException {
    out.write(separator());
    renderer.renderTo(recist11, irecist, out);
  }

  /** Writes one subject's assessment that a {@link SubjectRenderer} of the same layout rendered. */
  public void write(byte[] rendered) throws IOException {
    out.write(separator());
    out.write(rendered);
  }

  /**
   * Writes one subject's assessment that a {@link SubjectRenderer} of the same layout rendered
   * into a shared run; from then on its renderer may reuse the run for later subjects.
   *
   * @throws IllegalStateException if {@code rendered} was written already
   */
  public void write(Rendered rendered) throws IOException {
    if (rendered.written) {
      throw new IllegalStateException("a subject rendered into a shared run is written once");
    }
    out.write(separator());
    rendered.writeTo(out);
  }

  /**
   * A subject's bytes in the document ({@link SubjectRenderer#renderShared}), in a run of bytes
   * that the subjects rendered before and after it by the same renderer share: no array of its own
   * (issue 14). Its bytes stay as they are until it is written ({@link ResultWriter#write(Rendered)},
   * on any thread): then the renderer may reuse the run, once every subject in it was written.
   */
  public static final class Rendered {
    private final Run run;
    private final int offset;
    private final int length;
    /** Whether a writer wrote it; only the writer's thread reads and sets it. */
    private boolean written;

    Rendered(Run run, int offset, int length) {
      this.run = run;
      this.offset = offset;
      this.length = length;
    }

    /** The number of bytes. */
    public int length() {
      return length;
    }

    /**
     * Writes the bytes onto {@code out}, once: from then on its renderer may reuse the run, once
     * every subject in it was written. For the writer of the document ({@link
     * ResultWriter#write(Rendered)}), or of another format rendered so (the text report of {@code
     * recist assess --format text}), on the thread that writes the subjects in order.
     *
     * @throws IllegalStateException if it was written already
     */
    public void writeTo(OutputStream out) throws IOException {
      if (written) {
        throw new IllegalStateException("a subject rendered into a shared run is written once");
      }
      out.write(run.bytes, offset, length);
      written = true;
      run.written.incrementAndGet();
    }

    /**
     * A copy of the bytes, until it is written.
     *
     * @throws IllegalStateException if it was written (its run may hold other subjects since)
     */
    public byte[] toByteArray() {
      if (written) {
        throw new IllegalStateException("a subject rendered into a shared run was written");
      }
      return Arrays.copyOfRange(run.bytes, offset, offset + length);
    }
  }

  /**
   * A run of bytes that the subjects a renderer renders one after another share, with the count of
   * those rendered into it, kept by the renderer's thread alone, and of those written, kept by the
   * writers: the renderer reuses the run, without clearing it, when the two are equal (issue 14: a
   * new run, zeroed by the JVM, took 12 % of the rendering's time). The renderer reads the written
   * count only when it looks for a run, so that the two threads do not both change one count per
   * subject.
   */
  static final class Run {
    final byte[] bytes;
    /** The subjects rendered into the run since it was made: the renderer's thread only. */
    int rendered;
    final AtomicInteger written = new AtomicInteger();

    Run(byte[] bytes) {
      this.bytes = bytes;
    }
  }

  /** Ends the document with a final line break, and flushes; the stream stays open. */
  @Override
  public void close() throws IOException {
    if (layout == Layout.PRETTY) {
      out.write(subjects == 0 ? PRETTY_END_WITHOUT_SUBJECTS : PRETTY_END_AFTER_SUBJECTS);
    } else {
      out.write(subjects == 0 ? COMPACT_END_WITHOUT_SUBJECTS : COMPACT_END_AFTER_SUBJECTS);
    }
    out.flush();
  }

  /**
   * Renders one subject's assessment to the bytes it has in the document, so that subjects can be
   * rendered on several threads and written in order. Not thread-safe: one renderer per thread.
   */
  public static final class SubjectRenderer extends ByteRenderer {
    /** A subject's fields are three levels deep (document, subjects array, subject). */
    private static final int SUBJECT_FIELDS = 3;

    private final Reasons reasons;
    /** The names of an entry in the subjects array, and of the iRECIST entry nested in one. */
    private final Names top;
    private final Names inner;
    /**
     * The chunks of a time point's three lesion responses met so far, for {@link #top} and {@link
     * #inner} ({@link Names#lesions}): the renderer's own, made when first met, while the names
     * are shared.
     */
    private final byte[][] topLesions = new byte[Names.LESIONS][];
    private final byte[][] innerLesions = new byte[Names.LESIONS][];
    /** The iRECIST entry nested in the subject being written, when both criteria were assessed. */
    private SubjectAssessment nested;

    /** A renderer of the specified output: pretty-printed, reasons as sentences. */
    public SubjectRenderer() {
      this(Layout.PRETTY, Reasons.TEXT);
    }

    /** A renderer in {@code layout}, with {@code reasons}. */
    public SubjectRenderer(Layout layout, Reasons reasons) {
      super(true);
      this.reasons = reasons;
      this.top = Names.of(layout == Layout.PRETTY, 0, reasons);
      this.inner = Names.of(layout == Layout.PRETTY, 1, reasons);
    }

    /**
     * The field names and line breaks of a subject entry, encoded once with their indentation: for
     * an entry in the subjects array, or for the {@code irecist} entry nested in one. What always
     * goes together is one chunk, copied at once (issue 14): a field's name with each value an
     * enumerated field can have ({@code "target": "SD"}, {@code "withinWindow": true}), the end of
     * one field with the name of the next that always follows it, the quotes of the reasons with
     * the line breaks between them. Made once for each layout, level and reasons, and shared by
     * the renderers of every thread (issue 14: about 70 KB of garbage and 0.2 ms of CPU time for
     * the two of each renderer, under C1), so all final.
     */
    private static final class Names {
      /** The names made so far, by {@link #of}. */
      private static final Names[] MADE = new Names[2 * 2 * Reasons.values().length];

      /** The names of {@code nesting} (0 or 1) in the layout, pretty or not, with {@code reasons}. */
      static synchronized Names of(boolean pretty, int nesting, Reasons reasons) {
        int at = ((pretty ? 2 : 0) + nesting) * Reasons.values().length + reasons.ordinal();
        Names made = MADE[at];
        if (made == null) {
          made = new Names(pretty, nesting, reasons);
          MADE[at] = made;
        }
        return made;
      }

      /** How many combinations of the three lesion responses there are ({@link #lesions}). */
      static final int LESIONS =
          RESPONSES.length * RESPONSES.length * NEW_LESIONS.length;

      private final boolean pretty;
      final byte[] openSubject;
      final byte[] deathDate;
      final byte[] newTherapyDate;
      final byte[] timepointsEmpty;
      /** The {@code timepoints} array's start, to the name of its first time point's date. */
      final byte[] firstTimepoint;
      /**
       * After a time point's last reason ({@code [1]}) or its empty {@code reasons} ({@code [0]}):
       * the end of its reasons, of the time point, the start of the next to the name of its date.
       */
      final byte[][] afterTimepoint;
      /** As {@link #afterTimepoint}, after the last: to the name of the best overall response. */
      final byte[][] afterLastTimepoint;
      final byte[] bestOverallResponseDate;
      final byte[][] confirmed;
      final byte[] confirmedBy;
      final byte[] progressionDate;
      final byte[] subjectIupdDate;
      final byte[] subjectIcpdDate;
      final byte[] progressionFreeSurvivalDays;
      final byte[][] progressionFreeSurvivalCensored;
      final byte[] durationOfResponseDays;
      final byte[][] durationOfResponseCensored;
      final byte[] durationOfResponseNone;
      final byte[] warnings;
      final byte[] warningsEmpty;
      final Items warningItems;
      final ReasonItems subjectReasons;
      final byte[] irecist;
      final byte[] endSubject;
      final byte[] targetSum;
      final byte[] changeFromBaselinePct;
      final byte[] changeFromNadirPct;
      final byte[][] target;
      final byte[][] nonTarget;
      final byte[][] newLesions;
      final byte[] notMeasured;
      final byte[][] overallVisit;
      /**
       * A RECIST 1.1 time point's {@code overall} with each visit response, its {@code
       * withinWindow} and the start of its {@code reasons}, at {@link #toReasons}.
       */
      final byte[][] overallToReasons;
      /** As {@link #overallToReasons} without {@code overall}, after the iRECIST fields. */
      final byte[][] withinWindowToReasons;
      final byte[][] overallIrecist;
      final byte[] overall;
      final byte[] targetNadir;
      final byte[] newLesionTargetSum;
      final byte[] newLesionTargetNadir;
      final byte[] iupdDate;
      final byte[][] reset;
      final byte[][] withinWindow;
      final ReasonItems timepointReasons;
      /**
       * The most bytes that a time point's fields take from its date to the values of its lesion
       * responses, that its iRECIST fields take, and that the subject's endpoints take after the
       * best response: room made once for each, not per field or per byte (issue 14).
       */
      final int timepointBound;
      final int irecistBound;
      final int endpointsBound;

      Names(boolean pretty, int nesting, Reasons reasons) {
        this.pretty = pretty;
        int s = SUBJECT_FIELDS + nesting;
        openSubject = join("{", field("id", s, true));
        deathDate = field("deathDate", s, false);
        newTherapyDate = field("newTherapyDate", s, false);
        byte[] bestOverallResponse = field("bestOverallResponse", s, false);
        byte[] timepoints = join(field("timepoints", s, false), "[");
        timepointsEmpty = join(timepoints, "]", bestOverallResponse);
        int t = s + 2; // in the timepoints array, in a time point
        byte[] date = field("date", t, true);
        firstTimepoint = join(timepoints, item(s + 1, true), "{", date);
        timepointReasons = new ReasonItems(this, t, reasons);
        afterTimepoint = new byte[2][];
        afterLastTimepoint = new byte[2][];
        for (int filled = 0; filled < 2; filled++) {
          byte[] endTimepoint = join(timepointReasons.close[filled], end(s + 1), "}");
          afterTimepoint[filled] = join(endTimepoint, item(s + 1, false), "{", date);
          afterLastTimepoint[filled] = join(endTimepoint, end(s), "]", bestOverallResponse);
        }
        bestOverallResponseDate = field("bestOverallResponseDate", s, false);
        confirmed = booleans(field("confirmed", s, false));
        confirmedBy = field("confirmedBy", s, false);
        progressionDate = field("progressionDate", s, false);
        subjectIupdDate = field("iupdDate", s, false);
        subjectIcpdDate = field("icpdDate", s, false);
        progressionFreeSurvivalDays = field("progressionFreeSurvivalDays", s, false);
        progressionFreeSurvivalCensored =
            booleans(field("progressionFreeSurvivalCensored", s, false));
        durationOfResponseDays = field("durationOfResponseDays", s, false);
        durationOfResponseCensored = booleans(field("durationOfResponseCensored", s, false));
        durationOfResponseNone = join(durationOfResponseDays, "null",
            field("durationOfResponseCensored", s, false), "null");
        warnings = join(field("warnings", s, false), "[");
        warningsEmpty = join(warnings, "]");
        warningItems = new Items(item(s + 1, true), item(s + 1, false), end(s));
        subjectReasons = new ReasonItems(this, s, reasons);
        irecist = field("irecist", s, false);
        endSubject = join(end(s - 1), "}");
        targetSum = field("targetSum", t, false);
        changeFromBaselinePct = field("changeFromBaselinePct", t, false);
        changeFromNadirPct = field("changeFromNadirPct", t, false);
        target = withValues(field("target", t, false), RESPONSES);
        nonTarget = withValues(field("nonTarget", t, false), RESPONSES);
        newLesions = withValues(field("newLesions", t, false), NEW_LESIONS);
        notMeasured = join(field("target", t, false), "null", field("nonTarget", t, false), "null",
            field("newLesions", t, false), "null");
        overall = field("overall", t, false);
        overallVisit = withValues(overall, VISIT_RESPONSES);
        overallIrecist = withValues(overall, IRECIST_RESPONSES);
        targetNadir = field("targetNadir", t, false);
        newLesionTargetSum = field("newLesionTargetSum", t, false);
        newLesionTargetNadir = field("newLesionTargetNadir", t, false);
        iupdDate = field("iupdDate", t, false);
        reset = booleans(field("reset", t, false));
        withinWindow = booleans(field("withinWindow", t, false));
        withinWindowToReasons = new byte[4][];
        overallToReasons = new byte[4 * overallVisit.length][];
        for (int w = 0; w < 2; w++) {
          for (int filled = 0; filled < 2; filled++) {
            byte[] tail = join(withinWindow[w], timepointReasons.open[filled]);
            withinWindowToReasons[toReasons(0, w, filled)] = tail;
            for (int o = 0; o < overallVisit.length; o++) {
              overallToReasons[toReasons(o, w, filled)] = join(overallVisit[o], tail);
            }
          }
        }
        timepointBound = DATE + targetSum.length + changeFromBaselinePct.length
            + changeFromNadirPct.length + 3 * NUMBER
            + Math.max(notMeasured.length,
                longest(target) + longest(nonTarget) + longest(newLesions));
        irecistBound = targetNadir.length + newLesionTargetSum.length
            + newLesionTargetNadir.length + 3 * NUMBER + iupdDate.length + DATE + longest(reset);
        endpointsBound = bestOverallResponseDate.length + longest(confirmed) + confirmedBy.length
            + progressionDate.length + subjectIupdDate.length + subjectIcpdDate.length + 5 * DATE
            + progressionFreeSurvivalDays.length + NUMBER
            + longest(progressionFreeSurvivalCensored)
            + Math.max(durationOfResponseNone.length,
                durationOfResponseDays.length + NUMBER + longest(durationOfResponseCensored));
      }

      /**
       * Where {@link #overallToReasons} has the chunk of the {@code overall} response of ordinal
       * {@code overall}, of {@code withinWindow} (1 for true) and of reasons, {@code filled} (1),
       * or none (0); {@link #withinWindowToReasons} at {@code overall} 0.
       */
      static int toReasons(int overall, int withinWindow, int filled) {
        return 4 * overall + 2 * withinWindow + filled;
      }

      /**
       * The chunk of {@link #target}, {@link #nonTarget} and {@link #newLesions} with these values,
       * one for each combination, in {@code made} (of {@link #LESIONS}, a renderer's own) when
       * first met.
       */
      byte[] lesions(Response target, Response nonTarget, NewLesionFinding newLesions,
          byte[][] made) {
        int i = (target.ordinal() * this.nonTarget.length + nonTarget.ordinal())
            * this.newLesions.length + newLesions.ordinal();
        byte[] chunk = made[i];
        if (chunk == null) {
          chunk = join(this.target[target.ordinal()], this.nonTarget[nonTarget.ordinal()],
              this.newLesions[newLesions.ordinal()]);
          made[i] = chunk;
        }
        return chunk;
      }

      private static int longest(byte[][] chunks) {
        int most = 0;
        for (byte[] c : chunks) {
          most = Math.max(most, c.length);
        }
        return most;
      }

      private byte[] field(String name, int level, boolean first) {
        String before = (first ? "" : ",") + (pretty ? "\n" + "  ".repeat(level) : "");
        return ascii(before + "\"" + name + "\":" + (pretty ? " " : ""));
      }

      private byte[] item(int level, boolean first) {
        return ascii((first ? "" : ",") + (pretty ? "\n" + "  ".repeat(level) : ""));
      }

      private byte[] end(int level) {
        return ascii(pretty ? "\n" + "  ".repeat(level) : "");
      }

      /** The field's name with each value: {@code "withinWindow": false} first, then true. */
      private static byte[][] booleans(byte[] field) {
        return new byte[][] {join(field, "false"), join(field, "true")};
      }

      /** The field's name with each of {@code values}, in their order. */
      private static byte[][] withValues(byte[] field, byte[][] values) {
        byte[][] all = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
          all[i] = join(field, values[i]);
        }
        return all;
      }

      /** Byte arrays and ASCII strings, one after the other. */
      private static byte[] join(Object... parts) {
        int length = 0;
        for (Object p : parts) {
          length += p instanceof byte[] ? ((byte[]) p).length : ((String) p).length();
        }
        byte[] joined = new byte[length]; // one array: a renderer joins a few hundred chunks
        int at = 0;
        for (Object p : parts) {
          byte[] b = p instanceof byte[] ? (byte[]) p : ascii((String) p);
          System.arraycopy(b, 0, joined, at, b.length);
          at += b.length;
        }
        return joined;
      }
    }

    /** The line breaks around the items of an array of strings: before the first, between two, after the last. */
    private static final class Items {
      final byte[] first;
      final byte[] next;
      final byte[] end;

      Items(byte[] first, byte[] next, byte[] end) {
        this.first = first;
        this.next = next;
        this.end = end;
      }
    }

    /**
     * A {@code reasons} field in the renderer's choice of {@link Reasons}, for the fields at {@code
     * level}: {@code open[0]}, its name and an empty array's start, {@code open[1]}, its name and
     * the array's start to the first item (its opening quote for sentences, rendered between the
     * quotes); {@code next}, from an item to the next; {@code close[0]} and {@code close[1]}, the
     * array's end, empty or after its last item. Without reasons, all empty: no field.
     */
    private static final class ReasonItems {
      final byte[][] open;
      final byte[] next;
      final byte[][] close;

      ReasonItems(Names names, int level, Reasons reasons) {
        byte[] first = names.item(level + 1, true);
        byte[] between = names.item(level + 1, false);
        byte[] end = names.end(level);
        byte[] name = names.field("reasons", level, false);
        if (reasons == Reasons.NONE) {
          open = new byte[][] {{}, {}};
          next = new byte[0];
          close = new byte[][] {{}, {}};
        } else if (reasons == Reasons.CODES) {
          open = new byte[][] {Names.join(name, "["), Names.join(name, "[", first)};
          next = between;
          close = new byte[][] {ascii("]"), Names.join(end, "]")};
        } else {
          open = new byte[][] {Names.join(name, "["), Names.join(name, "[", first, "\"")};
          next = Names.join("\"", between, "\"");
          close = new byte[][] {ascii("]"), Names.join("\"", end, "]")};
        }
        if (next.length > AFTER_SENTENCE) {
          throw new IllegalStateException("more after a sentence than AFTER_SENTENCE");
        }
      }
    }

    /** The subject's JSON object, as it appears in the document. */
    public byte[] render(SubjectAssessment a) {
      startAlone();
      subject(a, top);
      byte[] bytes = Arrays.copyOf(buf, len);
      len = 0;
      return bytes;
    }

    /**
     * As {@link #render(SubjectAssessment)}, into a run of bytes shared with the subjects this
     * renderer rendered so before it and will render after it, so that no array is made and
     * filled per subject (issue 14): for worker threads that render subjects for another thread to
     * write in order ({@link ResultWriter#write(Rendered)}).
     */
    public Rendered renderShared(SubjectAssessment a) {
      startShared();
      subject(a, top);
      return endShared();
    }

    /** As {@link #render(SubjectAssessment, SubjectAssessment)}, into a shared run of bytes. */
    public Rendered renderShared(SubjectAssessment recist11, SubjectAssessment irecist) {
      nested = irecist;
      try {
        return renderShared(recist11);
      } finally {
        nested = null;
      }
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

    void renderTo(SubjectAssessment recist11, SubjectAssessment irecist, OutputStream out)
        throws IOException {
      nested = irecist;
      try {
        renderTo(recist11, out);
      } finally {
        nested = null;
      }
    }

    void renderTo(SubjectAssessment a, OutputStream out) throws IOException {
      startAlone();
      subject(a, top);
      out.write(buf, 0, len);
      len = 0;
    }

    private void subject(SubjectAssessment a, Names n) {
      raw(n.openSubject);
      string(a.subjectId());
      if (a.deathDate().isPresent()) {
        ensure(n.deathDate.length + DATE);
        put(n.deathDate);
        date(a.deathDate().get());
      }
      if (a.newTherapyDate().isPresent()) {
        ensure(n.newTherapyDate.length + DATE);
        put(n.newTherapyDate);
        date(a.newTherapyDate().get());
      }
      boolean irecist = a.criteria() == Criteria.IRECIST;
      timepoints(a.timepoints(), irecist, n);
      endpoints(a, irecist, n);
      List<Problem> w = a.warnings();
      if (w.isEmpty()) {
        raw(n.warningsEmpty);
      } else {
        warnings(w, n);
      }
      if (reasons != Reasons.NONE) {
        List<Reason> rs = a.reasons();
        int filled = rs.isEmpty() ? 0 : 1;
        raw(n.subjectReasons.open[filled]);
        for (int i = 0; i < rs.size(); i++) {
          reasonItem(rs.get(i), i, n.subjectReasons.next);
        }
        raw(n.subjectReasons.close[filled]);
      }
      if (nested != null) {
        nested(n);
      }
      raw(n.endSubject);
    }

    /**
     * The {@code timepoints} array, and the name of the field after it. The parts of a subject are
     * methods of their own, and rare paths out of line, so that each compiled method stays small:
     * the JIT compiler's time is taken from the workers on two cores (issue 14).
     */
    private void timepoints(List<TimepointResult> points, boolean irecist, Names n) {
      int size = points.size();
      if (size == 0) {
        raw(n.timepointsEmpty);
        return;
      }
      raw(n.firstTimepoint);
      for (int i = 0; ; i++) {
        int filled = timepoint(points.get(i), irecist, n);
        if (i + 1 == size) {
          raw(n.afterLastTimepoint[filled]);
          return;
        }
        raw(n.afterTimepoint[filled]);
      }
    }

    /**
     * The best overall response and its dates, the progression date (and the iRECIST dates), and
     * the times to event (Rules R11 to R14), after the name of the best response.
     */
    private void endpoints(SubjectAssessment a, boolean irecist, Names n) {
      code(a.bestOverallResponseCode());
      ensure(n.endpointsBound);
      put(n.bestOverallResponseDate);
      date(a.bestOverallResponseDate());
      put(n.confirmed[a.confirmed() ? 1 : 0]);
      put(n.confirmedBy);
      date(a.confirmedBy());
      put(n.progressionDate);
      date(a.progressionDate());
      if (irecist) {
        irecistDates(a, n);
      }
      timesToEvent(a, n);
    }

    /**
     * The progression-free survival and the duration of response (Rule R13), into room made by
     * {@link #endpoints}: a method of its own, so that the compiled {@code endpoints} stays small.
     */
    private void timesToEvent(SubjectAssessment a, Names n) {
      TimeToEvent pfs = a.progressionFreeSurvival();
      put(n.progressionFreeSurvivalDays);
      number(pfs.days());
      put(n.progressionFreeSurvivalCensored[pfs.censored() ? 1 : 0]);
      Optional<TimeToEvent> dor = a.durationOfResponse();
      if (dor.isPresent()) {
        put(n.durationOfResponseDays);
        number(dor.get().days());
        put(n.durationOfResponseCensored[dor.get().censored() ? 1 : 0]);
      } else {
        put(n.durationOfResponseNone);
      }
    }

    /** The subject's {@code iupdDate} and {@code icpdDate} under iRECIST (Rule R14.12). */
    private void irecistDates(SubjectAssessment a, Names n) {
      put(n.subjectIupdDate);
      date(a.iupdDate());
      put(n.subjectIcpdDate);
      date(a.icpdDate());
    }

    /** A {@code warnings} array that is not empty. */
    private void warnings(List<Problem> w, Names n) {
      raw(n.warnings);
      for (int i = 0; i < w.size(); i++) {
        raw(i == 0 ? n.warningItems.first : n.warningItems.next);
        string(w.get(i).toString());
      }
      raw(n.warningItems.end);
      raw(']');
    }

    /** The {@code irecist} entry nested in the subject (issue 12), once. */
    private void nested(Names n) {
      SubjectAssessment underIrecist = nested;
      nested = null;
      raw(n.irecist);
      subject(underIrecist, inner);
    }

    /**
     * A time point's fields after the name of its date, which {@link Names} writes with its start,
     * to its last reason: the caller ends it ({@link Names#afterTimepoint}); whether it has
     * reasons, 1, or none, 0. What always goes together is one chunk: the three lesion responses;
     * under RECIST 1.1 {@code overall}, {@code withinWindow} and the start of the reasons.
     */
    private int timepoint(TimepointResult t, boolean irecist, Names n) {
      ensure(n.timepointBound);
      date(t.date());
      put(n.targetSum);
      long sum = t.targetSumTenths(); // -1 when empty, as the others: no Optional per visit
      millimetresOrNull(sum);
      put(n.changeFromBaselinePct);
      percent(sum, t.baselineSumTenths());
      put(n.changeFromNadirPct);
      percent(sum, t.nadirTenths());
      if (t.recorded()) {
        put(n.notMeasured);
      } else {
        put(n.lesions(t.target(), t.nonTarget(), t.newLesions(),
            n == top ? topLesions : innerLesions));
      }
      // one by one, so that no list of them is made (TimepointResult#reason)
      int count = t.reasonCount();
      int filled = count == 0 ? 0 : 1;
      ResponseCode overall = t.overallCode();
      int window = t.withinWindow() ? 1 : 0;
      if (!irecist && overall instanceof VisitResponse) {
        raw(n.overallToReasons[Names.toReasons(((VisitResponse) overall).ordinal(), window,
            filled)]);
      } else {
        overall(t, overall, irecist, n);
        raw(n.withinWindowToReasons[Names.toReasons(0, window, filled)]);
      }
      if (filled == 1 && reasons != Reasons.NONE) {
        for (int i = 0; i < count; i++) {
          reasonItem(t.reason(i), i, n.timepointReasons.next);
        }
      }
      return filled;
    }

    /**
     * A time point's {@code overall} that is not a RECIST 1.1 visit response, or under iRECIST,
     * with the iRECIST fields after it.
     */
    private void overall(TimepointResult t, ResponseCode overall, boolean irecist, Names n) {
      if (overall instanceof VisitResponse) {
        raw(n.overallVisit[((VisitResponse) overall).ordinal()]);
      } else if (overall instanceof IrecistResponse) {
        raw(n.overallIrecist[((IrecistResponse) overall).ordinal()]);
      } else {
        raw(n.overall);
        string(overall.code());
      }
      if (irecist) {
        irecistFields(t, n);
      }
    }

    /** A time point's fields under iRECIST after {@code overall} (Rule R14). */
    private void irecistFields(TimepointResult t, Names n) {
      ensure(n.irecistBound);
      put(n.targetNadir);
      millimetresOrNull(t.nadirTenths());
      put(n.newLesionTargetSum);
      millimetres(t.newLesionTargetSum().orElse(null));
      put(n.newLesionTargetNadir);
      millimetres(t.newLesionTargetNadir().orElse(null));
      put(n.iupdDate);
      date(t.iupdDate());
      put(n.reset[t.reset() ? 1 : 0]);
    }

    /**
     * Item {@code index} of a {@code reasons} array, the first just after the array's start ({@link
     * ReasonItems#open}), each later one after {@code next}: a sentence rendered between its
     * quotes, or a code.
     */
    private void reasonItem(Reason reason, int index, byte[] next) {
      if (reasons == Reasons.CODES) {
        if (index > 0) {
          raw(next);
        }
        raw(CODES[reason.kind().ordinal()]);
      } else {
        if (index > 0) {
          put(next); // into the room after the sentence before: AFTER_SENTENCE
        }
        reason.renderTo(sentence);
      }
    }

    /** Each kind's code, {@code "R6.5 TARGET_STABLE_DISEASE"}, as a JSON string. */
    private static final byte[][] CODES = kindCodes("\"");

    // the values

    /** A best overall response code, such as {@code "PR"}, {@code "iCR"} or {@code "MISSING"}. */
    private void code(BestResponseCode code) {
      if (code instanceof VisitResponse) {
        raw(VISIT_RESPONSES[((VisitResponse) code).ordinal()]);
      } else if (code instanceof IrecistResponse) {
        raw(IRECIST_RESPONSES[((IrecistResponse) code).ordinal()]);
      } else {
        string(code.code());
      }
    }

    /** The JSON strings of each response, code and new-lesion status, encoded once. */
    private static final byte[][] RESPONSES = quoted(Response.values(), Response::name);
    private static final byte[][] VISIT_RESPONSES =
        quoted(VisitResponse.values(), VisitResponse::code);
    private static final byte[][] IRECIST_RESPONSES =
        quoted(IrecistResponse.values(), IrecistResponse::code);
    private static final byte[][] NEW_LESIONS =
        quoted(NewLesionFinding.values(), NewLesionFinding::name);

    /** Each value's text in quotes: names of constants, which need no escaping. */
    private static <E> byte[][] quoted(E[] values, Function<E, String> text) {
      return encoded(values, text, "\"", "\"");
    }

    private void nil() {
      buf[len++] = 'n';
      buf[len++] = 'u';
      buf[len++] = 'l';
      buf[len++] = 'l';
    }

    /** Millimetres as {@link Diameter#millimetres()} prints plain: {@code 12}, {@code 12.5}, {@code 0.5}. */
    private void millimetres(Diameter mm) {
      if (mm == null) {
        nil();
      } else {
        millimetres(mm.tenths());
      }
    }

    /** As {@link #millimetres(Diameter)}, from tenths, null when below 0 (an empty sum). */
    private void millimetresOrNull(long tenths) {
      if (tenths < 0) {
        nil();
      } else {
        millimetres(tenths);
      }
    }

    /**
     * The change from {@code reference} to {@code sum} in percent ({@link
     * TimepointResult#changeFromBaselinePct()}), as Jackson writes its {@link BigDecimal} plain,
     * one decimal ({@link #change}); null without a sum or against a 0 mm reference.
     */
    private void percent(long sum, long reference) {
      if (!change(sum, reference, false)) {
        nil();
      }
    }

    private void date(Optional<LocalDate> date) {
      if (date.isEmpty()) {
        nil();
      } else {
        date(date.get());
      }
    }

    /** A date as {@link LocalDate#toString()} writes it, in quotes; two digits at a time. */
    private void date(LocalDate date) {
      int year = date.getYear();
      if (year < 0 || year > 9999) {
        put('"');
        asciiText(date.toString()); // a sign, digits and hyphens: nothing to escape
        put('"');
        return;
      }
      byte[] b = buf;
      b[len] = '"';
      int i = dateDigits(b, len + 1, date, year);
      b[i] = '"';
      len = i + 1;
    }

    /**
     * A JSON string, escaped as Jackson's UTF-8 generator escapes it: {@code \b \t \n \f \r},
     * other control characters and every surrogate as a backslash, u and four hex digits, quote and backslash with a
     * backslash; the rest in UTF-8.
     */
    private void string(String s) {
      raw('"');
      escaped(s, 1);
      put('"');
    }
  }
}
