package io.github.recist.examples.cli;

import io.github.recist.examples.json.CaseReader;
import io.github.recist.examples.json.CaseSource;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code recist validate FILE|-}: only the checks. Each problem goes to standard error, one a
 * line, warnings marked {@code warning:}; when there is no error a one-line summary goes to
 * standard output and the status is 0, else nothing goes to standard output and the status is 2.
 * With {@code --threads N} above 1, N threads parse and check the subjects while the main thread
 * only finds each subject's bytes in the file, as {@code assess} does; the messages are the same,
 * in the same order.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    versionProvider = Recist.Version.class,
    description = {ValidateCommand.ABOUT, ValidateCommand.ABOUT_MESSAGES,
        ValidateCommand.ABOUT_STATUS})
final class ValidateCommand implements Callable<Integer> {

  // The help texts, each written once: the annotations below and CommandSpecs' model use them.

  static final String ABOUT = "Check a recist-case/1 file without assessing it.";

  static final String ABOUT_MESSAGES = "Each problem is printed on standard error, one a line, "
      + "naming the subject, visit date and lesion; protocol deviations (R1-R3) are marked "
      + "'warning:'.";

  static final String ABOUT_STATUS = "Exit status 2 if there is any error (nothing on standard "
      + "output); otherwise 0 and a summary on standard output.";

  static final String STRICT_HELP = "Make protocol deviations (R1-R3) errors.";

  static final String THREADS_HELP = "Threads that parse and check the subjects, as assess's "
      + "--threads (and the same default). The messages are the same for any N.";

  @ParentCommand
  Recist recist;

  @Parameters(paramLabel = "FILE", description = CommandSpecs.FILE_HELP)
  String file;

  @Option(names = "--strict", description = STRICT_HELP)
  boolean strict;

  @Option(names = "--threads", paramLabel = "N", description = THREADS_HELP)
  Integer threads;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    AssessCommand.checkThreads(threads, spec);
    try (CaseSource source = Inputs.open(file, recist.in, recist.err)) {
      if (source == null) {
        return Recist.INVALID_INPUT;
      }
      Progress progress = recist.progress("checking");
      CaseReader.Check check = new CaseReader(strict).check(source,
          p -> recist.err.println(Lines.oneLine(p.isError() ? p : "warning: " + p)), progress,
          AssessCommand.threads(threads, source), null);
      progress.done();
      if (!check.ok()) {
        return Recist.INVALID_INPUT;
      }
      recist.out.println(source.name() + ": " + check.subjects() + " subject"
          + (check.subjects() == 1 ? "" : "s") + ", no errors, " + check.warnings() + " warning"
          + (check.warnings() == 1 ? "" : "s"));
      return Recist.OK;
    }
  }
}
