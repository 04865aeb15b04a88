package io.github.recist.examples.cli;

import static io.github.recist.examples.cli.RecistCliTest.caseOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.recist.testing.Pins;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of the revised rules (issue 11), as a user sees them through {@code recist assess}. */
class RevisedRulesCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** T1 (lung) and T2 (liver) measured 30 and 20 mm at baseline 2018-01-05; then {@code visits}. */
  private static String twoTargets(String... visits) {
    StringBuilder s = new StringBuilder("{\"id\": \"R-1\", \"referenceDate\": \"2018-01-10\",\n"
        + " \"lesions\": [{\"id\": \"T1\", \"role\": \"TARGET\", \"site\": \"LUNG\"},"
        + " {\"id\": \"T2\", \"role\": \"TARGET\", \"site\": \"LIVER\"}],\n"
        + " \"assessments\": [{\"date\": \"2018-01-05\", \"baseline\": true, \"targets\": {\"T1\": 30, \"T2\": 20}}");
    for (String v : visits) {
      s.append(",\n  ").append(v);
    }
    return s.append("]}").toString();
  }

  static JsonNode assessed(String json, String... options) throws IOException {
    Cli.Run run = Cli.assess(json, options);
    assertEquals(0, run.status, run::toString);
    return JSON.readTree(run.out).get("subjects").get(0);
  }

  static List<String> field(JsonNode subject, String name) {
    List<String> values = new ArrayList<>();
    subject.get("timepoints").forEach(t -> values.add(t.get(name).asText()));
    return values;
  }

  @Test
  @Pins("R6.3")
  void R6_3_theIssueExampleReappearanceAfterCrAcrossAnNeVisitIsPd() throws IOException {
    JsonNode s = assessed(caseOf(twoTargets(
        "{\"date\": \"2018-02-21\", \"targets\": {\"T1\": 0, \"T2\": 0}}",
        "{\"date\": \"2018-04-04\", \"targets\": {\"T1\": 0, \"T2\": \"NE\"}}",
        "{\"date\": \"2018-05-16\", \"targets\": {\"T1\": 4, \"T2\": 0}}")));
    assertEquals(List.of("CR", "NE", "PD"), field(s, "overall"));
    assertEquals("2018-05-16", s.get("progressionDate").asText());
  }

  @Test
  @Pins({"R6.1", "R5.5"})
  void R6_1_aTargetBackAfterCrWhileAnotherIsNeIsPdWithNoSum() throws IOException {
    JsonNode s = assessed(caseOf(twoTargets(
        "{\"date\": \"2018-02-21\", \"targets\": {\"T1\": 0, \"T2\": 0}}",
        "{\"date\": \"2018-04-04\", \"targets\": {\"T1\": 4, \"T2\": \"NE\"}}")));
    assertEquals(List.of("CR", "PD"), field(s, "target"));
    JsonNode pd = s.get("timepoints").get(1);
    assertTrue(pd.get("targetSum").isNull());
    assertTrue(pd.get("changeFromBaselinePct").isNull());
    assertTrue(pd.get("changeFromNadirPct").isNull());
  }

  @Test
  @Pins("R5.4")
  void R5_4_a29point97PercentShrinkageShowsMinus29point9BesideSd() throws IOException {
    JsonNode s = assessed(caseOf("{\"id\": \"R5\", \"referenceDate\": \"2018-01-10\",\n"
        + " \"lesions\": [{\"id\": \"T1\", \"role\": \"TARGET\", \"site\": \"LUNG\"}],\n"
        + " \"assessments\": [{\"date\": \"2018-01-05\", \"baseline\": true, \"targets\": {\"T1\": 100.1}},\n"
        + "  {\"date\": \"2018-02-21\", \"targets\": {\"T1\": 70.1}}]}"));
    JsonNode t = s.get("timepoints").get(0);
    assertEquals("SD", t.get("target").asText());
    assertEquals("-29.9", t.get("changeFromBaselinePct").decimalValue().toPlainString());
    assertEquals("-29.9", t.get("changeFromNadirPct").decimalValue().toPlainString());
    assertTrue(t.get("reasons").get(0).asText().contains("-29.9%"), t::toString);
  }
}
