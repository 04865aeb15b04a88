package io.github.recist.examples.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.recist.examples.generate.CaseGenerator;
import io.github.recist.model.Subject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A worker reads each subject of a case file from its bytes without a tree ({@link
 * SubjectStreamReader}, issue 14) and gives the subject that {@link SubjectParser} gives from its
 * tree. The reader may leave a subject to the tree path (anything wrong or unusual), which says the
 * same in the same words, so these tests hold what a user of large files relies on for speed: the
 * subjects that {@code recist generate} writes, and the same with every object's keys in
 * alphabetical order (as a writer that sorts keys writes them), are all taken, each equal to the
 * tree path's subject.
 */
class SubjectStreamReaderTest {

  private static final int SUBJECTS = 400;

  /** The subjects' bytes in {@code file}, each in an array of its own, as the scanner finds them. */
  private static List<SubjectSlices.Slice> generatedSlices(byte[] file) throws IOException {
    List<SubjectSlices.Slice> slices = new ArrayList<>();
    String text = new String(file, java.nio.charset.StandardCharsets.UTF_8);
    int array = text.indexOf('[', text.indexOf("\"subjects\""));
    new SubjectSlices(new ByteArrayInputStream(file, array, file.length - array), 1 << 12)
        .scan((slice, number) -> {
      byte[] copy = java.util.Arrays.copyOfRange(slice.bytes, slice.offset,
          slice.offset + slice.length);
      slices.add(new SubjectSlices.Slice(copy, 0, copy.length));
    });
    return slices;
  }

  private static byte[] generated() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CaseGenerator(7).write(SUBJECTS, out);
    return out.toByteArray();
  }

  /** Every slice read by the stream reader: a subject, equal to the tree path's. */
  private static void assertTakenAsWithTrees(List<SubjectSlices.Slice> slices) throws IOException {
    assertEquals(SUBJECTS, slices.size());
    SubjectStreamReader reader = new SubjectStreamReader(false);
    SubjectTreeReader trees = new SubjectTreeReader();
    for (int i = 0; i < slices.size(); i++) {
      SubjectSlices.Slice slice = slices.get(i);
      Object read = SubjectSlices.read(slice, reader, trees);
      Subject expected;
      try (var p = Json.FACTORY.createParser(slice.bytes, slice.offset, slice.length)) {
        p.nextToken();
        expected = SubjectParser.parse(trees.read(p), i + 1).subject;
      }
      assertTrue(expected != null, "subject #" + (i + 1) + " is valid");
      assertInstanceOf(Subject.class, read, "subject #" + (i + 1) + " read without a tree");
      assertEquals(expected, read, "subject #" + (i + 1));
      assertEquals(expected.toString(), read.toString());
    }
  }

  @Test
  void generatedSubjectsAreAllReadWithoutTreesAsWithTrees() throws IOException {
    assertTakenAsWithTrees(generatedSlices(generated()));
  }

  @Test
  void generatedSubjectsWithTheirKeysSortedAreAllReadWithoutTreesAsWithTrees() throws IOException {
    List<SubjectSlices.Slice> sorted = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper()
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    for (SubjectSlices.Slice slice : generatedSlices(generated())) {
      Map<?, ?> subject = mapper.readValue(slice.bytes, slice.offset, slice.length, Map.class);
      byte[] bytes = mapper.writeValueAsBytes(subject);
      assertTrue(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
          .startsWith("{\"assessments\":"), "keys sorted");
      sorted.add(new SubjectSlices.Slice(bytes, 0, bytes.length));
    }
    assertTakenAsWithTrees(sorted);
  }

  /**
   * iRECIST's new lesions (Rule R14.2: a new-lesion target with its diameter, a non-target with its
   * state, nodal) and sites written in other spellings are read without trees too, in any order of
   * their keys, each subject equal to the tree path's; a new lesion with a key the format does not
   * have is left to the tree path, which says what is wrong.
   */
  @Test
  void newLesionsOfIrecistAndSitesInOtherSpellingsAreReadAsWithTrees() throws IOException {
    String[] newLesions = {
      "{\"id\": \"N1\", \"site\": \"LIVER\", \"status\": \"UNEQUIVOCAL\", \"role\": \"TARGET\","
          + " \"diameter\": 12}",
      "{\"role\": \"TARGET\", \"diameter\": \"TOO_SMALL\", \"nodal\": true, \"status\":"
          + " \"UNEQUIVOCAL\", \"site\": \"lymph node\", \"id\": \"N1\"}",
      "{\"id\": \"N2\", \"site\": \"Bone\", \"status\": \"EQUIVOCAL\", \"role\": \"NON_TARGET\","
          + " \"state\": \"INCREASED\"}",
      "{\"state\": \"NE\", \"id\": \"N2\", \"status\": \"UNEQUIVOCAL\", \"site\": \"SPLEEN\"}",
      "{\"id\": \"N3\", \"site\": \"LUGN\", \"status\": \"EQUIVOCAL\"}",
    };
    SubjectStreamReader reader = new SubjectStreamReader(false);
    SubjectTreeReader trees = new SubjectTreeReader();
    for (String newLesion : newLesions) {
      for (String site : new String[] {"LUNG", "Lung", "soft tissue", "ADRENAL_GLAND", "LUGN"}) {
        String json = "{\"id\": \"S-1\", \"referenceDate\": \"2020-01-01\", \"lesions\": ["
            + "{\"id\": \"T1\", \"role\": \"TARGET\", \"site\": \"" + site + "\"}, "
            + "{\"id\": \"NT1\", \"role\": \"NON_TARGET\", \"site\": \"BONE\"}], "
            + "\"assessments\": [{\"date\": \"2020-01-01\", \"baseline\": true, "
            + "\"targets\": {\"T1\": 20}, \"nonTargets\": {\"NT1\": \"PRESENT\"}}, "
            + "{\"date\": \"2020-02-01\", \"targets\": {\"T1\": 22}, "
            + "\"nonTargets\": {\"NT1\": \"PRESENT\"}, \"newLesions\": [" + newLesion + "]}]}";
        byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        SubjectSlices.Slice slice = new SubjectSlices.Slice(bytes, 0, bytes.length);
        Object read = SubjectSlices.read(slice, reader, trees);
        Subject expected;
        try (var p = Json.FACTORY.createParser(bytes)) {
          p.nextToken();
          expected = SubjectParser.parse(trees.read(p), 1).subject;
        }
        assertTrue(expected != null, json);
        assertInstanceOf(Subject.class, read, json);
        assertEquals(expected, read, json);
        assertEquals(expected.toString(), read.toString(), json);
      }
    }
    byte[] unknown = ("{\"id\": \"S-1\", \"referenceDate\": \"2020-01-01\", \"lesions\": ["
        + "{\"id\": \"T1\", \"role\": \"TARGET\", \"site\": \"LUNG\"}], \"assessments\": ["
        + "{\"date\": \"2020-01-01\", \"baseline\": true, \"targets\": {\"T1\": 20}}, "
        + "{\"date\": \"2020-02-01\", \"targets\": {\"T1\": 22}, \"newLesions\": ["
        + "{\"id\": \"N1\", \"site\": \"LIVER\", \"status\": \"EQUIVOCAL\", \"size\": 3}]}]}")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertInstanceOf(com.fasterxml.jackson.databind.JsonNode.class,
        SubjectSlices.read(new SubjectSlices.Slice(unknown, 0, unknown.length), reader, trees),
        "an unknown key: the tree path's");
  }
}
