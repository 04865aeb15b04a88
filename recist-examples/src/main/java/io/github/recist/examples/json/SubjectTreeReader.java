package io.github.recist.examples.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads one subject of a case file from the streaming parser into a small tree, keeping numbers
 * exact ({@code 30.6} is the decimal 30.6, never a double; trailing zeros may be dropped).
 *
 * <p>While it reads it remembers the containers it is inside ({@link Frames}), so that when the
 * parser fails half-way through a subject (a repeated key, a syntax error) {@link #place} can still
 * name the subject, the visit date and the lesion from what was read so far. One reader is reused
 * for every subject. The first pass of {@link CaseReader} reads subjects with a {@link
 * SubjectStreamReader} instead, and this reader only for a subject that one does not take.
 */
final class SubjectTreeReader {

  /** Decimals are kept as {@link java.math.BigDecimal}: a number keeps its decimal value. */
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Frames frames = new Frames();

  /** Reads the value whose first token is the parser's current token. */
  JsonNode read(JsonParser p) throws IOException {
    frames.clear();
    return value(p, p.currentToken());
  }

  private JsonNode value(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT: {
        ObjectNode o = NODES.objectNode();
        frames.push(true);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          frames.field(name);
          o.set(name, value(p, p.nextToken()));
        }
        frames.pop();
        return o;
      }
      case START_ARRAY: {
        ArrayNode a = NODES.arrayNode();
        frames.push(false);
        JsonToken next;
        while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
          a.add(value(p, next));
        }
        frames.pop();
        return a;
      }
      case VALUE_STRING: {
        String text = p.getText();
        frames.text(text);
        return NODES.textNode(text);
      }
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return NODES.numberNode(p.getIntValue());
          case LONG:
            return NODES.numberNode(p.getLongValue());
          default:
            return NODES.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(decimal(p));
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IllegalStateException("unexpected token " + t + " at " + p.currentLocation());
    }
  }

  /**
   * The decimal as written. A number whose exponent {@link java.math.BigDecimal} cannot hold
   * ({@code 1e-2147483648}) is a syntax error at its place, as Jackson reports other bad numbers.
   */
  static java.math.BigDecimal decimal(JsonParser p) throws IOException {
    try {
      return p.getDecimalValue();
    } catch (NumberFormatException e) {
      String text = p.getText();
      throw new JsonParseException(p, "number " + (text.length() > 40 ? text.substring(0, 37) + "..." : text)
          + " is out of range (its exponent is too large)", e);
    }
  }

  /** Where the reader stood when the parser failed: see {@link Frames#place}. */
  Frames.Place place(JsonParser p) {
    return frames.place(p);
  }
}
