package io.github.recist.examples.bench;

import io.github.recist.examples.generate.CaseGenerator;
import io.github.recist.examples.json.CaseReader;
import io.github.recist.examples.json.CaseSource;
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
    LocalDate infusion = LocalDate.of(2018, 1, 10);
    double[] baseline = {32, 25, 18, 20, 15};
    String[] targets = {"T1", "T2", "T3", "N1", "T5"};
    Subject.Builder b = Subject.builder("BENCH-001").referenceDate(infusion)
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
      double factor = COURSE[visit];
      b.visit(infusion.plusWeeks(4L * (visit + 1)), v -> {
        for (int i = 0; i < targets.length; i++) {
          v.measure(targets[i], Math.round(baseline[i] * factor * 10) / 10.0);
        }
        v.present("NT1").present("NT2").absent("NT3");
      });
    }
    return b.build();
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
