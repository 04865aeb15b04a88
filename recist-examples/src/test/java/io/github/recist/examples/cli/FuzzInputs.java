package io.github.recist.examples.cli;

import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.recist.examples.generate.CaseGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The inputs of the fuzz tests of recist-examples, and their QuickTheories generators, in one place:
 * valid case files to start from ({@link Base}: a hand-written file that uses every field, and files
 * of {@code recist generate}); changes at places of their JSON tree ({@link Mutation}); files cut
 * short, bytes spliced in, random bytes; command lines; and the runs of the determinism test. The
 * generators of valid subjects are recist-core's ({@code io.github.recist.testing.Generators}).
 */
final class FuzzInputs {

  private FuzzInputs() {}

  /** Reads files with decimals kept exact, as the reader does. */
  static final JsonMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  /** Values that break the format in every way it can be broken, as raw JSON. */
  static final List<String> NASTY_VALUES = List.of(
      // wrong types and null
      "null", "true", "false", "{}", "[]", "[null]", "[[]]", "{\"\": null}",
      // numbers: negative, zero, signed zero, decimals, huge, tiny, beyond int, long and double
      "0", "-0", "-0.0", "0.0", "1", "-1", "-3", "0.1", "2.5", "12.25", "9.99", "10000", "10000.1",
      "1E2", "1e400", "-1e400", "1e-400", "1e308", "4.9e-324", "1e2147483647", "1e-2147483647",
      "1e-2147483648", "1e2147483648", "2147483647", "2147483648", "-2147483649",
      "9223372036854775808", "1" + "0".repeat(999), "0." + "0".repeat(997) + "1",
      // not JSON at all
      "NaN", "Infinity", "-Infinity", "01", ".5", "1.", "+1", "0x10", "'x'", "undefined", "tru",
      // strings: empty, blank, dates that do not exist or are not ISO, codes that are not in the format
      "\"\"", "\" \"", "\"x\"", "\"2018-02-30\"", "\"2018-13-01\"", "\"2018-00-10\"", "\"2018-1-5\"",
      "\"2019-02-29\"", "\"2020-02-29\"", "\"0000-01-01\"", "\"9999-12-31\"", "\"+10000-01-01\"",
      "\"-2018-01-01\"", "\"2018-01-05T00:00\"", "\"2018-01-05 \"", "\"UNKNOWN\"", "\"lung\"",
      "\"Lung\"", "\"NaN\"", "\"Infinity\"", "\"32\"", "\"32 mm\"",
      // codes of the format, valid somewhere, maybe not here
      "\"TOO_SMALL\"", "\"NE\"", "\"PRESENT\"", "\"ABSENT\"", "\"UNEQUIVOCAL_PROGRESSION\"",
      "\"EQUIVOCAL\"", "\"UNEQUIVOCAL\"", "\"TARGET\"", "\"NON_TARGET\"", "\"LYMPH_NODE\"",
      "\"LUNG\"", "\"CT\"", "\"MRI\"", "\"CLINICAL\"", "\"CHEST_XRAY\"", "\"CR\"", "\"PR\"",
      "\"SD\"", "\"NON_CR_NON_PD\"", "\"PD\"", "\"ND\"", "\"MISSING\"", "\"RECIST_1_1\"",
      "\"IRECIST\"", "\"REQUIRED\"", "\"NOT_REQUIRED\"", "\"recist-case/1\"", "\"T1\"", "\"T2\"",
      "\"NT1\"", "\"N1\"", "\"INCREASED\"", "\"iUPD\"", "\"iCPD\"", "\"iCR\"",
      "\"NON_iCR_NON_iUPD\"",
      // text: control characters, lone surrogates, a pair, non-ASCII, right-to-left override
      "\"\\u0000\"", "\"T1\\n\"", "\"\\t\"", "\"\\u001b[31m\"", "\"\\ud800\"", "\"\\udc00x\"",
      "\"\\ud83d\\ude00\"", "\"é—漢字\"", "\"\\u202eT1\"", "\"\\ufeff\"", "\"\\uffff\"",
      // target values, well and badly formed
      "{\"fragments\": []}", "{\"fragments\": [12, 8]}", "{\"fragments\": [1, -1]}",
      "{\"fragments\": [1e400]}", "{\"fragments\": [6000, 6000]}", "{\"fragments\": \"x\"}",
      "{\"mergedInto\": \"T1\"}", "{\"mergedInto\": \"T2\"}", "{\"mergedInto\": \"NT1\"}",
      "{\"mergedInto\": \"\"}", "{\"mergedInto\": 3}", "{\"fragments\": [1], \"mergedInto\": \"T1\"}",
      // new lesions and lesions
      "[{\"id\": \"N1\", \"site\": \"LIVER\", \"status\": \"UNEQUIVOCAL\"}]",
      "[{\"id\": \"T1\", \"site\": \"LIVER\", \"status\": \"UNEQUIVOCAL\"}]",
      "{\"id\": \"T1\", \"role\": \"TARGET\", \"site\": \"LUNG\"}",
      "{\"id\": \"X9\", \"role\": \"TARGET\", \"site\": \"LUNG\", \"nodal\": true}");

