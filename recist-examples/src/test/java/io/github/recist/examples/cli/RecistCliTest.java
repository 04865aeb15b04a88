package io.github.recist.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.recist.testing.Pins;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code recist} command line: exit codes, refusals and their messages, output. */
class RecistCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A case file of the given subjects, under the default protocol. */
  static String caseOf(String... subjects) {
    return "{\"format\": \"recist-case/1\", \"subjects\": [" + String.join(",\n", subjects) + "]}";
  }

  /**
   * A valid measured subject, SARC-007: T1, T2 in the lung and NT1 in bone; baseline 2018-01-05,
   * visits 2018-02-07 and 2018-03-08, whose 2018-03-08 targets are {@code visitTargets}.
   */
  static String subject(String visitTargets) {
    return subjectWith("\"targets\": " + visitTargets + ", \"nonTargets\": {\"NT1\": \"PRESENT\"}");
  }

  /** SARC-007 as {@link #subject}, with {@code visit} as the fields of the 2018-03-08 visit. */
  static String subjectWith(String visit) {
    return "{\"id\": \"SARC-007\", \"referenceDate\": \"2018-01-10\",\n"
        + " \"lesions\": [{\"id\": \"T1\", \"role\": \"TARGET\", \"site\": \"LUNG\"},\n"
        + "   {\"id\": \"T2\", \"role\": \"TARGET\", \"site\": \"LUNG\"},\n"
        + "   {\"id\": \"NT1\", \"role\": \"NON_TARGET\", \"site\": \"BONE\"}],\n"
        + " \"assessments\": [\n"
        + "   {\"date\": \"2018-01-05\", \"baseline\": true, \"targets\": {\"T1\": 32, \"T2\": 18},"
        + " \"nonTargets\": {\"NT1\": \"PRESENT\"}},\n"
        + "   {\"date\": \"2018-02-07\", \"targets\": {\"T1\": 20, \"T2\": 9},"
        + " \"nonTargets\": {\"NT1\": \"PRESENT\"}},\n"
        + "   {\"date\": \"2018-03-08\", " + visit + "}]}";
  }

  /** A subject with the given lesions and assessments, reference date 2018-01-10. */
  static String subject(String id, String lesions, String assessments) {
    return "{\"id\": \"" + id + "\", \"referenceDate\": \"2018-01-10\", \"lesions\": [" + lesions
        + "], \"assessments\": [" + assessments + "]}";
  }

  static final String T1 = "{\"id\": \"T1\", \"role\": \"TARGET\", \"site\": \"LUNG\"}";
  static final String NT1 = "{\"id\": \"NT1\", \"role\": \"NON_TARGET\", \"site\": \"BONE\"}";

  static void assertRefused(Cli.Run run, String... lineParts) {
    assertEquals(2, run.status, run::toString);
    assertEquals("", run.out, "nothing on standard output when the input is refused");
    for (String line : run.errLines()) {
      assertFalse(line.contains("\tat "), "no stack trace: " + run);
    }
    assertTrue(run.errLines().stream().anyMatch(l -> Stream.of(lineParts).allMatch(l::contains)),
        () -> "expected a line with " + List.of(lineParts) + "\n" + run);
  }

  @Nested
  class Refusals {

    static Stream<Arguments> malformedSubjects() {
      return Stream.of(
          Arguments.of("negative diameter", caseOf(subject("{\"T1\": -3, \"T2\": 9}")),
              new String[] {"SARC-007 2018-03-08 T1: -3 mm is not a diameter"}),
          Arguments.of("NaN, not JSON", caseOf(subject("{\"T1\": NaN, \"T2\": 9}")),
              new String[] {"SARC-007 2018-03-08 T1: ", "NaN", "(line 8, column"}),
          Arguments.of("NaN as text", caseOf(subject("{\"T1\": \"NaN\", \"T2\": 9}")),
              new String[] {"SARC-007 2018-03-08 T1: \"NaN\" is not a target value"}),
          Arguments.of("an exponent out of range", caseOf(subject("{\"T1\": 1e-2147483648, \"T2\": 9}")),
              new String[] {"SARC-007 2018-03-08 T1: number 1e-2147483648 is out of range", "(line 8, column"}),
          Arguments.of("an exponent out of range in the protocol",
              "{\"format\": \"recist-case/1\", \"protocol\": {\"followUpDays\": 1e2147483648}, \"subjects\": []}",
              new String[] {"<stdin>: number 1e2147483648 is out of range", "(line 1, column"}),
          Arguments.of("two decimals", caseOf(subject("{\"T1\": 20.25, \"T2\": 9}")),
              new String[] {"SARC-007 2018-03-08 T1: 20.25 mm has more than one decimal"}),
          Arguments.of("a diameter too large", caseOf(subject("{\"T1\": 1e6, \"T2\": 9}")),
              new String[] {"SARC-007 2018-03-08 T1: ", "not a plausible diameter"}),
          Arguments.of("unknown lesion", caseOf(subject("{\"T1\": 20, \"T2\": 9, \"T9\": 4}")),
              new String[] {"SARC-007 2018-03-08 T9: no lesion T9 was declared at baseline"}),
          Arguments.of("a target recorded as non-target",
              caseOf(subjectWith("\"targets\": {\"T1\": 20, \"T2\": 9}, \"nonTargets\": {\"T1\": \"PRESENT\"}")),
              new String[] {"SARC-007 2018-03-08 T1: is a target lesion"}),
          Arguments.of("merge into a non-target",
              caseOf(subject("{\"T1\": 20, \"T2\": {\"mergedInto\": \"NT1\"}}")),
              new String[] {"SARC-007 2018-03-08 T2: merged into NT1, which is a non-target"}),
          Arguments.of("merge into itself",
              caseOf(subject("{\"T1\": 20, \"T2\": {\"mergedInto\": \"T2\"}}")),
              new String[] {"SARC-007 2018-03-08 T2: cannot merge into itself"}),
          Arguments.of("empty fragments", caseOf(subject("{\"T1\": {\"fragments\": []}, \"T2\": 9}")),
              new String[] {"SARC-007 2018-03-08 T1: fragments must be a non-empty array"}),
          Arguments.of("bad non-target code",
              caseOf(subjectWith("\"targets\": {\"T1\": 20, \"T2\": 9}, \"nonTargets\": {\"NT1\": \"GONE\"}")),
              new String[] {"SARC-007 2018-03-08 NT1: \"GONE\" is not a non-target status"}),
          Arguments.of("bad new-lesion status", caseOf(subjectWith("\"targets\": {\"T1\": 20, \"T2\": 9},"
                  + " \"newLesions\": [{\"id\": \"N1\", \"site\": \"LIVER\", \"status\": \"MAYBE\"}]")),
              new String[] {"SARC-007 2018-03-08 N1: status \"MAYBE\" is not one of"}),
          Arguments.of("markers not a boolean", caseOf(subjectWith("\"targets\": {\"T1\": 20, \"T2\": 9},"
                  + " \"tumorMarkersNormal\": \"yes\"")),
              new String[] {"SARC-007 2018-03-08: tumorMarkersNormal must be true or false"}),
          Arguments.of("unknown field",
              caseOf(subjectWith("\"tagets\": {\"T1\": 20, \"T2\": 9}")),
              new String[] {"SARC-007 2018-03-08: unknown field 'tagets' in an assessment"}),
          Arguments.of("bad date", caseOf(subject("SARC-007", T1,
                  "{\"date\": \"2018-01-05\", \"baseline\": true, \"targets\": {\"T1\": 20}},"
                  + "{\"date\": \"2018-02-30\", \"targets\": {\"T1\": 20}}")),
              new String[] {"SARC-007: assessment #2: date '2018-02-30' is not a calendar date"}),
          Arguments.of("date not ISO", caseOf(subject("SARC-007", T1,
                  "{\"date\": \"05/01/2018\", \"baseline\": true, \"targets\": {\"T1\": 20}}")),
              new String[] {"SARC-007: assessment #1: date '05/01/2018' is not a date written as yyyy-mm-dd"}),
          Arguments.of("duplicate key",
              caseOf(subject("{\"T1\": 20, \"T2\": 9, \"T1\": 21}")),
              new String[] {"SARC-007 2018-03-08 T1: ", "Duplicate field 'T1'"}),
          Arguments.of("duplicate lesion ids", caseOf(subject("SARC-007", T1 + "," + T1,
                  "{\"date\": \"2018-01-05\", \"baseline\": true, \"targets\": {\"T1\": 20}}")),
              new String[] {"SARC-007 T1: lesion id declared twice"}),
          Arguments.of("duplicate subject ids", caseOf(subject("{\"T1\": 20, \"T2\": 9}"),
                  subject("{\"T1\": 21, \"T2\": 9}")),
              new String[] {"SARC-007: subject id used more than once (subjects #1, #2"}),
          Arguments.of("two baselines", caseOf(subject("SARC-007", T1,
                  "{\"date\": \"2018-01-05\", \"baseline\": true, \"targets\": {\"T1\": 20}},"
                  + "{\"date\": \"2018-01-06\", \"baseline\": true, \"targets\": {\"T1\": 20}}")),
              new String[] {"SARC-007 2018-01-06: a second baseline (the first is 2018-01-05)"}),
          Arguments.of("no baseline", caseOf(subject("SARC-007", T1,
                  "{\"date\": \"2018-02-05\", \"targets\": {\"T1\": 20}}")),
              new String[] {"SARC-007: no baseline assessment"}),
          Arguments.of("visit before baseline", caseOf(subject("SARC-007", T1,
                  "{\"date\": \"2018-01-05\", \"baseline\": true, \"targets\": {\"T1\": 20}},"
                  + "{\"date\": \"2018-01-01\", \"targets\": {\"T1\": 20}}")),
              new String[] {"SARC-007 2018-01-01: assessment dated before the baseline (2018-01-05)"}),
          Arguments.of("a target without a baseline diameter", caseOf(subject("SARC-007", T1,
                  "{\"date\": \"2018-01-05\", \"baseline\": true, \"targets\": {\"T1\": \"NE\"}}")),
              new String[] {"SARC-007 2018-01-05 T1: target not measured at baseline"}),
          Arguments.of("measured subject without lesions", caseOf(subject("SARC-007", "",
                  "{\"date\": \"2018-01-05\", \"baseline\": true}")),
              new String[] {"SARC-007: has assessments but no lesions"}),
          Arguments.of("mixed styles", caseOf(subject("SARC-007", T1,
                  "{\"date\": \"2018-01-05\", \"baseline\": true, \"targets\": {\"T1\": 20}},"
                  + "{\"date\": \"2018-02-05\", \"response\": \"PR\"}")),
              new String[] {"SARC-007: mixes measurements", "recorded visit responses"}),
          Arguments.of("bad recorded response",
              caseOf("{\"id\": \"S-9\", \"referenceDate\": \"2020-02-01\", \"assessments\": "
                  + "[{\"date\": \"2020-02-16\", \"response\": \"MISSING\"}]}"),
              new String[] {"S-9 2020-02-16: response \"MISSING\" is not one of CR, PR, SD, NON_CR_NON_PD, PD, NE, ND"}),
          Arguments.of("reference date of the wrong type",
              caseOf("{\"id\": \"S-9\", \"referenceDate\": 20200201, \"assessments\": []}"),
              new String[] {"S-9: referenceDate must be a date"}),
          Arguments.of("subject without id",
              caseOf("{\"referenceDate\": \"2020-02-01\", \"assessments\": []}"),
              new String[] {"subject #1: missing id"}),
          Arguments.of("unknown lesion field",
              caseOf(subject("SARC-007", "{\"id\": \"T1\", \"role\": \"TARGET\", \"site\": \"LUNG\", \"nodall\": true}",
                  "{\"date\": \"2018-01-05\", \"baseline\": true, \"targets\": {\"T1\": 20}}")),
              new String[] {"SARC-007 T1: unknown field 'nodall' in a lesion"}),
          Arguments.of("iRECIST confirmation window upside down (R14.5)",
              "{\"format\": \"recist-case/1\", \"protocol\": {\"criteria\": \"IRECIST\","
                  + " \"minProgressionConfirmationDays\": 60}, \"subjects\": []}",
              new String[] {"protocol maxProgressionConfirmationDays 56 is below minProgressionConfirmationDays 60"}),
          Arguments.of("protocol field of the wrong type",
              "{\"format\": \"recist-case/1\", \"protocol\": {\"minConfirmationDays\": \"28\"}, \"subjects\": []}",
              new String[] {"protocol minConfirmationDays must be a whole number of at least 0"}),
          Arguments.of("unknown top-level field",
              "{\"format\": \"recist-case/1\", \"subject\": [], \"subjects\": []}",
              new String[] {"unknown top-level field 'subject'"}),
          Arguments.of("another format", "{\"format\": \"recist-case/2\", \"subjects\": []}",
              new String[] {"format must be \"recist-case/1\""}),
          Arguments.of("not JSON", "{\"format\": \"recist-case/1\", \"subjects\": [",
              new String[] {"<stdin>: ", "(line 1, column"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedSubjects")
    void malformedInputIsRefusedNamingThePlace(String what, String json, String[] expected) {
      assertRefused(Cli.assess(json), expected);
      assertRefused(Cli.runWithInput(json, "validate", "-"), expected);
    }

    @Test
    void oneBadSubjectAtTheEndRefusesTheWholeFile() {
      StringBuilder subjects = new StringBuilder();
      for (int i = 0; i < 500; i++) {
        subjects.append(subject("SARC-" + i, T1,
            "{\"date\": \"2018-01-05\", \"baseline\": true, \"targets\": {\"T1\": 20}},"
            + "{\"date\": \"2018-02-05\", \"targets\": {\"T1\": 12}}")).append(",\n");
      }
      subjects.append(subject("LAST", T1,
          "{\"date\": \"2018-01-05\", \"baseline\": true, \"targets\": {\"T1\": 20}},"
          + "{\"date\": \"2018-02-05\", \"targets\": {\"T1\": -1}}"));
      Cli.Run run = Cli.assess(caseOf(subjects.toString()));
      assertRefused(run, "LAST 2018-02-05 T1: -1 mm is not a diameter");
      assertEquals(1, run.errLines().size(), run::toString);
    }

    @Test
    void idsUsedTwiceAreFoundAmongThousandsOfSubjects() {
      // ids repeated far apart, before and after the table of id hashes grows, and three times
      StringBuilder subjects = new StringBuilder();
      for (int i = 1; i <= 3000; i++) {
        String id = i == 2999 ? "S-7" : i == 1500 || i == 2000 ? "S-1400" : "S-" + i;
        subjects.append(i == 1 ? "" : ",\n").append(subject(id, T1,
            "{\"date\": \"2018-01-05\", \"baseline\": true, \"targets\": {\"T1\": 20}}"));
      }
      String json = caseOf(subjects.toString());
      for (Cli.Run run : List.of(Cli.assess(json), Cli.runWithInput(json, "validate", "-"),
          Cli.runWithInput(json, "assess", "--threads", "2", "-"))) {
        assertRefused(run, "S-7: subject id used more than once (subjects #7, #2999 of the file)");
        assertRefused(run, "S-1400: subject id used more than once (subjects #1400, #1500, #2000 "
            + "of the file)");
        assertEquals(2, run.errLines().size(), run::toString);
      }
    }

    @Test
    void everyProblemOfASubjectIsReported() {
      Cli.Run run = Cli.assess(caseOf(subject("{\"T1\": -3, \"T2\": 9.25, \"T9\": 4}")));
      assertRefused(run, "SARC-007 2018-03-08 T1: -3 mm is not a diameter");
      assertRefused(run, "SARC-007 2018-03-08 T2: 9.25 mm has more than one decimal");
      assertRefused(run, "SARC-007 2018-03-08 T9: no lesion T9 was declared at baseline");
      assertEquals(3, run.errLines().size(), run::toString);
    }

    @Test
    void problemsOfEverySubjectAreReported() {
      Cli.Run run = Cli.assess(caseOf(subject("{\"T1\": -3, \"T2\": 9}"),
          subject("OTHER", T1, "{\"date\": \"2018-02-05\", \"targets\": {\"T1\": 20}}")));
      assertRefused(run, "SARC-007 2018-03-08 T1: -3 mm is not a diameter");
      assertRefused(run, "OTHER: no baseline assessment");
    }

    @Test
    void aBlankIdIsRefusedAndTheSubjectIsNamedByItsNumber() {
      String blank = "{\"id\": \" \", \"referenceDate\": \"2018-01-10\", \"assessments\": []}";
      Cli.Run run = Cli.assess(caseOf(blank, blank));
      assertRefused(run, "subject #1: id must be a non-blank string, not \" \"");
      assertRefused(run, "subject #2: id must be a non-blank string, not \" \"");
      assertEquals(2, run.errLines().size(), run::toString);
      assertRefused(Cli.assess(caseOf(subject("SARC-007", T1.replace("\"T1\"", "\"\\t\""),
              "{\"date\": \"2018-01-05\", \"baseline\": true}"))),
          "SARC-007 lesion #1: id must be a non-blank string, not \"\\t\"");
    }

    @Test
    void bytesInNoUnicodeEncodingAreRefused() {
      // Four bytes that look like UTF-32 of an order no one uses.
      assertRefused(Cli.assess(new byte[] {0, 0, 1, 0}), "<stdin>: not text in UTF-8, UTF-16 or UTF-32");
      // UTF-32 (big-endian) that starts well, then holds a code point beyond Unicode. The parser
      // decodes UTF-32 a buffer ahead: the message names the file and the character's position.
      String start = "{\"format\": \"recist-case/1\", \"subjects\": [{\"id\": \"U32\", \"referenceDate\": \"";
      java.nio.ByteBuffer utf32 = java.nio.ByteBuffer.allocate(start.length() * 4 + 8);
      start.chars().forEach(utf32::putInt);
      utf32.putInt(0x110000).putInt('"');
      assertRefused(Cli.assess(utf32.array()), "<stdin>: not text in UTF-8, UTF-16 or UTF-32: ",
          "Invalid UTF-32 character", "at char #73");
    }

    @Test
    void eachProblemStaysOnOneLine() {
      Cli.Run run = Cli.assess(caseOf("{\"id\": \"S\\n-1\", \"referenceDate\": \"2018-13-01\", \"assessments\": []}"));
      assertRefused(run, "S\\u000a-1: referenceDate '2018-13-01' is not a calendar date");
      assertEquals(1, run.errLines().size(), run::toString);
      // Unicode's own line and paragraph separators break lines too, in editors and in log tools.
      Cli.Run separators = Cli.assess(caseOf("{\"id\": \"S\\u2028-2\\u2029\", \"referenceDate\": \"2018-13-01\", "
          + "\"assessments\": []}"));
      assertRefused(separators, "S\\u2028-2\\u2029: referenceDate '2018-13-01' is not a calendar date");
      assertEquals(1, separators.errLines().size(), separators::toString);
    }

    @Test
    void aMissingFileIsInvalidInput() {
      assertRefused(Cli.run("assess", "no/such/file.json"), "no/such/file.json: no such file");
    }

    @Test
    void aFileNameThatIsNoPathIsInvalidInput() {
      assertRefused(Cli.run("assess", "bad\u0000name.json"), "bad\\u0000name.json: not a file name");
      assertRefused(Cli.run("validate", "bad\u0000name.json"), "bad\\u0000name.json: not a file name");
    }

    @Test
    void anUnknownOptionIsInvalidInput() {
      assertRefused(Cli.run("assess", "--frobnicate", "x.json"), "Unknown option");
    }

    @Test
    void noCommandIsInvalidInput() {
      assertRefused(Cli.run(), "which command? (assess, validate, report, sdtm, demo, generate)");
    }
  }

  @Nested
  class TopLevelFields {
    @Test
    void theWorkedCasesFieldsExpectedSourceAndWhyAreIgnored() {
      String json = "{\"format\": \"recist-case/1\", \"subjects\": [" + subject("{\"T1\": 20, \"T2\": 9}")
          + "], \"expected\": {\"anything\": [1, {\"x\": null}]}, \"source\": \"RECIST\", \"why\": 3}";
      assertEquals(0, Cli.assess(json).status);
    }

    @ParameterizedTest
    @ValueSource(strings = {"comment", "Expected", "notes"})
    void anyOtherTopLevelFieldIsRefused(String field) {
      String json = "{\"format\": \"recist-case/1\", \"subjects\": [], \"" + field + "\": \"x\"}";
      assertRefused(Cli.assess(json), "unknown top-level field '" + field + "'");
    }

    @Test
    void theProtocolMayComeAfterTheSubjects() throws IOException {
      // PR at 2018-02-07 only: with confirmation NOT_REQUIRED it is the best response (R11).
      String json = "{\"format\": \"recist-case/1\", \"subjects\": [" + subject("{\"T1\": 20, \"T2\": 9}")
          + "], \"protocol\": {\"confirmation\": \"NOT_REQUIRED\"}}";
      Cli.Run run = Cli.assess(json);
      assertEquals(0, run.status, run::toString);
      JsonNode s = JSON.readTree(run.out).get("subjects").get(0);
      assertEquals("PR", s.get("bestOverallResponse").asText());
      assertEquals("2018-02-07", s.get("bestOverallResponseDate").asText());
    }

    @Test
    void missingFormatAndSubjectsAreRefused() {
      assertRefused(Cli.assess("{\"protocol\": {}}"), "missing format");
      assertRefused(Cli.assess("{\"protocol\": {}}"), "missing subjects");
    }

    @Test
    void anEmptyFileOfSubjectsGivesAnEmptyResult() throws IOException {
      Cli.Run run = Cli.assess(caseOf());
      assertEquals(0, run.status, run::toString);
      assertEquals("{\n  \"format\": \"recist-result/1\",\n  \"subjects\": []\n}\n", run.out);
    }
  }

  @Nested
  class Output {
    /** The input example of case-format.md. */
    static final String SPEC_EXAMPLE = "{\n"
        + "  \"format\": \"recist-case/1\",\n"
        + "  \"protocol\": {\"criteria\": \"RECIST_1_1\", \"confirmation\": \"REQUIRED\",\n"
        + "    \"minConfirmationDays\": 28, \"minStableDiseaseDays\": 42, \"followUpDays\": 365},\n"
        + "  \"subjects\": [{\"id\": \"SARC-001\", \"referenceDate\": \"2018-01-10\",\n"
        + "    \"lesions\": [\n"
        + "      {\"id\": \"T1\",  \"role\": \"TARGET\",     \"site\": \"LUNG\",       \"nodal\": false},\n"
        + "      {\"id\": \"T2\",  \"role\": \"TARGET\",     \"site\": \"LYMPH_NODE\", \"nodal\": true},\n"
        + "      {\"id\": \"NT1\", \"role\": \"NON_TARGET\", \"site\": \"BONE\"}],\n"
        + "    \"assessments\": [\n"
        + "      {\"date\": \"2018-01-05\", \"baseline\": true, \"targets\": {\"T1\": 32, \"T2\": 18},"
        + " \"nonTargets\": {\"NT1\": \"PRESENT\"}},\n"
        + "      {\"date\": \"2018-02-07\", \"targets\": {\"T1\": 20, \"T2\": 9}, \"nonTargets\": {\"NT1\": \"PRESENT\"}},\n"
        + "      {\"date\": \"2018-03-08\", \"targets\": {\"T1\": \"TOO_SMALL\", \"T2\": 8},"
        + " \"nonTargets\": {\"NT1\": \"ABSENT\"}, \"tumorMarkersNormal\": true,\n"
        + "       \"newLesions\": [{\"id\": \"N1\", \"site\": \"LIVER\", \"status\": \"EQUIVOCAL\"}]}]}]}";

    @Test
    void theSpecExampleGivesTheSpecOutput() throws IOException {
      Cli.Run run = Cli.assess(SPEC_EXAMPLE);
      assertEquals(0, run.status, run::toString);
      // The spec's output example, as text: numbers as written, one decimal for percentages.
      assertTrue(run.out.startsWith("{\n  \"format\": \"recist-result/1\",\n  \"subjects\": [\n"
          + "    {\n      \"id\": \"SARC-001\",\n      \"timepoints\": [\n        {\n"
          + "          \"date\": \"2018-02-07\",\n          \"targetSum\": 29,\n"
          + "          \"changeFromBaselinePct\": -42.0,\n          \"changeFromNadirPct\": -42.0,\n"
          + "          \"target\": \"PR\",\n          \"nonTarget\": \"NON_CR_NON_PD\",\n"
          + "          \"newLesions\": \"NONE\",\n          \"overall\": \"PR\",\n"), run.out);
      JsonNode s = JSON.readTree(run.out).get("subjects").get(0);
      assertEquals(List.of("id", "timepoints", "bestOverallResponse", "bestOverallResponseDate",
          "confirmed", "confirmedBy", "progressionDate", "progressionFreeSurvivalDays",
          "progressionFreeSurvivalCensored", "durationOfResponseDays", "durationOfResponseCensored",
          "warnings", "reasons"), names(s));
      // 2018-03-08: T1 too small counts 5 mm (R4), T2 8 mm short axis: sum 13 of 50 is -74%: PR;
      // NT1 absent with normal markers: non-target CR (R7.4); N1 equivocal: no progression (R8).
      JsonNode second = s.get("timepoints").get(1);
      assertEquals(13, second.get("targetSum").intValue());
      assertEquals("-74.0", second.get("changeFromBaselinePct").decimalValue().toPlainString());
      assertEquals("PR", second.get("target").asText());
      assertEquals("CR", second.get("nonTarget").asText());
      assertEquals("EQUIVOCAL", second.get("newLesions").asText());
      assertEquals("PR", second.get("overall").asText());
      // PR of 2018-02-07 confirmed 29 days later by 2018-03-08 (R12).
      assertEquals("PR", s.get("bestOverallResponse").asText());
      assertEquals("2018-02-07", s.get("bestOverallResponseDate").asText());
      assertTrue(s.get("confirmed").booleanValue());
      assertTrue(s.get("progressionDate").isNull());
      assertTrue(s.get("reasons").get(0).asText().contains("confirmed on 2018-03-08"));
    }

    @Test
    void aDecimalSumIsWrittenAsADecimal() throws IOException {
      Cli.Run run = Cli.assess(caseOf(subject("{\"T1\": 20.5, \"T2\": 15}")));
      assertTrue(run.out.contains("\"targetSum\": 35.5,"), run::toString);
    }

    @Test
    void recordedTimepointsHaveNoTargetNonTargetOrNewLesionFinding() throws IOException {
      Cli.Run run = Cli.assess(caseOf("{\"id\": \"S-9\", \"referenceDate\": \"2020-02-01\",\n"
          + " \"assessments\": [{\"date\": \"2020-02-16\", \"response\": \"PD\"},\n"
          + "                 {\"date\": \"2020-03-06\", \"response\": \"SD\"}]}"));
      assertEquals(0, run.status, run::toString);
      JsonNode s = JSON.readTree(run.out).get("subjects").get(0);
      JsonNode t = s.get("timepoints").get(0);
      assertTrue(t.get("target").isNull() && t.get("nonTarget").isNull() && t.get("newLesions").isNull()
          && t.get("targetSum").isNull());
      assertEquals("PD", t.get("overall").asText());
      // Best response considers visits up to the first PD (R10): PD on 2020-02-16.
      assertEquals("PD", s.get("bestOverallResponse").asText());
      assertEquals("2020-02-16", s.get("progressionDate").asText());
    }

    @Test
    void aSubjectWithoutAssessmentAfterBaselineIsMissingWithoutDate() throws IOException {
      Cli.Run run = Cli.assess(caseOf(subject("S-1", T1,
          "{\"date\": \"2018-01-05\", \"baseline\": true, \"targets\": {\"T1\": 20}}")));
      JsonNode s = JSON.readTree(run.out).get("subjects").get(0);
      assertEquals("MISSING", s.get("bestOverallResponse").asText());
      assertTrue(s.get("bestOverallResponseDate").isNull());
      assertFalse(s.get("confirmed").booleanValue());
    }

    @Test
    void theSameInputGivesTheSameBytes(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("cohort.json");
      Files.writeString(file, SPEC_EXAMPLE);
      Cli.Run first = Cli.run("assess", file.toString());
      Cli.Run second = Cli.run("assess", file.toString());
      Cli.Run piped = Cli.assess(SPEC_EXAMPLE);
      assertEquals(0, first.status);
      assertEquals(first.out, second.out);
      assertEquals(first.out, piped.out);
      assertFalse(first.out.contains("\r"));
    }

    @Test
    void textFormatPrintsATablePerSubject() {
      Cli.Run run = Cli.assess(SPEC_EXAMPLE, "--format", "text");
      assertEquals(0, run.status, run::toString);
      assertTrue(run.out.contains("SARC-001"), run.out);
      assertTrue(run.out.contains("  2018-02-07       29       -42.0%     -42.0%  PR      NON_CR_NON_PD  NONE         PR\n"),
          run.out);
      assertTrue(run.out.contains("best overall response: PR on 2018-02-07, confirmed on 2018-03-08"), run.out);
    }

    private List<String> names(JsonNode node) {
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      return names;
    }
  }

  @Nested
  class Strict {
    /** Baseline 40 days before the reference date: an R3 deviation. */
    final String lateBaseline = caseOf(subject("LATE", T1,
        "{\"date\": \"2017-12-01\", \"baseline\": true, \"targets\": {\"T1\": 20}},"
        + "{\"date\": \"2018-02-05\", \"targets\": {\"T1\": 12}}"));

    @Pins("R3.1")
    @Test
    void R3_deviationIsAWarningInTheResult() throws IOException {
      Cli.Run run = Cli.assess(lateBaseline);
      assertEquals(0, run.status, run::toString);
      assertEquals("1 protocol deviation (warning) in 1 subject; see `warnings` in the output\n",
          run.err);
      JsonNode warnings = JSON.readTree(run.out).get("subjects").get(0).get("warnings");
      assertEquals(1, warnings.size());
      assertTrue(warnings.get(0).asText().startsWith("LATE 2017-12-01: "), warnings::toString);
      assertTrue(warnings.get(0).asText().endsWith("(R3)"), warnings::toString);
    }

    @Pins({"R3.1", "R2.1"})
    @Test
    void R3_deviationIsAnErrorWhenStrict() {
      assertRefused(Cli.assess(lateBaseline, "--strict"), "LATE 2017-12-01: ", "(R3)");
    }

    @Test
    void validateMarksWarningsAndSucceeds() {
      Cli.Run run = Cli.runWithInput(lateBaseline, "validate", "-");
      assertEquals(0, run.status, run::toString);
      assertTrue(run.err.startsWith("warning: LATE 2017-12-01: "), run::toString);
      assertEquals("<stdin>: 1 subject, no errors, 1 warning\n", run.out);
      assertRefused(Cli.runWithInput(lateBaseline, "validate", "--strict", "-"), "LATE 2017-12-01: ");
    }
  }

  @Nested
  class Commands {
    @ParameterizedTest
    @ValueSource(strings = {"", "assess", "validate", "report", "demo", "generate"})
    void everyCommandHasHelp(String command) {
      Cli.Run run = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
      assertEquals(0, run.status, run::toString);
      assertTrue(run.out.startsWith("Usage: recist" + (command.isEmpty() ? "" : " " + command)), run.out);
    }

    /**
     * Only the command named first is built for a run (issue 14): the root's usage still lists
     * every command in order, and an option before the command still reaches it.
     */
    @Test
    void theRootListsEveryCommandInOrderAndAnOptionBeforeTheCommandReachesIt() {
      Cli.Run help = Cli.run("--help");
      int previous = -1;
      for (String command : java.util.List.of("assess", "validate", "report", "sdtm", "demo",
          "generate")) {
        int at = help.out.indexOf("\n  " + command + " ");
        assertTrue(at > previous, command + " listed after the one before: " + help.out);
        previous = at;
      }
      Cli.Run debugFirst = Cli.run("--debug", "generate", "--subjects", "2", "--seed", "3");
      assertEquals(0, debugFirst.status, debugFirst::toString);
      assertEquals(Cli.run("generate", "--subjects", "2", "--seed", "3").out, debugFirst.out);
    }

    @Test
    void versionNamesTheBuild() {
      Cli.Run run = Cli.run("--version");
      assertEquals(0, run.status);
      assertTrue(run.out.matches("recist \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? .*\n"), run.out);
    }

    @Test
    void versionAloneSaysWhatEachCommandsVersionSays() {
      // --version alone builds no subcommand (issue 14): the same line as every command's
      String version = Cli.run("--version").out;
      for (String[] args : new String[][] {{"-V"}, {"assess", "--version"}, {"generate", "-V"},
          {"--version", "assess"}}) {
        Cli.Run run = Cli.run(args);
        assertEquals(0, run.status, run::toString);
        assertEquals(version, run.out, String.join(" ", args));
      }
    }

    @Test
    void demoPrintsTheCohortReportAndWritesItWhereItSays(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
      Cli.Run run = Cli.run("demo", "--out", dir.toString());
      assertEquals(0, run.status, run::toString);
      assertTrue(run.out.contains("SARC-020"), run.out);
      assertTrue(run.out.contains("best overall response over 20 subjects"), run.out);
      java.nio.file.Path html = dir.resolve("report.html").toAbsolutePath();
      assertTrue(run.out.endsWith("Cohort report: " + html + "\n"), run.out);
      assertTrue(java.nio.file.Files.isRegularFile(html));
    }

    @Test
    void reportWritesTheHtmlThePicturesAndTheResults(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
        throws java.io.IOException {
      java.nio.file.Path out = dir.resolve("report");
      Cli.Run run = Cli.run("report", "--out", out.toString(), SarcomaCohortTest.COHORT.toString());
      assertEquals(0, run.status, run::toString);
      for (String name : new String[] {"report.html", "results.json", "waterfall.png", "waterfall.svg",
          "spider.png", "swimmer.png", "km-pfs.png", "km-dor.svg"}) {
        java.nio.file.Path f = out.resolve(name);
        assertTrue(java.nio.file.Files.size(f) > 0, name);
        assertTrue(run.out.contains(f.toString()), run.out);
      }
      Cli.Run assess = Cli.run("assess", SarcomaCohortTest.COHORT.toString());
      assertEquals(assess.out, java.nio.file.Files.readString(out.resolve("results.json")));
    }

    @Test
    void aRefusedFileWritesNoReport(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
        throws java.io.IOException {
      java.nio.file.Path bad = dir.resolve("bad.json");
      java.nio.file.Files.writeString(bad, "{\"format\": \"recist-case/1\", \"subjects\": [{\"id\": \"B1\", "
          + "\"referenceDate\": \"2018-01-10\", \"lesions\": [{\"id\": \"T1\", \"role\": \"TARGET\", "
          + "\"site\": \"LUNG\"}], \"assessments\": [{\"date\": \"2018-01-05\", \"baseline\": true, "
          + "\"targets\": {\"T1\": -3}}]}]}");
      java.nio.file.Path out = dir.resolve("report");
      Cli.Run run = Cli.run("report", "--out", out.toString(), bad.toString());
      assertEquals(2, run.status, run::toString);
      assertEquals("", run.out);
      assertTrue(run.err.contains("B1 2018-01-05 T1: -3 mm is not a diameter"), run.err);
      assertFalse(java.nio.file.Files.exists(out));
    }

    @Test
    void anInternalFailureExitsOneWithAMessageAndNoStackTrace() {
      Cli.Run run = runWithFailingInput("assess", "-");
      assertEquals(1, run.status, run::toString);
      assertEquals("", run.out);
      assertTrue(run.err.contains("internal failure"), run::toString);
      assertFalse(run.err.contains("\tat "), run::toString);
      Cli.Run debug = runWithFailingInput("assess", "--debug", "-");
      assertEquals(1, debug.status);
      assertTrue(debug.err.contains("\tat "), debug::toString);
    }

    @Test
    void generateRefusesANegativeCount() {
      assertRefused(Cli.run("generate", "--subjects", "-1"), "--subjects must not be negative");
    }

    private Cli.Run runWithFailingInput(String... args) {
      InputStream failing = new InputStream() {
        @Override
        public int read() throws IOException {
          throw new IOException("disk on fire");
        }
      };
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status = Recist.run(args, failing, new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      return new Cli.Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void differentInputsGiveDifferentOutputs() {
    assertNotEquals(Cli.assess(caseOf(subject("{\"T1\": 20, \"T2\": 9}"))).out,
        Cli.assess(caseOf(subject("{\"T1\": 40, \"T2\": 9}"))).out);
  }
}
