package io.github.recist.examples.cli;

import static io.github.recist.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing the command line itself: any sequence of words drawn from its commands, options, values
 * good and bad, and files (valid, refused, missing, a directory) ends in exit 0 or 2, never 1,
 * never a stack trace, and nothing on standard output with exit 2. ({@code report} is only ever
 * told to write into a temporary folder; {@code demo}, which writes into a fixed one by default,
 * is left out.)
 */
class CommandLineFuzzTest {

  private static Path dir;
  private static String valid;
  private static String refused;
  private static final AtomicInteger reports = new AtomicInteger();

  @BeforeAll
  static void files() throws IOException {
    dir = Files.createTempDirectory("recist-cli-fuzz-");
    valid = Files.writeString(dir.resolve("valid.json"), FuzzInputs.RICH).toString();
    refused = Files.writeString(dir.resolve("refused.json"),
        FuzzInputs.RICH.replace("\"T1\": 32", "\"T1\": -32")).toString();
  }

  @AfterAll
  static void removeFiles() throws IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> {
        try {
          Files.delete(f);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  @Test
  void anyCommandLineEndsInZeroOrTwoWithoutAStackTrace() {
    qt(500).forAll(FuzzInputs.commandLines()).checkAssert(line -> {
      Cli.Run run = Cli.runWithInput(FuzzInputs.RICH, args(line));
      CleanEnd.assertNoStackTrace(run);
      assertTrue(run.status == Recist.OK || run.status == Recist.INVALID_INPUT, run::toString);
      if (run.status == Recist.INVALID_INPUT) {
        assertEquals("", run.out, run::toString);
        assertTrue(!run.err.isBlank(), run::toString);
      }
    });
  }

  /** The words of {@code line} with the files it stands for put in place. */
  private static String[] args(List<String> line) {
    List<String> args = new ArrayList<>();
    for (String w : line) {
      switch (w) {
        case FuzzInputs.FILE:
          args.add(valid);
          break;
        case FuzzInputs.REFUSED:
          args.add(refused);
          break;
        case FuzzInputs.MISSING:
          args.add(dir.resolve("missing.json").toString());
          break;
        case FuzzInputs.DIR:
          args.add(dir.toString());
          break;
        case FuzzInputs.OUT:
          args.add("--out");
          args.add(dir.resolve("report-" + reports.incrementAndGet()).toString());
          break;
        default:
          args.add(w);
      }
    }
    return args.toArray(new String[0]);
  }
}
