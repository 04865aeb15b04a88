package io.github.recist.result;

import static io.github.recist.testing.Generators.irecistSubjects;
import static io.github.recist.testing.Generators.protocols;
import static io.github.recist.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.recist.Recist11;
import io.github.recist.cohort.Cohort;
import io.github.recist.model.Criteria;
import io.github.recist.model.Protocol;
import io.github.recist.model.Subject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Both criteria in one call (issue 12, item 4; Rule R14) over generated subjects with new-lesion
 * targets and non-targets and symptom-driven visits: the same answers as one call per criteria,
 * whatever criteria the protocol names, and cohorts per criteria that hold each subject once.
 */
class AssessmentsPropertiesTest {

  @Test
  void assessUnderBothIsAssessUnderEachCriteriaWhateverTheProtocolNames() {
    qt(200).forAll(irecistSubjects(), protocols()).checkAssert((spec, protocol) -> {
      Subject s = spec.build();
      Assessments both = Recist11.assessUnder(s, protocol, EnumSet.allOf(Criteria.class));
      for (Criteria c : Criteria.values()) {
        SubjectAssessment alone = Recist11.assess(s, protocol.withCriteria(c));
        assertEquals(alone, both.under(c), c::toString);
        assertEquals(c, both.under(c).criteria());
      }
      assertEquals(both, Recist11.assessUnder(s, protocol.withCriteria(Criteria.IRECIST),
          Criteria.IRECIST, Criteria.RECIST_1_1), "the protocol's criteria and the order given");
    });
  }

  @Test
  void cohortsByCriteriaHoldEverySubjectOnceAndCountTheirEndpointsApart() {
    qt(40).forAll(lists().of(irecistSubjects()).ofSizeBetween(1, 8), protocols())
        .checkAssert((specs, protocol) -> {
          List<SubjectAssessment> all = new ArrayList<>();
          List<Assessments> each = new ArrayList<>();
          for (int i = 0; i < specs.size(); i++) {
            Subject s = renamed(specs.get(i).build(), "S-" + i);
            Assessments a = Recist11.assessUnder(s, protocol, Criteria.RECIST_1_1, Criteria.IRECIST);
            each.add(a);
            all.addAll(a.all());
          }
          Map<Criteria, Cohort> cohorts = Cohort.byCriteria(all);
          for (Criteria c : Criteria.values()) {
            Cohort cohort = cohorts.get(c);
            assertEquals(c, cohort.criteria());
            assertEquals(each.size(), cohort.size());
            assertEquals(Cohort.under(c, each).subjects(), cohort.subjects());
            int responders = (int) each.stream()
                .filter(a -> a.under(c).bestOverallResponse().isObjectiveResponse()).count();
            assertEquals(responders, cohort.objectiveResponseRate().successes());
            assertEquals(cohort.size(), cohort.bestResponseCodeCounts().values().stream()
                .mapToInt(Integer::intValue).sum(), "every subject counted once");
          }
        });
  }

  /** {@code s} under another id. */
  private static Subject renamed(Subject s, String id) {
    Subject.Builder b = Subject.builder(id).referenceDate(s.referenceDate());
    s.lesions().forEach(b::lesion);
    s.assessments().forEach(b::assessment);
    s.deathDate().ifPresent(b::deathDate);
    s.newTherapyDate().ifPresent(b::newTherapyDate);
    return b.build();
  }
}
