package io.github.recist.examples.report;

import io.github.recist.Recist11;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.model.VisitResponse;
import io.github.recist.result.SubjectAssessment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-built cohort for the report tests: the ten subjects of recist-core's {@code CohortTest}
 * (one 50 mm lung target each; reference date 2018-01-01), whose figures are derived by hand there
 * (ORR 4/10, DCR 7/10, median PFS 147 days, median DoR 210 days), plus S11, whose best response
 * comes from recorded visit responses only and so has no target sum.
 */
final class ExampleCohort {
  private ExampleCohort() {}

  static final LocalDate DAY_0 = LocalDate.of(2018, 1, 1);

  static Subject measured(String id, Integer deathDay, Integer newTherapyDay, Object... dayAndMm) {
    Subject.Builder b = Subject.builder(id).referenceDate(DAY_0).target("T1", Site.LUNG)
        .baseline(DAY_0.minusDays(7), v -> v.measure("T1", 50));
    for (int i = 0; i < dayAndMm.length; i += 2) {
      int day = (Integer) dayAndMm[i];
      Object value = dayAndMm[i + 1];
      b.visit(DAY_0.plusDays(day), v -> {
        if (value instanceof Number) {
          v.measure("T1", ((Number) value).doubleValue());
        } else if ("NE".equals(value)) {
          v.notEvaluable("T1");
        } else {
          v.measure("T1", 20).newLesion("NEW1", Site.LIVER);
        }
      });
    }
    if (deathDay != null) {
      b.deathDate(DAY_0.plusDays(deathDay));
    }
    if (newTherapyDay != null) {
      b.newTherapyDate(DAY_0.plusDays(newTherapyDay));
    }
    return b.build();
  }

  static List<Subject> tenSubjects() {
    return List.of(
        measured("S01", null, null, 42, 30, 84, 25, 126, 22, 168, 20, 252, 20, 336, 20),
        measured("S02", null, null, 42, 0, 84, 0, 168, 0, 252, 8),
        measured("S03", null, null, 42, 30, 84, 32, 126, 40),
        measured("S04", null, null, 42, 45, 84, 44, 168, 60),
        measured("S05", null, null, 42, 48, 84, 46, 126, 47, 210, 45, 294, 49, 357, 48),
        measured("S06", null, null, 42, 65),
        measured("S07", null, null, 42, 30, 84, 45),
        measured("S08", 60, null, 42, "NE"),
        measured("S09", 30, null),
        measured("S10", null, 140, 42, 28, 84, 26, 126, 25, 168, "new lesion"));
  }

  static List<SubjectAssessment> assessed(List<Subject> subjects) {
    List<SubjectAssessment> out = new ArrayList<>();
    subjects.forEach(s -> out.add(Recist11.assess(s, Protocol.defaults())));
    return out;
  }

  /** The ten subjects and S11 (recorded SD at days 42 and 84, no measurements), assessed. */
  static List<SubjectAssessment> elevenSubjects() {
    List<Subject> subjects = new ArrayList<>(tenSubjects());
    subjects.add(Subject.builder("S11").referenceDate(DAY_0)
        .recorded(DAY_0.plusDays(42), VisitResponse.SD).recorded(DAY_0.plusDays(84), VisitResponse.SD)
        .build());
    return assessed(subjects);
  }
}
