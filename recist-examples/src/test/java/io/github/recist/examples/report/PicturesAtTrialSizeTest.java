package io.github.recist.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Recist11;
import io.github.recist.cohort.Cohort;
import io.github.recist.examples.generate.CaseGenerator;
import io.github.recist.examples.json.CaseFile;
import io.github.recist.examples.json.CaseSource;
import io.github.recist.model.Response;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import io.github.recist.rules.TargetResponse;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pictures hold from 20 to 20,000 subjects (issue 15): bounded PNGs, SVGs with real text and
 * under 1 MB for 1,000 subjects, a layout for each size, one palette, and the thresholds of Rule R6
 * drawn from the rule's constants. Cohorts from {@code recist generate --seed 7}.
 */
class PicturesAtTrialSizeTest {

  static final int[] SIZES = {20, 1000, 20000};
  static final Map<Integer, List<SubjectAssessment>> COHORTS = new HashMap<>();
  static final Map<Integer, List<Picture>> PICTURES = new HashMap<>();
  static final Map<Integer, Map<String, String>> SVG = new HashMap<>();

  @BeforeAll
  static void generateAssessAndDraw() throws IOException {
    System.setProperty("java.awt.headless", "true");
    for (int n : SIZES) {
      ByteArrayOutputStream file = new ByteArrayOutputStream();
      new CaseGenerator(7).write(n, file);
      CaseFile cases;
      try (CaseSource source = CaseSource.spool(new ByteArrayInputStream(file.toByteArray()))) {
        cases = CaseFile.read(source, false);
      }
      List<SubjectAssessment> assessed = Recist11.assessAll(cases.subjects(), cases.protocol(), 2);
      COHORTS.put(n, assessed);
      List<Picture> pictures = CohortReport.pictures(Cohort.of(assessed));
      PICTURES.put(n, pictures);
      Map<String, String> svg = new HashMap<>();
      for (Picture p : pictures) {
        svg.put(p.name(), p.svg());
      }
      SVG.put(n, svg);
    }
  }

