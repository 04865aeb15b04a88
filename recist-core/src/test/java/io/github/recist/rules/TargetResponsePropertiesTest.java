package io.github.recist.rules;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.day;
import static io.github.recist.testing.Generators.diametersInTenths;
import static io.github.recist.testing.Generators.wholeMillimetresInTenths;
import static io.github.recist.testing.Theories.qt;
import static io.github.recist.testing.Theories.smallestCounterExample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.Generate.range;

import io.github.recist.Recist11;
import io.github.recist.model.Diameter;
import io.github.recist.model.Response;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.result.TimepointResult;
import io.github.recist.testing.Theories;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.Pair;

/**
 * Rule R6 thresholds, decided exactly (Rule R5): PR at 30 % below baseline, PD at 20 % and 5 mm
 * above the nadir, one tenth of a millimetre deciding either way.
 *
 * <p>Each property is written against a {@link TargetRule}: the engine, in the properties; a copy
 * of R6 with one comparison broken, in the {@code …_detectsBrokenRule} tests, which show that the
 * property fails on it and shrinks to a small case (and holds on the faithful copy).
 */
class TargetResponsePropertiesTest {

  private static final BigDecimal PR_RATIO = new BigDecimal("0.7");
  private static final BigDecimal PD_RATIO = new BigDecimal("1.2");
  private static final long FIVE_MM = 50;

  /**
   * The target response of the last visit of non-nodal targets with these baseline diameters
   * (tenths), an optional visit at {@code nadir} (null: none, the baseline is the nadir), then a
   * visit at {@code last}.
   */
  interface TargetRule {
    Response lastTargetResponse(List<Long> baseline, List<Long> nadir, List<Long> last);
  }

  /** The engine: a subject built and assessed by {@link Recist11}. */
  private static final TargetRule ENGINE = TargetResponsePropertiesTest::lastTargetResponse;

  private static Response lastTargetResponse(List<Long> baseline, List<Long> nadir, List<Long> last) {
    Subject.Builder b = Subject.builder("THRESHOLD").referenceDate(REF);
    for (int i = 0; i < baseline.size(); i++) {
      b.target("T" + (i + 1), Site.LUNG);
    }
    b.baseline(day(-7), v -> measure(v, baseline));
    if (nadir != null) {
      b.visit(day(42), v -> measure(v, nadir));
    }
    b.visit(day(84), v -> measure(v, last));
    List<TimepointResult> t = Recist11.assess(b.build()).timepoints();
    return t.get(t.size() - 1).target();
  }

  /**
   * A copy of R6 for measured non-nodal targets, on their sums, with the PD test (sum, nadir) and the
   * PR test (sum, baseline) given: CR when every target is 0 mm, else PD, else PR, else SD.
   */
  static TargetRule copyOfR6(BiPredicate<Long, Long> progression, BiPredicate<Long, Long> partialResponse) {
    return (baseline, nadir, last) -> {
      long b = sum(baseline);
      long n = nadir == null ? b : Math.min(b, sum(nadir));
      long s = sum(last);
      if (s == 0) {
        return Response.CR;
      }
      if (progression.test(s, n)) {
        return Response.PD;
      }
      return partialResponse.test(s, b) ? Response.PR : Response.SD;
    };
  }

  /** The copy of R6 with the rule's own tests. */
  private static final TargetRule FAITHFUL_COPY =
      copyOfR6(TargetResponse::meetsProgression, TargetResponse::meetsPartialResponse);

  /** PR tested as more than 30 % below baseline, where R6.4 says at least 30 %. */
  private static final TargetRule PR_STRICTLY_BELOW = copyOfR6(TargetResponse::meetsProgression,
      (sum, baseline) -> sum * 100 < baseline * 70);

  /** PD on 20 % <em>or</em> 5 mm above the nadir, where R6.3 needs both. */
  private static final TargetRule PD_ON_EITHER = copyOfR6(
      (sum, nadir) -> sum * 100 >= nadir * 120 || sum - nadir >= 50,
      TargetResponse::meetsPartialResponse);

  private static void measure(io.github.recist.model.Assessment.Builder v, List<Long> tenths) {
    for (int i = 0; i < tenths.size(); i++) {
      v.measure("T" + (i + 1), Diameter.ofTenths(tenths.get(i)));
    }
  }

  private static List<Long> plus(List<Long> tenths, int which, long delta) {
    List<Long> out = new ArrayList<>(tenths);
    int i = which % out.size();
    out.set(i, out.get(i) + delta);
    return out;
  }

  private static long sum(List<Long> tenths) {
    return tenths.stream().mapToLong(Long::longValue).sum();
  }

  // ---- R6.4: PR at exactly 30 % below baseline

