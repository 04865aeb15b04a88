package io.github.recist.examples.sdtm;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the dataset writers: whatever the text values (quotes, commas, line breaks, empty
 * strings, "NA", number-like text) and missing values, CSV and Dataset-JSON read back to the same
 * dataset.
 */
class DatasetsRoundTripPropertiesTest {

  private static final String[] PIECES = {"", "a", "\"", ",", "\n", "\r\n", "NA", "1.5", " ", "é", "\"\""};
  private static final List<Dataset.Column> COLUMNS = List.of(
      Dataset.Column.of("USUBJID", null, Dataset.Type.STRING),
      Dataset.Column.of("TEXT", null, Dataset.Type.STRING),
      Dataset.Column.of("OTHER", null, Dataset.Type.STRING));

  /** A value: missing, or one to three pieces joined. */
  private static Gen<String> values() {
    Gen<String> piece = integers().between(0, PIECES.length - 1).map(i -> PIECES[i]);
    Gen<String> text = lists().of(piece).ofSizeBetween(1, 3).map(l -> String.join("", l));
    return integers().between(0, 4).zip(text, (k, t) -> k == 0 ? null : t);
  }

  private static Gen<Dataset> datasets() {
    Gen<String[]> row = lists().of(values()).ofSize(COLUMNS.size()).map(l -> l.toArray(new String[0]));
    return lists().of(row).ofSizeBetween(0, 6)
        .map(rows -> Dataset.of("T", "t", COLUMNS, new ArrayList<>(rows), null));
  }

  @Test
  void csvWrittenReadsBackToTheSameValues() {
    qt().withFixedSeed(13L).withExamples(300).forAll(datasets()).checkAssert(d -> {
      try {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Datasets.writeCsv(d, out);
        Dataset back = Datasets.readCsv(new ByteArrayInputStream(out.toByteArray()), "t.csv", "T");
        assertTrue(d.sameData(back), () -> out.toString(java.nio.charset.StandardCharsets.UTF_8));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void datasetJsonWrittenReadsBackToTheSameValues() {
    qt().withFixedSeed(17L).withExamples(300).forAll(datasets()).checkAssert(d -> {
      try {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Datasets.writeJson(d, "S", OffsetDateTime.parse("2026-01-01T00:00:00Z"), out);
        Dataset back = Datasets.readJson(new ByteArrayInputStream(out.toByteArray()), "t.json", "T");
        assertTrue(d.sameData(back), () -> out.toString(java.nio.charset.StandardCharsets.UTF_8));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }
}
