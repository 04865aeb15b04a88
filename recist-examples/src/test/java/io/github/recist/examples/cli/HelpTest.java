package io.github.recist.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command's help is rendered as written: picocli formats the descriptions (a bare {@code %}
 * in one breaks that, and picocli then warns on the process's standard error and prints the text
 * raw).
 */
class HelpTest {

  @ParameterizedTest
  @ValueSource(strings = {"assess", "validate", "report", "generate", "demo", "sdtm"})
  void helpIsRenderedWithoutWarnings(String command) {
    PrintStream saved = System.err;
    ByteArrayOutputStream process = new ByteArrayOutputStream();
    Cli.Run run;
    try {
      System.setErr(new PrintStream(process, true, StandardCharsets.UTF_8));
      run = Cli.run(command, "--help");
    } finally {
      System.setErr(saved);
    }
    assertEquals(0, run.status, run::toString);
    String warnings = process.toString(StandardCharsets.UTF_8);
    assertEquals("", warnings, () -> command + " --help: " + warnings);
    assertFalse(run.out.contains("%n"), run.out);
  }
}
