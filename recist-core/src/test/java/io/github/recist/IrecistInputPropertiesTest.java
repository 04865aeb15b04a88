package io.github.recist;

import static io.github.recist.Fixtures.REF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.recist.model.Assessment;
import io.github.recist.model.NewLesion;
import io.github.recist.model.NonTargetStatus;
import io.github.recist.model.Protocol;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.model.TargetValue;
import io.github.recist.testing.Pins;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the iRECIST input under RECIST 1.1: the new fields (a new lesion's role, diameter
 * and state, {@code INCREASED}, {@code symptomDriven}) change no RECIST 1.1 result, except that a
 * new lesion reported gone is no new lesion (case format, "iRECIST: the extension"; Rule R14.1).
 */
class IrecistInputPropertiesTest {

  private static final long SEED = 0x1EC15L;
  private static final int EXAMPLES = 300;
  private static final NonTargetStatus[] NT = {NonTargetStatus.PRESENT, NonTargetStatus.ABSENT,
      NonTargetStatus.UNEQUIVOCAL_PROGRESSION, NonTargetStatus.NOT_EVALUABLE};

  /**
   * One follow-up: T1 in mm, NT1's status, and a new lesion: kind 0 none, 1 equivocal, 2
   * unequivocal; detail 0-3 (a measured NLT, too small, NE, or an NLNT) with {@code size} and
   * {@code nonTarget} choosing its value; whether the scan was symptom-driven.
   */
  record Visit(int t1, int nonTarget, int kind, int detail, int size, boolean symptomDriven) {}

  static Gen<Visit> visits() {
    return integers().between(0, 80).zip(integers().between(0, 3), integers().between(0, 2),
        (t1, nt, kind) -> new int[] {t1, nt, kind})
        .zip(integers().between(0, 3), integers().between(1, 40), booleans().all(),
            (a, detail, size, symptom) -> new Visit(a[0], a[1], a[2], detail, size, symptom));
  }

  static Gen<List<Visit>> courses() {
    return lists().of(visits()).ofSizeBetween(1, 6);
  }

  /** S-P: T1 (lung) 50 mm and NT1 (bone) at baseline, then {@code course} every 6 weeks. */
  static Subject subject(List<Visit> course, boolean detailed, boolean gone) {
    Subject.Builder b = Subject.builder("S-P").referenceDate(REF).target("T1", Site.LUNG)
        .nonTarget("NT1", Site.BONE).baseline(REF.minusDays(7), v -> v.measure("T1", 50).present("NT1"));
    for (int i = 0; i < course.size(); i++) {
      Visit s = course.get(i);
      String id = "N" + (i + 1);
      b.visit(REF.plusWeeks(6L * (i + 1)), v -> {
        v.measure("T1", s.t1());
        NonTargetStatus nt = NT[s.nonTarget()];
        v.nonTarget("NT1", detailed && nt == NonTargetStatus.PRESENT ? NonTargetStatus.INCREASED : nt);
        if (detailed && s.symptomDriven()) {
          v.symptomDriven();
        }
        if (s.kind() > 0) {
          NewLesion plain = s.kind() == 1 ? NewLesion.equivocal(id, Site.LIVER) : NewLesion.unequivocal(id, Site.LIVER);
          v.newLesion(detailed ? detail(plain, s) : plain);
        }
        if (gone) {
          v.newLesion(s.detail() % 2 == 0
              ? NewLesion.unequivocal("G" + id, Site.SKIN).asTarget(TargetValue.disappeared())
              : NewLesion.unequivocal("G" + id, Site.SKIN).withState(NonTargetStatus.ABSENT));
        }
      });
    }
    return b.build();
  }

  /** {@code plain} with iRECIST details that leave it there. */
  private static NewLesion detail(NewLesion plain, Visit s) {
    switch (s.detail()) {
      case 0:
        return plain.asTarget(TargetValue.measured(s.size()));
      case 1:
        return plain.asTarget(TargetValue.tooSmallToMeasure());
      case 2:
        return plain.asTarget(TargetValue.notEvaluable());
      default:
        NonTargetStatus[] states = {NonTargetStatus.PRESENT, NonTargetStatus.INCREASED,
            NonTargetStatus.UNEQUIVOCAL_PROGRESSION, NonTargetStatus.NOT_EVALUABLE};
        return plain.withState(states[s.size() % states.length]);
    }
  }

  @Test
  @Pins("R14.1")
  void theIrecistDetailsChangeNoRecist11Result() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(courses(), booleans().all())
        .checkAssert((course, confirmed) -> {
          Protocol p = confirmed ? Protocol.defaults() : Fixtures.UNCONFIRMED;
          assertEquals(Recist11.assess(subject(course, false, false), p),
              Recist11.assess(subject(course, true, false), p));
        });
  }

  @Test
  void aNewLesionReportedGoneIsNoNewLesionUnderRecist11() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(courses(), booleans().all())
        .checkAssert((course, confirmed) -> {
          Protocol p = confirmed ? Protocol.defaults() : Fixtures.UNCONFIRMED;
          assertEquals(Recist11.assess(subject(course, false, false), p),
              Recist11.assess(subject(course, false, true), p));
        });
  }

  @Test
  void theGeneratedCoursesHaveNewLesionsOfEveryKindAndProgression() {
    int[] kinds = new int[3];
    int[] overallPd = {0};
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(courses()).checkAssert(course -> {
      course.forEach(v -> kinds[v.kind()]++);
      overallPd[0] += Recist11.assess(subject(course, true, false), Fixtures.UNCONFIRMED).timepoints()
          .stream().anyMatch(t -> t.overall() == io.github.recist.model.Response.PD) ? 1 : 0;
    });
    for (int k : kinds) {
      assertEquals(true, k > 50, "each new-lesion kind generated often: " + java.util.Arrays.toString(kinds));
    }
    assertEquals(true, overallPd[0] > 50, "progression generated: " + overallPd[0]);
  }
}
