package io.github.recist.examples.bench;

import io.github.recist.Recist11;
import io.github.recist.examples.json.ResultWriter;
import io.github.recist.model.Protocol;
import io.github.recist.model.Subject;
import io.github.recist.result.SubjectAssessment;
import java.io.IOException;
import java.util.ArrayList;
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

/**
 * (e) The output side of {@code recist assess} alone (issue 14): 1,000 subjects of a generated file,
 * assessed once, written as a {@code recist-result/1} document by {@link ResultWriter} in each
 * layout and choice of reasons, onto a stream that counts the bytes and drops them. One operation
 * is the whole document; with {@code -prof gc}, {@code gc.alloc.rate.norm} is the garbage the
 * writer makes per 1,000 subjects.
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

    final List<SubjectAssessment> assessments = new ArrayList<>();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      for (Subject s : BenchmarkData.generatedSubjects(1_000)) {
        assessments.add(Recist11.assess(s, Protocol.defaults()));
      }
    }
  }

  /** MB written per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Throughput {
    /** MB (10^6 bytes) of output written. */
    public double outputMegabytes;
  }

  /** Writes the document of the 1,000 assessments; the bytes written. */
  @Benchmark
  public long writeDocument(Assessed a, Throughput t) throws IOException {
    AssessCommandBenchmark.CountingStream out = new AssessCommandBenchmark.CountingStream();
    try (ResultWriter w = new ResultWriter(out, a.layout, a.reasons)) {
      for (SubjectAssessment s : a.assessments) {
        w.write(s);
      }
    }
    t.outputMegabytes += out.count / 1e6;
    return out.count;
  }
}
