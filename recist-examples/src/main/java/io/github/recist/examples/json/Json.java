package io.github.recist.examples.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.SerializedString;
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
   * every platform, {@code "key": value}, {@code []} for an empty array, plain decimals; for values
   * that sit {@code depth} levels deep in a document, indented as they are there, one after the
   * other with nothing between them.
   */
  static JsonGenerator prettyGenerator(OutputStream out, int depth) throws IOException {
    DefaultPrettyPrinter.Indenter indenter = new Indenter(depth);
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("").withArrayEmptySeparator("").withRootSeparator(""))
        .withObjectIndenter(indenter).withArrayIndenter(indenter);
    return FACTORY.createGenerator(out)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .setPrettyPrinter(printer);
  }

  /**
   * A line break and two spaces a level, {@code depth} levels deeper than the value's own nesting;
   * each level's indentation is encoded once.
   */
  private static final class Indenter implements DefaultPrettyPrinter.Indenter {
    private static final int LEVELS = 16;
    private final SerializedString[] levels = new SerializedString[LEVELS];
    private final int depth;

    Indenter(int depth) {
      this.depth = depth;
      for (int i = 0; i < LEVELS; i++) {
        levels[i] = new SerializedString("\n" + "  ".repeat(i + depth));
      }
    }

    @Override
    public void writeIndentation(JsonGenerator g, int level) throws IOException {
      if (level < LEVELS) {
        g.writeRaw(levels[level]);
      } else {
        g.writeRaw("\n" + "  ".repeat(level + depth));
      }
    }

    @Override
    public boolean isInline() {
      return false;
    }
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
