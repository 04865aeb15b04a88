package io.github.recist.examples.teach;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outputs a notebook is committed with: what each code cell printed (a {@code stream} output)
 * and displayed (a {@code display_data} output, from JJava's {@code display(content, mime)}), as
 * nbformat 4 stores them; written back into the {@code .ipynb} as Python's {@code json.dump(nb,
 * indent=1, ensure_ascii=False)} writes it, so a refresh changes only the outputs.
 */
final class NotebookOutputs {
  private NotebookOutputs() {}

  private static final Pattern DISPLAY = Pattern.compile(
      "<display ([^>]*)>\\n(.*?)\\n</display>\\n", Pattern.DOTALL);
  private static final Pattern SVG_TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** The nbformat outputs of a cell that printed {@code printed} (display markers included). */
  static ArrayNode of(String printed) {
    ArrayNode outputs = JSON.arrayNode();
    Matcher m = DISPLAY.matcher(printed);
    int from = 0;
    while (m.find()) {
      stream(outputs, printed.substring(from, m.start()));
      ObjectNode d = outputs.addObject();
      d.put("output_type", "display_data");
      ObjectNode data = d.putObject("data");
      for (String mime : m.group(1).split(" ")) {
        data.set(mime, lines(m.group(2)));
      }
      d.putObject("metadata");
      from = m.end();
    }
    stream(outputs, printed.substring(from));
    return outputs;
  }

  private static void stream(ArrayNode outputs, String text) {
    if (text.isEmpty()) {
      return;
    }
    ObjectNode s = outputs.addObject();
    s.put("name", "stdout");
    s.put("output_type", "stream");
    s.set("text", lines(text));
  }

  /** nbformat's multi-line string: a list of lines, each but the last ending in a newline. */
  private static ArrayNode lines(String text) {
    ArrayNode a = JSON.arrayNode();
    int from = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', from)) {
      a.add(text.substring(from, i + 1));
      from = i + 1;
    }
    if (from < text.length()) {
      a.add(text.substring(from));
    }
    return a;
  }

  /**
   * The outputs as a reader compares them across machines: printed text as it is, a picture by
   * the words it shows (its coordinates follow the fonts installed).
   */
  static String comparable(JsonNode outputs) {
    StringBuilder s = new StringBuilder();
    for (JsonNode o : outputs) {
      if ("stream".equals(o.path("output_type").asText())) {
        o.path("text").forEach(l -> s.append(l.asText()));
      } else {
        Iterator<Map.Entry<String, JsonNode>> data = o.path("data").fields();
        while (data.hasNext()) {
          Map.Entry<String, JsonNode> e = data.next();
          StringBuilder content = new StringBuilder();
          e.getValue().forEach(l -> content.append(l.asText()));
          s.append("<display ").append(e.getKey()).append(">\n");
          if (e.getKey().equals("image/svg+xml")) {
            Matcher m = SVG_TEXT.matcher(content);
            while (m.find()) {
              s.append(m.group(1)).append('\n');
            }
          } else {
            s.append(content).append('\n');
          }
        }
      }
    }
    return s.toString();
  }

  /** The stored outputs of each code cell of {@code notebook}, in order. */
  static List<JsonNode> stored(Path notebook) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode cell : LessonRunner.readNotebook(notebook).path("cells")) {
      if ("code".equals(cell.path("cell_type").asText())) {
        out.add(cell.path("outputs"));
      }
    }
    return out;
  }

  /** Writes {@code printed} (one per code cell) into {@code notebook} as its outputs. */
  static void write(Path notebook, List<String> printed) throws IOException {
    ObjectNode nb = (ObjectNode) new ObjectMapper().readTree(notebook.toFile());
    int code = 0;
    for (JsonNode cell : nb.path("cells")) {
      if ("code".equals(cell.path("cell_type").asText())) {
        ObjectNode c = (ObjectNode) cell;
        c.put("execution_count", code + 1);
        c.set("outputs", of(printed.get(code)));
        code++;
      }
    }
    StringBuilder s = new StringBuilder();
    dump(nb, s, 0);
    s.append('\n');
    Files.writeString(notebook, s, StandardCharsets.UTF_8);
  }

  /** Python's {@code json.dump(indent=1, ensure_ascii=False)}. */
  private static void dump(JsonNode n, StringBuilder s, int depth) {
    if (n.isObject()) {
      if (n.size() == 0) {
        s.append("{}");
        return;
      }
      s.append("{\n");
      Iterator<Map.Entry<String, JsonNode>> it = n.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        s.append(" ".repeat(depth + 1));
        string(e.getKey(), s);
        s.append(": ");
        dump(e.getValue(), s, depth + 1);
        s.append(it.hasNext() ? ",\n" : "\n");
      }
      s.append(" ".repeat(depth)).append('}');
    } else if (n.isArray()) {
      if (n.size() == 0) {
        s.append("[]");
        return;
      }
      s.append("[\n");
      for (int i = 0; i < n.size(); i++) {
        s.append(" ".repeat(depth + 1));
        dump(n.get(i), s, depth + 1);
        s.append(i < n.size() - 1 ? ",\n" : "\n");
      }
      s.append(" ".repeat(depth)).append(']');
    } else if (n.isTextual()) {
      string(n.asText(), s);
    } else {
      s.append(n.toString());
    }
  }

  private static void string(String v, StringBuilder s) {
    s.append('"');
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        case '\t' -> s.append("\\t");
        case '\b' -> s.append("\\b");
        case '\f' -> s.append("\\f");
        default -> {
          if (c < 0x20) {
            s.append(String.format("\\u%04x", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    s.append('"');
  }
}