  /** Keys for unknown and renamed fields: misspellings, fields of other objects, odd text. */
  static final List<String> KEYS = List.of("tagets", "Targets", "id ", "", " ", "ID", "x", "T9",
      "NT9", "T1", "NT1", "baseline", "response", "date", "lesions", "expected", "format",
      "\u0000", "\n", "\ud800", "é", "a/b~c", "x".repeat(300));

  /**
   * One change at one place of a valid case file's JSON tree, the unit of the fuzz tests: a value
   * replaced (by a wrong type, {@code null}, a negative, huge or non-finite number, an impossible
   * date, an unknown code, a long or non-ASCII string, another value of the same file), a field or
   * element removed, a key repeated, an unknown key added, a key renamed, an element repeated (a
   * subject, a lesion, a visit), a value nested deep in arrays.
   *
   * <p>A change is generated as a place (a JSON pointer, drawn from every node of the file) and
   * what to do there, so shrinking goes towards the first place of the file and the plainest
   * change. Changes that JSON trees cannot hold (a repeated key, {@code 1e400}, {@code NaN}, a lone
   * surrogate) are written as raw text in place of a marker when the file is written out.
   */
  static final class Mutation {

    /** What a change does at its place. */
    enum Kind {
      /** Writes {@code text}, raw JSON, in place of the value. */
      REPLACE,
      /** Removes the field or the array element. */
      REMOVE,
      /** Repeats the field's key, with the same value, in the same object. */
      DUPLICATE_KEY,
      /** Adds the field {@code key} with the raw JSON value {@code text} to the object. */
      UNKNOWN_KEY,
      /** Gives the field the key {@code key}, same value. */
      RENAME_KEY,
      /** Repeats the array element just after itself. */
      DUPLICATE_ELEMENT,
      /** Wraps the value in {@code text} levels of arrays. */
      NEST
    }

    final Kind kind;
    final JsonPointer at;
    /** The raw JSON value (REPLACE, UNKNOWN_KEY), or the depth (NEST). */
    final String text;
    /** The key (UNKNOWN_KEY, RENAME_KEY). */
    final String key;

    Mutation(Kind kind, JsonPointer at, String text, String key) {
      this.kind = kind;
      this.at = at;
      this.text = text;
      this.key = key;
    }

    /** The index of the subject this change is inside of ({@code /subjects/k/...}), if any. */
    Optional<Integer> subject() {
      JsonPointer p = at;
      if (!"subjects".equals(p.getMatchingProperty()) || p.tail() == null) {
        return Optional.empty();
      }
      JsonPointer element = p.tail();
      if (element.getMatchingIndex() < 0 || element.tail() == null || element.tail().matches()) {
        return Optional.empty();
      }
      return Optional.of(element.getMatchingIndex());
    }

    /** Whether the change is at the subject's id itself (so the subject may lose its name). */
    boolean touchesSubjectId() {
      return subject().isPresent() && at.tail().tail().getMatchingProperty().equals("id")
          && at.tail().tail().tail().matches();
    }

