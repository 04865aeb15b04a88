package io.github.recist.examples.bench;

import io.github.recist.Recist11;
import io.github.recist.model.Assessment;
import io.github.recist.model.Lesion;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.model.Subject;
import io.github.recist.result.NewLesionFinding;
import io.github.recist.result.Reason;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import io.github.recist.rules.Course;
import io.github.recist.rules.NewLesions;
import io.github.recist.rules.NonTargetResponse;
import io.github.recist.rules.OverallResponseTable;
import io.github.recist.rules.SumOfDiameters;
import io.github.recist.rules.TargetResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (a) One visit's classification: the sum of diameters and the target, non-target, new-lesion and
 * overall responses of one time point (Rules R5–R9), with its reasons as data. Each operation
 * classifies the next of the typical subject's 13 visits, against the baseline, nadir and previous
 * response the engine found for it, so the figure is the mean over PR, SD and PD visits.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
public class VisitClassificationBenchmark {

  /** The typical subject's visits and what each is compared with. */
  @State(Scope.Thread)
  public static class Visits {
    List<Lesion> targets;
    List<Lesion> nonTargets;
    Assessment[] visits;
    long baseline;
    long[] nadir;
    /** "Had reached CR" before each visit, as the engine's course reads it (R6.3, R7.2). */
    LocalDate[] completeResponseSince;
    final List<Reason> reasons = new ArrayList<>(8);
    int next;

    @Setup(Level.Trial)
    public void setUp() {
      Subject subject = BenchmarkData.typicalSubject();
      SubjectAssessment assessed = Recist11.assess(subject, Protocol.defaults());
      targets = subject.targets();
      nonTargets = subject.nonTargets();
      visits = subject.followUps().toArray(new Assessment[0]);
      baseline = assessed.timepoints().get(0).baselineSum().orElseThrow().tenths();
      nadir = new long[visits.length];
      completeResponseSince = new LocalDate[visits.length];
      Course course = Course.atBaseline(subject);
      for (int i = 0; i < visits.length; i++) {
        TimepointResult t = assessed.timepoints().get(i);
        nadir[i] = t.nadir().orElseThrow().tenths();
        completeResponseSince[i] = course.completeResponseSince();
        course = course.after(t);
      }
    }
  }

  /** Classifies one visit, the next in turn. */
  @Benchmark
  public Response classifyVisit(Visits v) {
    int i = v.next;
    v.next = i + 1 == v.visits.length ? 0 : i + 1;
    Assessment a = v.visits[i];
    List<Reason> reasons = v.reasons;
    reasons.clear();
    SumOfDiameters.TargetSum sum = SumOfDiameters.of(v.targets, a);
    Response target = TargetResponse.classify(v.targets, a, sum, v.baseline, v.nadir[i],
        v.completeResponseSince[i], null, reasons);
    Response nonTarget = NonTargetResponse.classify(v.nonTargets, a, v.completeResponseSince[i],
        reasons);
    NewLesionFinding newLesions = NewLesions.finding(a, reasons);
    return OverallResponseTable.overall(target, nonTarget, newLesions, reasons);
  }
}
