package io.github.recist.examples.cli;

import io.github.recist.Recist11;
import io.github.recist.examples.json.CaseReader;
import io.github.recist.examples.json.CaseSource;
import io.github.recist.examples.json.ResultWriter;
import io.github.recist.model.Protocol;
import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code recist assess FILE|-}: assesses every subject of a {@code recist-case/1} file and prints a
 * {@code recist-result/1} document (or, with {@code --format text}, a table per subject).
 *
 * <p>The file is checked as a whole first; if anything is wrong, every problem goes to standard
 * error, one a line, nothing to standard output, and the status is 2.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
    versionProvider = Recist.Version.class,
    description = {"Assess every subject of a recist-case/1 file (RECIST 1.1) and print the "
        + "recist-result/1 JSON, or a table per subject with --format text.",
        "The whole file is checked first: if anything is wrong, each problem is printed on "
        + "standard error, one a line, and nothing on standard output (exit status 2)."})
final class AssessCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    /** The recist-result/1 JSON document. */
    JSON,
    /** A human-readable table per subject. */
    TEXT
  }

  @ParentCommand
  Recist recist;

  @Parameters(paramLabel = "FILE", description = "A recist-case/1 file, or - for standard input.")
  String file;

  @Option(names = "--strict",
      description = "Make protocol deviations (R1-R3: target not measurable, too many targets, "
          + "late baseline) errors instead of warnings.")
  boolean strict;

  @Option(names = "--format", paramLabel = "json|text", defaultValue = "json",
      description = "json (recist-result/1, the default) or text.")
  Format format;

  @Override
  public Integer call() throws IOException {
    try (CaseSource source = Inputs.open(file, recist.in, recist.err)) {
      if (source == null) {
        return Recist.INVALID_INPUT;
      }
      return assess(source, strict, format, recist);
    }
  }

  /** Checks {@code source}, then assesses it onto {@code recist.out}; the exit status. */
  static int assess(CaseSource source, boolean strict, Format format, Recist recist)
      throws IOException {
    PrintStream err = recist.err;
    CaseReader reader = new CaseReader(strict);
    Progress progress = recist.progress("checking");
    CaseReader.Check check = reader.check(source, p -> {
      if (p.isError()) {
        err.println(Lines.oneLine(p));
      }
    }, progress);
    progress = progress.next("assessing", check.subjects());
    if (!check.ok()) {
      progress.done();
      return Recist.INVALID_INPUT;
    }
    Protocol protocol = check.protocol();
    Progress counter = progress;
    if (format == Format.TEXT) {
      TextReport report = new TextReport(recist.out, protocol);
      reader.read(source, s -> {
        report.write(s, Recist11.assess(s, protocol));
        counter.run();
      });
      report.finish();
    } else {
      try (ResultWriter writer = new ResultWriter(recist.out)) {
        reader.read(source, s -> {
          writer.write(Recist11.assess(s, protocol));
          counter.run();
        });
      }
    }
    progress.done();
    recist.out.flush();
    return Recist.OK;
  }
}
