package io.github.recist.examples.cli;

import io.github.recist.examples.generate.CaseGenerator;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code recist generate --subjects N --seed S}: writes a reproducible synthetic {@code
 * recist-case/1} file of N plausible subjects to standard output (see {@link CaseGenerator}).
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    versionProvider = Recist.Version.class,
    description = {"Write a reproducible synthetic recist-case/1 file of N plausible subjects to "
        + "standard output, one subject a line: both subject styles (measurements and recorded "
        + "responses), every response category, a CAR-T visit schedule (weeks 4, 8, 12, then "
        + "every 8-12 weeks), measurement noise.",
        "The same seed always gives the same bytes. Memory does not grow with N."})
final class GenerateCommand implements Callable<Integer> {

  @ParentCommand
  Recist recist;

  @Spec
  CommandSpec spec;

  @Option(names = "--subjects", paramLabel = "N", defaultValue = "100",
      description = "How many subjects (default ${DEFAULT-VALUE}).")
  long subjects;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "The random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws IOException {
    if (subjects < 0) {
      throw new ParameterException(spec.commandLine(),
          "--subjects must not be negative, not " + subjects);
    }
    new CaseGenerator(seed).write(subjects, recist.out);
    recist.out.flush();
    return Recist.OK;
  }
}
