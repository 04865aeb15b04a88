package io.github.recist.examples.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a subject of a UTF-8 case file again, from its bytes, into a tree: for the subjects that
 * {@link SubjectStreamReader} does not take, so that {@link SubjectParser} can say what is wrong
 * with them. The subjects come in file order, so one stream, opened at the first of them, serves
 * them all; a subject before the stream's place opens the file again.
 */
final class SubjectBytes implements Closeable {
  private final CaseSource source;
  private final SubjectTreeReader trees = new SubjectTreeReader();
  private InputStream in;
  private long position;
  private Frames.Place failedAt;

  SubjectBytes(CaseSource source) {
    this.source = source;
  }

  /** The JSON value from byte {@code start} of the file up to {@code end} (exclusive), as a tree. */
  JsonNode tree(long start, long end) throws IOException {
    byte[] bytes = bytes(start, end, true);
    try (JsonParser p = Json.FACTORY.createParser(bytes)) {
      p.nextToken();
      return trees.read(p);
    }
  }

  /**
   * The JSON value that begins at {@code start} (a token's location in the file) and ends before
   * byte {@code end}, as a tree, read with the file's parser settings (a repeated key is an
   * error): for a value the file's parser read without looking for repeated keys. When the parser
   * fails, it throws as the file's parser would have, its location the place in the file, and
   * {@link #failedAt()} says where the reader stood.
   */
  JsonNode tree(JsonLocation start, long end) throws IOException {
    return tree(start, bytes(start.getByteOffset(), end, true));
  }

  private JsonNode tree(JsonLocation start, byte[] bytes) throws IOException {
    failedAt = null;
    try (JsonParser p = Json.FACTORY.createParser(bytes)) {
      try {
        p.nextToken();
        return trees.read(p);
      } catch (JacksonException e) {
        failedAt = trees.place(p);
        throw new JsonParseException(null, e.getOriginalMessage(), inFile(start, e.getLocation()));
      }
    }
  }

  /**
   * The repeated key (the parser's failure, placed in the file) in the bytes from {@code start} (a
   * token's location in the file) up to {@code end}, where the file's parser, reading without
   * looking for repeated keys, failed; null when none comes before. {@link #failedAt()} then says
   * where the reader stood.
   */
  JacksonException repeatedKeyBefore(JsonLocation start, long end) throws IOException {
    try {
      tree(start, bytes(start.getByteOffset(), Math.max(end, start.getByteOffset()), false));
      return null;
    } catch (JacksonException e) {
      return e.getOriginalMessage().startsWith("Duplicate field '") ? e : null;
    }
  }

  /** Where the reader stood when the last {@link #tree(JsonLocation, long)} failed. */
  Frames.Place failedAt() {
    return failedAt;
  }

  /** {@code at}, a location in bytes read from {@code start} on, as a location in the file. */
  private static JsonLocation inFile(JsonLocation start, JsonLocation at) {
    if (at == null || at.getLineNr() < 0) {
      return start;
    }
    int line = at.getLineNr();
    return new JsonLocation(start.contentReference(), start.getByteOffset() + at.getByteOffset(),
        -1L, start.getLineNr() + line - 1,
        line == 1 ? start.getColumnNr() + at.getColumnNr() - 1 : at.getColumnNr());
  }

  /** The bytes from {@code start} to {@code end}; {@code exact}: all of them, else as many as the file has. */
  private byte[] bytes(long start, long end, boolean exact) throws IOException {
    if (end - start > Integer.MAX_VALUE - 8) {
      throw new IOException(source.name() + ": a subject of " + (end - start)
          + " bytes is too large to be reported on");
    }
    if (in == null || position > start) {
      close();
      in = source.open();
      position = 0;
    }
    in.skipNBytes(start - position);
    byte[] bytes = in.readNBytes((int) (end - start));
    position = start + bytes.length;
    if (exact && bytes.length != end - start) {
      throw new IOException(source.name() + " changed while it was read (it ends at byte "
          + (start + bytes.length) + ", the subject at byte " + end + ")");
    }
    return bytes;
  }

  @Override
  public void close() throws IOException {
    if (in != null) {
      in.close();
      in = null;
    }
  }
}