  private static void prAtThirtyPercentAndNotOneTenthAbove(TargetRule rule, List<Long> baseline,
      int which) {
    // each target at exactly 70 % of its baseline: the sum is exactly 70 % of the baseline sum
    List<Long> seventy = new ArrayList<>();
    baseline.forEach(t -> seventy.add(t * 7 / 10));
    assertEquals(Response.PR, rule.lastTargetResponse(baseline, null, seventy));
    assertEquals(Response.SD, rule.lastTargetResponse(baseline, null, plus(seventy, which, 1)));
    assertEquals(Response.PR, rule.lastTargetResponse(baseline, null, plus(seventy, which, -1)));
  }

  @Test
  void R6_prExactlyAtThirtyPercentBelowBaselineAndNotOneTenthAbove() {
    qt(1000).forAll(wholeMillimetresInTenths(), range(0, 4))
        .checkAssert((baseline, which) -> prAtThirtyPercentAndNotOneTenthAbove(ENGINE, baseline, which));
  }

  @Test
  void R6_prExactlyAtThirtyPercentBelowBaselineAndNotOneTenthAbove_detectsBrokenRule() {
    qt(1000).forAll(wholeMillimetresInTenths(), range(0, 4)).checkAssert((baseline, which) ->
        prAtThirtyPercentAndNotOneTenthAbove(FAITHFUL_COPY, baseline, which));
    Pair<List<Long>, Integer> smallest = smallest(theory -> theory
        .forAll(wholeMillimetresInTenths(), range(0, 4)).checkAssert((baseline, which) ->
            prAtThirtyPercentAndNotOneTenthAbove(PR_STRICTLY_BELOW, baseline, which)));
    // one target, of the smallest whole millimetres
    assertEquals(List.of(100L), smallest._1, smallest::toString);
  }

  /**
   * PR exactly when the sum is at least 30 % below baseline: decided here with decimal division, for
   * sums within 3 mm either side of the threshold.
   */
  private static void prExactlyWhenThirtyPercentBelow(TargetRule rule, int baselineTenths, int offset) {
    int sumTenths = baselineTenths * 7 / 10 + offset;
    boolean thirtyPercent = BigDecimal.valueOf(sumTenths)
        .divide(BigDecimal.valueOf(baselineTenths), 12, RoundingMode.CEILING).compareTo(PR_RATIO) <= 0;
    Response r = rule.lastTargetResponse(List.of((long) baselineTenths), null, List.of((long) sumTenths));
    assertEquals(thirtyPercent ? Response.PR : Response.SD, r,
        () -> "baseline " + Diameter.ofTenths(baselineTenths) + ", sum " + Diameter.ofTenths(sumTenths));
  }

  @Test
  void R6_prExactlyWhenThirtyPercentBelowBaseline() {
    qt(1000).forAll(range(100, 3000), range(-30, 30))
        .checkAssert((baseline, offset) -> prExactlyWhenThirtyPercentBelow(ENGINE, baseline, offset));
  }

  /** With PR tested as {@code <}, the property fails exactly at 30 %: offset 0, a baseline of whole mm. */
  @Test
  void R6_prExactlyWhenThirtyPercentBelowBaseline_detectsBrokenRule() {
    qt(1000).forAll(range(100, 3000), range(-30, 30)).checkAssert((baseline, offset) ->
        prExactlyWhenThirtyPercentBelow(FAITHFUL_COPY, baseline, offset));
    Pair<Integer, Integer> smallest = smallest(theory -> theory
        .forAll(range(100, 3000), range(-30, 30)).checkAssert((baseline, offset) ->
            prExactlyWhenThirtyPercentBelow(PR_STRICTLY_BELOW, baseline, offset)));
    assertEquals(0, smallest._2, smallest::toString);
    assertTrue(smallest._1 % 10 == 0 && smallest._1 <= 300, smallest::toString);
  }

  // ---- R6.3: PD at 20 % and 5 mm above the nadir

