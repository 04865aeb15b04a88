package io.github.recist.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Recist11;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.model.Subject;
import io.github.recist.model.VisitResponse;
import io.github.recist.result.SubjectAssessment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CohortReport} on the hand-built {@link ExampleCohort}: the files, the pictures, and the
 * endpoints of Rule R13 as the HTML shows them. The cohort is written once for the class.
 */
class CohortReportTest {

  @TempDir
  static Path out;
  static List<Path> written;
  static String html;

  @BeforeAll
  static void writeTheReport() throws IOException {
    written = CohortReport.write(ExampleCohort.elevenSubjects(), Protocol.defaults(), out);
    html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
  }

  @Test
  void writesTheHtmlAndEveryPictureAsPngAndSvg() throws IOException {
    List<String> names = written.stream().map(p -> p.getFileName().toString())
        .collect(Collectors.toList());
    assertEquals(List.of("report.html", "waterfall.png", "waterfall.svg", "spider.png",
        "spider.svg", "swimmer.png", "swimmer.svg", "km-pfs.png", "km-pfs.svg", "km-dor.png",
        "km-dor.svg"), names);
    for (Path p : written) {
      assertTrue(Files.size(p) > 1000, p + " is " + Files.size(p) + " bytes");
      assertEquals(out, p.getParent());
    }
  }

  @Test
  void everyPngDecodes() throws IOException {
    for (String name : List.of("waterfall", "spider", "swimmer", "km-pfs", "km-dor")) {
      BufferedImage image = ImageIO.read(out.resolve(name + ".png").toFile());
      assertTrue(image != null && image.getWidth() >= 700 && image.getHeight() >= 300,
          name + ".png");
    }
  }

  @Test
  void everySvgIsAnSvgDocumentWithItsText() throws IOException {
    for (String name : List.of("waterfall", "spider", "swimmer", "km-pfs", "km-dor")) {
      String svg = Files.readString(out.resolve(name + ".svg"), StandardCharsets.UTF_8);
      assertTrue(svg.startsWith("<?xml") && svg.contains("<svg") && svg.trim().endsWith("</svg>"),
          name + ".svg");
    }
    String km = Files.readString(out.resolve("km-pfs.svg"), StandardCharsets.UTF_8);
    assertTrue(km.contains("Number at risk"), "the at-risk table is in the SVG");
    assertTrue(km.contains("Months since the reference date"), "the time axis drawn here");
  }

