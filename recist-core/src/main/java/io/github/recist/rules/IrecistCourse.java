package io.github.recist.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.recist.model.Assessment;
import io.github.recist.model.Diameter;
import io.github.recist.model.IrecistResponse;
import io.github.recist.model.NewLesion;
import io.github.recist.model.NonTargetStatus;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.model.Subject;
import io.github.recist.model.TargetValue;
import io.github.recist.result.NewLesionFinding;
import io.github.recist.result.TimepointResult;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A subject's course under iRECIST (Rule R14): the RECIST 1.1 {@link Course} over the counted
 * visits (baseline, R5 nadir; {@link #recist()}, of which it keeps the nadir from visit to visit)
 * and what R14 adds, as an immutable value that {@link IrecistCriteria} reads and replaces after
 * each visit.
 *
 * <p>It holds the new lesions recorded so far (R14.2: new-lesion targets and non-targets, first
 * seen, last report), the new-lesion target (NLT) nadir, the open run if any (R14.4: its anchor's
 * date, triggers, target sum, NLT sum, recorded lesions and baseline-disease response), the
 * previous counted visit (R14.5, R14.6.2), the first counted iCR ("had reached CR", R14), and the
 * date of iCPD (R14.10). Each open reading of R14 is one named method here, citing its {@link
 * IrecistConvention}:
 *
 * <ul>
 *   <li>{@link #completeResponseSince()}: {@link IrecistConvention#HAD_REACHED_ICR};
 *   <li>{@link #newLesionTargetNadir()}: {@link IrecistConvention#NLT_NADIR_SINCE_LAST_ADDED};
 *   <li>{@link #isDisregarded}: the early visits of R14.5;
 *   <li>{@link #pendingAdditional()}: {@link IrecistConvention#DISREGARDED_LESION_ADDITIONAL_LATER};
 *   <li>{@link #isLateFirstCountedVisit}: {@link IrecistConvention#LATE_NEXT_VISIT_COUNTS};
 *   <li>{@link #run()}: the anchor of {@link IrecistConvention#FIRST_IUPD};
 *   <li>{@link Run#improvedSince}: {@link IrecistConvention#IMPROVED_SINCE_IUPD}.
 * </ul>
 */
public final class IrecistCourse {

  /** The categories of RECIST 1.1 progression that open an iUPD run (Rule R14.4). */
  public enum Trigger {
    /** R14.4.1: the target response is PD. */
    TARGET("target response PD (R14.4.1)"),
    /** R14.4.2: the non-target response is PD. */
    NON_TARGET("non-target response PD (R14.4.2)"),
    /** R14.4.3: a new lesion appeared, or a recorded one is present again after iCR. */
    NEW_LESION_APPEARANCE("new lesion appearance (R14.4.3)"),
    /** R14.4.4: the NLT sum is PD against its nadir, or a new-lesion non-target progressed. */
    NEW_LESION_PROGRESSION("new-lesion progression (R14.4.4)");

    private final String description;

    Trigger(String description) {
      this.description = description;
    }

    /** Prints as the category with its rule, {@code target response PD (R14.4.1)}. */
    @Override
    public String toString() {
      return description;
    }
  }

  /** An open iUPD run and its anchor, the visit of its first iUPD (Rules R14.4, R14.6.1). */
  public static final class Run {
    private final LocalDate iupdDate;
    private final ImmutableSet<Trigger> triggers;
    /** The anchor's sums in tenths of a millimetre, -1 when none (no {@code Long} per run). */
    private final long anchorTargetTenths;
    private final long anchorNewLesionTargetTenths;
    private final ImmutableSet<String> recordedAtAnchor;
    private final Response anchorBaselineDisease;
    private final int countedVisits;

    /** A run of these values, the anchor's sums null when none. */
    Run(LocalDate iupdDate, ImmutableSet<Trigger> triggers, Long anchorTargetTenths,
        Long anchorNewLesionTargetTenths, ImmutableSet<String> recordedAtAnchor,
        Response anchorBaselineDisease, int countedVisits) {
      this(iupdDate, triggers, anchorTargetTenths == null ? -1 : anchorTargetTenths,
          anchorNewLesionTargetTenths == null ? -1 : anchorNewLesionTargetTenths,
          recordedAtAnchor, anchorBaselineDisease, countedVisits);
    }

    private Run(LocalDate iupdDate, ImmutableSet<Trigger> triggers, long anchorTargetTenths,
        long anchorNewLesionTargetTenths, ImmutableSet<String> recordedAtAnchor,
        Response anchorBaselineDisease, int countedVisits) {
      this.iupdDate = iupdDate;
      this.triggers = triggers;
      this.anchorTargetTenths = anchorTargetTenths;
      this.anchorNewLesionTargetTenths = anchorNewLesionTargetTenths;
      this.recordedAtAnchor = recordedAtAnchor;
      this.anchorBaselineDisease = anchorBaselineDisease;
      this.countedVisits = countedVisits;
    }

    /** The date of the run's first iUPD, its anchor (Convention FIRST_IUPD, R14.6.1). */
    public LocalDate iupdDate() {
      return iupdDate;
    }

    /** The categories that opened the run (R14.4). */
    public ImmutableSet<Trigger> triggers() {
      return triggers;
    }

    /** The anchor's target sum in tenths of a mm (a partial sum if that was all), or empty. */
    public Optional<Long> anchorTargetTenths() {
      return anchorTargetTenths < 0 ? Optional.empty() : Optional.of(anchorTargetTenths);
    }

    /** The anchor's NLT sum in tenths of a mm, or empty when it had none or one was NE. */
    public Optional<Long> anchorNewLesionTargetTenths() {
      return anchorNewLesionTargetTenths < 0 ? Optional.empty()
          : Optional.of(anchorNewLesionTargetTenths);
    }

    /** The ids of the new lesions recorded up to and including the anchor (R14.6.3). */
    public ImmutableSet<String> recordedAtAnchor() {
      return recordedAtAnchor;
    }

    /** The anchor's baseline-disease response (R14.3). */
    public Response anchorBaselineDisease() {
      return anchorBaselineDisease;
    }

    /** How many counted visits of the run came after its anchor. */
    public int countedVisits() {
      return countedVisits;
    }

    Run counted() {
      return new Run(iupdDate, triggers, anchorTargetTenths, anchorNewLesionTargetTenths,
          recordedAtAnchor, anchorBaselineDisease, countedVisits + 1);
    }

    /**
     * Whether the baseline disease has improved since the anchor (Convention {@code
     * IMPROVED_SINCE_IUPD}, R14.7.2): the target sum, every target evaluated, is below the anchor's;
     * or the baseline-disease response ranks better than at the anchor (CR &gt; PR &gt; SD; CR &gt;
     * NON_CR_NON_PD; any of them better than a PD anchor; nothing is better than an NE anchor).
     */
    public boolean improvedSince(SumOfDiameters.TargetSum sum, Response baselineDisease) {
      if (sum != null && sum.complete() && sum.evaluatedCount() > 0 && anchorTargetTenths >= 0
          && sum.tenths() < anchorTargetTenths) {
        return true;
      }
      int now = rank(baselineDisease);
      int then = rank(anchorBaselineDisease);
      return now >= 0 && then >= 0 && now < then;
    }

    /** CR 0, PR 1, SD and NON_CR_NON_PD 2, PD 3; NE -1: never improved upon, never an improvement. */
    private static int rank(Response r) {
      switch (r) {
        case CR: return 0;
        case PR: return 1;
        case SD: case NON_CR_NON_PD: return 2;
        case PD: return 3;
        default: return -1;
      }
    }

    @Override
    public String toString() {
      return "run of " + iupdDate + " " + triggers;
    }
  }

  /**
   * What one visit shows of the new lesions, read against the lesions recorded before it (Rule
   * R14.2): the recorded ones as reported (missing reports NE), the ones appearing, the NLT sum.
   */
  public static final class NewLesionsAt {
    /**
     * What a visit shows when it reports no new lesion and none is followed: nothing, made once
     * (the common visit, issue 14).
     */
    static final NewLesionsAt NONE = new NewLesionsAt(null, ImmutableMap.of(), ImmutableList.of(),
        ImmutableList.of(), false, false);

    /** The visit read, or null for {@link #NONE}. */
    private final Assessment visit;

    /**
     * Whether this is {@link #NONE}: nothing reported at the visit, nothing followed, every list
     * empty; the rules of new lesions skip it at once, as most visits show it (issue 14).
     */
    boolean isNone() {
      return this == NONE;
    }
    private final ImmutableMap<String, NewLesion> lesions;
    private final ImmutableList<String> additional;
    private final ImmutableList<String> notReported;
    private final ImmutableList<String> notEvaluable;
    private final ImmutableList<String> showingDisease;
    private final ImmutableList<String> increased;
    private final ImmutableList<String> progressed;
    private final boolean hasTargets;
    private final boolean addsTarget;
    private final long targetTenths;
    private final ImmutableList<String> targetsNotEvaluable;
    private final NewLesionFinding finding;

    NewLesionsAt(Assessment visit, ImmutableMap<String, NewLesion> lesions,
        ImmutableList<String> additional, ImmutableList<String> notReported,
        boolean unequivocalSeen, boolean equivocalSeen) {
      this.visit = visit;
      this.lesions = lesions;
      this.additional = additional;
      this.notReported = notReported;
      List<String> ne = new ArrayList<>(0);
      List<String> disease = new ArrayList<>(0);
      List<String> inc = new ArrayList<>(0);
      List<String> up = new ArrayList<>(0);
      List<String> targetNe = new ArrayList<>(0);
      boolean targets = false;
      boolean adds = false;
      long sum = 0;
      for (Map.Entry<String, NewLesion> e : lesions.entrySet()) {
        String id = e.getKey();
        NewLesion l = e.getValue();
        boolean reported = !notReported.contains(id);
        if (l.isTarget()) {
          targets = true;
          adds |= additional.contains(id);
          TargetValue v = reported ? l.diameter().get() : TargetValue.notEvaluable();
          if (!v.isEvaluated()) {
            ne.add(id);
            targetNe.add(id);
            continue;
          }
          long counted = RecordedValues.countedTenths(v);
          sum += counted;
          if (l.nodal() ? counted >= TargetResponse.NORMAL_NODE_SHORT_AXIS.tenths() : counted > 0) {
            disease.add(id);
          }
        } else {
          NonTargetStatus s = reported ? l.nonTargetState() : NonTargetStatus.NOT_EVALUABLE;
          switch (s) {
            case NOT_EVALUABLE: ne.add(id); break;
            case ABSENT: break;
            case INCREASED: inc.add(id); disease.add(id); break;
            case UNEQUIVOCAL_PROGRESSION: up.add(id); disease.add(id); break;
            default: disease.add(id); break;
          }
        }
      }
      this.notEvaluable = ImmutableList.copyOf(ne);
      this.showingDisease = ImmutableList.copyOf(disease);
      this.increased = ImmutableList.copyOf(inc);
      this.progressed = ImmutableList.copyOf(up);
      this.hasTargets = targets;
      this.addsTarget = adds;
      this.targetTenths = sum;
      this.targetsNotEvaluable = ImmutableList.copyOf(targetNe);
      boolean any = !disease.isEmpty() || !ne.isEmpty() || unequivocalSeen;
      this.finding = any ? NewLesionFinding.UNEQUIVOCAL
          : equivocalSeen ? NewLesionFinding.EQUIVOCAL : NewLesionFinding.NONE;
    }

    /** Every new lesion followed at this visit (recorded before, or appearing), as reported. */
    public ImmutableMap<String, NewLesion> lesions() {
      return lesions;
    }

    /**
     * The unequivocal new lesions not recorded at any earlier counted visit: those appearing here,
     * and those first seen on a disregarded visit (R14.4.3, R14.6.4, R14.5).
     */
    public ImmutableList<String> additional() {
      return additional;
    }

    /** The recorded new lesions that this visit does not report: NE here (R14.2). */
    public ImmutableList<String> notReported() {
      return notReported;
    }

    /** The followed new lesions that are NE here, reported so or not reported (R14.2). */
    public ImmutableList<String> notEvaluable() {
      return notEvaluable;
    }

    /**
     * The followed new lesions that show disease: an NLT above 0 mm (a nodal one 10 mm or more), an
     * NLNT present, increased or unequivocally progressed (R14.9: not gone).
     */
    public ImmutableList<String> showingDisease() {
      return showingDisease;
    }

    /** The followed NLNTs recorded {@code INCREASED} here (R14.6.3). */
    public ImmutableList<String> increased() {
      return increased;
    }

    /** The followed NLNTs showing unequivocal progression here (R14.4.4, R14.6.3). */
    public ImmutableList<String> progressed() {
      return progressed;
    }

    /** Whether any new-lesion target is followed. */
    public boolean hasTargets() {
      return hasTargets;
    }

    /** Whether a new-lesion target is first recorded here (its set differs from the nadir's). */
    public boolean addsTarget() {
      return addsTarget;
    }

    /**
     * The NLT sum in tenths of a mm, with R5 arithmetic (R14.2); empty without NLTs or when one is
     * NE.
     */
    public Optional<Long> targetTenths() {
      return hasTargets && targetsNotEvaluable.isEmpty() ? Optional.of(targetTenths)
          : Optional.empty();
    }

    /** The NLTs that are NE here, making the NLT sum NE (R14.2). */
    public ImmutableList<String> targetsNotEvaluable() {
      return targetsNotEvaluable;
    }

    /**
     * The new-lesion finding reported for the visit: {@code UNEQUIVOCAL} while a followed new lesion
     * is present or NE (or an unequivocal one is seen), else {@code EQUIVOCAL} or {@code NONE} as
     * in R8.
     */
    public NewLesionFinding finding() {
      return finding;
    }
  }


  /**
   * The subject and its new lesions as recorded so far: one object that the courses of a subject
   * share until a visit records or leaves pending a new lesion, so that a course is small and made
   * with few stores (issue 14).
   */
  private static final class Book {
    final Subject subject;
    /**
     * The RECIST 1.1 course at the baseline ({@link Course#atBaseline}): the baseline sum, and the
     * start from which {@link #recist()} replays the counted visits.
     */
    final Course atBaseline;
    /** The subject's follow-ups, read at every visit without the subject's lazy value. */
    final List<Assessment> followUps;
    /**
     * Whether no follow-up of the subject reports a new lesion ({@link Subject#hasNewLesions()}):
     * then none is ever recorded, pending or followed, and every visit shows {@link
     * NewLesionsAt#NONE} (the common subject; issue 14).
     */
    final boolean noNewLesions;
    final ImmutableMap<String, NewLesion> recorded;
    final ImmutableMap<String, LocalDate> firstSeen;
    final ImmutableMap<String, NewLesion> pending;
    final ImmutableMap<String, LocalDate> backdated;
    /**
     * The NLT nadir in tenths of a millimetre ({@link IrecistCourse#newLesionTargetNadir()}), null
     * when there is none: it changes only with new-lesion targets, so in the book rather than in
     * every course (a course in 40 bytes; issue 14).
     */
    final Long newLesionTargetNadir;
    /**
     * What a course of this book last made for the counted visit it classifies, kept so that
     * {@link IrecistCourse#after} does not make it again: the visit's new lesions ({@link
     * IrecistCourse#newLesionsAt}), a {@link NewLesionsAt}, which depends on the book and the visit
     * alone; or those and the visit's triggers ({@link IrecistCourse#triggerSet}), a {@link
     * TriggersMade}, which names the course it was made on. One field, racy like {@link
     * String#hashCode()}: each value is immutable and names what it was made of; in the book
     * rather than in every course (issue 14).
     */
    Object made;

    Book(Subject subject, Course atBaseline, ImmutableMap<String, NewLesion> recorded,
        ImmutableMap<String, LocalDate> firstSeen, ImmutableMap<String, NewLesion> pending,
        ImmutableMap<String, LocalDate> backdated, Long newLesionTargetNadir) {
      this.subject = subject;
      this.atBaseline = atBaseline;
      // no subject: the book of the course of no subject that plainTriggerSets asks
      this.followUps = subject == null ? List.of() : subject.followUps();
      this.noNewLesions = subject == null || !subject.hasNewLesions();
      this.recorded = recorded;
      this.firstSeen = firstSeen;
      this.pending = pending;
      this.backdated = backdated;
      this.newLesionTargetNadir = newLesionTargetNadir;
    }

    /** This book with these new lesions and NLT nadir, itself when they are its own. */
    Book with(ImmutableMap<String, NewLesion> recorded, ImmutableMap<String, LocalDate> firstSeen,
        ImmutableMap<String, NewLesion> pending, Long newLesionTargetNadir) {
      return recorded == this.recorded && firstSeen == this.firstSeen && pending == this.pending
          && Objects.equals(newLesionTargetNadir, this.newLesionTargetNadir) ? this
          : new Book(subject, atBaseline, recorded, firstSeen, pending, backdated,
              newLesionTargetNadir);
    }
  }

  private final Book book;
  private final int next;
  /**
   * The RECIST 1.1 nadir over the counted visits (R5, R14.8), null without targets: the one value
   * of the RECIST 1.1 course that changes from visit to visit here, kept instead of a {@link
   * Course} per visit (issue 14; {@link #recist()} makes that course when asked).
   */
  private final Diameter nadirSum;
  private final LocalDate completeResponse;
  /**
   * The open run ({@link Run}), or the date of iCPD once confirmed ({@link LocalDate}; no run is
   * open after it, R14.10), or null: one field for the two, and the last counted visit found on
   * the links ({@link #previousCounted()}), so that a course is 40 bytes (issue 14); both, should
   * a caller's result bring an iCPD into an open run, in a {@link RunAndIcpd}.
   */
  private final Object runOrIcpd;
  /** The result of the last visit classified, null at the baseline. */
  private final TimepointResult lastResult;
  /**
   * The course before {@link #lastResult}, null at the baseline: the courses link the visits so
   * far ({@link #visits()}), with no other object per visit.
   */
  private final IrecistCourse before;

  private IrecistCourse(Book book, int next, Diameter nadirSum, LocalDate completeResponse,
      Run run, LocalDate icpdDate, TimepointResult lastResult, IrecistCourse before) {
    this.book = book;
    this.next = next;
    this.nadirSum = nadirSum;
    this.completeResponse = completeResponse;
    this.runOrIcpd = icpdDate == null ? run
        : run == null ? icpdDate : new RunAndIcpd(run, icpdDate);
    this.lastResult = lastResult;
    this.before = before;
  }

  /**
   * The course of {@code subject} at its baseline: the RECIST 1.1 course ({@link
   * Course#atBaseline}), no new lesion recorded, no run, and the equivocal new lesions that a later
   * visit before any new therapy shows unequivocally, to be read as unequivocal from their first
   * appearance (R14.2, R8).
   */
  public static IrecistCourse atBaseline(Subject subject) {
    Course recist = Course.atBaseline(subject);
    return new IrecistCourse(new Book(subject, recist, ImmutableMap.of(), ImmutableMap.of(),
        ImmutableMap.of(), backdated(subject), null), 0, recist.nadirDiameter(), null, null,
        null, null, null);
  }

  /**
   * The equivocal new lesions that a later visit before any new therapy shows unequivocally, with
   * the date of that visit (R14.2, R8); empty, with no map made, when no visit reports a new lesion.
   */
  private static ImmutableMap<String, LocalDate> backdated(Subject subject) {
    if (!subject.hasNewLesions()) {
      return ImmutableMap.of();
    }
    List<Assessment> followUps = subject.followUps();
    int i = 0;
    while (i < followUps.size() && followUps.get(i).newLesions().isEmpty()) {
      i++;
    }
    if (i == followUps.size()) {
      return ImmutableMap.of();
    }
    Map<String, Boolean> equivocalFirst = new LinkedHashMap<>();
    Map<String, LocalDate> backdated = new LinkedHashMap<>();
    LocalDate therapy = subject.newTherapyDate().orElse(null);
    for (Assessment a : subject.followUps()) {
      if (!EvaluationWindow.beforeNewTherapy(therapy, a.date())) {
        break;
      }
      for (NewLesion l : a.seenNewLesions()) {
        Boolean wasEquivocal = equivocalFirst.putIfAbsent(l.id(), !l.isUnequivocal());
        if (wasEquivocal != null && wasEquivocal && l.isUnequivocal()) {
          backdated.putIfAbsent(l.id(), a.date());
        }
      }
    }
    return ImmutableMap.copyOf(backdated);
  }

  /**
   * The RECIST 1.1 course over the counted visits: baseline, R5 nadir (R14.1, R14.8); made when
   * asked, from the baseline's and the counted visits (the criteria read what they need of it from
   * this course, with no course of RECIST 1.1 per visit; issue 14).
   */
  public Course recist() {
    Course c = book.atBaseline;
    for (TimepointResult visit : countedVisits()) {
      c = c.after(visit);
    }
    return c;
  }

  /** Whether the subject has target lesions, and so a baseline sum and a nadir (R4, R5). */
  boolean hasTargets() {
    return book.atBaseline.hasTargets();
  }

  /** The baseline sum in tenths of a millimetre (R5); 0 without targets. */
  long baselineTenths() {
    return book.atBaseline.baselineTenths();
  }

  /** The baseline sum (R5), null without targets. */
  Diameter baselineDiameter() {
    return book.atBaseline.baselineDiameter();
  }

  /** The RECIST 1.1 nadir over the counted visits in tenths of a millimetre (R5); 0 without targets. */
  long nadirTenths() {
    return nadirSum == null ? 0 : nadirSum.tenths();
  }

  /** The RECIST 1.1 nadir over the counted visits (R5, R14.8), null without targets. */
  Diameter nadirDiameter() {
    return nadirSum;
  }

  /** The result of the last counted visit (R14.5: never a disregarded one), null before the first. */
  TimepointResult lastCountedVisit() {
    for (IrecistCourse c = this; c.lastResult != null; c = c.before) {
      if (!c.lastResult.disregarded()) {
        return c.lastResult;
      }
    }
    return null;
  }

  /**
   * The earlier PR that keeps the next visit PR instead of SD, as {@link
   * Course#partialResponseToKeep} reads it over the counted visits; null when the option {@code
   * persistentPartialResponse} is off or there is none.
   */
  LocalDate partialResponseToKeep(Protocol protocol) {
    return protocol.persistentPartialResponse()
        ? TargetResponse.partialResponseToKeep(countedVisits(), protocol) : null;
  }

  /** The results of the counted visits so far, in date order (R14.5: none disregarded). */
  private List<TimepointResult> countedVisits() {
    List<TimepointResult> counted = new ArrayList<>(next);
    for (TimepointResult visit : visits()) {
      if (!visit.disregarded()) {
        counted.add(visit);
      }
    }
    return counted;
  }

  /** The subject whose course this is. */
  public Subject subject() {
    return book.subject;
  }

  /** The follow-up to classify next, in date order. */
  public Assessment nextFollowUp() {
    return book.followUps.get(next);
  }

  /**
   * The date of the first counted iCR when the subject "had reached CR" in the sense of R6.3 and
   * R7.2 under iRECIST, else null (Convention {@code HAD_REACHED_ICR}, R14): some earlier counted
   * visit was iCR; the status lasts through an iUPD run, and ends when a run closes unconfirmed on
   * a visit that is not iCR itself (a reset, R14.7.3), since the disease seen then is the reference
   * for what follows (R14.8).
   */
  public LocalDate completeResponseSince() {
    return completeResponse;
  }

  /** The new lesions recorded at earlier counted visits, by id, as first reported (R14.2). */
  public ImmutableMap<String, NewLesion> recorded() {
    return book.recorded;
  }

  /** The date each recorded new lesion was first seen (R14.2). */
  public ImmutableMap<String, LocalDate> firstSeen() {
    return book.firstSeen;
  }

  /**
   * The new lesions first seen on a disregarded early visit, not yet recorded: they are "additional"
   * at the next counted visit (Convention {@code DISREGARDED_LESION_ADDITIONAL_LATER}, R14.5).
   */
  public ImmutableMap<String, NewLesion> pendingAdditional() {
    return book.pending;
  }

  /**
   * The NLT nadir (Convention {@code NLT_NADIR_SINCE_LAST_ADDED}, R14.2): the smallest NLT sum at
   * the earlier counted visits since the most recent NLT was first recorded, those visits included;
   * empty before such a visit, or when every such sum was NE.
   */
  public Optional<Diameter> newLesionTargetNadir() {
    Long nadir = book.newLesionTargetNadir;
    return nadir == null ? Optional.empty() : Optional.of(Diameter.ofTenths(nadir));
  }

  /** An open run and an iCPD, which no course the criteria make has at once. */
  private static final class RunAndIcpd {
    final Run run;
    final LocalDate icpdDate;

    RunAndIcpd(Run run, LocalDate icpdDate) {
      this.run = run;
      this.icpdDate = icpdDate;
    }
  }

  /** The open run, or empty when none is open (R14.4). */
  public Optional<Run> run() {
    return Optional.ofNullable(openRun());
  }

  /** {@link #run()}, null when none is open: for the criteria, with no Optional per visit. */
  Run openRun() {
    Object o = runOrIcpd;
    return o instanceof Run ? (Run) o : o instanceof RunAndIcpd ? ((RunAndIcpd) o).run : null;
  }

  /**
   * {@link #newLesionTargetNadir()} in tenths of a millimetre, null when there is none: for the
   * criteria, with no Optional per visit.
   */
  Long newLesionTargetNadirTenths() {
    return book.newLesionTargetNadir;
  }

  /** The last counted visit, or null before the first (R14.5: a disregarded visit is never it). */
  public Assessment previousCounted() {
    for (IrecistCourse c = this; c.lastResult != null; c = c.before) {
      if (!c.lastResult.disregarded()) {
        return book.followUps.get(c.next - 1); // the visit of that result
      }
    }
    return null;
  }

  /** The date of iCPD once confirmed (R14.10: final), else null. */
  public LocalDate icpdDate() {
    Object o = runOrIcpd;
    return o instanceof LocalDate ? (LocalDate) o
        : o instanceof RunAndIcpd ? ((RunAndIcpd) o).icpdDate : null;
  }

  /**
   * Whether {@code visit} is disregarded (R14.5): a run is open and it is dated less than {@code
   * minProgressionConfirmationDays} (whole days, no +1) after the run's first iUPD.
   */
  public boolean isDisregarded(LocalDate visit, int minProgressionConfirmationDays) {
    return openRun() != null && daysSinceIupd(visit) < minProgressionConfirmationDays;
  }

  /**
   * Whether {@code visit} is the first counted visit of the open run and later than {@code
   * maxProgressionConfirmationDays} after its iUPD (Convention {@code LATE_NEXT_VISIT_COUNTS},
   * R14.5): it still confirms or resets, with a warning.
   */
  public boolean isLateFirstCountedVisit(LocalDate visit, int maxProgressionConfirmationDays) {
    Run run = openRun();
    return run != null && run.countedVisits == 0
        && daysSinceIupd(visit) > maxProgressionConfirmationDays;
  }

  /** Whole days from the open run's first iUPD to {@code visit}. */
  public long daysSinceIupd(LocalDate visit) {
    return ChronoUnit.DAYS.between(openRun().iupdDate, visit);
  }

  /**
   * Whether {@code lesion}, reported on {@code visit}, counts as unequivocal: it is, or a later
   * visit shows it unequivocally (R14.2, as R8 back-dates).
   */
  public boolean isUnequivocal(NewLesion lesion) {
    return lesion.isUnequivocal() || book.backdated.containsKey(lesion.id());
  }

  /** The equivocal new lesions read as unequivocal from their first appearance, with the date a later visit showed each (R14.2, R8). */
  public ImmutableMap<String, LocalDate> backdated() {
    return book.backdated;
  }

  /**
   * What {@code visit} shows of the new lesions against this course (R14.2): the recorded lesions
   * as reported (NE when not reported), the unequivocal lesions appearing (with, on a counted
   * visit, those first seen on a disregarded one), and the NLT sum.
   *
   * @param counted whether {@code visit} is counted (R14.5)
   */
  public NewLesionsAt newLesionsAt(Assessment visit, boolean counted) {
    if (book.noNewLesions) {
      return NewLesionsAt.NONE; // a subject that reports none: no collection asked (issue 14)
    }
    // size() == 0 rather than isEmpty(): Guava's isEmpty() calls size() from one shared method,
    // whose call the JIT sees made on every kind of collection and cannot inline; here each call
    // is of its own (twice a visit, issue 14)
    if (visit.newLesions().size() == 0 && book.recorded.size() == 0
        && (!counted || book.pending.size() == 0)) {
      return NewLesionsAt.NONE; // nothing reported, nothing followed
    }
    Object kept = book.made;
    NewLesionsAt made = kept instanceof TriggersMade ? ((TriggersMade) kept).seen
        : (NewLesionsAt) kept;
    if (counted && made != null && made.visit == visit) {
      return made; // the visit classified on this course, read again by after()
    }
    made = readNewLesions(visit, counted);
    if (counted) {
      book.made = made;
    }
    return made;
  }

  private NewLesionsAt readNewLesions(Assessment visit, boolean counted) {
    List<NewLesion> reports = visit.newLesions();
    Map<String, NewLesion> followed = new LinkedHashMap<>();
    List<String> notReported = new ArrayList<>(0);
    for (NewLesion r : book.recorded.values()) {
      NewLesion report = report(reports, r.id());
      followed.put(r.id(), report == null ? r : report);
      if (report == null) {
        notReported.add(r.id());
      }
    }
    List<String> additional = new ArrayList<>(0);
    if (counted) {
      for (NewLesion p : book.pending.values()) {
        NewLesion report = report(reports, p.id());
        followed.put(p.id(), report == null ? p : report);
        additional.add(p.id());
        if (report == null) {
          notReported.add(p.id());
        }
      }
    }
    boolean unequivocal = false;
    boolean equivocal = false;
    for (NewLesion l : visit.seenNewLesions()) {
      if (!isUnequivocal(l)) {
        equivocal = true;
        continue;
      }
      unequivocal = true;
      if (!followed.containsKey(l.id())) {
        followed.put(l.id(), l);
        additional.add(l.id());
      }
    }
    return new NewLesionsAt(visit, ImmutableMap.copyOf(followed), ImmutableList.copyOf(additional),
        ImmutableList.copyOf(notReported), unequivocal, equivocal);
  }

  /** The last report of new lesion {@code id} among {@code reports} (a visit's few), or null. */
  private static NewLesion report(List<NewLesion> reports, String id) {
    for (int i = reports.size() - 1; i >= 0; i--) {
      NewLesion l = reports.get(i);
      if (l.id().equals(id)) {
        return l;
      }
    }
    return null;
  }

  /**
   * The recorded new lesions that show disease again once the subject had reached iCR (R14.4.3).
   */
  public List<String> reappearedAfterCompleteResponse(NewLesionsAt seen) {
    if (completeResponse == null) {
      return List.of();
    }
    List<String> again = new ArrayList<>(0);
    for (String id : seen.showingDisease()) {
      if (book.recorded.containsKey(id)) {
        again.add(id);
      }
    }
    return again;
  }

  /**
   * The categories of RECIST 1.1 progression that {@code visit} shows, which open a run when none
   * is open (R14.4): the target response PD, the non-target response PD, a new lesion appearing (or
   * a recorded one present again after iCR), the NLT sum PD against its nadir (over the same
   * lesions) or an NLNT showing unequivocal progression.
   */
  public EnumSet<Trigger> triggers(Response target, Response nonTarget, NewLesionsAt seen) {
    EnumSet<Trigger> triggers = EnumSet.noneOf(Trigger.class);
    if (target == Response.PD) {
      triggers.add(Trigger.TARGET);
    }
    if (nonTarget == Response.PD) {
      triggers.add(Trigger.NON_TARGET);
    }
    if (!seen.additional().isEmpty() || !reappearedAfterCompleteResponse(seen).isEmpty()) {
      triggers.add(Trigger.NEW_LESION_APPEARANCE);
    }
    if (newLesionTargetProgression(seen) || !recordedProgressed(seen).isEmpty()) {
      triggers.add(Trigger.NEW_LESION_PROGRESSION);
    }
    return triggers;
  }

  /**
   * {@link #triggers} as an immutable set, made once for a visit: the criteria classify the visit
   * that opens a run with it, and {@link #after} takes the same set for the run (issue 14).
   */
  ImmutableSet<Trigger> triggerSet(Response target, Response nonTarget, NewLesionsAt seen) {
    if (seen.isNone()) {
      // no new lesion followed or appearing: R14.4.1 and R14.4.2 alone, a set made once (the
      // common run, issue 14)
      return plainTriggerSet(target, nonTarget);
    }
    Object kept = book.made;
    if (kept instanceof TriggersMade) {
      TriggersMade t = (TriggersMade) kept;
      if (t.course == this && t.target == target && t.nonTarget == nonTarget && t.seen == seen) {
        return t.triggers;
      }
    }
    ImmutableSet<Trigger> triggers = Sets.immutableEnumSet(triggers(target, nonTarget, seen));
    book.made = new TriggersMade(this, target, nonTarget, seen, triggers);
    return triggers;
  }

  /**
   * The sets {@link #triggers} finds of a visit that shows {@link NewLesionsAt#NONE}, by {@link
   * #plainTriggers}: none, {@code TARGET}, {@code NON_TARGET}, both.
   */
  private static final ImmutableSet<Trigger>[] PLAIN_TRIGGERS = plainTriggerSets();

  /**
   * The sets of {@link #PLAIN_TRIGGERS}, found by {@link #triggers} itself (the rule in one place)
   * on a course with nothing recorded, which a visit showing {@link NewLesionsAt#NONE} does not
   * read beyond its iCR status (none).
   */
  @SuppressWarnings("unchecked")
  private static ImmutableSet<Trigger>[] plainTriggerSets() {
    ImmutableSet<Trigger>[] sets = new ImmutableSet[4];
    IrecistCourse none = new IrecistCourse(new Book(null, null, ImmutableMap.of(),
        ImmutableMap.of(), ImmutableMap.of(), ImmutableMap.of(), null), 0, null, null, null, null,
        null, null);
    Response[] responses = {Response.SD, Response.PD};
    for (Response target : responses) {
      for (Response nonTarget : responses) {
        sets[plainTriggers(target, nonTarget)] =
            Sets.immutableEnumSet(none.triggers(target, nonTarget, NewLesionsAt.NONE));
      }
    }
    return sets;
  }

  /**
   * {@link #triggerSet} of a visit that shows {@link NewLesionsAt#NONE}: the target PD (R14.4.1),
   * the non-target PD (R14.4.2), both or neither, each set made once.
   */
  static ImmutableSet<Trigger> plainTriggerSet(Response target, Response nonTarget) {
    return PLAIN_TRIGGERS[plainTriggers(target, nonTarget)];
  }

  /**
   * The index of {@link #PLAIN_TRIGGERS} for these responses of a visit that shows {@link
   * NewLesionsAt#NONE}: 1 for a target PD (R14.4.1), plus 2 for a non-target PD (R14.4.2).
   */
  static int plainTriggers(Response target, Response nonTarget) {
    return (target == Response.PD ? 1 : 0) | (nonTarget == Response.PD ? 2 : 0);
  }

  /**
   * The triggers of one visit's findings on a course, and what they were made of: the course too,
   * as they depend on its iCR status and the book's (shared by several courses).
   */
  private static final class TriggersMade {
    final IrecistCourse course;
    final Response target;
    final Response nonTarget;
    final NewLesionsAt seen;
    final ImmutableSet<Trigger> triggers;

    TriggersMade(IrecistCourse course, Response target, Response nonTarget, NewLesionsAt seen,
        ImmutableSet<Trigger> triggers) {
      this.course = course;
      this.target = target;
      this.nonTarget = nonTarget;
      this.seen = seen;
      this.triggers = triggers;
    }
  }

  /**
   * Whether {@code visit} opens a run when none is open (R14.4): whether {@link #triggers} finds
   * a category, without making the set when the answer is plain (a PD response; no new lesion
   * followed or appearing, so that neither R14.4.3 nor R14.4.4 can hold).
   */
  boolean opensRun(Response target, Response nonTarget, NewLesionsAt seen) {
    if (target == Response.PD || nonTarget == Response.PD) {
      return true;
    }
    return !seen.isNone() && !seen.lesions().isEmpty()
        && !triggers(target, nonTarget, seen).isEmpty();
  }

  /**
   * Whether the NLT sum of {@code seen} is PD against the NLT nadir (R14.4.4, R6.3 arithmetic):
   * at least 20 % and 5 mm above it, over the same lesions (no NLT first recorded here).
   */
  public boolean newLesionTargetProgression(NewLesionsAt seen) {
    Optional<Long> sum = seen.targetTenths();
    Long nadir = book.newLesionTargetNadir;
    return sum.isPresent() && nadir != null && !seen.addsTarget()
        && TargetResponse.meetsProgression(sum.get(), nadir);
  }

  /** The recorded NLNTs showing unequivocal progression in {@code seen} (R14.4.4). */
  public List<String> recordedProgressed(NewLesionsAt seen) {
    List<String> up = new ArrayList<>(0);
    for (String id : seen.progressed()) {
      if (book.recorded.containsKey(id)) {
        up.add(id);
      }
    }
    return up;
  }

  /**
   * The course after {@code result}, the result of {@link #nextFollowUp()}: a disregarded visit
   * only leaves its new lesions pending (R14.5); a counted one enters the R5 nadir (R14.8), records
   * its new lesions and the NLT nadir (R14.2), opens, continues, confirms or resets the run
   * (R14.4–R14.7), and begins the iCR status (R14). Visits after iCPD are counted too (R14.5,
   * R14.10: components as usual): they enter the R5 nadir, record their new lesions and the NLT
   * nadir.
   */
  public IrecistCourse after(TimepointResult result) {
    Assessment visit = nextFollowUp();
    if (!visit.date().equals(result.date())) {
      throw new IllegalArgumentException("the course expects the visit of " + visit.date()
          + ", not of " + result.date());
    }
    if (result.disregarded()) {
      Map<String, NewLesion> stillPending = new LinkedHashMap<>(book.pending);
      for (NewLesion l : visit.seenNewLesions()) {
        if (isUnequivocal(l) && !book.recorded.containsKey(l.id())) {
          stillPending.putIfAbsent(l.id(), l);
        }
      }
      return new IrecistCourse(book.with(book.recorded, book.firstSeen,
          ImmutableMap.copyOf(stillPending), book.newLesionTargetNadir), next + 1, nadirSum,
          completeResponse, openRun(), icpdDate(result), result, this);
    }
    NewLesionsAt seen = newLesionsAt(visit, true);
    ImmutableMap<String, NewLesion> nowRecorded = book.recorded;
    ImmutableMap<String, LocalDate> nowFirstSeen = book.firstSeen;
    if (!seen.isNone() && !seen.additional().isEmpty()) {
      Map<String, NewLesion> moreRecorded = new LinkedHashMap<>(book.recorded);
      Map<String, LocalDate> moreFirstSeen = new LinkedHashMap<>(book.firstSeen);
      for (String id : seen.additional()) {
        NewLesion first = book.pending.containsKey(id) ? book.pending.get(id)
            : seen.lesions().get(id);
        moreRecorded.put(id, first);
        moreFirstSeen.put(id, visit.date());
      }
      nowRecorded = ImmutableMap.copyOf(moreRecorded);
      nowFirstSeen = ImmutableMap.copyOf(moreFirstSeen);
    }
    Long nadir = book.newLesionTargetNadir;
    Optional<Long> sum = seen.targetTenths();
    if (seen.addsTarget()) {
      nadir = sum.orElse(null);
    } else if (sum.isPresent()) {
      nadir = nadir == null ? sum.get() : Math.min(nadir, sum.get());
    }
    IrecistResponse code = result.overallCode() instanceof IrecistResponse i ? i : null;
    Run run = openRun();
    Run nextRun = run;
    LocalDate cr = completeResponse;
    if (code == IrecistResponse.IUPD && run == null) {
      nextRun = openRun(visit, result, seen, sum, nowRecorded);
    } else if (run != null && !result.reset() && code != IrecistResponse.ICPD) {
      nextRun = run.counted();
    } else if (result.reset()) {
      nextRun = null;
      cr = null;
    }
    if (code == IrecistResponse.ICR && cr == null) {
      cr = visit.date();
    }
    return new IrecistCourse(book.with(nowRecorded, nowFirstSeen, ImmutableMap.of(), nadir),
        next + 1, Course.nadirAfter(book.atBaseline.baselineDiameter(), nadirSum, result), cr,
        code == IrecistResponse.ICPD ? null : nextRun, icpdDate(result), result, this);
  }

  /**
   * The run {@code result}, the first iUPD, opens at {@code visit} (R14.4, R14.6.1: its anchor);
   * out of line, as most visits open none (issue 14).
   */
  private Run openRun(Assessment visit, TimepointResult result, NewLesionsAt seen,
      Optional<Long> newLesionTargetSum, ImmutableMap<String, NewLesion> recorded) {
    SumOfDiameters.TargetSum targets = SumOfDiameters.of(book.subject.targets(), visit);
    return new Run(visit.date(),
        triggerSet(result.target(), result.nonTarget(), seen),
        targets.evaluatedCount() > 0 ? targets.tenths() : -1,
        newLesionTargetSum.isPresent() ? newLesionTargetSum.get() : -1,
        // most runs open with no new lesion recorded: the empty set, with no copy of an empty key
        // set (whose copy tests it for SortedSet, an interface the JVM scans for; issue 14)
        recorded.isEmpty() ? ImmutableSet.of() : ImmutableSet.copyOf(recorded.keySet()),
        OverallResponseTable.overall(result.target(), result.nonTarget(), NewLesionFinding.NONE),
        0);
  }

  /** The first iCPD: a visit after it, reported as iCPD too (R14.10), does not move it. */
  private LocalDate icpdDate(TimepointResult result) {
    LocalDate icpdDate = icpdDate();
    return icpdDate == null && result.overallCode() == IrecistResponse.ICPD ? result.date()
        : icpdDate;
  }

  /** The results of the visits classified so far, in date order, disregarded ones included. */
  public ImmutableList<TimepointResult> visits() {
    TimepointResult[] inOrder = new TimepointResult[next];
    int i = next;
    for (IrecistCourse c = this; i > 0; c = c.before) {
      inOrder[--i] = c.lastResult;
    }
    return Course.handOver(inOrder);
  }

  @Override
  public String toString() {
    Run run = openRun();
    LocalDate icpdDate = icpdDate();
    return "IrecistCourse[" + recist() + (run == null ? "" : ", " + run)
        + (book.recorded.isEmpty() ? "" : ", new lesions " + book.recorded.keySet())
        + (icpdDate == null ? "" : ", iCPD " + icpdDate) + "]";
  }
}