  /**
   * The smallest sum that is PD is the smallest both 20 % and 5 mm above the nadir; one tenth less
   * is SD. Whether the nadir is the baseline or an earlier visit makes no difference.
   */
  @Test
  void R6_pdFromTheSmallestSumTwentyPercentAndFiveMillimetresAboveTheNadir() {
    qt(1000).forAll(diametersInTenths(), range(0, 4), range(0, 60))
        .checkAssert((nadir, which, baselineAbovePercent) -> {
          long n = sum(nadir);
          BigDecimal twentyPercent = PD_RATIO.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING);
          long smallestPd = Math.max(twentyPercent.longValueExact(), n + FIVE_MM);
          List<Long> baseline = new ArrayList<>();
          nadir.forEach(t -> baseline.add(t + t * baselineAbovePercent / 100));
          List<Long> earlier = baselineAbovePercent == 0 ? null : nadir;
          assertEquals(Response.PD, lastTargetResponse(baseline, earlier, plus(nadir, which, smallestPd - n)));
          assertEquals(Response.PD, lastTargetResponse(baseline, earlier, plus(nadir, which, smallestPd - n + 1)));
          Response below = lastTargetResponse(baseline, earlier, plus(nadir, which, smallestPd - n - 1));
          assertEquals(Response.SD, below, () -> "nadir " + n + " tenths, sum " + (smallestPd - 1));
        });
  }

  /**
   * The generated cases reach every side of R6.3, in fixed-seed samples: for the nadirs of the
   * property above, each condition binds in a tenth of them or more; for the property below, each of
   * the four combinations (20 % or not, 5 mm or not) occurs.
   */
  @Test
  void R6_theGeneratedCasesReachEverySideOfBothPdConditions() {
    int[] binding = new int[2];
    Theories.sample(1000).forAll(diametersInTenths()).checkAssert(nadir -> {
      long n = sum(nadir);
      long twentyPercent = PD_RATIO.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING)
          .longValueExact();
      binding[twentyPercent >= n + FIVE_MM ? 0 : 1]++;
    });
    int all = binding[0] + binding[1];
    assertTrue(binding[0] * 10 > all, () -> "20 % binds in " + binding[0] + " of " + all);
    assertTrue(binding[1] * 10 > all, () -> "5 mm binds in " + binding[1] + " of " + all);

    int[] combinations = new int[4];
    Theories.sample(1000).forAll(range(10, 1200), range(0, 400)).checkAssert((n, growth) -> {
      boolean twentyPercent = (n + growth) * 100L >= n * 120L;
      boolean fiveMm = growth >= FIVE_MM;
      combinations[(twentyPercent ? 2 : 0) + (fiveMm ? 1 : 0)]++;
    });
    for (int c = 0; c < 4; c++) {
      assertTrue(combinations[c] > 0, "no case with 20 % " + (c >= 2) + " and 5 mm " + (c % 2 == 1));
    }
  }

  @Test
  void R6_pdExactlyAtTwentyPercentWhenThatIsAtLeastFiveMillimetres() {
    qt(1000).forAll(range(50, 600), range(1, 5)).checkAssert((fifths, targets) -> {
      // a nadir that is a multiple of 0.5 mm and at least 25 mm: 20 % above it is a whole tenth and >= 5 mm
      long n = fifths * 5L;
      List<Long> nadir = split(n, targets);
      long twentyPercent = n * 12 / 10;
      assertEquals(Response.PD, lastTargetResponse(nadir, null, plus(nadir, 0, twentyPercent - n)));
      assertEquals(Response.SD, lastTargetResponse(nadir, null, plus(nadir, 0, twentyPercent - n - 1)));
    });
  }

  /** {@code total} tenths split over {@code parts} targets of at least one tenth. */
  private static List<Long> split(long total, int parts) {
    List<Long> out = new ArrayList<>();
    long each = total / parts;
    for (int i = 0; i < parts - 1; i++) {
      out.add(each);
    }
    out.add(total - each * (parts - 1));
    return out;
  }

  /** PD needs both conditions, whichever of them binds: decided here with decimal division. */
  private static void pdNeedsBoth(TargetRule rule, int nadirTenths, int growthTenths) {
    long n = nadirTenths;
    long s = n + growthTenths;
    boolean twentyPercent = BigDecimal.valueOf(s).divide(BigDecimal.valueOf(n), 12, RoundingMode.FLOOR)
        .compareTo(PD_RATIO) >= 0;
    boolean fiveMm = s - n >= FIVE_MM;
    Response r = rule.lastTargetResponse(List.of(n), null, List.of(s));
    assertEquals(twentyPercent && fiveMm ? Response.PD : Response.SD, r,
        () -> "nadir " + Diameter.ofTenths(n) + ", sum " + Diameter.ofTenths(s));
  }

  @Test
  void R6_pdNeedsBothTwentyPercentAndFiveMillimetres() {
    qt(1000).forAll(range(10, 1200), range(0, 400))
        .checkAssert((nadir, growth) -> pdNeedsBoth(ENGINE, nadir, growth));
  }

  /** With PD on either condition, the property fails on a small nadir that grows 20 % but not 5 mm. */
  @Test
  void R6_pdNeedsBothTwentyPercentAndFiveMillimetres_detectsBrokenRule() {
    qt(1000).forAll(range(10, 1200), range(0, 400))
        .checkAssert((nadir, growth) -> pdNeedsBoth(FAITHFUL_COPY, nadir, growth));
    Pair<Integer, Integer> smallest = smallest(theory -> theory.forAll(range(10, 1200), range(0, 400))
        .checkAssert((nadir, growth) -> pdNeedsBoth(PD_ON_EITHER, nadir, growth)));
    assertTrue(smallest._1 <= 100 && smallest._2 <= 50, smallest::toString);
  }

  /** The smallest counter-example of {@code property}, which must fail. */
  @SuppressWarnings("unchecked")
  private static <T> T smallest(Consumer<QuickTheory> property) {
    return (T) smallestCounterExample(1000, property)
        .orElseThrow(() -> new AssertionError("the broken rule was not found"));
  }
}