    @Override
    public String toString() {
      String shown = text == null ? "" : text.length() > 60 ? text.substring(0, 57) + "..." : text;
      String shownKey = key == null ? "" : key.length() > 40 ? key.substring(0, 37) + "..." : key;
      switch (kind) {
        case REPLACE:
          return "replace " + at + " with " + shown;
        case UNKNOWN_KEY:
          return "add " + quote(shownKey) + ": " + shown + " to " + at;
        case RENAME_KEY:
          return "rename " + at + " to " + quote(shownKey);
        case NEST:
          return "nest " + at + " in " + text + " arrays";
        default:
          return kind.name().toLowerCase().replace('_', ' ') + " " + at;
      }
    }

    private void applyTo(ObjectNode root, Map<String, String> raw) {
      JsonNode node = root.at(at);
      if (node.isMissingNode()) {
        return;
      }
      JsonNode parent = at.matches() ? null : root.at(at.head());
      String marker = "@@mutation-" + raw.size() + "@@";
      String name = at.last() == null ? null : at.last().getMatchingProperty();
      int index = at.last() == null ? -1 : at.last().getMatchingIndex();
      switch (kind) {
        case REPLACE:
          raw.put(marker, text);
          replace(parent, name, index, new TextNode(marker));
          break;
        case NEST:
          raw.put(marker, "[".repeat(Integer.parseInt(text)) + write(node)
              + "]".repeat(Integer.parseInt(text)));
          replace(parent, name, index, new TextNode(marker));
          break;
        case REMOVE:
          if (parent instanceof ObjectNode) {
            ((ObjectNode) parent).remove(name);
          } else if (parent instanceof ArrayNode) {
            ((ArrayNode) parent).remove(index);
          }
          break;
        case DUPLICATE_KEY:
          if (parent instanceof ObjectNode) {
            raw.put(marker, quote(name));
            ((ObjectNode) parent).set(marker, node.deepCopy());
          }
          break;
        case RENAME_KEY:
          if (parent instanceof ObjectNode) {
            raw.put(marker, quote(key));
            ((ObjectNode) parent).remove(name);
            ((ObjectNode) parent).set(marker, node);
          }
          break;
        case UNKNOWN_KEY:
          if (node instanceof ObjectNode) {
            String valueMarker = "@@mutation-value-" + raw.size() + "@@";
            raw.put(marker, quote(key));
            raw.put(valueMarker, text);
            ((ObjectNode) node).put(marker, valueMarker);
          }
          break;
        case DUPLICATE_ELEMENT:
          if (parent instanceof ArrayNode) {
            ((ArrayNode) parent).insert(index + 1, node.deepCopy());
          }
          break;
        default:
          throw new AssertionError(kind);
      }
    }

  }

  /** Applies {@code changes}, in order, to a copy of {@code valid}; a change whose place is gone is skipped. */
  static String apply(JsonNode valid, List<Mutation> changes) {
    ObjectNode root = valid.deepCopy();
    Map<String, String> raw = new LinkedHashMap<>();
    for (Mutation change : changes) {
      change.applyTo(root, raw);
    }
    String json;
    try {
      json = JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    // Latest first: a later change's raw text (a nested value) may hold an earlier one's marker.
    List<Map.Entry<String, String>> entries = new ArrayList<>(raw.entrySet());
    for (int i = entries.size() - 1; i >= 0; i--) {
      json = json.replace(quote(entries.get(i).getKey()), entries.get(i).getValue());
    }
    return json;
  }

  private static void replace(JsonNode parent, String name, int index, JsonNode value) {
    if (parent instanceof ObjectNode) {
      ((ObjectNode) parent).set(name, value);
    } else if (parent instanceof ArrayNode) {
      ((ArrayNode) parent).set(index, value);
    }
  }

  private static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code s} as a JSON string in ASCII: every character outside printable ASCII escaped on its own,
   * so a lone surrogate is written {@code \ud800} (which JSON allows and UTF-8 cannot hold).
   */
  static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  // ---------------------------------------------------------------------------------------------
  // The valid files the changes start from.

  /** A valid case file: its text and its tree, with every place of the tree. */
  static final class Base {
    final String name;
    final String text;
    final JsonNode tree;
    final List<Place> places = new ArrayList<>();
    final List<String> leaves = new ArrayList<>();
    final List<Place> leafPlaces = new ArrayList<>();
    /** The field each leaf is the value of ({@code targets} for a target's value, and so on). */
    final Map<Place, String> fieldOf = new HashMap<>();
    /** The values of each field in the file, as raw JSON. */
    final Map<String, List<String>> byField = new LinkedHashMap<>();

