package io.github.recist.examples.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.recist.Recist11;
import io.github.recist.examples.source.SubjectPipeline;
import io.github.recist.examples.source.SubjectSource;
import io.github.recist.model.Criteria;
import io.github.recist.model.Problem;
import io.github.recist.model.Protocol;
import io.github.recist.model.Subject;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads a {@code recist-case/1} file one subject at a time, so that a file of any number of
 * subjects needs a small, fixed heap, and a file with a single bad subject can still be refused as
 * a whole before anything is printed.
 *
 * <ol>
 *   <li>{@link #check} reads the whole file and reports every problem: JSON syntax, the top level
 *       ({@code format}, {@code protocol}, {@code subjects}), each subject's data, ids used twice,
 *       the protocol deviations of Rules R1–R3 (warnings, or errors in strict mode), and what
 *       depends on the criteria: recorded codes of the other criteria (errors) and, under iRECIST,
 *       the new-lesion target selection of Rule R14.2 (warnings). Those are checked under the
 *       protocol read before the subjects; when it comes after them, or there is none, another
 *       pass reports them at the end, only if some subject needs it. Given a
 *       {@link SubjectWork}, it also hands each subject to it in the same pass, for as long as the
 *       file has passed so far, on one thread or several: the caller holds the results back until
 *       the check has passed, and the file is read once.
 *   <li>{@link #read} reads it again and hands each subject, in file order, to the caller.
 * </ol>
 *
 * <p>The top-level fields {@code expected}, {@code source} and {@code why} (the worked cases of
 * {@code shared/cases} carry them) are skipped unread; any other unknown field is an error.
 * Subject ids are checked for uniqueness through 64-bit hashes, 8 bytes a subject.
 */
public final class CaseReader {

  /** The format this reader reads. */
  public static final String FORMAT = "recist-case/1";

  /** Top-level fields of the worked cases that the reader skips: exactly these three. */
  public static final ImmutableSet<String> IGNORED_FIELDS = ImmutableSet.of("expected", "source", "why");

  /** Jackson's advice on its own switches ("enable `JsonReadFeature...` to allow"), not for users. */
  private static final Pattern JACKSON_HINT = Pattern.compile(
      ":? *\\(?(enable|disable) `[^`]*` to [a-z ]*\\)?|, from `[^`]*`");

  /** The readers of a thread that reads subjects from their bytes ({@link SubjectSlices}). */
  private static final class SliceReaders {
    final SubjectStreamReader stream = new SubjectStreamReader(false);
    final SubjectTreeReader trees = new SubjectTreeReader();
  }

  private static final ThreadLocal<SliceReaders> SLICE_READERS =
      ThreadLocal.withInitial(SliceReaders::new);

  /**
   * A subject as read (a {@link Subject} the streaming reader built, a tree, or its bytes) to a
   * subject, for the shared pipeline.
   */
  private static final SubjectPipeline.Parser<Object> PARSER = (raw, number) -> {
    if (raw instanceof SubjectSlices.Slice) {
      SliceReaders readers = SLICE_READERS.get();
      raw = SubjectSlices.read((SubjectSlices.Slice) raw, readers.stream, readers.trees);
      if (raw == null) {
        return SubjectPipeline.Parsed.declined();
      }
    }
    if (raw instanceof Subject) {
      Subject subject = (Subject) raw;
      return new SubjectPipeline.Parsed(subject.id(), subject, ImmutableList.of());
    }
    SubjectParser.Parsed parsed = SubjectParser.parse((JsonNode) raw, number);
    return new SubjectPipeline.Parsed(parsed.id, parsed.subject, parsed.problems);
  };

  /** Whether subjects are read without trees where they can be. */
  private final boolean streaming;

  private final boolean strict;
  /** The criteria that replace the file's ({@code assess --criteria}); empty: the file's. */
  private final Set<Criteria> under;

  /** A reader; with {@code strict}, protocol deviations (Rules R1–R3) are errors. */
  public CaseReader(boolean strict) {
    this(strict, Set.of());
  }

  /**
   * A reader that checks the subjects under each of {@code criteria} instead of the file's
   * {@code protocol.criteria} ({@code recist assess --criteria}, Rule R14): recorded codes of
   * another criteria are errors under any of them, and {@link Check#protocol()} has the first of
   * them (in the order of {@link Criteria}). An empty set keeps the file's criteria.
   */
  public CaseReader(boolean strict, Set<Criteria> criteria) {
    this(strict, criteria.isEmpty() ? Set.of() : EnumSet.copyOf(criteria), true);
  }

  private CaseReader(boolean strict, Set<Criteria> under, boolean streaming) {
    this.strict = strict;
    this.under = under;
    this.streaming = streaming;
  }

  /**
   * A reader like this one that reads every subject into a tree first, as readers before the
   * streaming one did: slower, the same problems and subjects; for tests that compare the two.
   */
  public CaseReader withTrees() {
    return new CaseReader(strict, under, false);
  }

  /** {@code protocol} with its criteria replaced by the first of {@link #under}, if any. */
  private Protocol overridden(Protocol protocol) {
    if (protocol == null || under.isEmpty()) {
      return protocol;
    }
    return protocol.withCriteria(under.iterator().next());
  }

  /** What the first pass found. */
  public static final class Check implements SubjectSource.Outcome {
    private Protocol protocol;
    private boolean worked;
    private long subjects;
    private long errors;
    private long warnings;
    private long subjectsWithWarnings;
    /** The numbers (1-based, in file order) of the subjects with a warning, one bit each. */
    private final BitSet warned = new BitSet();

    /**
     * Counts the problems of the subject just delivered (the last of {@link #subjects}) and hands
     * them on: out of the delivery's hot path, as most subjects have none.
     */
    private void count(List<Problem> problems, Consumer<Problem> counting) {
      boolean warnedHere = false;
      for (Problem p : problems) {
        counting.accept(p);
        warnedHere |= !p.isError();
      }
      if (warnedHere) {
        subjectsWithWarnings++;
        warned.set((int) Math.min(Integer.MAX_VALUE, subjects));
      }
    }

    /** The file's protocol (defaults where it says nothing), or null when it could not be read. */
    @Override
    public Protocol protocol() {
      return protocol;
    }

    /** How many subjects the file holds (as far as it could be read). */
    @Override
    public long subjects() {
      return subjects;
    }

    /** How many errors were reported. */
    @Override
    public long errors() {
      return errors;
    }

    /** How many warnings were reported. */
    @Override
    public long warnings() {
      return warnings;
    }

    /** How many subjects have at least one warning. */
    public long subjectsWithWarnings() {
      return subjectsWithWarnings;
    }

    /**
     * The one line that counts the warnings for a user, when there are any: {@code "12 protocol
     * deviations (warnings) in 9 subjects; see `warnings` in the output"}, {@code where} naming
     * where they are; null without warnings.
     */
    public String warningSummary(String where) {
      if (warnings == 0) {
        return null;
      }
      return warnings + (warnings == 1 ? " protocol deviation (warning) in " : " protocol deviations "
          + "(warnings) in ") + subjectsWithWarnings + (subjectsWithWarnings == 1 ? " subject" : " subjects")
          + "; see `warnings` in " + where;
    }

    /** Whether the file can be assessed: no error. */
    @Override
    public boolean ok() {
      return errors == 0 && protocol != null;
    }

    /**
     * Whether the {@link SubjectWork} given to {@link #check} had every subject, under the file's
     * protocol: true when the file passed, unless its {@code protocol} came after its {@code
     * subjects} (the work then ran under the defaults, and the file must be {@linkplain #read read}
     * again).
     */
    @Override
    public boolean worked() {
      return worked;
    }
  }

  /**
   * What to do with each subject of a file, during the check: see {@link
   * io.github.recist.examples.source.SubjectWork}, which every source of subjects shares.
   *
   * @param <T> what the work makes of one subject
   */
  public interface SubjectWork<T> extends io.github.recist.examples.source.SubjectWork<T> {}

  /** Receives each subject of the second pass. */
  @FunctionalInterface
  public interface SubjectConsumer {
    void accept(Subject subject) throws IOException;
  }

  private interface Handler {
    default void format(JsonNode node) {}

    default void protocol(JsonNode node) {}

    default void subjects() throws IOException {}

    /** Takes a subject as read: a {@link Subject}, or a tree when the streaming reader did not take it. */
    void subject(Object raw, int number) throws IOException;

    /** Called when the reading ends, normally or not, before what the ending reports. */
    default void end() throws IOException {}

    /** Finishes the work on every subject taken so far (before the parser goes on from their bytes). */
    default void finishSubjects() throws IOException {}
  }

  /**
   * The first pass: checks the whole file, reporting each problem (errors and warnings, in file
   * order) to {@code problems} as it is found, and each subject read to {@code progress}.
   *
   * @throws IOException if the file cannot be read at all
   */
  public Check check(CaseSource source, Consumer<Problem> problems, Runnable progress)
      throws IOException {
    return check(source, problems, progress, 1, null);
  }

  /**
   * The first pass, which also hands each good subject to {@code work} while the file has had no
   * error: see {@link SubjectWork}. With {@code threads} above 1, that many threads parse, check and
   * work on the subjects while this one only finds each subject's bytes in the file ({@link
   * SubjectSlices}), a bounded number of subjects ahead; problems and results still come in file
   * order, the same as on one thread (where a subject cannot be read from its bytes alone, this
   * thread's parser goes on from it, as on one thread).
   *
   * @param work what to do with each subject, or null for nothing
   * @throws IOException if the file cannot be read at all, or {@code work} fails to write
   * @throws IllegalArgumentException if {@code threads} is below 1
   */
  public <T> Check check(CaseSource source, Consumer<Problem> problems, Runnable progress,
      int threads, io.github.recist.examples.source.SubjectWork<T> work) throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    Check check = new Check();
    Consumer<Problem> counting = p -> {
      if (p.isError()) {
        check.errors++;
      } else {
        check.warnings++;
      }
      problems.accept(p);
    };
    IdHashes ids = new IdHashes();
    Set<Criteria> recheck = EnumSet.noneOf(Criteria.class);
    Protocol deviations = Protocol.defaults().withStrict(strict);
    SubjectPipeline.Delivery<T> delivery = (checked, result) -> {
      check.subjects++;
      if (!checked.problems().isEmpty()) {
        check.count(checked.problems(), counting);
      }
      if (!checked.recheck().isEmpty()) {
        recheck.addAll(checked.recheck());
      }
      if (checked.id() != null) {
        ids.add(checked.id());
      }
      if (progress != null) {
        progress.run();
      }
      if (result != null && check.errors == 0) {
        work.accept(result);
      }
      return check.errors == 0;
    };
    // on several threads, the reading thread only finds each subject's bytes (SubjectSlices), and
    // every one of the threads parses, checks and works
    boolean slices = streaming && threads > 1;
    try (SubjectPipeline<Object, T> pipeline = slices
        ? SubjectPipeline.withWorkers(threads, PARSER, work, deviations, delivery, under)
        : new SubjectPipeline<>(threads, PARSER, work, deviations, delivery, under)) {
      // a problem of the file is told after those of the subjects before it: drain them first
      Consumer<Problem> inOrder = p -> {
        pipeline.drainUnchecked();
        counting.accept(p);
      };
      Consumer<String> fileProblem = m -> inOrder.accept(Problem.error(source.name(), null, null, m));
      TopLevel<T> top = new TopLevel<>(check, pipeline, work, fileProblem);
      boolean complete;
      boolean rechecked = false;
      try {
        complete = scan(source, top, inOrder, fileProblem, streaming, slices);
      } catch (UncheckedIOException e) {
        throw e.getCause(); // the work failed to write while draining before a problem
      }
      if (complete) {
        if (!top.format) {
          fileProblem.accept("missing format (\"" + FORMAT + "\")");
        }
        if (!top.subjects) {
          fileProblem.accept("missing subjects (an array of subjects)");
        }
        Set<Long> repeated = ids.repeated();
        if (!repeated.isEmpty()) {
          reportRepeatedIds(source, repeated, counting);
        }
        if (top.protocol != null && recheck.stream()
            .anyMatch(SubjectPipeline.criteria(top.protocol, under)::contains)) {
          // the criteria became known after the subjects: their checks now
          reportCriteriaProblems(source, top.protocol, under, counting, check);
          // and the subjects left unworked for them (even for warnings alone): worked again
          rechecked = true;
        }
      }
      check.protocol = top.protocol;
      check.worked = work != null && check.ok() && !top.protocolAfterSubjects && pipeline.started()
          && !rechecked;
    }
    return check;
  }

  /** The top level of the file in the first pass: format, protocol, and the subjects to the pipeline. */
  private final class TopLevel<T> implements Handler {
    private final Check check;
    private final SubjectPipeline<Object, T> pipeline;
    private final io.github.recist.examples.source.SubjectWork<T> work;
    private final Consumer<String> fileProblem;
    boolean format;
    boolean subjects;
    boolean protocolAfterSubjects;
    Protocol protocol = overridden(Protocol.defaults().withStrict(strict));

    TopLevel(Check check, SubjectPipeline<Object, T> pipeline,
        io.github.recist.examples.source.SubjectWork<T> work,
        Consumer<String> fileProblem) {
      this.check = check;
      this.pipeline = pipeline;
      this.work = work;
      this.fileProblem = fileProblem;
    }

    @Override
    public void format(JsonNode node) {
      format = true;
      if (!node.isTextual() || !FORMAT.equals(node.asText())) {
        fileProblem.accept("format must be \"" + FORMAT + "\", not " + Json.show(node));
      }
    }

    @Override
    public void protocol(JsonNode node) {
      protocolAfterSubjects = subjects;
      protocol = overridden(ProtocolParser.parse(node, strict, fileProblem));
      if (protocol != null && !subjects) {
        pipeline.checkUnder(protocol);
      }
    }

    @Override
    public void subjects() throws IOException {
      subjects = true;
      // the work goes under the protocol read so far; one that comes later makes it stale
      if (work != null && protocol != null && check.errors == 0) {
        work.start(protocol);
        pipeline.start(protocol);
      }
    }

    @Override
    public void subject(Object raw, int number) throws IOException {
      pipeline.add(raw, number);
    }

    @Override
    public void end() throws IOException {
      pipeline.drain();
    }

    @Override
    public void finishSubjects() throws IOException {
      pipeline.drain();
    }
  }

  /**
   * The second pass: hands each subject of a file that {@link #check} passed to {@code consumer},
   * in file order.
   *
   * @throws IllegalStateException if the file no longer passes the checks (it changed)
   * @throws IOException if the file cannot be read, or {@code consumer} fails to write
   */
  public void read(CaseSource source, SubjectConsumer consumer) throws IOException {
    Consumer<Problem> fail = p -> {
      throw new IllegalStateException(source.name() + " changed after it was checked: " + p);
    };
    scan(source, new Handler() {
      @Override
      public void subject(Object raw, int number) throws IOException {
        if (raw instanceof Subject) {
          consumer.accept((Subject) raw);
          return;
        }
        SubjectParser.Parsed parsed = SubjectParser.parse((JsonNode) raw, number);
        if (parsed.subject == null) {
          fail.accept(parsed.problems.get(0));
        }
        consumer.accept(parsed.subject);
      }
    }, fail, m -> fail.accept(Problem.error(source.name(), null, null, m)), streaming, false);
  }

  /**
   * Streams the top level of the file to {@code handler}; returns false when the JSON itself is
   * broken (reported to {@code problems}, naming the place as far as it was read). With {@code
   * slices} (a UTF-8 file), the subjects go to the handler as their bytes ({@link SubjectSlices})
   * for as long as the scanner of bytes is sure of them, and the parser goes on from the first it
   * is not sure of, or the first the handler's pipeline {@linkplain SubjectPipeline.Declined
   * declined}, skipping those before it.
   */
  private static boolean scan(CaseSource source, Handler handler, Consumer<Problem> problems,
      Consumer<String> fileProblem, boolean streaming, boolean slices) throws IOException {
    SubjectTreeReader trees = new SubjectTreeReader();
    SubjectStreamReader stream = new SubjectStreamReader();
    boolean inSubject = false;
    boolean streamed = false;
    int number = 0;
    boolean started = false;
    // Repeated keys: the parser finds them until the first subject the streaming reader reads,
    // which finds them itself in what it takes (cheaper than the parser's sets of names); from then
    // on, any other value read is read again from its bytes with the parser's check, and a failure
    // inside a value is checked for a repeated key before it, so that the file is refused for the
    // same reason, in the same words, at the same place, as when the parser looked for them.
    boolean keysUnchecked = false;
    JsonLocation valueStart = null;
    boolean rereading = false;
    try (InputStream in = source.open(); JsonParser p = Json.FACTORY.createParser(in);
        SubjectBytes again = new SubjectBytes(source)) {
      try {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          String advice = FileAdvice.notJson(source);
          fileProblem.accept(advice != null ? advice : "a " + FORMAT + " document is a JSON object "
              + "{\"format\": ..., \"protocol\": ..., \"subjects\": [...]}");
          return false;
        }
        started = true;
        // without trees only where the parser counts bytes (UTF-8), to read a subject again
        boolean bytes = streaming && p.currentTokenLocation().getByteOffset() >= 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonToken t = p.nextToken();
          valueStart = keysUnchecked && t.isStructStart() ? p.currentTokenLocation() : null;
          switch (name) {
            case "format":
            case "protocol": {
              JsonNode node = trees.read(p);
              if (valueStart != null) {
                rereading = true;
                again.tree(valueStart, p.currentTokenLocation().getByteOffset() + 1);
                rereading = false;
              }
              if (name.equals("format")) {
                handler.format(node);
              } else {
                handler.protocol(node);
              }
              break;
            }
            case "subjects":
              handler.subjects();
              if (t != JsonToken.START_ARRAY) {
                fileProblem.accept("subjects must be an array, not " + Json.show(trees.read(p)));
                break;
              }
              int handed = 0;
              if (slices && bytes && number == 0) { // (numbered from 1: not after other subjects)
                int resumeAt = slices(source, p.currentTokenLocation().getByteOffset(), handler);
                if (resumeAt == 0) {
                  return true; // the subjects and the document ended cleanly, the handler ended
                }
                handed = resumeAt - 1;
              }
              while (p.nextToken() != JsonToken.END_ARRAY) {
                number++;
                if (number <= handed) {
                  // handed over from its bytes: the parser only passes it, as it would read it
                  if (!keysUnchecked) {
                    p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                    keysUnchecked = true;
                  }
                  p.skipChildren();
                  continue;
                }
                inSubject = true;
                Object subject;
                streamed = bytes && p.currentToken() == JsonToken.START_OBJECT;
                if (streamed) {
                  if (!keysUnchecked) {
                    p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                    keysUnchecked = true;
                  }
                  valueStart = p.currentTokenLocation();
                  subject = stream.read(p);
                  if (subject == null) {
                    rereading = true;
                    subject = again.tree(valueStart, p.currentTokenLocation().getByteOffset() + 1);
                    rereading = false;
                  }
                } else {
                  valueStart = keysUnchecked && p.currentToken().isStructStart()
                      ? p.currentTokenLocation() : null;
                  subject = trees.read(p);
                  if (valueStart != null) {
                    rereading = true;
                    subject = again.tree(valueStart, p.currentTokenLocation().getByteOffset() + 1);
                    rereading = false;
                  }
                }
                valueStart = null;
                inSubject = false;
                handler.subject(subject, number);
              }
              break;
            default:
              if (!IGNORED_FIELDS.contains(name)) {
                fileProblem.accept("unknown top-level field '" + Problem.shown(name) + "' (allowed: format, "
                    + "protocol, subjects; and expected, source, why, which are ignored)");
              }
              p.skipChildren();
              if (valueStart != null) {
                rereading = true;
                again.tree(valueStart, p.currentTokenLocation().getByteOffset() + 1);
                rereading = false;
              }
              break;
          }
          valueStart = null;
        }
        handler.end();
        if (p.nextToken() != null) {
          fileProblem.accept("content after the end of the JSON document" + where(p.currentLocation()));
          return false;
        }
        return true;
      } catch (JacksonException | CharConversionException thrown) {
        IOException e = thrown;
        Frames.Place place = null;
        if (rereading) {
          place = again.failedAt(); // a repeated key, found in the value read again
        } else if (valueStart != null && e instanceof JacksonException) {
          JsonLocation at = ((JacksonException) e).getLocation();
          JacksonException repeated = again.repeatedKeyBefore(valueStart,
              at != null && at.getByteOffset() >= 0 ? at.getByteOffset()
                  : p.currentLocation().getByteOffset());
          if (repeated != null) {
            e = repeated; // the parser would have failed there first
            place = again.failedAt();
          }
        }
        handler.end();
        String advice = started ? null : FileAdvice.notJson(source);
        String message = advice != null ? advice
            : e instanceof JacksonException ? parserMessage((JacksonException) e)
            : notText((CharConversionException) e);
        if (inSubject) {
          if (place == null) {
            place = streamed ? stream.place(p) : trees.place(p);
          }
          problems.accept(Problem.error(place.subjectId != null ? place.subjectId : "subject #" + number,
              place.date,
              place.lesionId, message));
        } else {
          fileProblem.accept(message);
        }
        return false;
      }
    } catch (CharConversionException e) {
      // The parser could not even tell the encoding from the first bytes.
      fileProblem.accept(notText(e));
      return false;
    }
  }

  /**
   * Hands the subjects of the array at byte {@code arrayStart} of the file to {@code handler} as
   * their bytes, and when they and the document end cleanly, ends the handler; returns 0 then,
   * else the number of the subject from which the file's parser must go on (the first the scanner
   * is not sure of, or the first the handler's pipeline declined; one past the last subject to go
   * on after the array).
   */
  private static int slices(CaseSource source, long arrayStart, Handler handler)
      throws IOException {
    try (InputStream in = source.open()) {
      in.skipNBytes(arrayStart);
      SubjectSlices.Outcome outcome = new SubjectSlices(in).scan(handler::subject);
      // delivers the last of them, so that none is declined once the parser goes on
      handler.finishSubjects();
      if (outcome.resumeAt == 0) {
        handler.end();
      }
      return outcome.resumeAt;
    } catch (SubjectPipeline.Declined declined) {
      return declined.number();
    }
  }

  /**
   * The message for bytes that are no Unicode text (the parser reads UTF-8, UTF-16 and UTF-32, and
   * decodes UTF-32 a buffer ahead, so the message gives the character's position in the file).
   */
  private static String notText(CharConversionException e) {
    return "not text in UTF-8, UTF-16 or UTF-32: " + e.getMessage() + "; " + FileAdvice.NOT_UNICODE;
  }

  /**
   * The parser's message without its advice on its own switches, with the place; for a comment or
   * bytes that are not UTF-8, advice instead.
   */
  private static String parserMessage(JacksonException e) {
    String original = e.getOriginalMessage().replace('\n', ' ');
    String where = where(e.getLocation());
    if (original.contains("maybe a (non-standard) comment")
        || original.startsWith("Unexpected character ('/'")
        || original.startsWith("Unexpected character ('#'")) {
      return "a comment" + where + ": " + FileAdvice.COMMENT;
    }
    String message = JACKSON_HINT.matcher(original).replaceAll("") + where;
    if (original.startsWith("Invalid UTF-8")) {
      return message + ": the file is not UTF-8 text here; " + FileAdvice.NOT_UNICODE;
    }
    return message;
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /**
   * Another pass, only when the protocol came after the subjects (or there was none) and some
   * subject has problems under its criteria: reports them ({@link Recist11#criteriaProblems}), in
   * file order after the others, and counts the subjects they give a first warning.
   */
  private void reportCriteriaProblems(CaseSource source, Protocol protocol,
      Set<Criteria> under, Consumer<Problem> problems, Check check) throws IOException {
    scan(source, new Handler() {
      @Override
      public void subject(Object raw, int number) {
        Subject subject = raw instanceof Subject ? (Subject) raw
            : SubjectParser.parse((JsonNode) raw, number).subject;
        if (subject != null) {
          List<Problem> found = SubjectPipeline.criteriaProblems(subject, protocol, under);
          found.forEach(problems);
          if (found.stream().anyMatch(p -> !p.isError()) && !check.warned.get(number)) {
            check.warned.set(number);
            check.subjectsWithWarnings++;
          }
        }
      }
    }, p -> {}, m -> {}, streaming, false);
  }

  /** A third pass, only when two ids share a hash: names the ids really used twice. */
  private void reportRepeatedIds(CaseSource source, Set<Long> hashes,
      Consumer<Problem> problems) throws IOException {
    Map<String, StringBuilder> numbers = new LinkedHashMap<>();
    scan(source, new Handler() {
      @Override
      public void subject(Object raw, int number) {
        String id = null;
        if (raw instanceof Subject) {
          id = ((Subject) raw).id();
        } else {
          JsonNode node = ((JsonNode) raw).get("id");
          id = node != null && node.isTextual() ? node.asText() : null;
        }
        if (id != null && hashes.contains(IdHashes.hash(id))) {
          StringBuilder s = numbers.computeIfAbsent(id, k -> new StringBuilder());
          s.append(s.length() == 0 ? "#" : ", #").append(number);
        }
      }
    }, p -> {}, m -> {}, streaming, false);
    numbers.forEach((id, where) -> {
      if (where.indexOf(",") >= 0) {
        problems.accept(Problem.error(id, null, null,
            "subject id used more than once (subjects " + where + " of the file)"));
      }
    });
  }

  /**
   * The 64-bit hashes of the subject ids read so far, to find an id used twice in little memory:
   * appended as they come, then sorted once, by a radix sort, to find the equal ones side by side.
   * (The JDK's sort of a {@code long[]} took more CPU to compile, by C2 on 2 cores, than to run;
   * an open-addressing table missed the cache on every id of a million; issue 14.)
   */
  static final class IdHashes {
    private long[] hashes = new long[1024];
    private int size;

    /**
     * A 64-bit hash of the id's characters (FNV-1a, then MurmurHash3's final mix), made without
     * copying the id into bytes. Two ids that share one only cost the third pass, which compares
     * the ids themselves.
     */
    static long hash(String id) {
      long h = 0xcbf29ce484222325L;
      for (int i = 0; i < id.length(); i++) {
        h = (h ^ id.charAt(i)) * 0x100000001b3L;
      }
      h ^= h >>> 33;
      h *= 0xff51afd7ed558ccdL;
      h ^= h >>> 33;
      h *= 0xc4ceb9fe1a85ec53L;
      return h ^ (h >>> 33);
    }

    void add(String id) {
      if (size == hashes.length) {
        hashes = Arrays.copyOf(hashes, size * 2);
      }
      hashes[size++] = hash(id);
    }

    /** The hashes added more than once; call it once, at the end (it sorts them in place). */
    Set<Long> repeated() {
      long[] sorted = radixSort(hashes, size);
      Set<Long> repeated = new HashSet<>();
      for (int i = 1; i < size; i++) {
        if (sorted[i] == sorted[i - 1]) {
          repeated.add(sorted[i]);
        }
      }
      return repeated;
    }

    /**
     * The first {@code n} of {@code values} in unsigned order, a byte at a time from the lowest:
     * in {@code values} itself or in a second array, which is returned.
     */
    static long[] radixSort(long[] values, int n) {
      long[] from = values;
      long[] to = new long[n];
      int[] start = new int[257];
      for (int shift = 0; shift < Long.SIZE; shift += Byte.SIZE) {
        Arrays.fill(start, 0);
        for (int i = 0; i < n; i++) {
          start[((int) (from[i] >>> shift) & 0xff) + 1]++;
        }
        for (int b = 0; b < 256; b++) {
          start[b + 1] += start[b];
        }
        for (int i = 0; i < n; i++) {
          long v = from[i];
          to[start[(int) (v >>> shift) & 0xff]++] = v;
        }
        long[] swap = from;
        from = to;
        to = swap;
      }
      return from;
    }
  }
}
