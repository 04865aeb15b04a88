package io.github.recist;

import io.github.recist.model.Assessment;
import io.github.recist.model.Lesion;
import io.github.recist.model.NewLesion;
import io.github.recist.model.NonTargetStatus;
import io.github.recist.model.Response;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.model.TargetValue;
import io.github.recist.model.TumorMarkers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitraries of valid subjects for the jqwik properties: a baseline and dated visits, 1–5 targets
 * (some nodal), 0–3 non-targets, and now and then a target NE, missing or too small to measure, a
 * non-target NE or progressed, a new lesion (equivocal or not, its id sometimes seen again later),
 * abnormal tumour markers. A subject is generated as a {@link Spec} so that it can be built again
 * with its lesions and assessments in another order, or with every date shifted.
 *
 * <p>The tumour burden follows a random walk: each visit changes a level (percent of baseline,
 * starting at 100) by its delta, and every target is measured at that level with its own jitter.
 * A level under 8 % means the targets are gone (a node under 10 mm), and they tend to stay gone.
 * So visits reach CR, PR, SD and PD, and best responses are confirmed or not.
 */
public final class GeneratedSubjects {

  private GeneratedSubjects() {}

  private static final LocalDate EPOCH = LocalDate.of(2010, 1, 1);
  private static final List<Site> SITES =
      List.of(Site.LUNG, Site.LIVER, Site.BONE, Site.KIDNEY, Site.SKIN, Site.ADRENAL);

  /** A target lesion: nodal or not, its organ, its baseline diameter in tenths of a mm. */
  public record TargetSpec(boolean nodal, Site site, int baselineTenths) {}

  /** How a target was recorded at one visit. */
  public enum Kind { MEASURED, TOO_SMALL, NOT_EVALUABLE, MISSING }

  /** One target at one visit: its kind, its jitter around the visit's level, its size when gone. */
  public record TargetObs(Kind kind, int jitterPercent, int nodeUnderTenTenths) {}

  /** A new lesion seen at a visit. */
  public record NewLesionSpec(String id, boolean unequivocal, Site site) {}

  /** One visit: days since the previous one, change of level, and what was seen. */
  public record VisitSpec(int gapDays, int deltaPercent, boolean clearNonTargets,
      List<TargetObs> targets, List<Optional<NonTargetStatus>> nonTargets,
      Optional<NewLesionSpec> newLesion, TumorMarkers markers) {

    /** This visit with its new lesion renamed, so that it cannot be one seen before. */
    VisitSpec withFreshNewLesion() {
      return new VisitSpec(gapDays, deltaPercent, clearNonTargets, targets, nonTargets,
          newLesion.map(n -> new NewLesionSpec("FRESH-" + n.id(), n.unequivocal(), n.site())),
          markers);
    }
  }

