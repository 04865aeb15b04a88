package io.github.recist.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recist assess} in its own process, its standard output a regular file, as a user runs it
 * ({@code recist assess cases.json > results.json}): the output goes into the file in place
 * ({@link HeldOutput#heldFor}) and is what the command prints anywhere else; a refused file leaves
 * the file as it was, whether it was new, appended to ({@code >>}: nothing another writer appended
 * is ever cut), or shared with standard error ({@code > out 2>&1}: only the message).
 */
class OutputInPlaceTest {

  private static final String GOOD =
      "{\"format\": \"recist-case/1\", \"subjects\": [{\"id\": \"P1\", "
          + "\"referenceDate\": \"2024-01-10\", \"lesions\": [{\"id\": \"T1\", "
          + "\"role\": \"TARGET\", \"site\": \"LUNG\"}], \"assessments\": [{\"date\": \"2024-01-05\", "
          + "\"baseline\": true, \"targets\": {\"T1\": 40}}, {\"date\": \"2024-03-01\", "
          + "\"targets\": {\"T1\": 20}}]}]}\n";
  private static final String REFUSED = GOOD.replace("\"T1\": 20", "\"T1\": -1");
  private static final String MESSAGE = "P1 2024-03-01 T1: -1 mm is not a diameter\n";

  /** {@code recist assess input} in a JVM of its own, its output and error redirected so. */
  private static int assess(Path input, ProcessBuilder.Redirect out, ProcessBuilder.Redirect err)
      throws IOException, InterruptedException {
    Process process = new ProcessBuilder(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        Recist.class.getName(), "assess", input.toString()))
        .redirectOutput(out).redirectError(err).start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("recist assess did not end");
    }
    return process.exitValue();
  }

  private static Path file(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void intoAFileTheOutputIsWhatTheCommandPrintsAnywhereElse(@TempDir Path dir) throws Exception {
    Path input = file(dir, "good.json", GOOD);
    Path out = dir.resolve("out.json");
    assertEquals(Recist.OK, assess(input, ProcessBuilder.Redirect.to(out.toFile()),
        ProcessBuilder.Redirect.DISCARD));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int status = Recist.run(new String[] {"assess", input.toString()}, System.in,
        new PrintStream(printed, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertEquals(Recist.OK, status);
    assertArrayEquals(printed.toByteArray(), Files.readAllBytes(out));
  }

  @Test
  void aRefusedFileLeavesANewOutputFileEmpty(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.json");
    Path err = dir.resolve("err.txt");
    assertEquals(Recist.INVALID_INPUT, assess(file(dir, "refused.json", REFUSED),
        ProcessBuilder.Redirect.to(out.toFile()), ProcessBuilder.Redirect.to(err.toFile())));
    assertEquals(0, Files.size(out));
    assertEquals(MESSAGE, Files.readString(err));
  }

  @Test
  void aRefusedFileLeavesAFileAppendedToAsItWas(@TempDir Path dir) throws Exception {
    Path out = file(dir, "out.json", "what was there\n");
    assertEquals(Recist.INVALID_INPUT, assess(file(dir, "refused.json", REFUSED),
        ProcessBuilder.Redirect.appendTo(out.toFile()), ProcessBuilder.Redirect.DISCARD));
    assertEquals("what was there\n", Files.readString(out));
  }

  @Test
  void aRefusedFileLeavesAFileSharedWithStandardErrorWithTheMessageAlone(@TempDir Path dir)
      throws Exception {
    Path input = file(dir, "refused.json", REFUSED);
    Path out = dir.resolve("out.txt");
    // `> out 2>&1`: the shell's way, one open file for both, which ProcessBuilder does not offer
    Process process = new ProcessBuilder(List.of("sh", "-c",
        "exec \"$0\" -cp \"$1\" " + Recist.class.getName() + " assess \"$2\" > \"$3\" 2>&1",
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        input.toString(), out.toString())).start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("recist assess did not end");
    }
    assertEquals(Recist.INVALID_INPUT, process.exitValue());
    assertEquals(MESSAGE, Files.readString(out));
  }
}
