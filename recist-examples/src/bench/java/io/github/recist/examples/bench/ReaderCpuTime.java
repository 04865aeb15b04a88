package io.github.recist.examples.bench;

import io.github.recist.examples.json.CaseReader;
import io.github.recist.examples.json.CaseSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The CPU time and the garbage of reading a subject of a case file into the model, on one thread:
 * parsing its JSON, building its lesions, assessments and subject, and checking it (what a worker
 * of {@code recist assess} does before the rules run, issue 14), measured on the thread's own clock
 * and allocation counter ({@link com.sun.management.ThreadMXBean}), so that other processes on a
 * shared machine change the figures far less than they change a throughput: a companion to
 * {@link EngineCpuTime} and {@link WriterCpuTime} for comparing two builds side by side under load.
 *
 * <pre>
 * java -cp recist-examples/target/benchmarks.jar io.github.recist.examples.bench.ReaderCpuTime
 * </pre>
 *
 * <p>The first pass of {@link CaseReader} ({@link CaseReader#check}, one thread) reads a generated
 * file of 20,000 subjects (seed 7, in the page cache); after 4 s of warm-up, 9 rounds; the line
 * gives the least CPU time per subject of the rounds (the least disturbed), every round's figure,
 * and the bytes allocated per subject.
 */
public final class ReaderCpuTime {

  private static final int SUBJECTS = 20_000;
  private static final int ROUNDS = 9;
  private static final long WARM_UP_NANOS = 4_000_000_000L;

  /** Keeps the results alive, so that no reading is optimised away. */
  static volatile Object sink;

  private ReaderCpuTime() {}

  /** Measures the first pass over the generated file. */
  public static void main(String[] args) throws IOException {
    Path file = BenchmarkData.generatedFile(SUBJECTS);
    try {
      measure(CaseSource.of(file));
    } finally {
      Files.delete(file);
    }
  }

  private static void measure(CaseSource source) throws IOException {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long end = System.nanoTime() + WARM_UP_NANOS;
    while (System.nanoTime() < end) {
      read(source);
    }
    double least = Double.MAX_VALUE;
    double bytes = 0;
    StringBuilder rounds = new StringBuilder();
    for (int r = 0; r < ROUNDS; r++) {
      long allocated = threads.getCurrentThreadAllocatedBytes();
      long start = threads.getCurrentThreadCpuTime();
      read(source);
      double perSubject = (threads.getCurrentThreadCpuTime() - start) / (double) SUBJECTS;
      bytes = (threads.getCurrentThreadAllocatedBytes() - allocated) / (double) SUBJECTS;
      rounds.append(String.format(Locale.ROOT, " %.0f", perSubject));
      least = Math.min(least, perSubject);
    }
    System.out.printf(Locale.ROOT, "read, build and check, one thread %6.0f ns CPU/subject,"
        + " %5.0f B allocated/subject; rounds:%s%n", least, bytes, rounds);
  }

  private static void read(CaseSource source) throws IOException {
    CaseReader.Check check = new CaseReader(false).check(source, p -> { }, null);
    if (!check.ok()) {
      throw new IllegalStateException("the generated file does not pass the checks");
    }
    sink = check;
  }
}
