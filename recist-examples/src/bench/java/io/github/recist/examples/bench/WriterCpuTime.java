package io.github.recist.examples.bench;

import io.github.recist.Recist11;
import io.github.recist.examples.json.ResultWriter;
import io.github.recist.examples.json.ResultWriter.Layout;
import io.github.recist.examples.json.ResultWriter.Reasons;
import io.github.recist.model.Protocol;
import io.github.recist.model.Subject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * The CPU time and the garbage of {@link ResultWriter} per subject, measured on the thread's own
 * clock and allocation counter ({@link com.sun.management.ThreadMXBean}), so that other processes
 * on a shared machine change the figures far less than they change JMH's throughput (issue 14): a
 * companion to {@link ResultWriterBenchmark} for comparing two builds side by side under load.
 *
 * <pre>
 * java -cp recist-examples/target/benchmarks.jar io.github.recist.examples.bench.WriterCpuTime
 * </pre>
 *
 * <p>As {@code recist assess} does, each of 10,000 generated subjects is assessed and at once
 * written (a reason keeps its bytes from its second rendering on, and {@code assess} renders each
 * once, while its objects are still in the processor's caches): as one document onto a stream
 * that drops the bytes, or to its own bytes, or, as the worker threads of {@code assess --threads
 * N} do, into a run of bytes shared with the subjects before and after it, then written as one
 * document (the run is reused once its subjects are written). Rounds of assessing
 * alone alternate with rounds of assessing and writing; the writer's share is the difference.
 * After 4 s of warm-up, 9 rounds of each; each line gives the least CPU time per subject of the
 * rounds of each kind (the least disturbed) and their difference, and the difference of the bytes
 * allocated per subject (the same in every round once compiled).
 */
public final class WriterCpuTime {

  private static final int ROUNDS = 9;
  private static final long WARM_UP_NANOS = 4_000_000_000L;

  /** Keeps the results alive, so that no assessment or rendering is optimised away. */
  static volatile Object sink;

  private WriterCpuTime() {}

  /** Measures the writer in the specified output, without reasons, and compact. */
  public static void main(String[] args) throws IOException {
    List<Subject> subjects = BenchmarkData.generatedSubjects(10_000);
    measure("document, pretty, reasons text", subjects, Layout.PRETTY, Reasons.TEXT, false);
    measure("each subject's bytes, pretty, text", subjects, Layout.PRETTY, Reasons.TEXT, true);
    measure("subjects in shared runs, pretty, text", subjects, Layout.PRETTY, Reasons.TEXT, null);
    measure("document, pretty, reasons none", subjects, Layout.PRETTY, Reasons.NONE, false);
    measure("document, compact, reasons codes", subjects, Layout.COMPACT, Reasons.CODES, false);
  }

  private static void measure(String name, List<Subject> subjects, Layout layout,
      Reasons reasons, Boolean each) throws IOException {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long end = System.nanoTime() + WARM_UP_NANOS;
    while (System.nanoTime() < end) {
      run(subjects, layout, reasons, each, true);
      run(subjects, layout, reasons, each, false);
    }
    double[] least = {Double.MAX_VALUE, Double.MAX_VALUE};
    double[] bytes = new double[2];
    for (int r = 0; r < 2 * ROUNDS; r++) {
      boolean write = r % 2 == 1;
      long allocated = threads.getCurrentThreadAllocatedBytes();
      long start = threads.getCurrentThreadCpuTime();
      run(subjects, layout, reasons, each, write);
      int k = write ? 1 : 0;
      least[k] = Math.min(least[k],
          (threads.getCurrentThreadCpuTime() - start) / (double) subjects.size());
      bytes[k] = (threads.getCurrentThreadAllocatedBytes() - allocated) / (double) subjects.size();
    }
    System.out.printf(Locale.ROOT, "%-36s writing %5.0f ns CPU/subject (assessing %5.0f, both"
        + " %5.0f), %5.0f B allocated/subject%n", name, least[1] - least[0], least[0], least[1],
        bytes[1] - bytes[0]);
  }

  private static void run(List<Subject> subjects, Layout layout, Reasons reasons, Boolean each,
      boolean write) throws IOException {
    if (!write) {
      for (Subject s : subjects) {
        sink = Recist11.assess(s, Protocol.defaults());
      }
      return;
    }
    AssessCommandBenchmark.CountingStream out = new AssessCommandBenchmark.CountingStream();
    if (each == null) {
      ResultWriter.SubjectRenderer renderer = new ResultWriter.SubjectRenderer(layout, reasons);
      try (ResultWriter w = new ResultWriter(out, layout, reasons)) {
        for (Subject s : subjects) {
          w.write(renderer.renderShared(Recist11.assess(s, Protocol.defaults())));
        }
      }
      sink = out.count;
      return;
    }
    if (each) {
      ResultWriter.SubjectRenderer renderer = new ResultWriter.SubjectRenderer(layout, reasons);
      for (Subject s : subjects) {
        sink = renderer.render(Recist11.assess(s, Protocol.defaults()));
      }
      return;
    }
    try (ResultWriter w = new ResultWriter(out, layout, reasons)) {
      for (Subject s : subjects) {
        w.write(Recist11.assess(s, Protocol.defaults()));
      }
    }
    sink = out.count;
  }
}
