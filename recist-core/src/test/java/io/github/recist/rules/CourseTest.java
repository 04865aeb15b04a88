package io.github.recist.rules;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.UNCONFIRMED;
import static io.github.recist.Fixtures.day;
import static io.github.recist.Fixtures.oneTarget;
import static io.github.recist.testing.Generators.protocols;
import static io.github.recist.testing.Generators.subjects;
import static io.github.recist.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Recist11;
import io.github.recist.model.Assessment;
import io.github.recist.model.Diameter;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.result.TimepointResult;
import io.github.recist.testing.Pins;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link Course}: the state that joins one visit to the next, an immutable value that the rules
 * read and the engine replaces after each visit (Rules R5, R6.3, R7.2, Convention of R6).
 */
class CourseTest {

  /** The course after each follow-up of {@code subject}, classified by RECIST 1.1. */
  private static List<Course> courses(Subject subject, Protocol protocol) {
    List<Course> out = new ArrayList<>();
    Course course = Course.atBaseline(subject);
    out.add(course);
    for (Assessment a : subject.followUps()) {
      TimepointResult t = Recist11Criteria.INSTANCE.classify(subject, a, course, protocol)
          .withinWindow(true).build();
      course = Recist11Criteria.INSTANCE.after(course, t);
      out.add(course);
    }
    return out;
  }

  private static long nadirMm(Course c) {
    return c.nadirTenths() / 10;
  }

  @Test
  @Pins("R5.2")
  void R5_theCourseStartsWithTheBaselineSumAsItsNadirAndNoVisit() {
    Course c = Course.atBaseline(oneTarget(50, 40));
    assertEquals(Optional.of(Diameter.ofMillimetres(50)), c.baselineSum());
    assertEquals(Optional.of(Diameter.ofMillimetres(50)), c.nadirSum());
    assertEquals(500, c.baselineTenths());
    assertNull(c.completeResponseSince());
    assertTrue(c.visits().isEmpty());
  }

  @Test
  @Pins("R5.2")
  void R5_theNadirIsTheSmallestSumSoFarAndNeverRises() {
    List<Course> c = courses(oneTarget(50, 40, 30, 45, 35), Protocol.defaults());
    assertEquals(List.of(50L, 40L, 30L, 30L, 30L), c.stream().map(CourseTest::nadirMm).toList());
  }

  @Test
  @Pins("R5.2")
  void R5_aVisitWithATargetNotEvaluatedLowersNoNadir() {
    Subject s = Subject.builder("C-1").referenceDate(REF).target("T1", Site.LUNG)
        .target("T2", Site.LIVER).baseline(day(-7), v -> v.measure("T1", 30).measure("T2", 20))
        .visit(day(42), v -> v.measure("T1", 10).notEvaluable("T2"))
        .visit(day(84), v -> v.measure("T1", 25).measure("T2", 15))
        .build();
    List<Course> c = courses(s, Protocol.defaults());
    assertEquals(List.of(50L, 50L, 40L), c.stream().map(CourseTest::nadirMm).toList());
  }

  @Test
  @Pins({"R6.3", "R7.2"})
  void R6_3_hadReachedCrFromTheFirstOverallCrUntilProgression() {
    List<Course> c = courses(oneTarget(50, 0, 0, 6, 0), Protocol.defaults());
    assertNull(c.get(0).completeResponseSince());
    assertEquals(day(42), c.get(1).completeResponseSince());
    assertEquals(day(42), c.get(2).completeResponseSince(), "the first CR, not the last");
    assertNull(c.get(3).completeResponseSince(), "PD ends the CR status");
    assertEquals(day(168), c.get(4).completeResponseSince());
  }

  @Test
  void theCoursePrintsItsSumsItsCrStatusAndHowManyVisits() {
    List<Course> c = courses(oneTarget(50, 0, 0), Protocol.defaults());
    assertEquals("Course[baseline 50 mm, nadir 50 mm, 0 visits]", c.get(0).toString());
    assertEquals("Course[baseline 50 mm, nadir 0 mm, CR since " + day(42) + ", 1 visit]",
        c.get(1).toString());
    assertEquals("Course[baseline 50 mm, nadir 0 mm, CR since " + day(42) + ", 2 visits]",
        c.get(2).toString());
  }

