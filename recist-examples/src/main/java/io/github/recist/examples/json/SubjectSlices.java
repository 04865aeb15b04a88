package io.github.recist.examples.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.recist.examples.source.SubjectPipeline;
import io.github.recist.model.Subject;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds each subject of a UTF-8 case file's {@code subjects} array in the file's bytes, without
 * parsing it, so that the pipeline's worker threads parse, check, assess and render the subjects
 * while the reading thread only finds where each begins and ends: issue 14 (several threads,
 * whole process).
 *
 * <p>It looks at the bytes only as far as it must to find where a subject ends (strings, their
 * escapes, and the nesting of objects and arrays), and takes only what it is sure of: an array of
 * objects separated by commas and JSON white space, nested at most {@value #MAX_DEPTH} levels, the
 * document closed right after the array. At the first thing it is not sure of (a subject that is
 * not an object, anything else between subjects, the end of the file inside the array, another
 * top-level field after it) it stops and says at which subject; {@link CaseReader} then goes on
 * from there with the file's own parser, which reports what is wrong exactly as it always did.
 * A worker that cannot read a subject from its bytes alone (a syntax error in it, a repeated key)
 * makes the pipeline stop there in the same way ({@link SubjectPipeline.Declined}).
 */
final class SubjectSlices {

  /**
   * Nesting, counted from the subject's own object, beyond which a subject is left to the file's
   * parser: far below Jackson's limit, so that a subject read alone never passes a depth check
   * that it would fail inside the file.
   */
  static final int MAX_DEPTH = 64;

  /** The bytes read at once: below the size at which a collector treats an array as huge. */
  static final int BLOCK = 256 * 1024;

  /** Receives each subject found, with its 1-based number in the file. */
  @FunctionalInterface
  interface Sink {
    void subject(Slice subject, int number) throws IOException;
  }

  /**
   * One subject's bytes, from its {@code {} to its {@code }}, in a block that is never written
   * again: the raw subject the pipeline hands to a worker.
   */
  static final class Slice {
    final byte[] bytes;
    final int offset;
    final int length;

    Slice(byte[] bytes, int offset, int length) {
      this.bytes = bytes;
      this.offset = offset;
      this.length = length;
    }
  }

  /** What a scan found: where the file's parser goes on ({@link #resumeAt}), or a clean end. */
  static final class Outcome {
    /** The subjects handed to the sink. */
    final int subjects;
    /**
     * The number of the subject at which the file's parser goes on, having skipped those before
     * it; {@code subjects + 1} to go on after the last of them; 0 when the array and the document
     * ended cleanly right after the subjects (nothing is left to read).
     */
    final int resumeAt;

    Outcome(int subjects, int resumeAt) {
      this.subjects = subjects;
      this.resumeAt = resumeAt;
    }
  }

  private final InputStream in;
  private final int block;
  private byte[] buf;
  private int pos;
  private int limit;
  private boolean eof;
  /** Where the subject being scanned starts in the block: 0 once carried over to a new one. */
  private int subjectStart;

  /** A scanner of {@code in}, which stands at the {@code [} of the subjects array. */
  SubjectSlices(InputStream in) {
    this(in, BLOCK);
  }

  /** A scanner that reads {@code block} bytes at a time (tests: subjects across blocks). */
  SubjectSlices(InputStream in, int block) {
    this.in = in;
    this.block = block;
    this.buf = new byte[0];
  }

  /**
   * Hands each subject of the array to {@code sink}, numbered from 1, until the array ends or the
   * scanner is not sure of what follows.
   */
  Outcome scan(Sink sink) throws IOException {
    int number = 0;
    if (skipWhiteSpace() != '[') {
      return new Outcome(0, 1); // not where the file's parser found the array: leave it all to it
    }
    int c = skipWhiteSpace();
    if (c == ']') {
      return new Outcome(0, endOfDocument() ? 0 : 1);
    }
    while (true) {
      if (c != '{') {
        return new Outcome(number, number + 1);
      }
      Slice subject = subject(pos - 1);
      if (subject == null) {
        return new Outcome(number, number + 1);
      }
      number++;
      sink.subject(subject, number);
      c = skipWhiteSpace();
      if (c == ']') {
        return new Outcome(number, endOfDocument() ? 0 : number + 1);
      }
      if (c != ',') {
        return new Outcome(number, number + 1);
      }
      c = skipWhiteSpace();
    }
  }

  /**
   * The object that starts at {@code start} of the block, the scanner then just after it; null when
   * the file ends first or it nests too deep. The block may be replaced on the way: the object's
   * bytes are then carried over to the start of the new one.
   *
   * <p>It reads eight bytes at a time ({@link #word}): which of them are quotes, and which are
   * brackets outside strings, found with a few arithmetic operations on the eight as one {@code
   * long}, without a branch per byte. Where those eight hold a backslash, or may hold the
   * subject's end or a nesting too deep, and at the end of a block, it goes byte by byte
   * ({@link #bytes}).
   */
  private Slice subject(int start) throws IOException {
    subjectStart = start;
    int depth = 1;
    // whether the scan is inside a string: all ones, or zero
    long inString = 0;
    int i = pos;
    while (true) {
      if (i + Long.BYTES <= limit) {
        long w = (long) WORD.get(buf, i);
        if (bytesEqual(w, '\\') == 0) {
          // for each byte, bit 7: whether the quotes up to it (with the string the eight start
          // in) are odd, i.e. it is inside a string
          long quotes = bytesEqual(w, '"');
          long strings = quotes ^ (quotes << 8);
          strings ^= strings << 16;
          strings ^= strings << 32;
          strings ^= inString;
          // '{' and '[' are both '{' with bit 5 set, '}' and ']' both '}'
          long lower = w | LOWER;
          long opens = bytesEqual(lower, '{') & ~strings;
          long closes = bytesEqual(lower, '}') & ~strings;
          int opened = Long.bitCount(opens);
          int closed = Long.bitCount(closes);
          if (closed < depth && depth + opened <= MAX_DEPTH) {
            depth += opened - closed;
            inString = strings >> 63; // the last byte's bit 7: all ones inside a string
            i += Long.BYTES;
            continue;
          }
        }
      } else if (i >= limit && (i = refill(i)) < 0) {
        return null;
      } else if (i + Long.BYTES <= limit) {
        continue; // the new block has eight bytes from i
      }
      // byte by byte, the next eight bytes from here (or up to the end of the block)
      int end = Math.min(i + Long.BYTES, limit);
      while (i < end) {
        int b = buf[i++];
        if (inString != 0) {
          if (b == '"') {
            inString = 0;
          } else if (b == '\\') {
            if (i >= limit && (i = refill(i)) < 0) {
              return null;
            }
            i++; // the escaped character, a quote or not
            break; // the block may have been replaced: on from i as from the loop's start
          }
        } else if (b == '"') {
          inString = -1L;
        } else if ((b | 0x20) == '{') {
          if (++depth > MAX_DEPTH) {
            return null;
          }
        } else if ((b | 0x20) == '}' && --depth == 0) {
          pos = i;
          return new Slice(buf, subjectStart, i - subjectStart);
        }
      }
    }
  }

  /** Eight bytes of a block as one little-endian {@code long}: the first byte the lowest. */
  private static final VarHandle WORD =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Bit 5 in each of eight bytes. */
  private static final long LOWER = 0x2020_2020_2020_2020L;

  private static final long LOW_BITS = 0x7F7F_7F7F_7F7F_7F7FL;

  /** 1 in each of eight bytes. */
  private static final long ONES = 0x0101_0101_0101_0101L;

  /**
   * The bytes of {@code w} equal to {@code ascii}: bit 7 set in each such byte, all else zero;
   * exact (no carry from one byte into the next).
   */
  private static long bytesEqual(long w, int ascii) {
    long x = w ^ (ascii * ONES); // the bytes equal to ascii now zero
    return ~(((x & LOW_BITS) + LOW_BITS) | x | LOW_BITS);
  }

  /**
   * At the end of the block at {@code i}: reads more, carrying the subject being scanned over;
   * where {@code i}'s byte now is, or -1 at the end of the file.
   */
  private int refill(int i) throws IOException {
    pos = i;
    if (!more(subjectStart)) {
      return -1;
    }
    subjectStart = 0;
    return pos;
  }

  /**
   * Reads more of the file into a new block, carrying over the bytes from {@code keep} on (a
   * subject not yet ended) to its start; {@link #pos} keeps its place in them. False at the end of
   * the file. The old block is never written again: subjects handed on still read it.
   */
  private boolean more(int keep) throws IOException {
    if (eof) {
      return false;
    }
    int kept = limit - keep;
    byte[] next = new byte[Math.max(block, kept * 2)];
    System.arraycopy(buf, keep, next, 0, kept);
    pos -= keep;
    buf = next;
    limit = kept;
    int n = in.readNBytes(buf, limit, buf.length - limit);
    if (n <= 0) {
      eof = true;
      return false;
    }
    limit += n;
    return true;
  }

  /** The next byte that is not JSON white space, consumed; -1 at the end of the file. */
  private int skipWhiteSpace() throws IOException {
    while (true) {
      if (pos >= limit && !more(limit)) {
        return -1;
      }
      byte b = buf[pos++];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return b;
      }
    }
  }

  /** Whether the rest of the file, after the array, is the document's {@code }} and white space. */
  private boolean endOfDocument() throws IOException {
    return skipWhiteSpace() == '}' && skipWhiteSpace() == -1;
  }

  /**
   * Reads one subject from its bytes alone, on any thread: the subject, built by {@code reader}
   * without a tree; or, when that reader does not take it, its tree for {@link SubjectParser}; or
   * null when its bytes alone cannot say (the parser fails in them, a key is repeated, they hold
   * more than one value): the file's parser must read it in its place.
   */
  static Object read(Slice slice, SubjectStreamReader reader, SubjectTreeReader trees) {
    try {
      Subject subject;
      try (JsonParser p = Json.FACTORY.createParser(slice.bytes, slice.offset, slice.length)) {
        // as the file's parser reads a subject: the reader finds the repeated keys it knows
        p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        if (p.nextToken() != JsonToken.START_OBJECT) {
          return null;
        }
        subject = reader.read(p);
        if (p.nextToken() != null) {
          return null;
        }
      }
      if (subject != null) {
        return subject;
      }
      // read again with the check of repeated keys, as the file's reader does
      try (JsonParser p = Json.FACTORY.createParser(slice.bytes, slice.offset, slice.length)) {
        p.nextToken();
        JsonNode tree = trees.read(p);
        if (p.nextToken() != null) {
          return null;
        }
        return tree;
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
