package io.github.recist.examples.bench;

import io.github.recist.examples.cli.Recist;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The CPU time and the garbage of {@code recist assess --threads 1} in each output, the text
 * report ({@code --format text}) beside the specified JSON, on the calling thread: reading,
 * checking, assessing and rendering every subject of a generated file, the output dropped; measured
 * on the thread's own clock and allocation counter ({@link com.sun.management.ThreadMXBean}), so
 * that other processes on a shared machine change the figures far less than they change a wall
 * time (issue 14): a companion to {@link WriterCpuTime} for the text report, which has no API of
 * its own. Through the public entry {@link Recist#run}, so that the same class measures any two
 * builds, each on its own class path, in alternating runs.
 *
 * <pre>
 * java -XX:+UseSerialGC -cp recist-examples/target/benchmarks.jar io.github.recist.examples.bench.ReportCpuTime
 * </pre>
 *
 * <p>A generated file of 10,000 subjects (seed 7, in the page cache); after 4 s of warm-up, 8
 * rounds of each output, alternating; each line gives the least CPU time of a run (the least
 * disturbed) and the bytes it allocated, and the text report's cost beyond the JSON's.
 */
public final class ReportCpuTime {

  private static final int SUBJECTS = 10_000;
  private static final int ROUNDS = 8;
  private static final long WARM_UP_NANOS = 4_000_000_000L;

  private ReportCpuTime() {}

  /** Measures {@code assess} of the generated file in the text report and in JSON. */
  public static void main(String[] args) throws IOException {
    Path file = BenchmarkData.generatedFile(SUBJECTS);
    try {
      measure(file.toString());
    } finally {
      Files.delete(file);
    }
  }

  private static void measure(String file) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    String[][] runs = {
        {"assess", "--format", "text", "--threads", "1", file},
        {"assess", "--threads", "1", file}};
    String[] names = {"text report", "JSON"};
    PrintStream dropped = new PrintStream(OutputStream.nullOutputStream());
    long end = System.nanoTime() + WARM_UP_NANOS;
    while (System.nanoTime() < end) {
      for (String[] run : runs) {
        assess(run, dropped);
      }
    }
    double[] least = {Double.MAX_VALUE, Double.MAX_VALUE};
    long[] bytes = new long[2];
    for (int r = 0; r < ROUNDS; r++) {
      for (int k = 0; k < runs.length; k++) {
        long allocated = threads.getCurrentThreadAllocatedBytes();
        long start = threads.getCurrentThreadCpuTime();
        assess(runs[k], dropped);
        least[k] = Math.min(least[k], (threads.getCurrentThreadCpuTime() - start) / 1e6);
        bytes[k] = threads.getCurrentThreadAllocatedBytes() - allocated;
      }
    }
    for (int k = 0; k < runs.length; k++) {
      System.out.printf(Locale.ROOT, "%-12s %7.1f ms CPU a run of %,d subjects (%,.0f ns a subject),"
          + " %,.0f B allocated a subject%n", names[k], least[k], SUBJECTS,
          least[k] * 1e6 / SUBJECTS, bytes[k] / (double) SUBJECTS);
    }
    System.out.printf(Locale.ROOT, "the text report beyond the JSON: %+.1f ms a run%n",
        least[0] - least[1]);
  }

  private static void assess(String[] args, PrintStream dropped) {
    int status = Recist.run(args, InputStream.nullInputStream(), dropped, dropped);
    if (status != 0) {
      throw new IllegalStateException(String.join(" ", args) + ": status " + status);
    }
  }
}
