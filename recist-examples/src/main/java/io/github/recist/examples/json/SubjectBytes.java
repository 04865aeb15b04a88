package io.github.recist.examples.json;

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

  SubjectBytes(CaseSource source) {
    this.source = source;
  }

  /** The JSON value from byte {@code start} of the file up to {@code end} (exclusive), as a tree. */
  JsonNode tree(long start, long end) throws IOException {
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
    position = end;
    if (bytes.length != end - start) {
      throw new IOException(source.name() + " changed while it was read (it ends at byte "
          + (start + bytes.length) + ", the subject at byte " + end + ")");
    }
    try (JsonParser p = Json.FACTORY.createParser(bytes)) {
      p.nextToken();
      return trees.read(p);
    }
  }

  @Override
  public void close() throws IOException {
    if (in != null) {
      in.close();
      in = null;
    }
  }
}
