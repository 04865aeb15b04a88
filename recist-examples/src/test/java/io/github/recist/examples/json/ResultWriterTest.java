package io.github.recist.examples.json;

import static io.github.recist.examples.json.SubjectsWithIds.subjectWithIds;
import static io.github.recist.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.recist.Recist11;
import io.github.recist.examples.json.ResultWriter.Layout;
import io.github.recist.examples.json.ResultWriter.Reasons;
import io.github.recist.model.Criteria;
import io.github.recist.model.InvalidSubjectException;
import io.github.recist.model.Protocol;
import io.github.recist.result.Reason;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.testing.Generators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The hand-written {@link ResultWriter} (issue 14) writes the bytes Jackson's pretty-printing
 * generator wrote ({@link JacksonSubjectRenderer}, the writer before it), for any subject and
 * protocol, ids with any characters included; {@code --compact} the same document without
 * indentation; {@code --reasons codes|none} the reasons as codes, or none.
 */
class ResultWriterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Ids that need escaping: controls, quote, backslash, non-ASCII, a pair and lone surrogates. */
  private static final List<String> NASTY_IDS = List.of("SARC-001", "a\"b", "back\\slash",
      "tab\there", "line\nbreak", "\u0001\u001f\b\f\r", "slash/ok", "del\u007f", "é\u0080ß",
      "\u2028 line separator", "€ 3 bytes", "😀 pair", "lone \ud800 high", "lone \udc00 low",
      "end \ud83d");

  private static Gen<SubjectAssessment> assessments() {
    return Generators.builtSubjects().zip(Generators.protocols(), Recist11::assess);
  }

  private static String document(List<SubjectAssessment> all, Layout layout, Reasons reasons) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ResultWriter w = new ResultWriter(out, layout, reasons)) {
        for (SubjectAssessment a : all) {
          w.write(a);
        }
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aSubjectIsTheBytesJacksonsPrettyPrinterWrote() {
    ResultWriter.SubjectRenderer renderer = new ResultWriter.SubjectRenderer();
    JacksonSubjectRenderer jackson = new JacksonSubjectRenderer();
    qt(500).forAll(assessments()).checkAssert(a ->
        assertArrayEquals(jackson.render(a), renderer.render(a),
            () -> new String(renderer.render(a), StandardCharsets.UTF_8)));
  }

  @Test
  void underIrecistAndUnderBothCriteriaTheBytesAreJacksonsToo() {
    ResultWriter.SubjectRenderer renderer = new ResultWriter.SubjectRenderer();
    JacksonSubjectRenderer jackson = new JacksonSubjectRenderer();
    qt(300).forAll(Generators.builtSubjects(), Generators.protocols()).checkAssert((s, p) -> {
      List<SubjectAssessment> both;
      try {
        both = Recist11.assessUnder(s, p, EnumSet.of(Criteria.RECIST_1_1, Criteria.IRECIST)).all();
      } catch (InvalidSubjectException e) {
        return; // recorded codes of one criteria only: refused before the writer
      }
      assertEquals(Criteria.IRECIST, both.get(1).criteria());
      assertArrayEquals(jackson.render(both.get(1)), renderer.render(both.get(1)));
      assertArrayEquals(jackson.render(both.get(0), both.get(1)),
          renderer.render(both.get(0), both.get(1)),
          () -> new String(renderer.render(both.get(0), both.get(1)), StandardCharsets.UTF_8));
    });
  }

  @Test
  void idsWithAnyCharacterAreEscapedAsJacksonEscapesThem() {
    ResultWriter.SubjectRenderer renderer = new ResultWriter.SubjectRenderer();
    JacksonSubjectRenderer jackson = new JacksonSubjectRenderer();
    qt(200).forAll(arbitrary().pick(NASTY_IDS), arbitrary().pick(NASTY_IDS)).checkAssert((s, l) -> {
      SubjectAssessment a = Recist11.assess(subjectWithIds(s, l), Protocol.defaults());
      assertArrayEquals(jackson.render(a), renderer.render(a), () -> s + " / " + l);
    });
  }

  /**
   * Subjects rendered one after another into shared runs of bytes (issue 14, the worker threads
   * of {@code assess --threads N}) and written up to a number of subjects later, as the reading
   * thread writes them, keep their bytes until they are written, those of a subject larger than a
   * whole run included, whatever is rendered in between; the runs are reused only then, and the
   * document is the one that rendering each alone writes.
   */
  @Test
  void subjectsRenderedIntoSharedRunsKeepTheirBytesUntilWritten() {
    SubjectAssessment huge = Recist11.assess(
        subjectWithIds("S-" + "\u0001".repeat(60_000), "T1"), Protocol.defaults());
    ResultWriter.SubjectRenderer alone = new ResultWriter.SubjectRenderer();
    qt(40).forAll(lists().of(assessments()).ofSizeBetween(1, 150), integers().between(0, 150),
        integers().between(0, 120)).checkAssert((list, at, behind) -> {
          List<SubjectAssessment> all = new ArrayList<>(list);
          all.add(Math.min(at, all.size()), huge);
          ResultWriter.SubjectRenderer shared = new ResultWriter.SubjectRenderer();
          java.util.ArrayDeque<ResultWriter.Rendered> unwritten = new java.util.ArrayDeque<>();
          java.util.ArrayDeque<SubjectAssessment> expected = new java.util.ArrayDeque<>();
          ByteArrayOutputStream document = new ByteArrayOutputStream();
          try (ResultWriter w = new ResultWriter(document)) {
            for (int i = 0; i < all.size(); i++) {
              unwritten.add(shared.renderShared(all.get(i)));
              expected.add(all.get(i));
              if (i % 7 == 6) {
                shared.render(all.get(i)); // a subject alone in between writes over nothing
              }
              while (unwritten.size() > behind || i == all.size() - 1 && !unwritten.isEmpty()) {
                ResultWriter.Rendered r = unwritten.remove();
                byte[] bytes = r.toByteArray();
                assertArrayEquals(alone.render(expected.remove()), bytes);
                assertEquals(bytes.length, r.length());
                w.write(r);
                assertThrows(IllegalStateException.class, r::toByteArray);
                assertThrows(IllegalStateException.class, () -> w.write(r));
              }
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          assertEquals(document(all, Layout.PRETTY, Reasons.TEXT),
              document.toString(StandardCharsets.UTF_8));
        });
  }

  @Test
  void theDocumentAroundTheSubjectsIsAsSpecified() {
    SubjectAssessment a = Recist11.assess(subjectWithIds("S1", "T1"), Protocol.defaults());
    String one = new String(new JacksonSubjectRenderer().render(a), StandardCharsets.UTF_8);
    assertEquals("{\n  \"format\": \"recist-result/1\",\n  \"subjects\": []\n}\n",
        document(List.of(), Layout.PRETTY, Reasons.TEXT));
    assertEquals("{\n  \"format\": \"recist-result/1\",\n  \"subjects\": [\n    " + one + ",\n    "
        + one + "\n  ]\n}\n", document(List.of(a, a), Layout.PRETTY, Reasons.TEXT));
  }

  @Test
  void compactHasTheSameFieldsAndValuesWithoutIndentationOneSubjectALine() {
    qt(100).forAll(assessments(), assessments()).checkAssert((a, b) -> {
      String pretty = document(List.of(a, b), Layout.PRETTY, Reasons.TEXT);
      String compact = document(List.of(a, b), Layout.COMPACT, Reasons.TEXT);
      try {
        assertEquals(JSON.readTree(pretty), JSON.readTree(compact));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String[] lines = compact.split("\n");
      assertEquals(4, lines.length, compact); // the start, a subject a line, the end
      assertFalse(compact.contains("\n "), compact);
      assertTrue(compact.length() < pretty.length() * 0.8, compact);
    });
  }

  @Test
  void reasonsAsCodesAreEachReasonsRuleAndKind() throws IOException {
    SubjectAssessment a = Recist11.assess(subjectWithIds("S1", "T1"), Protocol.defaults());
    JsonNode codes = JSON.readTree(document(List.of(a), Layout.PRETTY, Reasons.CODES))
        .get("subjects").get(0);
    List<String> expected = new ArrayList<>();
    for (Reason r : a.timepoints().get(1).reasons()) {
      expected.add(r.rule() + " " + r.kind().name());
    }
    List<String> written = new ArrayList<>();
    codes.get("timepoints").get(1).get("reasons").forEach(n -> written.add(n.asText()));
    assertEquals(expected, written);
    assertTrue(written.contains("R8 NEW_LESION_UNEQUIVOCAL"), written::toString);
  }

  @Test
  void reasonsNoneLeavesOutEveryReasonsFieldAndNothingElse() {
    qt(100).forAll(assessments()).checkAssert(a -> {
      try {
        JsonNode text = JSON.readTree(document(List.of(a), Layout.PRETTY, Reasons.TEXT));
        JsonNode none = JSON.readTree(document(List.of(a), Layout.COMPACT, Reasons.NONE));
        ObjectNode subject = (ObjectNode) text.get("subjects").get(0);
        subject.remove("reasons");
        subject.get("timepoints").forEach(t -> ((ObjectNode) t).remove("reasons"));
        assertEquals(text, none);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
