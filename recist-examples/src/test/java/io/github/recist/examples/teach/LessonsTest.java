package io.github.recist.examples.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.recist.examples.teach.LessonRunner.Transcript;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The lessons of {@code recist-examples/jshell} and {@code recist-examples/notebooks}: each runs
 * clean through JShell against the built classes, and each teaches the right answer. A script and
 * its notebook teach the same lesson, so the checks of a lesson apply to both.
 */
class LessonsTest {

  static final Path SCRIPTS = Path.of("jshell");
  static final Path NOTEBOOKS = Path.of("notebooks");

  /** Each lesson runs once per test run; later checks read its transcript. */
  private static final Map<Path, Transcript> RUNS = new ConcurrentHashMap<>();

  /** Where a lesson is taught: a JShell script or a notebook of the same name. */
  enum Medium {
    SCRIPT(SCRIPTS, ".jsh"),
    NOTEBOOK(NOTEBOOKS, ".ipynb");

    final Path folder;
    final String extension;

    Medium(Path folder, String extension) {
      this.folder = folder;
      this.extension = extension;
    }

    String output(String lesson) {
      Path file = folder.resolve(lesson + extension);
      assertTrue(Files.isRegularFile(file), file + " is missing");
      return run(file).output();
    }
  }

  static Transcript run(Path file) {
    Transcript t = RUNS.get(file);
    if (t == null) {
      t = file.toString().endsWith(".jsh") ? LessonRunner.runScript(file) : LessonRunner.runNotebook(file);
      RUNS.put(file, t);
    }
    return t;
  }