  @Test
  void everyPngStaysWithin2400PixelsOnItsLongSideAtEverySize() throws IOException {
    for (int n : SIZES) {
      for (Picture p : PICTURES.get(n)) {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(p.png()));
        assertEquals(p.width(), image.getWidth(), p + " at " + n);
        assertTrue(Math.max(image.getWidth(), image.getHeight()) <= 2400, p + " at " + n);
        assertTrue(image.getWidth() >= 700 && image.getHeight() >= 300, p + " at " + n);
      }
    }
  }

  @Test
  void theSvgOf1000SubjectsIsUnderOneMegabyteWithItsTextAsText() {
    for (Map.Entry<String, String> e : SVG.get(1000).entrySet()) {
      int bytes = e.getValue().getBytes(StandardCharsets.UTF_8).length;
      assertTrue(bytes < 1_000_000, e.getKey() + ".svg is " + bytes + " bytes");
      assertTrue(e.getValue().contains("<text"), e.getKey());
      assertTrue(e.getValue().contains("sans-serif"), e.getKey() + ": a font every browser has");
    }
    assertTrue(SVG.get(1000).get("waterfall").contains(">Best change of the sum of target "
        + "diameters from baseline</text>"));
    assertTrue(SVG.get(1000).get("km-pfs").contains(">Number at risk</text>"));
  }

  @Test
  void theWaterfallBecomesADenseAreaWhenSubjectsOutnumberPixelsAndStatesTheShares() {
    String dense = SVG.get(20000).get("waterfall");
    assertTrue(dense.contains("each pixel column shows"), "dense");
    assertTrue(dense.matches("(?s).*\\d[\\d,]* \\(\\d+\\.\\d %\\) at or below −30 %, [\\d,]+ "
        + "\\(\\d+\\.\\d %\\) at or above \\+20 %\\..*"), "the shares beyond each threshold");
    assertFalse(SVG.get(1000).get("waterfall").contains("each pixel column shows"));
    String few = SVG.get(20).get("waterfall");
    for (SubjectAssessment s : COHORTS.get(20)) {
      assertEquals(s.bestChangeFromBaselinePct().isPresent(), few.contains(">" + s.subjectId()
          + "</text>"), s.subjectId() + ": a bar with its id when measured");
    }
  }

  @Test
  void R12_theWaterfallSaysWhyABarBelowMinus30PercentIsNotAResponse() {
    for (int n : SIZES) {
      long unconfirmed = COHORTS.get(n).stream().filter(s -> !s.isResponder()
          && s.bestChangeFromBaselinePct().map(c -> c.doubleValue() <= -30).orElse(false)).count();
      String svg = SVG.get(n).get("waterfall");
      assertEquals(unconfirmed > 0, svg.contains("an unconfirmed PR (R12)"), n + " subjects");
      if (unconfirmed > 0) {
        assertTrue(svg.contains(">" + Charts.count(unconfirmed) + " at or below −30 % but not "
            + "CR/PR"), n + " subjects: " + unconfirmed);
      }
    }
  }

  @Test
  void theSwimmerDrawsAtMost50LanesAndSaysHowManyItLeftOut() {
    Pattern id = Pattern.compile(">(SYN-\\d+)</text>");
    for (int n : SIZES) {
      String svg = SVG.get(n).get("swimmer");
      Set<String> lanes = new HashSet<>();
      Matcher m = id.matcher(svg);
      while (m.find()) {
        lanes.add(m.group(1));
      }
      assertEquals(Math.min(n, SwimmerPlot.MAX_LANES), lanes.size(), n + " subjects");
      if (n > SwimmerPlot.MAX_LANES) {
        assertTrue(svg.contains(">" + Charts.count(n - SwimmerPlot.MAX_LANES, "subject")
            + " not shown; every subject is in the report's table.</text>"), n + " subjects");
        for (SubjectAssessment s : COHORTS.get(n)) {
          if (lanes.contains(s.subjectId())) {
            assertTrue(s.isResponder(), s.subjectId() + " is drawn among the responders");
          }
        }
      }
    }
  }

  @Test
  void R13_aSwimmerBarEndsAtProgressionEvenWhenVisitsFollowInTheWindow() {
    int checked = 0;
    for (SubjectAssessment s : COHORTS.get(1000)) {
      if (s.progressionDate().isEmpty()) {
        continue;
      }
      double pd = Charts.months(s.referenceDate(), s.progressionDate().get());
      assertEquals(pd, SwimmerPlot.endMonths(s), 1e-9, s.subjectId());
      for (TimepointResult t : s.timepoints()) {
        if (t.withinWindow() && t.date().isAfter(s.progressionDate().get())) {
          checked++;
        }
      }
    }
    assertTrue(checked > 0, "some subjects have visits after their progression in the window");
  }

  @Test
  void theSwimmerMarksAnOngoingResponseWithAnArrow() {
    long ongoing = COHORTS.get(20).stream().filter(SwimmerPlot::responseOngoing).count();
    assertTrue(ongoing > 0);
    COHORTS.get(20).stream().filter(SwimmerPlot::responseOngoing).forEach(s -> {
      assertTrue(s.progressionDate().isEmpty() && !s.progressionFreeSurvival().event());
      assertTrue(s.durationOfResponse().orElseThrow().censored());
    });
    assertTrue(SVG.get(20).get("swimmer").contains(">Response ongoing at the last assessment<"));
  }

  @Test
  void spiderLinesAreSolidOnlyTheThresholdsAreDashed() {
    for (int n : SIZES) {
      String svg = SVG.get(n).get("spider");
      int dashed = svg.split("stroke-dasharray", -1).length - 1;
      assertEquals(4, dashed, n + " subjects: two threshold lines and their two legend swatches");
    }
  }

  @Test
  void manySubjectsGetTheMedianAndQuartilesOfTheSpiderAndOnlyTheExtremesLabelled() {
    assertFalse(SVG.get(20).get("spider").contains(">Median</text>"));
    for (int n : new int[] {1000, 20000}) {
      String svg = SVG.get(n).get("spider");
      assertTrue(svg.contains(">Median</text>") && svg.contains(">Quartiles (25 %–75 %)</text>"));
      Matcher m = Pattern.compile(">SYN-\\d+</text>").matcher(svg);
      int labels = 0;
      while (m.find()) {
        labels++;
      }
      assertEquals(4, labels, n + " subjects: the two lowest and two highest");
    }
  }

  @Test
  void theQuartilesAreRsType7() {
    double[] v = {1, 2, 3, 4, 10};
    assertEquals(2, SpiderPlot.quantile(v, 0.25));
    assertEquals(3, SpiderPlot.quantile(v, 0.5));
    assertEquals(4, SpiderPlot.quantile(v, 0.75));
    assertEquals(2.5, SpiderPlot.quantile(new double[] {1, 2, 3, 4}, 0.5));
  }

  @Test
  void everyBestResponseHasItsOwnColourNdAndMissingIncluded() {
    Set<String> colours = new HashSet<>();
    List<Response> best = List.of(Response.CR, Response.PR, Response.SD, Response.NON_CR_NON_PD,
        Response.PD, Response.NE, Response.ND, Response.MISSING);
    for (Response r : best) {
      colours.add(ResponseColors.css(r));
    }
    assertEquals(best.size(), colours.size(), colours.toString());
  }

  @Test
  void R6_theThresholdsDrawnAreTheRulesConstants() {
    assertEquals(-TargetResponse.PARTIAL_RESPONSE_PERCENT, Charts.PARTIAL_RESPONSE_PCT);
    assertEquals(TargetResponse.PROGRESSION_PERCENT, Charts.PROGRESSION_PCT);
    assertTrue(SVG.get(20).get("waterfall").contains(">−30 % from baseline: PR (R6.4)</text>"));
  }
}
