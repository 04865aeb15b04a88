package io.github.recist.testing;

import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.recist.model.Assessment;
import io.github.recist.model.Confirmation;
import io.github.recist.model.Diameter;
import io.github.recist.model.Lesion;
import io.github.recist.model.NewLesion;
import io.github.recist.model.NewLesionStatus;
import io.github.recist.model.NonTargetStatus;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.model.VisitResponse;
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
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/**
 * The generators of the property-based tests (QuickTheories {@link Gen} values), shared by both
 * modules: valid subjects with a baseline and dated visits, visit series, recorded responses,
 * protocol options, diameters in tenths of a millimetre, right-censored survival samples. Each is
 * built from smaller ones with {@code map} and {@code zip}, so that QuickTheories shrinks a failure
 * to a small subject by itself (fewer visits, fewer targets, the first choice of each weighted one).
 *
 * <p>A generated subject has 1–5 targets (some nodal), 0–3 non-targets, and now and then a target
 * NE, missing or too small to measure, a non-target NE or progressed, a new lesion (equivocal or not, its id sometimes seen again later),
 * abnormal tumour markers. A subject is generated as a {@link Spec} so that it can be built again
 * with its lesions and assessments in another order, or with every date shifted.
 *
 * <p>The tumour burden follows a random walk: each visit changes a level (percent of baseline,
 * starting at 100) by its delta, and every target is measured at that level with its own jitter.
 * A level under 8 % means the targets are gone (a node under 10 mm), and they tend to stay gone.
 * So visits reach CR, PR, SD and PD, and best responses are confirmed or not.
 */
public final class Generators {

