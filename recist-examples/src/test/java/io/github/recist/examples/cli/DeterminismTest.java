package io.github.recist.examples.cli;

import static io.github.recist.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same input gives the same bytes: on every run, read from a file or from standard input, in
 * this JVM or a fresh one with another locale, time zone and default encoding.
 *
 * <p>Each run is described by its {@link #options}; an option that must not change the output
 * (such as a thread count) is one more field of {@link FuzzInputs.Run}, the generated runs.
 */
class DeterminismTest {

  private static Path dir;

  @BeforeAll
  static void folder() throws IOException {
    dir = Files.createTempDirectory("recist-determinism-");
  }

  @AfterAll
  static void removeFolder() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  /**
   * 25 runs in {@code mvn verify}, 250 at most in the {@code fuzz} profile: each assesses a file of
   * up to 60 subjects four times.
   */
  @Test
  void assessingAGeneratedFileGivesTheSameBytesOnEveryRunAndWithAnyThreads() {
    qt(25, 250).forAll(FuzzInputs.runs()).checkAssert(run -> {
      byte[] file = FuzzInputs.generatedBytes(run.seed(), run.subjects());
      Path path;
      try {
        path = Files.write(dir.resolve("generated-" + run.seed() + "-" + run.subjects() + ".json"), file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      List<String> options = options(run.format(), run.strict());
      int threads = run.threads();

      Cli.Run first = Cli.runWithBytes(new byte[0], args(options, path.toString()));
      List<String> threaded = new ArrayList<>(options);
      threaded.addAll(List.of("--threads", Integer.toString(threads)));
      Cli.Run parallel = Cli.runWithBytes(new byte[0], args(threaded, path.toString()));
      Cli.Run second = Cli.runWithBytes(new byte[0], args(options, path.toString()));
      Cli.Run piped = Cli.runWithBytes(file, args(options, "-"));
      CleanEnd.assertNoStackTrace(first);
      assertEquals(first.status, second.status);
      assertEquals(first.out, second.out);
      assertEquals(first.err, second.err);
      assertEquals(first.status, piped.status);
      assertEquals(first.out, piped.out);
      assertEquals(first.status, parallel.status, "--threads " + threads);
      assertEquals(first.out, parallel.out, "--threads " + threads);
      assertEquals(first.err, parallel.err, "--threads " + threads);
      try {
        Files.delete(path);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The options of one run: {@code --format}, {@code --strict}. */
  static List<String> options(String format, boolean strict) {
    List<String> options = new ArrayList<>(List.of("--format", format));
    if (strict) {
      options.add("--strict");
    }
    return options;
  }

  @Test
  void aFreshJvmInAnotherLocaleTimeZoneAndEncodingGivesTheSameBytes() throws Exception {
    Path file = Files.write(dir.resolve("generated.json"), FuzzInputs.generatedBytes(42, 300));
    for (String format : List.of("json", "text")) {
      Cli.Run here = Cli.run("assess", "--format", format, file.toString());
      assertEquals(Recist.OK, here.status, here::toString);
      // Turkish: a decimal comma and a dotless i; far east of UTC; Latin-1 as default encoding.
      byte[] there = runInFreshJvm(List.of("-Duser.language=tr", "-Duser.country=TR",
          "-Duser.timezone=Pacific/Kiritimati", "-Dfile.encoding=ISO-8859-1"),
          "assess", "--format", format, file.toString());
      assertArrayEquals(here.out.getBytes(StandardCharsets.UTF_8), there, format);
    }
  }

  static String[] args(List<String> options, String file) {
    List<String> args = new ArrayList<>();
    args.add("assess");
    args.addAll(options);
    args.add(file);
    return args.toArray(new String[0]);
  }

  /** Runs {@code recist args} in a new JVM with {@code jvmOptions}; its standard output. */
  static byte[] runInFreshJvm(List<String> jvmOptions, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(Recist.class.getName());
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out-", ".txt");
    Path err = Files.createTempFile(dir, "err-", ".txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
        .start();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("recist did not end");
    }
    assertEquals(0, p.exitValue(), Files.readString(err, StandardCharsets.ISO_8859_1));
    byte[] bytes = Files.readAllBytes(out);
    Files.delete(out);
    Files.delete(err);
    return bytes;
  }
}
