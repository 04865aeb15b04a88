package io.github.recist.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Configuration;
import org.quicktheories.core.ExceptionReporter;
import org.quicktheories.core.NoGuidance;
import org.quicktheories.core.Reporter;
import org.quicktheories.core.Strategy;

/**
 * How the property-based tests of both modules run: QuickTheories 0.26, with a fixed seed and a
 * fixed number of examples per property in {@code mvn verify}, so that every build tries the same
 * examples; many more examples, from a fresh seed, in the {@code fuzz} profile.
 *
 * <p>The properties ran on jqwik before; jqwik is not used because from version 1.10 its authors
 * ask that it not be used by AI coding agents.
 *
 * <p>Three system properties (QuickTheories' own names) change every property at once:
 *
 * <ul>
 *   <li>{@value #EXAMPLES}: the examples of every property (at least each property's own count);
 *       the {@code fuzz} profile sets 20,000.
 *   <li>{@value #SEED}: the seed of every property, a number, or {@code random} for a fresh one each
 *       run (what the {@code fuzz} profile sets).
 *   <li>{@value #SHRINKS}: how many attempts the shrinking of a failure makes (10,000).
 * </ul>
 *
 * <p>The fixed-seed samples that check what the generators produce ({@link #sample}) and the
 * broken-rule checks ({@link #smallestCounterExample}) ignore them.
 *
 * <p>A property that fails names its seed and the examples it ran with, so that the failure can be
 * run again: {@code mvn -q verify -pl recist-core -Dtest=… -DQT_SEED=… -DQT_EXAMPLES=…}.
 */
public final class Theories {

  /** The system property that sets every property's examples. */
  public static final String EXAMPLES = "QT_EXAMPLES";
  /** The system property that sets every property's seed ({@code random}: a fresh one). */
  public static final String SEED = "QT_SEED";
  /** The system property that sets how many attempts the shrinking of a failure makes. */
  public static final String SHRINKS = "QT_SHRINKS";

  /** The seed of every property in an ordinary build. */
  public static final long DEFAULT_SEED = 20_180_110L;
  /** Shrinking attempts after a failure, unless {@value #SHRINKS} says otherwise. */
  public static final int DEFAULT_SHRINKS = 10_000;

  private Theories() {}

  /**
   * A theory that tries {@code examples} examples (or {@value #EXAMPLES}, when that is more) from the
   * build's seed, and reports a failure with its smallest counter-example, the seed and the examples.
   */
  public static QuickTheory qt(int examples) {
    return qt(examples, Integer.MAX_VALUE);
  }

  /**
   * As {@link #qt(int)}, for a property whose every example is costly (a whole command-line run on a
   * generated cohort): {@value #EXAMPLES} raises its examples to {@code maxExamples} at most.
   */
  public static QuickTheory qt(int examples, int maxExamples) {
    int n = Math.min(examples(examples), Math.max(examples, maxExamples));
    return theory(seed(), n, shrinks(), new Replayable(n));
  }

  /**
   * A theory with everything set here: QuickTheories' own {@code QuickTheory.qt()} would read the
   * system properties again, and refuse {@code QT_SEED=random}.
   */
  private static QuickTheory theory(long seed, int examples, int shrinks, Reporter reporter) {
    return QuickTheory.qt(() -> new Strategy(Configuration.defaultPRNG(seed), examples, -1, shrinks,
        GENERATE_ATTEMPTS, reporter, prng -> new NoGuidance()));
  }

  /** How often a generator that filters its values may try again (QuickTheories' default). */
  private static final int GENERATE_ATTEMPTS = 10;

  /**
   * A theory over a fixed sample: {@code examples} examples from the default seed, whatever the
   * system properties say, for tests that count what the generators produce.
   */
  public static QuickTheory sample(int examples) {
    return theory(DEFAULT_SEED, examples, DEFAULT_SHRINKS, new ExceptionReporter());
  }

  /** The examples a property of {@code examples} examples runs in this build. */
  public static int examples(int examples) {
    String value = System.getProperty(EXAMPLES, "").trim();
    return value.isEmpty() ? examples : Math.max(examples, Integer.parseInt(value));
  }

  /** The seed of this build: {@value #SEED}, a fresh one when it says {@code random}, else the default. */
  public static long seed() {
    String value = System.getProperty(SEED, "").trim();
    if (value.isEmpty()) {
      return DEFAULT_SEED;
    }
    return value.equalsIgnoreCase("random") ? FRESH_SEED : Long.parseLong(value);
  }

  /** One fresh seed per test JVM, so that a whole fuzz run can be repeated with one number. */
  private static final long FRESH_SEED = System.nanoTime() ^ System.currentTimeMillis() << 20;

  private static int shrinks() {
    String value = System.getProperty(SHRINKS, "").trim();
    return value.isEmpty() ? DEFAULT_SHRINKS : Integer.parseInt(value);
  }

  /**
   * Runs {@code property} (a {@code qt().forAll(...).check…} call on the theory given) with a
   * reporter that keeps its smallest counter-example instead of failing: for the tests showing that
   * a property finds a deliberately broken rule.
   *
   * @return the smallest counter-example after shrinking (a single value, or QuickTheories' {@code
   *     Pair}/{@code Tuple3}/{@code Tuple4} of the values), or empty when the property held
   */
  public static Optional<Object> smallestCounterExample(int examples,
      java.util.function.Consumer<QuickTheory> property) {
    List<Object> smallest = new ArrayList<>();
    Reporter keep = new Reporter() {
      @Override
      public void falisification(long seed, int examplesUsed, Object value, Throwable cause,
          List<Object> examples, AsString<Object> toString) {
        smallest.add(value);
      }

      @Override
      public void falisification(long seed, int examplesUsed, Object value, List<Object> examples,
          AsString<Object> toString) {
        smallest.add(value);
      }

      @Override
      public void valuesExhausted(int completedExamples) {
        throw new AssertionError("only " + completedExamples + " examples met the assumptions");
      }
    };
    property.accept(theory(DEFAULT_SEED, examples, DEFAULT_SHRINKS, keep));
    return smallest.stream().findFirst();
  }

  /** QuickTheories' own report, which names the seed, and the system properties that run it again. */
  private static final class Replayable implements Reporter {
    private final ExceptionReporter report = new ExceptionReporter();
    private final int examples;

    Replayable(int examples) {
      this.examples = examples;
    }

    @Override
    public void falisification(long seed, int examplesUsed, Object smallest, Throwable cause,
        List<Object> examples, AsString<Object> toString) {
      try {
        report.falisification(seed, examplesUsed, smallest, cause, examples, toString);
      } catch (AssertionError e) {
        throw replay(e, seed);
      }
    }

    @Override
    public void falisification(long seed, int examplesUsed, Object smallest, List<Object> examples,
        AsString<Object> toString) {
      try {
        report.falisification(seed, examplesUsed, smallest, examples, toString);
      } catch (AssertionError e) {
        throw replay(e, seed);
      }
    }

    @Override
    public void valuesExhausted(int completedExamples) {
      report.valuesExhausted(completedExamples);
    }

    private AssertionError replay(AssertionError e, long seed) {
      return new AssertionError(e.getMessage() + System.lineSeparator() + "Run it again with -D"
          + SEED + "=" + seed + " -D" + EXAMPLES + "=" + examples, e.getCause());
    }
  }
}
