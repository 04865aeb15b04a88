package io.github.recist.examples.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recist sdtm} on the pharmaverse test data (issue 13): the admiralonco samples reproduced
 * record for record, the measurements agreeing with the investigator's recorded responses, the
 * Dataset-JSON and CSV forms giving the same datasets, determinism, and malformed input refused
 * with a message naming domain, line, USUBJID, visit and lesion.
 */
class SdtmCommandTest {

  static final Path DATA = Paths.get("src/test/resources/sdtm");

  @TempDir
  Path temp;

  // ------------------------------------------------------------------ helpers

  /** The set A files (CSV) as arguments, with {@code extra} after them. */
  private static String[] setA(Path out, String... extra) {
    List<String> args = new ArrayList<>(List.of("sdtm", "--tu", DATA.resolve("tu_onco_recist.csv").toString(),
        "--tr", DATA.resolve("tr_onco_recist.csv").toString(),
        "--rs", DATA.resolve("rs_onco_recist.csv").toString(),
        "--adsl", DATA.resolve("adsl.csv").toString(), "--out", out.toString()));
    args.addAll(List.of(extra));
    return args.toArray(new String[0]);
  }

  private static Cli.Run ok(String... args) {
    Cli.Run run = Cli.run(args);
    assertEquals(Recist.OK, run.status, run::toString);
    return run;
  }

