package io.github.recist.examples.bench;

import io.github.recist.Recist11;
import io.github.recist.model.Criteria;
import io.github.recist.model.Protocol;
import io.github.recist.model.Subject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The CPU time of one subject-visit of {@link SubjectAssessmentBenchmark}'s subjects, measured on
 * the thread's own clock ({@link ThreadMXBean#getCurrentThreadCpuTime()}), so that other processes
 * on a shared machine change the figure far less than they change JMH's throughput: a companion to
 * the benchmarks for comparing two builds side by side under load, not a replacement.
 *
 * <pre>
 * java -cp recist-examples/target/benchmarks.jar io.github.recist.examples.bench.EngineCpuTime
 * </pre>
 *
 * <p>Each subject is assessed for 4 s of warm-up, then 7 rounds of 100,000 assessments; the line
 * gives the least CPU time per visit of the rounds (the one least disturbed), in ns and as
 * subject-visits per CPU-second, and every round's figure.
 */
public final class EngineCpuTime {

  private static final int ROUNDS = 7;
  private static final int PER_ROUND = 100_000;
  private static final long WARM_UP_NANOS = 4_000_000_000L;

  /** Keeps the results alive, so that no assessment is optimised away. */
  static volatile Object sink;

  private EngineCpuTime() {}

  /** Measures the typical subject under RECIST 1.1 and the three iRECIST subjects. */
  public static void main(String[] args) {
    Protocol recist = Protocol.defaults();
    Protocol irecist = Protocol.defaults().withCriteria(Criteria.IRECIST);
    measure("(b) typical subject, RECIST 1.1", BenchmarkData.typicalSubject(), recist);
    measure("typical subject, iRECIST", BenchmarkData.typicalSubject(), irecist);
    measure("iUPD run that resets, iRECIST", BenchmarkData.irecistResetSubject(), irecist);
    measure("confirmed iCPD, iRECIST", BenchmarkData.irecistConfirmedProgressionSubject(),
        irecist);
  }

  private static void measure(String name, Subject subject, Protocol protocol) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long end = System.nanoTime() + WARM_UP_NANOS;
    while (System.nanoTime() < end) {
      for (int i = 0; i < 10_000; i++) {
        sink = Recist11.assess(subject, protocol);
      }
    }
    double least = Double.MAX_VALUE;
    StringBuilder rounds = new StringBuilder();
    for (int r = 0; r < ROUNDS; r++) {
      long start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < PER_ROUND; i++) {
        sink = Recist11.assess(subject, protocol);
      }
      double perVisit = (threads.getCurrentThreadCpuTime() - start)
          / (double) PER_ROUND / BenchmarkData.VISITS;
      rounds.append(String.format(Locale.ROOT, " %.1f", perVisit));
      least = Math.min(least, perVisit);
    }
    System.out.printf(Locale.ROOT, "%-32s %6.1f ns CPU/visit = %5.2f M subject-visits/CPU-s;"
        + " rounds:%s%n", name, least, 1000 / least, rounds);
  }
}
