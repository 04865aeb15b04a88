package io.github.recist.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.examples.generate.CaseGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code recist assess --threads N}: the same bytes on standard output and standard error as one
 * thread, refusals included, whatever N.
 */
class AssessThreadsTest {

  /** Enough subjects for many batches, and more output than is held in memory. */
  private static final int SUBJECTS = 5000;

  @TempDir
  static Path dir;

  private static Path generated;

  @BeforeAll
  static void generate() throws IOException {
    generated = dir.resolve("generated.json");
    try (OutputStream out = Files.newOutputStream(generated)) {
      new CaseGenerator(11).write(SUBJECTS, out);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 5})
  void threadsPrintTheSameJsonAsOneThread(int threads) {
    Cli.Run one = Cli.run("assess", generated.toString());
    Cli.Run many = Cli.run("assess", "--threads", Integer.toString(threads), generated.toString());
    assertEquals(0, one.status, one.err);
    assertTrue(one.out.length() > HeldOutput.IN_MEMORY, "the output outgrows what is held in memory");
    assertSame(one, many);
  }

  @Test
  void threadsPrintTheSameTextAsOneThread() {
    Cli.Run one = Cli.run("assess", "--format", "text", generated.toString());
    Cli.Run two = Cli.run("assess", "--format", "text", "--threads", "2", generated.toString());
    assertEquals(0, one.status, one.err);
    assertSame(one, two);
  }

  @Test
  void strictModeGivesTheSameRefusalsOnTwoThreads() {
    Cli.Run one = Cli.run("assess", "--strict", generated.toString());
    Cli.Run two = Cli.run("assess", "--strict", "--threads", "2", generated.toString());
    assertEquals(Recist.INVALID_INPUT, one.status, one.err);
    assertEquals("", one.out);
    assertSame(one, two);
  }

  @Test
  void aBadLastSubjectRefusesTheWholeFileOnTwoThreads() throws IOException {
    String json = Files.readString(generated);
    int end = json.lastIndexOf(']');
    Path file = dir.resolve("bad-last.json");
    Files.writeString(file, json.substring(0, end) + ",{\"id\":\"LAST\",\"referenceDate\":\"2018-01-10\","
        + "\"lesions\":[{\"id\":\"T1\",\"role\":\"TARGET\",\"site\":\"LUNG\"}],\"assessments\":["
        + "{\"date\":\"2018-01-05\",\"baseline\":true,\"targets\":{\"T1\":20}},"
        + "{\"date\":\"2018-02-05\",\"targets\":{\"T1\":-1}}]}\n" + json.substring(end));
    Cli.Run two = Cli.run("assess", "--threads", "2", file.toString());
    assertEquals(Recist.INVALID_INPUT, two.status, two::toString);
    assertEquals("", two.out);
    assertEquals("LAST 2018-02-05 T1: -1 mm is not a diameter\n", two.err);
    assertSame(Cli.run("assess", file.toString()), two);
  }

  @Test
  void problemsComeInFileOrderOnTwoThreads() throws IOException {
    // a bad diameter in many subjects, in many batches, and a JSON error near the end
    Path file = everyNthSubjectChanged(97, "\"T1\":", "\"T1\":-");
    String json = Files.readString(file).replace("\"id\":\"SYN-004990\"", "\"id\":\"SYN-004990\",,");
    Files.writeString(file, json);
    Cli.Run one = Cli.run("assess", file.toString());
    Cli.Run two = Cli.run("assess", "--threads", "2", file.toString());
    assertEquals(Recist.INVALID_INPUT, one.status, one::toString);
    assertTrue(one.errLines().size() > 20, one.err);
    assertTrue(one.err.contains("SYN-004990"), one.err);
    assertSame(one, two);
  }

