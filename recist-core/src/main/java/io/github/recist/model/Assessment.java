package io.github.recist.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * One dated imaging assessment of a subject: the baseline, or a follow-up time point.
 *
 * <p>It records each target's value (Rule R4), each non-target's status (Rule R7), the tumour
 * markers, and any new lesions (Rule R8). A target missing from {@link #targets()} was not assessed
 * and counts as not evaluable, as does a missing non-target. Assessments are made by {@link
 * Subject.Builder#baseline} and {@link Subject.Builder#visit}, which check every lesion id as it is
 * named, or by {@link #builder(LocalDate)} for readers.
 */
@Value.Immutable
public abstract class Assessment implements Comparable<Assessment> {

  Assessment() {}

  // Every attribute is a parameter, set by Builder#build in one constructor call: the values
  // recorded and the list built there are taken as they are, not copied again, and no map is made
  // until targets() or nonTargets() is asked for (issue 14).

  /** The date of the imaging. */
  @Value.Parameter
  public abstract LocalDate date();

  /** Whether this is the baseline assessment. */
  @Value.Parameter
  public abstract boolean baseline();

  /**
   * The targets' ids and values in the order recorded, as the builder held them: the assessment's
   * value (equal as {@link #targets()} is), from which the map is made only when asked (issue 14).
   */
  @Value.Parameter
  abstract Recorded<TargetValue> recordedTargets();

  /** The non-targets' ids and statuses in the order recorded, as {@link #recordedTargets()}. */
  @Value.Parameter
  abstract Recorded<NonTargetStatus> recordedNonTargets();

  /**
   * Each assessed target's recorded value, by lesion id, in the order recorded. Made when first
   * asked: the checks and the rules read the values by position ({@link #targetValues}).
   */
  @Value.Lazy
  public ImmutableMap<String, TargetValue> targets() {
    return recordedTargets().map();
  }

  /** Each assessed non-target's status, by lesion id, in the order recorded; made as {@link #targets()}. */
  @Value.Lazy
  public ImmutableMap<String, NonTargetStatus> nonTargets() {
    return recordedNonTargets().map();
  }

  /** The tumour-marker status; {@link TumorMarkers#NOT_FOLLOWED} unless given. */
  @Value.Parameter
  public abstract TumorMarkers tumorMarkers();

  /** The new lesions reported at this time point (including, under iRECIST, those reported gone). */
  @Value.Parameter
  public abstract ImmutableList<NewLesion> newLesions();

  /**
   * Whether the scan was done to investigate a new symptom or sign (Rule R14.5: an early visit of an
   * iUPD run that shows an additional new lesion confirms it). Never true on the baseline.
   */
  @Value.Parameter
  public abstract boolean symptomDriven();

  /**
   * The new lesions seen at this time point: those reported, less those reported gone (an NLT of
   * {@code 0 mm}, an NLNT {@code ABSENT}), which RECIST 1.1 does not count as seen (Rules R8, R9).
   */
  @Value.Lazy
  public ImmutableList<NewLesion> seenNewLesions() {
    ImmutableList<NewLesion> all = newLesions();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).isReportedGone()) {
        ImmutableList.Builder<NewLesion> seen = ImmutableList.builderWithExpectedSize(all.size() - 1);
        for (int j = 0; j < all.size(); j++) {
          if (!all.get(j).isReportedGone()) {
            seen.add(all.get(j));
          }
        }
        return seen.build();
      }
    }
    return all;
  }

  /**
   * How many targets this time point records: the size of {@link #targets()}, with no map made
   * (issue 14).
   */
  public int recordedTargetCount() {
    return recordedTargets().size();
  }

  /**
   * The id of the target recorded at {@code index}, in the order recorded, as {@link #targets()}
   * iterates them, with no map made: for a rule that reads every recorded value of a visit
   * (issue 14).
   *
   * @throws IndexOutOfBoundsException if {@code index} is not below {@link #recordedTargetCount()}
   */
  public String recordedTargetId(int index) {
    return recordedTargets().id(Objects.checkIndex(index, recordedTargetCount()));
  }

  /**
   * The value of the target recorded at {@code index}, in the order recorded: that of {@link
   * #recordedTargetId(int)}.
   *
   * @throws IndexOutOfBoundsException if {@code index} is not below {@link #recordedTargetCount()}
   */
  public TargetValue recordedTargetValue(int index) {
    return recordedTargets().value(Objects.checkIndex(index, recordedTargetCount()));
  }

  /** The recorded value of target {@code lesionId}; not evaluable when it was not assessed. */
  public TargetValue target(String lesionId) {
    TargetValue v = recordedTargets().get(lesionId);
    return v == null ? TargetValue.notEvaluable() : v;
  }

  /** The status of non-target {@code lesionId}; not evaluable when it was not assessed. */
  public NonTargetStatus nonTarget(String lesionId) {
    NonTargetStatus s = recordedNonTargets().get(lesionId);
    return s == null ? NonTargetStatus.NOT_EVALUABLE : s;
  }

  /**
   * The recorded value of each of {@code targets} at this time point, in their order: {@link
   * #target(String)} of each lesion's id, not evaluable where it was not assessed.
   *
   * <p>A subject, when it is built, indexes each of its assessments for its own {@link
   * Subject#targets()}, from the lookups its checks make anyway, so that the rules read a visit's
   * values by position and look nothing up by id (Rules R4–R6, issue 14); for another list the values
   * are looked up when first asked and kept for the list last asked. An unmodifiable list.
   */
  public List<TargetValue> targetValues(List<Lesion> targets) {
    return targetsInOrder(targets);
  }

  /**
   * The largest diameter recorded whole ({@link TargetValue.Kind#MEASURED}) among the values of
   * {@code targets} at this time point ({@link #targetValues}), in tenths of a millimetre; 0 when
   * none was measured whole; -1 when one of them was recorded in fragments, whose size is Rule
   * R4's to count. Found once, as the values are indexed, so that a check of every value against
   * a limit (plausibility) reads one number per time point in the common case (issue 14).
   */
  public long largestWholeDiameterTenths(List<Lesion> targets) {
    return targetsInOrder(targets).largestWhole;
  }

  private InOrder<TargetValue> targetsInOrder(List<Lesion> targets) {
    InOrder<TargetValue> made = targetsInOrder;
    if (made == null || made.lesions != targets) {
      made = InOrder.lookedUp(targets, this::target);
      targetsInOrder = made;
    }
    return made;
  }

  /**
   * The status of each of {@code nonTargets} at this time point, in their order: {@link
   * #nonTarget(String)} of each lesion's id, not evaluable where it was not assessed; indexed as
   * {@link #targetValues} is (Rule R7). An unmodifiable list.
   */
  public List<NonTargetStatus> nonTargetStatuses(List<Lesion> nonTargets) {
    InOrder<NonTargetStatus> made = nonTargetsInOrder;
    if (made == null || made.lesions != nonTargets) {
      made = InOrder.lookedUp(nonTargets, this::nonTarget);
      nonTargetsInOrder = made;
    }
    return made;
  }

  /**
   * Keeps the values of {@link #targetValues} and {@link #nonTargetStatuses} for a subject's
   * targets and non-targets, as its checks found them by position; a position not assessed is
   * null in the arrays, which are kept as they are: the caller gives them up.
   */
  void indexFor(List<Lesion> targets, Object[] values, List<Lesion> nonTargets,
      Object[] statuses) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        values[i] = TargetValue.notEvaluable();
      }
    }
    for (int i = 0; i < statuses.length; i++) {
      if (statuses[i] == null) {
        statuses[i] = NonTargetStatus.NOT_EVALUABLE;
      }
    }
    targetsInOrder = new InOrder<>(targets, values);
    nonTargetsInOrder = new InOrder<>(nonTargets, statuses);
  }

  /**
   * Values in the order of a list of lesions, for that list (compared by identity): an
   * unmodifiable list over an array that nothing changes once it is made. Held in a field racy
   * like {@link String#hashCode()}: a reader sees a whole list (final fields) or none, and a list
   * for another list of lesions is made again, never read.
   */
  private static final class InOrder<V> extends AbstractList<V> implements RandomAccess {
    final List<Lesion> lesions;
    private final Object[] values;
    /** Of target values, {@link #largestWholeDiameterTenths}; -1 for statuses. */
    final long largestWhole;

    InOrder(List<Lesion> lesions, Object[] values) {
      this.lesions = lesions;
      this.values = values;
      this.largestWhole = largestWhole(values);
    }

    /**
     * The largest diameter of the values measured whole, 0 when none is; -1 when a value is in
     * fragments or the values are not target values.
     */
    private static long largestWhole(Object[] values) {
      long largest = 0;
      for (Object o : values) {
        if (!(o instanceof TargetValue)) {
          return -1;
        }
        TargetValue v = (TargetValue) o;
        TargetValue.Kind kind = v.kind();
        if (kind == TargetValue.Kind.MEASURED) {
          largest = Math.max(largest, v.diameter().tenths());
        } else if (kind == TargetValue.Kind.FRAGMENTS) {
          return -1;
        }
      }
      return largest;
    }

    /** The value of each of {@code lesions}, looked up by its id. */
    static <V> InOrder<V> lookedUp(List<Lesion> lesions, Function<String, V> byId) {
      Object[] values = new Object[lesions.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = byId.apply(lesions.get(i).id());
      }
      return new InOrder<>(lesions, values);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(int index) {
      return (V) values[index];
    }

    @Override
    public int size() {
      return values.length;
    }
  }

  private InOrder<TargetValue> targetsInOrder;
  private InOrder<NonTargetStatus> nonTargetsInOrder;

  /** A builder of the follow-up assessment on {@code date}; lesion ids are checked when the subject is built. */
  public static Builder builder(LocalDate date) {
    return new Builder(null, date, false);
  }

  /** A builder of the baseline assessment on {@code date}; lesion ids are checked when the subject is built. */
  public static Builder baselineBuilder(LocalDate date) {
    return new Builder(null, date, true);
  }

  /** Orders assessments by date. */
  @Override
  public int compareTo(Assessment other) {
    return date().compareTo(other.date());
  }

  /** Prints as {@code 2018-02-07 {T1=20 mm, T2=9 mm} {NT1=PRESENT} new [N1 (equivocal, LIVER)]}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder().append(date());
    if (baseline()) {
      s.append(" baseline");
    }
    if (recordedTargets().size() > 0) {
      s.append(' ').append(targets());
    }
    if (recordedNonTargets().size() > 0) {
      s.append(' ').append(nonTargets());
    }
    if (tumorMarkers() != TumorMarkers.NOT_FOLLOWED) {
      s.append(" markers ").append(tumorMarkers());
    }
    if (!newLesions().isEmpty()) {
      s.append(" new ").append(newLesions());
    }
    if (symptomDriven()) {
      s.append(" symptom-driven");
    }
    return s.toString();
  }

  /**
   * Builds one assessment in the words of a radiology report: {@code measure("T1", 20)},
   * {@code tooSmall("T2")}, {@code present("NT1")}, {@code newLesion("N1", Site.LIVER)}.
   *
   * <p>Inside {@link Subject.Builder} every call checks at once that the lesion was declared with the
   * right role and was not recorded twice, and a failure names the subject, the date and the lesion.
   */
  public static final class Builder {
    private final Subject.Builder subject;
    private final LocalDate date;
    private final boolean baseline;
    /**
     * The targets' ids and values in the order recorded, as the map {@link #build} makes; null
     * until the first, and given to the assessment built as it is (a value recorded after that
     * goes into a copy).
     */
    private Recorded<TargetValue> targets;
    private Recorded<NonTargetStatus> nonTargets;
    /** Null until the first new lesion. */
    private ImmutableList.Builder<NewLesion> newLesions;
    private TumorMarkers tumorMarkers;
    private boolean symptomDriven;

    Builder(Subject.Builder subject, LocalDate date, boolean baseline) {
      if (date == null) {
        throw new NullPointerException("an assessment needs a date");
      }
      this.subject = subject;
      this.date = date;
      this.baseline = baseline;
    }

    /** Records target {@code lesionId} as measured: {@code millimetres}, at most one decimal; 0 means gone. */
    public Builder measure(String lesionId, double millimetres) {
      Diameter d;
      try {
        d = Diameter.ofMillimetres(millimetres);
      } catch (IllegalArgumentException e) {
        throw fail(lesionId, e.getMessage());
      }
      return target(lesionId, TargetValue.measured(d));
    }

    /** Records target {@code lesionId} as measured. */
    public Builder measure(String lesionId, Diameter diameter) {
      return target(lesionId, TargetValue.measured(diameter));
    }

    /** Records target {@code lesionId} as disappeared: 0 mm (Rule R4). */
    public Builder disappeared(String lesionId) {
      return target(lesionId, TargetValue.disappeared());
    }

    /** Records target {@code lesionId} as present but too small to measure: it counts 5 mm (Rule R4). */
    public Builder tooSmall(String lesionId) {
      return target(lesionId, TargetValue.tooSmallToMeasure());
    }

    /** Records target {@code lesionId} as not evaluable at this time point. */
    public Builder notEvaluable(String lesionId) {
      return target(lesionId, TargetValue.notEvaluable());
    }

    /** Records that target {@code lesionId} split into fragments of these diameters, in mm (Rule R4). */
    public Builder split(String lesionId, double... fragmentMillimetres) {
      ImmutableList.Builder<Diameter> list = ImmutableList.builder();
      try {
        for (double f : fragmentMillimetres) {
          list.add(Diameter.ofMillimetres(f));
        }
        return target(lesionId, TargetValue.fragments(list.build()));
      } catch (InvalidSubjectException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw fail(lesionId, e.getMessage());
      }
    }

    /** Records that target {@code lesionId} coalesced into target {@code intoLesionId} (Rule R4). */
    public Builder mergedInto(String lesionId, String intoLesionId) {
      return target(lesionId, TargetValue.mergedInto(intoLesionId));
    }

    /**
     * Records target {@code lesionId}'s value.
     *
     * @throws InvalidSubjectException if the lesion is not a declared target, or was already recorded
     */
    public Builder target(String lesionId, TargetValue value) {
      if (subject != null) {
        subject.checkLesion(date, lesionId, LesionRole.TARGET);
        if (value.kind() == TargetValue.Kind.MERGED) {
          subject.checkMergeTarget(date, lesionId, value.mergedIntoId());
        }
      }
      targets = Recorded.toAddTo(targets);
      if (!targets.add(lesionId, value)) {
        throw fail(lesionId, "target recorded twice at this time point");
      }
      return this;
    }

    /** Records non-target {@code lesionId} as present. */
    public Builder present(String lesionId) {
      return nonTarget(lesionId, NonTargetStatus.PRESENT);
    }

    /** Records non-target {@code lesionId} as absent. */
    public Builder absent(String lesionId) {
      return nonTarget(lesionId, NonTargetStatus.ABSENT);
    }

    /** Records unequivocal progression of non-target {@code lesionId} (Rule R7). */
    public Builder progressed(String lesionId) {
      return nonTarget(lesionId, NonTargetStatus.UNEQUIVOCAL_PROGRESSION);
    }

    /** Records non-target {@code lesionId} as not evaluable. */
    public Builder nonTargetNotEvaluable(String lesionId) {
      return nonTarget(lesionId, NonTargetStatus.NOT_EVALUABLE);
    }

    /**
     * Records non-target {@code lesionId}'s status.
     *
     * @throws InvalidSubjectException if the lesion is not a declared non-target, or was already recorded
     */
    public Builder nonTarget(String lesionId, NonTargetStatus status) {
      if (subject != null) {
        subject.checkLesion(date, lesionId, LesionRole.NON_TARGET);
      }
      nonTargets = Recorded.toAddTo(nonTargets);
      if (!nonTargets.add(lesionId, status)) {
        throw fail(lesionId, "non-target recorded twice at this time point");
      }
      return this;
    }

    /** Records normal (true) or abnormal (false) tumour markers (Rule R7.4). */
    public Builder tumorMarkersNormal(boolean normal) {
      return tumorMarkers(TumorMarkers.ofNormal(normal));
    }

    /**
     * Records the tumour-marker status.
     *
     * @throws InvalidSubjectException if it was already recorded
     */
    public Builder tumorMarkers(TumorMarkers markers) {
      if (tumorMarkers != null) {
        throw fail(null, "tumour markers recorded twice at this time point");
      }
      tumorMarkers = markers;
      return this;
    }

    /** Records an unequivocal new lesion: progression (Rule R8). */
    public Builder newLesion(String lesionId, Site site) {
      return newLesion(NewLesion.unequivocal(lesionId, site));
    }

    /** Records an equivocal new lesion (Rule R8). */
    public Builder equivocalNewLesion(String lesionId, Site site) {
      return newLesion(NewLesion.equivocal(lesionId, site));
    }

    /**
     * Records a new lesion.
     *
     * @throws InvalidSubjectException if this is the baseline, or the id is a baseline lesion's
     */
    public Builder newLesion(NewLesion lesion) {
      if (subject != null) {
        subject.checkNewLesion(date, baseline, lesion.id());
      }
      if (newLesions == null) {
        newLesions = ImmutableList.builder();
      }
      newLesions.add(lesion);
      return this;
    }

    /**
     * Records that the scan was done to investigate a new symptom or sign (Rule R14.5).
     *
     * @throws InvalidSubjectException if this is the baseline
     */
    public Builder symptomDriven() {
      return symptomDriven(true);
    }

    /**
     * Records whether the scan was done to investigate a new symptom or sign (Rule R14.5).
     *
     * @throws InvalidSubjectException if {@code symptomDriven} is true on the baseline
     */
    public Builder symptomDriven(boolean symptomDriven) {
      if (symptomDriven && baseline) {
        throw fail(null, SubjectChecks.SYMPTOM_DRIVEN_BASELINE);
      }
      this.symptomDriven = symptomDriven;
      return this;
    }

    /** Records an unequivocal new lesion measured as a new-lesion target (NLT, Rule R14.2). */
    public Builder newLesionTarget(String lesionId, Site site, TargetValue diameter) {
      return newLesion(newLesion(lesionId, () -> NewLesion.unequivocal(lesionId, site).asTarget(diameter)));
    }

    /** Records an unequivocal new lesion followed as a new-lesion non-target (NLNT) in {@code state} (Rule R14.2). */
    public Builder newLesionNonTarget(String lesionId, Site site, NonTargetStatus state) {
      return newLesion(newLesion(lesionId, () -> NewLesion.unequivocal(lesionId, site).withState(state)));
    }

    private NewLesion newLesion(String lesionId, java.util.function.Supplier<NewLesion> make) {
      try {
        return make.get();
      } catch (IllegalArgumentException e) {
        throw fail(lesionId, e.getMessage());
      }
    }

    private InvalidSubjectException fail(String lesionId, String message) {
      return new InvalidSubjectException(Problem.error(
          subject == null ? "" : subject.id(), date, lesionId, message));
    }

    /** The assessment as built so far. */
    public Assessment build() {
      return ImmutableAssessment.of(date, baseline, Recorded.given(targets),
          Recorded.given(nonTargets),
          tumorMarkers == null ? TumorMarkers.NOT_FOLLOWED : tumorMarkers,
          newLesions == null ? ImmutableList.of() : newLesions.build(), symptomDriven);
    }
  }

  /**
   * Values by lesion id in the order recorded, each id once: a few parallel arrays searched in
   * place while small (an assessment records a handful of lesions), with a set of the ids beside
   * them once large, so that a builder neither hashes nor copies a map. {@link #given} hands the
   * builder's own to the assessment built, which holds it as it is; a builder that adds after that
   * adds to a copy ({@link #toAddTo}), whose arrays are copied at its first value, so that nothing
   * built ever changes (issue 14: no second object per assessment and kind, none at all for a kind
   * not recorded). Equal, and hashed, as {@link #map()} is (whatever the order).
   */
  static final class Recorded<V> {
    private static final int SCANNED = 16;
    private String[] ids;
    private Object[] values;
    private int size;
    private Set<String> seen;
    /** Whether the arrays are held by a built assessment (or this is one's). */
    private boolean shared;
    /** The map, made when first asked (a race makes equal maps). */
    private ImmutableMap<String, V> map;

    private static final String[] NO_IDS = {};
    private static final Object[] NO_VALUES = {};
    /** Nothing recorded, for every assessment that records nothing of a kind. */
    private static final Recorded<?> NONE = new Recorded<>().freeze();
    /** Whether an assessment holds this: it never changes again. */
    private boolean given;

    /** {@code recorded} to hand to an assessment: held by it from now on. */
    @SuppressWarnings("unchecked")
    static <V> Recorded<V> given(Recorded<V> recorded) {
      return recorded == null ? (Recorded<V>) NONE : recorded.freeze();
    }

    /** {@code recorded}, or a new one when there is none, or a copy when an assessment holds it. */
    static <V> Recorded<V> toAddTo(Recorded<V> recorded) {
      if (recorded == null) {
        return new Recorded<>();
      }
      return recorded.given ? recorded.copy() : recorded;
    }

    private Recorded<V> freeze() {
      given = true;
      return this;
    }

    /** A copy to add to, sharing the arrays until its first value. */
    private Recorded<V> copy() {
      Recorded<V> copy = new Recorded<>(ids, values, size);
      if (seen != null) {
        copy.seen = new HashSet<>(seen);
      }
      return copy;
    }

    /** Empty, with no arrays until the first value: most visits record no non-targets, or no targets. */
    Recorded() {
      ids = NO_IDS;
      values = NO_VALUES;
    }

    private Recorded(String[] ids, Object[] values, int size) {
      this.ids = ids;
      this.values = values;
      this.size = size;
      this.shared = true;
    }

    /** Adds {@code id}'s value; false (and nothing added) when {@code id} has one already. */
    boolean add(String id, V value) {
      if (seen != null) {
        if (!seen.add(id)) {
          return false;
        }
      } else {
        if (indexOf(id) >= 0) {
          return false;
        }
        if (size == SCANNED) {
          seen = new HashSet<>(Arrays.asList(ids).subList(0, size));
          seen.add(id);
        }
      }
      if (size == ids.length || shared) {
        grow();
      }
      ids[size] = id;
      values[size] = value;
      size++;
      return true;
    }

    /**
     * Arrays of their own with room for one more: four at the first value (new arrays, not a copy
     * of the empty ones), twice as many when full; out of line (issue 14).
     */
    private void grow() {
      if (size == 0) {
        ids = new String[4];
        values = new Object[4];
      } else {
        int length = size == ids.length ? size * 2 : ids.length;
        ids = Arrays.copyOf(ids, length);
        values = Arrays.copyOf(values, length);
      }
      shared = false;
    }

    int size() {
      return size;
    }

    /** The id recorded at {@code index}, in the order recorded. */
    String id(int index) {
      return ids[index];
    }

    /** The value recorded at {@code index}, in the order recorded. */
    @SuppressWarnings("unchecked")
    V value(int index) {
      return (V) values[index];
    }

    private int indexOf(String id) {
      for (int i = 0; i < size; i++) {
        if (ids[i].equals(id)) {
          return i;
        }
      }
      return -1;
    }

    /** The value of {@code id}, or null. */
    V get(String id) {
      if (size > SCANNED) {
        return map().get(id);
      }
      int i = indexOf(id);
      return i < 0 ? null : value(i);
    }

    @SuppressWarnings("unchecked")
    ImmutableMap<String, V> map() {
      ImmutableMap<String, V> m = map;
      if (m == null) {
        switch (size) {
          case 0:
            m = ImmutableMap.of();
            break;
          case 1:
            m = ImmutableMap.of(ids[0], (V) values[0]);
            break;
          default:
            ImmutableMap.Builder<String, V> b = ImmutableMap.builderWithExpectedSize(size);
            for (int i = 0; i < size; i++) {
              b.put(ids[i], (V) values[i]);
            }
            m = b.buildOrThrow();
        }
        map = m;
      }
      return m;
    }

    @Override
    public boolean equals(Object o) {
      return o == this || o instanceof Recorded && map().equals(((Recorded<?>) o).map());
    }

    @Override
    public int hashCode() {
      int h = 0;
      for (int i = 0; i < size; i++) {
        h += ids[i].hashCode() ^ values[i].hashCode();
      }
      return h;
    }

    @Override
    public String toString() {
      return map().toString();
    }
  }
}
