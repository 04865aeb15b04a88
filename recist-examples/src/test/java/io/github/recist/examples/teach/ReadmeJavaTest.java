package io.github.recist.examples.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's Java blocks paste into JShell as they stand (issue 15): every {@code ```java} block,
 * in order, line by line as the {@code jshell} tool reads pasted text, from reading the example case
 * file to the cohort endpoints; then the values the README's comments promise are asked of the same
 * session.
 *
 * <p>The README's paths are relative to the project folder, where the README says to start JShell;
 * this test runs in the module folder, so {@code "recist-examples/} is read as {@code
 * "../recist-examples/}, and nothing else is changed.
 */
class ReadmeJavaTest {

  static final Path README = Path.of("../README.md");

  private static final List<String> CHECKS = List.of(
      "subjects.size()",
      "protocol.equals(Protocol.defaults())",
      "a.bestOverallResponse()",
      "a.confirmedBy()",
      "a.timepoints().get(0).reasons().get(0).namedValues()",
      "all.equals(assessed)",
      "cohort.toString()",
      "cohort.bestResponseCounts()",
      "cohort.objectiveResponseRate()",
      "cohort.diseaseControlRate()",
      "pfs.eventCount()",
      "pfs.median().estimate().isPresent()",
      "pfs.at(Cohort.monthsToDays(6)).get().atRisk()",
      "String.format(\"%.3f\", pfs.at(Cohort.monthsToDays(6)).get().survival())",
      "cohort.durationOfResponse().eventCount() + \" of \" + cohort.durationOfResponse().size()");

  static List<String> values;

  @BeforeAll
  static void pasteTheReadme() throws IOException {
    List<String> lines = new ArrayList<>();
    boolean inJava = false;
    for (String line : Files.readAllLines(README, StandardCharsets.UTF_8)) {
      if (line.equals("```java")) {
        inJava = true;
      } else if (inJava && line.equals("```")) {
        inJava = false;
      } else if (inJava) {
        lines.add(line.replace("\"recist-examples/", "\"../recist-examples/"));
      }
    }
    assertTrue(lines.size() > 40, "the README's Java blocks: " + lines.size() + " lines");
    values = LessonRunner.paste(lines, "README.md java blocks", CHECKS);
  }

  private static String value(String check) {
    return values.get(CHECKS.indexOf(check));
  }

  @Test
  void readsTheExampleCaseFileIntoSubjectsUnderItsProtocol() {
    assertEquals("20", value("subjects.size()"));
    assertEquals("true", value("protocol.equals(Protocol.defaults())"));
  }

  @Test
  void R12_theHandBuiltSubjectIsAConfirmedPartialResponse() {
    assertEquals("PR", value("a.bestOverallResponse()"));
    assertEquals("Optional[2018-03-08]", value("a.confirmedBy()"));
    assertEquals("{sum=29 mm, decreasePct=42.0, baseline=50 mm, minDecreasePct=30}",
        value("a.timepoints().get(0).reasons().get(0).namedValues()"));
  }

  @Test
  void R13_theCohortEndpointsAreThoseTheReadmeStates() {
    assertEquals("true", value("all.equals(assessed)"));
    assertTrue(value("cohort.toString()").startsWith(
        "\"Cohort of 20 subjects: CR 4, PR 5, SD 4, NON_CR_NON_PD 1, "), value("cohort.toString()"));
    assertEquals("{CR=4, PR=5, SD=4, NON_CR_NON_PD=1, PD=3, NE=1, ND=1, MISSING=1}",
        value("cohort.bestResponseCounts()"));
    assertEquals("9/20 = 45.0% (95% CI 23.1%–68.5%)", value("cohort.objectiveResponseRate()"));
    assertEquals("14/20 = 70.0% (95% CI 45.7%–88.1%)", value("cohort.diseaseControlRate()"));
    assertEquals("8", value("pfs.eventCount()"));
    assertEquals("false", value("pfs.median().estimate().isPresent()"), "not reached");
    assertEquals("13", value("pfs.at(Cohort.monthsToDays(6)).get().atRisk()"));
    assertEquals("\"0.765\"",
        value("String.format(\"%.3f\", pfs.at(Cohort.monthsToDays(6)).get().survival())"));
    assertEquals("\"4 of 9\"", value(CHECKS.get(CHECKS.size() - 1)));
  }
}