  /** The records of a CSV file as maps from variable to value (missing: null). */
  static List<Map<String, String>> csv(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<Map<String, String>> rows = new ArrayList<>();
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(r)) {
        Map<String, String> m = new LinkedHashMap<>();
        rec.toMap().forEach((k, v) -> m.put(k, v == null || v.isEmpty() ? null : v));
        rows.add(m);
      }
      return rows;
    }
  }

  private static List<Map<String, String>> of(List<Map<String, String>> rows, String usubjid) {
    return rows.stream().filter(r -> usubjid.equals(r.get("USUBJID"))).collect(Collectors.toList());
  }

  /** Each subject's parameters as "PARAMCD AVALC ADT", sorted: what the acceptance check compares. */
  private static Map<String, List<String>> parameters(List<Map<String, String>> adrs) {
    Map<String, List<String>> bySubject = new TreeMap<>();
    for (Map<String, String> r : adrs) {
      bySubject.computeIfAbsent(r.get("USUBJID"), k -> new ArrayList<>())
          .add(r.get("PARAMCD") + " " + r.get("AVALC") + " " + r.get("ADT"));
    }
    bySubject.values().forEach(l -> l.sort(null));
    return bySubject;
  }

  /** Asserts that {@code expected}'s records equal {@code actual}'s, variable by variable. */
  private static void assertSameRecords(List<Map<String, String>> expected,
      List<Map<String, String>> actual, String what) {
    assertEquals(expected.size(), actual.size(), what + ": number of records");
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      Map<String, String> e = expected.get(i);
      Map<String, String> a = actual.get(i);
      for (Map.Entry<String, String> v : e.entrySet()) {
        if (!java.util.Objects.equals(v.getValue(), a.get(v.getKey()))) {
          differences.add(what + " record " + (i + 1) + " (" + e.get("PARAMCD") + "): "
              + v.getKey() + " expected " + v.getValue() + ", was " + a.get(v.getKey()));
        }
      }
    }
    assertTrue(differences.isEmpty(), () -> String.join("\n", differences));
  }

  // ------------------------------------------------------------------ the admiralonco samples

  @Test
  void responsesReproduceTheAdmiraloncoAdrsSampleRecordForRecord() throws IOException {
    ok(setA(temp));
    List<Map<String, String>> expected = csv(DATA.resolve("adrs_onco-sample.csv"));
    List<Map<String, String>> actual = csv(temp.resolve("adrs.csv"));
    for (String subject : List.of("01-701-1015", "01-701-1118")) {
      assertSameRecords(of(expected, subject), of(actual, subject), "ADRS " + subject);
    }
    assertEquals(expected.get(0).keySet(), actual.get(0).keySet(), "the ADRS variables, in order");
  }

  @Test
  void adrsHasTwelveParametersForEveryAdslSubjectAndOvrForEachRecordedVisit() throws IOException {
    ok(setA(temp));
    List<Map<String, String>> adrs = csv(temp.resolve("adrs.csv"));
    assertEquals(306 * 12 + 22, adrs.size(), "3694 records, as pharmaverseadam's adrs_onco");
    List<Map<String, String>> screenFailure = of(adrs, "01-701-1023");
    assertEquals(List.of("BCP N null", "BOR MISSING null", "CB N null", "CBCP N null",
        "CBOR MISSING null", "CCB N null", "CRSP N null", "DEATH N null", "LSTA null null",
        "MDIS N null", "PD N null", "RSP N null"),
        parameters(screenFailure).get("01-701-1023"));
  }

  @Test
  void bestResponsesOfSetAAreTheOnesAdmiraloncoDerives() throws IOException {
    ok(setA(temp));
    Map<String, List<String>> p = parameters(csv(temp.resolve("adrs.csv")));
    // the table of shared/data/sdtm/README.md: ADRS BOR and CBOR
    String[][] expected = {{"01-701-1015", "CR", "SD"}, {"01-701-1028", "PD", "PD"},
        {"01-701-1034", "NON-CR/NON-PD", "NON-CR/NON-PD"}, {"01-701-1097", "NE", "NE"},
        {"01-701-1115", "CR", "SD"}, {"01-701-1118", "PR", "PR"}, {"01-701-1130", "SD", "SD"},
        {"01-701-1133", "CR", "SD"}};
    assertAll(java.util.Arrays.stream(expected).map(e -> () -> {
      List<String> params = p.get(e[0]);
      assertTrue(params.stream().anyMatch(x -> x.startsWith("BOR " + e[1] + " ")), e[0] + " BOR " + e[1] + ": " + params);
      assertTrue(params.stream().anyMatch(x -> x.startsWith("CBOR " + e[2] + " ")), e[0] + " CBOR " + e[2] + ": " + params);
    }));
  }

  @Test
  void responsesReproduceTheAdmiraloncoAdtteSampleRecordForRecord() throws IOException {
    ok(setA(temp));
    List<Map<String, String>> expected = csv(DATA.resolve("adtte_onco-sample.csv"));
    List<Map<String, String>> actual = csv(temp.resolve("adtte.csv"));
    for (String subject : List.of("01-701-1015", "01-701-1023")) {
      assertSameRecords(of(expected, subject), of(actual, subject), "ADTTE " + subject);
    }
    assertEquals(512, actual.size(), "OS and PFS for the 254 randomised subjects, RSD for 4 responders");
  }

  @Test
  void adtrSumsMatchTheAdmiraloncoSample() throws IOException {
    ok(setA(temp, "--use", "measurements"));
    List<Map<String, String>> expected = csv(DATA.resolve("adtr_onco-sample.csv")).stream()
        .filter(r -> "SDIAM".equals(r.get("PARAMCD"))).collect(Collectors.toList());
    List<Map<String, String>> actual = csv(temp.resolve("adtr.csv"));
    for (String subject : List.of("01-701-1015", "01-701-1118")) {
      List<Map<String, String>> e = of(expected, subject);
      List<Map<String, String>> a = of(actual, subject);
      assertEquals(e.size(), a.size(), subject);
      for (int i = 0; i < e.size(); i++) {
        for (String v : List.of("ADT", "ADTF", "AVISIT", "AVISITN", "AVAL", "BASE", "CHG", "PCHG", "NADIR",
            "CHGNAD", "PCHGNAD", "ABLFL", "ANL01FL", "LSEXP", "LSASS")) {
          assertEquals(e.get(i).get(v), a.get(i).get(v), subject + " " + e.get(i).get("AVISIT") + " " + v);
        }
      }
    }
    // admiralonco's ADTR imputes 2014-02 to the first of the month (its ADRS to the last); RECIST_RULES
    // dates ADTR by the assessment, imputed by --partial-dates (LAST_DAY), with ADTF
    Path rules = temp.resolve("rules");
    ok(setA(rules, "--use", "measurements", "--profile", "RECIST_RULES"));
    Map<String, String> week6 = of(csv(rules.resolve("adtr.csv")), "01-701-1015").get(2);
    assertEquals(List.of("2014-02-28", "D"), List.of(week6.get("ADT"), week6.get("ADTF")));
  }

  // ------------------------------------------------------------------ measurements against responses

  @Test
  void visitResponsesFromTheMeasurementsAgreeWithTheInvestigatorsVisitByVisit() throws IOException {
    ok(setA(temp, "--use", "measurements"));
    Map<String, String> derived = new TreeMap<>();
    for (Map<String, String> r : csv(temp.resolve("rs.csv"))) {
      if ("OVRLRESP".equals(r.get("RSTESTCD"))) {
        derived.put(r.get("USUBJID") + " " + r.get("VISIT"), r.get("RSSTRESC"));
      }
    }
    Map<String, String> recorded = new TreeMap<>();
    for (Map<String, String> r : csv(DATA.resolve("rs_onco_recist.csv"))) {
      if ("INVESTIGATOR".equals(r.get("RSEVAL"))) {
        recorded.put(r.get("USUBJID") + " " + r.get("VISIT"), r.get("RSSTRESC"));
      }
    }
    assertEquals(22, recorded.size());
    assertEquals(recorded, derived);
  }

  @Test
  void withRsTheMeasurementsAreComparedWithTheRecordedResponses_R5_R6_3_explainTheOneDifference() {
    Cli.Run investigator = ok(setA(temp.resolve("inv"), "--use", "measurements"));
    assertTrue(investigator.errLines().contains("note: the visit responses from the measurements agree "
        + "with RS OVRLRESP of INVESTIGATOR at 22 of 22 visits"), investigator.err);
    // RADIOLOGIST 2, 01-701-1133 WEEK 9: T01 4.95 mm after a CR (sum 0). TRSTRESN is rounded to one
    // decimal (R5: diameters in tenths of a millimetre), 5.0 mm, and +5 mm from a nadir of 0 is PD
    // (R6.3); pharmaversesdtm's script compared the unrounded 4.95 mm (< 5 mm) and recorded PR.
    Cli.Run reader = ok(setA(temp.resolve("r2"), "--use", "measurements", "--evaluator", "RADIOLOGIST 2"));
    List<String> notes = reader.errLines().stream().filter(l -> l.startsWith("note:"))
        .collect(Collectors.toList());
    assertEquals(List.of("note: 01-701-1133 2012-12-30 (VISIT WEEK 9): RS OVRLRESP PR, from the "
        + "measurements PD", "note: the visit responses from the measurements agree with RS OVRLRESP "
        + "of RADIOLOGIST 2 at 21 of 22 visits"), notes);
    assertTrue(reader.err.contains("rounded half up to 0.1 mm"), reader.err);
  }

  @Test
  void bothPathsGiveTheSameAdrsParametersForSetA() throws IOException {
    Path responses = temp.resolve("responses");
    Path measurements = temp.resolve("measurements");
    ok(setA(responses));
    ok(setA(measurements, "--use", "measurements"));
    assertEquals(parameters(csv(responses.resolve("adrs.csv"))),
        parameters(csv(measurements.resolve("adrs.csv"))));
    assertEquals(parameters(csv(responses.resolve("adtte.csv"))).size(),
        parameters(csv(measurements.resolve("adtte.csv"))).size());
  }

  @Test
  void derivedRsCarriesTargetNonTargetAndOverallPerVisit() throws IOException {
    ok(setA(temp, "--use", "measurements"));
    List<Map<String, String>> rs = of(csv(temp.resolve("rs.csv")), "01-701-1034");
    // non-targets only: TRGRESP is NA and has no record
    assertEquals(List.of("NTRGRESP NON-CR/NON-PD", "OVRLRESP NON-CR/NON-PD", "NTRGRESP NON-CR/NON-PD",
        "OVRLRESP NON-CR/NON-PD"), rs.stream().map(r -> r.get("RSTESTCD") + " " + r.get("RSSTRESC"))
        .collect(Collectors.toList()));
  }

  // ------------------------------------------------------------------ forms and determinism

  @Test
  void datasetJsonAndCsvInputGiveTheSameDatasets() throws IOException {
    Path fromCsv = temp.resolve("csv");
    Path fromJson = temp.resolve("json");
    for (String use : List.of("responses", "measurements")) {
      ok(setA(fromCsv, "--use", use));
      Path j = DATA.resolve("dataset-json");
      ok("sdtm", "--tu", j.resolve("tu_onco_recist.json").toString(), "--tr",
          j.resolve("tr_onco_recist.json").toString(), "--rs", j.resolve("rs_onco_recist.json").toString(),
          "--adsl", DATA.resolve("adsl.csv").toString(), "--out", fromJson.toString(), "--use", use);
      for (String f : List.of("adrs.csv", "adtte.csv", "adtr.csv", "cases.json", "results.json")) {
        assertArrayEquals(Files.readAllBytes(fromCsv.resolve(f)), Files.readAllBytes(fromJson.resolve(f)),
            use + ": " + f);
      }
    }
  }

  @Test
  void datasetJsonOutputHoldsTheSameDatasetsAsCsvOutput() throws Exception {
    Path csvOut = temp.resolve("csv");
    Path jsonOut = temp.resolve("json");
    ok(setA(csvOut, "--use", "measurements"));
    ok(setA(jsonOut, "--use", "measurements", "--format", "dataset-json"));
    for (String name : List.of("adrs", "adtte", "adtr", "rs")) {
      io.github.recist.examples.sdtm.Dataset c = io.github.recist.examples.sdtm.Datasets.read(
          csvOut.resolve(name + ".csv"), name.toUpperCase());
      io.github.recist.examples.sdtm.Dataset j = io.github.recist.examples.sdtm.Datasets.read(
          jsonOut.resolve(name + ".json"), name.toUpperCase());
      assertTrue(c.sameData(j), name + ": " + c + " vs " + j);
    }
  }

  @Test
  void theSameInputGivesTheSameBytesAndTheCaseFileRoundTripsToTheSameAdrs() throws IOException {
    Path first = temp.resolve("first");
    Path second = temp.resolve("second");
    ok(setA(first));
    ok(setA(second, "--threads", "3"));
    for (String f : List.of("adrs.csv", "adtte.csv", "adtr.csv", "cases.json", "results.json")) {
      assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(second.resolve(f)), f);
    }
    // SDTM -> recist-case/1 -> recist assess --adam: the same parameters (MDIS needs TU: left out)
    Path adam = temp.resolve("adam");
    Cli.Run assess = ok("assess", "--adam", adam.toString(), first.resolve("cases.json").toString());
    assertEquals(Files.readString(first.resolve("results.json")), assess.out);
    Map<String, List<String>> direct = parameters(csv(first.resolve("adrs.csv")));
    Map<String, List<String>> roundTrip = parameters(csv(adam.resolve("adrs.csv")));
    assertEquals(8, roundTrip.size(), "the 8 subjects with tumour data");
    roundTrip.forEach((id, params) -> assertEquals(direct.get(id).stream()
        .filter(p -> !p.startsWith("MDIS")).collect(Collectors.toList()), params, id));
  }

  // ------------------------------------------------------------------ options

  @Test
  void theRecistRulesProfileTakesCbcpFromCborAndStartsDurationOfResponseAtAConfirmedResponse()
      throws IOException {
    Path admiralonco = temp.resolve("admiralonco");
    Path rules = temp.resolve("rules");
    ok(setA(admiralonco));
    ok(setA(rules, "--profile", "RECIST_RULES"));
    // admiralonco's template derives CBCP before CBOR exists: N for everyone, even 01-701-1118 (CBOR PR)
    assertTrue(parameters(csv(admiralonco.resolve("adrs.csv"))).get("01-701-1118").contains("CBCP N null"));
    assertTrue(parameters(csv(rules.resolve("adrs.csv"))).get("01-701-1118").contains("CBCP Y 2014-04-23"));
    // R13: duration of response only for a confirmed responder (01-701-1118); admiralonco from any RSP = Y
    List<String> rsdAdmiralonco = csv(admiralonco.resolve("adtte.csv")).stream()
        .filter(r -> "RSD".equals(r.get("PARAMCD"))).map(r -> r.get("USUBJID")).collect(Collectors.toList());
    List<String> rsdRules = csv(rules.resolve("adtte.csv")).stream()
        .filter(r -> "RSD".equals(r.get("PARAMCD"))).map(r -> r.get("USUBJID")).collect(Collectors.toList());
    assertEquals(List.of("01-701-1015", "01-701-1115", "01-701-1118", "01-701-1133"), rsdAdmiralonco);
    assertEquals(List.of("01-701-1118"), rsdRules);
  }

  @Test
  void anIndependentReaderIsReadByItsEvaluatorId() throws IOException {
    ok(setA(temp, "--evaluator", "RADIOLOGIST 2"));
    List<Map<String, String>> ovr = csv(temp.resolve("adrs.csv")).stream()
        .filter(r -> "OVR".equals(r.get("PARAMCD"))).collect(Collectors.toList());
    assertEquals(22, ovr.size());
    assertTrue(ovr.stream().allMatch(r -> "RADIOLOGIST 2".equals(r.get("RSEVALID"))
        && "Independent Assessor".equals(r.get("PARCAT2"))));
    // shared/data/sdtm/README.md: R2 reads 01-701-1133 as PR, CR, PR
    assertEquals(List.of("PR", "CR", "PR"), of(ovr, "01-701-1133").stream().map(r -> r.get("AVALC"))
        .collect(Collectors.toList()));
  }

  @Test
  void theReferenceDateIsTheNamedAdslVariable() throws IOException {
    ok(setA(temp, "--reference-date", "TRTSDT"));
    assertTrue(Files.readString(temp.resolve("cases.json")).contains("\"referenceDate\": \"2014-01-02\""));
    Cli.Run run = Cli.run(setA(temp.resolve("dm"), "--reference-date", "RFSTDTC", "--dm",
        DATA.resolve("dm.csv").toString()));
    assertEquals(Recist.OK, run.status, run::toString);
  }

  @Test
  void datasetJsonOutputNamesTheFilesDotJson() throws IOException {
    ok(setA(temp, "--use", "measurements", "--format", "dataset-json"));
    try (java.util.stream.Stream<Path> files = Files.list(temp)) {
      assertEquals(List.of("adrs.json", "adtr.json", "adtte.json", "cases.json", "results.json", "rs.json"),
          files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList()));
    }
    String adrs = Files.readString(temp.resolve("adrs.json"));
    assertTrue(adrs.contains("\"datasetJSONVersion\":\"1.1.0\"") && adrs.contains("\"itemGroupOID\":\"IG.ADRS\""), adrs.substring(0, 300));
  }

  @Test
  void responsesNeedRsAndMeasurementsNeedTuAndTr() {
    Cli.Run noRs = Cli.run("sdtm", "--adsl", DATA.resolve("adsl.csv").toString(), "--out", temp.resolve("a").toString());
    assertEquals(Recist.INVALID_INPUT, noRs.status);
    assertEquals(List.of("RS: --use responses needs RS"), noRs.errLines());
    Cli.Run noTr = Cli.run("sdtm", "--adsl", DATA.resolve("adsl.csv").toString(), "--use", "measurements",
        "--tu", DATA.resolve("tu_onco_recist.csv").toString(), "--out", temp.resolve("b").toString());
    assertEquals(Recist.INVALID_INPUT, noTr.status);
    assertEquals(List.of("TU/TR: --use measurements needs TU and TR"), noTr.errLines());
    assertFalse(Files.exists(temp.resolve("a")) || Files.exists(temp.resolve("b")));
  }

  // ------------------------------------------------------------------ malformed input

  /** Runs set A with one file rewritten by {@code edit}; asserts exit 2, nothing written, and returns stderr. */
  private String refused(String file, UnaryOperator<String> edit, String... extra) throws IOException {
    Path dir = temp.resolve("in");
    Files.createDirectories(dir);
    for (String f : List.of("tu_onco_recist.csv", "tr_onco_recist.csv", "rs_onco_recist.csv", "adsl.csv")) {
      String text = Files.readString(DATA.resolve(f));
      Files.writeString(dir.resolve(f), f.equals(file) ? edit.apply(text) : text);
    }
    Path out = temp.resolve("out");
    List<String> args = new ArrayList<>(List.of("sdtm", "--tu", dir.resolve("tu_onco_recist.csv").toString(),
        "--tr", dir.resolve("tr_onco_recist.csv").toString(), "--rs",
        dir.resolve("rs_onco_recist.csv").toString(), "--adsl", dir.resolve("adsl.csv").toString(),
        "--out", out.toString()));
    args.addAll(List.of(extra));
    Cli.Run run = Cli.run(args.toArray(new String[0]));
    assertEquals(Recist.INVALID_INPUT, run.status, run::toString);
    assertFalse(Files.exists(out), "nothing written to --out");
    assertTrue(run.out.isEmpty());
    return run.err;
  }

  @Test
  void aMissingColumnIsRefusedNamingTheFileAndColumn() throws IOException {
    String err = refused("rs_onco_recist.csv", t -> t.replaceFirst("\"RSSTRESC\"", "\"RSSTRESX\""));
    assertTrue(err.contains("rs_onco_recist.csv: RS: missing column RSSTRESC"), err);
  }

  @Test
  void aMeasurementForAnUndeclaredLesionIsRefused() throws IOException {
    String err = refused("tr_onco_recist.csv", t -> t.replace(
        "\"01-701-1015\",\"TARGET\",\"T04\",\"LDIAM\"", "\"01-701-1015\",\"TARGET\",\"T09\",\"LDIAM\""),
        "--use", "measurements");
    assertTrue(err.lines().anyMatch(l -> l.startsWith("01-701-1015 T09: TR line ")
        && l.contains("VISIT SCREENING: lesion T09 is not identified in TU")), err);
  }

  @Test
  void aNonNumericTrstresnIsRefusedNamingSubjectVisitLesionAndLine() throws IOException {
    String err = refused("tr_onco_recist.csv", t -> t.replace(
        "\"T01\",\"LDIAM\",\"Longest Diameter\",\"21\",\"mm\",\"21\",21,",
        "\"T01\",\"LDIAM\",\"Longest Diameter\",\"21\",\"mm\",\"21\",\"twenty\","), "--use", "measurements");
    assertTrue(err.lines().anyMatch(l -> l.matches("01-701-1015 2014-01-02 T01: TR line \\d+, VISIT "
        + "SCREENING: TRSTRESN 'twenty' is not a number")), err);
  }

  @Test
  void aDuplicateKeyIsRefused() throws IOException {
    String err = refused("rs_onco_recist.csv", t -> t.replace(
        "\"01-701-1015\",4,\"WEEK 9\",\"OVRLRESP\",\"Overall Response\",\"CR\",\"CR\",\"INVESTIGATOR\",,,\"2014-03-06\",9",
        "\"01-701-1015\",4,\"WEEK 9\",\"OVRLRESP\",\"Overall Response\",\"CR\",\"CR\",\"INVESTIGATOR\",,,\"2014-03-06\",9\n"
            + "\"RS\",\"CDISCPILOT01\",\"01-701-1015\",4,\"WEEK 9\",\"OVRLRESP\",\"Overall Response\",\"PR\",\"PR\","
            + "\"INVESTIGATOR\",,,\"2014-03-06\",99"));
    assertTrue(err.contains("01-701-1015 2014-03-06: RS line ") && err.contains("VISIT WEEK 9: a second "
        + "OVRLRESP of the evaluator for the visit and date (duplicate key"), err);
  }

  @Test
  void anUnknownRsstrescIsRefused() throws IOException {
    String err = refused("rs_onco_recist.csv", t -> t.replace(
        "\"OVRLRESP\",\"Overall Response\",\"CR\",\"CR\",\"INVESTIGATOR\"",
        "\"OVRLRESP\",\"Overall Response\",\"CR\",\"CRU\",\"INVESTIGATOR\""));
    assertTrue(err.lines().anyMatch(l -> l.matches("01-701-\\d{4} \\d{4}-\\d\\d-\\d\\d: RS line \\d+, VISIT "
        + "WEEK \\d+: RSSTRESC 'CRU' is not a RECIST 1.1 overall response .*")), err);
  }

  @Test
  void aSubjectWithoutReferenceDateIsRefused() throws IOException {
    String err = refused("adsl.csv", t -> t.replaceFirst(
        "(\"01-701-1015\"[^\n]*?\"COMPLETED\",\"2014-07-02\",),\"2014-01-02\"", "$1,"));
    assertTrue(err.contains("01-701-1015: ADSL line 2: RANDDT is missing, but it has RS records"), err);
  }

  @Test
  void partialDatesAreImputedToTheLastDayWithAWarning() throws IOException {
    Cli.Run run = ok(setA(temp));
    assertTrue(run.err.contains("warning: 01-701-1015 2014-02-28: RS line 7, VISIT WEEK 6, RSDTC: "
        + "partial date 2014-02 imputed to 2014-02-28 (LAST_DAY)"), run.err);
    Cli.Run first = ok(setA(temp.resolve("first"), "--partial-dates", "FIRST_DAY"));
    assertTrue(first.err.contains("imputed to 2014-02-01 (FIRST_DAY)"), first.err);
  }

  // ------------------------------------------------------------------ the other pharmaverse sets

  private static Path shared() {
    for (String candidate : new String[] {"../../shared/data/sdtm", "../shared/data/sdtm"}) {
      Path p = Paths.get(candidate);
      if (Files.isDirectory(p)) {
        return p.normalize();
      }
    }
    if ("true".equals(System.getenv("CI"))) {
      fail("CI=true but shared/data/sdtm is missing");
    }
    Assumptions.abort("shared/data/sdtm not found beside the repository");
    return null;
  }

  @Test
  void theLargeSetRunsThroughFromMeasurementsWithR1WarningsForUnmeasurableTargets() throws IOException {
    Path b = shared();
    Cli.Run run = ok("sdtm", "--tu", b.resolve("tu_onco.csv").toString(), "--tr",
        b.resolve("tr_onco.csv.gz").toString(), "--adsl", b.resolve("adsl.csv").toString(),
        "--use", "measurements", "--out", temp.toString());
    // shared/data/sdtm/README.md: 241 non-nodal targets under 10 mm and 143 nodes under 15 mm at baseline
    assertEquals(241, run.err.lines().filter(l -> l.contains("target not measurable at baseline: longest")).count());
    assertEquals(143, run.err.lines().filter(l -> l.contains("target not measurable at baseline: short axis")).count());
    assertTrue(run.err.contains("01-711-1143: TR line"), "two assessments in UNSCHEDULED 9.2: " + run.err);
    assertEquals(254, csv(temp.resolve("adtr.csv")).stream().map(r -> r.get("USUBJID")).distinct().count());
  }

  @Test
  void theLargeSetsCheckValuesAreRefusedFromResponses() throws IOException {
    Path b = shared();
    Cli.Run run = Cli.run("sdtm", "--rs", b.resolve("rs_onco.csv").toString(), "--adsl",
        b.resolve("adsl.csv").toString(), "--out", temp.resolve("out").toString());
    assertEquals(Recist.INVALID_INPUT, run.status, run::toString);
    assertTrue(run.err.contains("01-711-1143 2013-06-22: RS line 4071, VISIT UNSCHEDULED 9.2: RSSTRESC "
        + "'CHECK' is not a RECIST 1.1 overall response"), run.err);
  }

  @Test
  void theIrecistSetIsRefusedForItsDuplicateKeyAlone() throws IOException {
    Path c = shared();
    Cli.Run run = Cli.run("sdtm", "--rs", c.resolve("rs_onco_irecist.csv").toString(), "--adsl",
        c.resolve("adsl.csv").toString(), "--criteria", "IRECIST", "--out", temp.resolve("out").toString());
    assertEquals(Recist.INVALID_INPUT, run.status, run::toString);
    assertTrue(run.err.contains("duplicate key"), "RSSEQ 9 twice in 01-701-1146: " + run.err);
    assertEquals(List.of("01-701-1146: RS line 108, VISIT WEEK 6: RSSEQ 9 is used twice for the "
        + "subject (duplicate key; --SEQ is unique per subject)"),
        run.errLines().stream().filter(l -> !l.startsWith("warning:")).toList(), run::toString);
  }

  @Test
  void R14_13_theIrecistSetIsAssessedUnderIrecistFromItsRecordedIResponses() throws IOException {
    Path c = shared();
    Path rs = temp.resolve("rs_irecist.csv");
    // the set without 01-701-1146, whose duplicate RSSEQ refuses it
    Files.write(rs, Files.readAllLines(c.resolve("rs_onco_irecist.csv")).stream()
        .filter(l -> !l.contains("\"01-701-1146\"")).toList());
    Path out = temp.resolve("out");
    Cli.Run run = Cli.run("sdtm", "--rs", rs.toString(), "--adsl", c.resolve("adsl.csv").toString(),
        "--criteria", "IRECIST", "--out", out.toString());
    assertEquals(0, run.status, run::toString);
    assertTrue(run.err.contains("note: under IRECIST (R14) the ADaM datasets are not derived"), run.err);
    try (var files = Files.list(out)) {
      assertEquals(List.of("cases.json", "results.json"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    var results = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("results.json")
        .toFile()).get("subjects");
    assertEquals(25, results.size());
    com.fasterxml.jackson.databind.JsonNode s1028 = null;
    for (var s : results) {
      if (s.get("id").asText().equals("01-701-1028")) {
        s1028 = s;
      }
    }
    // iUPD on WEEK 6 (2013-08, the last day imputed), iCPD on 2013-10-09: dated at the iUPD (R14.12)
    assertEquals("iUPD", s1028.get("timepoints").get(0).get("overall").asText());
    assertEquals("iCPD", s1028.get("timepoints").get(1).get("overall").asText());
    assertEquals("iCPD", s1028.get("bestOverallResponse").asText());
    assertEquals("2013-08-31", s1028.get("progressionDate").asText());
    assertEquals("2013-10-09", s1028.get("icpdDate").asText());
    String cases = Files.readString(out.resolve("cases.json"));
    assertTrue(cases.contains("\"criteria\": \"IRECIST\"") && cases.contains("\"response\": \"iCPD\""),
        "cases.json holds the recorded i-responses under IRECIST");
    Cli.Run again = Cli.run("assess", out.resolve("cases.json").toString());
    assertEquals(0, again.status, again::toString);
    assertEquals(Files.readString(out.resolve("results.json")), again.out,
        "cases.json assessed again gives results.json");
  }

}