  static List<Path> files(Path folder, String extension) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().endsWith(extension)).sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- every file runs clean

  @TestFactory
  Stream<DynamicTest> everyScriptRunsCleanInJShell() {
    List<Path> scripts = files(SCRIPTS, ".jsh");
    assertFalse(scripts.isEmpty(), "no .jsh file in " + SCRIPTS.toAbsolutePath());
    return scripts.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> run(p)));
  }

  @TestFactory
  Stream<DynamicTest> everyNotebookCodeCellRunsCleanInJShell() {
    List<Path> notebooks = files(NOTEBOOKS, ".ipynb");
    assertFalse(notebooks.isEmpty(), "no .ipynb file in " + NOTEBOOKS.toAbsolutePath());
    return notebooks.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> run(p)));
  }

  @TestFactory
  Stream<DynamicTest> everyNotebookIsForTheJJavaKernelAndLoadsTheLibraryFirst() {
    return files(NOTEBOOKS, ".ipynb").stream().map(p -> DynamicTest.dynamicTest(
        p.getFileName().toString(), () -> {
          JsonNode nb = LessonRunner.readNotebook(p);
          assertEquals(4, nb.path("nbformat").asInt(), "nbformat");
          JsonNode kernel = nb.path("metadata").path("kernelspec");
          assertEquals("java", kernel.path("name").asText(), "kernelspec.name (JJava's kernel)");
          assertEquals("java", kernel.path("language").asText(), "kernelspec.language");
          List<String> code = LessonRunner.codeCells(p);
          assertFalse(code.isEmpty(), "no code cell");
          assertTrue(code.get(0).lines().anyMatch(l -> l.startsWith("%maven io.github.recist:recist-core:")
                  || l.startsWith("%jars ") || l.startsWith("%classpath ")),
              "the first code cell loads recist-core with %maven (or %jars): " + code.get(0));
          for (JsonNode cell : nb.path("cells")) {
            if ("code".equals(cell.path("cell_type").asText())) {
              assertEquals(0, cell.path("outputs").size(), "notebooks are stored without outputs");
            }
          }
        }));
  }

  @Test
  void everyScriptHasItsNotebook() {
    for (Path script : files(SCRIPTS, ".jsh")) {
      String name = script.getFileName().toString().replace(".jsh", ".ipynb");
      assertTrue(Files.isRegularFile(NOTEBOOKS.resolve(name)), "no notebook " + name + " for " + script);
    }
  }

  @Test
  void fluentChainsInScriptsBreakAfterTheDot() {
    // The jshell tool runs a line as soon as it is complete, so a continuation line starting with
    // "." would be a new (broken) statement. Running the scripts catches it too; this says why.
    for (Path script : files(SCRIPTS, ".jsh")) {
      List<String> lines;
      try {
        lines = Files.readAllLines(script);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (int i = 0; i < lines.size(); i++) {
        assertFalse(lines.get(i).strip().startsWith("."),
            script + ":" + (i + 1) + " starts with '.', which jshell reads as a new statement");
      }
    }
  }

  // ---------------------------------------------------------------- what each lesson teaches

  @ParameterizedTest
  @EnumSource(Medium.class)
  void lesson01_classifiesEachVisitAndExplainsTheBestResponse(Medium medium) {
    String out = medium.output("01-first-assessment");
    assertHasLine(out, "2018-02-21 sum 29 mm (-42.0% from baseline 50 mm, -42.0% from nadir 50 mm) "
        + "target PR, non-target NON_CR_NON_PD, new NONE: PR");
    assertHasLine(out, "target sum 29 mm is 42.0% below baseline 50 mm: PR (R6.4 needs at least 30%)");
    assertHasLine(out, "target sum 34 mm is 30.7% and 8 mm above nadir 26 mm: PD (R6.3 needs at least 20% and 5 mm)");
    assertHasLine(out, "best overall response: PR (confirmed on 2018-03-21)");
    assertHasLine(out, "progression: 2018-05-16");
  }

  @ParameterizedTest
  @EnumSource(Medium.class)
  void lesson02_R6_4_prAtExactlyThirtyPercent(Medium medium) {
    String out = medium.output("02-boundaries");
    assertHasLine(out, "70 -> 49 mm: PR");
    assertHasLine(out, "70 -> 49.1 mm: SD");
  }

  @ParameterizedTest
  @EnumSource(Medium.class)
  void lesson02_R6_3_pdNeedsTwentyPercentAndFiveMillimetres(Medium medium) {
    String out = medium.output("02-boundaries");
    assertHasLine(out, "25 -> 30 mm: PD");
    assertHasLine(out, "25 -> 29.9 mm: SD");
    assertHasLine(out, "20 -> 10 -> 14.5 mm: SD");
    assertHasLine(out, "20 -> 10 -> 15 mm: PD");
  }

  @ParameterizedTest
  @EnumSource(Medium.class)
  void lesson02_R5_showsWhyDoublesMissTheBoundary(Medium medium) {
    String out = medium.output("02-boundaries");
    assertTrue(out.contains("30 / 25.0 - 1 = 0.19999999999999996, so '>= 0.20' says false"), out);
    assertTrue(out.contains("300 - 250 = 50, and 50 * 100 >= 20 * 250 is true"), out);
  }

  @ParameterizedTest
  @EnumSource(Medium.class)
  void lesson02_R6_2_nodesUnderTenMillimetresAndR4_tooSmallCountsFive(Medium medium) {
    String out = medium.output("02-boundaries");
    assertHasLine(out, "lung 0 mm, node 7 mm (sum 7 mm): CR");
    assertHasLine(out, "lung 0 mm, node 10 mm (sum 10 mm): PR");
    assertHasLine(out, "T1 too small to measure, T2 gone (sum 5 mm): PR");
    assertHasLine(out, "T1 gone, T2 gone (sum 0 mm): CR");
    assertTrue(out.contains("target sum 5 mm is 84.3% below baseline 32 mm"), out);
  }

  @ParameterizedTest
  @EnumSource(Medium.class)
  void lesson03_R12_confirmationAndBestOverallResponse(Medium medium) {
    String out = medium.output("03-confirmation");
    assertEquals(List.of("PR (confirmed)", "PR"), bestResponses(out, "PR-PR"));
    assertEquals(List.of("SD", "PR"), bestResponses(out, "PR-SD"));
    assertEquals(List.of("SD", "PR"), bestResponses(out, "PR-PR-14d"));
    assertEquals(List.of("NE", "NE"), bestResponses(out, "SD-day35"));
    assertEquals(List.of("SD", "SD"), bestResponses(out, "SD-day42"));
    assertEquals(List.of("SD", "CR"), bestResponses(out, "CR-PR"));
    assertTrue(out.contains("a CR is never confirmed by a later PR, so no confirmed response "
        + "(R12, RECIST 1.1 Table 3 note b)"), out);
    assertTrue(out.contains("is day 35 after the reference date, before the 42-day minimum: it counts as NE"), out);
  }

  @ParameterizedTest
  @EnumSource(Medium.class)
  void lesson04_R13_objectiveResponseRateWithItsExactInterval(Medium medium) {
    String out = medium.output("04-cohort-orr");
    // Clopper-Pearson bounds: Beta(0.025; 3, 6) = 0.0852 and Beta(0.975; 4, 5) = 0.7551 for 3/8;
    // Beta(0.025; 7, 2) = 0.4735 and Beta(0.975; 8, 1) = 0.9968 for 7/8.
    assertHasLine(out, "ORR 3/8 = 37.5% (95% CI 8.5%–75.5%)");
    assertHasLine(out, "DCR 7/8 = 87.5% (95% CI 47.3%–99.7%)");
    assertHasLine(out, "C-04  best change -33.3 %  BOR SD");
    assertHasLine(out, "C-06  best change +25.7 %  BOR PD");
  }

  @Test
  void waterfallNotebookDrawsOneBarPerSubjectWithTheThresholds() throws Exception {
    String out = Medium.NOTEBOOK.output("05-waterfall");
    Matcher m = Pattern.compile("<display image/svg\\+xml>\\n(.*?)\\n</display>", Pattern.DOTALL).matcher(out);
    assertTrue(m.find(), "the notebook displays an image/svg+xml:\n" + out);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document svg = f.newDocumentBuilder().parse(new InputSource(new StringReader(m.group(1))));
    assertEquals("svg", svg.getDocumentElement().getLocalName());

    List<String> subjects = new ArrayList<>();
    List<Double> changes = new ArrayList<>();
    NodeList rects = svg.getElementsByTagNameNS("*", "rect");
    for (int i = 0; i < rects.getLength(); i++) {
      Element r = (Element) rects.item(i);
      if ("bar".equals(r.getAttribute("class"))) {
        subjects.add(r.getAttribute("data-subject"));
        changes.add(Double.valueOf(r.getAttribute("data-change")));
      }
    }
    assertEquals(8, subjects.size(), "one bar per subject: " + subjects);
    for (int i = 1; i < changes.size(); i++) {
      assertTrue(changes.get(i - 1) >= changes.get(i), "bars from growth to shrinkage: " + changes);
    }
    assertEquals(25.7, changes.get(subjects.indexOf("C-06")), 1e-9);
    assertEquals(-100.0, changes.get(subjects.indexOf("C-02")), 1e-9);

    Map<String, Double> thresholdY = new java.util.HashMap<>();
    NodeList lines = svg.getElementsByTagNameNS("*", "line");
    for (int i = 0; i < lines.getLength(); i++) {
      Element l = (Element) lines.item(i);
      if (l.hasAttribute("data-threshold")) {
        thresholdY.put(l.getAttribute("data-threshold"), Double.valueOf(l.getAttribute("y1")));
      }
    }
    assertEquals(List.of("+20", "-30", "0"), thresholdY.keySet().stream().sorted().collect(Collectors.toList()),
        "lines at +20 %, -30 % and 0");
    assertTrue(thresholdY.get("+20") < thresholdY.get("0") && thresholdY.get("0") < thresholdY.get("-30"),
        "+20 % above the axis, -30 % below (SVG y grows downwards): " + thresholdY);
  }

  // ---------------------------------------------------------------- helpers

  static void assertHasLine(String output, String line) {
    if (output.lines().noneMatch(l -> l.strip().equals(line))) {
      fail("expected the line\n  " + line + "\nin\n" + output);
    }
  }

  /**
   * The two best responses lesson 3 prints for subject {@code id}: with confirmation required, and
   * without.
   */
  static List<String> bestResponses(String output, String id) {
    List<String> lines = output.lines().collect(Collectors.toList());
    for (int i = 0; i < lines.size() - 2; i++) {
      if (lines.get(i).startsWith(id + " [")) {
        return List.of(after(lines.get(i + 1), "confirmation required:"), after(lines.get(i + 2), "not required:"));
      }
    }
    fail("no subject " + id + " in\n" + output);
    return List.of();
  }

  private static String after(String line, String label) {
    int at = line.indexOf(label);
    assertTrue(at >= 0, "expected '" + label + "' in: " + line);
    return line.substring(at + label.length()).strip();
  }
}
