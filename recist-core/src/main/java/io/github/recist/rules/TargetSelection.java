package io.github.recist.rules;

import io.github.recist.model.Lesion;
import io.github.recist.model.Problem;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    Map<Site, List<Lesion>> byOrgan = new LinkedHashMap<>();
    for (Lesion l : targets) {
      byOrgan.computeIfAbsent(l.organ(), k -> new ArrayList<>()).add(l);
    }
    byOrgan.forEach((organ, lesions) -> {
      if (lesions.size() > MAX_TARGETS_PER_ORGAN) {
        warnings.add(Problem.warning(subject.id(), null, ids(lesions), "R2",
            lesions.size() + " targets in " + organ + ": at most " + MAX_TARGETS_PER_ORGAN
                + " per organ allowed" + (organ.isLymphNode() ? " (all lymph nodes are one organ)" : "")));
      }
    });
  }

  private static String ids(List<Lesion> lesions) {
    StringBuilder s = new StringBuilder();
    for (Lesion l : lesions) {
      s.append(s.length() == 0 ? "" : ", ").append(l.id());
    }
    return s.toString();
  }
}