  @Test
  void theProtocolAfterTheSubjectsGivesTheSameOutputOnTwoThreads() throws IOException {
    String json = Files.readString(generated);
    String protocol = json.substring(json.indexOf("\"protocol\":"), json.indexOf(",\"subjects\":"));
    String moved = json.replace(protocol + ",", "").replaceFirst("\\]\\}\\s*$",
        "],\"" + "protocol\":" + "{\"confirmation\":\"NOT_REQUIRED\"}}\n");
    String notRequired = json.replace(protocol, "\"protocol\":{\"confirmation\":\"NOT_REQUIRED\"}");
    Path after = dir.resolve("protocol-after.json");
    Path before = dir.resolve("protocol-before.json");
    Files.writeString(after, moved);
    Files.writeString(before, notRequired);
    Cli.Run expected = Cli.run("assess", before.toString());
    assertEquals(0, expected.status, expected.err);
    assertSame(expected, Cli.run("assess", "--threads", "2", after.toString()));
    assertSame(expected, Cli.run("assess", after.toString()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "257"})
  void threadsOutsideOneTo256AreAUsageError(String threads) {
    for (String command : List.of("assess", "validate")) {
      Cli.Run run = Cli.run(command, "--threads", threads, generated.toString());
      assertEquals(Recist.INVALID_INPUT, run.status, run::toString);
      assertEquals("", run.out);
      assertTrue(run.err.contains("--threads must be from 1 to 256, not " + threads), run.err);
    }
  }

  @Test
  void byDefaultASmallFileOrFewCoresGetOneThreadAndALargeFileOneACoreButOneUpToEight() {
    long large = AssessCommand.AUTO_THREADS_MIN_BYTES;
    assertEquals(1, AssessCommand.autoThreads(large - 1, 8));
    assertEquals(1, AssessCommand.autoThreads(-1, 8)); // size not known: a resource
    assertEquals(1, AssessCommand.autoThreads(large * 100, 1));
    assertEquals(1, AssessCommand.autoThreads(large * 100, 2)); // the JIT compiler takes the second
    assertEquals(1, AssessCommand.autoThreads(large, 3));
    assertEquals(3, AssessCommand.autoThreads(large, 4)); // a core left to the JIT compiler
    assertEquals(8, AssessCommand.autoThreads(large, 64));
  }

  /**
   * Under the launcher's JIT settings, which leave the second core free (issue 14), a large file
   * gets two threads on two or three cores; a small file, or one core, still one.
   */
  @Test
  void underTheLaunchersLeanJitTwoOrThreeCoresGiveALargeFileTwoThreads() {
    long large = AssessCommand.AUTO_THREADS_MIN_BYTES;
    assertEquals(1, AssessCommand.autoThreads(large - 1, 2, true));
    assertEquals(1, AssessCommand.autoThreads(-1, 2, true));
    assertEquals(1, AssessCommand.autoThreads(large * 100, 1, true));
    assertEquals(2, AssessCommand.autoThreads(large, 2, true));
    assertEquals(2, AssessCommand.autoThreads(large, 3, true));
    assertEquals(3, AssessCommand.autoThreads(large, 4, true));
    assertEquals(8, AssessCommand.autoThreads(large, 64, true));
  }

  @Test
  void aLargeFileGivesTheSameBytesWithTheDefaultThreadsAsWithThree() throws IOException {
    Path large = Files.createTempFile(dir, "large-", ".json");
    Files.writeString(large, Cli.run("generate", "--subjects", "6000", "--seed", "3").out);
    assertTrue(Files.size(large) >= AssessCommand.AUTO_THREADS_MIN_BYTES, () -> large + " too small");
    assertSame(Cli.run("assess", "--threads", "3", large.toString()), Cli.run("assess", large.toString()));
  }

  @Test
  void standardInputIsAssessedOnTwoThreads() throws IOException {
    String json = Files.readString(generated);
    assertSame(Cli.run("assess", generated.toString()), Cli.runWithInput(json, "assess", "--threads", "2", "-"));
  }

  /**
   * A copy of the generated file (one subject a line) where every {@code every}-th subject has its
   * first {@code target} replaced by {@code replacement}.
   */
  private static Path everyNthSubjectChanged(int every, String target, String replacement)
      throws IOException {
    String[] lines = Files.readString(generated).split("\n", -1);
    StringBuilder changed = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      int subject = i - 1; // the first line opens the document
      boolean change = subject >= 0 && subject < SUBJECTS && subject % every == 0;
      changed.append(change ? lines[i].replaceFirst(target, replacement) : lines[i]);
      if (i < lines.length - 1) {
        changed.append('\n');
      }
    }
    Path file = Files.createTempFile(dir, "changed-", ".json");
    Files.writeString(file, changed);
    return file;
  }

  private static void assertSame(Cli.Run expected, Cli.Run actual) {
    assertEquals(expected.status, actual.status, actual::toString);
    assertTrue(expected.out.equals(actual.out), "standard output differs");
    assertEquals(expected.err, actual.err);
  }
}
