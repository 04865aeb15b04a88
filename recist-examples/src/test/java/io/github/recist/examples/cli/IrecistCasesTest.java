package io.github.recist.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-derived iRECIST worked cases under {@code src/test/resources/cases/irecist/}: the
 * acceptance tests of the iRECIST engine (Rule R14), each a {@code recist-case/1} file with an
 * {@code expected} block in the format of {@code shared/cases/README.md}, extended with the iRECIST
 * output fields of case-format.md.
 *
 * <p>Each case, under RECIST 1.1 or iRECIST, is assessed by {@code recist assess} and compared
 * field by field with every field its expected block lists (numbers by their decimal value). Every
 * case is also held to what can be checked without the engine, so that a malformed case cannot be
 * committed: the file passes {@code recist validate}; its expected block uses only known keys, real
 * dates of the subject's visits, and the codes R14 allows at each level; its answers agree with
 * each other as R14 requires (an iCPD best response is dated at the iUPD it confirmed, a reset
 * visit is a response, ...).
 */
class IrecistCasesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Set<String> TIMEPOINT_KEYS = Set.of("date", "target", "nonTarget", "newLesions",
      "overall", "targetSum", "targetNadir", "newLesionTargetSum", "newLesionTargetNadir", "iupdDate",
      "reset");
  private static final Set<String> SUBJECT_KEYS = Set.of("timepoints", "bestOverallResponse",
      "bestOverallResponseDate", "confirmed", "confirmedBy", "progressionDate", "iupdDate", "icpdDate",
      "progressionFreeSurvivalDays", "progressionFreeSurvivalCensored", "durationOfResponseDays",
      "durationOfResponseCensored", "error");
  private static final Set<String> TARGET = Set.of("CR", "PR", "SD", "PD", "NE", "NA");
  private static final Set<String> NON_TARGET = Set.of("CR", "NON_CR_NON_PD", "PD", "NE", "NA");
  private static final Set<String> NEW_LESIONS = Set.of("NONE", "EQUIVOCAL", "UNEQUIVOCAL");
  /** R14: the overall response of a visit; ND only as recorded (R14.13). */
  private static final Set<String> I_VISIT = Set.of("iCR", "iPR", "iSD", "NON_iCR_NON_iUPD", "iUPD", "iCPD",
      "NE", "ND");
  /** R14.11: the iBOR codes. */
  private static final Set<String> I_BEST = Set.of("iCR", "iPR", "iSD", "NON_iCR_NON_iUPD", "iCPD", "iUPD",
      "NE", "ND", "MISSING");
  private static final Set<String> R_VISIT = Set.of("CR", "PR", "SD", "NON_CR_NON_PD", "PD", "NE", "ND");
  private static final Set<String> R_BEST = Set.of("CR", "PR", "SD", "NON_CR_NON_PD", "PD", "NE", "ND",
      "MISSING");
  /** The responses a reset gives (R14.7.3 through R14.9). */
  private static final Set<String> RESET_GIVES = Set.of("iCR", "iPR", "iSD", "NON_iCR_NON_iUPD");

  static Path folder() throws URISyntaxException {
    return Paths.get(IrecistCasesTest.class.getResource("/cases/irecist").toURI());
  }

  static Stream<String> cases() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(folder())) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
          .collect(Collectors.toList()).stream();
    }
  }

  @Test
  void theFolderHoldsTheCasesOfEveryR14SubRuleTheIssueNames() throws Exception {
    List<String> names = cases().collect(Collectors.toList());
    for (String part : List.of("faq-b", "faq-f", "sequential", "symptom-driven", "r14-5-early-visit",
        "r14-6-1", "r14-6-2", "r14-6-3", "r14-6-4", "r14-6-5", "r14-7-1", "r14-8-reset", "r14-10",
        "r14-11-ibor-with-confirmation", "r14-11-ibor-without-confirmation", "r14-12-open-run-not",
        "r14-12-open-run-as", "r14-13", "car-t-pseudo-progression-under-irecist",
        "car-t-pseudo-progression-under-recist")) {
      assertTrue(names.stream().anyMatch(n -> n.contains(part)), () -> "no case for " + part + " in " + names);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theCaseIsAValidFileWithAWellFormedExpectedAnswer(String name) throws Exception {
    Path file = folder().resolve(name);
    JsonNode doc = JSON.readTree(file.toFile());
    Cli.Run validate = Cli.run("validate", file.toString());
    assertEquals(0, validate.status, () -> name + " must pass recist validate:\n" + validate);

    assertFalse(doc.path("source").asText().isBlank(), name + ": a source");
    assertTrue(doc.path("why").asText().length() > 80, name + ": a why that a reviewer can check");
    assertEquals(1, doc.get("subjects").size(), name + ": one subject a case");
    boolean irecist = "IRECIST".equals(doc.path("protocol").path("criteria").asText("RECIST_1_1"));
    JsonNode subject = doc.get("subjects").get(0);
    JsonNode expected = doc.get("expected");
    assertNotNull(expected, name + ": an expected block");
    checkKeys(name, expected, SUBJECT_KEYS);

    Set<String> visitDates = new HashSet<>();
    subject.get("assessments").forEach(a -> {
      if (!a.path("baseline").asBoolean(false)) {
        visitDates.add(a.get("date").asText());
      }
    });
    for (JsonNode t : expected.path("timepoints")) {
      String where = name + " " + t.path("date").asText();
      checkKeys(where, t, TIMEPOINT_KEYS);
      assertTrue(visitDates.contains(t.path("date").asText()), where + ": not a follow-up of the subject");
      code(where, t, "target", TARGET);
      code(where, t, "nonTarget", NON_TARGET);
      code(where, t, "newLesions", NEW_LESIONS);
      code(where, t, "overall", irecist ? I_VISIT : R_VISIT);
      for (String k : List.of("targetSum", "targetNadir", "newLesionTargetSum", "newLesionTargetNadir")) {
        millimetres(where, t, k);
      }
      date(where, t, "iupdDate");
      if (t.has("reset")) {
        assertTrue(t.get("reset").isBoolean(), where + ": reset is a boolean");
        if (t.get("reset").asBoolean()) {
          assertTrue(RESET_GIVES.contains(t.path("overall").asText()),
              where + ": a reset gives iCR, iPR, iSD or NON_iCR_NON_iUPD (R14.7.3)");
          assertFalse(t.path("iupdDate").isNull(), where + ": a reset names the iUPD it resets");
        }
      }
      String overall = t.path("overall").asText();
      if (t.has("iupdDate") && (overall.equals("iUPD") || overall.equals("iCPD"))) {
        assertFalse(t.get("iupdDate").isNull(), where + ": an iUPD or iCPD visit belongs to a run");
      }
      if ("NA".equals(t.path("target").asText()) && t.has("targetSum")) {
        assertTrue(t.get("targetSum").isNull(), where + ": no sum without targets");
      }
      if ("NE".equals(t.path("target").asText()) && t.has("targetSum")) {
        assertTrue(t.get("targetSum").isNull(), where + ": no sum when a target is NE (R5)");
      }
    }
    if (expected.path("error").asBoolean(false)) {
      return;
    }
    code(name, expected, "bestOverallResponse", irecist ? I_BEST : R_BEST);
    for (String k : List.of("bestOverallResponseDate", "progressionDate", "iupdDate", "icpdDate", "confirmedBy")) {
      date(name, expected, k);
    }
    String best = expected.path("bestOverallResponse").asText();
    if (expected.path("confirmed").asBoolean(false)) {
      assertTrue(Set.of("iCR", "iPR", "CR", "PR").contains(best), name + ": only a response is confirmed");
    }
    if (irecist && expected.has("icpdDate") && !expected.get("icpdDate").isNull() && expected.has("iupdDate")) {
      assertEquals(expected.get("iupdDate"), expected.get("progressionDate"),
          name + ": with an iCPD, progression is dated at the iUPD it confirmed (R14.12)");
      if (best.equals("iCPD")) {
        assertEquals(expected.get("iupdDate"), expected.get("bestOverallResponseDate"),
            name + ": an iCPD best response is dated at the first iUPD of its run (R14.11)");
      }
    }
    if (irecist && expected.has("icpdDate") && expected.get("icpdDate").isNull()
        && !doc.path("protocol").path("unconfirmedProgressionAsEvent").asBoolean(false)) {
      assertTrue(expected.path("progressionDate").isNull(),
          name + ": without iCPD nor the option, no progression date (R14.12)");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void assessGivesTheExpectedAnswerFieldByField(String name) throws Exception {
    Path file = folder().resolve(name);
    JsonNode doc = JSON.readTree(file.toFile());
    Cli.Run run = Cli.run("assess", file.toString());
    assertEquals(0, run.status, run::toString);
    JsonNode actual = JSON.readTree(run.out).get("subjects").get(0);
    JsonNode expected = doc.get("expected");
    Map<String, JsonNode> visits = new HashMap<>();
    actual.get("timepoints").forEach(t -> visits.put(t.get("date").asText(), t));
    for (JsonNode want : expected.path("timepoints")) {
      JsonNode got = visits.get(want.get("date").asText());
      assertNotNull(got, name + ": no time point " + want.get("date"));
      for (Iterator<String> keys = want.fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        assertSame(name + " " + want.get("date").asText() + " " + key, want.get(key), got.get(key));
      }
    }
    for (Iterator<String> keys = expected.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!key.equals("timepoints")) {
        assertSame(name + " " + key, expected.get(key), actual.get(key));
      }
    }
  }

  /** Equal JSON values; numbers by their decimal value ({@code 60} and {@code 60.0} are the same). */
  private static void assertSame(String what, JsonNode want, JsonNode got) {
    assertNotNull(got, what + ": not in the output");
    if (want.isNumber() && got.isNumber()) {
      assertEquals(0, want.decimalValue().compareTo(got.decimalValue()), what + ": " + want + " vs " + got);
    } else {
      assertEquals(want, got, what);
    }
  }

  private static void checkKeys(String where, JsonNode node, Set<String> allowed) {
    for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      assertTrue(allowed.contains(key), where + ": unknown expected key '" + key + "'");
    }
  }

  private static void code(String where, JsonNode node, String key, Set<String> allowed) {
    if (node.has(key)) {
      assertTrue(allowed.contains(node.get(key).asText()) && node.get(key).isTextual(),
          where + ": " + key + " " + node.get(key) + " is not one of " + allowed);
    }
  }

  private static void millimetres(String where, JsonNode node, String key) {
    if (node.has(key) && !node.get(key).isNull()) {
      JsonNode v = node.get(key);
      assertTrue(v.isNumber() && v.decimalValue().signum() >= 0
          && v.decimalValue().stripTrailingZeros().scale() <= 1, where + ": " + key + " " + v + " is not mm");
    }
  }

  private static void date(String where, JsonNode node, String key) {
    if (node.has(key) && !node.get(key).isNull()) {
      try {
        LocalDate.parse(node.get(key).asText());
      } catch (DateTimeParseException e) {
        throw new AssertionError(where + ": " + key + " " + node.get(key) + " is not a date", e);
      }
    }
  }
}
