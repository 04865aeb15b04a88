package io.github.recist.rules;

import io.github.recist.model.Assessment;
import io.github.recist.model.Diameter;
import io.github.recist.model.NewLesion;
import io.github.recist.model.Problem;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.model.TargetValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule R14.2, its warnings: the new-lesion targets (NLTs) of iRECIST are chosen as targets are (Rules
 * R1, R2). More than {@value #MAX_NEW_LESION_TARGETS} NLTs in total, more than {@value
 * #MAX_NEW_LESION_TARGETS_PER_ORGAN} in one organ (all lymph nodes are one organ), or an NLT not
 * measurable by R1 at its first appearance is a warning (an error in strict mode); the subject is
 * still assessed. Checked under iRECIST only: RECIST 1.1 does not read the NLT selection.
 *
 * <p>An NLT counts when some visit reports it unequivocal. Its first appearance is its first report
 * (equivocal or not), which fixes its role. A new lesion has no measurement method of its own: R1 is
 * applied as for CT with slices of 5 mm or less (10 mm longest diameter; 15 mm short axis for a
 * node).
 *
 * <p>Source: iRECIST (Seymour et al., Lancet Oncol 2017), "New lesions" and Table 1.
 */
public final class NewLesionSelection {

  /** Most new-lesion targets in total, as for baseline targets (R2). */
  public static final int MAX_NEW_LESION_TARGETS = TargetSelection.MAX_TARGETS;
  /** Most new-lesion targets in one organ, as for baseline targets (R2). */
  public static final int MAX_NEW_LESION_TARGETS_PER_ORGAN = TargetSelection.MAX_TARGETS_PER_ORGAN;

  private static final String RULE = "R14.2";

  private NewLesionSelection() {}

  /** Adds a warning to {@code warnings} for each breach of the NLT selection (R14.2). */
  public static void check(Subject subject, List<Problem> warnings) {
    if (subject.isRecorded() || !hasNewLesionTarget(subject)) {
      return;
    }
    Map<String, NewLesion> firstReport = new LinkedHashMap<>();
    Map<String, LocalDate> firstDate = new LinkedHashMap<>();
    Map<String, LocalDate> unequivocalOn = new LinkedHashMap<>(); // in the order they become so
    for (Assessment a : subject.followUps()) {
      for (NewLesion n : a.newLesions()) {
        if (firstReport.putIfAbsent(n.id(), n) == null) {
          firstDate.put(n.id(), a.date());
        }
        if (n.isUnequivocal()) {
          unequivocalOn.putIfAbsent(n.id(), a.date());
        }
      }
    }
    List<String> targets = new ArrayList<>();
    for (Map.Entry<String, LocalDate> e : unequivocalOn.entrySet()) {
      NewLesion first = firstReport.get(e.getKey());
      if (first.isTarget()) {
        targets.add(first.id());
        measurability(subject, first, firstDate.get(first.id()), warnings);
        if (targets.size() == MAX_NEW_LESION_TARGETS + 1) {
          warnings.add(Problem.warning(subject.id(), e.getValue(), first.id(), RULE,
              "more than " + MAX_NEW_LESION_TARGETS + " new-lesion targets: at most "
                  + MAX_NEW_LESION_TARGETS + " allowed, as for targets (R2)"));
        }
        Site organ = organ(first);
        int inOrgan = 0;
        for (String id : targets) {
          inOrgan += organ(firstReport.get(id)).equals(organ) ? 1 : 0;
        }
        if (inOrgan == MAX_NEW_LESION_TARGETS_PER_ORGAN + 1) {
          warnings.add(Problem.warning(subject.id(), e.getValue(), first.id(), RULE,
              "more than " + MAX_NEW_LESION_TARGETS_PER_ORGAN + " new-lesion targets in " + organ
                  + ": at most " + MAX_NEW_LESION_TARGETS_PER_ORGAN + " per organ allowed"
                  + (organ.isLymphNode() ? " (all lymph nodes are one organ)" : "")));
        }
      }
    }
  }

  /**
   * Whether {@link #check} has anything to check in {@code subject}: measurements with a new
   * lesion reported as a new-lesion target (R14.2).
   */
  public static boolean appliesTo(Subject subject) {
    return !subject.isRecorded() && subject.hasNewLesions() && hasNewLesionTarget(subject);
  }

  private static boolean hasNewLesionTarget(Subject subject) {
    List<Assessment> assessments = subject.assessments();
    for (int i = 0, n = assessments.size(); i < n; i++) {
      List<NewLesion> reported = assessments.get(i).newLesions();
      for (int j = 0, m = reported.size(); j < m; j++) {
        if (reported.get(j).isTarget()) {
          return true;
        }
      }
    }
    return false;
  }

  private static Site organ(NewLesion n) {
    return n.nodal() ? Site.LYMPH_NODE : n.site();
  }

  private static void measurability(Subject subject, NewLesion first, LocalDate date,
      List<Problem> warnings) {
    TargetValue v = first.diameter().orElseThrow();
    Diameter min = first.nodal() ? Measurability.MINIMUM_NODE_SHORT_AXIS
        : Measurability.MINIMUM_LONGEST_DIAMETER;
    String what = first.nodal() ? "short axis" : "longest diameter";
    String problem = null;
    switch (v.kind()) {
      case MEASURED:
        if (v.diameter().compareTo(min) < 0) {
          problem = what + " " + v.diameter() + " is under " + min + ", the least measurable"
              + (first.nodal() ? " for a lymph node" : "");
        }
        break;
      case TOO_SMALL:
        problem = "too small to measure";
        break;
      case NOT_EVALUABLE:
        problem = "not evaluable, so not shown measurable";
        break;
      default:
        throw new AssertionError(v.kind()); // the model allows no other NLT value
    }
    if (problem != null) {
      warnings.add(Problem.warning(subject.id(), date, first.id(), RULE,
          "new-lesion target not measurable at its first appearance: " + problem + " (R1)"));
    }
  }
}