  @Test
  void theHtmlEmbedsAllPicturesAsDecodablePng() throws IOException {
    Matcher m = Pattern.compile("<figure id=\"([a-z-]+)\">\\s*<img src=\"data:image/png;base64,"
        + "([A-Za-z0-9+/=]+)\"").matcher(html);
    int found = 0;
    StringBuilder ids = new StringBuilder();
    while (m.find()) {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(
          Base64.getDecoder().decode(m.group(2))));
      assertTrue(image != null && image.getWidth() > 0, m.group(1));
      ids.append(m.group(1)).append(' ');
      found++;
    }
    assertEquals(5, found);
    assertEquals("waterfall spider swimmer km-pfs km-dor ", ids.toString());
    assertFalse(html.contains("src=\"waterfall.png\""), "self-contained: no external image");
  }

  @Test
  void R13_theHtmlShowsTheCohortEndpointsDerivedByHand() {
    // Ten subjects of CohortTest (4 responders, 7 with disease control) and S11, recorded SD.
    assertTrue(html.contains("4/11 = 36.4%"), "ORR");
    assertTrue(html.contains("8/11 = 72.7%"), "DCR");
    // binom.test(4, 11): 0.1092634 to 0.6920953; binom.test(8, 11): 0.3902574 to 0.9397700.
    assertTrue(html.contains("10.9–69.2%"), "ORR interval");
    assertTrue(html.contains("39.0–94.0%"), "DCR interval");
    // S11 is censored at day 84, with S07's event: at 84, 8 at risk, 1 event, 1 censored.
    assertTrue(html.contains("<td class=\"n\">84</td><td class=\"n\">2.8</td><td class=\"n\">8</td>"
        + "<td class=\"n\">1</td><td class=\"n\">1</td>"), "PFS row at day 84");
    assertTrue(html.contains("Median duration of response, days (months)</td><td class=\"n\">"
        + "210 (6.9)"), "median DoR");
    assertTrue(html.contains("not estimable"), "12-month rate past the one-year follow-up");
  }

  @Test
  void theHtmlListsEverySubjectWithItsBestResponse() {
    for (SubjectAssessment s : ExampleCohort.elevenSubjects()) {
      assertTrue(html.matches("(?s).*<tr><td class=\"id\"><a href=\"#s\\d+\">" + s.subjectId()
          + "</a></td>.*"), s.subjectId());
      assertTrue(html.contains("<h3>" + s.subjectId() + "</h3>"), s.subjectId() + "'s visits");
    }
    assertTrue(html.contains("</span>MISSING</td>"));
    assertTrue(html.contains("<td class=\"n\">-60.0</td>"), "S01's best change");
  }

  @Test
  void R9_eachSubjectHasAVisitTableWithSumsChangesTheFourResponsesAndTheReasons() {
    SubjectAssessment s01 = ExampleCohort.elevenSubjects().get(0);
    int from = html.indexOf("<h3>" + s01.subjectId() + "</h3>");
    String section = html.substring(from, html.indexOf("</section>", from));
    assertTrue(section.contains("<th>Date</th><th>Day</th><th>Sum</th><th>Baseline</th><th>Nadir</th>"
        + "<th>vs baseline</th><th>vs nadir</th><th>Target</th><th>Non-target</th>"
        + "<th>New lesions</th><th>Overall</th><th>Why</th>"), section);
    for (io.github.recist.result.TimepointResult t : s01.timepoints()) {
      assertTrue(section.contains("<tr><td class=\"d\">" + t.date() + "</td>"), t.date().toString());
      assertTrue(section.contains(t.reasons().get(0).text().replace("&", "&amp;")
          .replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")), t.date().toString());
    }
    assertTrue(section.contains("-60.0 %"), "S01's best change in its row");
  }

  @Test
  void countsAreWrittenInTheSingularWhenThereIsOne(@TempDir Path dir) throws IOException {
    Subject one = Subject.builder("ONE").referenceDate(ExampleCohort.DAY_0)
        .recorded(ExampleCohort.DAY_0.plusDays(42), VisitResponse.PD).build();
    CohortReport.write(List.of(Recist11.assess(one)), Protocol.defaults(), dir);
    String page = Files.readString(dir.resolve("report.html"));
    assertTrue(page.contains("<p>1 subject. Protocol"), "1 subject");
    assertTrue(page.contains("1 event (progression or death), 0 censored"), "1 event");
    assertFalse(page.matches("(?s).*\\b1 (subjects|reasons|warnings|events|responders)\\b.*"));
  }

  @Test
  void theWaterfallColoursEachBarByBestResponse() throws IOException {
    BufferedImage image = ImageIO.read(out.resolve("waterfall.png").toFile());
    for (Response r : List.of(Response.CR, Response.PR, Response.SD, Response.PD)) {
      assertTrue(count(image, ResponseColors.of(r).getRGB()) > 500, r + " bars");
    }
    assertEquals(0, count(image, ResponseColors.of(Response.NON_CR_NON_PD).getRGB()),
        "no NON-CR/NON-PD subject");
  }

  @Test
  void textIsEscapedInTheHtml(@TempDir Path dir) throws IOException {
    Subject odd = Subject.builder("A<1>&\"").referenceDate(ExampleCohort.DAY_0)
        .recorded(ExampleCohort.DAY_0.plusDays(42), VisitResponse.PD).build();
    CohortReport.write(List.of(Recist11.assess(odd)), Protocol.defaults(), dir);
    String page = Files.readString(dir.resolve("report.html"));
    assertTrue(page.contains("<a href=\"#s1\">A&lt;1&gt;&amp;&quot;</a>"));
    assertTrue(page.contains("<h3>A&lt;1&gt;&amp;&quot;</h3>"));
    assertFalse(page.contains("A<1>"));
  }

  @Test
  void aCohortWithoutMeasurementsStillHasEveryPicture(@TempDir Path dir) throws IOException {
    Subject recorded = Subject.builder("R1").referenceDate(ExampleCohort.DAY_0)
        .recorded(ExampleCohort.DAY_0.plusDays(42), VisitResponse.SD).build();
    List<Path> files = CohortReport.write(List.of(Recist11.assess(recorded)), Protocol.defaults(),
        dir);
    assertEquals(11, files.size());
    assertTrue(Files.readString(dir.resolve("waterfall.svg")).contains("No subject has a measured"));
    assertTrue(Files.readString(dir.resolve("report.html")).contains("No observation."),
        "no responder: no duration of response");
  }

  @Test
  void anEmptyCohortIsRejected(@TempDir Path dir) {
    assertThrows(IllegalArgumentException.class,
        () -> CohortReport.write(List.of(), Protocol.defaults(), dir));
  }

  private static int count(BufferedImage image, int rgb) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == (rgb & 0xFFFFFF)) {
          n++;
        }
      }
    }
    return n;
  }
}
