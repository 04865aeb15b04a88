package io.github.recist.examples.cli;

import static io.github.recist.examples.cli.IrecistInputCliTest.file;
import static io.github.recist.examples.cli.IrecistInputCliTest.pseudoProgression;
import static io.github.recist.examples.cli.IrecistInputCliTest.visit;
import static io.github.recist.examples.cli.RecistCliTest.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.model.Criteria;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code recist assess --criteria} (issue 12, item 4): the spellings it takes, the file's criteria
 * it overrides (Rule R14: one file, either criteria), and the errors, which stay those of the
 * criteria assessed.
 */
class BothCriteriaCliTest {

  private static final String IRECIST = "{\"criteria\": \"IRECIST\"}";
  private static final String RECIST = "{\"criteria\": \"RECIST_1_1\"}";

  @ParameterizedTest
  @ValueSource(strings = {"RECIST_1_1,IRECIST", "both", "BOTH", "IRECIST,RECIST_1_1",
      "recist_1_1, irecist"})
  void bothSpellingsNameBothCriteriaInTheOrderOfCriteria(String value) {
    assertEquals(Set.of(Criteria.RECIST_1_1, Criteria.IRECIST), CriteriaOption.parse(value));
    assertEquals(Criteria.RECIST_1_1, CriteriaOption.parse(value).iterator().next());
  }

