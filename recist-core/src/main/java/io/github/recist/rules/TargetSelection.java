package io.github.recist.rules;

import io.github.recist.model.Lesion;
import io.github.recist.model.Problem;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule R2: target selection. At most {@value #MAX_TARGETS} targets in total and at most {@value
 * #MAX_TARGETS_PER_ORGAN} per organ; all lymph nodes together are one organ. A breach is a warning
 * on real data (the subject is still assessed) and an error in strict mode.
 *
 * <p>Source: RECIST 1.1 §3.3.
 */
@RecistRule("R2")
public final class TargetSelection {

  /** Most targets in total. */
  public static final int MAX_TARGETS = 5;
  /** Most targets in one organ. */
  public static final int MAX_TARGETS_PER_ORGAN = 2;

  private TargetSelection() {}

  /** Adds a warning to {@code warnings} for too many targets in total or in one organ (R2). */
  public static void check(Subject subject, List<Problem> warnings) {
    List<Lesion> targets = subject.targets();
    if (targets.size() > MAX_TARGETS) {
      warnings.add(Problem.warning(subject.id(), null, null, "R2",
          targets.size() + " targets (" + ids(targets) + "): at most " + MAX_TARGETS + " allowed"));
    }
    // each organ once, in the order of its first target; an organ with more than its share has
    // its first target before the last MAX_TARGETS_PER_ORGAN, and the count of the targets from
    // one on, most often within the share, is asked before whether it is the organ's first (issue
    // 14: about half the comparisons of organs)
    for (int i = 0, n = targets.size(); i < n - MAX_TARGETS_PER_ORGAN; i++) {
      Site organ = targets.get(i).organ();
      if (count(organ, targets, i) <= MAX_TARGETS_PER_ORGAN || !isFirstIn(organ, targets, i)) {
        continue;
      }
      List<Lesion> lesions = new ArrayList<>();
      for (Lesion l : targets) {
        if (l.organ().equals(organ)) {
          lesions.add(l);
        }
      }
      warnings.add(Problem.warning(subject.id(), null, ids(lesions), "R2",
          lesions.size() + " targets in " + organ + ": at most " + MAX_TARGETS_PER_ORGAN
              + " per organ allowed" + (organ.isLymphNode() ? " (all lymph nodes are one organ)" : "")));
    }
  }

  private static boolean isFirstIn(Site organ, List<Lesion> targets, int index) {
    for (int i = 0; i < index; i++) {
      if (sameOrgan(targets.get(i).organ(), organ)) {
        return false;
      }
    }
    return true;
  }

  /** The targets of {@code organ} from {@code first} on, which is one of them. */
  private static int count(Site organ, List<Lesion> targets, int first) {
    int count = 1;
    for (int i = first + 1, n = targets.size(); i < n; i++) {
      if (sameOrgan(targets.get(i).organ(), organ)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Whether {@code a} and {@code b} are the same organ: two known sites are the same object
   * ({@link Site#of} gives the known one), so only an unknown one needs its name compared.
   */
  private static boolean sameOrgan(Site a, Site b) {
    return a == b || (!(a.isKnown() && b.isKnown()) && a.equals(b));
  }

  private static String ids(List<Lesion> lesions) {
    StringBuilder s = new StringBuilder();
    for (Lesion l : lesions) {
      s.append(s.length() == 0 ? "" : ", ").append(Problem.shown(l.id()));
    }
    return s.toString();
  }
}
