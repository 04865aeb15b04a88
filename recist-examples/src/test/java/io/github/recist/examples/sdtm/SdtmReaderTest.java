package io.github.recist.examples.sdtm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.model.Problem;
import io.github.recist.model.RecordedResponse;
import io.github.recist.model.Response;
import io.github.recist.model.VisitResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The SDTM reader on small hand-made domains: the recorded-response mapping of sdtm-mapping.md §7. */
class SdtmReaderTest {

  private static final List<String> RS_COLUMNS = List.of("USUBJID", "RSSEQ", "RSTESTCD", "RSSTRESC",
      "RSSTAT", "RSEVAL", "VISITNUM", "VISIT", "RSDTC");

  private static Dataset dataset(String name, List<String> columns, String[]... rows) {
    List<Dataset.Column> cs = columns.stream().map(c -> Dataset.Column.of(c, null, Dataset.Type.STRING))
        .collect(Collectors.toList());
    List<String[]> rs = new ArrayList<>(List.of(rows));
    return Dataset.of(name, name.toLowerCase() + ".csv", cs, rs, null);
  }

  private static Dataset adsl() {
    return dataset("ADSL", List.of("STUDYID", "USUBJID", "RANDDT", "DTHDT"),
        new String[] {"S", "P-1", "2020-01-01", null}, new String[] {"S", "P-2", "2020-01-01", "2020-06-30"});
  }

  private static String[] ovr(String id, String seq, String code, String status, String visit, String dtc) {
    return new String[] {id, seq, "OVRLRESP", code, status, "INVESTIGATOR", visit, "WEEK " + visit, dtc};
  }

  private static SdtmStudy read(String[]... rs) {
    return SdtmReader.read(null, null, dataset("RS", RS_COLUMNS, rs), adsl(), null, SdtmOptions.defaults());
  }

  private static List<String> messages(SdtmStudy s) {
    return s.problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  @Test
  void notDoneIsNdAndNonCrNonPdIsItsCodeAndTheDeathDateComesFromAdsl() {
    SdtmStudy s = read(ovr("P-2", "1", "NON-CR/NON-PD", null, "6", "2020-02-12"),
        ovr("P-2", "2", null, "NOT DONE", "12", "2020-03-25"));
    assertTrue(s.ok(), messages(s)::toString);
    assertEquals(List.of(RecordedResponse.of(LocalDate.parse("2020-02-12"), VisitResponse.NON_CR_NON_PD),
        RecordedResponse.of(LocalDate.parse("2020-03-25"), VisitResponse.ND)),
        s.assessable().get(0).recordedInDateOrder());
    assertEquals(LocalDate.parse("2020-06-30"), s.assessable().get(0).deathDate().get());
    assertFalse(s.subjects().get(0).subject().isPresent(), "P-1 has no RS record");
  }

  @Test
  void twoResponsesOnOneDateKeepTheWorseAsAdmiraloncosAnl01flWithAWarning() {
    SdtmStudy s = read(ovr("P-1", "1", "PR", null, "6", "2020-02-12"),
        ovr("P-1", "2", "PD", null, "6.1", "2020-02-12"));
    assertTrue(s.ok(), messages(s)::toString);
    assertEquals(Response.PD, s.assessable().get(0).recordedResponses().get(0).response());
    assertEquals(2, s.subjects().get(0).recorded().size(), "ADRS keeps both OVR records");
    assertTrue(messages(s).get(0).contains("two overall responses on one date (PR, PD); the case keeps "
        + "the worse, PD"), messages(s)::toString);
  }

  @Test
  void nedHasNoCodeAndAYearOnlyDateIsImputedWithFlagM() {
    SdtmStudy ned = read(ovr("P-1", "1", "NED", null, "6", "2020-02-12"));
    assertEquals(List.of("P-1 2020-02-12: RS row 1, VISIT WEEK 6: RSSTRESC 'NED' is not a RECIST 1.1 "
        + "overall response (CR, PR, SD, NON-CR/NON-PD, PD, NE)"), messages(ned));
    SdtmStudy year = read(ovr("P-1", "1", "SD", null, "6", "2020"));
    assertEquals("M", year.subjects().get(0).recorded().get(0).dateFlag());
    assertEquals(LocalDate.parse("2020-12-31"), year.subjects().get(0).recorded().get(0).date());
  }

  @Test
  void aSubjectNotInAdslAndAMissingDateAreErrors() {
    SdtmStudy s = read(ovr("P-9", "1", "SD", null, "6", "2020-02-12"),
        ovr("P-1", "1", "SD", null, "6", null));
    assertEquals(List.of("P-9: RS row 1: USUBJID P-9 is not in ADSL",
        "P-1: RS row 2, VISIT WEEK 6: RSDTC is missing: the response has no date"), messages(s));
  }
}