  @Test
  void oneCriteriaNamesItAlone() {
    assertEquals(Set.of(Criteria.IRECIST), CriteriaOption.parse("IRECIST"));
    assertEquals(Set.of(Criteria.RECIST_1_1), CriteriaOption.parse("RECIST_1_1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "RECIST", "RECIST_1_1,", "IRECIST,IRECIST", "all", "RECIST_1_1;IRECIST"})
  void anythingElseIsRefusedNamingTheValueAndTheSpellings(String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CriteriaOption.parse(value));
    assertTrue(e.getMessage().startsWith("--criteria must be RECIST_1_1, IRECIST, RECIST_1_1,IRECIST "
        + "or both, not '" + value + "'"), e.getMessage());
  }

  @Test
  void aBadValueIsACommandLineErrorWithStatusTwoAndNothingOnStandardOutput() {
    Cli.Run run = Cli.assess(pseudoProgression(RECIST), "--criteria", "RECIST");
    assertRefused(run, "--criteria must be RECIST_1_1, IRECIST, RECIST_1_1,IRECIST or both, not 'RECIST'");
  }

  @Test
  void criteriaRecist11OverridesTheFilesIrecist() {
    Cli.Run overridden = Cli.assess(pseudoProgression(IRECIST), "--criteria", "RECIST_1_1");
    Cli.Run asWritten = Cli.assess(pseudoProgression(RECIST));
    assertEquals(0, asWritten.status, asWritten::toString);
    assertEquals(asWritten.toString(), overridden.toString(), "the same output, byte for byte");
    Cli.Run text = Cli.assess(pseudoProgression(IRECIST), "--criteria", "recist_1_1", "--format", "text");
    assertEquals(Cli.assess(pseudoProgression(RECIST), "--format", "text").toString(), text.toString());
  }

  @Test
  void criteriaOfTheFileIsUsedWithoutTheOption() {
    Cli.Run plain = Cli.assess(pseudoProgression(RECIST));
    assertEquals(plain.toString(), Cli.assess(pseudoProgression(RECIST), "--criteria",
        "RECIST_1_1").toString());
    assertEquals(plain.toString(), Cli.assess(pseudoProgression(null), "--criteria",
        "RECIST_1_1").toString(), "a file without protocol");
  }

  @Test
  void errorsOfTheFileAreTheSameWhateverTheCriteria() {
    String broken = file(RECIST, visit("2018-02-07", -3, "PRESENT"));
    Cli.Run plain = Cli.assess(broken);
    assertRefused(plain, "S-1 2018-02-07 T1");
    for (String criteria : new String[] {"RECIST_1_1", "IRECIST", "both"}) {
      Cli.Run run = Cli.assess(broken, "--criteria", criteria);
      assertEquals(plain.toString(), run.toString(), criteria);
    }
  }

  /** A subject with recorded RECIST 1.1 responses: its codes are an error under iRECIST (R14.13). */
  private static String recorded(String protocol) {
    return "{\"format\": \"recist-case/1\"" + (protocol == null ? "" : ", \"protocol\": " + protocol)
        + ", \"subjects\": [{\"id\": \"R-1\", \"referenceDate\": \"2020-01-06\", \"assessments\": ["
        + "{\"date\": \"2020-03-02\", \"response\": \"PR\"}]}]}";
  }

  @Test
  void recordedCodesOfTheOtherCriteriaAreErrorsUnderTheCriteriaGiven() {
    assertEquals(0, Cli.assess(recorded(RECIST)).status);
    Cli.Run underIrecist = Cli.assess(recorded(RECIST), "--criteria", "IRECIST");
    Cli.Run fileSaysIrecist = Cli.assess(recorded(IRECIST));
    assertRefused(fileSaysIrecist, "R-1");
    assertEquals(fileSaysIrecist.toString(), underIrecist.toString(),
        "the same error as a file that says IRECIST");
    assertEquals(fileSaysIrecist.toString(), Cli.assess(recorded(RECIST), "--criteria", "both")
        .toString(), "both criteria: the error of either");
    assertEquals(fileSaysIrecist.toString(), Cli.assess(recorded(null), "--criteria", "both",
        "--threads", "2").toString(), "without a protocol, on two threads");
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"RECIST_1_1,IRECIST", "both"})
  void R14_bothCriteriaGiveTheRecist11EntryWithTheIrecistEntryNestedInIt(String both)
      throws Exception {
    for (String protocol : new String[] {RECIST, IRECIST, null}) {
      Cli.Run run = Cli.assess(pseudoProgression(protocol), "--criteria", both);
      assertEquals(0, run.status, run::toString);
      var doc = JSON.readTree(run.out);
      assertEquals("recist-result/1", doc.get("format").asText());
      var subject = (com.fasterxml.jackson.databind.node.ObjectNode) doc.get("subjects").get(0);
      var irecist = subject.remove("irecist");
      var recist11 = JSON.readTree(Cli.assess(pseudoProgression(RECIST)).out).get("subjects").get(0);
      var alone = JSON.readTree(Cli.assess(pseudoProgression(IRECIST)).out).get("subjects").get(0);
      assertEquals(recist11, subject, "without its irecist member, the RECIST 1.1 entry");
      assertEquals(alone, irecist, "the irecist member: the entry under IRECIST");
      assertEquals("iUPD", irecist.get("timepoints").get(0).get("overall").asText());
      assertEquals("PD", subject.get("timepoints").get(0).get("overall").asText());
    }
  }

  @Test
  void R14_bothCriteriaGiveTheSameBytesOnSeveralThreads() {
    String two = IrecistInputCliTest.file(IRECIST,
        visit("2018-02-07", 52, "PRESENT"), visit("2018-03-07", 30, "PRESENT"))
        .replace("]}]}", "]}, " + IrecistInputCliTest.subject(visit("2018-02-07", 20, "PRESENT"))
            .replace("S-1", "S-2") + "]}");
    Cli.Run one = Cli.assess(two, "--criteria", "both");
    assertEquals(0, one.status, one::toString);
    assertEquals(one.toString(), Cli.assess(two, "--criteria", "both", "--threads", "3").toString());
    Cli.Run text = Cli.assess(two, "--criteria", "both", "--format", "text");
    assertEquals(text.toString(), Cli.assess(two, "--criteria", "both", "--format", "text",
        "--threads", "2").toString());
  }

  @Test
  void R14_theTextReportOfBothCriteriaSetsTheirOverallResponsesSideBySide() {
    Cli.Run run = Cli.assess(pseudoProgression(RECIST), "--criteria", "both", "--format", "text");
    assertEquals(0, run.status, run::toString);
    assertTrue(run.out.startsWith("RECIST 1.1 and iRECIST assessment: "), run.out);
    assertTrue(run.out.lines().anyMatch(l -> l.matches("  2018-02-07 .*  PD\\s+iUPD\\s+iUPD: a run "
        + "opens \\(R14.4\\)")), run.out);
    assertTrue(run.out.lines().anyMatch(l -> l.matches("  2018-03-07 .*iSD\\s+reset: "
        + "pseudo-progression, the iUPD of 2018-02-07 not confirmed \\(R14.7.3\\)")), run.out);
    assertTrue(run.out.contains("best overall response (RECIST 1.1) over 1 subject: PD 1\n"), run.out);
    assertTrue(run.out.contains("best overall response (iRECIST) over 1 subject: iSD 1\n"), run.out);
  }

  @Test
  void R14_reportUnderBothCriteriaWritesTheirEndpointsAndTheNestedResults(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path in = dir.resolve("in.json");
    java.nio.file.Files.writeString(in, pseudoProgression(RECIST));
    java.nio.file.Path out = dir.resolve("report");
    Cli.Run run = Cli.run("report", in.toString(), "--out", out.toString(), "--criteria", "both");
    assertEquals(0, run.status, run::toString);
    String html = java.nio.file.Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("<h1>RECIST 1.1 and iRECIST cohort report</h1>"));
    assertTrue(html.contains("iORR (iCR + iPR)"));
    assertEquals(Cli.assess(pseudoProgression(RECIST), "--criteria", "both").out,
        java.nio.file.Files.readString(out.resolve("results.json")),
        "results.json as assess --criteria both writes it");
    assertRefused(Cli.run("report", in.toString(), "--out", out.toString(), "--criteria", "x"),
        "--criteria must be");
  }

