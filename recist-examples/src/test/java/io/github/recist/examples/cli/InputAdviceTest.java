package io.github.recist.examples.cli;

import static io.github.recist.examples.cli.RecistCliTest.T1;
import static io.github.recist.examples.cli.RecistCliTest.assertRefused;
import static io.github.recist.examples.cli.RecistCliTest.caseOf;
import static io.github.recist.examples.cli.RecistCliTest.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that is plausible, and messages that help (issue 11, item 5): unknown sites and implausible
 * diameters are warnings with advice, counted on standard error; whole-file mistakes are told as
 * what the file looks like and what {@code recist} reads, not in the parser's words; no message
 * repeats a long id in full.
 */
class InputAdviceTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SEE =
      "recist reads recist-case/1 JSON; see \"The file format\" in the README; "
          + "recist generate --subjects 1 writes an example";

  private static String lesion(String id, String site) {
    return "{\"id\": \"" + id + "\", \"role\": \"TARGET\", \"site\": \"" + site + "\"}";
  }

  /** One subject with target T1 in {@code site}, 20 mm at baseline, then {@code mm}. */
  private static String oneTarget(String id, String site, String mm) {
    return subject(id, lesion("T1", site), "{\"date\": \"2018-01-05\", \"baseline\": true, "
        + "\"targets\": {\"T1\": 20}}, {\"date\": \"2018-02-05\", \"targets\": {\"T1\": " + mm + "}}");
  }

  private static JsonNode warnings(Cli.Run run) throws IOException {
    return JSON.readTree(run.out).get("subjects").get(0).get("warnings");
  }

  @Nested
  class Sites {
    @Test
    void anUnknownSiteIsAWarningWithASuggestionAndTheSubjectIsAssessed() throws IOException {
      Cli.Run run = Cli.assess(caseOf(oneTarget("S-1", "LUGN", "12")));
      assertEquals(0, run.status, run::toString);
      assertEquals("S-1 T1: unknown site LUGN: did you mean LUNG? (R2)", warnings(run).get(0).asText());
      assertEquals("PR", JSON.readTree(run.out).at("/subjects/0/timepoints/0/target").asText());
    }

    @Test
    void anUnknownSiteIsAnErrorWhenStrict() {
      assertRefused(Cli.assess(caseOf(oneTarget("S-1", "LUGN", "12")), "--strict"),
          "S-1 T1: unknown site LUGN: did you mean LUNG? (R2)");
    }

    @Test
    void aSiteInAnyCaseOrWithSpacesIsTheKnownOrgan() throws IOException {
      Cli.Run run = Cli.assess(caseOf(oneTarget("S-1", "Lymph node", "12")));
      assertEquals(0, run.status, run::toString);
      assertEquals("", run.err);
      assertEquals(0, warnings(run).size());
    }

    @Test
    void aSiteThatIsNoNameIsRefusedNamingTheCharacter() {
      assertRefused(Cli.assess(caseOf(oneTarget("S-1", "LUNG/LEFT", "12"))), "S-1 T1: site ",
          "'/' at position 5 is not a letter A to Z");
    }
  }

  @Nested
  class Diameters {
    @Test
    void aDiameterOver400MillimetresIsAWarningNamingSubjectDateAndLesion() throws IOException {
      Cli.Run run = Cli.assess(caseOf(oneTarget("S-2", "LIVER", "450")));
      assertEquals(0, run.status, run::toString);
      assertTrue(warnings(run).get(0).asText().startsWith("S-2 2018-02-05 T1: longest diameter "
          + "450 mm is over 400 mm"), warnings(run)::toString);
    }

    @Test
    void aNodalShortAxisOver100MillimetresIsAWarning() throws IOException {
      String node = "{\"id\": \"T1\", \"role\": \"TARGET\", \"site\": \"LYMPH_NODE\", \"nodal\": true}";
      Cli.Run run = Cli.assess(caseOf(subject("S-3", node, "{\"date\": \"2018-01-05\", "
          + "\"baseline\": true, \"targets\": {\"T1\": 120}}")));
      assertEquals(0, run.status, run::toString);
      assertTrue(warnings(run).get(0).asText().startsWith("S-3 2018-01-05 T1: short axis 120 mm is "
          + "over 100 mm"), warnings(run)::toString);
    }
  }

  @Nested
  class WarningCount {
    @Test
    void assessCountsTheWarningsAndTheSubjectsOnStandardError() {
      Cli.Run run = Cli.assess(caseOf(oneTarget("A", "LUGN", "450"), oneTarget("B", "LIVER", "12"),
          oneTarget("C", "LIVR", "12")));
      assertEquals(0, run.status, run::toString);
      assertEquals("3 protocol deviations (warnings) in 2 subjects; see `warnings` in the output\n",
          run.err);
      Cli.Run text = Cli.assess(caseOf(oneTarget("C", "LIVR", "12")), "--format", "text");
      assertEquals("1 protocol deviation (warning) in 1 subject; see `warnings` in the output\n",
          text.err);
    }

    @Test
    void assessPrintsNothingOnStandardErrorWithoutWarnings() {
      Cli.Run run = Cli.assess(caseOf(oneTarget("B", "LIVER", "12")));
      assertEquals(0, run.status, run::toString);
      assertEquals("", run.err);
    }

    @Test
    void reportCountsTheWarningsToo(@TempDir Path dir) {
      Cli.Run run = Cli.runWithInput(caseOf(oneTarget("A", "LUGN", "12"), oneTarget("B", "LIVER", "12")),
          "report", "--out", dir.toString(), "-");
      assertEquals(0, run.status, run::toString);
      assertEquals("1 protocol deviation (warning) in 1 subject; see `warnings` in results.json and "
          + "report.html\n", run.err);
    }
  }

  @Nested
  class WholeFileMistakes {
    @Test
    void aCsvFileIsToldItLooksLikeCsv() {
      Cli.Run run = Cli.assess("id,referenceDate,site\nS-1,2018-01-10,LUNG\nS-2,2018-01-11,LIVER\n");
      assertRefused(run, "<stdin>: this looks like CSV, not JSON: " + SEE);
      assertEquals(1, run.errLines().size(), run::toString);
      assertRefused(Cli.assess("\"STUDYID\",\"USUBJID\",\"TULOC\"\n\"X\",\"01-701\",\"LUNG\"\n"),
          "<stdin>: this looks like CSV (an SDTM or ADaM table), not JSON: " + SEE);
      assertRefused(Cli.assess("id\treferenceDate\nS-1\t2018-01-10\n"),
          "<stdin>: this looks like tab-separated values, not JSON: ");
      assertRefused(Cli.assess("id;referenceDate\nS-1;2018-01-10\n"),
          "<stdin>: this looks like semicolon-separated values, not JSON: ");
    }

    @Test
    void xmlAndCompressedFilesAreNamed() throws IOException {
      assertRefused(Cli.assess("<?xml version=\"1.0\"?><ODM/>"),
          "<stdin>: this looks like XML or HTML, not JSON: " + SEE);
      ByteArrayOutputStream gz = new ByteArrayOutputStream();
      try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
        out.write(caseOf().getBytes(StandardCharsets.UTF_8));
      }
      assertRefused(Cli.assess(gz.toByteArray()),
          "<stdin>: this looks like a gzip-compressed file, not JSON: unpack it first (gunzip); ");
    }

    @Test
    void jsonWithoutItsOpeningBraceIsNotCalledCsv() {
      Cli.Run run = Cli.assess("\"format\": \"recist-case/1\", \"subjects\": []}");
      assertRefused(run, "<stdin>: a recist-case/1 document is a JSON object");
    }

    @Test
    void aCommentIsToldThatJsonHasNone() {
      String advice = "JSON has no comments; remove it (a note can go in the top-level field "
          + "\"why\", which is ignored)";
      assertRefused(Cli.assess("// cases\n" + caseOf()), "<stdin>: a comment (line 1, column 1): " + advice);
      assertRefused(Cli.assess("{\"format\": \"recist-case/1\", /* v2 */ \"subjects\": []}"),
          "<stdin>: a comment (line 1, column ", advice);
      Cli.Run inSubject = Cli.assess(caseOf(oneTarget("S-1", "LUNG", "12 # shrank")));
      assertRefused(inSubject, "S-1 2018-02-05 T1: a comment (line 1, column ", advice);
    }

    @Test
    void aFileNotInUtf8IsToldToBeSavedAsUtf8() {
      byte[] latin1 = caseOf(oneTarget("S-\u00e9", "LUNG", "12")).getBytes(StandardCharsets.ISO_8859_1);
      Cli.Run run = Cli.assess(latin1);
      assertRefused(run, "UTF-8", "save the file as UTF-8 (files from Excel or Windows are often "
          + "Windows-1252 or Latin-1)");
      assertEquals(1, run.errLines().size(), run::toString);
    }

    @Test
    void aFolderIsToldToBeAFolderNamingItsJsonFiles(@TempDir Path dir) throws IOException {
      Files.writeString(dir.resolve("b.json"), caseOf());
      Files.writeString(dir.resolve("a.json"), caseOf());
      Files.writeString(dir.resolve("notes.txt"), "x");
      Cli.Run run = Cli.run("assess", dir.toString());
      assertRefused(run, dir + ": is a folder, not a file: give one recist-case/1 file, such as "
          + dir.resolve("a.json") + ", " + dir.resolve("b.json"));
      assertEquals(1, run.errLines().size(), run::toString);
      Path empty = Files.createDirectory(dir.resolve("empty"));
      assertRefused(Cli.run("validate", empty.toString()), empty + ": is a folder, not a file: "
          + "give one recist-case/1 file (it holds no .json file)");
    }

    @Test
    void aMissingBaselineSaysHowToMarkOne() {
      assertRefused(Cli.assess(caseOf(subject("S-4", T1, "{\"date\": \"2018-02-05\", \"targets\": "
          + "{\"T1\": 20}}"))), "S-4: no baseline assessment: mark one assessment \"baseline\": true");
    }
  }

  @Nested
  class LongIds {
    @Test
    void noMessageRepeatsAnIdLongerThan64Characters() {
      String id = "S".repeat(100);
      String lesionId = "T".repeat(70);
      Cli.Run run = Cli.assess(caseOf(subject(id, lesion(lesionId, "LUNG"),
          "{\"date\": \"2018-01-05\", \"baseline\": true, \"targets\": {\"" + lesionId + "\": 20}},"
          + "{\"date\": \"2018-02-05\", \"targets\": {\"" + lesionId + "\": -1, \"" + "U".repeat(80)
          + "\": 3}}")));
      assertEquals(2, run.status, run::toString);
      assertFalse(run.err.contains("S".repeat(65)), run::toString);
      assertFalse(run.err.contains("T".repeat(65)), run::toString);
      assertFalse(run.err.contains("U".repeat(65)), run::toString);
      assertRefused(run, "S".repeat(40) + "..." + "S".repeat(12) + " (100 characters) 2018-02-05 "
          + "T".repeat(40) + "..." + "T".repeat(12) + " (70 characters): -1 mm is not a diameter");
      assertRefused(run, "no lesion " + "U".repeat(40) + "..." + "U".repeat(12)
          + " (80 characters) was declared at baseline");
    }

    @Test
    void aLongIdUsedTwiceIsShortened() {
      String id = "D".repeat(200);
      Cli.Run run = Cli.assess(caseOf(oneTarget(id, "LUNG", "12"), oneTarget(id, "LUNG", "12")));
      assertRefused(run, "D".repeat(40) + "..." + "D".repeat(12) + " (200 characters): subject id "
          + "used more than once");
      assertFalse(run.err.contains("D".repeat(65)), run::toString);
    }
  }
}
