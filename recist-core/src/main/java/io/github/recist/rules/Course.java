package io.github.recist.rules;

import com.google.common.collect.ImmutableList;
import io.github.recist.model.Diameter;
import io.github.recist.model.Lesion;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.model.Subject;
import io.github.recist.result.TimepointResult;
import java.time.LocalDate;
import java.util.AbstractCollection;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A subject's course: what joins one visit to the next, as an immutable value that the rules read
 * and the engine replaces after each visit with {@link #after}.
 *
 * <p>It holds the baseline sum (Rule R5), the nadir, the smallest evaluable sum so far (R5, R6.3),
 * the date from which the subject "had reached CR" (R6.1, R6.3, R7.2) and the visits classified so
 * far (for the PR kept by {@code persistentPartialResponse}, Convention of R6). Each open reading of
 * a rule is one named method here, so that a reader finds the reading in one place and another
 * criteria set can extend it:
 *
 * <ul>
 *   <li>{@link #completeResponseSince()}: "had reached CR" is some earlier visit's overall CR,
 *       lasting until progression, whatever the visits in between (R6.3, R7.2);
 *   <li>{@link #partialResponseToKeep(Protocol)}: the earlier PR that keeps a would-be SD a PR
 *       (Convention of R6, RECIST FAQ);
 *   <li>{@link #nadirTenths()}: only a visit whose targets were all evaluated lowers the nadir (R5).
 * </ul>
 *
 * <pre>{@code
 * Course course = Course.atBaseline(subject);
 * for (...) { TimepointResult t = ...classify(visit, course)...; course = course.after(t); }
 * }</pre>
 */
public final class Course {

  // five references, 32 bytes a visit (issue 14): whether there are targets is whether there is a
  // baseline sum, and the visits are counted and listed from the links when asked
  /** The baseline sum and the nadir, null without targets (their tenths are read from them). */
  private final Diameter baselineSum;
  private final Diameter nadirSum;
  private final LocalDate completeResponse;
  /** The last visit classified, null at the baseline. */
  private final TimepointResult visit;
  /**
   * The course before {@link #visit}, null at the baseline: the courses link the visits so far, and
   * {@link #after} adds one in O(1), with no other object per visit.
   */
  private final Course before;

  private Course(Diameter baselineSum, Diameter nadirSum, LocalDate completeResponse,
      TimepointResult visit, Course before) {
    this.baselineSum = baselineSum;
    this.nadirSum = nadirSum;
    this.completeResponse = completeResponse;
    this.visit = visit;
    this.before = before;
  }

  /**
   * The course of {@code subject} at its baseline: the baseline sum of its targets (R4, R5) is also
   * the nadir, no CR yet, no visit classified.
   */
  public static Course atBaseline(Subject subject) {
    List<Lesion> targets = subject.targets();
    boolean hasTargets = targets.size() != 0; // not isEmpty(): see IrecistCourse.newLesionsAt
    long baseline = hasTargets ? SumOfDiameters.of(targets, subject.baseline()).tenths() : 0;
    Diameter baselineSum = hasTargets ? Diameter.ofTenths(baseline) : null;
    return new Course(baselineSum, baselineSum, null, null, null);
  }

  /**
   * The course after {@code visit}, the result of the next visit in date order: the nadir lowered
   * to its target sum when it has one (a visit with a target not evaluated has none, R5), the CR
   * status begun at its overall CR and ended at its PD (R6.3, R7.2), and the visit added.
   */
  public Course after(TimepointResult visit) {
    Diameter nadirDiameter = nadirAfter(baselineSum, nadirSum, visit);
    LocalDate cr = completeResponse;
    // R6.3: the CR status lasts until progression, read from the visits' own classification,
    // before R8 back-dating
    if (visit.overall() == Response.PD) {
      cr = null;
    } else if (visit.overall() == Response.CR && cr == null) {
      cr = visit.date();
    }
    return new Course(baselineSum, nadirDiameter, cr, visit, this);
  }

  /**
   * The nadir after {@code visit} (R5, R6.3): {@code nadirSum} lowered to the visit's target sum
   * when it has one (a visit with a target not evaluated has none); null without targets ({@code
   * baselineSum} null). For {@link #after} and for a criteria set that keeps the nadir of its own
   * course ({@link IrecistCourse}), so that the reading is in one place.
   */
  static Diameter nadirAfter(Diameter baselineSum, Diameter nadirSum, TimepointResult visit) {
    long sum = baselineSum != null ? visit.targetSumTenths() : -1;
    if (sum >= 0) {
      long nadir = nadirSum.tenths();
      long next = SumOfDiameters.nadirAfter(nadir, true, sum);
      if (next != nadir) {
        return Diameter.ofTenths(next);
      }
    }
    return nadirSum;
  }

  /** The result of the last visit classified, null at the baseline. */
  public TimepointResult lastVisit() {
    return visit;
  }

  /** Whether the subject has target lesions, and so a baseline sum and a nadir (R4, R5). */
  public boolean hasTargets() {
    return baselineSum != null;
  }

  /** The baseline sum of diameters in tenths of a millimetre (R5); 0 without targets. */
  public long baselineTenths() {
    return baselineSum == null ? 0 : baselineSum.tenths();
  }

  /**
   * The nadir in tenths of a millimetre: the smallest of the baseline sum and every earlier sum of
   * a visit whose targets were all evaluated (R5, R6.3); 0 without targets.
   */
  public long nadirTenths() {
    return nadirSum == null ? 0 : nadirSum.tenths();
  }

  /** The baseline sum (R5), absent without targets. */
  public Optional<Diameter> baselineSum() {
    return Optional.ofNullable(baselineSum);
  }

  /** The nadir as a diameter ({@link #nadirTenths()}), absent without targets. */
  public Optional<Diameter> nadirSum() {
    return Optional.ofNullable(nadirSum);
  }

  /** {@link #baselineSum()}, null without targets: for the criteria, with no Optional per visit. */
  Diameter baselineDiameter() {
    return baselineSum;
  }

  /** {@link #nadirSum()}, null without targets: for the criteria, with no Optional per visit. */
  Diameter nadirDiameter() {
    return nadirSum;
  }

  /**
   * The date of the first overall CR since the last progression, when the subject "had reached
   * CR" (R6.1, R6.3, R7.2); null when it has not. The reading: some earlier visit's overall CR, not
   * the last visit's, lasting through NE visits and through a PR whose non-targets were not
   * evaluated, until a PD.
   */
  public LocalDate completeResponseSince() {
    return completeResponse;
  }

  /**
   * The date of the earlier PR that keeps the next visit PR instead of SD, under the option {@code
   * persistentPartialResponse} (Convention of R6, RECIST FAQ), or null when the option is off or
   * there is no such PR; see {@link TargetResponse#partialResponseToKeep}.
   */
  public LocalDate partialResponseToKeep(Protocol protocol) {
    return protocol.persistentPartialResponse()
        ? TargetResponse.partialResponseToKeep(visits(), protocol) : null;
  }

  /**
   * The results of the visits classified so far, in date order; a list made on each call (the
   * engine asks once, after the last visit).
   */
  public ImmutableList<TimepointResult> visits() {
    int count = visitCount();
    TimepointResult[] inOrder = new TimepointResult[count];
    Course c = this;
    for (int i = count - 1; i >= 0; i--, c = c.before) {
      inOrder[i] = c.visit;
    }
    return handOver(inOrder);
  }

  /**
   * {@link #visits()}, for a caller that knows how many visits were classified ({@code count}):
   * the links walked once, not counted first (issue 14); as {@link #visits()} when {@code count} is
   * not that number.
   */
  ImmutableList<TimepointResult> visits(int count) {
    TimepointResult[] inOrder = new TimepointResult[count];
    Course c = this;
    for (int i = count - 1; i >= 0; i--, c = c.before) {
      if (c.visit == null) {
        return visits(); // fewer visits than count
      }
      inOrder[i] = c.visit;
    }
    return c.visit == null ? handOver(inOrder) : visits(); // or more
  }

  /**
   * {@code results} as an immutable list that takes the array over instead of copying it (as
   * {@link ImmutableList#copyOf(Object[])} does): for a caller that filled the array for the list
   * alone and keeps no reference to it (issue 14: one array a subject fewer).
   *
   * @throws NullPointerException if a result is null
   */
  static ImmutableList<TimepointResult> handOver(TimepointResult[] results) {
    // copyOf(Collection) makes its list of the collection's toArray(), which is this array
    return ImmutableList.copyOf(new HandOver(results));
  }

  /** The array of {@link #handOver}, as a collection whose {@code toArray()} is the array itself. */
  private static final class HandOver extends AbstractCollection<TimepointResult> {
    private final TimepointResult[] results;

    HandOver(TimepointResult[] results) {
      this.results = results;
    }

    @Override
    public Object[] toArray() {
      return results;
    }

    @Override
    public int size() {
      return results.length;
    }

    @Override
    public Iterator<TimepointResult> iterator() {
      return Arrays.asList(results).iterator();
    }
  }

  /** How many visits were classified so far. */
  private int visitCount() {
    int count = 0;
    for (Course c = this; c.visit != null; c = c.before) {
      count++;
    }
    return count;
  }

  @Override
  public String toString() {
    int visits = visitCount();
    return "Course[baseline " + baselineSum + ", nadir " + nadirSum
        + (completeResponse == null ? "" : ", CR since " + completeResponse)
        + ", " + visits + (visits == 1 ? " visit]" : " visits]");
  }
}
