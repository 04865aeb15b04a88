package io.github.recist.examples.cli;

import io.github.recist.Recist11;
import io.github.recist.examples.adam.AdamDatasets;
import io.github.recist.examples.adam.AdamProfile;
import io.github.recist.examples.json.CaseReader;
import io.github.recist.examples.json.CaseSource;
import io.github.recist.examples.json.ResultWriter;
import io.github.recist.examples.json.ResultWriter.Layout;
import io.github.recist.examples.json.ResultWriter.Reasons;
import io.github.recist.examples.sdtm.Dataset;
import io.github.recist.examples.sdtm.StudySubject;
import io.github.recist.examples.source.SubjectPipeline;
import io.github.recist.model.Confirmation;
import io.github.recist.model.Criteria;
import io.github.recist.model.Protocol;
import io.github.recist.model.Subject;
import io.github.recist.result.SubjectAssessment;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code recist assess FILE|-}: assesses every subject of a {@code recist-case/1} file and prints a
 * {@code recist-result/1} document (or, with {@code --format text}, a table per subject).
 *
 * <p>The file is read once: each subject is checked and, while the file has passed so far,
 * assessed and written to a {@link HeldOutput}, which goes to standard output only when the whole
 * file has passed (into a regular file of its own, it is written in place and cut back on a refusal:
 * {@link HeldOutput#heldFor}). If anything is wrong, every problem goes to standard error, one a line, nothing
 * to standard output, and the status is 2. When the file passed with warnings (protocol
 * deviations, in the output's {@code warnings}), one line on standard error counts them. With
 * {@code --threads N} above 1, N threads parse, check, assess and render the subjects while the main
 * thread only finds each subject's bytes in the file ({@link CaseReader}) and writes the results in
 * order; the output is the same, byte for byte.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
    versionProvider = Recist.Version.class,
    description = {AssessCommand.ABOUT, AssessCommand.ABOUT_REFUSAL})
final class AssessCommand implements Callable<Integer> {

  // The help texts, each written once: the annotations below and CommandSpecs' model use them.

  static final String ABOUT = "Assess every subject of a recist-case/1 file (RECIST 1.1, or "
      + "iRECIST with criteria IRECIST; both with --criteria both) and print the "
      + "recist-result/1 JSON, or a table per subject with --format text.";

  static final String ABOUT_REFUSAL = "The whole file is checked first: if anything is wrong, "
      + "each problem is printed on standard error, one a line, and nothing on standard output "
      + "(exit status 2).";

  static final String STRICT_HELP = "Make protocol deviations (R1-R3: target not measurable, too "
      + "many targets, late baseline; an unknown site, an implausible diameter) errors instead of "
      + "warnings.";

  static final String FORMAT_HELP = "json (recist-result/1, the default) or text.";

  static final String COMPACT_HELP = "With json: no indentation, each subject on a line of its "
      + "own; the same fields and values (about 30%% fewer bytes).";

  static final String REASONS_HELP = "What each reasons field holds: text, the sentences (the "
      + "default); codes, each reason's rule and kind (\"R6.5 TARGET_STABLE_DISEASE\"); none, no "
      + "reasons fields.";

  static final String THREADS_HELP = "Threads that parse, check, assess and render the subjects: "
      + "with 1 the reading thread does all of it; with more, N threads do, while the reading "
      + "thread only finds each subject in the file and writes the results in order. Default: 1 "
      + "for a file under " + (AssessCommand.AUTO_THREADS_MIN_BYTES >> 20) + " MB or on fewer "
      + "than 4 cores (the JIT compiler takes the second core), except under bin/recist, whose "
      + "JIT settings leave it free: then 2; else one less than the cores, at most 8. The output "
      + "is the same for any N.";

  static final String CRITERIA_HELP = "The criteria to assess under, instead of the file's "
      + "protocol.criteria: RECIST_1_1, IRECIST, or both at once (RECIST_1_1,IRECIST or both): "
      + "then each subject's entry is its RECIST 1.1 result with its iRECIST result in the member "
      + "\"irecist\", and the text report shows both.";

  static final String ADAM_HELP = "Also write the ADaM datasets adrs.csv, adtte.csv and adtr.csv "
      + "of the subjects into DIR (admiralonco's shape; see recist sdtm).";

  static final String PROFILE_HELP = "With --adam: derivations as admiralonco's templates "
      + "(default) or as RECIST-RULES.md R12-R13.";

  /** The most threads {@code --threads} accepts. */
  static final int MAX_THREADS = 256;

  /** The output formats. */
  enum Format {
    /** The recist-result/1 JSON document. */
    JSON,
    /** A human-readable table per subject. */
    TEXT
  }

  @ParentCommand
  Recist recist;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = CommandSpecs.FILE_HELP)
  String file;

  @Option(names = "--strict", description = STRICT_HELP)
  boolean strict;

  @Option(names = "--format", paramLabel = "json|text", defaultValue = "json",
      description = FORMAT_HELP)
  Format format;

  @Option(names = "--compact", description = COMPACT_HELP)
  boolean compact;

  @Option(names = "--reasons", paramLabel = "none|codes|text", defaultValue = "text",
      description = REASONS_HELP)
  Reasons reasons;

  @Option(names = "--threads", paramLabel = "N", description = THREADS_HELP)
  Integer threads;

  /** The smallest file that {@code --threads} by default reads with more than one thread. */
  static final long AUTO_THREADS_MIN_BYTES = 4L << 20;

  /** The fewest cores on which {@code --threads} by default uses more than one thread. */
  static final int AUTO_THREADS_MIN_CORES = 4;

  /**
   * The system property by which the launcher {@code bin/recist} says that it chose JIT settings
   * that leave a core free (C1 alone for a small input, less inlining for C2 on a large one):
   * {@value #LEAN_JIT_PROPERTY}{@code =lean}.
   */
  static final String LEAN_JIT_PROPERTY = "recist.jit";

  /** Refuses a {@code --threads} out of range, as a command-line error of {@code spec}'s command. */
  static void checkThreads(Integer threads, CommandSpec spec) {
    if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
      throw new ParameterException(spec.commandLine(),
          "--threads must be from 1 to " + MAX_THREADS + ", not " + threads);
    }
  }

  /** The threads to read {@code source} on: {@code threads} when given, else {@link #autoThreads}'. */
  static int threads(Integer threads, CaseSource source) {
    return threads != null ? threads
        : autoThreads(source.size(), Runtime.getRuntime().availableProcessors(),
            "lean".equals(System.getProperty(LEAN_JIT_PROPERTY)));
  }

  /**
   * The threads for a file of {@code bytes} (-1: not known) on {@code cores} cores, when {@code
   * --threads} is not given, with the JVM's default JIT settings ({@link #autoThreads(long, int,
   * boolean)}).
   */
  static int autoThreads(long bytes, int cores) {
    return autoThreads(bytes, cores, false);
  }

  /**
   * The threads for a file of {@code bytes} (-1: not known) on {@code cores} cores, when {@code
   * --threads} is not given: one for a small file, where start-up dominates; on fewer than four
   * cores one with the JVM's default JIT settings, where the C2 compiler keeps the second core busy
   * for most of the run (measured on 2 cores, 200,000 subjects: two threads 7.23 s against 6.01 s),
   * but two under {@code leanJit} (the launcher's settings: 5.10 s against 5.91 s, and on 10,000
   * subjects with C1 alone 0.60 s against 0.71 s; README, "Performance"; issue 14); else one a core
   * but one, left to the JIT compiler and the collector.
   */
  static int autoThreads(long bytes, int cores, boolean leanJit) {
    if (bytes < AUTO_THREADS_MIN_BYTES || cores < 2) {
      return 1;
    }
    if (cores < AUTO_THREADS_MIN_CORES) {
      return leanJit ? 2 : 1;
    }
    return Math.min(cores - 1, 8);
  }

  @Option(names = "--criteria", paramLabel = "RECIST_1_1|IRECIST|both",
      description = CRITERIA_HELP)
  String criteria;

  @Option(names = "--adam", paramLabel = "DIR", description = ADAM_HELP)
  Path adam;

  @Option(names = "--profile", paramLabel = "ADMIRALONCO|RECIST_RULES", defaultValue = "ADMIRALONCO",
      description = PROFILE_HELP)
  AdamProfile profile;

  @Override
  public Integer call() throws IOException {
    checkThreads(threads, spec);
    if (compact && format == Format.TEXT) {
      throw new ParameterException(spec.commandLine(),
          "--compact applies to --format json (the text report has no indentation to drop)");
    }
    if (adam != null && Files.exists(adam) && !Files.isDirectory(adam)) {
      recist.err.println(Lines.oneLine(adam + ": --adam must be a directory"));
      return Recist.INVALID_INPUT;
    }
    Set<Criteria> under = CriteriaOption.of(criteria, spec);
    try (CaseSource source = Inputs.open(file, recist.in, recist.err)) {
      if (source == null) {
        return Recist.INVALID_INPUT;
      }
      Output output = new Output(format, compact ? Layout.COMPACT : Layout.PRETTY, reasons);
      int status = assess(source, strict, output, threads(threads, source), recist, true, under);
      if (status == Recist.OK && adam != null) {
        writeAdam(source);
      }
      return status;
    }
  }

  /**
   * Writes the ADaM datasets of the (checked) case file into {@code --adam DIR}: each subject's id
   * is USUBJID, its reference date RANDDT, its date of death DTHDT.
   */
  private void writeAdam(CaseSource source) throws IOException {
    CaseReader reader = new CaseReader(strict, firstOnly());
    List<StudySubject> subjects = new ArrayList<>();
    Map<String, SubjectAssessment> required = new HashMap<>();
    Map<String, SubjectAssessment> notRequired = new HashMap<>();
    CaseReader.Check check = reader.check(source, p -> {}, null);
    Protocol protocol = check.protocol();
    if (protocol.criteria() == Criteria.IRECIST) {
      // admiralonco's ADaM templates derive RECIST 1.1 parameters; iRECIST ones are not made here
      recist.err.println("note: under IRECIST (R14) the ADaM datasets are not derived; --adam "
          + "wrote nothing (--criteria both derives them under RECIST 1.1)");
      return;
    }
    reader.read(source, s -> {
      subjects.add(StudySubject.of(s));
      required.put(s.id(), Recist11.assess(s, protocol));
      notRequired.put(s.id(), Recist11.assess(s,
          protocol.withConfirmation(Confirmation.NOT_REQUIRED)));
    });
    Map<String, Dataset> datasets =
        AdamDatasets.derive(subjects, required, notRequired, false,
            "INVESTIGATOR", true, profile, protocol, subjects);
    datasets.remove("rs");
    Map<String, byte[]> outputs = new LinkedHashMap<>();
    SdtmCommand.writeDatasets(datasets, SdtmCommand.CSV, null, outputs);
    Files.createDirectories(adam);
    for (Map.Entry<String, byte[]> e : outputs.entrySet()) {
      Files.write(adam.resolve(e.getKey()), e.getValue());
    }
  }

  /**
   * The criteria of {@code --adam}: ADaM's ADRS has one criteria per parameter, so the first of
   * {@code --criteria} (RECIST 1.1 under {@code both}); none given, the file's.
   */
  private Set<Criteria> firstOnly() {
    if (criteria == null) {
      return Set.of();
    }
    return Set.of(CriteriaOption.parse(criteria).iterator().next());
  }

  /**
   * Checks and assesses {@code source} onto {@code recist.out}; the exit status. With {@code
   * summary}, a file with warnings also gets a one-line count of them on {@code recist.err}.
   */
  static int assess(CaseSource source, boolean strict, Format format, int threads, Recist recist,
      boolean summary) throws IOException {
    return assess(source, strict, Output.of(format), threads, recist, summary, Set.of());
  }

  /** What the output looks like: the format, and for JSON its layout; the reasons. */
  static final class Output {
    final Format format;
    final Layout layout;
    final Reasons reasons;

    Output(Format format, Layout layout, Reasons reasons) {
      this.format = format;
      this.layout = layout;
      this.reasons = reasons;
    }

    /** The specified output of {@code format}: pretty-printed JSON, reasons as sentences. */
    static Output of(Format format) {
      return new Output(format, Layout.PRETTY, Reasons.TEXT);
    }

    Results<?> results(OutputStream held, int threads, Set<Criteria> under) throws IOException {
      return format == Format.TEXT ? new TextResults(held, under, reasons)
          : new JsonResults(held, under, layout, reasons, threads);
    }
  }

  /**
   * As {@link #assess(CaseSource, boolean, Format, int, Recist, boolean)}, in {@code output}, under
   * each of {@code
   * under} instead of the file's criteria (none: the file's). Under two criteria, each subject's
   * JSON entry is its RECIST 1.1 result with its iRECIST result in the member {@code irecist}
   * ({@link ResultWriter.SubjectRenderer#render(SubjectAssessment, SubjectAssessment)}), and the
   * text report has a column of overall responses per criteria.
   */
  static int assess(CaseSource source, boolean strict, Output output, int threads, Recist recist,
      boolean summary, Set<Criteria> under) throws IOException {
    PrintStream err = recist.err;
    CaseReader reader = new CaseReader(strict, under);
    Progress progress = recist.progress("assessing");
    try (HeldOutput held = HeldOutput.heldFor(recist.out)) {
      Results<?> results = output.results(held, threads, under);
      CaseReader.Check check = reader.check(source, p -> {
        if (p.isError()) {
          err.println(Lines.oneLine(p));
        }
      }, progress, threads, results);
      progress.done();
      if (!check.ok()) {
        return Recist.INVALID_INPUT;
      }
      if (!check.worked()) {
        // the protocol came after the subjects, which were assessed under the defaults: again
        held.reset();
        results = output.results(held, 1, under);
        results.again(reader, source, check.protocol());
      }
      results.finish(check.protocol());
      held.copyTo(recist.out);
      recist.out.flush();
      String warnings = check.warningSummary("the output");
      if (summary && warnings != null) {
        err.println(warnings);
      }
    }
    recist.out.flush();
    return Recist.OK;
  }

  /** The subjects' results, written onto the held output in file order. */
  private abstract static class Results<T> implements CaseReader.SubjectWork<T> {
    /** The criteria to assess under; empty: the protocol's. */
    final Set<Criteria> under;

    Results(Set<Criteria> under) {
      this.under = under;
    }

    /**
     * {@code subject} assessed under each criteria of the work, in the order of {@link Criteria}
     * ({@link Recist11#assessUnder}).
     */
    List<SubjectAssessment> assessed(Subject subject, Protocol protocol) {
      return assessed(subject, protocol, List.of());
    }

    /**
     * As {@link #assessed(Subject, Protocol)}, taking the visits the check classified ({@link
     * Recist11#assess(Subject, Protocol, List)}): under iRECIST the rules run once per subject.
     */
    List<SubjectAssessment> assessed(Subject subject, Protocol protocol,
        List<Recist11.CriteriaCheck> checks) {
      if (under.size() < 2) {
        return List.of(Recist11.assess(subject, protocol, checks));
      }
      return Recist11.assessUnder(subject, protocol, under, checks).all();
    }

    @Override
    public T work(Subject subject, Protocol protocol, List<Recist11.CriteriaCheck> checks) {
      return made(subject, assessed(subject, protocol, checks));
    }

    @Override
    public T work(Subject subject, Protocol protocol) {
      return made(subject, assessed(subject, protocol));
    }

    /** What the work makes of {@code subject}, assessed. */
    abstract T made(Subject subject, List<SubjectAssessment> assessed);

    /** Ends the output; {@code protocol} is the file's. */
    abstract void finish(Protocol protocol) throws IOException;

    /** Reads {@code source} again, on this thread, and assesses it under {@code protocol}. */
    void again(CaseReader reader, CaseSource source, Protocol protocol) throws IOException {
      start(protocol);
      reader.read(source, s -> accept(work(s, protocol)));
    }
  }

  /**
   * The recist-result/1 document. On one thread a subject is rendered straight onto the held
   * output; on several, each worker renders the subjects it assessed into a run of bytes they
   * share ({@link ResultWriter.SubjectRenderer#renderShared}), to be written in file order.
   */
  private static final class JsonResults extends Results<Object> {
    private final ResultWriter writer;
    private final boolean direct;
    private final ThreadLocal<ResultWriter.SubjectRenderer> renderers;

    JsonResults(OutputStream out, Set<Criteria> under, Layout layout, Reasons reasons, int threads)
        throws IOException {
      super(under);
      writer = new ResultWriter(out, layout, reasons);
      direct = threads == 1;
      renderers = ThreadLocal.withInitial(() -> new ResultWriter.SubjectRenderer(layout, reasons));
    }

    @Override
    Object made(Subject subject, List<SubjectAssessment> a) {
      if (direct) {
        return a;
      }
      return a.size() == 1 ? renderers.get().renderShared(a.get(0))
          : renderers.get().renderShared(a.get(0), a.get(1));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void accept(Object result) throws IOException {
      if (result instanceof ResultWriter.Rendered) {
        writer.write((ResultWriter.Rendered) result);
        return;
      }
      List<SubjectAssessment> a = (List<SubjectAssessment>) result;
      if (a.size() == 1) {
        writer.write(a.get(0));
      } else {
        writer.write(a.get(0), a.get(1));
      }
    }

    @Override
    void finish(Protocol protocol) throws IOException {
      writer.close();
    }
  }

  /**
   * The text report; subjects are assessed and rendered on any thread, each by a {@link
   * TextReport#renderer()} of its own into runs of bytes it shares between them, and written and
   * counted on the reading thread.
   */
  private static final class TextResults extends Results<TextReport.Lines> {
    private final PrintStream out;
    private final Reasons reasons;
    private TextReport report;
    private final ThreadLocal<TextReport.Renderer> renderers =
        ThreadLocal.withInitial(() -> report.renderer());

    TextResults(OutputStream out, Set<Criteria> under, Reasons reasons) {
      super(under);
      this.out = new PrintStream(out, false, StandardCharsets.UTF_8);
      this.reasons = reasons;
    }

    @Override
    public void start(Protocol protocol) {
      report = new TextReport(out, protocol, SubjectPipeline.criteria(protocol, under))
          .withReasons(reasons);
    }

    @Override
    TextReport.Lines made(Subject subject, List<SubjectAssessment> assessed) {
      return renderers.get().render(subject, assessed);
    }

    @Override
    public void accept(TextReport.Lines lines) {
      report.write(lines);
    }

    @Override
    void finish(Protocol protocol) {
      if (report == null) {
        start(protocol); // no subjects: the header and an empty count
      }
      report.finish();
      out.flush();
    }
  }
}
