package io.github.recist.rules;

import static io.github.recist.testing.Generators.builtSubjects;
import static io.github.recist.testing.Generators.protocols;
import static io.github.recist.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.model.Assessment;
import io.github.recist.model.Criteria;
import io.github.recist.model.Protocol;
import io.github.recist.model.Subject;
import io.github.recist.result.TimepointResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link IrecistCourse}: the RECIST 1.1 course it carries over the counted visits (Rules R14.1,
 * R14.5, R14.8), whose nadir it keeps from visit to visit without a {@link Course} per visit.
 */
class IrecistCourseTest {

  /**
   * At every visit of any generated subject, under any protocol, what the criteria read of the
   * RECIST 1.1 course (the baseline sum, the nadir, the last counted visit) is that of the course
   * built visit by visit over the counted visits alone, a disregarded early visit left out (R14.5:
   * its sums enter no nadir; R14.8), and {@link IrecistCourse#recist()} is that course.
   */
  @Test
  void R14_8_theRecistCourseIsThatOfTheCountedVisitsAlone() {
    int[] disregarded = {0};
    qt(300).forAll(builtSubjects(), protocols()).checkAssert((subject, p) -> {
      Protocol protocol = p.withCriteria(Criteria.IRECIST);
      IrecistCourse course = IrecistCourse.atBaseline(subject);
      Course counted = Course.atBaseline(subject);
      List<TimepointResult> countedVisits = new ArrayList<>();
      check(course, counted, countedVisits, subject);
      for (Assessment a : subject.followUps()) {
        TimepointResult t = IrecistCriteria.INSTANCE.classify(subject, a, course, protocol).build();
        course = course.after(t);
        if (!t.disregarded()) {
          counted = counted.after(t);
          countedVisits.add(t);
        } else {
          disregarded[0]++;
        }
        check(course, counted, countedVisits, subject);
      }
    });
    // the generated subjects have disregarded visits: the property is not of the counted alone
    assertTrue(disregarded[0] > 0, "no disregarded visit generated");
  }

  private static void check(IrecistCourse course, Course counted,
      List<TimepointResult> countedVisits, Subject subject) {
    String where = subject.id() + " after " + countedVisits.size() + " counted visits";
    assertEquals(counted.hasTargets(), course.hasTargets(), where);
    assertEquals(counted.baselineTenths(), course.baselineTenths(), where);
    assertEquals(counted.nadirTenths(), course.nadirTenths(), where);
    assertEquals(counted.nadirSum().orElse(null), course.nadirDiameter(), where);
    assertEquals(counted.baselineSum().orElse(null), course.baselineDiameter(), where);
    assertSame(counted.lastVisit(), course.lastCountedVisit(), where);
    Course made = course.recist();
    assertEquals(countedVisits, made.visits(), where);
    assertEquals(counted.nadirTenths(), made.nadirTenths(), where);
    assertEquals(counted.completeResponseSince(), made.completeResponseSince(), where);
    assertEquals(counted.toString(), made.toString(), where);
  }
}
