package io.github.recist.examples.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Advice, instead of a parser's words, for a file that is not a {@code recist-case/1} document at
 * all: a table (CSV, tab- or semicolon-separated), XML, a compressed file; JSON with comments; text
 * in no Unicode encoding. Each message says what the file looks like and what {@code recist} reads.
 */
final class FileAdvice {

  /** Where a user learns the format. */
  static final String SEE = "see \"The file format\" in the README; "
      + "recist generate --subjects 1 writes an example";

  /** What the reader reads, for the messages. */
  static final String READS = "recist reads " + CaseReader.FORMAT + " JSON";

  /** A JSON member, {@code "name":}, as the first thing in a file. */
  private static final Pattern JSON_MEMBER = Pattern.compile("\"[^\"\\n]*\"\\s*:");

  /** How much of the head of a file is looked at. */
  private static final int HEAD = 8192;

  /** The advice for bytes in no Unicode encoding, after the parser's own words. */
  static final String NOT_UNICODE = "save the file as UTF-8 (files from Excel or Windows are often "
      + "Windows-1252 or Latin-1)";

  /** The advice for a comment, after the place. */
  static final String COMMENT = "JSON has no comments; remove it (a note can go in the top-level "
      + "field \"why\", which is ignored)";

  private FileAdvice() {}

  /**
   * What the file that {@code source} opens looks like when it is not JSON — {@code "this looks
   * like CSV, not JSON: ..."} — or null when its head does not look like any format known here.
   */
  static String notJson(CaseSource source) {
    byte[] head;
    try (InputStream in = source.open()) {
      head = in.readNBytes(HEAD);
    } catch (IOException e) {
      return null; // the parser has told what it could
    }
    return notJson(head);
  }

  /** As {@link #notJson(CaseSource)}, on the first bytes of the file. */
  static String notJson(byte[] head) {
    if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      return looksLike("a gzip-compressed file", "unpack it first (gunzip); ");
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return looksLike("a zip archive (or an Excel .xlsx workbook)", "unpack or export it first; ");
    }
    if (head.length >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
      return looksLike("a PDF document", "");
    }
    for (byte b : head) {
      if (b == 0) {
        return null; // UTF-16, UTF-32 or binary: the parser tells what it finds
      }
    }
    // ISO-8859-1 maps every byte to one character: enough to look at the ASCII structure.
    String text = new String(head, StandardCharsets.ISO_8859_1);
    if (text.startsWith("\u00ef\u00bb\u00bf")) {
      text = text.substring(3); // a UTF-8 byte-order mark
    }
    String start = text.stripLeading();
    if (start.isEmpty() || start.charAt(0) == '{' || start.charAt(0) == '[') {
      return null;
    }
    if (JSON_MEMBER.matcher(start).lookingAt()) {
      return null; // JSON without its opening brace: the parser's message says where
    }
    if (start.charAt(0) == '<') {
      return looksLike("XML or HTML", "");
    }
    String table = table(start, head.length == HEAD);
    return table == null ? null : looksLike(table, "");
  }

  /**
   * The kind of table {@code text} starts with — {@code "CSV"}, {@code "tab-separated values"},
   * {@code "semicolon-separated values"} — or null: its first line holds a separator, and so does
   * every later complete line, at least one more in all.
   */
  private static String table(String text, boolean cut) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\r\n|\r|\n", -1)) {
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    if (cut && lines.size() > 1) {
      lines.remove(lines.size() - 1); // the last line may be cut short
    }
    if (lines.isEmpty()) {
      return null;
    }
    char[] separators = {'\t', ';', ','};
    String[] names = {"tab-separated values", "semicolon-separated values", "CSV"};
    for (int k = 0; k < separators.length; k++) {
      char c = separators[k];
      boolean all = true;
      for (String line : lines) {
        all &= line.indexOf(c) >= 0;
      }
      if (all) {
        boolean data = lines.get(0).contains("USUBJID");
        return names[k] + (data ? " (an SDTM or ADaM table)" : "");
      }
    }
    return null;
  }

  private static String looksLike(String what, String first) {
    return "this looks like " + what + ", not JSON: " + first + READS + "; " + SEE;
  }
}