    Base(String name, String text) {
      this.name = name;
      this.text = text;
      try {
        this.tree = JSON.readTree(text);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(name + " is not JSON", e);
      }
      walk(tree, JsonPointer.empty(), null, "");
    }

    private void walk(JsonNode node, JsonPointer pointer, JsonNode parent, String field) {
      Place place = new Place(pointer, node, parent);
      places.add(place);
      if (node.isObject()) {
        boolean map = "targets".equals(field) || "nonTargets".equals(field);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          walk(e.getValue(), pointer.appendProperty(e.getKey()), node, map ? field : e.getKey());
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          walk(node.get(i), pointer.appendIndex(i), node, field);
        }
      } else {
        String text = write(node);
        if (leaves.size() < 400) {
          leaves.add(text);
        }
        leafPlaces.add(place);
        fieldOf.put(place, field);
        List<String> same = byField.computeIfAbsent(field, f -> new ArrayList<>());
        if (!same.contains(text)) {
          same.add(text);
        }
      }
    }

    /** The id of subject {@code k} as written, or null. */
    String subjectId(int k) {
      JsonNode id = tree.path("subjects").path(k).path("id");
      return id.isTextual() ? id.asText() : null;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** A node of a file's tree, where it is and what holds it. */
  static final class Place {
    final JsonPointer pointer;
    final JsonNode node;
    final JsonNode parent;

    Place(JsonPointer pointer, JsonNode node, JsonNode parent) {
      this.pointer = pointer;
      this.node = node;
      this.parent = parent;
    }

    @Override
    public String toString() {
      return pointer.toString();
    }
  }

  /**
   * A hand-written file that uses every field of the format once: the whole protocol, nodal and
   * MRI lesions, fragments, a merge, too small, NE, equivocal then unequivocal new lesions (with the
   * iRECIST role, diameter and state), INCREASED, a symptom-driven visit, tumour markers, a
   * recorded-response subject, a non-target-only subject, and the ignored top-level
   * fields of the worked cases.
   */
  static final String RICH = "{\"format\": \"recist-case/1\",\n"
      + " \"protocol\": {\"criteria\": \"RECIST_1_1\", \"confirmation\": \"REQUIRED\","
      + " \"minConfirmationDays\": 28, \"minStableDiseaseDays\": 42, \"followUpDays\": 365,"
      + " \"maxNotEvaluableBetween\": 1, \"acceptStableDiseaseBetween\": false,"
      + " \"persistentPartialResponse\": false, \"missingAsNotEvaluable\": false,"
      + " \"minProgressionConfirmationDays\": 28, \"maxProgressionConfirmationDays\": 56,"
      + " \"unconfirmedProgressionAsEvent\": false},\n"
      + " \"subjects\": [\n"
      + " {\"id\": \"SARC-001\", \"referenceDate\": \"2018-01-10\",\n"
      + "  \"lesions\": [{\"id\": \"T1\", \"role\": \"TARGET\", \"site\": \"LUNG\", \"nodal\": false},\n"
      + "   {\"id\": \"T2\", \"role\": \"TARGET\", \"site\": \"LYMPH_NODE\", \"nodal\": true},\n"
      + "   {\"id\": \"T3\", \"role\": \"TARGET\", \"site\": \"LIVER\", \"method\": \"MRI\", \"sliceThicknessMm\": 3},\n"
      + "   {\"id\": \"NT1\", \"role\": \"NON_TARGET\", \"site\": \"BONE\"},\n"
      + "   {\"id\": \"NT2\", \"role\": \"NON_TARGET\", \"site\": \"LYMPH_NODE\", \"nodal\": true, \"method\": \"CLINICAL\"}],\n"
      + "  \"assessments\": [\n"
      + "   {\"date\": \"2018-02-07\", \"targets\": {\"T1\": {\"fragments\": [12, 8.5]}, \"T2\": 9, \"T3\": \"TOO_SMALL\"},"
      + " \"nonTargets\": {\"NT1\": \"PRESENT\", \"NT2\": \"NE\"}, \"tumorMarkersNormal\": false},\n"
      + "   {\"date\": \"2018-01-05\", \"baseline\": true, \"targets\": {\"T1\": 32, \"T2\": 18, \"T3\": 15.5},"
      + " \"nonTargets\": {\"NT1\": \"PRESENT\", \"NT2\": \"PRESENT\"}},\n"
      + "   {\"date\": \"2018-03-08\", \"baseline\": false, \"targets\": {\"T1\": 9.5, \"T2\": \"NE\", \"T3\": {\"mergedInto\": \"T1\"}},"
      + " \"nonTargets\": {\"NT1\": \"ABSENT\", \"NT2\": \"ABSENT\"}, \"tumorMarkersNormal\": true,\n"
      + "    \"newLesions\": [{\"id\": \"N1\", \"site\": \"LIVER\", \"status\": \"EQUIVOCAL\","
      + " \"role\": \"TARGET\", \"diameter\": 8, \"nodal\": false},"
      + " {\"id\": \"N2\", \"site\": \"BONE\", \"status\": \"EQUIVOCAL\", \"role\": \"NON_TARGET\", \"state\": \"PRESENT\"}]},\n"
      + "   {\"date\": \"2018-05-02\", \"targets\": {\"T1\": 0, \"T2\": 5, \"T3\": {\"mergedInto\": \"T1\"}},"
      + " \"nonTargets\": {\"NT1\": \"UNEQUIVOCAL_PROGRESSION\", \"NT2\": \"INCREASED\"}, \"symptomDriven\": true,\n"
      + "    \"newLesions\": [{\"id\": \"N1\", \"site\": \"LIVER\", \"status\": \"UNEQUIVOCAL\","
      + " \"role\": \"TARGET\", \"diameter\": 11, \"nodal\": false},"
      + " {\"id\": \"N2\", \"site\": \"BONE\", \"status\": \"EQUIVOCAL\", \"state\": \"ABSENT\"}]}]},\n"
      + " {\"id\": \"S-9\", \"referenceDate\": \"2020-02-01\", \"assessments\": [\n"
      + "   {\"date\": \"2020-02-16\", \"response\": \"PR\"}, {\"date\": \"2020-03-20\", \"response\": \"CR\"},\n"
      + "   {\"date\": \"2020-05-06\", \"response\": \"NE\"}, {\"date\": \"2020-07-06\", \"response\": \"ND\"}]},\n"
      + " {\"id\": \"NT-ONLY\", \"referenceDate\": \"2019-06-01\",\n"
      + "  \"lesions\": [{\"id\": \"NT1\", \"role\": \"NON_TARGET\", \"site\": \"PERITONEUM\"}],\n"
      + "  \"assessments\": [{\"date\": \"2019-05-20\", \"baseline\": true, \"nonTargets\": {\"NT1\": \"PRESENT\"}},\n"
      + "   {\"date\": \"2019-08-01\", \"nonTargets\": {\"NT1\": \"PRESENT\"}},"
      + " {\"date\": \"2019-10-01\", \"nonTargets\": {\"NT1\": \"NE\"}}]}],\n"
      + " \"expected\": {\"anything\": [1, null]}, \"source\": \"fuzz\", \"why\": \"every field once\"}\n";

  /** The rich hand-written file. */
  static Base rich() {
    return new Base("rich", RICH);
  }

  /** The file {@code recist generate --subjects n --seed seed} writes. */
  static Base generated(long seed, int subjects) {
    return new Base("generate --subjects " + subjects + " --seed " + seed,
        new String(generatedBytes(seed, subjects), StandardCharsets.UTF_8));
  }

  /** The bytes {@code recist generate --subjects n --seed seed} writes. */
  static byte[] generatedBytes(long seed, int subjects) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new CaseGenerator(seed).write(subjects, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  // ---------------------------------------------------------------------------------------------
  // Generators.

  private static <T> Pair<Integer, Gen<T>> weight(int weight, Gen<T> values) {
    return Pair.of(weight, values);
  }

  /** Any text of up to {@code max} UTF-16 units, lone surrogates and control characters included. */
  static Gen<String> anyText(int max) {
    return lists().of(Generate.characters(0, 0xffff)).ofSizeBetween(0, max).map(chars -> {
      StringBuilder text = new StringBuilder(chars.size());
      chars.forEach(text::append);
      return text.toString();
    });
  }

  /** The rich hand-written file, parsed once. */
  private static final Base RICH_BASE = rich();

  /** The rich file, or a small generated one (1–3 subjects, any seed). */
  static Gen<Base> bases() {
    Gen<Base> generated = longs().between(1, 1_000_000)
        .zip(range(1, 3), (seed, n) -> generated(seed, n));
    return Generate.frequency(weight(1, constant(RICH_BASE)), weight(1, generated));
  }

  /** A base and the changes made to it. */
  record Changes(Base base, List<Mutation> mutations) {

    /** The changed file. */
    String file() {
      return apply(base.tree, mutations);
    }

    @Override
    public String toString() {
      return base + ": " + mutations;
    }
  }

  /** A base and one change in it. */
  static Gen<Changes> oneChange() {
    return bases().flatMap(base -> changes(base).map(m -> new Changes(base, List.of(m))));
  }

  /** A base and one to four changes in it. */
  static Gen<Changes> someChanges() {
    return bases().flatMap(base -> lists().of(changes(base)).ofSizeBetween(1, 4)
        .map(m -> new Changes(base, m)));
  }

  /** Every change that fits one place of {@code base}. */
  static Gen<Mutation> changes(Base base) {
    return arbitrary().pick(base.places).flatMap(place -> changesAt(base, place));
  }

  private static Gen<Mutation> changesAt(Base base, Place place) {
    JsonPointer p = place.pointer;
    List<Pair<Integer, Gen<Mutation>>> options = new ArrayList<>();
    if (place.parent != null) {
      options.add(weight(12, values(base).map(v -> new Mutation(Mutation.Kind.REPLACE, p, v, null))));
      options.add(weight(2, constant(new Mutation(Mutation.Kind.REMOVE, p, null, null))));
      options.add(weight(1, arbitrary().pick(1, 2, 999, 1000, 1001, 5000)
          .map(d -> new Mutation(Mutation.Kind.NEST, p, Integer.toString(d), null))));
    }
    if (place.parent != null && place.parent.isObject()) {
      options.add(weight(2, constant(new Mutation(Mutation.Kind.DUPLICATE_KEY, p, null, null))));
      options.add(weight(2, keys().map(k -> new Mutation(Mutation.Kind.RENAME_KEY, p, null, k))));
    }
    if (place.parent != null && place.parent.isArray()) {
      options.add(weight(2, constant(new Mutation(Mutation.Kind.DUPLICATE_ELEMENT, p, null, null))));
    }
    if (place.node.isObject()) {
      options.add(weight(2, keys().zip(values(base),
          (k, v) -> new Mutation(Mutation.Kind.UNKNOWN_KEY, p, v, k))));
    }
    return Generate.frequency(options);
  }

  /**
   * A plausible change to one value of {@code base}: the value of the same field elsewhere in the
   * file (another date, diameter, status, code), a date moved by up to a year and a half, a diameter
   * changed by up to 20 mm. The file often stays valid, so the engine meets odd but legal subjects:
   * visits on the same day, out of order, after the follow-up; responses, merges and new lesions
   * where they were not.
   */
  static Gen<Mutation> plausibleChanges(Base base) {
    return arbitrary().pick(base.leafPlaces).flatMap(place -> {
      List<String> same = base.byField.get(base.fieldOf.get(place));
      Gen<String> value = arbitrary().pick(same);
      JsonNode node = place.node;
      if (node.isTextual() && node.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
        LocalDate date = LocalDate.parse(node.asText());
        value = Generate.oneOf(value, range(-550, 550).map(d -> quote(date.plusDays(d).toString())));
      } else if (node.isNumber()) {
        BigDecimal mm = node.decimalValue();
        value = Generate.oneOf(value, range(-200, 200)
            .map(d -> mm.add(BigDecimal.valueOf(d, 1)).max(BigDecimal.ZERO).stripTrailingZeros()
                .toPlainString()));
      }
      return value.map(v -> new Mutation(Mutation.Kind.REPLACE, place.pointer, v, null));
    });
  }

  /** A base and one to five plausible changes in it. */
  static Gen<Changes> plausible() {
    return bases().flatMap(base -> lists().of(plausibleChanges(base)).ofSizeBetween(1, 5)
        .map(m -> new Changes(base, m)));
  }

  /** A raw JSON value: a nasty one, one of the file's own, any short string, a number, a long string. */
  static Gen<String> values(Base base) {
    return Generate.frequency(
        weight(8, arbitrary().pick(NASTY_VALUES)),
        weight(4, arbitrary().pick(base.leaves)),
        weight(2, anyText(8).map(FuzzInputs::quote)),
        weight(2, longs().between(-100_000, 2_000_000)
            .map(n -> BigDecimal.valueOf(n, 2).stripTrailingZeros().toPlainString())),
        weight(1, arbitrary().pick(1_000, 70_000, 1_000_000).map(n -> quote("I".repeat(n)))));
  }

  /** A key for an unknown or renamed field. */
  static Gen<String> keys() {
    return Generate.frequency(weight(4, arbitrary().pick(KEYS)), weight(1, anyText(6)));
  }

  /** Values that no target, or no non-target, can have. */
  static final List<String> BAD_TARGET_VALUES = List.of("null", "true", "-1", "-0.5", "1e400",
      "12.25", "\"x\"", "\"NaN\"", "\"PRESENT\"", "[]", "{}", "{\"fragments\": []}",
      "{\"fragments\": [-1]}", "{\"mergedInto\": \"\"}", "{\"mergedInto\": \"NO-SUCH\"}");
  static final List<String> BAD_NON_TARGET_VALUES = List.of("null", "false", "1", "\"GONE\"",
      "\"present\"", "\"PD\"", "\"TOO_SMALL\"", "[]", "{}");

  /** A base and one target's or non-target's value at a visit replaced by one it cannot have. */
  static Gen<Changes> badLesionValues() {
    return bases().assuming(base -> !lesionValuePlaces(base).isEmpty()).flatMap(base ->
        arbitrary().pick(lesionValuePlaces(base)).flatMap(p -> arbitrary().pick(
                p.pointer.toString().contains("/targets/") ? BAD_TARGET_VALUES : BAD_NON_TARGET_VALUES)
            .map(v -> new Changes(base, List.of(new Mutation(Mutation.Kind.REPLACE, p.pointer, v, null))))));
  }

  /** The places of the file that hold a target's or a non-target's value at a visit. */
  static List<Place> lesionValuePlaces(Base base) {
    List<Place> places = new ArrayList<>();
    for (Place p : base.places) {
      if (p.pointer.toString().matches("/subjects/\\d+/assessments/\\d+/(targets|nonTargets)/[^/]+")) {
        places.add(p);
      }
    }
    return places;
  }

  /** A file cut short: the first {@code length} characters of a base. */
  record Cut(Base base, int length) {}

  /** A base cut anywhere. */
  static Gen<Cut> cuts() {
    return bases().flatMap(base -> range(0, base.text.length() - 1).map(n -> new Cut(base, n)));
  }

  /** Replaces {@code remove} bytes at the fraction {@code where} of the file by {@code insert}. */
  record Splice(double where, int remove, byte[] insert) {

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
      return String.format("at %.4f remove %d insert %s", where, remove, hex(insert));
    }
  }

  /** A base and the splices made in it, in order. */
  record Spliced(Base base, List<Splice> splices) {

    byte[] file() {
      byte[] file = base.text.getBytes(StandardCharsets.UTF_8);
      for (Splice s : splices) {
        file = s.applyTo(file);
      }
      return file;
    }
  }

  /** Any byte. */
  private static Gen<Byte> anyByte() {
    return Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0);
  }

