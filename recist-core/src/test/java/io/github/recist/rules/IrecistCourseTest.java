package io.github.recist.rules;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.day;
import static io.github.recist.testing.Generators.builtSubjects;
import static io.github.recist.testing.Generators.protocols;
import static io.github.recist.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.model.Assessment;
import io.github.recist.model.Criteria;
import io.github.recist.model.IrecistResponse;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.result.NewLesionFinding;
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
      Assessment previousCounted = null;
      check(course, counted, countedVisits, subject);
      for (Assessment a : subject.followUps()) {
        TimepointResult t = IrecistCriteria.INSTANCE.classify(subject, a, course, protocol).build();
        boolean afterIcpd = course.icpdDate() != null;
        course = course.after(t);
        if (!t.disregarded()) {
          counted = counted.after(t);
          countedVisits.add(t);
          previousCounted = a;
        } else {
          disregarded[0]++;
        }
        check(course, counted, countedVisits, subject);
        assertSame(previousCounted, course.previousCounted());
        // R14.10: iCPD is final, and no run is open after it
        if (afterIcpd || t.overallCode() == IrecistResponse.ICPD) {
          assertTrue(course.icpdDate() != null && course.run().isEmpty(), course::toString);
        }
      }
    });
    // the generated subjects have disregarded visits: the property is not of the counted alone
    assertTrue(disregarded[0] > 0, "no disregarded visit generated");
  }

  /**
   * A result the criteria never make, an iCPD on a disregarded visit, given to {@link
   * IrecistCourse#after} by a caller: the course keeps the open run and dates the iCPD, both.
   */
  @Test
  void aCallersResultCanBringAnIcpdIntoAnOpenRun() {
    Subject s = Subject.builder("I-1").referenceDate(REF).target("T1", Site.LUNG)
        .baseline(day(-7), v -> v.measure("T1", 50)).visit(day(42), v -> v.measure("T1", 45).newLesion("N1", Site.LIVER))
        .visit(day(56), v -> v.measure("T1", 45)).build();
    Protocol protocol = Protocol.defaults().withCriteria(Criteria.IRECIST);
    IrecistCourse c = IrecistCourse.atBaseline(s);
    c = c.after(IrecistCriteria.INSTANCE.classify(s, s.followUps().get(0), c, protocol).build());
    TimepointResult early = TimepointResult.builder().date(day(56)).target(Response.SD)
        .nonTarget(Response.NA).newLesions(NewLesionFinding.UNEQUIVOCAL)
        .overallCode(IrecistResponse.ICPD).disregarded(true).iupdDate(day(42)).build();
    IrecistCourse after = c.after(early);
    assertEquals(day(42), after.run().get().iupdDate());
    assertEquals(day(56), after.icpdDate());
    assertSame(s.followUps().get(0), after.previousCounted());
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
