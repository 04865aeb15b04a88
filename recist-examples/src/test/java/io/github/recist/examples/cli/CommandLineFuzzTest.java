package io.github.recist.examples.cli;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

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

  @BeforeContainer
  static void files() throws IOException {
    dir = Files.createTempDirectory("recist-cli-fuzz-");
    valid = Files.writeString(dir.resolve("valid.json"), CaseMutation.RICH).toString();
    refused = Files.writeString(dir.resolve("refused.json"),
        CaseMutation.RICH.replace("\"T1\": 32", "\"T1\": -32")).toString();
  }

  @AfterContainer
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

  @Property
  @FuzzTries(500)
  void anyCommandLineEndsInZeroOrTwoWithoutAStackTrace(@ForAll("commandLines") List<String> args) {
    Cli.Run run = Cli.runWithInput(CaseMutation.RICH, args.toArray(new String[0]));
    CleanEnd.assertNoStackTrace(run);
    assertTrue(run.status == Recist.OK || run.status == Recist.INVALID_INPUT, run::toString);
    if (run.status == Recist.INVALID_INPUT) {
      assertEquals("", run.out, run::toString);
      assertTrue(!run.err.isBlank(), run::toString);
    }
    Statistics.label("status").collect(run.status);
  }

  @Provide
  Arbitrary<List<String>> commandLines() {
    Arbitrary<String> command = Arbitraries.of("assess", "validate", "generate", "assess", "validate",
        "Assess", "help", "", "report");
    Arbitrary<String> word = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of("--strict", "--format", "json", "text", "TEXT",
            "xml", "--format=text", "--format=", "--subjects", "--seed", "0", "3", "-1", "1e3",
            "99999999999999999999", "--debug", "--help", "-h", "--version", "-V", "-", "--", "-x",
            "--strict=false", "--threads", "2", "", " ", "\u0000", "\u00e9")),
        Tuple.of(1, Arbitraries.just("--out OUT")),
        Tuple.of(3, Arbitraries.of("FILE", "REFUSED", "MISSING", "DIR")),
        // Never an --out of its own: report would write wherever the next word says.
        Tuple.of(1, Arbitraries.strings().ofMaxLength(6).filter(w -> !w.startsWith("--o"))));
    return command.flatMap(c -> word.list().ofMaxSize(5).map(words -> {
      List<String> args = new ArrayList<>();
      if (!c.isEmpty()) {
        args.add(c);
      }
      for (String w : words) {
        switch (w) {
          case "FILE":
            args.add(valid);
            break;
          case "REFUSED":
            args.add(refused);
            break;
          case "MISSING":
            args.add(dir.resolve("missing.json").toString());
            break;
          case "DIR":
            args.add(dir.toString());
            break;
          case "--out OUT":
            args.add("--out");
            args.add(dir.resolve("report-" + reports.incrementAndGet()).toString());
            break;
          default:
            args.add(w);
        }
      }
      return args;
    }));
  }
}
