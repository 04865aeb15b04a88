package io.github.recist.examples.bench;

import io.github.recist.examples.generate.CaseGenerator;
import io.github.recist.examples.json.CaseReader;
import io.github.recist.examples.json.CaseSource;
import io.github.recist.model.Assessment;
import io.github.recist.model.NonTargetStatus;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The data the benchmarks run on, built once per trial: a typical subject, and generated files. */
final class BenchmarkData {

  /** Follow-up visits of {@link #typicalSubject()}. */
  static final int VISITS = 13;

  /** The typical subject's target sums after baseline, as fractions of the baseline sum. */
  private static final double[] COURSE = {0.85, 0.68, 0.60, 0.55, 0.52, 0.50, 0.50, 0.52, 0.53,
      0.55, 0.57, 0.58, 0.66};

  private BenchmarkData() {}

  /**
   * A subject as a CAR-T trial records one: 5 targets (one a lymph node), 3 non-targets (one a
   * lymph node), a baseline a week before the infusion and 13 visits every 4 weeks to a year;
   * partial response at week 8, confirmed at week 12, nadir at weeks 24–28, progression at week 52.
   * Best overall response PR, confirmed, progression dated.
   */
  static Subject typicalSubject() {
    return subject("BENCH-001", COURSE, (i, v) -> v.present("NT1").present("NT2").absent("NT3"));
  }

  /**
   * The typical subject's lesions and baseline, with 13 visits every 4 weeks where {@code report}
   * reports visit {@code i} (0 to 12) from the target sums as fractions of the baseline.
   */
  private static Subject subject(String id, double[] course, VisitReport report) {
    LocalDate infusion = LocalDate.of(2018, 1, 10);
    double[] baseline = {32, 25, 18, 20, 15};
    String[] targets = {"T1", "T2", "T3", "N1", "T5"};
    Subject.Builder b = Subject.builder(id).referenceDate(infusion)
        .target("T1", Site.LUNG).target("T2", Site.LIVER).target("T3", Site.LUNG)
        .nodalTarget("N1").target("T5", Site.SOFT_TISSUE)
        .nonTarget("NT1", Site.BONE).nonTarget("NT2", Site.PLEURA).nodalNonTarget("NT3")
        .baseline(infusion.minusDays(7), v -> {
          for (int i = 0; i < targets.length; i++) {
            v.measure(targets[i], baseline[i]);
          }
          v.present("NT1").present("NT2").present("NT3");
        });
    for (int visit = 0; visit < VISITS; visit++) {
      double factor = course[visit];
      int i = visit;
      b.visit(infusion.plusWeeks(4L * (visit + 1)), v -> {
        for (int t = 0; t < targets.length; t++) {
          v.measure(targets[t], Math.round(baseline[t] * factor * 10) / 10.0);
        }
        report.report(i, v);
      });
    }
    return b.build();
  }

  /** What one visit of {@link #subject} reports besides the targets. */
  private interface VisitReport {
    void report(int visit, Assessment.Builder v);
  }

  /**
   * An iRECIST subject whose iUPD run resets (Rules R14.4, R14.7.3): the typical subject's
   * partial response, then at week 24 an unequivocal new lesion (a new-lesion non-target, R14.2)
   * opens a run (iUPD, R14.4.3); at week 28 the lesion is gone and the targets keep shrinking, so
   * the run closes unconfirmed (reset, pseudo-progression) and the response goes on (iPR).
   * Best overall response iPR, confirmed; no progression.
   */
  static Subject irecistResetSubject() {
    double[] course = {0.85, 0.68, 0.60, 0.55, 0.52, 0.50, 0.48, 0.47, 0.47, 0.46, 0.46, 0.45,
        0.45};
    return subject("BENCH-IRESET", course, (i, v) -> {
      v.present("NT1").present("NT2").absent("NT3");
      if (i == 5) {
        v.newLesionNonTarget("NL1", Site.LIVER, NonTargetStatus.PRESENT);
      } else if (i > 5) {
        v.newLesionNonTarget("NL1", Site.LIVER, NonTargetStatus.ABSENT);
      }
    });
  }

  /**
   * An iRECIST subject whose progression is confirmed (Rules R14.4, R14.6.1, R14.10): the typical
   * subject's partial response and nadir at week 24, the target sum 20 % and 5 mm above it at week
   * 32 (iUPD, R14.4.1), still iUPD at week 36 (R14.7.2), 5 mm more than at the iUPD at week 40
   * (iCPD, R14.6.1); the later visits stay iCPD (R14.10). Best overall response iPR, confirmed; progression dated at the iUPD (R14.12).
   */
  static Subject irecistConfirmedProgressionSubject() {
    double[] course = {0.85, 0.68, 0.60, 0.55, 0.52, 0.50, 0.55, 0.62, 0.64, 0.70, 0.72, 0.75,
        0.78};
    return subject("BENCH-ICPD", course, (i, v) -> v.present("NT1").present("NT2").absent("NT3"));
  }

  /** Writes a generated file of {@code subjects} subjects (seed 7) to a temporary file. */
  static Path generatedFile(long subjects) throws IOException {
    Path file = Files.createTempFile("recist-bench-", ".json");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      new CaseGenerator(7).write(subjects, out);
    }
    return file;
  }

  /** The subjects of a generated file of {@code subjects} subjects, read into memory. */
  static List<Subject> generatedSubjects(int subjects) throws IOException {
    Path file = generatedFile(subjects);
    try {
      List<Subject> list = new ArrayList<>(subjects);
      CaseReader reader = new CaseReader(false);
      CaseSource source = CaseSource.of(file);
      if (!reader.check(source, p -> {}, null).ok()) {
        throw new IllegalStateException("the generated file does not pass the checks");
      }
      reader.read(source, list::add);
      return list;
    } finally {
      Files.delete(file);
    }
  }
}
