package io.github.recist.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where {@code recist demo} writes (issue 15): a fresh folder for every run, named on the last line,
 * so that two users of one shared teaching machine, or two runs of one user, both succeed; and a
 * folder that cannot be written is told as such, with status 2, never as an internal failure.
 */
class DemoFolderTest {

  private static final String LAST_LINE = "Cohort report: ";

  @Test
  void twoRunsWriteTwoFreshFoldersAndNameEachOnTheLastLine() throws IOException {
    Path first = null;
    Path second = null;
    try {
      Cli.Run one = Cli.run("demo");
      assertEquals(0, one.status, one::toString);
      first = reportNamedOnTheLastLine(one.out);
      Cli.Run two = Cli.run("demo");
      assertEquals(0, two.status, two::toString);
      second = reportNamedOnTheLastLine(two.out);
      assertNotEquals(first.getParent(), second.getParent());
      Path tmp = Paths.get(System.getProperty("java.io.tmpdir")).toRealPath();
      for (Path report : List.of(first, second)) {
        assertEquals(tmp, report.getParent().getParent().toRealPath(), report.toString());
        assertTrue(report.getParent().getFileName().toString().startsWith("recist-demo-"), report.toString());
        assertTrue(Files.size(report) > 10_000, report.toString());
      }
    } finally {
      delete(first);
      delete(second);
    }
  }

  /**
   * A fresh JVM whose temporary folder holds what another user left there: the fixed folder name of
   * earlier versions, taken by something that is not a folder, and a report folder nobody may enter.
   */
  @Test
  void whatAnotherUserLeftInTheTemporaryFolderDoesNotMatter(@TempDir Path tmp) throws Exception {
    Path old = Files.writeString(tmp.resolve("recist-demo-report"), "another user's");
    Path closed = Files.createDirectory(tmp.resolve("recist-demo-1234"));
    Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("r--------"));
    Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
    try {
      String out = runInFreshJvm(tmp, "demo");
      Path report = reportNamedOnTheLastLine(out);
      assertEquals(tmp.toRealPath(), report.getParent().getParent().toRealPath());
      assertTrue(Files.isRegularFile(report));
      assertEquals("another user's", Files.readString(old), "left alone");
    } finally {
      Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aFolderThatCannotBeWrittenIsToldWithStatus2(@TempDir Path dir) throws IOException {
    Path notAFolder = Files.writeString(dir.resolve("taken"), "a file");
    Cli.Run run = Cli.run("demo", "--out", notAFolder.toString());
    assertEquals(2, run.status, run::toString);
    assertTrue(run.err.contains("recist: cannot write the report into " + notAFolder.toAbsolutePath()
        + ": not a folder"), run.err);
    assertTrue(!run.err.contains("internal failure"), run.err);
    Cli.Run report = Cli.run("report", "--out", notAFolder.resolve("sub").toString(),
        SarcomaCohortTest.COHORT.toString());
    assertEquals(2, report.status, report::toString);
    assertTrue(report.err.startsWith("recist: cannot write the report into "), report.err);
    assertEquals("", report.out);
  }

  private static Path reportNamedOnTheLastLine(String out) {
    String[] lines = out.split("\n");
    String last = lines[lines.length - 1];
    assertTrue(last.startsWith(LAST_LINE), last);
    Path report = Paths.get(last.substring(LAST_LINE.length()));
    assertTrue(report.isAbsolute() && report.getFileName().toString().equals("report.html"), last);
    return report;
  }

  private static String runInFreshJvm(Path tmp, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Djava.io.tmpdir=" + tmp);
    command.add("-Djava.awt.headless=true");
    command.add("-cp");
    command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(Recist.class.getName());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("recist demo did not end");
    }
    String text = new String(out, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), text);
    return text;
  }

  private static void delete(Path report) throws IOException {
    if (report == null || !Files.isDirectory(report.getParent())) {
      return;
    }
    try (Stream<Path> files = Files.walk(report.getParent())) {
      for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(f);
      }
    }
  }
}