  @Test
  void adamIsDerivedUnderTheFirstCriteriaAndNotUnderIrecistAlone(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path both = dir.resolve("both");
    Cli.Run run = Cli.assess(pseudoProgression(RECIST), "--criteria", "both", "--adam", both.toString());
    assertEquals(0, run.status, run::toString);
    java.nio.file.Path recist = dir.resolve("recist");
    assertEquals(0, Cli.assess(pseudoProgression(RECIST), "--adam", recist.toString()).status);
    for (String f : new String[] {"adrs.csv", "adtte.csv", "adtr.csv"}) {
      assertEquals(java.nio.file.Files.readString(recist.resolve(f)),
          java.nio.file.Files.readString(both.resolve(f)), f + ": RECIST 1.1's");
    }
    java.nio.file.Path irecist = dir.resolve("irecist");
    Cli.Run i = Cli.assess(pseudoProgression(RECIST), "--criteria", "IRECIST", "--adam",
        irecist.toString());
    assertEquals(0, i.status, i::toString);
    assertTrue(i.err.contains("note: under IRECIST (R14) the ADaM datasets are not derived"), i.err);
    assertTrue(!java.nio.file.Files.exists(irecist.resolve("adrs.csv")), "no ADaM under iRECIST");
  }

  @Test
  void R14_5_aFileWithoutProtocolUnderIrecistIsAssessedWithItsWarnings() throws Exception {
    // the disregarded visit's warning (R14.5) is found once the criteria are known: the subject is
    // assessed all the same, under the criteria given, as when the file says them
    for (String criteria : new String[] {"IRECIST", "both"}) {
      Cli.Run noProtocol = Cli.assess(pseudoProgression(null), "--criteria", criteria);
      Cli.Run withProtocol = Cli.assess(pseudoProgression(RECIST), "--criteria", criteria);
      assertEquals(0, noProtocol.status, noProtocol::toString);
      assertEquals(withProtocol.out, noProtocol.out, criteria);
      assertEquals(1, JSON.readTree(noProtocol.out).get("subjects").size(), noProtocol::toString);
      assertEquals(withProtocol.out, Cli.assess(pseudoProgression(null), "--criteria", criteria,
          "--threads", "2").out, criteria + " on two threads");
      assertTrue(noProtocol.err.endsWith("1 protocol deviation (warning) in 1 subject; see "
          + "`warnings` in the output\n"), noProtocol.err);
    }
  }

  @Test
  void R14_onGeneratedSubjectsEachEntryUnderBothIsTheEntryUnderEachCriteria() throws Exception {
    // 400 generated subjects, those with measurements (recorded RECIST 1.1 codes are errors under
    // iRECIST, R14.13): each entry under both is, member by member, the entry under each criteria
    java.io.ByteArrayOutputStream generated = new java.io.ByteArrayOutputStream();
    new io.github.recist.examples.generate.CaseGenerator(7).write(400, generated);
    var file = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(generated.toByteArray());
    var measured = JSON.createArrayNode();
    file.get("subjects").forEach(x -> {
      if (x.has("lesions")) {
        measured.add(x);
      }
    });
    file.set("subjects", measured);
    String json = JSON.writeValueAsString(file);
    var both = JSON.readTree(Cli.assess(json, "--criteria", "both").out).get("subjects");
    var recist11 = JSON.readTree(Cli.assess(json, "--criteria", "RECIST_1_1").out).get("subjects");
    var irecist = JSON.readTree(Cli.assess(json, "--criteria", "IRECIST").out).get("subjects");
    assertTrue(measured.size() > 300, "subjects: " + measured.size());
    assertEquals(measured.size(), both.size());
    int resets = 0;
    for (int i = 0; i < both.size(); i++) {
      var entry = (com.fasterxml.jackson.databind.node.ObjectNode) both.get(i).deepCopy();
      var nested = entry.remove("irecist");
      assertEquals(recist11.get(i), entry, entry.get("id").asText());
      assertEquals(irecist.get(i), nested, entry.get("id").asText());
      for (var t : nested.get("timepoints")) {
        resets += t.get("reset").asBoolean() ? 1 : 0;
      }
    }
    assertTrue(resets > 0, "the sample has pseudo-progressions");
  }

  @Test
  void R14_5_theWarningsFoundOnceTheCriteriaAreKnownCountTheirSubjects() {
    String late = pseudoProgression(null);
    late = late.substring(0, late.length() - 1) + ", \"protocol\": " + IRECIST + "}";
    Cli.Run run = Cli.assess(late);
    assertEquals(0, run.status, run::toString);
    assertTrue(run.err.endsWith("1 protocol deviation (warning) in 1 subject; see `warnings` in the "
        + "output\n"), "a protocol after the subjects: " + run.err);
  }

  @Test
  void validateIsUnchangedAndHasNoCriteriaOption() {
    Cli.Run run = Cli.runWithInput(pseudoProgression(IRECIST), "validate", "--criteria", "both", "-");
    assertEquals(2, run.status, run::toString);
    assertTrue(run.err.contains("Unknown option"), run::toString);
  }
}
