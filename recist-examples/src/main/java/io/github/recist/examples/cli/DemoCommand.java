package io.github.recist.examples.cli;

import io.github.recist.examples.json.CaseSource;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code recist demo}: assesses the bundled example cohort (20 sarcoma subjects modelled on the
 * CAR-T trial NCT03356782, {@code recist-examples/data/sarcoma-car-t-cohort.json}) and prints the
 * text report.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Recist.Version.class,
    description = {"Assess the bundled example cohort (20 sarcoma subjects modelled on the CAR-T "
        + "trial NCT03356782, one year of follow-up) and print the text report."})
final class DemoCommand implements Callable<Integer> {

  /** The cohort's resource name in the jar (copied from {@code recist-examples/data/}). */
  static final String COHORT = "/io/github/recist/examples/data/sarcoma-car-t-cohort.json";

  @ParentCommand
  Recist recist;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (the default) or json (recist-result/1).")
  AssessCommand.Format format;

  @Override
  public Integer call() throws IOException {
    try (CaseSource source = CaseSource.ofResource(DemoCommand.class, COHORT)) {
      return AssessCommand.assess(source, false, format, recist);
    }
  }
}
