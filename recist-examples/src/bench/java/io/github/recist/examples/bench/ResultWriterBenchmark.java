package io.github.recist.examples.bench;

import io.github.recist.Recist11;
import io.github.recist.examples.json.ResultWriter;
import io.github.recist.model.Protocol;
import io.github.recist.model.Subject;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * (e) The output side of {@code recist assess} (issue 14): 1,000 subjects of a generated file,
 * assessed ({@link #assess}), or assessed and written as a {@code recist-result/1} document by
 * {@link ResultWriter} in a layout and a choice of reasons onto a stream that counts the bytes and
 * drops them ({@link #assessAndWrite}): the difference is the writer's. The subjects are assessed
 * again in each operation, as the command line assesses each once, so that no reason is written
 * twice (a reason keeps its bytes from its second rendering on). With {@code -prof gc}, the
 * difference of {@code gc.alloc.rate.norm} is the garbage the writer makes per 1,000 subjects.
 *
 * <p>The counter {@code outputMegabytes} reports MB (10^6 bytes) written per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class ResultWriterBenchmark {

  /** The assessments, made once. */
  @State(Scope.Benchmark)
  public static class Assessed {
    /** {@code --compact}: PRETTY or COMPACT. */
    @Param({"PRETTY"})
    ResultWriter.Layout layout;

    /** {@code --reasons}: TEXT, CODES or NONE. */
    @Param({"TEXT", "NONE"})
    ResultWriter.Reasons reasons;

    List<Subject> subjects;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      subjects = BenchmarkData.generatedSubjects(1_000);
    }
  }

  /** MB written per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Throughput {
    /** MB (10^6 bytes) of output written. */
    public double outputMegabytes;
  }

  /** Assesses the 1,000 subjects: what {@link #assessAndWrite} does besides writing. */
  @Benchmark
  public void assess(Assessed a, Blackhole bh) {
    for (Subject s : a.subjects) {
      bh.consume(Recist11.assess(s, Protocol.defaults()));
    }
  }

  /** Assesses the 1,000 subjects and writes their document; the bytes written. */
  @Benchmark
  public long assessAndWrite(Assessed a, Throughput t) throws IOException {
    AssessCommandBenchmark.CountingStream out = new AssessCommandBenchmark.CountingStream();
    try (ResultWriter w = new ResultWriter(out, a.layout, a.reasons)) {
      for (Subject s : a.subjects) {
        w.write(Recist11.assess(s, Protocol.defaults()));
      }
    }
    t.outputMegabytes += out.count / 1e6;
    return out.count;
  }
}
