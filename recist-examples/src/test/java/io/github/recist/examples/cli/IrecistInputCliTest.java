package io.github.recist.examples.cli;

import static io.github.recist.examples.cli.RecistCliTest.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The iRECIST input of the case format (case-format.md, "iRECIST (R14): the extension") through the
 * command line: {@code validate} accepts a valid iRECIST file, {@code assess} and {@code report}
 * assess it, every new error is refused naming the subject, the visit date
 * and the lesion, the R14.2 warnings are told, and under RECIST 1.1 the new fields are accepted.
 */
class IrecistInputCliTest {

  private static final String IRECIST = "{\"criteria\": \"IRECIST\"}";
  private static final String RECIST = "{\"criteria\": \"RECIST_1_1\"}";

  /** A file under {@code protocol} (null: none) with one subject, S-1, whose visits follow the baseline. */
  static String file(String protocol, String... visits) {
    return "{\"format\": \"recist-case/1\","
        + (protocol == null ? "" : " \"protocol\": " + protocol + ",")
        + " \"subjects\": [" + subject(visits) + "]}";
  }

  /** S-1: T1 (lung) 40 mm and NT1 (bone) present at baseline 2018-01-03, then {@code visits}. */
  static String subject(String... visits) {
    return "{\"id\": \"S-1\", \"referenceDate\": \"2018-01-10\",\n"
        + " \"lesions\": [{\"id\": \"T1\", \"role\": \"TARGET\", \"site\": \"LUNG\"},"
        + " {\"id\": \"NT1\", \"role\": \"NON_TARGET\", \"site\": \"BONE\"}],\n"
        + " \"assessments\": [{\"date\": \"2018-01-03\", \"baseline\": true, \"targets\": {\"T1\": 40},"
        + " \"nonTargets\": {\"NT1\": \"PRESENT\"}}"
        + (visits.length == 0 ? "" : ",\n  " + String.join(",\n  ", visits)) + "]}";
  }

  /** A follow-up on {@code date}, T1 {@code t1} mm, NT1 {@code nt1}, and these new lesions. */
  static String visit(String date, int t1, String nt1, String... newLesions) {
    return "{\"date\": \"" + date + "\", \"targets\": {\"T1\": " + t1 + "}, \"nonTargets\": {\"NT1\": \""
        + nt1 + "\"}" + (newLesions.length == 0 ? "" : ", \"newLesions\": [" + String.join(", ", newLesions)
        + "]") + "}";
  }

  static String nlt(String id, String site, Object diameter) {
    return "{\"id\": \"" + id + "\", \"site\": \"" + site + "\", \"status\": \"UNEQUIVOCAL\", \"role\":"
        + " \"TARGET\", \"diameter\": " + (diameter instanceof String ? "\"" + diameter + "\"" : diameter) + "}";
  }

  static String nlnt(String id, String site, String state) {
    return "{\"id\": \"" + id + "\", \"site\": \"" + site + "\", \"status\": \"UNEQUIVOCAL\", \"role\":"
        + " \"NON_TARGET\", \"state\": \"" + state + "\"}";
  }

  /** A CAR-T-like course with every iRECIST input field: NLT, NLNT, INCREASED, a symptom-driven visit. */
  static String pseudoProgression(String protocol) {
    return file(protocol,
        visit("2018-02-07", 48, "INCREASED", nlt("N1", "LIVER", 12), nlnt("N2", "SKIN", "PRESENT")),
        "{\"date\": \"2018-02-20\", \"symptomDriven\": true, \"targets\": {\"T1\": 47}, \"nonTargets\":"
            + " {\"NT1\": \"PRESENT\"}, \"newLesions\": [" + nlt("N1", "LIVER", 11) + ", "
            + nlnt("N2", "SKIN", "PRESENT") + "]}",
        visit("2018-03-07", 30, "PRESENT", nlt("N1", "LIVER", "TOO_SMALL"), nlnt("N2", "SKIN", "ABSENT")),
        visit("2018-04-04", 0, "ABSENT", nlt("N1", "LIVER", 0), nlnt("N2", "SKIN", "ABSENT")));
  }

  @Test
  void validateAcceptsAValidIrecistFile() {
    Cli.Run run = Cli.runWithInput(pseudoProgression(
        "{\"criteria\": \"IRECIST\", \"minProgressionConfirmationDays\": 26,"
            + " \"maxProgressionConfirmationDays\": 63, \"unconfirmedProgressionAsEvent\": true}"),
        "validate", "-");
    assertEquals(0, run.status, run::toString);
    // 2018-02-20 is 13 days after the iUPD of 2018-02-07: disregarded, a warning (R14.5)
    assertTrue(run.out.startsWith("<stdin>: 1 subject, no errors, 1 warning"), run::toString);
    assertTrue(run.err.contains("S-1 2018-02-20: 13 days after the iUPD of 2018-02-07"), run::toString);
  }

