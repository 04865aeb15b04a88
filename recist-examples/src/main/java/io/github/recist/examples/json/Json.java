package io.github.recist.examples.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;

/** The Jackson set-up shared by the reader, the writer and the generator. */
final class Json {

  /**
   * Strict JSON: no comments, no trailing commas, no NaN; a key repeated in one object is an error
   * (a repeated {@code "T1"} must not silently replace the first value).
   */
  static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private Json() {}

  /**
   * A UTF-8 generator that pretty-prints deterministically: two spaces, {@code \n} line ends on
   * every platform, {@code "key": value}, {@code []} for an empty array, plain decimals.
   */
  static JsonGenerator prettyGenerator(OutputStream out) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("").withArrayEmptySeparator(""))
        .withObjectIndenter(indenter).withArrayIndenter(indenter);
    return FACTORY.createGenerator(out)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .setPrettyPrinter(printer);
  }

  /** The node as a short piece of JSON for a message: {@code "12mm"}, {@code -3}, {@code {...}}. */
  static String show(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isContainerNode()) {
      return node.isObject() ? "an object" : "an array";
    }
    String s = node.toString();
    return s.length() > 40 ? s.substring(0, 37) + "..." : s;
  }
}
