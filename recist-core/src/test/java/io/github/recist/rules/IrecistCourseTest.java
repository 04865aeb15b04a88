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
   * The courses of a subject share what they keep of a visit (its new lesions, its triggers) until
   * a visit records a new lesion (issue 14): a visit classified first on another course, the one
   * before, is classified on its own course as it is with nothing kept, and the courses after it
   * are the same (the new lesions of R14.2, the run of R14.4 and its triggers, R14.6).
   */
  @Test
  void R14_4_whatOneCourseKeepsOfAVisitDoesNotChangeAnotherCoursesReading() {
    qt(300).forAll(builtSubjects(), protocols()).checkAssert((subject, p) -> {
      Protocol protocol = p.withCriteria(Criteria.IRECIST);
      IrecistCourse plain = IrecistCourse.atBaseline(subject);
      IrecistCourse mixed = IrecistCourse.atBaseline(subject);
      IrecistCourse before = null;
      for (Assessment a : subject.followUps()) {
        TimepointResult expected =
            IrecistCriteria.INSTANCE.classify(subject, a, plain, protocol).build();
        if (before != null) {
          IrecistCriteria.INSTANCE.classify(subject, a, before, protocol).build();
        }
        TimepointResult got = IrecistCriteria.INSTANCE.classify(subject, a, mixed, protocol).build();
        String where = subject.id() + " on " + a.date();
        assertEquals(expected, got, where);
        assertEquals(expected.reasons(), got.reasons(), where);
        before = mixed;
        plain = plain.after(expected);
        mixed = mixed.after(got);
        assertEquals(plain.toString(), mixed.toString(), where);
        assertEquals(plain.recorded(), mixed.recorded(), where);
        assertEquals(plain.newLesionTargetNadir(), mixed.newLesionTargetNadir(), where);
        assertEquals(plain.run().map(r -> r.triggers() + " " + r.anchorTargetTenths()),
            mixed.run().map(r -> r.triggers() + " " + r.anchorTargetTenths()), where);
      }
    });
  }

  /**
   * Two courses of one subject that share its book (no new lesion recorded between them) but not
   * the iCR status: the run a visit opens on the one with iCR has the trigger of a recorded new
   * lesion present again (R14.4.3); on the other, classified after it, the visit's triggers are
   * its own, not those kept for the first (issue 14: what is kept names its course).
   */
  @Test
  void R14_4_3_theTriggersKeptForOneCourseAreNotAnothersWithoutIcr() {
    Subject s = Subject.builder("I-2").referenceDate(REF).target("T1", Site.LUNG)
        .baseline(day(-7), v -> v.measure("T1", 50))
        .visit(day(42), v -> v.measure("T1", 50).newLesion("N1", Site.LIVER))
        .visit(day(84), v -> v.measure("T1", 50).newLesion("N1", Site.LIVER))
        .visit(day(126), v -> v.measure("T1", 70).newLesion("N1", Site.LIVER)).build();
    Protocol protocol = Protocol.defaults().withCriteria(Criteria.IRECIST);
    IrecistCourse c = IrecistCourse.atBaseline(s);
    c = c.after(IrecistCriteria.INSTANCE.classify(s, s.followUps().get(0), c, protocol).build());
    // a caller's results of the second visit: one reset to iCR, the other to iPR
    IrecistCourse withIcr = c.after(reset(day(84), IrecistResponse.ICR));
    IrecistCourse without = c.after(reset(day(84), IrecistResponse.IPR));
    Assessment third = s.followUps().get(2);
    TimepointResult expected = IrecistCriteria.INSTANCE.classify(s, third,
        c.after(reset(day(84), IrecistResponse.IPR)), protocol).build();
    TimepointResult icr = IrecistCriteria.INSTANCE.classify(s, third, withIcr, protocol).build();
    TimepointResult got = IrecistCriteria.INSTANCE.classify(s, third, without, protocol).build();
    assertEquals(IrecistResponse.IUPD, icr.overallCode());
    assertTrue(withIcr.after(icr).run().get().triggers()
        .contains(IrecistCourse.Trigger.NEW_LESION_APPEARANCE), icr::explain);
    assertEquals(expected.reasons(), got.reasons());
    assertEquals(java.util.Set.of(IrecistCourse.Trigger.TARGET),
        without.after(got).run().get().triggers(), got::explain);
  }

  private static TimepointResult reset(java.time.LocalDate date, IrecistResponse code) {
    return TimepointResult.builder().date(date).target(Response.PR).nonTarget(Response.NA)
        .newLesions(NewLesionFinding.UNEQUIVOCAL).overallCode(code).reset(true).build();
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