  @Test
  void R14_assessClassifiesAnIrecistFileInICodes() throws Exception {
    Cli.Run run = Cli.assess(pseudoProgression(IRECIST));
    assertEquals(0, run.status, run::toString);
    com.fasterxml.jackson.databind.JsonNode s = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(run.out).get("subjects").get(0);
    List<String> overall = new java.util.ArrayList<>();
    s.get("timepoints").forEach(t -> overall.add(t.get("overall").asText()));
    // the new lesions open a run; 2018-02-20 is 13 days later (disregarded, R14.5); the targets
    // shrink below the anchor on 2018-03-07 (a reset to iSD, R14.7.3) and are gone on 2018-04-04
    assertEquals(List.of("iUPD", "iUPD", "iSD", "iCR"), overall, run.out);
    assertEquals("2018-02-07", s.get("timepoints").get(2).get("iupdDate").asText());
    assertTrue(s.get("timepoints").get(2).get("reset").asBoolean(), run.out);
    assertTrue(s.get("warnings").get(0).asText().contains("2018-02-20")
        && s.get("warnings").get(0).asText().contains("disregarded"), run.out);
    // the default protocol requires confirmation (R12): the last visit's iCR is unconfirmed
    assertEquals("iSD", s.get("bestOverallResponse").asText());
    assertEquals(0, Cli.assess(pseudoProgression(IRECIST), "--format", "text", "--threads", "2").status);
  }

  @Test
  void R14_5_withStrictADisregardedVisitIsAnErrorNamingTheSubjectAndVisit() {
    Cli.Run run = Cli.assess(pseudoProgression(IRECIST), "--strict");
    assertRefused(run, "S-1 2018-02-20: 13 days after the iUPD of 2018-02-07, under the 28-day minimum");
  }

