package io.github.recist.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The worked cases of {@code shared/cases/public/} (beside the repository root), each run through
 * {@code recist assess} in-process and compared with its {@code expected} block: each visit's
 * target, non-target, new-lesion and overall response, and the subject's best overall response, its
 * date, confirmation and progression date (only the keys the block gives). A case expecting
 * {@code {"error": true}} must be refused: status 2, nothing on standard output, a line on standard
 * error naming the subject. Without the folder the test is skipped, except under CI ({@code
 * CI=true}), where its absence is a failure.
 */
class PublicCasesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> VISIT_KEYS = List.of("target", "nonTarget", "newLesions", "overall");
  private static final List<String> SUBJECT_KEYS = List.of("bestOverallResponse",
      "bestOverallResponseDate", "confirmed", "progressionDate");

  /** The folder, found from the module (the tests' working directory) or the repository root. */
  static Path folder() {
    for (String candidate : new String[] {"../../shared/cases/public", "../shared/cases/public"}) {
      Path p = Paths.get(candidate);
      if (Files.isDirectory(p)) {
        return p.normalize();
      }
    }
    return null;
  }

  static Stream<String> cases() throws IOException {
    Path folder = folder();
    if (folder == null) {
      return Stream.of("(no shared/cases/public folder)");
    }
    try (Stream<Path> files = Files.list(folder)) {
      List<String> names = files.filter(f -> f.toString().endsWith(".json"))
          .map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
      return names.isEmpty() ? Stream.of("(no case in " + folder + ")") : names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void assessMatchesTheExpectedBlock(String name) throws IOException {
    Path folder = folder();
    if (folder == null || !name.endsWith(".json")) {
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true but the public cases are missing: " + name
            + " (looked for ../../shared/cases/public and ../shared/cases/public)");
      }
      Assumptions.abort("public cases not found beside the repository: " + name);
    }
    Path file = folder.resolve(name);
    JsonNode input = JSON.readTree(file.toFile());
    JsonNode expected = input.get("expected");
    assertNotNull(expected, name + " has no expected block");
    Cli.Run run = Cli.run("assess", file.toString());

    if (expected.path("error").asBoolean(false)) {
      assertEquals(2, run.status, run::toString);
      assertEquals("", run.out, "nothing on standard output for a refused file");
      String subject = input.path("subjects").path(0).path("id").asText();
      assertTrue(run.errLines().stream().anyMatch(l -> l.startsWith(subject + " ")),
          () -> "a line naming subject " + subject + ":\n" + run);
      return;
    }
    assertEquals(0, run.status, run::toString);
    JsonNode subject = JSON.readTree(run.out).get("subjects").get(0);
    Map<String, JsonNode> visits = new HashMap<>();
    subject.get("timepoints").forEach(t -> visits.put(t.get("date").asText(), t));
    for (JsonNode want : expected.path("timepoints")) {
      String date = want.get("date").asText();
      JsonNode got = visits.get(date);
      assertNotNull(got, name + ": no time point " + date + " in\n" + run.out);
      for (Iterator<String> keys = want.fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        if (VISIT_KEYS.contains(key)) {
          assertEquals(want.get(key), got.get(key), name + " " + date + " " + key);
        }
      }
    }
    for (String key : SUBJECT_KEYS) {
      if (expected.has(key)) {
        assertEquals(expected.get(key), subject.get(key), name + " " + key);
      }
    }
  }
}
