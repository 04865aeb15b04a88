package io.github.recist.rules;

import io.github.recist.model.Assessment;
import io.github.recist.model.Diameter;
import io.github.recist.model.Lesion;
import io.github.recist.model.NewLesion;
import io.github.recist.model.NewLesionStatus;
import io.github.recist.model.Problem;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.model.TargetValue;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Input that is possible but not plausible, found before it can mislead a rule: a site that is not
 * a {@linkplain Site#known() known} organ or location (a typo would otherwise count as an organ of
 * its own for Rule R2), and a recorded diameter beyond what any tumour measures (most often a unit
 * mistake, centimetres for millimetres, or a slip of the keyboard).
 *
 * <p>Each is a protocol deviation: a warning naming the subject, the date and the lesion, and an
 * error in strict mode, like the deviations of Rules R1–R3. The site warnings cite R2, the
 * diameter warnings R4 (recorded values).
 */
public final class Plausibility {

  /** Longest diameter of a non-nodal lesion beyond which a recorded value is implausible: 400 mm. */
  public static final Diameter MAX_PLAUSIBLE_DIAMETER = Diameter.ofMillimetres(400);
  /** Short axis of a lymph node beyond which a recorded value is implausible: 100 mm. */
  public static final Diameter MAX_PLAUSIBLE_SHORT_AXIS = Diameter.ofMillimetres(100);

  private Plausibility() {}

  /**
   * Adds a warning to {@code warnings} for each lesion and new lesion (once, where it is first
   * reported) whose site is not known, and for each target value, at any assessment, above {@link #MAX_PLAUSIBLE_DIAMETER} (non-nodal) or
   * {@link #MAX_PLAUSIBLE_SHORT_AXIS} (nodal).
   */
  public static void check(Subject subject, List<Problem> warnings) {
    if (subject.isRecorded()) {
      return;
    }
    List<Lesion> all = subject.lesions();
    for (int i = 0, n = all.size(); i < n; i++) {
      Lesion l = all.get(i);
      checkSite(subject, null, l.id(), l.site(), warnings);
    }
    List<Lesion> targets = subject.targets();
    checkDiameters(subject, subject.baseline(), targets, warnings);
    // the unknown sites of new lesions told so far, by id and site (a known site is never told)
    Set<NewLesion> told = null;
    List<Assessment> followUps = subject.followUps();
    for (int i = 0, n = followUps.size(); i < n; i++) {
      Assessment a = followUps.get(i);
      checkDiameters(subject, a, targets, warnings);
      List<NewLesion> newLesions = a.newLesions();
      for (int j = 0, m = newLesions.size(); j < m; j++) {
        NewLesion nl = newLesions.get(j);
        if (nl.site().isKnown()) {
          continue;
        }
        if (told == null) {
          told = new HashSet<>();
        }
        if (told.add(NewLesion.of(nl.id(), nl.site(), NewLesionStatus.EQUIVOCAL))) {
          checkSite(subject, a, nl.id(), nl.site(), warnings); // once, where it is first reported
        }
      }
    }
  }

  /**
   * Adds a warning for each target value of {@code a} over its limit, in the order the values were
   * recorded. The common case, every value at most the smaller limit, is decided on the values by
   * position ({@link Assessment#targetValues}), with no lookup and no iterator (issue 14).
   */
  private static void checkDiameters(Subject subject, Assessment a, List<Lesion> targets,
      List<Problem> warnings) {
    // the common case from one number per time point: every value measured whole at most the
    // smaller limit (too small to measure and merged count 5 and 0 mm, R4; issue 14)
    long largest = a.largestWholeDiameterTenths(targets);
    if (largest >= 0 && largest <= MAX_PLAUSIBLE_SHORT_AXIS.tenths()
        && RecordedValues.TOO_SMALL_TO_MEASURE.tenths() <= MAX_PLAUSIBLE_SHORT_AXIS.tenths()) {
      return;
    }
    List<TargetValue> values = a.targetValues(targets);
    boolean over = false;
    for (int i = 0, n = values.size(); i < n && !over; i++) {
      TargetValue v = values.get(i);
      over = v.isEvaluated() && RecordedValues.countedTenths(v) > MAX_PLAUSIBLE_SHORT_AXIS.tenths();
    }
    if (!over) {
      return;
    }
    // in the order recorded, by index: the entries of the map of targets came from two map classes
    // (one value or more), and the compiled code was thrown away when it met the second (issue 14)
    Map<String, Lesion> lesions = subject.lesionsById();
    for (int i = 0, n = a.recordedTargetCount(); i < n; i++) {
      checkDiameter(subject, a, lesions, a.recordedTargetId(i), a.recordedTargetValue(i),
          warnings);
    }
  }

  private static void checkSite(Subject subject, Assessment at, String lesionId, Site site,
      List<Problem> warnings) {
    if (site.isKnown()) {
      return;
    }
    String advice = site.closestKnown().map(s -> ": did you mean " + s + "?")
        .orElseGet(() -> looksNodal(site)
            ? ": all lymph nodes are one organ, " + Site.LYMPH_NODE + " (mark the lesion nodal)"
            : ", not an organ or location this library knows: it counts as an organ of its own");
    warnings.add(Problem.warning(subject.id(), at == null ? null : at.date(), lesionId, "R2",
        "unknown site " + Problem.shown(site.name()) + advice));
  }

  private static boolean looksNodal(Site site) {
    return site.name().contains("LYMPH") || site.name().contains("NODE");
  }

  private static void checkDiameter(Subject subject, Assessment a, Map<String, Lesion> lesions,
      String lesionId, TargetValue v, List<Problem> warnings) {
    if (!v.isEvaluated()) {
      return; // NE has no size
    }
    long tenths = RecordedValues.countedTenths(v);
    if (tenths <= MAX_PLAUSIBLE_SHORT_AXIS.tenths()) {
      // plausible for any lesion (the smaller limit): the common case, decided on the hot path of
      // every assessment without looking the lesion up (issue 14)
      return;
    }
    Diameter d = Diameter.ofTenths(tenths);
    Lesion lesion = lesions.get(lesionId);
    if (lesion == null) {
      return; // the model refuses an undeclared lesion
    }
    Diameter limit = lesion.nodal() ? MAX_PLAUSIBLE_SHORT_AXIS : MAX_PLAUSIBLE_DIAMETER;
    if (d.compareTo(limit) > 0) {
      warnings.add(implausible(subject, a, lesion, d, limit));
    }
  }

  /** The warning for {@code d}, over {@code limit}: out of line, as it is rare (issue 14). */
  private static Problem implausible(Subject subject, Assessment a, Lesion lesion, Diameter d,
      Diameter limit) {
    return Problem.warning(subject.id(), a.date(), lesion.id(), "R4",
        (lesion.nodal() ? "short axis " : "longest diameter ") + d + " is over " + limit
            + ", more than any " + (lesion.nodal() ? "lymph node" : "tumour")
            + " plausibly measures: a unit mistake (cm for mm)?");
  }
}
