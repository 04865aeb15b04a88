package io.github.recist.examples.cli;

import static io.github.recist.examples.cli.RecistCliTest.assertRefused;
import static io.github.recist.examples.cli.RecistCliTest.caseOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.recist.testing.Pins;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The subject's course in the case format (Rules R10, R13): {@code deathDate} and {@code
 * newTherapyDate} read, validated and written back; follow-ups before the start of treatment refused
 * by every command; the protocol option {@code tableThree} (R12).
 */
class SubjectCourseCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A subject with one target, reference 2018-01-10, baseline 2018-01-05, {@code extra} fields. */
  private static String subject(String extra, String firstVisitDate) {
    return "{\"id\": \"C-1\", \"referenceDate\": \"2018-01-10\"" + extra + ",\n"
        + " \"lesions\": [{\"id\": \"T1\", \"role\": \"TARGET\", \"site\": \"LUNG\"}],\n"
        + " \"assessments\": [\n"
        + "  {\"date\": \"2018-01-05\", \"baseline\": true, \"targets\": {\"T1\": 40}},\n"
        + "  {\"date\": \"" + firstVisitDate + "\", \"targets\": {\"T1\": 38}},\n"
        + "  {\"date\": \"2018-04-10\", \"targets\": {\"T1\": 39}}]}";
  }

  private static JsonNode assessed(String json) throws IOException {
    Cli.Run run = Cli.assess(json);
    assertEquals(0, run.status, run::toString);
    return JSON.readTree(run.out).get("subjects").get(0);
  }

  @Test
  @Pins("R13.4")
  void R13_4_deathAndNewTherapyDatesAreReadAndWrittenBack() throws IOException {
    JsonNode s = assessed(caseOf(subject(
        ", \"deathDate\": \"2018-09-01\", \"newTherapyDate\": \"2018-06-01\"", "2018-02-21")));
    assertEquals("2018-09-01", s.get("deathDate").asText());
    assertEquals("2018-06-01", s.get("newTherapyDate").asText());
  }

  @Test
  void withoutThemTheOutputHasNeitherField() throws IOException {
    JsonNode s = assessed(caseOf(subject("", "2018-02-21")));
    assertFalse(s.has("deathDate"));
    assertFalse(s.has("newTherapyDate"));
  }

  @Test
  @Pins("R13.3")
  void R13_3_aDeathInTheWindowIsTheEventOfProgressionFreeSurvival() throws IOException {
    JsonNode s = assessed(caseOf(subject(", \"deathDate\": \"2018-05-01\"", "2018-02-21")));
    assertEquals(111, s.get("progressionFreeSurvivalDays").intValue());
    assertFalse(s.get("progressionFreeSurvivalCensored").booleanValue());
  }

  @Test
  @Pins("R10")
  void R10_aFollowUpBeforeTheReferenceDateIsRefusedByAssessNamingSubjectAndDate() {
    Cli.Run run = Cli.assess(caseOf(subject("", "2018-01-08")));
    assertRefused(run, "C-1 2018-01-08: ", "before the reference date 2018-01-10");
  }

  @Test
  @Pins("R10")
  void R10_aFollowUpBeforeTheReferenceDateIsRefusedByValidateAndReport(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("early.json");
    Files.writeString(file, caseOf(subject("", "2018-01-08")));
    assertRefused(Cli.run("validate", file.toString()), "C-1 2018-01-08: ");
    Path out = dir.resolve("report");
    Cli.Run report = Cli.run("report", "--out", out.toString(), file.toString());
    assertRefused(report, "C-1 2018-01-08: ", "before the reference date");
    assertFalse(Files.exists(out));
  }

  @Test
  @Pins("R13.4")
  void R13_4_aDeathBeforeBaselineIsRefused() {
    assertRefused(Cli.assess(caseOf(subject(", \"deathDate\": \"2018-01-01\"", "2018-02-21"))),
        "C-1 2018-01-01: ", "death before the baseline");
  }

  @Test
  @Pins("R13.4")
  void R13_4_aNewTherapyBeforeTheReferenceDateIsRefused() {
    assertRefused(Cli.assess(caseOf(subject(", \"newTherapyDate\": \"2018-01-09\"", "2018-02-21"))),
        "C-1 2018-01-09: ", "new anti-cancer therapy");
  }

  @Test
  void aDeathDateThatIsNoDateIsRefusedNamingTheField() {
    assertRefused(Cli.assess(caseOf(subject(", \"deathDate\": \"2018-02-30\"", "2018-02-21"))),
        "C-1: ", "deathDate");
  }

  @Test
  @Pins("R12.8")
  void R12_8_tableThreeIsAProtocolOption() {
    String file = "{\"format\": \"recist-case/1\", \"protocol\": {\"tableThree\": \"RECIST_TABLE_3\"},"
        + " \"subjects\": [" + subject("", "2018-02-21") + "]}";
    assertEquals(0, Cli.assess(file).status);
    String bad = file.replace("RECIST_TABLE_3", "LITERAL");
    assertRefused(Cli.assess(bad), "tableThree \"LITERAL\" is not one of ADMIRALONCO, RECIST_TABLE_3");
  }

  @Test
  @Pins({"R12.7", "R12.8", "R12.9"})
  void R12_8_recordedCrThenEarlySdIsNeByDefaultAndPdWithRecistTable3() throws IOException {
    String subject = "{\"id\": \"T3\", \"referenceDate\": \"2018-01-10\", \"assessments\": ["
        + "{\"date\": \"2018-01-24\", \"response\": \"CR\"},"
        + " {\"date\": \"2018-02-07\", \"response\": \"SD\"}]}";
    JsonNode admiral = assessed(caseOf(subject));
    assertEquals("NE", admiral.get("bestOverallResponse").asText());
    assertEquals(1, admiral.get("warnings").size(), admiral::toString);
    assertTrue(admiral.get("warnings").get(0).asText().startsWith("T3 2018-02-07: "), admiral::toString);
    JsonNode literal = assessed("{\"format\": \"recist-case/1\", \"protocol\": "
        + "{\"tableThree\": \"RECIST_TABLE_3\"}, \"subjects\": [" + subject + "]}");
    assertEquals("PD", literal.get("bestOverallResponse").asText());
    assertEquals("2018-02-07", literal.get("bestOverallResponseDate").asText());
    assertTrue(literal.get("progressionDate").isNull());
    assertEquals(1, literal.get("warnings").size());
  }
}
