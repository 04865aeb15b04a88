package io.github.recist.examples.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered sentences of rules R1–R13 of {@code RECIST-RULES.md}, the names that {@code @Pins}
 * gives them. This is the one place the numbering is written:
 *
 * <ul>
 *   <li>The numbered steps of a rule ({@code 1.}, {@code 2.} … in R6 and R7) are its sentences, in
 *       order: R6.1 … R6.5, R7.1 … R7.5.
 *   <li>Otherwise its bullets ({@code - } at the start of a line) are, in order: R1.1 … R1.3, R4.1,
 *       R12.1 … R12.9. A paragraph that introduces the list ("Decided in this order:", R12's
 *       "These are the semantics of …") is not numbered.
 *   <li>A {@code **Convention**} paragraph that follows a list, at the start of a line, is the next
 *       number: R6.6 (CR before PD) and R6.7 ({@code persistentPartialResponse}).
 *   <li>A rule without a list is numbered by its paragraphs: R2.1, R3.1, R11.1; R9.1 (Table 1, with
 *       its table) and R9.2 (Table 2); R10.1, R10.2, R10.3. A paragraph ends at a blank line, and
 *       also where a line ends a sentence and the next line starts a new one with a capital letter
 *       (R10 is written that way); a table belongs to the paragraph before it.
 * </ul>
 *
 * <p>R14 (iRECIST) has sections of its own and is another issue's: it is not read here.
 */
final class RuleSentences {

  /** The last rule read. */
  static final int LAST_RULE = 13;

  private static final Pattern HEADING = Pattern.compile("^## R(\\d+) .*");
  private static final Pattern STEP = Pattern.compile("^\\d+\\. (.*)");

  /** One numbered sentence: {@code R6.3} and its text, joined on one line. */
  static final class Sentence {
    final String id;
    final String text;

    Sentence(String id, String text) {
      this.id = id;
      this.text = text;
    }

    /** The first words of the text, without Markdown emphasis, for a table. */
    String firstWords(int words) {
      String plain = text.replace("**", "").replace("*", "");
      String[] w = plain.split("\\s+");
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < Math.min(words, w.length); i++) {
        s.append(i == 0 ? "" : " ").append(w[i]);
      }
      return s + (w.length > words ? " …" : "");
    }

    @Override
    public String toString() {
      return id + " " + firstWords(8);
    }
  }

  private RuleSentences() {}

  /**
   * {@code RECIST-RULES.md} of the shared specification beside the repository (looked for from a
   * module's folder and from the repository's), or null when it is not there.
   */
  static Path specification() {
    for (String candidate : new String[] {"../../shared/spec/RECIST-RULES.md",
        "../shared/spec/RECIST-RULES.md"}) {
      Path p = Paths.get(candidate);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  /** The sentences of R1–R13 of the file at {@code path}, in order, by id. */
  static Map<String, Sentence> read(Path path) throws IOException {
    return parse(Files.readAllLines(path));
  }

  /** The sentences of R1–R13 of {@code lines}, in order, by id. */
  static Map<String, Sentence> parse(List<String> lines) {
    Map<String, Sentence> sentences = new LinkedHashMap<>();
    int rule = 0;
    List<String> section = new ArrayList<>();
    for (String line : lines) {
      Matcher h = HEADING.matcher(line);
      if (h.matches() || line.startsWith("## ")) {
        if (rule >= 1 && rule <= LAST_RULE) {
          number(rule, section, sentences);
        }
        rule = h.matches() ? Integer.parseInt(h.group(1)) : 0;
        section.clear();
      } else {
        section.add(line);
      }
    }
    if (rule >= 1 && rule <= LAST_RULE) {
      number(rule, section, sentences);
    }
    return Collections.unmodifiableMap(sentences);
  }

  private static void number(int rule, List<String> lines, Map<String, Sentence> out) {
    boolean list = lines.stream().anyMatch(l -> l.startsWith("- ") || STEP.matcher(l).matches());
    List<String> items = list ? listItems(lines) : paragraphs(lines);
    for (int i = 0; i < items.size(); i++) {
      String id = "R" + rule + "." + (i + 1);
      out.put(id, new Sentence(id, items.get(i)));
    }
  }

  /** The items of a rule with a list, and the Convention paragraphs after it. */
  private static List<String> listItems(List<String> lines) {
    List<String> items = new ArrayList<>();
    StringBuilder current = null;
    boolean inList = false;
    for (String line : lines) {
      Matcher step = STEP.matcher(line);
      if (line.startsWith("- ") || step.matches()) {
        current = start(items, current, line.startsWith("- ") ? line.substring(2) : step.group(1));
        inList = true;
      } else if (inList && line.startsWith("**Convention")) {
        current = start(items, current, line);
      } else if (line.isBlank()) {
        current = start(items, current, null);
      } else if (current != null) {
        current.append(' ').append(line.strip());
      }
    }
    start(items, current, null);
    return items;
  }

  /** The paragraphs of a rule without a list. */
  private static List<String> paragraphs(List<String> lines) {
    List<String> items = new ArrayList<>();
    StringBuilder current = null;
    String previous = "";
    for (String line : lines) {
      if (line.isBlank()) {
        previous = line;
        continue; // a blank line ends a paragraph, unless a table follows (below)
      }
      boolean table = line.startsWith("|");
      boolean newSentenceLine = previous.matches(".*[.:]$") && line.matches("^(\\*\\*)?[A-Z].*");
      if (table && current != null) {
        // a table belongs to the paragraph before it
      } else if (current == null || previous.isBlank() || newSentenceLine) {
        current = start(items, current, line.strip());
        previous = line;
        continue;
      }
      current.append(' ').append(line.strip());
      previous = table ? "" : line;
    }
    start(items, current, null);
    return items;
  }

  /** Ends {@code current} (when there is one) into {@code items}; a new one of {@code text}, or null. */
  private static StringBuilder start(List<String> items, StringBuilder current, String text) {
    if (current != null) {
      items.add(current.toString());
    }
    return text == null ? null : new StringBuilder(text);
  }
}
