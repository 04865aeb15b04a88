package io.github.recist.examples.bench;

import io.github.recist.Recist11;
import io.github.recist.model.Criteria;
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
 * R4–R13), the reasons kept as data and not rendered; and (b') the same under iRECIST (Rule R14):
 * the typical subject, a subject whose iUPD run resets, and one whose progression is confirmed
 * (iCPD).
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

  /**
   * The iRECIST subjects under the default protocol with criteria iRECIST (confirmation
   * required): the typical subject, one with a run that resets, one with a confirmed iCPD; each is
   * checked at set-up to show what it is built for.
   */
  @State(Scope.Benchmark)
  public static class IrecistSubjects {
    Subject typical;
    Subject reset;
    Subject confirmedProgression;
    Protocol protocol;

    @Setup(Level.Trial)
    public void setUp() {
      protocol = Protocol.defaults().withCriteria(Criteria.IRECIST);
      typical = BenchmarkData.typicalSubject();
      reset = BenchmarkData.irecistResetSubject();
      confirmedProgression = BenchmarkData.irecistConfirmedProgressionSubject();
      SubjectAssessment r = Recist11.assess(reset, protocol);
      if (r.timepoints().stream().noneMatch(t -> t.reset()) || r.icpdDate().isPresent()) {
        throw new IllegalStateException("the reset subject has no reset:\n" + r);
      }
      SubjectAssessment p = Recist11.assess(confirmedProgression, protocol);
      if (p.icpdDate().isEmpty() || p.iupdDate().isEmpty()) {
        throw new IllegalStateException("the iCPD subject has no confirmed progression:\n" + p);
      }
    }
  }

  /** Assesses the subject; one operation per visit. */
  @Benchmark
  @OperationsPerInvocation(BenchmarkData.VISITS)
  public SubjectAssessment assessSubjectPerVisit(TypicalSubject s) {
    return Recist11.assess(s.subject, s.protocol);
  }

  /** Assesses the typical subject under iRECIST; one operation per visit. */
  @Benchmark
  @OperationsPerInvocation(BenchmarkData.VISITS)
  public SubjectAssessment irecistSubjectPerVisit(IrecistSubjects s) {
    return Recist11.assess(s.typical, s.protocol);
  }

  /** Assesses the subject whose iUPD run resets, under iRECIST; one operation per visit. */
  @Benchmark
  @OperationsPerInvocation(BenchmarkData.VISITS)
  public SubjectAssessment irecistResetPerVisit(IrecistSubjects s) {
    return Recist11.assess(s.reset, s.protocol);
  }

  /** Assesses the subject with a confirmed iCPD, under iRECIST; one operation per visit. */
  @Benchmark
  @OperationsPerInvocation(BenchmarkData.VISITS)
  public SubjectAssessment irecistConfirmedProgressionPerVisit(IrecistSubjects s) {
    return Recist11.assess(s.confirmedProgression, s.protocol);
  }
}
