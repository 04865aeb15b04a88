package io.github.recist.examples.bench;

import io.github.recist.Recist11;
import io.github.recist.model.Protocol;
import io.github.recist.model.Subject;
import io.github.recist.result.SubjectAssessment;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * (c) A cohort of 100,000 generated subjects (seed 7: both subject styles, every response category)
 * assessed through the in-memory API, {@link Recist11#assessAll}, on 1 and 2 threads. One
 * operation assesses the whole cohort.
 *
 * <p>The 100,000 subjects and the 100,000 assessments of an operation are all alive at once (the
 * API returns them together), so the collector matters: this batch work runs with the throughput
 * collector and a 4 GB heap.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+UseParallelGC"})
public class CohortBenchmark {

  /** How many subjects the cohort holds. */
  static final int SUBJECTS = 100_000;

  /** The cohort, read once from a generated file. */
  @State(Scope.Benchmark)
  public static class GeneratedCohort {
    /** Threads of {@link Recist11#assessAll}. */
    @Param({"1", "2"})
    int threads;

    List<Subject> subjects;
    Protocol protocol;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      subjects = BenchmarkData.generatedSubjects(SUBJECTS);
      protocol = Protocol.defaults();
    }
  }

  /** Assesses every subject of the cohort. */
  @Benchmark
  public List<SubjectAssessment> assessCohort(GeneratedCohort c) {
    return Recist11.assessAll(c.subjects, c.protocol, c.threads);
  }
}
