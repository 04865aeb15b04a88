package io.github.recist.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.examples.generate.CaseGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large file is refused as a whole, in a small heap: 200,000 generated subjects (about 160 MB)
 * whose last subject is malformed, assessed by {@code recist} in its own JVM with {@code -Xmx256m},
 * exits 2 with not a byte on standard output and one line on standard error naming the subject,
 * the visit and the lesion. The reader streams the file twice and keeps 8 bytes per subject, so
 * neither the file nor its results need to fit in memory; and nothing is printed before the whole
 * file has been checked.
 */
class WholeFileRefusalTest {

  private static final int SUBJECTS = 200_000;

  @Test
  void aLargeFileWhoseLastSubjectIsMalformedIsRefusedWithNothingOnStandardOutputInASmallHeap(
      @TempDir Path dir) throws IOException, InterruptedException {
    Path file = dir.resolve("large.json");
    try (OutputStream out = Files.newOutputStream(file)) {
      new CaseGenerator(20_260_101).write(SUBJECTS - 1, out);
    }
    // The generator ends its file with "\n]}\n": put one more, malformed, subject before it.
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.seek(raf.length() - 4);
      byte[] end = new byte[4];
      raf.readFully(end);
      assertEquals("\n]}\n", new String(end, StandardCharsets.US_ASCII));
      raf.setLength(raf.length() - 4);
      raf.seek(raf.length());
      raf.write((",\n{\"id\": \"LAST\", \"referenceDate\": \"2018-01-10\", \"lesions\": [{\"id\": \"T1\", "
          + "\"role\": \"TARGET\", \"site\": \"LUNG\"}], \"assessments\": [{\"date\": \"2018-01-05\", "
          + "\"baseline\": true, \"targets\": {\"T1\": 20}}, {\"date\": \"2018-02-05\", "
          + "\"targets\": {\"T1\": -1}}]}\n]}\n").getBytes(StandardCharsets.US_ASCII));
    }
    assertTrue(Files.size(file) > 100_000_000, "a file far larger than the heap");

    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");
    Process process = new ProcessBuilder(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        Recist.class.getName(), "assess", file.toString()))
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("recist assess did not end");
    }
    String stderr = Files.readString(err);
    assertEquals(Recist.INVALID_INPUT, process.exitValue(), stderr);
    assertEquals(0, Files.size(out), "not a byte on standard output");
    assertEquals("LAST 2018-02-05 T1: -1 mm is not a diameter\n", stderr);
  }
}
