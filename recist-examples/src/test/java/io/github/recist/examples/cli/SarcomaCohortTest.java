package io.github.recist.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example cohort {@code data/sarcoma-car-t-cohort.json}: 20 subjects modelled on NCT03356782,
 * assessed under its protocol (confirmation REQUIRED, 28 days to confirm, SD from day 42, a 365-day
 * window). Each expectation below is derived by hand from RECIST-RULES.md, visit by visit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SarcomaCohortTest {

  static final Path COHORT = Paths.get("data", "sarcoma-car-t-cohort.json");

  private final Map<String, JsonNode> subjects = new HashMap<>();

  @BeforeAll
  void assessTheCohort() throws IOException {
    Cli.Run run = Cli.run("assess", COHORT.toString());
    assertEquals(0, run.status, run::toString);
    assertEquals("", run.err);
    for (JsonNode s : new ObjectMapper().readTree(run.out).get("subjects")) {
      subjects.put(s.get("id").asText(), s);
    }
    assertEquals(20, subjects.size());
  }

  /** Subject, best overall response, its date, confirmed, progression date (null: none). */
  static Stream<Arguments> expectations() {
    return Stream.of(
        // Lung metastases 22 + 15 = 37 mm. 02-12: 26 mm is -29.7 %, short of 30 %: SD (R6.5).
        // 03-13: 15 mm, PR (R6.4). 04-10: both 0 mm and NT1 absent: CR (R6.2, R7.4, R9).
        // 06-05, 56 days later, CR again with nothing between: the CR is confirmed (R12).
        Arguments.of("SARC-001", "CR", "2018-04-10", true, null),
        // 84 mm; 04-02: 53 mm (-36.9 %) PR; 04-30: 47 mm PR, exactly 28 days later: confirmed
        // (R12, "at least"). 07-09: 42 mm is the nadir; 10-01: 55 mm is +13 mm, +31 %: PD (R6.3).
        Arguments.of("SARC-002", "PR", "2018-04-02", true, "2018-10-01"),
        // 68 mm; 05-06: 45 mm (-33.8 %) PR; 06-04: 51 mm (-25 %, +13 % from nadir 45) SD, and no
        // later PR or CR: unconfirmed. The PR visit is on day 55, past day 42, so it counts as SD,
        // dated at that visit (R12). 53 mm at most later: under +20 % of 45, never PD.
        Arguments.of("SARC-003", "SD", "2018-05-06", false, null),
        // 32 mm, then 33, 33, 31, 31, 34, 35: never 30 % down nor 20 % up: SD at every visit.
        // 05-08 is day 29, before day 42 (R11); the first SD that counts is 06-04, day 56.
        Arguments.of("SARC-004", "SD", "2018-06-04", false, null),
        // Nodal targets 24 + 17 and a 45 mm thigh mass: 86 mm. 06-11: 57 mm PR. 08-06: the
        // mass is 0 mm and both nodes under 10 mm short axis: target CR though the sum is 15 mm
        // (R6.2); NT1 node back under 10 mm is absent: CR. 10-29 CR again, 84 days on: confirmed.
        Arguments.of("SARC-005", "CR", "2018-08-06", true, null),
        // Bone disease only, present at every visit: NON_CR_NON_PD (R9 Table 2), the first on
        // or after day 42 being 08-06 (day 56).
        Arguments.of("SARC-006", "NON_CR_NON_PD", "2018-08-06", false, null),
        // 43 mm; 07-30: 54 mm (+11 mm, +25.6 %) and an unequivocal new lung lesion: PD (R6.3, R8).
        Arguments.of("SARC-007", "PD", "2018-07-30", false, "2018-07-30"),
        // One visit, T2 not evaluable and T1 alone (38 mm) not PD against 66 mm: NE (R6.1), then
        // withdrawn: every visit NE, best response NE (R11).
        Arguments.of("SARC-008", "NE", "2018-09-04", false, null),
        // Baseline only: no assessment after baseline, MISSING, with no date (R12).
        Arguments.of("SARC-009", "MISSING", null, false, null),
        // A flare at week 4: 50 to 61 mm is +22 % and +11 mm, PD (R6.3), then shrinkage to PR.
        // Under RECIST 1.1 best response stops at the first PD (R10): PD. (iRECIST, R14, would
        // call it unconfirmed progression.)
        Arguments.of("SARC-010", "PD", "2018-10-01", false, "2018-10-01"),
        // 46 mm; 11-26: 7 + TOO_SMALL (5 mm, R4) + 12 = 24 mm, PR; 12-24: 5 + 5 + 10 = 20 mm,
        // PR 28 days later (confirmed), not CR since a lesion too small to measure is present.
        Arguments.of("SARC-011", "PR", "2018-11-26", true, null),
        // Paraspinal mass 52 + lung 16 = 68 mm; the mass splits: fragments add up (R4).
        // 01-28: 17 + 14 + 10 = 41 mm (-39.7 %) PR; 04-22: 15 + 12 + 9 = 36 mm PR: confirmed.
        // 07-15: 18 + 16 + 11 = 45 mm, +9 mm and +25 % over the nadir 36: PD.
        Arguments.of("SARC-012", "PR", "2019-01-28", true, "2019-07-15"),
        // 01-28: bone lesion N1 equivocal, SD so far; 02-25: N1 unequivocal, so progression is
        // dated at its first appearance, 01-28 (R8). Before it only 12-31, SD on day 28, before
        // day 42: NE. Best response PD, on 01-28.
        Arguments.of("SARC-013", "PD", "2019-01-28", false, "2019-01-28"),
        // The week-12 visit was missed. 114 mm; 03-11: 82 mm (-28.1 %) SD; 06-03: 74 mm (-35.1 %)
        // PR; 08-26: 76 mm (-33.3 %) PR 84 days later: confirmed; 11-18: 92 mm, +24 % over 74: PD.
        Arguments.of("SARC-014", "PR", "2019-06-03", true, "2019-11-18"),
        // SD all year; the first on or after day 42 is 04-08. 2020-04-06 is day 420, after
        // 2020-02-11 (reference + 365): its PD is outside the window, no progression date (R10).
        Arguments.of("SARC-015", "SD", "2019-04-08", false, null),
        // Recorded: PR, CR on 05-06, CR on 06-03 (28 days later): confirmed CR (R12).
        Arguments.of("SARC-016", "CR", "2019-05-06", true, null),
        // Recorded: SD on days 28, 56, 84, then PD: SD from 06-03 (day 56), progression 09-23.
        Arguments.of("SARC-017", "SD", "2019-06-03", false, "2019-09-23"),
        // Recorded: both visits not done: ND (R12).
        Arguments.of("SARC-018", "ND", "2019-05-21", false, null),
        // Non-target disease only: present, then NT2 gone, then both gone on 07-29 (CR, R9
        // Table 2), CR again on 10-21: confirmed.
        Arguments.of("SARC-019", "CR", "2019-07-29", true, null),
        // 65 mm; 07-29: 40 mm PR; 08-26: T2 not evaluable, NE (R6.1); 10-21: 34 mm PR, 84 days
        // on, with one NE between, which maxNotEvaluableBetween 1 allows: confirmed (R12).
        // 2020-04-06: 48 mm, +14 mm and +41 % over the nadir 34: PD.
        Arguments.of("SARC-020", "PR", "2019-07-29", true, "2020-04-06"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("expectations")
  void bestOverallResponseAsDerivedByHand(String id, String best, String date, boolean confirmed,
      String progression) {
    JsonNode s = subjects.get(id);
    assertNotNull(s, id);
    assertEquals(best, s.get("bestOverallResponse").asText(), id);
    assertEquals(date, s.get("bestOverallResponseDate").isNull() ? null
        : s.get("bestOverallResponseDate").asText(), id);
    assertEquals(confirmed, s.get("confirmed").booleanValue(), id);
    assertEquals(progression, s.get("progressionDate").isNull() ? null
        : s.get("progressionDate").asText(), id);
    assertEquals(0, s.get("warnings").size(), () -> id + " deviates from the protocol: " + s.get("warnings"));
  }

  @Test
  void theCohortCoversEveryBestResponseCategory() {
    assertEquals(java.util.Set.of("CR", "PR", "SD", "NON_CR_NON_PD", "PD", "NE", "ND", "MISSING"),
        subjects.values().stream().map(s -> s.get("bestOverallResponse").asText())
            .collect(java.util.stream.Collectors.toSet()));
  }

  @Test
  void theJarBundlesTheCohortFileUnchanged() throws IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream(DemoCommand.COHORT)) {
      assertNotNull(in, DemoCommand.COHORT);
      assertArrayEquals(Files.readAllBytes(COHORT), in.readAllBytes());
    }
  }

  @Test
  void demoIsTheTextReportOfTheCohort() {
    Cli.Run demo = Cli.run("demo", "--no-report");
    Cli.Run text = Cli.run("assess", "--format", "text", COHORT.toString());
    assertEquals(0, demo.status, demo::toString);
    assertEquals(text.out, demo.out);
  }
}
