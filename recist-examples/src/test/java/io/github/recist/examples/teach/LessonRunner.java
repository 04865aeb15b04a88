package io.github.recist.examples.teach;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * Runs a JShell script ({@code .jsh}) the way the {@code jshell} tool reads it, or the code cells of
 * a Jupyter notebook ({@code .ipynb}) the way the JJava kernel evaluates them, through the {@code
 * jdk.jshell} API with this build's classes on the class path; fails at the first snippet that does
 * not compile, throws, or stays unresolved, and returns what the lesson printed.
 *
 * <p>Both run on the local execution engine, in this JVM, as JJava runs its cells. The local engine
 * writes to {@link System#out} rather than to the builder's stream, so output is captured by
 * swapping {@code System.out} while a snippet runs (tests in this module run one at a time).
 */
final class LessonRunner {

  /**
   * The imports of the {@code jshell} tool's DEFAULT start-up, in effect in every script run by
   * {@code jshell file.jsh}; reproduced so that a script clashing with them fails here too.
   */
  static final List<String> JSHELL_DEFAULT_IMPORTS = List.of(
      "java.io.*", "java.math.*", "java.net.*", "java.nio.file.*", "java.util.*",
      "java.util.concurrent.*", "java.util.function.*", "java.util.prefs.*", "java.util.regex.*",
      "java.util.stream.*");

  /**
   * Stands in for JJava's {@code display(Object, String...)} (org.dflib.jjava's runtime Display),
   * which is not on the test class path: prints the MIME types and the content between markers.
   */
  static final String DISPLAY_STUB = "String display(Object o, String... mimeTypes) {\n"
      + "  System.out.println(\"<display \" + String.join(\" \", mimeTypes) + \">\");\n"
      + "  System.out.println(o);\n"
      + "  System.out.println(\"</display>\");\n"
      + "  return \"display-stub\";\n"
      + "}\n";

  /** The JJava line magics that put libraries on the class path; here the build's classes are there already. */
  static final Set<String> CLASS_PATH_MAGICS = Set.of(
      "maven", "addMavenDependency", "addMavenDependencies", "mavenRepo", "addMavenRepo", "jars",
      "classpath");

  private static final Pattern LINE_MAGIC = Pattern.compile("^\\s*%(\\w+)(.*)$");

  private LessonRunner() {}

  /**
   * What a lesson printed, the line magics its notebook used (none for a script), and what each
   * code cell of a notebook printed, in order (none for a script).
   */
  record Transcript(String output, List<String> magics, List<String> cells) {}

  /**
   * Runs {@code script} line by line as the {@code jshell} tool does: lines gather until they form
   * complete source, which is then evaluated, so a line starting with {@code .} begins a new
   * statement. A lesson leaves the student in JShell with its variables: any command, {@code /exit}
   * included, fails.
   */
  static Transcript runScript(Path script) {
    try (Session session = new Session()) {
      session.paste(readLines(script), script.getFileName().toString());
      return new Transcript(session.output(), List.of(), List.of());
    }
  }

  /**
   * Pastes {@code lines} into a fresh JShell as a user would (as {@link #runScript} reads a
   * script), then evaluates each of {@code expressions} in the same session and returns their
   * values as JShell shows them.
   */
  static List<String> paste(List<String> lines, String name, List<String> expressions) {
    try (Session session = new Session()) {
      session.paste(lines, name);
      List<String> values = new ArrayList<>();
      for (String e : expressions) {
        values.add(session.value(e, name + " check"));
      }
      return values;
    }
  }

  /**
   * Runs every code cell of {@code notebook} in order as JJava does: line magics first (class-path
   * magics are skipped, any other fails), then the whole cell as a sequence of snippets. JJava's
   * {@code display(Object, String...)} is replaced by {@link #DISPLAY_STUB}.
   */
  static Transcript runNotebook(Path notebook) {
    List<String> magics = new ArrayList<>();
    List<String> cells = codeCells(notebook);
    List<String> printed = new ArrayList<>();
    try (Session session = new Session()) {
      session.evalAll(DISPLAY_STUB, notebook.getFileName() + " display stub");
      for (int c = 0; c < cells.size(); c++) {
        String where = notebook.getFileName() + " code cell " + (c + 1);
        StringBuilder code = new StringBuilder();
        for (String line : cells.get(c).split("\n", -1)) {
          Matcher m = LINE_MAGIC.matcher(line);
          if (line.strip().startsWith("%%")) {
            fail(where + ": cell magic " + line.strip() + " is not supported in lessons");
          } else if (m.matches()) {
            if (!CLASS_PATH_MAGICS.contains(m.group(1))) {
              fail(where + ": line magic %" + m.group(1) + " is not supported in lessons");
            }
            magics.add("%" + m.group(1) + m.group(2));
            code.append('\n');
          } else {
            code.append(line).append('\n');
          }
        }
        int before = session.output().length();
        session.evalAll(code.toString(), where);
        printed.add(session.output().substring(before));
      }
      return new Transcript(session.output(), List.copyOf(magics), List.copyOf(printed));
    }
  }

  /** The notebook as JSON, checked to be nbformat 4. */
  static JsonNode readNotebook(Path notebook) {
    try {
      return new ObjectMapper().readTree(notebook.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(notebook + " is not JSON", e);
    }
  }

  /** The sources of the code cells, in order. */
  static List<String> codeCells(Path notebook) {
    List<String> cells = new ArrayList<>();
    for (JsonNode cell : readNotebook(notebook).path("cells")) {
      if ("code".equals(cell.path("cell_type").asText())) {
        cells.add(source(cell));
      }
    }
    return cells;
  }

  /** A cell's source, which nbformat allows as one string or as a list of lines. */
  static String source(JsonNode cell) {
    JsonNode source = cell.path("source");
    if (source.isTextual()) {
      return source.asText();
    }
    StringBuilder s = new StringBuilder();
    source.forEach(line -> s.append(line.asText()));
    return s.toString();
  }

  /** The class path of this test run; Surefire's manifest-only jar hides it from java.class.path. */
  static String testClassPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }

  private static boolean isCommand(String line) {
    return line.startsWith("/") && !line.startsWith("//") && !line.startsWith("/*");
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One JShell with the test class path, whose snippets' output is captured. */
  private static final class Session implements AutoCloseable {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    private final JShell shell;

    Session() {
      this.shell = JShell.builder().executionEngine("local").out(capture).err(capture).build();
      for (String entry : testClassPath().split(File.pathSeparator)) {
        if (!entry.isEmpty()) {
          shell.addToClasspath(entry);
        }
      }
    }

    SourceCodeAnalysis analysis() {
      return shell.sourceCodeAnalysis();
    }

    /** Pastes {@code lines} with the jshell tool's default imports in effect; fails at a command. */
    void paste(List<String> lines, String name) {
      for (String imp : JSHELL_DEFAULT_IMPORTS) {
        evalAll("import " + imp + ";", name + " start-up");
      }
      StringBuilder pending = new StringBuilder();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        String where = name + ":" + (i + 1);
        if (pending.length() == 0 && isCommand(line)) {
          fail(where + ": command " + line.strip() + " is not supported in lessons: a lesson "
              + "leaves the student in JShell with its variables");
        }
        pending.append(line).append('\n');
        Completeness c = analysis().analyzeCompletion(pending.toString()).completeness();
        if (c.isComplete() || c == Completeness.EMPTY) {
          evalAll(pending.toString(), where);
          pending.setLength(0);
        }
      }
      if (!pending.toString().isBlank()) {
        fail(name + ": incomplete source at the end: " + pending);
      }
    }

    /** The value of the expression {@code expression}, as JShell shows it. */
    String value(String expression, String where) {
      PrintStream out = System.out;
      List<SnippetEvent> events;
      System.setOut(capture);
      try {
        events = shell.eval(expression);
      } finally {
        System.setOut(out);
      }
      for (SnippetEvent e : events) {
        check(e, expression, where);
      }
      return events.get(events.size() - 1).value();
    }

    /** Evaluates every snippet of {@code source}, failing at the first that is not clean. */
    void evalAll(String source, String where) {
      String remaining = source;
      while (!remaining.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = analysis().analyzeCompletion(remaining);
        if (info.completeness() == Completeness.EMPTY) {
          return;
        }
        if (!info.completeness().isComplete()) {
          fail(where + ": incomplete source: " + remaining.strip());
        }
        eval(info.source(), where);
        remaining = info.remaining();
      }
    }

    private void eval(String snippet, String where) {
      PrintStream out = System.out;
      PrintStream err = System.err;
      List<SnippetEvent> events;
      System.setOut(capture);
      System.setErr(capture);
      try {
        events = shell.eval(snippet);
      } finally {
        System.setOut(out);
        System.setErr(err);
      }
      for (SnippetEvent e : events) {
        check(e, snippet, where);
      }
    }

    private void check(SnippetEvent e, String snippet, String where) {
      String at = where + ":\n" + snippet.strip() + "\n";
      Snippet s = e.snippet();
      if (e.status() == Snippet.Status.REJECTED) {
        fail(at + "does not compile: " + shell.diagnostics(s)
            .map(d -> d.getMessage(null)).collect(Collectors.joining("; "))
            + "\noutput so far:\n" + output());
      }
      if (e.status() == Snippet.Status.RECOVERABLE_DEFINED
          || e.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
        fail(at + "is unresolved (" + e.status() + "), missing: "
            + shell.unresolvedDependencies((DeclarationSnippet) s).collect(Collectors.toList()));
      }
      if (e.exception() != null) {
        Throwable x = e.exception();
        String name = x instanceof EvalException ? ((EvalException) x).getExceptionClassName()
            : x.getClass().getName();
        AssertionError error = new AssertionError(at + "throws " + name + ": " + x.getMessage()
            + "\noutput so far:\n" + output(), x);
        throw error;
      }
    }

    String output() {
      return buffer.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
      shell.close();
    }
  }
}
