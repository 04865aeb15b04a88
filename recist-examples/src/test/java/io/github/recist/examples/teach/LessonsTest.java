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
                  || l.startsWith("%maven io.github.recist:recist-examples:")
                  || l.startsWith("%jars ") || l.startsWith("%classpath ")),
              "the first code cell loads the library with %maven (or %jars): " + code.get(0));
        }));
  }

  /**
   * Each notebook is committed with the outputs its cells make (issue 15), so that a student sees
   * them before running anything; they are made here, through the same runner as every other check.
   * {@code mvn -q verify -Pnotebooks -pl recist-core,recist-examples -Dtest=LessonsTest} writes them
   * back into the notebooks when a lesson changes.
   */
  @TestFactory
  Stream<DynamicTest> everyNotebookIsStoredWithTheOutputsItMakes() {
    boolean refresh = Boolean.getBoolean("recist.notebooks.refresh");
    return files(NOTEBOOKS, ".ipynb").stream().map(p -> DynamicTest.dynamicTest(
        p.getFileName().toString(), () -> {
          List<String> printed = run(p).cells();
          if (refresh) {
            NotebookOutputs.write(p, printed);
          }
          List<JsonNode> stored = NotebookOutputs.stored(p);
          assertEquals(printed.size(), stored.size(), "code cells");
          for (int c = 0; c < printed.size(); c++) {
            assertEquals(NotebookOutputs.comparable(NotebookOutputs.of(printed.get(c))),
                NotebookOutputs.comparable(stored.get(c)), p.getFileName() + " code cell " + (c + 1)
                    + ": its stored outputs are not what it makes; refresh them with "
                    + "mvn -q verify -Pnotebooks -pl recist-core,recist-examples -Dtest=LessonsTest");
          }
          assertTrue(stored.stream().anyMatch(o -> o.size() > 0), "no stored output at all");
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

  @ParameterizedTest
  @EnumSource(Medium.class)
  void lesson07_R14_pseudoProgressionUnderRecist11AndIrecist(Medium medium) {
    String out = medium.output("07-pseudo-progression");
    assertHasLine(out, "assessed under [RECIST_1_1, IRECIST]");
    // R14.4: RECIST 1.1 progression opens a run
    assertHasLine(out, "week 4 (2021-03-29): RECIST 1.1 PD, iRECIST iUPD (a run opens)");
    // R14.7.3: the next counted visit finds the disease improved: reset, iPR (R14.9)
    assertHasLine(out, "week 8 (2021-04-26): RECIST 1.1 PR, iRECIST iPR (reset: pseudo-progression, "
        + "the iUPD of 2021-03-29 not confirmed)");
    assertHasLine(out, "week 12 (2021-05-24): RECIST 1.1 CR, iRECIST iCR");
    assertHasLine(out, "RECIST 1.1: best overall response PD, progression 2021-03-29");
    assertHasLine(out, "iRECIST: best overall response iCR (confirmed on 2021-06-21), no progression");
    // R14.6.1 and R14.12: +6 mm over the anchor confirms, dated at the iUPD as under RECIST 1.1
    assertHasLine(out, "week 8 (2021-04-26): RECIST 1.1 PD, iRECIST iCPD (confirms the iUPD of 2021-03-29)");
    assertHasLine(out, "target sum 70 mm is 6 mm above 64 mm at the iUPD of 2021-03-29: iCPD (R14.6.1 needs 5 mm)");
    assertHasLine(out, "iRECIST: best overall response iCPD, progression 2021-03-29 (iUPD 2021-03-29, iCPD "
        + "2021-04-26)");
  }

  @Test
  void waterfallNotebookDrawsTheReportsWaterfallWithItsPalette() throws Exception {
    String out = Medium.NOTEBOOK.output("05-waterfall");
    Matcher m = Pattern.compile("<display image/svg\\+xml>\\n(.*?)\\n</display>", Pattern.DOTALL).matcher(out);
    assertTrue(m.find(), "the notebook displays an image/svg+xml:\n" + out);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document svg = f.newDocumentBuilder().parse(new InputSource(new StringReader(m.group(1))));
    assertEquals("svg", svg.getDocumentElement().getLocalName());

    List<String> texts = new ArrayList<>();
    NodeList nodes = svg.getElementsByTagNameNS("*", "text");
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    List<String> ids = texts.stream().filter(t -> t.startsWith("C-")).collect(Collectors.toList());
    assertEquals(List.of("C-06", "C-05", "C-07", "C-08", "C-04", "C-03", "C-01", "C-02"), ids,
        "one bar per subject, from growth to shrinkage, each with its id");
    assertTrue(texts.contains("8 subjects with a measured target sum"), texts.toString());
    assertTrue(texts.contains("1 at or below −30 % but not CR/PR:"), "C-04, an unconfirmed PR");
    assertTrue(texts.contains("−30 % from baseline: PR (R6.4)"), texts.toString());
    String picture = m.group(1);
    for (io.github.recist.model.Response r : List.of(io.github.recist.model.Response.CR,
        io.github.recist.model.Response.PR, io.github.recist.model.Response.SD,
        io.github.recist.model.Response.PD)) {
      java.awt.Color c = io.github.recist.examples.report.ResponseColors.of(r);
      assertTrue(picture.contains("fill:rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue()
          + ")"), r + " bars in the report's colour");
    }
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