  private Generators() {}

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
    public VisitSpec withFreshNewLesion() {
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
        baseline.add(v -> v.measure(id, Diameter.ofTenths(tenths)));
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
     * report, and unequivocal once it was (case format, iRECIST errors; Rule R14.2).
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
            entries.add(a -> a.measure(id, Diameter.ofTenths(tenths)));
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
              ? NewLesionStatus.UNEQUIVOCAL
              : NewLesionStatus.EQUIVOCAL))));
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

  // ---- generators

  /** {@code value} with {@code weight}, for {@link org.quicktheories.generators.Generate#frequency}. */
  private static <T> Pair<Integer, Gen<T>> weight(int weight, T value) {
    return Pair.of(weight, constant(value));
  }

  private static <T> Pair<Integer, Gen<T>> weight(int weight, Gen<T> values) {
    return Pair.of(weight, values);
  }

  /** A target lesion: non-nodal seven times in ten (10–80 mm), else nodal (15–40 mm short axis). */
  public static Gen<TargetSpec> targets() {
    return frequency(weight(7, false), weight(3, true))
        .zip(arbitrary().pick(SITES), range(150, 400), range(100, 800),
            (nodal, site, node, other) -> new TargetSpec(nodal, nodal ? Site.LYMPH_NODE : site,
                nodal ? node : other));
  }

  /** How one target is recorded at a visit: mostly measured, now and then too small, NE or missing. */
  public static Gen<TargetObs> targetObservations() {
    return frequency(weight(94, Kind.MEASURED), weight(3, Kind.TOO_SMALL),
            weight(2, Kind.NOT_EVALUABLE), weight(1, Kind.MISSING))
        .zip(range(85, 115), range(0, 99), TargetObs::new);
  }

  /** How one non-target is recorded at a visit (empty: not recorded). */
  public static Gen<Optional<NonTargetStatus>> nonTargetObservations() {
    return frequency(
        weight(63, Optional.of(NonTargetStatus.PRESENT)),
        weight(25, Optional.of(NonTargetStatus.ABSENT)),
        weight(2, Optional.of(NonTargetStatus.UNEQUIVOCAL_PROGRESSION)),
        weight(6, Optional.of(NonTargetStatus.NOT_EVALUABLE)),
        weight(4, Optional.<NonTargetStatus>empty()));
  }

  /** A new lesion at one visit in twelve or so, equivocal or not, its id one of three. */
  public static Gen<Optional<NewLesionSpec>> newLesions() {
    Gen<Optional<NewLesionSpec>> some = arbitrary().pick("L1", "L2", "L3")
        .zip(arbitrary().pick(true, false), arbitrary().pick(SITES),
            (id, unequivocal, site) -> Optional.of(new NewLesionSpec(id, unequivocal, site)));
    return frequency(weight(92, Optional.<NewLesionSpec>empty()), weight(8, some));
  }

  /** The change of the tumour burden at one visit, percent of baseline. */
  public static Gen<Integer> deltas() {
    return frequency(
        weight(3, range(-5, 10)),
        weight(3, range(-30, -5)),
        weight(2, range(-60, -30)),
        weight(2, range(10, 40)));
  }

  /** Days since the previous visit, change of level, and whether gone non-targets are absent. */
  private record VisitHead(int gapDays, int deltaPercent, boolean clearNonTargets) {}

  /** One visit: 21–63 days after the previous one, what its five targets and three non-targets show. */
  public static Gen<VisitSpec> visits() {
    Gen<VisitHead> head = range(21, 63).zip(deltas(), frequency(weight(7, true), weight(3, false)),
        VisitHead::new);
    return head.zip(lists().of(targetObservations()).ofSize(5),
        lists().of(nonTargetObservations()).ofSize(3), newLesions(),
        frequency(weight(85, TumorMarkers.NOT_FOLLOWED), weight(10, TumorMarkers.NORMAL),
            weight(5, TumorMarkers.ABNORMAL)),
        (h, targets, nonTargets, newLesion, markers) -> new VisitSpec(h.gapDays(), h.deltaPercent(),
            h.clearNonTargets(), targets, nonTargets, newLesion, markers));
  }

  /** A series of {@code min} to {@code max} visits. */
  public static Gen<List<VisitSpec>> visitSeries(int min, int max) {
    return lists().of(visits()).ofSizeBetween(min, max);
  }

  /** Mostly nothing; one time in ten a day 20–420 after the reference date. */
  public static Gen<Optional<Integer>> sometimesDay() {
    return frequency(weight(9, Optional.<Integer>empty()), weight(1, range(20, 420).map(Optional::of)));
  }

  /** Valid subjects with measurements: a baseline and 1–8 dated visits. */
  public static Gen<Spec> subjects() {
    return subjectsWith(visitSeries(1, 8));
  }

  /** Valid subjects with measurements and the visits given. */
  public static Gen<Spec> subjectsWith(Gen<List<VisitSpec>> visits) {
    Gen<Spec> noDates = range(0, 7000).map(EPOCH::plusDays)
        .zip(range(0, 35), lists().of(targets()).ofSizeBetween(1, 5), range(0, 3), visits,
            (reference, before, targets, nonTargets, series) -> new Spec(reference, before, targets,
                nonTargets, series, Optional.empty(), Optional.empty()));
    return noDates.zip(sometimesDay(), sometimesDay(), (s, death, therapy) -> new Spec(s.reference(),
        s.baselineDaysBefore(), s.targets(), s.nonTargets(), s.visits(), death, therapy));
  }

  /** Generated subjects, built. */
  public static Gen<Subject> builtSubjects() {
    return subjects().map(spec -> spec.build());
  }

  /** Cohorts of up to {@code max} generated subjects. */
  public static Gen<List<Subject>> cohorts(int max) {
    return lists().of(builtSubjects()).ofSizeBetween(0, max);
  }

  /** Confirmation required (the default protocol). */
  public static final Protocol CONFIRMED = Protocol.defaults();
  /** Confirmation not required. */
  public static final Protocol UNCONFIRMED = Protocol.defaults().withConfirmation(Confirmation.NOT_REQUIRED);

  /**
   * The protocol options the engine's properties run under: confirmation required or not, PR kept
   * after a PR (persistent PR) or not, SD and up to two NE accepted between confirming visits.
   */
  public static Gen<Protocol> protocols() {
    return arbitrary().pick(List.of(CONFIRMED, UNCONFIRMED, CONFIRMED.withPersistentPartialResponse(true),
        UNCONFIRMED.withPersistentPartialResponse(true),
        CONFIRMED.withAcceptStableDiseaseBetween(true).withMaxNotEvaluableBetween(2)));
  }

  /** A dated sequence of recorded responses: days since the previous one, and the response. */
  public record Recorded(List<Integer> gaps, List<Response> responses) {

    /** The subject with these recorded responses, from reference date {@code reference}. */
    public Subject build(LocalDate reference) {
      Subject.Builder b = Subject.builder("REC").referenceDate(reference);
      LocalDate d = reference;
      for (int i = 0; i < gaps.size(); i++) {
        d = d.plusDays(gaps.get(i));
        b.recorded(d, VisitResponse.of(responses.get(i)));
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

  /** Recorded visit responses, each 7–63 days after the previous one: {@code min} to {@code max} of them. */
  public static Gen<Recorded> recorded(Gen<Response> responses, int min, int max) {
    Gen<Pair<Integer, Response>> visit = range(7, 63).zip(responses, Pair::of);
    return lists().of(visit).ofSizeBetween(min, max).map(list -> new Recorded(
        list.stream().map(p -> p._1).collect(Collectors.toList()),
        list.stream().map(p -> p._2).collect(Collectors.toList())));
  }

  /** Any recorded visit response, weighted towards the common ones. */
  public static Gen<Response> anyRecordedResponse() {
    return frequency(weight(5, Response.PR), weight(5, Response.SD), weight(3, Response.CR),
        weight(2, Response.NON_CR_NON_PD), weight(2, Response.PD), weight(3, Response.NE),
        weight(1, Response.ND));
  }

  /** Any recorded visit response but PD. */
  public static Gen<Response> recordedResponseWithoutProgression() {
    return arbitrary().pick(Response.CR, Response.PR, Response.SD, Response.NON_CR_NON_PD, Response.NE,
        Response.ND);
  }

  // ---- diameters

  /**
   * 1–5 target diameters in tenths of a millimetre, 0.1 to 150 mm each; one list in three of small
   * diameters (0.1 to 10 mm), so that sums under 25 mm, where 5 mm is more than 20 %, are common.
   */
  public static Gen<List<Long>> diametersInTenths() {
    return frequency(weight(2, lists().of(longs().between(1, 1500)).ofSizeBetween(1, 5)),
        weight(1, lists().of(longs().between(1, 100)).ofSizeBetween(1, 5)));
  }

  /** 1–5 target diameters in whole millimetres (10–150 mm), in tenths. */
  public static Gen<List<Long>> wholeMillimetresInTenths() {
    return lists().of(longs().between(10, 150).map(mm -> mm * 10))
        .ofSizeBetween(1, 5);
  }

  // ---- survival

  /** A right-censored sample: times on a coarse grid, each an event or censored. */
  public record SurvivalSample(List<Integer> times, List<Boolean> events) {

    /** The times, as {@code KaplanMeier.of} takes them. */
    public double[] timeArray() {
      return times.stream().mapToDouble(Integer::doubleValue).toArray();
    }

    /** The event indicators, as {@code KaplanMeier.of} takes them. */
    public boolean[] eventArray() {
      boolean[] e = new boolean[events.size()];
      for (int i = 0; i < e.length; i++) {
        e[i] = events.get(i);
      }
      return e;
    }

    /** The same times, every one an event. */
    public SurvivalSample uncensored() {
      return new SurvivalSample(times, Collections.nCopies(times.size(), true));
    }

    /** {@code 3 5+ 7}: a time, {@code +} when censored. */
    @Override
    public String toString() {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < times.size(); i++) {
        s.append(times.get(i)).append(events.get(i) ? "" : "+").append(' ');
      }
      return s.toString().trim();
    }
  }

  /**
   * Right-censored samples of up to 40 observations at whole times 0–30, two in three an event: ties
   * between events and censored times, and curves exactly at 0.5, are common.
   */
  public static Gen<SurvivalSample> survivalSamples() {
    Gen<Pair<Integer, Boolean>> observation = range(0, 30)
        .zip(frequency(weight(2, true), weight(1, false)), Pair::of);
    return lists().of(observation).ofSizeBetween(0, 40).map(list -> new SurvivalSample(
        list.stream().map(p -> p._1).collect(Collectors.toList()),
        list.stream().map(p -> p._2).collect(Collectors.toList())));
  }

  // ---- iRECIST (Rule R14)

  /**
   * A new lesion followed under iRECIST from its first visit on (Rule R14.2): a new-lesion target
   * (NLT, measured, nodal or not) or non-target (NLNT, in a state); equivocal at its first visit now
   * and then (then unequivocal from the next); its size walks by {@code growthPercents}, one a
   * later visit, and it is gone below 2 mm; an NLNT takes {@code states} in turn.
   */
  public record NewLesionTrack(String id, boolean target, boolean nodal, Site site, int firstVisit,
      boolean equivocalFirst, int startTenths, List<Integer> growthPercents,
      List<NonTargetStatus> states) {

    /** The diameter at the {@code k}-th visit of the lesion (0: its first), in tenths. */
    public long tenthsAt(int k) {
      long t = startTenths;
      for (int i = 0; i < k; i++) {
        t = t * (100 + growthPercents.get(i % growthPercents.size())) / 100;
      }
      return t < 20 ? 0 : t;
    }

    /** This lesion with its diameter at its {@code k}-th visit scaled by {@code factor} (0 to 1). */
    NewLesion reportAt(int k, double factor) {
      boolean equivocal = equivocalFirst && k == 0;
      NewLesion l = NewLesion.of(id, site, equivocal ? NewLesionStatus.EQUIVOCAL
          : NewLesionStatus.UNEQUIVOCAL).withNodal(nodal);
      if (target) {
        return l.asTarget(TargetValue.measured(Diameter.ofTenths((long) Math.floor(tenthsAt(k) * factor))));
      }
      return l.withState(states.get(k % states.size()));
    }
  }

  /**
   * A subject under iRECIST: a generated {@link Spec} with its new lesions replaced by new-lesion
   * targets and non-targets followed from their first visit, and symptom-driven visits.
   */
  public record IrecistSpec(Spec base, List<NewLesionTrack> newLesions, List<Boolean> symptomDriven) {

    /** Builds the subject, lesions and assessments in their natural order. */
    public Subject build() {
      return build(0, null, -1, -1, 1);
    }

    /**
     * Builds the subject with every date moved by {@code shiftDays} and, when {@code shuffle} is
     * given, its lesions, assessments and new lesions in a random order.
     */
    public Subject build(long shiftDays, Random shuffle) {
      return build(shiftDays, shuffle, -1, -1, 1);
    }

    /**
     * Builds the subject with new lesion {@code lesion}'s diameter at follow-up {@code visit}
     * scaled by {@code factor} (0 inclusive to 1): a new-lesion target shrunk.
     */
    public Subject shrunk(int lesion, int visit, double factor) {
      return build(0, null, lesion, visit, factor);
    }

    private Subject build(long shiftDays, Random shuffle, int shrinkLesion, int shrinkVisit,
        double factor) {
      Subject s = base.build(shiftDays, shuffle);
      List<LocalDate> dates = base.visitDates().stream().map(d -> d.plusDays(shiftDays))
          .collect(Collectors.toList());
      Subject.Builder b = Subject.builder(s.id()).referenceDate(s.referenceDate());
      s.lesions().forEach(b::lesion);
      for (Assessment a : s.assessments()) {
        int visit = dates.indexOf(a.date());
        if (a.baseline() || visit < 0) {
          b.assessment(a);
          continue;
        }
        Assessment.Builder v = Assessment.builder(a.date());
        a.targets().forEach(v::target);
        a.nonTargets().forEach(v::nonTarget);
        if (a.tumorMarkers() != TumorMarkers.NOT_FOLLOWED) {
          v.tumorMarkers(a.tumorMarkers());
        }
        List<NewLesion> reports = new ArrayList<>(2);
        for (int i = 0; i < newLesions.size(); i++) {
          NewLesionTrack t = newLesions.get(i);
          if (visit >= t.firstVisit()) {
            reports.add(t.reportAt(visit - t.firstVisit(),
                i == shrinkLesion && visit == shrinkVisit ? factor : 1));
          }
        }
        shuffled(reports, shuffle).forEach(v::newLesion);
        v.symptomDriven(symptomDriven.get(visit % symptomDriven.size()));
        b.assessment(v.build());
      }
      s.deathDate().ifPresent(b::deathDate);
      s.newTherapyDate().ifPresent(b::newTherapyDate);
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

  /** An NLNT's state at a visit: mostly present, now and then absent, increased, progressed, NE. */
  public static Gen<NonTargetStatus> newLesionStates() {
    return frequency(weight(10, NonTargetStatus.PRESENT), weight(4, NonTargetStatus.ABSENT),
        weight(3, NonTargetStatus.INCREASED), weight(1, NonTargetStatus.UNEQUIVOCAL_PROGRESSION),
        weight(1, NonTargetStatus.NOT_EVALUABLE));
  }

  /** One new lesion followed under iRECIST, first seen at one of the first four visits. */
  public static Gen<NewLesionTrack> newLesionTracks(String id) {
    Gen<Boolean> target = frequency(weight(6, true), weight(4, false));
    return target.zip(frequency(weight(8, false), weight(2, true)), arbitrary().pick(SITES),
        range(0, 3), frequency(weight(9, false), weight(1, true)),
        (isTarget, nodal, site, first, equivocal) -> new Object[] {isTarget, nodal && isTarget,
            nodal && isTarget ? Site.LYMPH_NODE : site, first, equivocal})
        .zip(range(50, 300), lists().of(frequency(weight(4, range(-40, 0)), weight(4, range(0, 60))))
            .ofSizeBetween(1, 4), lists().of(newLesionStates()).ofSizeBetween(1, 4),
            (h, start, growth, states) -> new NewLesionTrack(id, (Boolean) h[0], (Boolean) h[1],
                (Site) h[2], (Integer) h[3], (Boolean) h[4], start, growth, states));
  }

  /**
   * Valid subjects under iRECIST: a generated subject, 0–2 new lesions followed as NLTs or NLNTs,
   * and one visit in eight symptom-driven.
   */
  public static Gen<IrecistSpec> irecistSubjects() {
    Gen<List<NewLesionTrack>> tracks = frequency(
        weight(3, constant(List.<NewLesionTrack>of())),
        weight(4, newLesionTracks("N1").map(t -> List.of(t))),
        weight(3, newLesionTracks("N1").zip(newLesionTracks("N2"), List::of)));
    return subjects().zip(tracks,
        lists().of(frequency(weight(7, false), weight(1, true))).ofSizeBetween(1, 8),
        IrecistSpec::new);
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
