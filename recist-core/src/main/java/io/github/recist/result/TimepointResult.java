package io.github.recist.result;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.recist.model.Diameter;
import io.github.recist.model.Response;
import io.github.recist.model.ResponseCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The classification of one time point after baseline: the sum of diameters, the baseline and nadir
 * it was compared with, the changes, the target, non-target, new-lesion and overall responses
 * (Rules R5–R9), whether it lies in the evaluation window (R10), and the reasons.
 *
 * <p>For a subject with recorded responses only {@link #overall()} is known; the target and
 * non-target responses are then {@link Response#NA} and there is no sum.
 *
 * <p>An immutable value, made by its {@link Builder}, equal to another of the same values. Written
 * by hand rather than generated, as the engine makes one per visit: one builder of plain fields,
 * and a result of 48 bytes that keeps its sums in one number and up to four reasons in fields of
 * its own, read one by one with {@link #reasonCount()} and {@link #reason(int)} (issue 14).
 */
public abstract class TimepointResult {

  TimepointResult() {}

  /** The date of the assessment. */
  public abstract LocalDate date();

  /**
   * The sum of diameters of every target (Rule R5); empty when the target response is NE or NA, and
   * when a target was not evaluated even if the others alone show PD (R5, R6.1: the reasons then give
   * that partial sum).
   */
  public abstract Optional<Diameter> targetSum();

  /**
   * {@link #targetSum()} in tenths of a millimetre, or -1 when it is empty: for rules that read it
   * at every visit, without an {@code Optional} (issue 14).
   */
  public long targetSumTenths() {
    return targetSum().isPresent() ? targetSum().get().tenths() : -1;
  }

  /** The baseline sum the time point was compared with; empty without targets. */
  public abstract Optional<Diameter> baselineSum();

  /** The nadir the time point was compared with (Rule R5); empty without targets. */
  public abstract Optional<Diameter> nadir();

  /**
   * {@link #baselineSum()} in tenths of a millimetre, or -1 when it is empty: for a writer that
   * prints it at every visit, without an {@code Optional} (issue 14).
   */
  public long baselineSumTenths() {
    return baselineSum().isPresent() ? baselineSum().get().tenths() : -1;
  }

  /**
   * {@link #nadir()} in tenths of a millimetre, or -1 when it is empty: for a writer that prints it
   * at every visit, without an {@code Optional} (issue 14).
   */
  public long nadirTenths() {
    return nadir().isPresent() ? nadir().get().tenths() : -1;
  }

  /**
   * The change of the sum from baseline, percent, rounded toward zero to one decimal for display only
   * (R5: a shown figure never crosses a threshold the exact value does not);
   * empty without a sum. Classification never uses it (Rule R5).
   */
  public Optional<BigDecimal> changeFromBaselinePct() {
    return change(baselineSum());
  }

  /** The change of the sum from the nadir, as {@link #changeFromBaselinePct()}; empty when the nadir is 0 mm. */
  public Optional<BigDecimal> changeFromNadirPct() {
    return change(nadir());
  }

  private Optional<BigDecimal> change(Optional<Diameter> reference) {
    if (targetSum().isEmpty() || reference.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        PercentChange.percent(targetSum().get().tenths(), reference.get().tenths()));
  }

  /** The target response (Rule R6): CR, PR, SD, PD, NE, or NA without targets. */
  public abstract Response target();

  /** The non-target response (Rule R7): CR, NON_CR_NON_PD, PD, NE, or NA without non-targets. */
  public abstract Response nonTarget();

  /** What the time point shows of new lesions (Rule R8). */
  public abstract NewLesionFinding newLesions();

  /**
   * The overall response in the code of the criteria that classified the visit (Rule R9, or as
   * recorded): a {@link io.github.recist.model.VisitResponse} under RECIST 1.1; an i-code (or NE,
   * ND) under iRECIST (Rule R14). Never MISSING or NA: {@link ResponseCode} has neither.
   */
  public abstract ResponseCode overallCode();

  /**
   * The overall response as a RECIST 1.1 category, the category of {@link #overallCode()}: the
   * same-named {@link Response} under RECIST 1.1; under iRECIST iCR is CR, …, iUPD and iCPD are
   * PD.
   */
  public Response overall() {
    return overallCode().category();
  }

  /**
   * iRECIST: the sum of the new-lesion targets (Rule R14.2); empty when none was recorded, when one
   * is not evaluable, and under RECIST 1.1.
   */
  public abstract Optional<Diameter> newLesionTargetSum();

  /**
   * iRECIST: the nadir of the new-lesion target sum, the reference for an iUPD by their growth
   * (Rule R14.2, R14.4.4); empty under RECIST 1.1, before any new-lesion target is recorded, and at
   * a visit that shows a new-lesion target first (its sum is over another set of lesions, which R14.2
   * never compares).
   */
  public abstract Optional<Diameter> newLesionTargetNadir();

  /**
   * iRECIST: the first iUPD of the run this visit opens, continues, confirms (on iCPD) or resets
   * (Rules R14.4–R14.7, R14.13); empty outside a run and under RECIST 1.1.
   */
  public abstract Optional<LocalDate> iupdDate();

  /**
   * Whether {@link #iupdDate()} is present: iRECIST, the visit is in a run (Rules R14.4–R14.7,
   * R14.13); for a reader that asks of every visit, with no {@code Optional} made (issue 14).
   */
  public boolean hasIupdDate() {
    return iupdDate().isPresent();
  }

  /** iRECIST: whether this visit closed a run unconfirmed, a pseudo-progression (Rule R14.7.3). */
  public boolean reset() {
    return false;
  }

  /**
   * iRECIST: whether this visit came too early after a run's iUPD to confirm or reset it, and was
   * disregarded (Rule R14.5).
   */
  public boolean disregarded() {
    return false;
  }

  /** Whether the time point lies in the evaluation window (Rule R10). */
  public boolean withinWindow() {
    return true;
  }

  /** Whether the overall response was recorded rather than derived from measurements. */
  public boolean recorded() {
    return false;
  }

  /** Why, as data: one reason per rule that decided. */
  public abstract ImmutableList<Reason> reasons();

  /**
   * How many reasons {@link #reasons()} holds: for a reader that takes them one by one with {@link
   * #reason(int)}, with no list made for them (issue 14).
   */
  public int reasonCount() {
    return reasons().size();
  }

  /**
   * The reason at {@code index} of {@link #reasons()}, with no list made for it (issue 14).
   *
   * @throws IndexOutOfBoundsException if {@code index} is negative or not below {@link
   *     #reasonCount()}
   */
  public Reason reason(int index) {
    return reasons().get(index);
  }

  /** The reasons as plain sentences, one a line. */
  public String explain() {
    return reasons().stream().map(Reason::text).collect(Collectors.joining("\n"));
  }

  /** A builder, for the engine. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TimepointResult}: the date, target, non-target, new-lesion and overall
   * responses are required, the rest optional; reasons are added in order.
   *
   * <p>Unset optional values are empty; {@link TimepointResult#withinWindow()} is true and the
   * other flags false unless set.
   */
  public static final class Builder {
    // the values as numbers where they can be (the responses by ordinal, the sums in tenths, -1 or
    // UNSET when not set), so that a criteria set filling the one builder of a subject's visits
    // stores few references into it (each a collector's write barrier under G1; issue 14); the
    // result is made from them at once
    private static final byte UNSET = -1;
    private static final Response[] RESPONSES = Response.values();
    private static final NewLesionFinding[] FINDINGS = NewLesionFinding.values();

    // the sums as ints (a diameter is at most Diameter.MAX_TENTHS tenths): the builder in 64
    // bytes, where longs made it 88 (issue 14)
    private LocalDate date;
    private int targetSum = -1;
    private int baselineSum = -1;
    private int nadir = -1;
    private byte target = UNSET;
    private byte nonTarget = UNSET;
    private byte newLesions = UNSET;
    private ResponseCode overallCode;
    private int newLesionTargetSum = -1;
    private int newLesionTargetNadir = -1;
    private LocalDate iupdDate;
    private boolean reset;
    private boolean disregarded;
    private boolean withinWindow = true;
    private boolean recorded;
    /**
     * The reasons added, in order: {@code reasonCount} of them, the slots after them null; at
     * least {@link Value#INLINE_REASONS} slots, which {@link #build()} reads as they are.
     */
    private Reason[] reasons = new Reason[Value.INLINE_REASONS];
    private int reasonCount;
    /** {@link #reasonAppender()}, made when first asked. */
    private List<Reason> appender;

    Builder() {}

    /**
     * Clears every value and reason set, as a new builder has them, so that the builder makes
     * another result: the engine classifies a subject's visits one after the other with one
     * builder (issue 14). A result built before is not changed.
     */
    @CanIgnoreReturnValue
    public Builder clear() {
      date = null;
      targetSum = -1;
      baselineSum = -1;
      nadir = -1;
      target = UNSET;
      nonTarget = UNSET;
      newLesions = UNSET;
      overallCode = null;
      newLesionTargetSum = -1;
      newLesionTargetNadir = -1;
      iupdDate = null;
      reset = false;
      disregarded = false;
      withinWindow = true;
      recorded = false;
      Reason[] r = reasons;
      if (reasonCount <= Value.INLINE_REASONS) {
        // the four slots build() reads, emptied as they are, with no loop over the count (most
        // visits have three or four reasons; issue 14)
        r[0] = null;
        r[1] = null;
        r[2] = null;
        r[3] = null;
      } else {
        Arrays.fill(r, 0, reasonCount, null);
      }
      reasonCount = 0;
      return this;
    }

    /**
     * A list that adds each reason given to its {@code add} to this builder, after those added, in
     * order: for rules that take the list of reasons to append to ({@code TargetResponse.classify}
     * and the like), with no list of their own. It can only add; the builder makes the result's
     * list. The same list each time it is asked.
     */
    public List<Reason> reasonAppender() {
      List<Reason> a = appender;
      if (a == null) {
        a = new Appender(this);
        appender = a;
      }
      return a;
    }

    /** {@link #reasonAppender()}: add and size, nothing else. */
    private static final class Appender extends AbstractList<Reason> {
      private final Builder builder;

      Appender(Builder builder) {
        this.builder = builder;
      }

      @Override
      public boolean add(Reason reason) {
        builder.addReasons(reason);
        return true;
      }

      @Override
      public Reason get(int index) {
        throw new UnsupportedOperationException("the reasons go into the time point's builder");
      }

      @Override
      public int size() {
        return builder.reasonCount;
      }
    }

    /**
     * Fills the builder from {@code instance}: its values replace those set, but an absent
     * optional value does not replace a present one; its reasons are added after those set.
     */
    @CanIgnoreReturnValue
    public Builder from(TimepointResult instance) {
      Objects.requireNonNull(instance, "instance");
      date(instance.date());
      instance.targetSum().ifPresent(this::targetSum);
      instance.baselineSum().ifPresent(this::baselineSum);
      instance.nadir().ifPresent(this::nadir);
      target(instance.target());
      nonTarget(instance.nonTarget());
      newLesions(instance.newLesions());
      overallCode(instance.overallCode());
      instance.newLesionTargetSum().ifPresent(this::newLesionTargetSum);
      instance.newLesionTargetNadir().ifPresent(this::newLesionTargetNadir);
      instance.iupdDate().ifPresent(this::iupdDate);
      reset(instance.reset());
      disregarded(instance.disregarded());
      withinWindow(instance.withinWindow());
      recorded(instance.recorded());
      for (int i = 0, n = instance.reasonCount(); i < n; i++) {
        addReasons(instance.reason(i));
      }
      return this;
    }

    /** Sets {@link TimepointResult#date()}. */
    @CanIgnoreReturnValue
    public Builder date(LocalDate date) {
      this.date = Objects.requireNonNull(date, "date");
      return this;
    }

    /** Sets {@link TimepointResult#targetSum()}. */
    @CanIgnoreReturnValue
    public Builder targetSum(Diameter targetSum) {
      this.targetSum = (int) Objects.requireNonNull(targetSum, "targetSum").tenths();
      return this;
    }

    /**
     * Sets {@link TimepointResult#targetSum()} to a diameter of {@code tenths} tenths of a
     * millimetre, with no {@link Diameter} made for it (issue 14).
     *
     * @throws IllegalArgumentException if {@code tenths} is not a diameter ({@link
     *     Diameter#ofTenths})
     */
    @CanIgnoreReturnValue
    public Builder targetSumTenths(long tenths) {
      if (tenths < 0 || tenths > Diameter.MAX_TENTHS) {
        Diameter.ofTenths(tenths); // throws, saying why
      }
      this.targetSum = (int) tenths;
      return this;
    }

    /** Sets {@link TimepointResult#targetSum()}, or clears it when empty. */
    @CanIgnoreReturnValue
    public Builder targetSum(Optional<? extends Diameter> targetSum) {
      this.targetSum = tenths(targetSum);
      return this;
    }

    /** Sets {@link TimepointResult#baselineSum()}. */
    @CanIgnoreReturnValue
    public Builder baselineSum(Diameter baselineSum) {
      this.baselineSum = (int) Objects.requireNonNull(baselineSum, "baselineSum").tenths();
      return this;
    }

    /** Sets {@link TimepointResult#baselineSum()}, or clears it when empty. */
    @CanIgnoreReturnValue
    public Builder baselineSum(Optional<? extends Diameter> baselineSum) {
      this.baselineSum = tenths(baselineSum);
      return this;
    }

    /** Sets {@link TimepointResult#nadir()}. */
    @CanIgnoreReturnValue
    public Builder nadir(Diameter nadir) {
      this.nadir = (int) Objects.requireNonNull(nadir, "nadir").tenths();
      return this;
    }

    /** Sets {@link TimepointResult#nadir()}, or clears it when empty. */
    @CanIgnoreReturnValue
    public Builder nadir(Optional<? extends Diameter> nadir) {
      this.nadir = tenths(nadir);
      return this;
    }

    /** Sets {@link TimepointResult#target()}. */
    @CanIgnoreReturnValue
    public Builder target(Response target) {
      this.target = (byte) Objects.requireNonNull(target, "target").ordinal();
      return this;
    }

    /** Sets {@link TimepointResult#nonTarget()}. */
    @CanIgnoreReturnValue
    public Builder nonTarget(Response nonTarget) {
      this.nonTarget = (byte) Objects.requireNonNull(nonTarget, "nonTarget").ordinal();
      return this;
    }

    /** Sets {@link TimepointResult#newLesions()}. */
    @CanIgnoreReturnValue
    public Builder newLesions(NewLesionFinding newLesions) {
      this.newLesions = (byte) Objects.requireNonNull(newLesions, "newLesions").ordinal();
      return this;
    }

    /** Sets {@link TimepointResult#overallCode()}. */
    @CanIgnoreReturnValue
    public Builder overallCode(ResponseCode overallCode) {
      this.overallCode = Objects.requireNonNull(overallCode, "overallCode");
      return this;
    }

    /** Sets {@link TimepointResult#newLesionTargetSum()}. */
    @CanIgnoreReturnValue
    public Builder newLesionTargetSum(Diameter newLesionTargetSum) {
      this.newLesionTargetSum =
          (int) Objects.requireNonNull(newLesionTargetSum, "newLesionTargetSum").tenths();
      return this;
    }

    /** Sets {@link TimepointResult#newLesionTargetSum()}, or clears it when empty. */
    @CanIgnoreReturnValue
    public Builder newLesionTargetSum(Optional<? extends Diameter> newLesionTargetSum) {
      this.newLesionTargetSum = tenths(newLesionTargetSum);
      return this;
    }

    /** Sets {@link TimepointResult#newLesionTargetNadir()}. */
    @CanIgnoreReturnValue
    public Builder newLesionTargetNadir(Diameter newLesionTargetNadir) {
      this.newLesionTargetNadir =
          (int) Objects.requireNonNull(newLesionTargetNadir, "newLesionTargetNadir").tenths();
      return this;
    }

    /** Sets {@link TimepointResult#newLesionTargetNadir()}, or clears it when empty. */
    @CanIgnoreReturnValue
    public Builder newLesionTargetNadir(Optional<? extends Diameter> newLesionTargetNadir) {
      this.newLesionTargetNadir = tenths(newLesionTargetNadir);
      return this;
    }

    /** The tenths of {@code diameter}, -1 when it is empty. */
    private static int tenths(Optional<? extends Diameter> diameter) {
      return diameter.isPresent() ? (int) diameter.get().tenths() : -1;
    }

    /** Sets {@link TimepointResult#iupdDate()}. */
    @CanIgnoreReturnValue
    public Builder iupdDate(LocalDate iupdDate) {
      this.iupdDate = Objects.requireNonNull(iupdDate, "iupdDate");
      return this;
    }

    /** Sets {@link TimepointResult#iupdDate()}, or clears it when empty. */
    @CanIgnoreReturnValue
    public Builder iupdDate(Optional<? extends LocalDate> iupdDate) {
      this.iupdDate = iupdDate.orElse(null);
      return this;
    }

    /** Sets {@link TimepointResult#reset()} (false unless set). */
    @CanIgnoreReturnValue
    public Builder reset(boolean reset) {
      this.reset = reset;
      return this;
    }

    /** Sets {@link TimepointResult#disregarded()} (false unless set). */
    @CanIgnoreReturnValue
    public Builder disregarded(boolean disregarded) {
      this.disregarded = disregarded;
      return this;
    }

    /** Sets {@link TimepointResult#withinWindow()} (true unless set). */
    @CanIgnoreReturnValue
    public Builder withinWindow(boolean withinWindow) {
      this.withinWindow = withinWindow;
      return this;
    }

    /** Sets {@link TimepointResult#recorded()} (false unless set). */
    @CanIgnoreReturnValue
    public Builder recorded(boolean recorded) {
      this.recorded = recorded;
      return this;
    }

    /** Adds a reason after those added. */
    @CanIgnoreReturnValue
    public Builder addReasons(Reason element) {
      Objects.requireNonNull(element, "reasons element");
      if (reasonCount == reasons.length) {
        reasons = Arrays.copyOf(reasons, reasonCount * 2);
      }
      reasons[reasonCount++] = element;
      return this;
    }

    /** Adds reasons after those added, in order. */
    @CanIgnoreReturnValue
    public Builder addReasons(Reason... elements) {
      for (Reason r : elements) {
        addReasons(r);
      }
      return this;
    }

    /** Replaces the reasons added with {@code elements}, in order. */
    @CanIgnoreReturnValue
    public Builder reasons(Iterable<? extends Reason> elements) {
      Arrays.fill(reasons, 0, reasonCount, null);
      reasonCount = 0;
      return addAllReasons(elements);
    }

    /** Adds reasons after those added, in order. */
    @CanIgnoreReturnValue
    public Builder addAllReasons(Iterable<? extends Reason> elements) {
      for (Reason r : elements) {
        addReasons(r);
      }
      return this;
    }

    /**
     * Builds the result.
     *
     * @throws IllegalStateException if the date, target, non-target, new-lesion or overall
     *     response is not set
     */
    public TimepointResult build() {
      if (date == null || target == UNSET || nonTarget == UNSET || newLesions == UNSET
          || overallCode == null) {
        throw new IllegalStateException(missing());
      }
      Objects.requireNonNull(overallCode.category(), "overall");
      // every value made before the result, which is then made in one go (its fields set as it
      // is allocated, with no write barrier); up to four reasons in the result's own fields, with
      // no list made for them (a list and its array were 48 bytes a visit; issue 14), read from
      // the array's first four slots as they are: those from reasonCount on are null (the array
      // has at least four, and clear() and reasons() empty the slots they drop), so that no test
      // of the count per slot is compiled (issue 14)
      int count = reasonCount;
      if (count > Value.INLINE_REASONS) {
        return made(null, null, null, reasonList(), Value.IN_LIST);
      }
      Reason[] r = reasons;
      return made(r[0], r[1], r[2], r[3], (byte) count);
    }

    /** The result of the values set and these reasons ({@link Value}'s fields). */
    private TimepointResult made(Reason r0, Reason r1, Reason r2, Object r3, byte inline) {
      long sums = Value.sums(targetSum, baselineSum, nadir);
      if (newLesionTargetSum < 0 && newLesionTargetNadir < 0 && iupdDate == null && !reset
          && !disregarded) {
        return new Value(date, sums, overallCode, r0, r1, r2, r3, inline, target, nonTarget,
            newLesions, withinWindow, recorded);
      }
      return irecist(sums, r0, r1, r2, r3, inline);
    }

    /** {@link #build()} of a time point with iRECIST's values (R14), out of line. */
    private TimepointResult irecist(long sums, Reason r0, Reason r1, Reason r2, Object r3,
        byte inline) {
      return new IrecistValue(date, sums, overallCode, r0, r1, r2, r3, inline,
          target, nonTarget, newLesions, withinWindow, recorded,
          diameter(newLesionTargetSum), diameter(newLesionTargetNadir), iupdDate, reset,
          disregarded);
    }

    /** The diameter of {@code tenths}, null for -1. */
    private static Diameter diameter(long tenths) {
      return tenths < 0 ? null : Diameter.ofTenths(tenths);
    }

    /**
     * The reasons added, more than {@link Value#INLINE_REASONS}, in order, in a list of their own
     * (one copy, of the exact size); out of line, as few visits have so many.
     */
    private ImmutableList<Reason> reasonList() {
      ImmutableList.Builder<Reason> list = ImmutableList.builderWithExpectedSize(reasonCount);
      for (int i = 0; i < reasonCount; i++) {
        list.add(reasons[i]);
      }
      return list.build();
    }

    private String missing() {
      List<String> attributes = new ArrayList<>();
      if (date == null) {
        attributes.add("date");
      }
      if (target == UNSET) {
        attributes.add("target");
      }
      if (nonTarget == UNSET) {
        attributes.add("nonTarget");
      }
      if (newLesions == UNSET) {
        attributes.add("newLesions");
      }
      if (overallCode == null) {
        attributes.add("overallCode");
      }
      return "Cannot build TimepointResult, some of required attributes are not set " + attributes;
    }
  }

  /**
   * The implementation: the values as given, nothing derived kept (the overall category and the
   * changes are read from them when asked), the three sums packed in one long, the responses and
   * flags in one short, up to four reasons in fields of their own (the list of {@link #reasons()}
   * made when asked; {@link #reasonCount()} and {@link #reason(int)} make none), and none of
   * iRECIST's values, which only {@link IrecistValue} has: 48 bytes a visit, where the result and
   * the list and array of its reasons were 88 (issue 14).
   */
  private static class Value extends TimepointResult {
    /** {@link #flags}: the target response's ordinal in its lowest 4 bits, then the others. */
    private static final int NON_TARGET_SHIFT = 4;
    private static final int NEW_LESIONS_SHIFT = 8;
    private static final int ORDINAL_MASK = 0xF;
    private static final int WITHIN_WINDOW = 1 << 12;
    private static final int RECORDED = 1 << 13;
    /** The most reasons kept in fields of their own. */
    static final int INLINE_REASONS = 4;
    /** {@link #inline} of a result whose reasons are all in a list, in {@link #reason3OrAll}. */
    static final byte IN_LIST = -1;

    /** {@link #sums}: each sum's tenths plus one (0 when empty) in {@link #SUM_BITS} bits. */
    private static final int SUM_BITS = 20;
    private static final long SUM_MASK = (1L << SUM_BITS) - 1;

    private final LocalDate date;
    /**
     * The target sum, the baseline sum and the nadir, in tenths of a millimetre, packed in one
     * number: {@link #SUM_BITS} bits each, from the lowest, each its tenths plus one, 0 when empty
     * (a diameter is at most {@link Diameter#MAX_TENTHS}); one field where three references were,
     * and their figures read with no diameter in between (issue 14).
     */
    private final long sums;
    private final ResponseCode overallCode;
    /** The first reasons, {@link #inline} of them; null beyond. */
    private final Reason reason0;
    private final Reason reason1;
    private final Reason reason2;
    /**
     * The fourth reason when there are four; the {@link ImmutableList} of all the reasons when
     * there are more ({@link #inline} is then {@link #IN_LIST}); else null.
     */
    private final Object reason3OrAll;
    /** How many reasons are in {@code reason0} to {@code reason3OrAll}, or {@link #IN_LIST}. */
    private final byte inline;
    /**
     * The target and non-target responses' and the new-lesion finding's ordinals (4 bits each: 9
     * responses, 3 findings), whether within the window and whether recorded.
     */
    private final short flags;

    Value(LocalDate date, long sums, ResponseCode overallCode, Reason reason0, Reason reason1, Reason reason2,
        Object reason3OrAll, byte inline, byte target, byte nonTarget, byte newLesions,
        boolean withinWindow, boolean recorded) {
      this.date = date;
      this.sums = sums;
      this.overallCode = overallCode;
      this.reason0 = reason0;
      this.reason1 = reason1;
      this.reason2 = reason2;
      this.reason3OrAll = reason3OrAll;
      this.inline = inline;
      this.flags = (short) (target | nonTarget << NON_TARGET_SHIFT
          | newLesions << NEW_LESIONS_SHIFT | (withinWindow ? WITHIN_WINDOW : 0)
          | (recorded ? RECORDED : 0));
    }

    @Override
    public LocalDate date() {
      return date;
    }

    /** {@link #sums} of these tenths, each -1 when empty. */
    static long sums(long targetSum, long baselineSum, long nadir) {
      return (targetSum + 1) | (baselineSum + 1) << SUM_BITS | (nadir + 1) << 2 * SUM_BITS;
    }

    /** The sum at {@code shift} of {@link #sums} in tenths, -1 when empty. */
    private long sum(int shift) {
      return (sums >>> shift & SUM_MASK) - 1;
    }

    /** The diameter of {@code tenths}, empty for -1. */
    private static Optional<Diameter> diameter(long tenths) {
      return tenths < 0 ? Optional.empty() : Optional.of(Diameter.ofTenths(tenths));
    }

    /** The diameter of {@code tenths}, null for -1. */
    private static Diameter diameterOrNull(long tenths) {
      return tenths < 0 ? null : Diameter.ofTenths(tenths);
    }

    @Override
    public Optional<Diameter> targetSum() {
      return diameter(targetSumTenths());
    }

    @Override
    public long targetSumTenths() {
      return sum(0);
    }

    @Override
    public Optional<Diameter> baselineSum() {
      return diameter(baselineSumTenths());
    }

    @Override
    public Optional<Diameter> nadir() {
      return diameter(nadirTenths());
    }

    @Override
    public long baselineSumTenths() {
      return sum(SUM_BITS);
    }

    @Override
    public long nadirTenths() {
      return sum(2 * SUM_BITS);
    }

    @Override
    public Response target() {
      return Builder.RESPONSES[flags & ORDINAL_MASK];
    }

    @Override
    public Response nonTarget() {
      return Builder.RESPONSES[flags >> NON_TARGET_SHIFT & ORDINAL_MASK];
    }

    @Override
    public NewLesionFinding newLesions() {
      return Builder.FINDINGS[flags >> NEW_LESIONS_SHIFT & ORDINAL_MASK];
    }

    @Override
    public ResponseCode overallCode() {
      return overallCode;
    }

    @Override
    public Response overall() {
      return overallCode.category();
    }

    @Override
    public Optional<Diameter> newLesionTargetSum() {
      return Optional.empty();
    }

    @Override
    public Optional<Diameter> newLesionTargetNadir() {
      return Optional.empty();
    }

    @Override
    public Optional<LocalDate> iupdDate() {
      return Optional.empty();
    }

    @Override
    public boolean hasIupdDate() {
      return false;
    }

    @Override
    public boolean withinWindow() {
      return (flags & WITHIN_WINDOW) != 0;
    }

    @Override
    public boolean recorded() {
      return (flags & RECORDED) != 0;
    }

    @Override
    public ImmutableList<Reason> reasons() {
      // a list made at each call, the writers reading the reasons one by one (issue 14)
      return inline < 0 ? all() : inlineList();
    }

    /** The reasons inline, as a list. */
    private ImmutableList<Reason> inlineList() {
      switch (inline) {
        case 0:
          return ImmutableList.of();
        case 1:
          return ImmutableList.of(reason0);
        case 2:
          return ImmutableList.of(reason0, reason1);
        case 3:
          return ImmutableList.of(reason0, reason1, reason2);
        default:
          return ImmutableList.of(reason0, reason1, reason2, (Reason) reason3OrAll);
      }
    }

    /** The reasons, more than four, in their list. */
    @SuppressWarnings("unchecked")
    private ImmutableList<Reason> all() {
      return (ImmutableList<Reason>) reason3OrAll;
    }

    @Override
    public int reasonCount() {
      return inline >= 0 ? inline : all().size();
    }

    @Override
    public Reason reason(int index) {
      if (inline < 0) {
        return all().get(index);
      }
      if (index < 0 || index >= inline) {
        throw noReason(index);
      }
      switch (index) {
        case 0:
          return reason0;
        case 1:
          return reason1;
        case 2:
          return reason2;
        default:
          return (Reason) reason3OrAll;
      }
    }

    /** The failure of {@link #reason} at {@code index}: out of line, so that it compiles small. */
    private IndexOutOfBoundsException noReason(int index) {
      return new IndexOutOfBoundsException("reason " + index + " of " + inline);
    }

    /** Whether this result's reasons are {@code other}'s, in the same order. */
    private boolean sameReasons(Value other) {
      int n = reasonCount();
      if (n != other.reasonCount()) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        if (!reason(i).equals(other.reason(i))) {
          return false;
        }
      }
      return true;
    }

    /** {@code reasons().hashCode()}, as {@link List#hashCode()} has it, with no list made. */
    private int reasonsHashCode() {
      int h = 1;
      for (int i = 0, n = reasonCount(); i < n; i++) {
        h = 31 * h + reason(i).hashCode();
      }
      return h;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (!(o instanceof Value)) {
        return false;
      }
      Value v = (Value) o;
      return date.equals(v.date) && sums == v.sums
          && flags == v.flags && overallCode.equals(v.overallCode)
          && newLesionTargetSum().equals(v.newLesionTargetSum())
          && newLesionTargetNadir().equals(v.newLesionTargetNadir())
          && iupdDate().equals(v.iupdDate()) && reset() == v.reset()
          && disregarded() == v.disregarded() && sameReasons(v);
    }

    @Override
    public int hashCode() {
      int h = 5381;
      h += (h << 5) + date.hashCode();
      h += (h << 5) + Objects.hashCode(diameterOrNull(targetSumTenths()));
      h += (h << 5) + Objects.hashCode(diameterOrNull(baselineSumTenths()));
      h += (h << 5) + Objects.hashCode(diameterOrNull(nadirTenths()));
      h += (h << 5) + target().hashCode();
      h += (h << 5) + nonTarget().hashCode();
      h += (h << 5) + newLesions().hashCode();
      h += (h << 5) + overallCode.hashCode();
      h += (h << 5) + overallCode.category().hashCode();
      h += (h << 5) + Objects.hashCode(newLesionTargetSum().orElse(null));
      h += (h << 5) + Objects.hashCode(newLesionTargetNadir().orElse(null));
      h += (h << 5) + Objects.hashCode(iupdDate().orElse(null));
      h += (h << 5) + Boolean.hashCode(reset());
      h += (h << 5) + Boolean.hashCode(disregarded());
      h += (h << 5) + Boolean.hashCode(withinWindow());
      h += (h << 5) + Boolean.hashCode(recorded());
      h += (h << 5) + reasonsHashCode();
      return h;
    }
  }

  /** A time point with iRECIST's values (Rule R14): the new-lesion sums, the run's iUPD, the flags. */
  private static final class IrecistValue extends Value {
    private final Diameter newLesionTargetSum;
    private final Diameter newLesionTargetNadir;
    private final LocalDate iupdDate;
    private final boolean reset;
    private final boolean disregarded;

    IrecistValue(LocalDate date, long sums, ResponseCode overallCode, Reason reason0, Reason reason1, Reason reason2,
        Object reason3OrAll, byte inline, byte target, byte nonTarget, byte newLesions,
        boolean withinWindow, boolean recorded, Diameter newLesionTargetSum,
        Diameter newLesionTargetNadir, LocalDate iupdDate, boolean reset, boolean disregarded) {
      super(date, sums, overallCode, reason0, reason1, reason2,
          reason3OrAll, inline, target, nonTarget, newLesions, withinWindow, recorded);
      this.newLesionTargetSum = newLesionTargetSum;
      this.newLesionTargetNadir = newLesionTargetNadir;
      this.iupdDate = iupdDate;
      this.reset = reset;
      this.disregarded = disregarded;
    }

    @Override
    public Optional<Diameter> newLesionTargetSum() {
      return Optional.ofNullable(newLesionTargetSum);
    }

    @Override
    public Optional<Diameter> newLesionTargetNadir() {
      return Optional.ofNullable(newLesionTargetNadir);
    }

    @Override
    public Optional<LocalDate> iupdDate() {
      return Optional.ofNullable(iupdDate);
    }

    @Override
    public boolean hasIupdDate() {
      return iupdDate != null;
    }

    @Override
    public boolean reset() {
      return reset;
    }

    @Override
    public boolean disregarded() {
      return disregarded;
    }
  }

  /** A copy with another overall response and one more reason (Rule R8 back-dating). */
  public TimepointResult withOverall(ResponseCode overall, Reason reason) {
    return builder().from(this).overallCode(overall).addReasons(reason).build();
  }

  /** A copy with one more reason (Rule R10: after progression). */
  public TimepointResult withReason(Reason reason) {
    return builder().from(this).addReasons(reason).build();
  }

  /** A copy marked in or out of the evaluation window, with one more reason when out (Rule R10). */
  public TimepointResult withWindow(boolean within, Reason reason) {
    Builder b = builder();
    b.from(this).withinWindow(within);
    if (reason != null) {
      b.addReasons(reason);
    }
    return b.build();
  }

  /**
   * Prints one line: {@code 2018-02-07 sum 29 mm (-42.0% from baseline 50 mm, -42.0% from nadir 50 mm)
   * target PR, non-target NON_CR_NON_PD, new NONE: PR}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder().append(date());
    if (recorded()) {
      return s.append(" recorded: ").append(overallCode().code()).toString();
    }
    if (targetSum().isPresent()) {
      s.append(" sum ").append(targetSum().get());
      if (baselineSum().isPresent()) {
        s.append(" (").append(signed(changeFromBaselinePct().orElse(null))).append(" from baseline ")
            .append(baselineSum().get());
        if (nadir().isPresent()) {
          s.append(", ").append(signed(changeFromNadirPct().orElse(null))).append(" from nadir ")
              .append(nadir().get());
        }
        s.append(')');
      }
    }
    s.append(" target ").append(target()).append(", non-target ").append(nonTarget())
        .append(", new ").append(newLesions()).append(": ").append(overallCode().code());
    if (!withinWindow()) {
      s.append(" (outside window)");
    }
    return s.toString();
  }

  /** A percentage with its sign and a % sign, {@code +5.0%} or {@code -42.0%}; "n/a" for null. */
  static String signed(BigDecimal pct) {
    if (pct == null) {
      return "n/a";
    }
    return (pct.signum() > 0 ? "+" : "") + pct.toPlainString() + "%";
  }
}
