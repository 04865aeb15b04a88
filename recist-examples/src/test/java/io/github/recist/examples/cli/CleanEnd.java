package io.github.recist.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The oracle of the fuzz tests: how every run of {@code recist assess} must end, whatever its
 * input. Either exit 0, a {@code recist-result/1} document on standard output and nothing on
 * standard error but, when the file has warnings, the one line that counts them; or exit 2, not a byte on standard output, and one message a line on standard
 * error, each naming its place ({@code <stdin>: ...}, or the subject, then the visit date and the
 * lesion where they exist: {@code SARC-007 2018-03-08 T4: ...}). Never exit 1 (an internal
 * failure), never a stack trace.
 */
final class CleanEnd {

  /** Strict JSON, as the result must be: no repeated key, nothing after the document. */
  static final JsonMapper STRICT = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /** A message line: a place that does not start with a blank, a colon, then the message. */
  private static final Pattern PLACED = Pattern.compile("\\S[^\\n]*?: \\S.*");

  /** The one line {@code assess} prints on standard error when the file has warnings. */
  static final Pattern WARNING_COUNT = Pattern.compile("(1 protocol deviation \\(warning\\)"
      + "|[1-9][0-9]* protocol deviations \\(warnings\\)) in [1-9][0-9]* subjects?; "
      + "see `warnings` in the output\n");

  private CleanEnd() {}

  /** The outcome of a run that ended cleanly. */
  enum Outcome {
    ASSESSED, REFUSED
  }

  /**
   * Asserts that an {@code assess} run ended cleanly; returns which way, and, when assessed, the
   * result document is checked to be well-formed {@code recist-result/1}.
   */
  static Outcome assertEndsCleanly(Cli.Run run) {
    assertNoStackTrace(run);
    if (run.status == Recist.OK) {
      assertTrue(run.err.isEmpty() || WARNING_COUNT.matcher(run.err).matches(),
          () -> "an assessed file prints nothing on standard error but the count of its warnings\n"
              + run);
      result(run);
      return Outcome.ASSESSED;
    }
    assertEquals(Recist.INVALID_INPUT, run.status, () -> "only exit 0 or 2\n" + run);
    assertEquals("", run.out, () -> "not a byte on standard output for a refused file\n" + run);
    List<String> lines = run.errLines();
    assertFalse(lines.isEmpty(), () -> "a refusal says why\n" + run);
    for (String line : lines) {
      assertTrue(PLACED.matcher(line).matches(),
          () -> "each line names its place, then the problem: '" + line + "'\n" + run);
    }
    return Outcome.REFUSED;
  }

  /** The result document of a successful run: {@code recist-result/1}, its subjects an array. */
  static JsonNode result(Cli.Run run) {
    JsonNode doc;
    try {
      doc = STRICT.readTree(run.out);
    } catch (IOException e) {
      return fail("standard output of exit 0 is not JSON: " + e.getMessage() + "\n" + run);
    }
    assertEquals("recist-result/1", doc.path("format").asText(), run::toString);
    assertTrue(doc.path("subjects").isArray(), run::toString);
    return doc;
  }

  /** Asserts that no stack trace and no internal failure shows on either stream. */
  static void assertNoStackTrace(Cli.Run run) {
    assertFalse(run.err.contains("\tat ") || run.out.contains("\tat "),
        () -> "a stack trace\n" + run);
    assertFalse(run.err.contains("recist: internal failure"), () -> "an internal failure\n" + run);
  }
}
