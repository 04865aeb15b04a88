package io.github.recist.examples.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link PinnedTests}: how the {@code @Pins} of a source file are read. */
class PinnedTestsTest {

  private static List<String> pins(String source) {
    return PinnedTests.pins("ExampleTest", source).stream().map(Object::toString)
        .collect(Collectors.toList());
  }

  @Test
  void eachValueIsNamedAfterTheMethodItMarks() {
    String source = "class ExampleTest {\n"
        + "  @Pins(\"R6.3\")\n  @Test\n  void R6_progression() {}\n"
        + "  @Test\n  @Pins({\"R12.2\", \"R12.5\"})\n  void R12_confirmed() {}\n}\n";
    assertEquals(List.of("R6.3 by ExampleTest.R6_progression", "R12.2 by ExampleTest.R12_confirmed",
        "R12.5 by ExampleTest.R12_confirmed"), pins(source));
  }

  @Test
  void aClassAnnotationNamesTheClassAndANestedClassItsName() {
    assertEquals(List.of("R9.1 by ExampleTest"), pins("@Pins(\"R9.1\")\nclass ExampleTest {}\n"));
    assertEquals(List.of("R9.2 by ExampleTest.Nested"),
        pins("class ExampleTest {\n  @Pins(\"R9.2\")\n  class Nested {}\n}\n"));
  }

  @Test
  void annotationsInCommentsAreNotPins() {
    String source = "/**\n * Marks a test, for example {@code @Pins(\"R6.3\")}.\n */\n"
        + "// @Pins(\"R1.1\")\nclass ExampleTest {\n  /** See {@code @Pins(\"R2.1\")}. */\n"
        + "  @Pins(\"R3.1\")\n  void R3() {}\n}\n";
    assertEquals(List.of("R3.1 by ExampleTest.R3"), pins(source));
  }

  @Test
  void annotationsInStringLiteralsAreNotPins() {
    String source = "class ExampleTest {\n  String s = \"@Pins({\\\"R1.1\\\"})\";\n}\n";
    assertEquals(List.of(), pins(source));
  }

  @Test
  void theNumberingOfAShortRuleText() {
    List<String> lines = List.of("## R1 One", "- first", "  continued.", "- second",
        "## R2 Two", "A paragraph.", "Another one starts here.", "", "## R3 Three", "Intro:",
        "1. step", "2. step", "**Convention:** after the list.", "", "## R14 Not read", "- x");
    assertEquals(List.of("R1.1", "R1.2", "R2.1", "R2.2", "R3.1", "R3.2", "R3.3"),
        List.copyOf(RuleSentences.parse(lines).keySet()));
    assertEquals("first continued.", RuleSentences.parse(lines).get("R1.1").text);
  }
}
