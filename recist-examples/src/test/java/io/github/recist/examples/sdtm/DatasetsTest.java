package io.github.recist.examples.sdtm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.model.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and writing CSV and CDISC Dataset-JSON v1.1 datasets. */
class DatasetsTest {

  private static final Path DATA = Paths.get("src/test/resources/sdtm");

  @TempDir
  Path temp;

  private static Dataset csv(String text) throws Exception {
    return Datasets.readCsv(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv", "T");
  }

  private static String json(String text) {
    try {
      Datasets.readJson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.json", "TU");
      return "read";
    } catch (Datasets.Unreadable e) {
      return e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void anEmptyUnquotedCsvFieldIsMissingAndAQuotedOneIsAnEmptyString() throws Exception {
    Dataset d = csv("\"A\",\"B\",\"C\"\n,\"\",\"NA\"\n");
    assertNull(d.get(0, "A"));
    assertEquals("", d.get(0, "B"));
    assertEquals("NA", d.get(0, "C"), "NA is a value (ADSL REGION1: North America)");
  }

  @Test
  void aRowOfTheWrongLengthIsRefusedNamingItsLine() {
    Datasets.Unreadable e = assertThrows(Datasets.Unreadable.class, () -> csv("\"A\",\"B\"\n1,2\n3\n"));
    assertEquals("t.csv: line 3 has 1 fields, the header 2", e.problems().get(0).toString());
  }

  @Test
  void aGzippedCsvIsReadDirectly() throws Exception {
    Path gz = temp.resolve("rs.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(DATA.resolve("rs_onco_recist.csv")));
    }
    assertTrue(Datasets.read(gz, "RS").sameData(Datasets.read(DATA.resolve("rs_onco_recist.csv"), "RS")));
  }

  @Test
  void theDatasetJsonFilesHoldTheSameValuesAsTheCsvFiles() throws Exception {
    for (String name : new String[] {"tu", "tr", "rs"}) {
      Dataset c = Datasets.read(DATA.resolve(name + "_onco_recist.csv"), name.toUpperCase());
      Dataset j = Datasets.read(DATA.resolve("dataset-json/" + name + "_onco_recist.json"), name.toUpperCase());
      assertEquals(c.size(), j.size(), name);
      for (int r = 0; r < c.size(); r++) {
        for (Dataset.Column col : c.columns()) {
          assertEquals(c.get(r, col.name()), j.get(r, col.name()), name + " row " + r + " " + col.name());
        }
      }
    }
  }

  @Test
  void datasetJsonStructureIsChecked() {
    String columns = "\"columns\":[{\"itemOID\":\"IT.A\",\"name\":\"A\",\"label\":\"A\",\"dataType\":\"integer\"}]";
    String head = "{\"datasetJSONCreationDateTime\":\"2025-01-01T00:00:00\",\"datasetJSONVersion\":\"1.1.0\","
        + "\"itemGroupOID\":\"IG.TU\",\"name\":\"TU\",\"label\":\"TU\",";
    assertEquals("read", json(head + "\"records\":1," + columns + ",\"rows\":[[1]]}"));
    assertEquals("t.json: missing Dataset-JSON attribute records", json(head + columns + ",\"rows\":[]}"));
    assertEquals("t.json: row 2, column A: an integer is expected, not \"x\"",
        json(head + "\"records\":2," + columns + ",\"rows\":[[1],[\"x\"]]}"));
    assertEquals("t.json: row 1 must be an array of 1 values, not 2 values",
        json(head + "\"records\":1," + columns + ",\"rows\":[[1,2]]}"));
    assertEquals("t.json: records is 3 but the file has 1 rows",
        json(head + "\"records\":3," + columns + ",\"rows\":[[1]]}"));
    assertTrue(json(head + "\"records\":0,\"columns\":[{\"itemOID\":\"IT.A\",\"name\":\"A\",\"label\":\"A\","
        + "\"dataType\":\"number\"}],\"rows\":[]}").startsWith("t.json: column 1 (A): dataType must be one of"));
    assertEquals("t.json: a Dataset-JSON file is one JSON object holding one dataset", json("[{}]"));
    String truncated = json("{\"a\":[1");
    assertTrue(truncated.startsWith("t.json: not JSON: Unexpected end-of-input")
        && truncated.endsWith("(line 1, column 8)") && !truncated.contains("Source:"), truncated);
  }

  @Test
  void writtenDatasetJsonReadsBackToTheSameDataset() throws Exception {
    Dataset tr = Datasets.read(DATA.resolve("tr_onco_recist.csv"), "TR");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Datasets.writeJson(tr, "CDISCPILOT01", OffsetDateTime.parse("2026-01-01T00:00:00Z"), out);
    Dataset back = Datasets.readJson(new ByteArrayInputStream(out.toByteArray()), "tr.json", "TR");
    assertTrue(tr.sameData(back));
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    Datasets.writeCsv(tr, csv);
    assertTrue(tr.sameData(Datasets.readCsv(new ByteArrayInputStream(csv.toByteArray()), "tr.csv", "TR")));
  }

  @Test
  void partialDatesAreImputedByTheNamedRule() {
    assertEquals("2014-02-28", IsoDates.parse("2014-02", SdtmOptions.PartialDates.LAST_DAY).date.toString());
    assertEquals("D", IsoDates.parse("2014-02", SdtmOptions.PartialDates.LAST_DAY).flag);
    assertEquals("2014-02-01", IsoDates.parse("2014-02", SdtmOptions.PartialDates.FIRST_DAY).date.toString());
    assertEquals("2014-12-31", IsoDates.parse("2014", SdtmOptions.PartialDates.LAST_DAY).date.toString());
    assertEquals("M", IsoDates.parse("2014", SdtmOptions.PartialDates.LAST_DAY).flag);
    assertNull(IsoDates.parse("2014-07-02T11:45", SdtmOptions.PartialDates.LAST_DAY).flag);
    assertEquals("'2014-13' is not a calendar date (Invalid value for MonthOfYear (valid values 1 - 12): 13)",
        assertThrows(IllegalArgumentException.class,
            () -> IsoDates.parse("2014-13", SdtmOptions.PartialDates.LAST_DAY)).getMessage());
  }
}