  /** A whole subject. */
  public record Spec(LocalDate reference, int baselineDaysBefore, List<TargetSpec> targets,
      int nonTargets, List<VisitSpec> visits, Optional<Integer> deathDay,
      Optional<Integer> newTherapyDay) {

    /** This subject with other visits. */
    public Spec withVisits(List<VisitSpec> other) {
      return new Spec(reference, baselineDaysBefore, targets, nonTargets, other, deathDay, newTherapyDay);
    }

    /** The visit dates, in order. */
    public List<LocalDate> visitDates() {
      List<LocalDate> dates = new ArrayList<>();
      LocalDate d = reference;
      for (VisitSpec v : visits) {
        d = d.plusDays(v.gapDays());
        dates.add(d);
      }
      return dates;
    }

    /** Builds the subject, lesions and assessments in their natural order. */
    public Subject build() {
      return build(0, null);
    }

    /**
     * Builds the subject with every date moved by {@code shiftDays} and, when {@code shuffle} is
     * given, its lesions, its assessments and the entries of each assessment in a random order.
     */
    public Subject build(long shiftDays, Random shuffle) {
      LocalDate ref = reference.plusDays(shiftDays);
      Subject.Builder b = Subject.builder("GEN").referenceDate(ref);
      List<Lesion> lesions = new ArrayList<>();
      for (int i = 0; i < targets.size(); i++) {
        TargetSpec t = targets.get(i);
        lesions.add(t.nodal() ? Lesion.nodalTarget("T" + (i + 1)) : Lesion.target("T" + (i + 1), t.site()));
      }
      for (int j = 0; j < nonTargets; j++) {
        lesions.add(j == 2 ? Lesion.nodalNonTarget("NT" + (j + 1)) : Lesion.nonTarget("NT" + (j + 1), SITES.get(j)));
      }
      shuffled(lesions, shuffle).forEach(b::lesion);

      List<Assessment> assessments = new ArrayList<>();
      List<Consumer<Assessment.Builder>> baseline = new ArrayList<>();
      for (int i = 0; i < targets.size(); i++) {
        String id = "T" + (i + 1);
        int tenths = targets.get(i).baselineTenths();
        baseline.add(v -> v.measure(id, io.github.recist.model.Diameter.ofTenths(tenths)));
      }
      for (int j = 0; j < nonTargets; j++) {
        String id = "NT" + (j + 1);
        baseline.add(v -> v.present(id));
      }
      assessments.add(assessment(Assessment.baselineBuilder(ref.minusDays(baselineDaysBefore)), baseline, shuffle));

      LocalDate date = ref;
      int level = 100;
      Map<String, NewLesionSpec> reported = new HashMap<>();
      for (VisitSpec v : visits) {
        date = date.plusDays(v.gapDays());
        level = nextLevel(level, v.deltaPercent());
        Optional<NewLesionSpec> newLesion = v.newLesion().map(n -> consistent(n, reported));
        assessments.add(assessment(Assessment.builder(date), visitEntries(v, newLesion, level), shuffle));
      }
      shuffled(assessments, shuffle).forEach(b::assessment);
      deathDay.ifPresent(d -> b.deathDate(ref.plusDays(d)));
      newTherapyDay.ifPresent(d -> b.newTherapyDate(ref.plusDays(d)));
      return b.build();
    }

    /**
     * {@code n} as the format allows it after the earlier reports of its id: the site of the first
     * report, and unequivocal once it was (case format, iRECIST errors).
     */
    private static NewLesionSpec consistent(NewLesionSpec n, Map<String, NewLesionSpec> reported) {
      NewLesionSpec first = reported.get(n.id());
      NewLesionSpec out = first == null ? n
          : new NewLesionSpec(n.id(), n.unequivocal() || first.unequivocal(), first.site());
      reported.put(n.id(), out);
      return out;
    }

    /** The level after a change of {@code delta}: gone under 8 %, and gone stays gone unless it grows 15 or more. */
    private static int nextLevel(int level, int delta) {
      if (level == 0 && delta < 15) {
        return 0;
      }
      int next = Math.max(0, level + delta);
      return next < 8 ? 0 : next;
    }

    private List<Consumer<Assessment.Builder>> visitEntries(VisitSpec v,
        Optional<NewLesionSpec> newLesion, int level) {
      List<Consumer<Assessment.Builder>> entries = new ArrayList<>();
      for (int i = 0; i < targets.size(); i++) {
        String id = "T" + (i + 1);
        TargetSpec t = targets.get(i);
        TargetObs o = v.targets().get(i);
        switch (o.kind()) {
          case MISSING:
            break;
          case NOT_EVALUABLE:
            entries.add(a -> a.notEvaluable(id));
            break;
          case TOO_SMALL:
            entries.add(a -> a.tooSmall(id));
            break;
          case MEASURED:
            long tenths = level == 0
                ? (t.nodal() ? o.nodeUnderTenTenths() : 0)
                : (long) t.baselineTenths() * level * o.jitterPercent() / 10_000;
            entries.add(a -> a.measure(id, io.github.recist.model.Diameter.ofTenths(tenths)));
            break;
          default:
            throw new AssertionError(o.kind());
        }
      }
      for (int j = 0; j < nonTargets; j++) {
        String id = "NT" + (j + 1);
        Optional<NonTargetStatus> s = v.nonTargets().get(j);
        if (s.isPresent()) {
          NonTargetStatus status = level == 0 && v.clearNonTargets()
              && s.get() == NonTargetStatus.PRESENT ? NonTargetStatus.ABSENT : s.get();
          entries.add(a -> a.nonTarget(id, status));
        }
      }
      newLesion.ifPresent(n -> entries.add(a -> a.newLesion(
          NewLesion.of(n.id(), n.site(), n.unequivocal()
              ? io.github.recist.model.NewLesionStatus.UNEQUIVOCAL
              : io.github.recist.model.NewLesionStatus.EQUIVOCAL))));
      if (v.markers() != TumorMarkers.NOT_FOLLOWED) {
        entries.add(a -> a.tumorMarkers(v.markers()));
      }
      return entries;
    }

    private static Assessment assessment(Assessment.Builder b, List<Consumer<Assessment.Builder>> entries,
        Random shuffle) {
      shuffled(entries, shuffle).forEach(e -> e.accept(b));
      return b.build();
    }

    private static <T> List<T> shuffled(List<T> list, Random shuffle) {
      if (shuffle != null) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, shuffle);
        return copy;
      }
      return list;
    }
  }

  // ---- arbitraries

  static Arbitrary<TargetSpec> target() {
    return Combinators.combine(
            Arbitraries.frequency(Tuple.of(7, false), Tuple.of(3, true)),
            Arbitraries.of(SITES),
            Arbitraries.integers().between(150, 400),
            Arbitraries.integers().between(100, 800))
        .as((nodal, site, node, other) -> new TargetSpec(nodal, nodal ? Site.LYMPH_NODE : site,
            nodal ? node : other));
  }

  static Arbitrary<TargetObs> targetObs() {
    return Combinators.combine(
            Arbitraries.frequency(Tuple.of(94, Kind.MEASURED), Tuple.of(3, Kind.TOO_SMALL),
                Tuple.of(2, Kind.NOT_EVALUABLE), Tuple.of(1, Kind.MISSING)),
            Arbitraries.integers().between(85, 115),
            Arbitraries.integers().between(0, 99))
        .as(TargetObs::new);
  }

  static Arbitrary<Optional<NonTargetStatus>> nonTargetObs() {
    return Arbitraries.frequency(
        Tuple.of(63, Optional.of(NonTargetStatus.PRESENT)),
        Tuple.of(25, Optional.of(NonTargetStatus.ABSENT)),
        Tuple.of(2, Optional.of(NonTargetStatus.UNEQUIVOCAL_PROGRESSION)),
        Tuple.of(6, Optional.of(NonTargetStatus.NOT_EVALUABLE)),
        Tuple.of(4, Optional.<NonTargetStatus>empty()));
  }

  static Arbitrary<Optional<NewLesionSpec>> newLesion() {
    Arbitrary<Optional<NewLesionSpec>> some = Combinators.combine(
            Arbitraries.of("L1", "L2", "L3"), Arbitraries.of(true, false), Arbitraries.of(SITES))
        .as((id, unequivocal, site) -> Optional.of(new NewLesionSpec(id, unequivocal, site)));
    return Arbitraries.frequencyOf(Tuple.of(92, Arbitraries.just(Optional.empty())), Tuple.of(8, some));
  }

  static Arbitrary<Integer> delta() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.integers().between(-60, -30)),
        Tuple.of(3, Arbitraries.integers().between(-30, -5)),
        Tuple.of(3, Arbitraries.integers().between(-5, 10)),
        Tuple.of(2, Arbitraries.integers().between(10, 40)));
  }

  static Arbitrary<VisitSpec> visit() {
    return Combinators.combine(
            Arbitraries.integers().between(21, 63),
            delta(),
            Arbitraries.frequency(Tuple.of(7, true), Tuple.of(3, false)),
            targetObs().list().ofSize(5),
            nonTargetObs().list().ofSize(3),
            newLesion(),
            Arbitraries.frequency(Tuple.of(85, TumorMarkers.NOT_FOLLOWED), Tuple.of(10, TumorMarkers.NORMAL),
                Tuple.of(5, TumorMarkers.ABNORMAL)))
        .as(VisitSpec::new);
  }

  static Arbitrary<Optional<Integer>> sometimesDay() {
    return Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(Optional.empty())),
        Tuple.of(1, Arbitraries.integers().between(20, 420).map(Optional::of)));
  }

  /** Valid subjects with measurements. */
  public static Arbitrary<Spec> subjects() {
    return visitsOf(visit().list().ofMinSize(1).ofMaxSize(8));
  }

  /** Valid subjects with measurements and the visits given. */
  public static Arbitrary<Spec> visitsOf(Arbitrary<List<VisitSpec>> visits) {
    return Combinators.combine(
            Arbitraries.integers().between(0, 7000).map(EPOCH::plusDays),
            Arbitraries.integers().between(0, 35),
            target().list().ofMinSize(1).ofMaxSize(5),
            Arbitraries.integers().between(0, 3),
            visits,
            sometimesDay(),
            sometimesDay())
        .as(Spec::new);
  }

  /** A dated sequence of recorded responses: days since the previous one, and the response. */
  public record Recorded(List<Integer> gaps, List<Response> responses) {

    /** The subject with these recorded responses, from reference date {@code reference}. */
    public Subject build(LocalDate reference) {
      Subject.Builder b = Subject.builder("REC").referenceDate(reference);
      LocalDate d = reference;
      for (int i = 0; i < gaps.size(); i++) {
        d = d.plusDays(gaps.get(i));
        b.recorded(d, responses.get(i));
      }
      return b.build();
    }

    /** This sequence followed by {@code other}. */
    public Recorded then(Recorded other) {
      List<Integer> g = new ArrayList<>(gaps);
      g.addAll(other.gaps);
      List<Response> r = new ArrayList<>(responses);
      r.addAll(other.responses);
      return new Recorded(g, r);
    }
  }

  /** Recorded visit responses, PD among them or not as {@code responses} allows. */
  public static Arbitrary<Recorded> recorded(Arbitrary<Response> responses, int minSize, int maxSize) {
    Arbitrary<Tuple.Tuple2<Integer, Response>> visit = Combinators.combine(
        Arbitraries.integers().between(7, 63), responses).as(Tuple::of);
    return visit.list().ofMinSize(minSize).ofMaxSize(maxSize).map(list -> new Recorded(
        list.stream().map(Tuple.Tuple2::get1).collect(java.util.stream.Collectors.toList()),
        list.stream().map(Tuple.Tuple2::get2).collect(java.util.stream.Collectors.toList())));
  }

  /** Any recorded visit response, weighted towards the common ones. */
  public static Arbitrary<Response> anyRecordedResponse() {
    return Arbitraries.frequency(Tuple.of(3, Response.CR), Tuple.of(5, Response.PR), Tuple.of(5, Response.SD),
        Tuple.of(2, Response.NON_CR_NON_PD), Tuple.of(2, Response.PD), Tuple.of(3, Response.NE),
        Tuple.of(1, Response.ND));
  }

  /** Rebuilds {@code s} with every assessment passed through {@code change} (null drops it). */
  public static Subject mapAssessments(Subject s, Function<Assessment, Assessment> change) {
    Subject.Builder b = Subject.builder(s.id()).referenceDate(s.referenceDate());
    s.lesions().forEach(b::lesion);
    for (Assessment a : s.assessments()) {
      Assessment changed = change.apply(a);
      if (changed != null) {
        b.assessment(changed);
      }
    }
    s.deathDate().ifPresent(b::deathDate);
    s.newTherapyDate().ifPresent(b::newTherapyDate);
    return b.build();
  }

  /** {@code a} with target {@code lesionId} recorded as {@code value} instead. */
  public static Assessment withTarget(Assessment a, String lesionId, TargetValue value) {
    Assessment.Builder b = a.baseline() ? Assessment.baselineBuilder(a.date()) : Assessment.builder(a.date());
    a.targets().forEach((id, v) -> b.target(id, id.equals(lesionId) ? value : v));
    a.nonTargets().forEach(b::nonTarget);
    if (a.tumorMarkers() != TumorMarkers.NOT_FOLLOWED) {
      b.tumorMarkers(a.tumorMarkers());
    }
    a.newLesions().forEach(b::newLesion);
    return b.build();
  }
}
