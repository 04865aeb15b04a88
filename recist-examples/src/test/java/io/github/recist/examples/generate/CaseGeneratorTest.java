package io.github.recist.examples.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.recist.examples.cli.Recist;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code recist generate}: reproducible, valid, plausible synthetic case files. */
class CaseGeneratorTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static String generate(long subjects, long seed) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CaseGenerator(seed).write(subjects, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Runs the command line in-process; returns {status, stdout, stderr}. */
  static String[] recist(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Recist.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {Integer.toString(status), out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void theSameSeedGivesTheSameBytes() {
    String[] first = recist("", "generate", "--subjects", "300", "--seed", "7");
    String[] second = recist("", "generate", "--subjects", "300", "--seed", "7");
    assertEquals("0", first[0], first[2]);
    assertEquals(first[1], second[1]);
    assertNotEquals(first[1], recist("", "generate", "--subjects", "300", "--seed", "8")[1]);
  }

  @Test
  void aSubjectDoesNotDependOnHowManyFollowIt() throws IOException {
    String ten = generate(10, 3);
    String hundred = generate(100, 3);
    String firstLines = ten.substring(0, ten.lastIndexOf("\n]}"));
    assertTrue(hundred.startsWith(firstLines.substring(0, firstLines.lastIndexOf('\n'))));
  }

  @Test
  void theFileReadsBackAndIsAssessedWithoutError() throws IOException {
    String file = generate(2000, 11);
    String[] validate = recist(file, "validate", "-");
    assertEquals("0", validate[0], validate[2]);
    assertTrue(validate[1].startsWith("<stdin>: 2000 subjects, no errors"), validate[1]);
    String[] assess = recist(file, "assess", "-");
    assertEquals("0", assess[0], assess[2]);
    // The generated deviations (R1-R3) are counted on standard error, as validate counts them.
    java.util.regex.Matcher warnings = java.util.regex.Pattern.compile("no errors, (\\d+) warnings")
        .matcher(validate[1]);
    assertTrue(warnings.find(), validate[1]);
    assertTrue(assess[2].startsWith(warnings.group(1) + " protocol deviations (warnings) in "), assess[2]);

    JsonNode result = JSON.readTree(assess[1]).get("subjects");
    assertEquals(2000, result.size());
    Set<String> best = new HashSet<>();
    Set<String> visit = new HashSet<>();
    int recorded = 0;
    for (JsonNode s : result) {
      best.add(s.get("bestOverallResponse").asText());
      for (JsonNode t : s.get("timepoints")) {
        visit.add(t.get("overall").asText());
        recorded += t.get("target").isNull() ? 1 : 0;
      }
    }
    // Every best overall response category, and every visit response, occurs (R11, R12).
    assertEquals(Set.of("CR", "PR", "SD", "NON_CR_NON_PD", "PD", "NE", "ND", "MISSING"), best);
    assertEquals(Set.of("CR", "PR", "SD", "NON_CR_NON_PD", "PD", "NE", "ND"), visit);
    assertTrue(recorded > 0, "some subjects carry recorded responses");
  }

  @Test
  void visitsFollowTheTrialSchedule() throws IOException {
    JsonNode subjects = JSON.readTree(generate(500, 5)).get("subjects");
    int measured = 0;
    Set<Boolean> styles = new HashSet<>();
    for (JsonNode s : subjects) {
      LocalDate reference = LocalDate.parse(s.get("referenceDate").asText());
      boolean isRecorded = !s.has("lesions");
      styles.add(isRecorded);
      LocalDate previous = null;
      int k = 0;
      for (JsonNode a : s.get("assessments")) {
        LocalDate date = LocalDate.parse(a.get("date").asText());
        long day = ChronoUnit.DAYS.between(reference, date);
        if (a.path("baseline").asBoolean(false)) {
          assertTrue(day < 0 && day >= -40, s.get("id") + " baseline on day " + day);
        } else {
          assertTrue(previous == null || date.isAfter(previous), s.get("id") + " visits in order");
          if (k == 0 && !isRecorded) {
            // the first follow-up is about week 4 (or week 8 when week 4 was missed)
            assertTrue(day >= 25 && day <= 90, s.get("id") + " first visit on day " + day);
          }
          assertTrue(day <= 365 + 14 + 60 + 3, s.get("id") + " visit on day " + day);
          k++;
          previous = date;
        }
      }
      measured += isRecorded ? 0 : 1;
    }
    assertEquals(Set.of(true, false), styles, "both subject styles");
    assertTrue(measured > 350 && measured < 480, "about 85% measured: " + measured);
  }

  @Test
  void everyTargetValueKindOccurs() throws IOException {
    String file = generate(2000, 13);
    for (String kind : new String[] {"\"TOO_SMALL\"", "\"NE\"", "\"fragments\"", "\"mergedInto\"",
        "\"EQUIVOCAL\"", "\"UNEQUIVOCAL_PROGRESSION\"", "\"tumorMarkersNormal\"", "\"nodal\":true",
        "\"response\":\"ND\""}) {
      assertTrue(file.contains(kind), kind);
    }
  }

  @Test
  void aNegativeCountIsRefused() {
    String[] run = recist("", "generate", "--subjects", "-5");
    assertEquals("2", run[0]);
    assertEquals("", run[1]);
  }
}
