package io.github.recist.rules;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.recist.Recist11;
import io.github.recist.model.Diameter;
import io.github.recist.model.Response;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.result.TimepointResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Rule R6 thresholds, decided exactly (Rule R5): PR at 30 % below baseline, PD at 20 % and 5 mm
 * above the nadir, one tenth of a millimetre deciding either way.
 */
class TargetResponsePropertiesTest {

  private static final BigDecimal PR_RATIO = new BigDecimal("0.7");
  private static final BigDecimal PD_RATIO = new BigDecimal("1.2");
  private static final long FIVE_MM = 50;

  /**
   * Non-nodal targets with these baseline diameters (tenths), an optional visit at {@code nadir}
   * (null: none, the baseline is the nadir), then a visit at {@code last}; the target response of
   * the last visit.
   */
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

  @Provide
  Arbitrary<List<Long>> wholeMillimetres() {
    return Arbitraries.longs().between(10, 150).map(mm -> mm * 10).list().ofMinSize(1).ofMaxSize(5);
  }

  @Provide
  Arbitrary<List<Long>> diameters() {
    return Arbitraries.longs().between(1, 1500).list().ofMinSize(1).ofMaxSize(5);
  }

  @Property
  void R6_prExactlyAtThirtyPercentBelowBaselineAndNotOneTenthAbove(
      @ForAll("wholeMillimetres") List<Long> baseline, @ForAll @IntRange(min = 0, max = 4) int which) {
    // each target at exactly 70 % of its baseline: the sum is exactly 70 % of the baseline sum
    List<Long> seventy = new ArrayList<>();
    baseline.forEach(t -> seventy.add(t * 7 / 10));
    assertEquals(Response.PR, lastTargetResponse(baseline, null, seventy));
    assertEquals(Response.SD, lastTargetResponse(baseline, null, plus(seventy, which, 1)));
    assertEquals(Response.PR, lastTargetResponse(baseline, null, plus(seventy, which, -1)));
  }

  /**
   * The smallest sum that is PD is the smallest both 20 % and 5 mm above the nadir; one tenth less
   * is SD. Whether the nadir is the baseline or an earlier visit makes no difference.
   */
  @Property
  void R6_pdFromTheSmallestSumTwentyPercentAndFiveMillimetresAboveTheNadir(
      @ForAll("diameters") List<Long> nadir, @ForAll @IntRange(min = 0, max = 4) int which,
      @ForAll @IntRange(min = 0, max = 60) int baselineAbovePercent) {
    long n = sum(nadir);
    BigDecimal twentyPercent = PD_RATIO.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING);
    long smallestPd = Math.max(twentyPercent.longValueExact(), n + FIVE_MM);
    boolean exact = PD_RATIO.multiply(BigDecimal.valueOf(n)).stripTrailingZeros().scale() <= 0;
    Statistics.label("binding").collect(twentyPercent.longValueExact() >= n + FIVE_MM ? "20 %" : "5 mm");
    Statistics.label("20 % is a whole tenth").collect(exact);
    Statistics.label("binding").coverage(c -> {
      c.check("20 %").percentage(p -> p > 10);
      c.check("5 mm").percentage(p -> p > 10);
    });

    List<Long> baseline = new ArrayList<>();
    nadir.forEach(t -> baseline.add(t + t * baselineAbovePercent / 100));
    List<Long> earlier = baselineAbovePercent == 0 ? null : nadir;
    assertEquals(Response.PD, lastTargetResponse(baseline, earlier, plus(nadir, which, smallestPd - n)));
    assertEquals(Response.PD, lastTargetResponse(baseline, earlier, plus(nadir, which, smallestPd - n + 1)));
    Response below = lastTargetResponse(baseline, earlier, plus(nadir, which, smallestPd - n - 1));
    assertEquals(Response.SD, below, () -> "nadir " + n + " tenths, sum " + (smallestPd - 1));
  }

  @Property
  void R6_pdExactlyAtTwentyPercentWhenThatIsAtLeastFiveMillimetres(
      @ForAll @IntRange(min = 50, max = 600) int fifths, @ForAll @IntRange(min = 1, max = 5) int targets) {
    // a nadir that is a multiple of 0.5 mm and at least 25 mm: 20 % above it is a whole tenth and >= 5 mm
    long n = fifths * 5L;
    List<Long> nadir = split(n, targets);
    long twentyPercent = n * 12 / 10;
    assertEquals(Response.PD, lastTargetResponse(nadir, null, plus(nadir, 0, twentyPercent - n)));
    assertEquals(Response.SD, lastTargetResponse(nadir, null, plus(nadir, 0, twentyPercent - n - 1)));
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
  @Property
  void R6_pdNeedsBothTwentyPercentAndFiveMillimetres(
      @ForAll @IntRange(min = 10, max = 1200) int nadirTenths, @ForAll @IntRange(min = 0, max = 400) int growthTenths) {
    long n = nadirTenths;
    long s = n + growthTenths;
    boolean twentyPercent = BigDecimal.valueOf(s).divide(BigDecimal.valueOf(n), 12, RoundingMode.FLOOR)
        .compareTo(PD_RATIO) >= 0;
    boolean fiveMm = s - n >= FIVE_MM;
    Statistics.collect(twentyPercent ? "20 %" : "under 20 %", fiveMm ? "5 mm" : "under 5 mm");
    Statistics.coverage(c -> {
      c.check("20 %", "5 mm").count(k -> k > 0);
      c.check("20 %", "under 5 mm").count(k -> k > 0);
      c.check("under 20 %", "5 mm").count(k -> k > 0);
      c.check("under 20 %", "under 5 mm").count(k -> k > 0);
    });
    Response r = lastTargetResponse(List.of(n), null, List.of(s));
    assertEquals(twentyPercent && fiveMm ? Response.PD : Response.SD, r,
        () -> "nadir " + Diameter.ofTenths(n) + ", sum " + Diameter.ofTenths(s));
  }

  /**
   * PR exactly when the sum is at least 30 % below baseline: decided here with decimal division, for
   * sums within 3 mm either side of the threshold.
   */
  @Property
  void R6_prExactlyWhenThirtyPercentBelowBaseline(
      @ForAll @IntRange(min = 100, max = 3000) int baselineTenths, @ForAll @IntRange(min = -30, max = 30) int offset) {
    int sumTenths = baselineTenths * 7 / 10 + offset;
    boolean thirtyPercent = BigDecimal.valueOf(sumTenths)
        .divide(BigDecimal.valueOf(baselineTenths), 12, RoundingMode.CEILING).compareTo(PR_RATIO) <= 0;
    Statistics.collect(thirtyPercent ? "PR" : "SD");
    Response r = lastTargetResponse(List.of((long) baselineTenths), null, List.of((long) sumTenths));
    assertEquals(thirtyPercent ? Response.PR : Response.SD, r);
  }
}
