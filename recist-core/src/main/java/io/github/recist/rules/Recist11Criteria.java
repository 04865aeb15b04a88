package io.github.recist.rules;

import io.github.recist.model.VisitResponse;
import io.github.recist.model.Assessment;
import io.github.recist.model.Criteria;
import io.github.recist.model.Lesion;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.model.Subject;
import io.github.recist.result.NewLesionFinding;
import io.github.recist.result.Reason;
import io.github.recist.result.TimepointResult;
import java.time.LocalDate;
import java.util.List;

/**
 * The RECIST 1.1 criteria set: each visit classified by Rules R4–R9 against the subject's {@link
 * Course}, and equivocal new lesions back-dated across visits (Rule R8).
 */
public final class Recist11Criteria implements ResponseCriteria<Course> {

  /** The one instance: the set is stateless. */
  public static final Recist11Criteria INSTANCE = new Recist11Criteria();

  private Recist11Criteria() {}

  @Override
  public Criteria criteria() {
    return Criteria.RECIST_1_1;
  }

  /** The course at the baseline: {@link Course#atBaseline}. */
  @Override
  public Course atBaseline(Subject subject) {
    return Course.atBaseline(subject);
  }

  /** The course after {@code visit}: {@link Course#after}. */
  @Override
  public Course after(Course course, TimepointResult visit) {
    return course.after(visit);
  }

  /**
   * Classifies {@code visit}: the sum of diameters (R4, R5), the target response against the
   * course's baseline, nadir, CR status and kept PR (R6), the non-target response (R7), the new
   * lesions (R8) and the overall response (R9). A visit with a target not evaluated has no sum
   * (R5), even when the others alone show PD (R6.1; the reason gives that partial sum).
   */
  @Override
  public TimepointResult.Builder classify(Subject subject, Assessment visit, Course course,
      Protocol protocol) {
    return classify(subject, visit, course, protocol, TimepointResult.builder());
  }

  /** As {@link #classify(Subject, Assessment, Course, Protocol)}, into {@code into}. */
  @Override
  public TimepointResult.Builder classify(Subject subject, Assessment visit, Course course,
      Protocol protocol, TimepointResult.Builder into) {
    List<Lesion> targets = subject.targets();
    TimepointResult.Builder t = into.date(visit.date());
    // the reasons go straight into the builder, in the order the rules give them
    List<Reason> reasons = t.reasonAppender();
    SumOfDiameters.TargetSum sum = SumOfDiameters.of(targets, visit);
    LocalDate keep = course.partialResponseToKeep(protocol);
    LocalDate completeResponse = course.completeResponseSince();
    Response target = TargetResponse.classify(targets, visit, sum, course.baselineTenths(),
        course.nadirTenths(), completeResponse, keep, reasons);
    Response nonTarget = NonTargetResponse.classify(subject.nonTargets(), visit, completeResponse,
        reasons, course.lastVisit());
    NewLesionFinding newLesions = NewLesions.finding(visit, reasons);
    // R9: the table answers a category of a visit, never MISSING or NA (NA/NA fails inside it)
    Response overall = OverallResponseTable.overall(target, nonTarget, newLesions, reasons);
    t.target(target).nonTarget(nonTarget).newLesions(newLesions)
        .overallCode(VisitResponse.of(overall));
    if (course.hasTargets()) {
      t.baselineSum(course.baselineDiameter()).nadir(course.nadirDiameter());
      if (target != Response.NE && sum.complete()) {
        t.targetSumTenths(sum.tenths());
      }
    }
    return t;
  }

  /** Back-dates progression to the first appearance of an equivocal new lesion (Rule R8). */
  @Override
  public List<TimepointResult> acrossVisits(Subject subject, Course course,
      LocalDate newTherapyDate) {
    List<Assessment> followUps = subject.followUps();
    // each follow-up classified once: as many visits as follow-ups, the links walked once
    return NewLesions.backdate(followUps, course.visits(followUps.size()), newTherapyDate,
        subject.hasNewLesions());
  }
}
