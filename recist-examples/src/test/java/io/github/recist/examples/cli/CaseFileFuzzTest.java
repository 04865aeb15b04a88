package io.github.recist.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.recist.examples.cli.CaseMutation.Base;
import io.github.recist.examples.cli.CleanEnd.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzing {@code recist assess} through the same in-process entry point as the jar: whatever the
 * bytes of the file, the run ends cleanly (see {@link CleanEnd}: exit 0 and a result, or exit 2, an
 * empty standard output and messages that name the place; never exit 1, never a stack trace).
 *
 * <p>The files are valid ones (a hand-written file that uses every field, and files of {@code
 * recist generate}) changed at one or more places of their JSON tree, cut short, or with bytes
 * spliced in; and random bytes. Tries are bounded in {@code mvn verify} ({@link FuzzTries}); the
 * {@code fuzz} profile runs many more.
 */
class CaseFileFuzzTest {

  @Example
  void theFilesTheChangesStartFromAreValid() {
    List<Base> bases = List.of(CaseMutation.rich(), CaseMutation.generated(1, 3),
        CaseMutation.generated(7, 1));
    for (Base base : bases) {
      Cli.Run run = Cli.assess(base.text);
      assertEquals(Outcome.ASSESSED, CleanEnd.assertEndsCleanly(run), base::toString);
      assertEquals(base.tree.get("subjects").size(), CleanEnd.result(run).get("subjects").size());
    }
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  @FuzzTries(1000)
  void anyChangeToAValidFileEndsCleanlyAndARefusalNamesTheSubjectChanged(
      @ForAll("oneChange") Tuple2<Base, CaseMutation> change) {
    Base base = change.get1();
    CaseMutation mutation = change.get2();
    String file = CaseMutation.apply(base.tree, List.of(mutation));
    Cli.Run run = Cli.assess(file);
    Outcome outcome = CleanEnd.assertEndsCleanly(run);
    Statistics.label("outcome").collect(outcome);
    Statistics.label("change").collect(mutation.kind);
    if (outcome == Outcome.REFUSED) {
      Optional<Integer> k = mutation.subject();
      if (k.isPresent() && !mutation.touchesSubjectId()) {
        assertNamesSubject(run, base.subjectId(k.get()), k.get());
      }
    } else {
      assertSameSubjectsInOrder(file, run);
    }
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  @FuzzTries(300)
  void aBadLesionValueIsNamedBySubjectVisitAndLesion(
      @ForAll("badLesionValues") Tuple2<Base, CaseMutation> change) {
    Base base = change.get1();
    CaseMutation mutation = change.get2();
    Cli.Run run = Cli.assess(CaseMutation.apply(base.tree, List.of(mutation)));
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
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  @FuzzTries(300)
  void severalChangesToAValidFileEndCleanly(
      @ForAll("someChanges") Tuple2<Base, List<CaseMutation>> changes) {
    assessEndsCleanly(CaseMutation.apply(changes.get1().tree, changes.get2()));
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  @FuzzTries(500)
  void plausibleChangesToAValidFileEndCleanly(
      @ForAll("plausible") Tuple2<Base, List<CaseMutation>> changes) {
    String file = CaseMutation.apply(changes.get1().tree, changes.get2());
    if (assessEndsCleanly(file) == Outcome.ASSESSED) {
      Cli.Run text = Cli.assess(file, "--format", "text");
      assertEquals(Recist.OK, text.status, text::toString);
      CleanEnd.assertNoStackTrace(text);
    }
  }
  /**
   * Assesses {@code file} and checks it ends cleanly (a result, or a refusal naming the place);
   * a result must list the file's subjects in order. Returns the outcome, which is also collected.
   */
  private Outcome assessEndsCleanly(String file) {
    Cli.Run run = Cli.assess(file);
    Outcome outcome = CleanEnd.assertEndsCleanly(run);
    Statistics.label("outcome").collect(outcome);
    if (outcome == Outcome.ASSESSED) {
      assertSameSubjectsInOrder(file, run);
    }
    return outcome;
  }


  @Property(edgeCases = EdgeCasesMode.NONE)
  @FuzzTries(200)
  void validateRefusesExactlyWhatAssessRefusesWithTheSameMessages(
      @ForAll("oneChange") Tuple2<Base, CaseMutation> change) {
    String file = CaseMutation.apply(change.get1().tree, List.of(change.get2()));
    Cli.Run assess = Cli.assess(file);
    Cli.Run validate = Cli.runWithInput(file, "validate", "-");
    CleanEnd.assertNoStackTrace(validate);
    assertEquals(assess.status, validate.status, () -> assess + "\n" + validate);
    List<String> errors = new ArrayList<>(validate.errLines());
    errors.removeIf(l -> l.startsWith("warning: "));
    assertEquals(assess.errLines(), errors);
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  @FuzzTries(300)
  void aFileCutShortIsRefusedNamingTheSubjectItWasCutIn(@ForAll("cuts") Tuple2<Base, Integer> cut) {
    Base base = cut.get1();
    int length = cut.get2();
    Cli.Run run = Cli.assess(base.text.substring(0, length));
    if (base.text.substring(length).isBlank()) {
      assertEquals(Outcome.ASSESSED, CleanEnd.assertEndsCleanly(run));
      return;
    }
    assertEquals(Outcome.REFUSED, CleanEnd.assertEndsCleanly(run));
    List<int[]> spans = subjectSpans(base.text);
    for (int k = 0; k < spans.size(); k++) {
      if (spans.get(k)[0] < length && length <= spans.get(k)[1]) {
        Statistics.label("cut").collect("in a subject");
        assertNamesSubject(run, base.subjectId(k), k);
        return;
      }
    }
    Statistics.label("cut").collect("outside the subjects");
    assertTrue(run.errLines().stream().anyMatch(l -> l.startsWith("<stdin>: ")), run::toString);
  }

  @Property
  @FuzzTries(300)
  void randomBytesAreRefused(@ForAll("encodingSignatures") byte[] start,
      @ForAll @Size(max = 400) byte[] bytes) {
    byte[] file = Arrays.copyOf(start, start.length + bytes.length);
    System.arraycopy(bytes, 0, file, start.length, bytes.length);
    assertEquals(Outcome.REFUSED, CleanEnd.assertEndsCleanly(Cli.assess(file)));
  }

  /**
   * Nothing, or the first bytes by which a JSON parser tells UTF-8, UTF-16 and UTF-32 apart: byte
   * order marks, and a brace with zero bytes in each order.
   */
  @Provide
  Arbitrary<byte[]> encodingSignatures() {
    return Arbitraries.of(new byte[0], new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
        new byte[] {(byte) 0xfe, (byte) 0xff}, new byte[] {(byte) 0xff, (byte) 0xfe},
        new byte[] {0, 0, (byte) 0xfe, (byte) 0xff}, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0},
        new byte[] {0, 0, 0, '{'}, new byte[] {'{', 0, 0, 0}, new byte[] {0, '{'},
        new byte[] {'{', 0}, new byte[] {0, 0}, new byte[] {0, 0, 1, 0}, new byte[] {0, 1, 0, 0});
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  @FuzzTries(500)
  void bytesSplicedIntoAValidFileEndCleanly(@ForAll("splices") Tuple2<Base, List<Splice>> spliced) {
    byte[] file = spliced.get1().text.getBytes(StandardCharsets.UTF_8);
    for (Splice s : spliced.get2()) {
      file = s.applyTo(file);
    }
    Statistics.label("outcome").collect(CleanEnd.assertEndsCleanly(Cli.assess(file)));
  }

  /** Replaces {@code remove} bytes at the fraction {@code where} of the file by {@code insert}. */
  static final class Splice {
    final double where;
    final int remove;
    final byte[] insert;

    Splice(double where, int remove, byte[] insert) {
      this.where = where;
      this.remove = remove;
      this.insert = insert;
    }

    byte[] applyTo(byte[] file) {
      int at = (int) (where * file.length);
      int end = Math.min(file.length, at + remove);
      ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + insert.length);
      out.write(file, 0, at);
      out.write(insert, 0, insert.length);
      out.write(file, end, file.length - end);
      return out.toByteArray();
    }

    @Override
    public String toString() {
      StringBuilder hex = new StringBuilder();
      for (byte b : insert) {
        hex.append(String.format("%02x", b & 0xff));
      }
      return String.format("at %.4f remove %d insert %s", where, remove, hex);
    }
  }

  @Provide
  Arbitrary<Tuple2<Base, CaseMutation>> oneChange() {
    return CaseMutation.oneChange();
  }

  /** Values that no target, or no non-target, can have. */
  private static final List<String> BAD_TARGET_VALUES = List.of("null", "true", "-1", "-0.5", "1e400",
      "12.25", "\"x\"", "\"NaN\"", "\"PRESENT\"", "[]", "{}", "{\"fragments\": []}",
      "{\"fragments\": [-1]}", "{\"mergedInto\": \"\"}", "{\"mergedInto\": \"NO-SUCH\"}");
  private static final List<String> BAD_NON_TARGET_VALUES = List.of("null", "false", "1", "\"GONE\"",
      "\"present\"", "\"PD\"", "\"TOO_SMALL\"", "[]", "{}");

  @Provide
  Arbitrary<Tuple2<Base, CaseMutation>> badLesionValues() {
    return CaseMutation.bases().filter(base -> !lesionValuePlaces(base).isEmpty()).flatMap(base ->
        Arbitraries.of(lesionValuePlaces(base)).flatMap(p -> Arbitraries.of(
                p.pointer.toString().contains("/targets/") ? BAD_TARGET_VALUES : BAD_NON_TARGET_VALUES)
            .map(v -> Tuple.of(base, new CaseMutation(CaseMutation.Kind.REPLACE, p.pointer, v, null)))));
  }

  /** The places of the file that hold a target's or a non-target's value at a visit. */
  private static List<CaseMutation.Place> lesionValuePlaces(Base base) {
    List<CaseMutation.Place> places = new ArrayList<>();
    for (CaseMutation.Place p : base.places) {
      if (p.pointer.toString().matches("/subjects/\\d+/assessments/\\d+/(targets|nonTargets)/[^/]+")) {
        places.add(p);
      }
    }
    return places;
  }

  @Provide
  Arbitrary<Tuple2<Base, List<CaseMutation>>> someChanges() {
    return CaseMutation.someChanges();
  }

  @Provide
  Arbitrary<Tuple2<Base, List<CaseMutation>>> plausible() {
    return CaseMutation.plausible();
  }

  @Provide
  Arbitrary<Tuple2<Base, Integer>> cuts() {
    return CaseMutation.bases().flatMap(base ->
        Arbitraries.integers().between(0, base.text.length() - 1)
            .withDistribution(RandomDistribution.uniform()).map(n -> Tuple.of(base, n)));
  }

  @Provide
  Arbitrary<Tuple2<Base, List<Splice>>> splices() {
    Arbitrary<byte[]> inserted = Arbitraries.oneOf(
        Arbitraries.bytes().array(byte[].class).ofMaxSize(4),
        Arbitraries.of("\"", "{", "}", "[", "]", ",", ":", "\\", "\\u", "\\ud800", "\u0000", "\n",
                "\ufeff", "null", "-", "e", "1e400", "\"T1\": 1,")
            .map(s -> s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.of(new byte[] {(byte) 0xff}, new byte[] {(byte) 0xc0, (byte) 0x80},
            new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xe2, (byte) 0x82}));
    Arbitrary<Splice> splice = Combinators.combine(
        Arbitraries.doubles().between(0, 1).withDistribution(RandomDistribution.uniform()),
        Arbitraries.integers().between(0, 3), inserted).as(Splice::new);
    return CaseMutation.bases().flatMap(base ->
        splice.list().ofMinSize(1).ofMaxSize(3).map(list -> Tuple.of(base, list)));
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
    try (JsonParser p = CaseMutation.JSON.createParser(text)) {
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
