package io.github.recist.examples.cli;

import static io.github.recist.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.recist.examples.cli.CleanEnd.Outcome;
import io.github.recist.examples.cli.FuzzInputs.Base;
import io.github.recist.examples.cli.FuzzInputs.Mutation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing {@code recist assess} through the same in-process entry point as the jar: whatever the
 * bytes of the file, the run ends cleanly (see {@link CleanEnd}: exit 0 and a result, or exit 2, an
 * empty standard output and messages that name the place; never exit 1, never a stack trace).
 *
 * <p>The files are valid ones (a hand-written file that uses every field, and files of {@code
 * recist generate}) changed at one or more places of their JSON tree, cut short, or with bytes
 * spliced in; and random bytes (all from {@link FuzzInputs}). Examples are bounded in {@code mvn
 * verify}; the {@code fuzz} profile runs many more (see {@link io.github.recist.testing.Theories}).
 */
class CaseFileFuzzTest {

  @Test
  void theFilesTheChangesStartFromAreValid() {
    List<Base> bases = List.of(FuzzInputs.rich(), FuzzInputs.generated(1, 3),
        FuzzInputs.generated(7, 1));
    for (Base base : bases) {
      Cli.Run run = Cli.assess(base.text);
      assertEquals(Outcome.ASSESSED, CleanEnd.assertEndsCleanly(run), base::toString);
      assertEquals(base.tree.get("subjects").size(), CleanEnd.result(run).get("subjects").size());
    }
  }

  @Test
  void anyChangeToAValidFileEndsCleanlyAndARefusalNamesTheSubjectChanged() {
    qt(1000).forAll(FuzzInputs.oneChange()).checkAssert(change -> {
      Base base = change.base();
      Mutation mutation = change.mutations().get(0);
      String file = change.file();
      Cli.Run run = Cli.assess(file);
      Outcome outcome = CleanEnd.assertEndsCleanly(run);
      if (outcome == Outcome.REFUSED) {
        Optional<Integer> k = mutation.subject();
        if (k.isPresent() && !mutation.touchesSubjectId()) {
          assertNamesSubject(run, base.subjectId(k.get()), k.get());
        }
      } else {
        assertSameSubjectsInOrder(file, run);
      }
    });
  }

  @Test
  void aBadLesionValueIsNamedBySubjectVisitAndLesion() {
    qt(300).forAll(FuzzInputs.badLesionValues()).checkAssert(change -> {
      Base base = change.base();
      Mutation mutation = change.mutations().get(0);
      Cli.Run run = Cli.assess(change.file());
      assertEquals(Outcome.REFUSED, CleanEnd.assertEndsCleanly(run));
      // /subjects/k/assessments/j/(targets|nonTargets)/LESION
      JsonPointer at = mutation.at;
      int k = at.tail().getMatchingIndex();
      JsonPointer inSubject = at.tail().tail();
      int j = inSubject.tail().getMatchingIndex();
      String lesion = inSubject.tail().tail().tail().getMatchingProperty();
      String date = base.tree.at(JsonPointer.compile("/subjects/" + k + "/assessments/" + j + "/date")).asText();
      String place = Lines.oneLine(base.subjectId(k)) + " " + date + " " + Lines.oneLine(lesion) + ": ";
      assertTrue(run.errLines().stream().anyMatch(l -> l.startsWith(place)),
          () -> "expected a line starting with '" + place + "'\n" + run);
    });
  }

  @Test
  void severalChangesToAValidFileEndCleanly() {
    qt(300).forAll(FuzzInputs.someChanges()).checkAssert(changes -> assessEndsCleanly(changes.file()));
  }

  @Test
  void plausibleChangesToAValidFileEndCleanly() {
    qt(500).forAll(FuzzInputs.plausible()).checkAssert(changes -> {
      String file = changes.file();
      if (assessEndsCleanly(file) == Outcome.ASSESSED) {
        Cli.Run text = Cli.assess(file, "--format", "text");
        assertEquals(Recist.OK, text.status, text::toString);
        CleanEnd.assertNoStackTrace(text);
      }
    });
  }

  /**
   * Assesses {@code file} and checks it ends cleanly (a result, or a refusal naming the place);
   * a result must list the file's subjects in order. Returns the outcome.
   */
  private static Outcome assessEndsCleanly(String file) {
    Cli.Run run = Cli.assess(file);
    Outcome outcome = CleanEnd.assertEndsCleanly(run);
    if (outcome == Outcome.ASSESSED) {
      assertSameSubjectsInOrder(file, run);
    }
    return outcome;
  }

