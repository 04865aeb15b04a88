package io.github.recist.examples.bench;

import io.github.recist.Recist11;
import io.github.recist.model.Protocol;
import io.github.recist.model.Subject;
import io.github.recist.result.SubjectAssessment;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (b) One subject's full assessment: 13 visits, 5 targets, 3 non-targets, every time point
 * classified, best overall response with confirmation, progression date and endpoints (Rules
 * R4–R13), the reasons kept as data and not rendered.
 *
 * <p>One invocation assesses the whole subject; JMH counts it as {@value BenchmarkData#VISITS}
 * operations, so ops/s are subject-visits per second and {@code gc.alloc.rate.norm} is bytes per
 * visit. Subjects per second are ops/s divided by 13.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
public class SubjectAssessmentBenchmark {

  /** The typical subject and the default protocol (confirmation required). */
  @State(Scope.Benchmark)
  public static class TypicalSubject {
    Subject subject;
    Protocol protocol;

    @Setup(Level.Trial)
    public void setUp() {
      subject = BenchmarkData.typicalSubject();
      protocol = Protocol.defaults();
    }
  }

  /** Assesses the subject; one operation per visit. */
  @Benchmark
  @OperationsPerInvocation(BenchmarkData.VISITS)
  public SubjectAssessment assessSubjectPerVisit(TypicalSubject s) {
    return Recist11.assess(s.subject, s.protocol);
  }
}