  /** A base and one to three splices of JSON punctuation, escapes, keywords or bad UTF-8 in it. */
  static Gen<Spliced> splices() {
    Gen<byte[]> inserted = Generate.oneOf(
        Generate.byteArrays(range(0, 4), anyByte()),
        arbitrary().pick("\"", "{", "}", "[", "]", ",", ":", "\\", "\\u", "\\ud800", "\u0000", "\n",
                "\ufeff", "null", "-", "e", "1e400", "\"T1\": 1,")
            .map(text -> text.getBytes(StandardCharsets.UTF_8)),
        arbitrary().pick(List.of(new byte[] {(byte) 0xff}, new byte[] {(byte) 0xc0, (byte) 0x80},
            new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xe2, (byte) 0x82})));
    Gen<Splice> splice = doubles().between(0, 1).zip(range(0, 3), inserted, Splice::new);
    return bases().zip(lists().of(splice).ofSizeBetween(1, 3), Spliced::new);
  }

  /** Random bytes after the start of a file that may look like JSON in some encoding. */
  record RandomFile(byte[] start, byte[] rest) {

    byte[] bytes() {
      byte[] file = Arrays.copyOf(start, start.length + rest.length);
      System.arraycopy(rest, 0, file, start.length, rest.length);
      return file;
    }

    @Override
    public String toString() {
      return hex(bytes());
    }
  }

  /**
   * Nothing, or the first bytes by which a JSON parser tells UTF-8, UTF-16 and UTF-32 apart (byte
   * order marks, and a brace with zero bytes in each order), then up to 400 random bytes.
   */
  static Gen<RandomFile> randomFiles() {
    Gen<byte[]> start = arbitrary().pick(List.of(new byte[0],
        new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
        new byte[] {(byte) 0xfe, (byte) 0xff}, new byte[] {(byte) 0xff, (byte) 0xfe},
        new byte[] {0, 0, (byte) 0xfe, (byte) 0xff}, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0},
        new byte[] {0, 0, 0, '{'}, new byte[] {'{', 0, 0, 0}, new byte[] {0, '{'},
        new byte[] {'{', 0}, new byte[] {0, 0}, new byte[] {0, 0, 1, 0}, new byte[] {0, 1, 0, 0}));
    return start.zip(Generate.byteArrays(range(0, 400), anyByte()), RandomFile::new);
  }

  static String hex(byte[] bytes) {
    StringBuilder hex = new StringBuilder();
    for (byte b : bytes) {
      hex.append(String.format("%02x", b & 0xff));
    }
    return hex.toString();
  }

  /** Stands, in a generated command line, for the valid file. */
  static final String FILE = "FILE";
  /** Stands for a file the reader refuses. */
  static final String REFUSED = "REFUSED";
  /** Stands for a file that does not exist. */
  static final String MISSING = "MISSING";
  /** Stands for a folder. */
  static final String DIR = "DIR";
  /** Stands for {@code --out} and a fresh folder. */
  static final String OUT = "--out OUT";

  /**
   * Command lines: a command (or none) and up to five words drawn from the command line's options,
   * values good and bad, the files {@link #FILE}, {@link #REFUSED}, {@link #MISSING}, {@link #DIR}
   * and {@link #OUT} (which the test puts in place), and any short text. ({@code demo}, which writes
   * into a fixed folder by default, is left out.)
   */
  static Gen<List<String>> commandLines() {
    Gen<String> command = arbitrary().pick("assess", "validate", "generate", "assess", "validate",
        "Assess", "help", "", "report");
    Gen<String> word = Generate.frequency(
        weight(6, arbitrary().pick("--strict", "--format", "json", "text", "TEXT",
            "xml", "--format=text", "--format=", "--subjects", "--seed", "0", "3", "-1", "1e3",
            "99999999999999999999", "--debug", "--help", "-h", "--version", "-V", "-", "--", "-x",
            "--strict=false", "--threads", "2", "", " ", "\u0000", "\u00e9")),
        weight(1, constant(OUT)),
        weight(3, arbitrary().pick(FILE, REFUSED, MISSING, DIR)),
        // Never an --out of its own: report would write wherever the next word says.
        weight(1, anyText(6).assuming(w -> !w.startsWith("--o"))));
    return command.zip(lists().of(word).ofSizeBetween(0, 5), (c, words) -> {
      List<String> line = new ArrayList<>();
      if (!c.isEmpty()) {
        line.add(c);
      }
      line.addAll(words);
      return line;
    });
  }

  /** One run of the determinism test: a generated file, and the options it is assessed with. */
  record Run(long seed, int subjects, String format, boolean strict, int threads) {}

  /** Files of 0–60 generated subjects, either format, strict or not, on 1–8 threads. */
  static Gen<Run> runs() {
    Gen<Run> oneThread = longs().between(1, 1_000_000).zip(range(0, 60), arbitrary().pick("json", "text"),
        booleans().all(), (seed, n, format, strict) -> new Run(seed, n, format, strict, 1));
    return oneThread.zip(range(1, 8),
        (r, threads) -> new Run(r.seed(), r.subjects(), r.format(), r.strict(), threads));
  }
}