  @Test
  void theCourseIsAValueThatAfterLeavesUnchanged() {
    Subject s = oneTarget(50, 30);
    Course before = Course.atBaseline(s);
    Course after = before.after(Recist11Criteria.INSTANCE
        .classify(s, s.followUps().get(0), before, Protocol.defaults()).withinWindow(true).build());
    assertEquals(500, before.nadirTenths());
    assertTrue(before.visits().isEmpty());
    assertEquals(300, after.nadirTenths());
    assertEquals(1, after.visits().size());
  }

  @Test
  void R6_persistentPartialResponseIsReadFromTheCourseOnlyWithTheOption() {
    Subject s = oneTarget(100, 70, 80);
    List<Course> off = courses(s, UNCONFIRMED);
    assertNull(off.get(1).partialResponseToKeep(UNCONFIRMED));
    Protocol on = UNCONFIRMED.withPersistentPartialResponse(true);
    List<Course> c = courses(s, on);
    assertNull(c.get(0).partialResponseToKeep(on), "no PR yet");
    assertEquals(day(42), c.get(1).partialResponseToKeep(on));
    assertFalse(Protocol.defaults().persistentPartialResponse());
  }

  @Test
  void theVisitsAreTheSameWhateverNumberTheCallerBelievesWereClassified() {
    Subject s = oneTarget(50, 40, 30, 45, 35);
    List<Course> c = courses(s, UNCONFIRMED);
    for (int k = 0; k < c.size(); k++) {
      Course course = c.get(k);
      for (int count = 0; count <= c.size() + 1; count++) {
        // the right number walks the links once; any other is counted again
        assertEquals(course.visits(), course.visits(count), "after " + k + ", given " + count);
      }
      assertEquals(k, course.visits(k).size());
    }
  }

  @Test
  void theEngineClassifiesEachVisitAgainstTheCourseOfTheVisitsBeforeIt() {
    Subject s = oneTarget(50, 40, 30, 45, 35);
    List<TimepointResult> engine = Recist11.assess(s, UNCONFIRMED).timepoints();
    List<Course> c = courses(s, UNCONFIRMED);
    for (int i = 0; i < engine.size(); i++) {
      assertEquals(c.get(i).nadirSum(), engine.get(i).nadir(), engine.get(i)::toString);
      assertEquals(engine.get(i).overall(), c.get(i + 1).visits().get(i).overall());
    }
  }

  /**
   * Property (R5.2, R6.3, R7.2): whatever the subject and protocol, the engine classifies each
   * visit against the course of the visits before it, so that visit's nadir is the course's; the
   * course's nadir is the smallest of the baseline and the sums of the visits it holds; and it "had
   * reached CR" exactly from the first overall CR since its last PD.
   */
  @Test
  void theCourseBeforeEachVisitIsWhatTheEngineReadAndFollowsItsVisits() {
    qt(200).forAll(subjects(), protocols()).checkAssert((spec, protocol) -> {
      Subject s = spec.build();
      List<Course> c = courses(s, protocol);
      List<TimepointResult> engine = Recist11.assess(s, protocol).timepoints();
      for (int i = 0; i < engine.size(); i++) {
        assertEquals(c.get(i).nadirSum(), engine.get(i).nadir(), engine.get(i)::toString);
        assertEquals(c.get(i).baselineSum(), engine.get(i).baselineSum());
      }
      for (Course course : c) {
        long smallest = course.baselineTenths();
        LocalDate cr = null;
        for (TimepointResult t : course.visits()) {
          if (t.targetSum().isPresent()) {
            smallest = Math.min(smallest, t.targetSum().get().tenths());
          }
          if (t.overall() == Response.PD) {
            cr = null;
          } else if (t.overall() == Response.CR && cr == null) {
            cr = t.date();
          }
        }
        assertEquals(smallest, course.nadirTenths(), course::toString);
        assertEquals(cr, course.completeResponseSince(), course::toString);
      }
    });
  }
}
