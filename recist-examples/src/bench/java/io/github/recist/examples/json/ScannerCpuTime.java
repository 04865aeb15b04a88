package io.github.recist.examples.json;

import io.github.recist.examples.generate.CaseGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The CPU time the reading thread of {@code recist assess --threads N} takes to find each subject's
 * bytes in a case file ({@link SubjectSlices}, issue 14), on the thread's own clock: a companion to
 * {@code EngineCpuTime}, {@code ReaderCpuTime} and {@code WriterCpuTime} for comparing two builds
 * side by side under load. In this package because the scanner is package-private.
 *
 * <pre>
 * java -cp recist-examples/target/benchmarks.jar io.github.recist.examples.json.ScannerCpuTime
 * </pre>
 *
 * <p>A generated file of 200,000 subjects (seed 7, 160 MB) is held in memory and scanned from its
 * subjects array to its end, blocks included, 7 times; the line gives the first pass (what a run of
 * {@code assess} pays, the JIT warming up on the way), the least of the others, in nanoseconds a
 * byte and seconds, and every pass's seconds.
 */
public final class ScannerCpuTime {

  private static final int SUBJECTS = 200_000;
  private static final int PASSES = 7;

  private ScannerCpuTime() {}

  /** Scans the generated file {@value #PASSES} times. */
  public static void main(String[] args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(SUBJECTS * 800);
    new CaseGenerator(7).write(SUBJECTS, out);
    byte[] file = out.toByteArray();
    String head = new String(file, 0, Math.min(file.length, 4096), StandardCharsets.UTF_8);
    int array = head.indexOf('[', head.indexOf("\"subjects\""));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double first = 0;
    double least = Double.MAX_VALUE;
    StringBuilder passes = new StringBuilder();
    for (int pass = 0; pass < PASSES; pass++) {
      long start = threads.getCurrentThreadCpuTime();
      long[] bytes = {0};
      SubjectSlices.Outcome outcome = new SubjectSlices(
          new ByteArrayInputStream(file, array, file.length - array))
          .scan((slice, number) -> bytes[0] += slice.length);
      double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
      if (outcome.subjects != SUBJECTS || outcome.resumeAt != 0) {
        throw new IllegalStateException("the scanner did not find every subject of the file");
      }
      passes.append(String.format(Locale.ROOT, " %.3f", seconds));
      if (pass == 0) {
        first = seconds;
      } else {
        least = Math.min(least, seconds);
      }
    }
    int length = file.length - array;
    System.out.printf(Locale.ROOT, "scan %,d subjects (%,d bytes), one thread: first pass %.3f s"
        + " (%.2f ns/byte), then %.3f s (%.2f ns/byte); passes:%s%n", SUBJECTS, length, first,
        first * 1e9 / length, least, least * 1e9 / length, passes);
  }
}
