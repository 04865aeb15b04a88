package io.github.recist.rules;

import com.google.common.collect.ImmutableList;
import io.github.recist.model.Assessment;
import io.github.recist.model.Lesion;
import io.github.recist.model.TargetValue;
import java.util.List;

/**
 * Rule R5: the sum of diameters and the nadir.
 *
 * <p>The sum adds the longest diameters of the non-nodal targets and the short axes of the nodal
 * targets, each counted by Rule R4. The nadir at a time point is the smallest sum among the baseline
 * and every earlier time point whose target response was not NE; the current time point is not part
 * of its own nadir. Arithmetic is exact, in tenths of a millimetre.
 *
 * <p>Source: RECIST 1.1 §4.3.1.
 */
@RecistRule("R5")
public final class SumOfDiameters {

  private SumOfDiameters() {}

  /**
   * The sum of the evaluated targets at one time point, and the targets that could not be evaluated.
   */
  public static final class TargetSum {
    private final long tenths;
    private final int evaluated;
    /**
     * The targets and the time point summed: what {@link #showingDisease} counts, and where {@link
     * #notEvaluated()} finds the ids it lists when asked (a rare path: no list per visit, issue 14).
     */
    private final List<Lesion> targets;
    private final Assessment assessment;
    /** How many evaluated targets show disease ({@link TargetResponse#showsDisease}, R6.2). */
    private final int showingDisease;

    TargetSum(long tenths, int evaluated, List<Lesion> targets, Assessment assessment,
        int showingDisease) {
      this.tenths = tenths;
      this.evaluated = evaluated;
      this.targets = targets;
      this.assessment = assessment;
      this.showingDisease = showingDisease;
    }

    /** The sum of the evaluated targets' counted diameters, in tenths of a millimetre. */
    public long tenths() {
      return tenths;
    }

    /** How many targets were evaluated. */
    public int evaluatedCount() {
      return evaluated;
    }

    /** The ids of the targets not evaluated (NE or missing), in declaration order. */
    public ImmutableList<String> notEvaluated() {
      return SumOfDiameters.notEvaluated(targets, assessment);
    }

    /** Whether every target was evaluated. */
    public boolean complete() {
      return evaluated == targets.size();
    }

    /**
     * How many evaluated targets of {@code targets} show disease at {@code assessment} (R6.2, R6.3:
     * a non-nodal target above 0 mm, a nodal one 10 mm or more), counted as the sum was made, so
     * that no value is looked up twice; -1 when this is the sum of other targets or of another
     * time point.
     */
    int showingDisease(List<Lesion> targets, Assessment assessment) {
      return targets == this.targets && assessment == this.assessment ? showingDisease : -1;
    }
  }

  /**
   * The sum of diameters of {@code targets} at {@code assessment} (Rule R5), counting each recorded
   * value by Rule R4; targets not evaluated or not assessed add nothing ({@link
   * TargetSum#notEvaluated()} lists them when asked).
   */
  public static TargetSum of(List<Lesion> targets, Assessment assessment) {
    long sum = 0;
    int evaluated = 0;
    int disease = 0;
    List<TargetValue> values = assessment.targetValues(targets);
    for (int i = 0, n = targets.size(); i < n; i++) {
      TargetValue v = values.get(i);
      if (v.isEvaluated()) {
        long counted = RecordedValues.countedTenths(v);
        sum += counted;
        evaluated++;
        if (TargetResponse.showsDisease(targets.get(i), counted)) {
          disease++;
        }
      }
    }
    return new TargetSum(sum, evaluated, targets, assessment, disease);
  }

  /**
   * The ids of the targets of {@code targets} not evaluated (NE or missing) at {@code assessment},
   * in declaration order: those {@link #of} leaves out of the sum (R5, R6.1).
   */
  public static ImmutableList<String> notEvaluated(List<Lesion> targets, Assessment assessment) {
    ImmutableList.Builder<String> missing = ImmutableList.builder();
    List<TargetValue> values = assessment.targetValues(targets);
    for (int i = 0, n = targets.size(); i < n; i++) {
      if (!values.get(i).isEvaluated()) {
        missing.add(targets.get(i).id());
      }
    }
    return missing.build();
  }

  /**
   * The nadir after a time point (Rule R5): the smaller of {@code nadirTenths} and the time point's
   * sum, unless its target response was not evaluable ({@code evaluable} false), which leaves the
   * nadir as it was.
   */
  public static long nadirAfter(long nadirTenths, boolean evaluable, long sumTenths) {
    return evaluable ? Math.min(nadirTenths, sumTenths) : nadirTenths;
  }
}
