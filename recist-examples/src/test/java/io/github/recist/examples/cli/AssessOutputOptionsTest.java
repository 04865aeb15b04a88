package io.github.recist.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.recist.result.Reason;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code recist assess --compact} and {@code --reasons none|codes|text} (issue 14): smaller output,
 * the same answers; the default output stays as specified.
 */
class AssessOutputOptionsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CODE = Pattern.compile("R\\d+(\\.\\d+)? [A-Z][A-Z0-9_]*");
  private static final String FILE = FuzzInputs.generated(7, 30).text;

  private static JsonNode tree(Cli.Run run) throws IOException {
    assertEquals(0, run.status, run::toString);
    return JSON.readTree(run.out);
  }

  private static List<String> reasons(JsonNode result) {
    List<String> all = new ArrayList<>();
    for (JsonNode s : result.get("subjects")) {
      s.get("reasons").forEach(r -> all.add(r.asText()));
      for (JsonNode t : s.get("timepoints")) {
        t.get("reasons").forEach(r -> all.add(r.asText()));
      }
    }
    return all;
  }

  @Test
  void compactHasTheSameFieldsAndValuesOneSubjectALine() throws IOException {
    Cli.Run pretty = Cli.assess(FILE);
    Cli.Run compact = Cli.assess(FILE, "--compact");
    assertEquals(tree(pretty), tree(compact));
    assertEquals(30 + 2, compact.out.split("\n").length, compact.out);
    assertFalse(compact.out.contains("\n "), "no indentation");
    assertTrue(compact.out.length() < pretty.out.length() * 0.75,
        compact.out.length() + " bytes against " + pretty.out.length());
    assertEquals(pretty.err, compact.err);
  }

  @Test
  void reasonsCodesGiveEachReasonsRuleAndKindInPlaceOfItsSentence() throws IOException {
    JsonNode text = tree(Cli.assess(FILE));
    JsonNode codes = tree(Cli.assess(FILE, "--reasons", "codes"));
    List<String> sentences = reasons(text);
    List<String> coded = reasons(codes);
    assertEquals(sentences.size(), coded.size());
    for (int i = 0; i < coded.size(); i++) {
      assertTrue(CODE.matcher(coded.get(i)).matches(), coded.get(i));
      // the code names the kind of the sentence in its place
      Reason.Kind kind = Reason.Kind.valueOf(coded.get(i).substring(coded.get(i).indexOf(' ') + 1));
      assertEquals(kind.rule(), coded.get(i).substring(0, coded.get(i).indexOf(' ')));
      assertFalse(sentences.get(i).isEmpty());
    }
  }

  @Test
  void reasonsNoneLeavesOutTheReasonsFieldsAndChangesNothingElse() throws IOException {
    JsonNode text = tree(Cli.assess(FILE));
    JsonNode none = tree(Cli.assess(FILE, "--reasons", "none", "--compact"));
    for (JsonNode s : text.get("subjects")) {
      ((ObjectNode) s).remove("reasons");
      s.get("timepoints").forEach(t -> ((ObjectNode) t).remove("reasons"));
    }
    assertEquals(text, none);
  }

  @Test
  void theTextReportTakesReasonsButNotCompact() {
    Cli.Run text = Cli.assess(FILE, "--format", "text");
    Cli.Run none = Cli.assess(FILE, "--format", "text", "--reasons", "none");
    Cli.Run codes = Cli.assess(FILE, "--format", "text", "--reasons", "codes");
    assertTrue(text.out.contains("  reasons:"));
    assertFalse(none.out.contains("  reasons:"), none.out);
    assertTrue(codes.out.contains("R9 OVERALL"), codes.out);
    Cli.Run compact = Cli.assess(FILE, "--format", "text", "--compact");
    assertEquals(Recist.INVALID_INPUT, compact.status);
    assertTrue(compact.err.contains("--compact applies to --format json"), compact.err);
    assertEquals("", compact.out);
  }

  @Test
  void theOptionsGiveTheSameBytesOnAnyNumberOfThreads() {
    for (String[] options : List.of(new String[] {"--compact"}, new String[] {"--reasons", "codes"},
        new String[] {"--compact", "--reasons", "none"})) {
      String one = Cli.assess(FILE, options).out;
      String[] withThreads = java.util.Arrays.copyOf(options, options.length + 2);
      withThreads[options.length] = "--threads";
      withThreads[options.length + 1] = "3";
      assertEquals(one, Cli.assess(FILE, withThreads).out, String.join(" ", options));
    }
  }
}