  @Test
  void validateRefusesExactlyWhatAssessRefusesWithTheSameMessages() {
    qt(200).forAll(FuzzInputs.oneChange()).checkAssert(change -> {
      String file = change.file();
      Cli.Run assess = Cli.assess(file);
      Cli.Run validate = Cli.runWithInput(file, "validate", "-");
      CleanEnd.assertNoStackTrace(validate);
      assertEquals(assess.status, validate.status, () -> assess + "\n" + validate);
      List<String> errors = new ArrayList<>(validate.errLines());
      errors.removeIf(l -> l.startsWith("warning: "));
      assertEquals(assess.errLines(), errors);
    });
  }

  @Test
  void validateSaysTheSameOnTwoThreadsAsOnOne() {
    // two threads: the main thread finds the subjects' bytes, the workers parse and check them
    qt(200).forAll(FuzzInputs.oneChange()).checkAssert(change -> {
      String file = change.file();
      Cli.Run one = Cli.runWithInput(file, "validate", "--threads", "1", "-");
      Cli.Run two = Cli.runWithInput(file, "validate", "--threads", "2", "-");
      CleanEnd.assertNoStackTrace(two);
      assertEquals(one.status, two.status, () -> one + "\n" + two);
      assertEquals(one.out, two.out);
      assertEquals(one.err, two.err);
    });
  }

  @Test
  void aFileCutShortIsRefusedNamingTheSubjectItWasCutIn() {
    qt(300).forAll(FuzzInputs.cuts()).checkAssert(cut -> {
      Base base = cut.base();
      int length = cut.length();
      Cli.Run run = Cli.assess(base.text.substring(0, length));
      if (base.text.substring(length).isBlank()) {
        assertEquals(Outcome.ASSESSED, CleanEnd.assertEndsCleanly(run));
        return;
      }
      assertEquals(Outcome.REFUSED, CleanEnd.assertEndsCleanly(run));
      List<int[]> spans = subjectSpans(base.text);
      for (int k = 0; k < spans.size(); k++) {
        if (spans.get(k)[0] < length && length <= spans.get(k)[1]) {
          assertNamesSubject(run, base.subjectId(k), k);
          return;
        }
      }
      assertTrue(run.errLines().stream().anyMatch(l -> l.startsWith("<stdin>: ")), run::toString);
    });
  }

  @Test
  void randomBytesAreRefused() {
    qt(300).forAll(FuzzInputs.randomFiles()).checkAssert(file ->
        assertEquals(Outcome.REFUSED, CleanEnd.assertEndsCleanly(Cli.assess(file.bytes()))));
  }

  @Test
  void bytesSplicedIntoAValidFileEndCleanly() {
    qt(500).forAll(FuzzInputs.splices()).checkAssert(spliced ->
        CleanEnd.assertEndsCleanly(Cli.assess(spliced.file())));
  }

  /** Asserts that a line of the refusal starts with subject {@code k}'s id, or its number. */
  static void assertNamesSubject(Cli.Run run, String id, int k) {
    List<String> names = new ArrayList<>();
    names.add("subject #" + (k + 1) + ":");
    names.add("subject #" + (k + 1) + " ");
    if (id != null && !id.isEmpty()) {
      names.add(Lines.oneLine(id) + ":");
      names.add(Lines.oneLine(id) + " ");
    }
    assertTrue(run.errLines().stream().anyMatch(l -> names.stream().anyMatch(l::startsWith)),
        () -> "expected a line naming subject #" + (k + 1) + " (" + id + ")\n" + run);
  }

  /** Asserts that the result has the file's subjects, in the file's order. */
  static void assertSameSubjectsInOrder(String file, Cli.Run run) {
    JsonNode in;
    try {
      in = CleanEnd.STRICT.readTree(file);
    } catch (IOException e) {
      throw new AssertionError("an assessed file is JSON: " + e.getMessage() + "\n" + file, e);
    }
    List<String> expected = new ArrayList<>();
    in.get("subjects").forEach(s -> expected.add(s.get("id").asText()));
    List<String> actual = new ArrayList<>();
    CleanEnd.result(run).get("subjects").forEach(s -> actual.add(s.get("id").asText()));
    assertEquals(expected, actual);
  }

  /** Where each subject of the file starts and ends (the offsets of its braces). */
  static List<int[]> subjectSpans(String text) {
    List<int[]> spans = new ArrayList<>();
    try (JsonParser p = FuzzInputs.JSON.createParser(text)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (!"subjects".equals(name)) {
          p.skipChildren();
          continue;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
          int start = (int) p.currentTokenLocation().getCharOffset();
          p.skipChildren();
          spans.add(new int[] {start, (int) p.currentTokenLocation().getCharOffset()});
        }
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return spans;
  }
}