  @Test
  void R14_reportWritesAnIrecistFileInICodes(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("i.json");
    Files.writeString(in, pseudoProgression(IRECIST));
    Path out = dir.resolve("report");
    Cli.Run run = Cli.run("report", in.toString(), "--out", out.toString());
    assertEquals(0, run.status, run::toString);
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("iUPD") && html.contains("iSD"), "the report names the i-codes");
    assertTrue(Files.readString(out.resolve("results.json")).contains("\"overall\": \"iUPD\""));
  }

  @Test
  void underRecist11TheSameFileIsAssessedAndAGoneNewLesionIsNoNewLesion() throws Exception {
    Cli.Run run = Cli.assess(pseudoProgression(RECIST));
    assertEquals(0, run.status, run::toString);
    var timepoints = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out)
        .get("subjects").get(0).get("timepoints");
    assertEquals("NON_CR_NON_PD", timepoints.get(0).get("nonTarget").asText(), "INCREASED is present (R14.1)");
    assertEquals("PD", timepoints.get(0).get("overall").asText());
    assertEquals("UNEQUIVOCAL", timepoints.get(2).get("newLesions").asText(), "N1 too small is still there");
    assertEquals("NONE", timepoints.get(3).get("newLesions").asText(), "N1 0 mm and N2 absent: gone");
  }

  static Stream<Arguments> newErrors() {
    return Stream.of(
        Arguments.of("diameter on a NON_TARGET entry",
            file(IRECIST, visit("2018-02-07", 40, "PRESENT",
                "{\"id\": \"N1\", \"site\": \"LIVER\", \"status\": \"UNEQUIVOCAL\", \"diameter\": 12}")),
            new String[] {"S-1 2018-02-07 N1: ", "is a NON_TARGET and has a diameter (12 mm)"}),
        Arguments.of("state on a TARGET entry",
            file(IRECIST, visit("2018-02-07", 40, "PRESENT", "{\"id\": \"N1\", \"site\": \"LIVER\","
                + " \"status\": \"UNEQUIVOCAL\", \"role\": \"TARGET\", \"diameter\": 12, \"state\": \"PRESENT\"}")),
            new String[] {"S-1 2018-02-07 N1: ", "is a TARGET and has a state (PRESENT)"}),
        Arguments.of("TARGET entry without diameter",
            file(IRECIST, visit("2018-02-07", 40, "PRESENT",
                "{\"id\": \"N1\", \"site\": \"LIVER\", \"status\": \"UNEQUIVOCAL\", \"role\": \"TARGET\"}")),
            new String[] {"S-1 2018-02-07 N1: ", "is a TARGET without a diameter"}),
        Arguments.of("a diameter that is no NLT value",
            file(IRECIST, visit("2018-02-07", 40, "PRESENT", nlt("N1", "LIVER", "SMALL"))),
            new String[] {"S-1 2018-02-07 N1: diameter \"SMALL\" is not a new-lesion target value"}),
        Arguments.of("a state that is none",
            file(IRECIST, visit("2018-02-07", 40, "PRESENT", nlnt("N1", "LIVER", "GROWN"))),
            new String[] {"S-1 2018-02-07 N1: \"GROWN\" is not a new-lesion state (PRESENT, ABSENT, INCREASED,"
                + " UNEQUIVOCAL_PROGRESSION or NE)"}),
        Arguments.of("a different role for the same id",
            file(IRECIST, visit("2018-02-07", 40, "PRESENT", nlt("N1", "LIVER", 12)),
                visit("2018-03-07", 40, "PRESENT", nlnt("N1", "LIVER", "PRESENT"))),
            new String[] {"S-1 2018-03-07 N1: new lesion reported as NON_TARGET, first reported on 2018-02-07"
                + " as TARGET"}),
        Arguments.of("a different site for the same id",
            file(RECIST, visit("2018-02-07", 40, "PRESENT", nlt("N1", "LIVER", 12)),
                visit("2018-03-07", 40, "PRESENT", nlt("N1", "LUNG", 12))),
            new String[] {"S-1 2018-03-07 N1: new lesion reported in LUNG, first reported on 2018-02-07 in LIVER"}),
        Arguments.of("a different nodal for the same id",
            file(IRECIST, visit("2018-02-07", 40, "PRESENT", nlt("N1", "LYMPH_NODE", 16)),
                visit("2018-03-07", 40, "PRESENT", "{\"id\": \"N1\", \"site\": \"LYMPH_NODE\", \"status\":"
                    + " \"UNEQUIVOCAL\", \"role\": \"TARGET\", \"nodal\": true, \"diameter\": 16}")),
            new String[] {"S-1 2018-03-07 N1: new lesion reported nodal, first reported on 2018-02-07 as not nodal"}),
        Arguments.of("UNEQUIVOCAL later EQUIVOCAL",
            file(IRECIST, visit("2018-02-07", 40, "PRESENT", nlnt("N1", "LIVER", "PRESENT")),
                visit("2018-03-07", 40, "PRESENT",
                    "{\"id\": \"N1\", \"site\": \"LIVER\", \"status\": \"EQUIVOCAL\"}")),
            new String[] {"S-1 2018-03-07 N1: new lesion reported EQUIVOCAL after it was UNEQUIVOCAL on 2018-02-07"}),
        Arguments.of("maxProgressionConfirmationDays below the minimum",
            "{\"format\": \"recist-case/1\", \"protocol\": {\"criteria\": \"IRECIST\","
                + " \"maxProgressionConfirmationDays\": 20}, \"subjects\": []}",
            new String[] {"protocol maxProgressionConfirmationDays 20 is below minProgressionConfirmationDays 28"}),
        Arguments.of("symptomDriven on the baseline",
            file(IRECIST).replace("\"baseline\": true,", "\"baseline\": true, \"symptomDriven\": true,"),
            new String[] {"S-1 2018-01-03: symptomDriven on the baseline"}),
        Arguments.of("symptomDriven not a boolean",
            file(IRECIST, "{\"date\": \"2018-02-07\", \"symptomDriven\": \"yes\", \"targets\": {\"T1\": 40}}"),
            new String[] {"S-1 2018-02-07: symptomDriven must be"}),
        Arguments.of("i-codes in recorded responses under RECIST_1_1",
            recorded(RECIST, "PR", "iUPD"),
            new String[] {"S-9 2020-03-06: iUPD is an iRECIST response; under RECIST_1_1 a visit response is"}),
        Arguments.of("i-codes in recorded responses without a protocol (RECIST_1_1)",
            recorded(null, "iCR", "NE"),
            new String[] {"S-9 2020-02-16: iCR is an iRECIST response; under RECIST_1_1"}),
        Arguments.of("RECIST 1.1 codes under IRECIST",
            recorded(IRECIST, "iPR", "SD"),
            new String[] {"S-9 2020-03-06: SD is a RECIST 1.1 response; under IRECIST a visit response is iCR,"
                + " iPR, iSD, NON_iCR_NON_iUPD, iUPD, iCPD, NE or ND"}),
        Arguments.of("RECIST 1.1 codes under IRECIST given after the subjects",
            recordedProtocolLast(IRECIST, "iPR", "PD"),
            new String[] {"S-9 2020-03-06: PD is a RECIST 1.1 response; under IRECIST"}),
        Arguments.of("i-codes under RECIST_1_1 given after the subjects",
            recordedProtocolLast(RECIST, "PR", "iCPD"),
            new String[] {"S-9 2020-03-06: iCPD is an iRECIST response; under RECIST_1_1"}),
        Arguments.of("an unknown response code",
            recorded(IRECIST, "iPR", "IUPD"),
            new String[] {"S-9 2020-03-06: response \"IUPD\" is not one of CR, PR, SD, NON_CR_NON_PD, PD, NE, ND;"
                + " under IRECIST iCR, iPR, iSD, NON_iCR_NON_iUPD, iUPD, iCPD, NE or ND"}),
        Arguments.of("measurable is not a field of the format",
            file(IRECIST, visit("2018-02-07", 40, "PRESENT", "{\"id\": \"N1\", \"site\": \"LIVER\","
                + " \"status\": \"UNEQUIVOCAL\", \"measurable\": true}")),
            new String[] {"S-1 2018-02-07 N1: unknown field 'measurable' in a new lesion"}));
  }

  static String recorded(String protocol, String first, String second) {
    return "{\"format\": \"recist-case/1\"," + (protocol == null ? "" : " \"protocol\": " + protocol + ",")
        + " \"subjects\": [" + recordedSubject(first, second) + "]}";
  }

  static String recordedProtocolLast(String protocol, String first, String second) {
    return "{\"format\": \"recist-case/1\", \"subjects\": [" + recordedSubject(first, second)
        + "], \"protocol\": " + protocol + "}";
  }

  static String recordedSubject(String first, String second) {
    return "{\"id\": \"S-9\", \"referenceDate\": \"2020-02-01\", \"assessments\": ["
        + "{\"date\": \"2020-02-16\", \"response\": \"" + first + "\"},"
        + " {\"date\": \"2020-03-06\", \"response\": \"" + second + "\"}]}";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("newErrors")
  void eachNewErrorIsRefusedNamingThePlace(String what, String json, String[] expected) {
    assertRefused(Cli.runWithInput(json, "validate", "-"), expected);
    assertRefused(Cli.assess(json), expected);
  }

  @Test
  void iCodesAreValidUnderIrecistWhereverTheProtocolIs() {
    for (String json : List.of(recorded(IRECIST, "iUPD", "iCPD"), recordedProtocolLast(IRECIST, "iUPD", "NE"))) {
      Cli.Run run = Cli.runWithInput(json, "validate", "-");
      assertEquals(0, run.status, run::toString);
    }
    Cli.Run late = Cli.runWithInput(recordedProtocolLast(RECIST, "PR", "ND"), "validate", "-");
    assertEquals(0, late.status, late::toString);
  }

  @Test
  void R14_2_newLesionTargetWarningsAreToldUnderIrecistOnly() {
    String[] six = new String[6];
    String[] organs = {"LIVER", "LIVER", "LIVER", "SKIN", "BRAIN", "KIDNEY"};
    for (int i = 0; i < 6; i++) {
      six[i] = nlt("N" + (i + 1), organs[i], i == 3 ? 8 : 12);
    }
    String json = file(IRECIST, visit("2018-02-07", 40, "PRESENT", six));
    Cli.Run run = Cli.runWithInput(json, "validate", "-");
    assertEquals(0, run.status, run::toString);
    assertEquals(List.of(
        "warning: S-1 2018-02-07 N3: more than 2 new-lesion targets in LIVER: at most 2 per organ allowed (R14.2)",
        "warning: S-1 2018-02-07 N4: new-lesion target not measurable at its first appearance: longest"
            + " diameter 8 mm is under 10 mm, the least measurable (R1) (R14.2)",
        "warning: S-1 2018-02-07 N6: more than 5 new-lesion targets: at most 5 allowed, as for targets (R2)"
            + " (R14.2)"), run.errLines());
    assertRefused(Cli.runWithInput(json, "validate", "--strict", "-"),
        "S-1 2018-02-07 N6: more than 5 new-lesion targets");
    String late = "{\"format\": \"recist-case/1\", \"subjects\": [" + subject(visit("2018-02-07", 40, "PRESENT", six))
        + "], \"protocol\": " + IRECIST + "}";
    assertEquals(run.errLines(), Cli.runWithInput(late, "validate", "-").errLines(),
        "the same warnings when the protocol comes after the subjects");
    Cli.Run recist = Cli.runWithInput(file(RECIST, visit("2018-02-07", 40, "PRESENT", six)), "validate", "-");
    assertEquals(List.of(), recist.errLines(), "RECIST 1.1 does not read the NLT selection");
  }
}
