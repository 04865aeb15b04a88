package io.github.recist.examples.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code @Pins} annotations of the test sources of both modules, read as text: which test pins
 * which rule sentence.
 */
final class PinnedTests {

  /** The test sources of both modules, from the folder of {@code recist-examples}. */
  static final List<Path> SOURCES = List.of(Paths.get("../recist-core/src/test/java"),
      Paths.get("src/test/java"));

  private static final Pattern PINS = Pattern.compile("@Pins\\(\\s*(\\{[^}]*\\}|\"[^\"]*\")\\s*\\)");
  private static final Pattern VALUE = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern DECLARATION =
      Pattern.compile("\\bvoid\\s+(\\w+)\\s*\\(|\\b(?:class|interface|enum|record)\\s+(\\w+)");

  /** One value of one annotation: the sentence named, and the test that names it. */
  static final class Pin {
    final String sentence;
    final String test;

    Pin(String sentence, String test) {
      this.sentence = sentence;
      this.test = test;
    }

    @Override
    public String toString() {
      return sentence + " by " + test;
    }
  }

  private PinnedTests() {}

  /** Every pin of the test sources under {@link #SOURCES}, in file order, files sorted by name. */
  static List<Pin> read() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : SOURCES) {
      try (Stream<Path> walk = Files.walk(root)) {
        files.addAll(walk.filter(p -> p.toString().endsWith(".java")).sorted()
            .collect(Collectors.toList()));
      }
    }
    List<Pin> pins = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString().replace(".java", "");
      pins.addAll(pins(name, Files.readString(f)));
    }
    return pins;
  }

  /**
   * The pins of one source file: each value of each {@code @Pins} that is not in a comment, named
   * {@code File.method} after the method it marks (or {@code File} for a class).
   */
  static List<Pin> pins(String file, String source) {
    List<Pin> pins = new ArrayList<>();
    Matcher m = PINS.matcher(source);
    while (m.find()) {
      if (inComment(source, m.start())) {
        continue;
      }
      Matcher d = DECLARATION.matcher(source);
      String test = file;
      if (d.find(m.end())) {
        test = d.group(1) != null ? file + "." + d.group(1) : file + "." + d.group(2);
        if (d.group(2) != null && d.group(2).equals(file)) {
          test = file;
        }
      }
      Matcher v = VALUE.matcher(m.group(1));
      while (v.find()) {
        pins.add(new Pin(v.group(1), test));
      }
    }
    return pins;
  }

  /**
   * Whether {@code index} lies in a comment ({@code //}, or a Javadoc or block line {@code *}) or in
   * a string literal of its line.
   */
  private static boolean inComment(String source, int index) {
    int lineStart = source.lastIndexOf('\n', index) + 1;
    String before = source.substring(lineStart, index).strip();
    int quotes = 0;
    for (int i = 0; i < before.length(); i++) {
      if (before.charAt(i) == '"' && (i == 0 || before.charAt(i - 1) != '\\')) {
        quotes++;
      }
    }
    return before.startsWith("*") || before.startsWith("//") || before.startsWith("/*")
        || before.contains("{@code") || before.contains("//") || quotes % 2 == 1;
  }

  /** For messages: the pins of {@link #read()}, never failing. */
  static List<Pin> readUnchecked() {
    try {
      return read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
