package io.github.recist.examples.cli;

import static io.github.recist.examples.cli.RecistCliTest.assertRefused;
import static io.github.recist.examples.cli.RecistCliTest.caseOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.recist.examples.cli.CleanEnd.Outcome;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs at the extremes, each once: 100,000 levels of nesting, a subject with 10,000 lesions or
 * 100,000 visits, ids of a million characters, ids of control characters, lone surrogates and
 * non-ASCII text. Each ends cleanly ({@link CleanEnd}); the large ones go through files, as a user
 * would run them.
 */
class ExtremeInputTest {

  private static final String LESIONS = "[{\"id\": \"T1\", \"role\": \"TARGET\", \"site\": \"LUNG\"}]";

  @Test
  void aHundredThousandLevelsOfArraysAreRefusedWhereverTheyAre() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertRefused(Cli.assess(deep), "<stdin>: a recist-case/1 document is a JSON object");
    assertRefused(Cli.assess("{\"format\": \"recist-case/1\", \"subjects\": " + deep + "}"),
        "subject #1: ", "nesting depth");
    assertRefused(Cli.assess("{\"format\": \"recist-case/1\", \"protocol\": " + deep + ", \"subjects\": []}"),
        "<stdin>: ", "nesting depth");
    assertRefused(Cli.assess(caseOf(RecistCliTest.subject("{\"T1\": " + deep + ", \"T2\": 9}"))),
        "SARC-007 2018-03-08 T1: ", "nesting depth");
  }

  @Test
  void aHundredThousandLevelsOfObjectsAreRefusedNamingTheSubject() {
    String deep = "{\"a\": ".repeat(100_000) + "1" + "}".repeat(100_000);
    assertRefused(Cli.assess(caseOf("{\"id\": \"DEEP\", \"referenceDate\": \"2018-01-10\", \"x\": "
        + deep + "}")), "DEEP: ", "nesting depth");
  }

  @Test
  void aSubjectWithTenThousandTargetLesionsIsAssessedWithItsDeviations(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("lesions.json");
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      w.write("{\"format\": \"recist-case/1\", \"subjects\": [{\"id\": \"MANY\", "
          + "\"referenceDate\": \"2018-01-10\", \"lesions\": [");
      for (int i = 0; i < 10_000; i++) {
        w.write((i == 0 ? "" : ",") + "{\"id\": \"T" + i + "\", \"role\": \"TARGET\", \"site\": \"LUNG\"}");
      }
      w.write("], \"assessments\": [");
      visit(w, "2018-01-05", true, "0.9");
      w.write(",");
      visit(w, "2018-03-05", false, "0.5");
      w.write("]}]}");
    }
    Run run = runToFile(dir, "assess", file.toString());
    assertEquals(Outcome.ASSESSED, run.outcome(), run::toString);
    JsonNode subject = CleanEnd.STRICT.readTree(run.out.toFile()).get("subjects").get(0);
    // 9,000 mm at baseline, 5,000 mm then: 44.4 % less, a partial response (R6).
    assertEquals("PR", subject.get("timepoints").get(0).get("target").asText());
    assertTrue(subject.get("warnings").size() >= 10_000, "each target too small to measure (R1)");
    assertTrue(subject.get("warnings").toString().contains("(R2)"), "more than 5 targets (R2)");
  }

  private static void visit(BufferedWriter w, String date, boolean baseline, String mm)
      throws IOException {
    w.write("{\"date\": \"" + date + "\"" + (baseline ? ", \"baseline\": true" : "") + ", \"targets\": {");
    for (int i = 0; i < 10_000; i++) {
      w.write((i == 0 ? "" : ",") + "\"T" + i + "\": " + mm);
    }
    w.write("}}");
  }

  @Test
  void aSubjectWithTenThousandNonTargetsAndOneUnknownIsRefusedNamingTheLesion(@TempDir Path dir)
      throws IOException {
    StringBuilder lesions = new StringBuilder("[");
    StringBuilder present = new StringBuilder("{");
    for (int i = 0; i < 10_000; i++) {
      lesions.append(i == 0 ? "" : ",").append("{\"id\": \"NT").append(i)
          .append("\", \"role\": \"NON_TARGET\", \"site\": \"BONE\"}");
      present.append(i == 0 ? "" : ",").append("\"NT").append(i).append("\": \"PRESENT\"");
    }
    String ok = present + "}";
    String unknown = present + ", \"NT10000\": \"ABSENT\"}";
    String json = caseOf("{\"id\": \"NTS\", \"referenceDate\": \"2018-01-10\", \"lesions\": " + lesions
        + "], \"assessments\": [{\"date\": \"2018-01-05\", \"baseline\": true, \"nonTargets\": " + ok
        + "}, {\"date\": \"2018-03-05\", \"nonTargets\": " + unknown + "}]}");
    Cli.Run run = Cli.assess(json);
    assertRefused(run, "NTS 2018-03-05 NT10000: no lesion NT10000 was declared at baseline");
    assertEquals(1, run.errLines().size(), run::toString);
    assertEquals(Outcome.ASSESSED, CleanEnd.assertEndsCleanly(Cli.assess(json.replace(unknown, ok))));
  }

  @Test
  void aSubjectWithAHundredThousandVisitsIsAssessedAndOneBadVisitRefusesIt(@TempDir Path dir)
      throws IOException {
    Path good = dir.resolve("visits.json");
    Path bad = dir.resolve("bad-visit.json");
    LocalDate baseline = LocalDate.of(2018, 1, 5);
    LocalDate reference = LocalDate.of(2018, 1, 10); // no follow-up before it (R10)
    for (Path file : new Path[] {good, bad}) {
      try (BufferedWriter w = Files.newBufferedWriter(file)) {
        w.write("{\"format\": \"recist-case/1\", \"subjects\": [{\"id\": \"LONG\", "
            + "\"referenceDate\": \"2018-01-10\", \"lesions\": " + LESIONS + ", \"assessments\": [\n"
            + "{\"date\": \"" + baseline + "\", \"baseline\": true, \"targets\": {\"T1\": 40}}");
        for (int i = 1; i <= 100_000; i++) {
          String mm = file == bad && i == 100_000 ? "-1" : i % 2 == 0 ? "20" : "22.5";
          w.write(",\n{\"date\": \"" + reference.plusDays(i) + "\", \"targets\": {\"T1\": " + mm + "}}");
        }
        w.write("]}]}\n");
      }
    }
    Run run = runToFile(dir, "assess", good.toString());
    assertEquals(Outcome.ASSESSED, run.outcome(), run::toString);
    assertEquals(100_000, countTimepoints(run.out));
    Run refused = runToFile(dir, "assess", bad.toString());
    assertEquals(Outcome.REFUSED, refused.outcome(), refused::toString);
    assertEquals("LONG " + reference.plusDays(100_000) + " T1: -1 mm is not a diameter",
        refused.err.trim());
  }

  @Test
  void aSubjectWithAHundredThousandRecordedResponsesIsAssessed(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("recorded.json");
    String[] responses = {"PR", "SD", "NE", "PR", "CR", "ND"};
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      w.write("{\"format\": \"recist-case/1\", \"subjects\": [{\"id\": \"REC\", "
          + "\"referenceDate\": \"2018-01-10\", \"assessments\": [");
      for (int i = 1; i <= 100_000; i++) {
        w.write((i == 1 ? "" : ",\n") + "{\"date\": \"" + LocalDate.of(2018, 1, 10).plusDays(i)
            + "\", \"response\": \"" + responses[i % responses.length] + "\"}");
      }
      w.write("]}]}\n");
    }
    Run run = runToFile(dir, "assess", file.toString());
    assertEquals(Outcome.ASSESSED, run.outcome(), run::toString);
    assertEquals(100_000, countTimepoints(run.out));
  }

  @Test
  void anIdOfAMillionCharactersIsKeptAndOneBeyondTheParserLimitIsRefused() throws IOException {
    String id = "S".repeat(1_000_000);
    Cli.Run run = Cli.assess(caseOf("{\"id\": \"" + id + "\", \"referenceDate\": \"2018-01-10\", "
        + "\"assessments\": []}"));
    assertEquals(Outcome.ASSESSED, CleanEnd.assertEndsCleanly(run));
    assertEquals(id, CleanEnd.result(run).get("subjects").get(0).get("id").asText());
    String tooLong = "S".repeat(20_000_001);
    assertRefused(Cli.assess(caseOf("{\"id\": \"" + tooLong + "\", \"referenceDate\": \"2018-01-10\", "
        + "\"assessments\": []}")), "subject #1: ", "exceeds the maximum");
  }

  @Test
  void idsOfControlCharactersLoneSurrogatesAndAnyScriptRoundTrip() throws IOException {
    // The subject id as written in the file: NUL, BEL, a newline, e acute, CJK, an emoji (a
    // surrogate pair), a lone high surrogate, a lone low surrogate, a right-to-left override.
    String subjectEscaped = "\\u0000\\u0007\\n\u00e9\u6f22\\ud83d\\ude00\\ud800x\\udc00\\u202e";
    String subjectId = "\u0000\u0007\n\u00e9\u6f22\ud83d\ude00\ud800x\udc00\u202e";
    // The lesion id is also a key of the targets, where the parser refuses lone surrogates.
    String lesionEscaped = "\\u0001\\t\u00e9\\ud83d\\ude00";
    String lesionId = "\u0001\t\u00e9\ud83d\ude00";
    String json = caseOf("{\"id\": \"" + subjectEscaped + "\", \"referenceDate\": \"2018-01-10\", "
        + "\"lesions\": [{\"id\": \"" + lesionEscaped + "\", \"role\": \"TARGET\", \"site\": \"LUNG\"}], "
        + "\"assessments\": [{\"date\": \"2018-01-05\", \"baseline\": true, \"targets\": {\""
        + lesionEscaped + "\": 30}}, {\"date\": \"2018-03-05\", \"targets\": {\"" + lesionEscaped
        + "\": 12}}]}");
    Cli.Run run = Cli.assess(json);
    assertEquals(Outcome.ASSESSED, CleanEnd.assertEndsCleanly(run));
    JsonNode subject = CleanEnd.result(run).get("subjects").get(0);
    assertEquals(subjectId, subject.get("id").asText());
    assertEquals("PR", subject.get("timepoints").get(0).get("target").asText());
    Cli.Run text = Cli.assess(json, "--format", "text");
    assertEquals(0, text.status, text::toString);
    // Refused, the same ids stay on one line, their control characters shown escaped.
    Cli.Run refused = Cli.assess(json.replace(": 12}", ": -12}"));
    assertEquals(Outcome.REFUSED, CleanEnd.assertEndsCleanly(refused));
    assertEquals(1, refused.errLines().size(), refused::toString);
    assertTrue(refused.err.startsWith("\\u0000\\u0007\\u000a\u00e9\u6f22\ud83d\ude00"), refused::toString);
    assertTrue(refused.err.endsWith(" 2018-03-05 " + Lines.oneLine(lesionId)
        + ": -12 mm is not a diameter\n"), refused::toString);
    // A lone surrogate in a key: the parser refuses it, named at the subject and visit.
    assertRefused(Cli.assess(json.replace(lesionEscaped + "\": 12", "\\ud800\": 12")),
        "2018-03-05: ", "surrogate");
  }

  @Test
  void raggedUtf8IsRefusedNamingTheSubject() {
    byte[] prefix = "{\"format\": \"recist-case/1\", \"subjects\": [{\"id\": \"U".getBytes(StandardCharsets.UTF_8);
    byte[][] bad = {{(byte) 0xff}, {(byte) 0xc0, (byte) 0x80}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
        {(byte) 0xe2, (byte) 0x82}};
    for (byte[] b : bad) {
      ByteArrayOutputStream file = new ByteArrayOutputStream();
      file.writeBytes(prefix);
      file.writeBytes(b);
      file.writeBytes("\", \"referenceDate\": \"2018-01-10\", \"assessments\": []}]}".getBytes(StandardCharsets.UTF_8));
      assertRefused(Cli.assess(file.toByteArray()), "subject #1: ", "UTF-8");
    }
  }

  /** A run whose standard output went to a file. */
  static final class Run {
    final int status;
    final Path out;
    final String err;

    Run(int status, Path out, String err) {
      this.status = status;
      this.out = out;
      this.err = err;
    }

    Outcome outcome() throws IOException {
      assertTrue(!err.contains("\tat ") && !err.contains("recist: internal failure"), err);
      if (status == 0) {
        assertEquals("", err);
        return Outcome.ASSESSED;
      }
      assertEquals(2, status, err);
      assertEquals(0, Files.size(out), "nothing on standard output");
      return Outcome.REFUSED;
    }

    @Override
    public String toString() {
      return "status " + status + "\n--- stderr\n" + err;
    }
  }

  static Run runToFile(Path dir, String... args) throws IOException {
    Path out = Files.createTempFile(dir, "out-", ".json");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (OutputStream o = Files.newOutputStream(out);
        PrintStream ps = new PrintStream(o, false, StandardCharsets.UTF_8)) {
      status = Recist.run(args, InputStream.nullInputStream(), ps,
          new PrintStream(err, true, StandardCharsets.UTF_8));
    }
    return new Run(status, out, err.toString(StandardCharsets.UTF_8));
  }

  /** Counts the time points of the single subject of a result file, streaming. */
  static int countTimepoints(Path result) throws IOException {
    int count = 0;
    try (JsonParser p = CleanEnd.STRICT.createParser(result.toFile())) {
      while (p.nextToken() != null) {
        if (p.currentToken() == JsonToken.FIELD_NAME && "timepoints".equals(p.currentName())) {
          p.nextToken();
          while (p.nextToken() == JsonToken.START_OBJECT) {
            count++;
            p.skipChildren();
          }
        }
      }
    }
    return count;
  }
}
