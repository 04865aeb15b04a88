package io.github.recist.examples.cli;

import static io.github.recist.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Recist11;
import io.github.recist.examples.json.CaseReader;
import io.github.recist.examples.json.CaseSource;
import io.github.recist.examples.json.ResultWriter;
import io.github.recist.examples.source.SubjectWork;
import io.github.recist.model.Protocol;
import io.github.recist.model.Subject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The case reader's first pass reads subjects without trees ({@code SubjectStreamReader}), and
 * through a tree only the subjects that reader does not take: issue 14. Whatever the file, it must
 * report exactly what the reader that reads every subject into a tree reports, problem by problem
 * and word by word, and hand the work the same subjects: these properties compare the two on the
 * fuzzed files of {@link FuzzInputs} (changed, cut short, spliced with bytes, random).
 */
class StreamingReaderTest {

  /** Everything the first pass said and did, to compare. */
  private record Pass(List<String> problems, List<String> results, long subjects, long errors,
      long warnings, boolean ok, boolean worked, String protocol) {}

  /** A reader on some threads. */
  private record Run(CaseReader reader, int threads) {}

  /** The file's first pass by each reader, in order, from the same path (messages name it). */
  private static List<Pass> check(byte[] file, int threads, CaseReader... readers) {
    Run[] runs = new Run[readers.length];
    for (int i = 0; i < readers.length; i++) {
      runs[i] = new Run(readers[i], threads);
    }
    return check(file, runs);
  }

