package io.github.recist.examples.json;

import static io.github.recist.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The reading thread finds each subject of the {@code subjects} array in the file's bytes ({@link
 * SubjectSlices}) for the worker threads to parse (issue 14): every subject's bytes exactly, however
 * the file is cut into blocks, whatever its strings hold; and where it is not sure of the file, the
 * subject at which the file's parser must go on.
 */
class SubjectSlicesTest {

  /** What a scan found: the subjects' texts, and where the parser goes on. */
  private record Found(List<String> subjects, int resumeAt) {}

  private static Found scan(String file, int block) {
    byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
    List<String> subjects = new ArrayList<>();
    try {
      SubjectSlices.Outcome outcome = new SubjectSlices(new ByteArrayInputStream(bytes), block)
          .scan((slice, number) -> {
            assertEquals(subjects.size() + 1, number);
            subjects.add(new String(slice.bytes, slice.offset, slice.length, StandardCharsets.UTF_8));
          });
      assertEquals(subjects.size(), outcome.subjects);
      return new Found(subjects, outcome.resumeAt);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Strings that hold what could confuse a scanner: quotes, backslashes, brackets, non-ASCII. */
  private static Gen<String> strings() {
    Gen<String> piece = SourceDSL.arbitrary().pick(List.of("a", "\\\"", "\\\\", "{", "}", "[",
        "]", ",", ":", " ", "\\n", "\\u0041", "é", "€", "𝄞", "\\/", "T1", "2018-01-10"));
    return SourceDSL.lists().of(piece).ofSizeBetween(0, 6)
        .map(pieces -> "\"" + String.join("", pieces) + "\"");
  }

  /** A JSON value nested at most {@code depth} levels. */
  private static Gen<String> values(int depth) {
    Gen<String> scalar = SourceDSL.arbitrary().pick(List.of("1", "-2.5e3", "true", "null", "0"))
        .mix(strings());
    if (depth == 0) {
      return scalar;
    }
    return scalar.mix(objects(depth - 1)).mix(arrays(depth - 1));
  }

  private static Gen<String> arrays(int depth) {
    return SourceDSL.lists().of(values(depth)).ofSizeBetween(0, 3)
        .map(items -> "[" + String.join(",", items) + "]");
  }

  private static Gen<String> objects(int depth) {
    Gen<String> member = strings().zip(values(depth), (k, v) -> k + " : " + v);
    return SourceDSL.lists().of(member).ofSizeBetween(0, 4)
        .map(members -> "{\n  " + String.join(",\n  ", members) + "}");
  }

  /** The subjects of a file: objects with anything in them. */
  private static Gen<List<String>> subjects() {
    return SourceDSL.lists().of(objects(3)).ofSizeBetween(0, 8);
  }

  private static String file(List<String> subjects, String white) {
    return "[" + white + String.join(white + "," + white, subjects) + white + "]" + white + "}"
        + white;
  }

  @Test
  void eachSubjectsBytesAreFoundExactlyWhateverTheBlocks() {
    // blocks of fewer than eight bytes are scanned byte by byte, larger ones eight bytes at a time
    qt(300).forAll(subjects(),
        SourceDSL.integers().between(1, 64).mix(SourceDSL.integers().between(65, 8192)),
        SourceDSL.arbitrary().pick(List.of("", " ", "\n", "\r\n\t ", "\n    ")))
        .checkAssert((subjects, block, white) ->
            assertEquals(new Found(subjects, 0), scan(file(subjects, white), block)));
  }

  @Test
  void aValueThatIsNotAnObjectLeavesTheParserToGoOnAtIt() {
    assertEquals(new Found(List.of("{}", "{\"a\":1}"), 3),
        scan("[{}, {\"a\":1}, \"x\", {}]}", 5));
    assertEquals(new Found(List.of(), 1), scan("[[{}]]}", 3));
  }

  @Test
  void anythingButACommaBetweenSubjectsLeavesTheParserToGoOnAfterTheLastFound() {
    assertEquals(new Found(List.of("{}", "{}"), 3), scan("[{},{}{}]}", 4));
    assertEquals(new Found(List.of("{}"), 2), scan("[{} ; {}]}", 4));
    // a trailing comma: the parser reports it where it stands
    assertEquals(new Found(List.of("{}"), 2), scan("[{},]}", 4));
  }

  @Test
  void moreAfterTheSubjectsLeavesTheParserToGoOnAfterThem() {
    assertEquals(new Found(List.of("{}"), 2), scan("[{}], \"protocol\": {}}", 4));
    assertEquals(new Found(List.of("{}"), 2), scan("[{}]} x", 4));
    assertEquals(new Found(List.of("{}"), 2), scan("[{}]", 4));
    assertEquals(new Found(List.of(), 1), scan("[]}}", 4));
    assertEquals(new Found(List.of(), 0), scan("[ ] } ", 4));
  }

  @Test
  void aFileCutShortLeavesTheParserToGoOnAtTheSubjectItCuts() {
    assertEquals(new Found(List.of("{}"), 2), scan("[{}, {\"a\": \"}", 2));
    assertEquals(new Found(List.of("{}"), 2), scan("[{}, {\"a\": \"\\", 2));
    assertEquals(new Found(List.of(), 1), scan("", 2));
    assertEquals(new Found(List.of(), 1), scan("{", 2));
  }

  @Test
  void aSubjectNestedDeeperThanTheLimitIsLeftToTheParser() {
    String deep = "{\"a\":" + "[".repeat(SubjectSlices.MAX_DEPTH) + "]".repeat(SubjectSlices.MAX_DEPTH) + "}";
    String fits = "{\"a\":" + "[".repeat(SubjectSlices.MAX_DEPTH - 1)
        + "]".repeat(SubjectSlices.MAX_DEPTH - 1) + "}";
    for (int block : new int[] {7, 8, 9, 4096}) {
      assertEquals(new Found(List.of(fits), 0), scan("[" + fits + "]}", block));
      assertEquals(new Found(List.of(fits), 2), scan("[" + fits + "," + deep + "]}", block));
    }
  }

  @Test
  void bracketsAndEscapedQuotesInStringsDoNotCountWhereverTheyFallInEightBytes() {
    // each shift puts the quotes, escapes and brackets at another place in the eight bytes read
    // at once, and the end of the subject too
    for (int shift = 0; shift < 16; shift++) {
      String subject = "{\"" + "x".repeat(shift) + "\":\"}]\\\"{[\\\\\",\"a\":[{\"b\":\"]\"}],"
          + "\"c\":{\"d\":[[],{}]}}";
      for (int block : new int[] {8, 9, 13, 4096}) {
        assertEquals(new Found(List.of(subject, "{}"), 0),
            scan("[" + subject + ",{}]}", block), "shift " + shift + ", block " + block);
      }
    }
  }
}
