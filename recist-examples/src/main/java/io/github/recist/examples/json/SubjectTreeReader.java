package io.github.recist.examples.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one subject of a case file from the streaming parser into a small tree, keeping numbers
 * exact ({@code 30.6} is the decimal 30.6, never a double; trailing zeros may be dropped).
 *
 * <p>While it reads it remembers the containers it is inside, so that when the parser fails half-way
 * through a subject (a repeated key, a syntax error) {@link #place} can still name the subject, the
 * visit date and the lesion from what was read so far. One reader is reused for every subject.
 */
final class SubjectTreeReader {

  /** Decimals are kept as {@link java.math.BigDecimal}: a number keeps its decimal value. */
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Where a failure happened: the subject id, visit date and lesion id as far as known (each may be null). */
  static final class Place {
    final String subjectId;
    final String date;
    final String lesionId;

    Place(String subjectId, String date, String lesionId) {
      this.subjectId = subjectId;
      this.date = date;
      this.lesionId = lesionId;
    }
  }

  private final List<JsonNode> containers = new ArrayList<>();
  private final List<String> fields = new ArrayList<>();

  /** Reads the value whose first token is the parser's current token. */
  JsonNode read(JsonParser p) throws IOException {
    containers.clear();
    fields.clear();
    return value(p, p.currentToken());
  }

  private JsonNode value(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT: {
        ObjectNode o = NODES.objectNode();
        int depth = push(o);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          fields.set(depth, name);
          o.set(name, value(p, p.nextToken()));
        }
        pop();
        return o;
      }
      case START_ARRAY: {
        ArrayNode a = NODES.arrayNode();
        push(a);
        JsonToken next;
        while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
          a.add(value(p, next));
        }
        pop();
        return a;
      }
      case VALUE_STRING:
        return NODES.textNode(p.getText());
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
  private static java.math.BigDecimal decimal(JsonParser p) throws IOException {
    try {
      return p.getDecimalValue();
    } catch (NumberFormatException e) {
      String text = p.getText();
      throw new JsonParseException(p, "number " + (text.length() > 40 ? text.substring(0, 37) + "..." : text)
          + " is out of range (its exponent is too large)", e);
    }
  }

  private int push(JsonNode container) {
    containers.add(container);
    fields.add(null);
    return containers.size() - 1;
  }

  private void pop() {
    containers.remove(containers.size() - 1);
    fields.remove(fields.size() - 1);
  }

  /**
   * Where the reader stood when the parser failed: the subject's id, the assessment's date and the
   * lesion, as far as they were read. The key the parser was reading (a repeated key) counts.
   */
  Place place(JsonParser p) {
    if (!containers.isEmpty() && containers.get(containers.size() - 1).isObject()) {
      JsonStreamContext context = p.getParsingContext();
      if (context != null && context.inObject() && context.getCurrentName() != null) {
        fields.set(fields.size() - 1, context.getCurrentName());
      }
    }
    String subject = text(0, "id");
    String date = null;
    String lesion = null;
    if ("assessments".equals(field(0)) && containers.size() > 2) {
      date = text(2, "date");
      if ("targets".equals(field(2)) || "nonTargets".equals(field(2))) {
        lesion = field(3);
      } else if ("newLesions".equals(field(2)) && containers.size() > 4) {
        lesion = text(4, "id");
      }
    } else if ("lesions".equals(field(0)) && containers.size() > 2) {
      lesion = text(2, "id");
    }
    return new Place(subject, date, lesion);
  }

  private String field(int depth) {
    return depth < fields.size() ? fields.get(depth) : null;
  }

  private String text(int depth, String name) {
    if (depth >= containers.size() || !containers.get(depth).isObject()) {
      return null;
    }
    return Fields.idOrNull(containers.get(depth).get(name));
  }
}