  /** The file's first pass by each run, in order, from the same path (messages name it). */
  private static List<Pass> check(byte[] file, Run... runs) {
    try {
      Path path = Files.createTempFile("streaming-reader-", ".json");
      try {
        Files.write(path, file);
        List<Pass> passes = new ArrayList<>();
        for (Run run : runs) {
          passes.add(check(run.reader(), path, run.threads()));
        }
        return passes;
      } finally {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Pass check(CaseReader reader, Path path, int threads) throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> results = new ArrayList<>();
        SubjectWork<String> work = new SubjectWork<>() {
          private final ThreadLocal<ResultWriter.SubjectRenderer> renderers =
              ThreadLocal.withInitial(ResultWriter.SubjectRenderer::new);

          @Override
          public String work(Subject subject, Protocol protocol) {
            return subject + "\n" + new String(renderers.get().render(
                Recist11.assess(subject, protocol)), StandardCharsets.UTF_8);
          }

          @Override
          public void accept(String result) {
            results.add(result);
          }
        };
        CaseReader.Check c = reader.check(CaseSource.of(path), p -> problems.add(p.toString()),
            null, threads, work);
        return new Pass(problems, results, c.subjects(), c.errors(), c.warnings(), c.ok(),
            c.worked(), String.valueOf(c.protocol()));
  }

  /**
   * The file's first pass by the streaming reader, on one thread and on two (where the workers read
   * each subject from its bytes alone, {@code SubjectSlices}), is the pass of the reader with trees.
   */
  private static void assertSameAsWithTrees(byte[] file) {
    CaseReader reader = new CaseReader(false);
    List<Pass> passes = check(file, new Run(reader.withTrees(), 1), new Run(reader, 1),
        new Run(reader, 2));
    assertEquals(passes.get(0), passes.get(1));
    assertEquals(passes.get(0), passes.get(2));
    CaseReader strict = new CaseReader(true);
    List<Pass> strictPasses = check(file, 2, strict.withTrees(), strict);
    assertEquals(strictPasses.get(0), strictPasses.get(1));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void validFilesGiveTheSameSubjectsAndResultsWithoutTrees() {
    for (FuzzInputs.Base base : List.of(FuzzInputs.rich(), FuzzInputs.generated(7, 40))) {
      List<Pass> passes = check(utf8(base.text), new Run(new CaseReader(false).withTrees(), 1),
          new Run(new CaseReader(false), 1), new Run(new CaseReader(false), 3));
      assertTrue(passes.get(0).ok() && !passes.get(0).results().isEmpty(), base::toString);
      assertEquals(passes.get(0), passes.get(1));
      assertEquals(passes.get(0), passes.get(2));
    }
  }

  @Test
  void anyChangesToAValidFileAreReportedWordForWordAsWithTrees() {
    qt(400).forAll(FuzzInputs.someChanges())
        .checkAssert(changes -> assertSameAsWithTrees(utf8(changes.file())));
  }

  @Test
  void plausibleChangesAreReportedWordForWordAsWithTrees() {
    qt(300).forAll(FuzzInputs.plausible())
        .checkAssert(changes -> assertSameAsWithTrees(utf8(changes.file())));
  }

  @Test
  void badLesionValuesAreReportedWordForWordAsWithTrees() {
    qt(200).forAll(FuzzInputs.badLesionValues())
        .checkAssert(changes -> assertSameAsWithTrees(utf8(changes.file())));
  }

  @Test
  void aFileCutAnywhereIsPlacedAsWithTrees() {
    qt(300).forAll(FuzzInputs.cuts()).checkAssert(cut -> assertSameAsWithTrees(
        utf8(cut.base().text.substring(0, cut.length()))));
  }

  @Test
  void bytesSplicedAnywhereAreReportedAsWithTrees() {
    qt(300).forAll(FuzzInputs.splices()).checkAssert(spliced -> assertSameAsWithTrees(spliced.file()));
  }

  @Test
  void randomBytesAreReportedAsWithTrees() {
    qt(200).forAll(FuzzInputs.randomFiles()).checkAssert(file -> assertSameAsWithTrees(file.bytes()));
  }

  /**
   * A file larger than the reading thread's blocks of bytes, so that subjects lie across blocks, and
   * a subject far into it that the workers cannot read from its bytes alone (a repeated key, a
   * syntax error), while the subjects after it are already in flight: the same problems, in the
   * same order, and the same results as the reader with trees on one thread.
   */
  @Test
  void aLargeFileWithAnUnreadableSubjectFarIntoItIsReadAsWithTreesOnTwoThreads() {
    String text = FuzzInputs.generated(11, 800).text;
    assertTrue(text.length() > 2 * 256 * 1024, () -> "only " + text.length() + " bytes");
    int at = text.indexOf("\"referenceDate\"", text.length() * 2 / 3);
    String repeatedKey = text.substring(0, at) + "\"referenceDate\": \"2018-01-01\", "
        + text.substring(at);
    String syntaxError = text.substring(0, at) + "\"referenceDate\" \"2018-01-01\", "
        + text.substring(at);
    String declinedThenFine = text.substring(0, at) + "\"extra\": 1, " + text.substring(at);
    for (String file : List.of(text, repeatedKey, syntaxError, declinedThenFine)) {
      List<Pass> passes = check(utf8(file), new Run(new CaseReader(false).withTrees(), 1),
          new Run(new CaseReader(false), 2), new Run(new CaseReader(false), 3));
      assertEquals(passes.get(0), passes.get(1));
      assertEquals(passes.get(0), passes.get(2));
    }
  }

  /** A second {@code subjects} array is refused as a repeated key, whatever the threads. */
  @Test
  void aSecondSubjectsArrayIsReportedAsWithTreesOnTwoThreads() {
    String text = FuzzInputs.generated(5, 3).text;
    int end = text.lastIndexOf('}');
    String twice = text.substring(0, end) + ", \"subjects\": " + text.substring(
        text.indexOf('[', text.indexOf("\"subjects\"")), text.lastIndexOf(']') + 1) + "}";
    List<Pass> passes = check(utf8(twice), new Run(new CaseReader(false).withTrees(), 1),
        new Run(new CaseReader(false), 2));
    assertTrue(passes.get(0).errors() > 0, passes::toString);
    assertEquals(passes.get(0), passes.get(1));
  }

  @Test
  void aByteOrderMarkDoesNotShiftTheSubjectReadAgain() {
    // the first subject is refused: it is read again from its bytes, after the mark
    String text = FuzzInputs.rich().text.replaceFirst("\"referenceDate\"", "\"referenceDat\"");
    byte[] bytes = utf8(text);
    byte[] marked = new byte[bytes.length + 3];
    marked[0] = (byte) 0xef;
    marked[1] = (byte) 0xbb;
    marked[2] = (byte) 0xbf;
    System.arraycopy(bytes, 0, marked, 3, bytes.length);
    List<Pass> passes = check(marked, new Run(new CaseReader(false).withTrees(), 1),
        new Run(new CaseReader(false), 1), new Run(new CaseReader(false), 2));
    assertTrue(passes.get(0).errors() > 0, passes::toString);
    assertEquals(passes.get(0), passes.get(1));
    assertEquals(passes.get(0), passes.get(2));
    assertEquals(passes.get(0).problems(), check(bytes, 1, new CaseReader(false)).get(0).problems());
  }
}
