package io.github.recist.examples.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.recist.examples.rules.PinnedTests.Pin;
import io.github.recist.examples.rules.RuleSentences.Sentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every numbered sentence of rules R1–R13 of {@code RECIST-RULES.md} is pinned by a test (issue 11,
 * item 3), so that the contract and the tests cannot drift apart: a sentence that no test marks
 * {@code @Pins("R6.3")} fails this test by name, and so does a {@code @Pins} value that names no
 * sentence. The numbering is written once, in {@link RuleSentences}; the annotations are read from
 * the test sources of both modules ({@link PinnedTests}).
 *
 * <p>It also keeps the rule-to-tests table {@code recist-examples/docs/rules-to-tests.md} in step:
 * the table is generated from the same two sources and the test fails when the committed one is
 * stale. Regenerate it with
 *
 * <pre>
 * mvn -q -o verify -pl recist-core,recist-examples -Dtest=RuleCoverageTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Drecist.rules.regenerate=true
 * </pre>
 *
 * <p>Without the shared specification beside the repository the test is skipped, except under CI
 * ({@code CI=true}), where its absence is a failure (as {@code PublicCasesTest} does).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuleCoverageTest {

  /** The generated table, from the folder of {@code recist-examples}. */
  static final Path TABLE = Paths.get("docs", "rules-to-tests.md");

  /** Set to {@code true} to write the table instead of comparing it. */
  static final String REGENERATE = "recist.rules.regenerate";

  private Map<String, Sentence> sentences;
  private List<Pin> pins;

  @BeforeAll
  void read() throws IOException {
    Path spec = RuleSentences.specification();
    if (spec == null) {
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true but the shared specification is missing (looked for "
            + "../../shared/spec/RECIST-RULES.md and ../shared/spec/RECIST-RULES.md)");
      }
      Assumptions.abort("no shared/spec/RECIST-RULES.md beside the repository");
    }
    sentences = RuleSentences.read(spec);
    pins = PinnedTests.read();
  }

  @Test
  void theNumberingFollowsTheStepsBulletsConventionsAndParagraphsOfEachRule() {
    // The scheme of RuleSentences on the rules as written: a change of the text that moves these
    // numbers moves every @Pins after them, so it must be seen.
    Map<Integer, Integer> perRule = new LinkedHashMap<>();
    for (String id : sentences.keySet()) {
      int rule = Integer.parseInt(id.substring(1, id.indexOf('.')));
      perRule.merge(rule, 1, Integer::sum);
    }
    assertEquals(RuleSentences.LAST_RULE, perRule.size(), sentences.keySet()::toString);
    assertTrue(sentences.get("R6.1").text.startsWith("**NE** when no target"), "R6.1");
    assertTrue(sentences.get("R6.6").text.startsWith("**Convention:** CR is tested before PD"), "R6.6");
    assertTrue(sentences.get("R6.7").text.contains("persistentPartialResponse"), "R6.7");
    assertTrue(sentences.get("R7.5").text.startsWith("**NON_CR_NON_PD** otherwise"), "R7.5");
    assertTrue(sentences.get("R3.1").text.startsWith("Baseline imaging"), "R3.1");
    assertTrue(sentences.get("R9.1").text.contains("| CR | CR or NA | no | CR |"), "R9.1 holds Table 1");
    assertTrue(sentences.get("R9.2").text.startsWith("Non-target lesions only (Table 2)"), "R9.2");
    assertTrue(sentences.get("R10.2").text.startsWith("A follow-up assessment dated before"), "R10.2");
    assertTrue(sentences.get("R12.1").text.startsWith("A **CR is confirmed**"), "R12.1, not the intro");
    assertEquals(7, perRule.get(6), "R6.1-R6.5 and two conventions");
    assertEquals(5, perRule.get(7), "R7.1-R7.5");
  }

  @Test
  void everySentenceOfR1ToR13IsPinnedByATest() {
    Set<String> pinned = pins.stream().map(p -> p.sentence).collect(Collectors.toSet());
    List<String> unpinned = new ArrayList<>();
    for (Sentence s : sentences.values()) {
      if (!pinned.contains(s.id)) {
        unpinned.add(s.toString());
      }
    }
    assertEquals(List.of(), unpinned, () -> unpinned.size() + (unpinned.size() == 1
        ? " sentence of RECIST-RULES.md has" : " sentences of RECIST-RULES.md have")
        + " no test marked @Pins with its number:\n  " + String.join("\n  ", unpinned));
  }

  @Test
  void everyPinsValueNamesASentence() {
    List<String> wrong = new ArrayList<>();
    for (Pin p : pins) {
      if (!names(p.sentence)) {
        wrong.add(p.toString());
      }
    }
    assertEquals(List.of(), wrong, () -> "@Pins values that name no sentence of R1-R13 (R14 "
        + "sentences are checked by their own issue):\n  " + String.join("\n  ", wrong));
  }

  /** Whether {@code value} names a sentence of R1–R13 or a rule of them, or is an R14 sentence. */
  private boolean names(String value) {
    if (value.matches("R14(\\.\\d+)*")) {
      return true; // iRECIST numbers its own sections: not this test's
    }
    if (value.matches("R\\d+")) {
      int rule = Integer.parseInt(value.substring(1));
      return rule >= 1 && rule <= RuleSentences.LAST_RULE;
    }
    return sentences.containsKey(value);
  }

  @Test
  void theRuleToTestsTableIsUpToDate() throws IOException {
    String table = table();
    if (Boolean.getBoolean(REGENERATE)) {
      Files.createDirectories(TABLE.getParent());
      Files.writeString(TABLE, table, StandardCharsets.UTF_8);
      return;
    }
    String committed = Files.isRegularFile(TABLE) ? Files.readString(TABLE, StandardCharsets.UTF_8) : "";
    assertEquals(table, committed, "recist-examples/docs/rules-to-tests.md is stale: regenerate it "
        + "with mvn -q -o verify -pl recist-core,recist-examples -Dtest=RuleCoverageTest "
        + "-Dsurefire.failIfNoSpecifiedTests=false -D" + REGENERATE + "=true");
  }

  /** The rule → tests table, in Markdown. */
  private String table() {
    Map<String, Set<String>> tests = new LinkedHashMap<>();
    for (Pin p : pins) {
      tests.computeIfAbsent(p.sentence, k -> new LinkedHashSet<>()).add(p.test);
    }
    StringBuilder s = new StringBuilder()
        .append("# Rules R1–R13 → tests\n\n")
        .append("Each numbered sentence of `RECIST-RULES.md` (R1–R13) and the tests that pin it, ")
        .append("marked `@Pins(\"Rn.m\")`. Generated by `RuleCoverageTest` from the specification ")
        .append("and the test sources of both modules: do not edit by hand. Regenerate with\n\n")
        .append("```sh\n")
        .append("mvn -q -o verify -pl recist-core,recist-examples -Dtest=RuleCoverageTest \\\n")
        .append("    -Dsurefire.failIfNoSpecifiedTests=false -D").append(REGENERATE).append("=true\n")
        .append("```\n\n")
        .append("Numbering: the steps of R6 and R7 are R6.1–R6.5 and R7.1–R7.5; the bullets of the ")
        .append("other rules are numbered in order; a `**Convention**` paragraph after a list is the ")
        .append("next number (R6.6, R6.7); a rule without a list is numbered by its paragraphs ")
        .append("(R3.1; R9.1 with Table 1, R9.2; R10.1–R10.3).\n\n")
        .append("| sentence | first words | tests |\n")
        .append("|---|---|---|\n");
    for (Sentence sentence : sentences.values()) {
      Set<String> by = tests.getOrDefault(sentence.id, Set.of());
      s.append("| ").append(sentence.id).append(" | ")
          .append(sentence.firstWords(10).replace("|", "\\|")).append(" | ")
          .append(by.isEmpty() ? "**none**" : by.stream().map(t -> "`" + t + "`")
              .collect(Collectors.joining(", ")))
          .append(" |\n");
    }
    return s.toString();
  }
}
