package io.github.recist.examples.cli;

import io.github.recist.examples.json.CaseSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code recist demo}: assesses the bundled example cohort (20 sarcoma subjects modelled on the
 * CAR-T trial NCT03356782, {@code recist-examples/data/sarcoma-car-t-cohort.json}), prints the
 * text report, and writes the cohort report as {@code recist report} does into {@code --out}, or by
 * default into a fresh folder {@code recist-demo-…} that it creates in the system's temporary folder
 * for this run alone ({@link Files#createTempDirectory}), naming the report on the last line. Two
 * users of one machine, or two runs of one user, never write into the same folder; a folder that
 * cannot be written is told as such (status 2), never as an internal failure.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Recist.Version.class,
    description = {"Assess the bundled example cohort (20 sarcoma subjects modelled on the CAR-T "
        + "trial NCT03356782, one year of follow-up), print the text report, and write the cohort "
        + "report (report.html, pictures, results.json) into a folder it names."})
final class DemoCommand implements Callable<Integer> {

  /** The cohort's resource name in the jar (copied from {@code recist-examples/data/}). */
  static final String COHORT = "/io/github/recist/examples/data/sarcoma-car-t-cohort.json";

  @ParentCommand
  Recist recist;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (the default) or json (recist-result/1).")
  AssessCommand.Format format;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where to write the cohort report (default: a new folder recist-demo-... "
          + "in the temporary folder, a fresh one for each run).")
  Path out;

  @Option(names = "--no-report", description = "Print the text report only; write no files.")
  boolean noReport;

  @Override
  public Integer call() throws IOException {
    try (CaseSource source = CaseSource.ofResource(DemoCommand.class, COHORT)) {
      int status = AssessCommand.assess(source, false, format, 1, recist, false);
      if (status != Recist.OK || noReport) {
        return status;
      }
      Path dir = out == null ? ReportCommand.freshFolder("recist-demo-", recist) : out;
      if (dir == null) {
        return Recist.INVALID_INPUT;
      }
      List<Path> written = ReportCommand.write(source, false, dir, recist, false);
      if (written == null) {
        return Recist.INVALID_INPUT; // the folder cannot be written: told on standard error
      }
      (format == AssessCommand.Format.TEXT ? recist.out : recist.err)
          .println("Cohort report: " + written.get(0).toAbsolutePath());
      recist.out.flush();
      return Recist.OK;
    }
  }
}
