package io.github.recist.examples.json;

import io.github.recist.examples.json.ResultWriter.Rendered;
import io.github.recist.examples.json.ResultWriter.Run;
import io.github.recist.examples.source.SubjectPipeline;
import io.github.recist.model.Diameter;
import io.github.recist.result.PercentChange;
import io.github.recist.result.Reason;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The bytes that a renderer of subjects writes into, and what both of this project's renderers
 * write there: the JSON of {@link ResultWriter.SubjectRenderer} and the text report of {@code
 * recist assess --format text} (issue 14: one place for the buffer, its room made once per block
 * and its runs shared between subjects, for whole numbers, millimetres, percentages and dates as
 * digits, for text in UTF-8, escaped for JSON or not, and for the {@link Reason.Sink} that renders a
 * reason's sentence straight into the buffer). Not thread-safe: one renderer per thread.
 *
 * <p>A subclass makes room ({@link #ensure}) once for a block of what it writes, as its most bytes,
 * then puts the pieces into it unchecked ({@link #put(byte[])}, {@link #number}, {@link
 * #dateDigits}...); text of unknown length makes its own room ({@link #escaped}, {@link #utf8}).
 */
public abstract class ByteRenderer {

  /** The buffer: the subject being rendered from {@link #start} to {@link #len}. */
  protected byte[] buf = new byte[1 << 14];
  /** The end of what was written into {@link #buf}. */
  protected int len;
  /** Where the subject being rendered starts in {@link #buf}: 0 but in a shared run. */
  protected int start;
  /**
   * Whether {@link #buf} holds bytes handed out by {@link #endShared}, never to be written over: a
   * subject rendered otherwise then gets a new buffer.
   */
  private boolean shared;
  /** The run that {@link #buf} is, between {@link #startShared} and {@link #endShared}. */
  private Run run;
  /** The runs this renderer reuses, when every subject in them was written. */
  private final Run[] runs = new Run[RUNS];
  /** Where {@link #runs} is looked at first for the next run. */
  private int nextRun;
  /** The size of a run of bytes that subjects rendered into shared runs share. */
  private static final int RUN = 1 << 18;
  /** About the bytes of a generated subject in the specified output (3.9 KB). */
  private static final int SUBJECT_BYTES = 4 << 10;
  /**
   * The runs a renderer keeps for reuse: half as many again as the subjects a worker has in flight
   * take ({@link SubjectPipeline#BATCHES_PER_WORKER} batches of {@link SubjectPipeline#BATCH}, about
   * {@link #SUBJECT_BYTES} each: 12 runs), so that a worker seldom needs a new run while the reading
   * thread has not yet written its old ones; a new run is a new 256 KB array to clear.
   */
  private static final int RUNS =
      SubjectPipeline.BATCHES_PER_WORKER * SubjectPipeline.BATCH * SUBJECT_BYTES / RUN * 3 / 2;
  /** The space a run must still have for the next subject; else the next starts a new run. */
  private static final int RUN_SPACE = 1 << 14;

  /**
   * The room after a sentence for what a renderer puts there unchecked: in JSON the closing quote,
   * the line break and indentation, and the next opening quote or the array's end; in the text
   * report the line break.
   */
  protected static final int AFTER_SENTENCE = 64;

  /**
   * The most bytes that a number takes ({@link #number}, {@link #millimetres}, {@link
   * #oneDecimal}), and a date in quotes (a year beyond 9999 included): what a subclass makes room
   * for, for each.
   */
  protected static final int NUMBER = 24;
  protected static final int DATE = 18;

  /** Where a reason renders its sentence: straight into {@link #buf}. */
  protected final Reason.Sink sentence;

  /**
   * A renderer whose reasons' sentences ({@link #sentence}) have the text of their values escaped
   * as in a JSON string ({@code json}), or in plain UTF-8.
   */
  protected ByteRenderer(boolean json) {
    sentence = new Sentence(json);
  }

  // where the subject goes

  /** Starts a subject at the beginning of the buffer, a new one if bytes of it were handed out. */
  protected final void startAlone() {
    if (shared) {
      buf = new byte[1 << 14];
      shared = false;
      run = null;
    }
    len = 0;
    start = 0;
  }

  /**
   * Starts a subject in a run of bytes shared with the subjects this renderer rendered before it
   * and will render after it, so that no array is made and filled per subject (issue 14): for
   * worker threads that render subjects for another thread to write in order ({@link
   * Rendered#writeTo}). {@link #endShared} hands it out.
   */
  protected final void startShared() {
    if (!shared || buf.length - len < RUN_SPACE) {
      nextRun();
    }
    start = len;
  }

  /** The subject rendered since {@link #startShared}, in its run. */
  protected final Rendered endShared() {
    run.rendered++;
    Rendered r = new Rendered(run, start, len - start);
    start = len;
    return r;
  }

  /**
   * Goes on in a run whose subjects were all written, or in a new one, kept for reuse in place of
   * the one longest kept.
   */
  private void nextRun() {
    Run next = null;
    for (int i = 0; i < RUNS && next == null; i++) {
      Run r = runs[(nextRun + i) % RUNS];
      if (r != null && r != run && r.written.get() == r.rendered) {
        next = r;
        nextRun = (nextRun + i + 1) % RUNS;
      }
    }
    if (next == null) {
      next = new Run(new byte[RUN]);
      runs[nextRun] = next;
      nextRun = (nextRun + 1) % RUNS;
    }
    run = next;
    buf = next.bytes;
    len = 0;
    shared = true;
  }

  /** Makes room for {@code more} bytes after {@link #len}. */
  protected final void ensure(int more) {
    if (len + more > buf.length) {
      grow(more);
    }
  }

  /**
   * A larger buffer, with the subject being rendered at its start: the bytes before it, handed
   * out by {@link #endShared}, stay where they are.
   */
  private void grow(int more) {
    int kept = len - start;
    byte[] larger = new byte[Math.max(shared ? RUN : buf.length * 2, 2 * (kept + more))];
    System.arraycopy(buf, start, larger, 0, kept);
    buf = larger;
    if (shared) {
      run = new Run(larger); // not kept for reuse: larger than a run
    }
    len = kept;
    start = 0;
  }

  // the pieces

  protected final void raw(byte[] bytes) {
    ensure(bytes.length);
    put(bytes);
  }

  protected final void raw(char c) {
    ensure(1);
    put(c);
  }

  /** Bytes into room already made ({@link #ensure}). */
  protected final void put(byte[] bytes) {
    System.arraycopy(bytes, 0, buf, len, bytes.length);
    len += bytes.length;
  }

  /** An ASCII character into room already made. */
  protected final void put(char c) {
    buf[len++] = (byte) c;
  }

  /** ASCII text as it is, such as a number, into room already made. */
  protected final void asciiText(String s) {
    int n = s.length();
    for (int k = 0; k < n; k++) {
      buf[len++] = (byte) s.charAt(k);
    }
  }

  /**
   * A whole number, as {@code Long.toString} writes it, into room already made. Small methods, so
   * that the JIT compiler inlines them under the launcher's settings too ({@code
   * -XX:FreqInlineSize=100}).
   */
  protected final void number(long value) {
    if (value >= 0 && value < 10_000) {
      small((int) value);
    } else {
      large(value);
    }
  }

  /**
   * A number from 0 to 9,999, most of those written (millimetres, days, counts), two digits at
   * a time from a table: no long division.
   */
  private void small(int v) {
    byte[] b = buf;
    int i = len;
    if (v >= 100) {
      int high = v / 100;
      v -= high * 100;
      // the thousands digit written, and kept when there is one (high from 10 to 99), without a
      // branch: a first number of 1,000 or more met after the compiling (a late day count) had
      // the compiled code thrown away and made again (issue 14)
      b[i] = TENS[high];
      i += (9 - high) >>> 31;
      b[i++] = ONES[high];
      b[i++] = TENS[v];
    } else if (v >= 10) {
      b[i++] = TENS[v];
    }
    b[i++] = ONES[v];
    len = i;
  }

  /** A number below 0 or above 9,999. */
  private void large(long value) {
    if (value < 0) {
      if (value == Long.MIN_VALUE) {
        asciiText(Long.toString(value));
        return;
      }
      put('-');
      value = -value;
    }
    int digits = 1;
    for (long v = value; v >= 10; v /= 10) {
      digits++;
    }
    int at = len + digits;
    for (int i = 1; i <= digits; i++) {
      buf[at - i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    len = at;
  }

  /** The tens and the ones digit of each number from 0 to 99. */
  protected static final byte[] TENS = new byte[100];
  protected static final byte[] ONES = new byte[100];

  static {
    for (int i = 0; i < 100; i++) {
      TENS[i] = (byte) ('0' + i / 10);
      ONES[i] = (byte) ('0' + i % 10);
    }
  }

  /**
   * Tenths of a millimetre, at least 0, as {@link Diameter#millimetres()} prints plain ({@code
   * 12}, {@code 12.5}, {@code 0.5}), into room already made.
   */
  protected final void millimetres(long tenths) {
    long whole = tenths / 10;
    int tenth = (int) (tenths - whole * 10);
    number(whole);
    if (tenth != 0) {
      buf[len++] = '.';
      buf[len++] = ONES[tenth];
    }
  }

  /**
   * The change from {@code reference} to {@code sum} in percent ({@link
   * io.github.recist.result.TimepointResult#changeFromBaselinePct()}), one decimal, a minus sign
   * below 0 and, with {@code plus}, a plus sign above ({@code -42.0}, {@code +5.0}, {@code 0.0}),
   * into room already made: written as digits from the exact tenths of a percent ({@link
   * PercentChange#tenthsOfPercent}, the same rounding), with no number object made (issue 14).
   * {@code sum} and {@code reference} are in tenths of a millimetre, -1 when empty; without a sum
   * or against a 0 mm reference there is no change: nothing is written, and the result is false.
   */
  protected final boolean change(long sum, long reference, boolean plus) {
    if (sum < 0 || reference <= 0) {
      return false;
    }
    long tenths = PercentChange.tenthsOfPercent(sum, reference);
    if (tenths < 0) {
      put('-');
      tenths = -tenths;
    } else if (plus && tenths > 0) {
      put('+');
    }
    oneDecimal(tenths);
    return true;
  }

  /** Tenths, at least 0, with their one decimal: {@code 30.0}, {@code 4.5}. */
  protected final void oneDecimal(long tenths) {
    long whole = tenths / 10;
    number(whole);
    buf[len++] = '.';
    buf[len++] = ONES[(int) (tenths - whole * 10)];
  }

  /**
   * The ten characters of {@code date}, of {@code year} from 0 to 9,999, at {@code b[i]}, as
   * {@link LocalDate#toString()} writes them; returns the index after them.
   */
  protected static int dateDigits(byte[] b, int i, LocalDate date, int year) {
    int century = year / 100;
    twoDigits(b, i, century);
    twoDigits(b, i + 2, year - century * 100);
    b[i + 4] = '-';
    twoDigits(b, i + 5, date.getMonthValue());
    b[i + 7] = '-';
    twoDigits(b, i + 8, date.getDayOfMonth());
    return i + 10;
  }

  /** A date as {@link LocalDate#toString()} writes it, without quotes, into room already made. */
  protected final void dateText(LocalDate date) {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      asciiText(date.toString()); // a sign, digits and hyphens
      return;
    }
    len = dateDigits(buf, len, date, year);
  }

  /** The two digits of {@code v}, from 0 to 99, at {@code b[i]}. */
  private static void twoDigits(byte[] b, int i, int v) {
    b[i] = TENS[v];
    b[i + 1] = ONES[v];
  }

  private static final byte[] HEX = ascii("0123456789ABCDEF");

  /**
   * The content of a JSON string, between its quotes, escaped as Jackson's UTF-8 generator escapes
   * it: {@code \b \t \n \f \r}, other control characters and every surrogate as a backslash, u and
   * four hex digits, quote and backslash with a backslash; the rest in UTF-8; with room for {@code
   * after} more bytes after it.
   */
  protected final void escaped(String s, int after) {
    int n = s.length();
    ensure(n * 6 + after);
    byte[] b = buf;
    int i = len;
    for (int k = 0; k < n; k++) {
      char c = s.charAt(k);
      if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        b[i++] = (byte) c;
      } else if (c < 0x80) {
        b[i++] = '\\';
        switch (c) {
          case '"':
          case '\\':
            b[i++] = (byte) c;
            break;
          case '\b':
            b[i++] = 'b';
            break;
          case '\t':
            b[i++] = 't';
            break;
          case '\n':
            b[i++] = 'n';
            break;
          case '\f':
            b[i++] = 'f';
            break;
          case '\r':
            b[i++] = 'r';
            break;
          default:
            i = unicodeEscape(b, i, c);
        }
      } else if (c < 0x800) {
        b[i++] = (byte) (0xc0 | (c >> 6));
        b[i++] = (byte) (0x80 | (c & 0x3f));
      } else if (Character.isSurrogate(c)) {
        b[i++] = '\\';
        i = unicodeEscape(b, i, c);
      } else {
        b[i++] = (byte) (0xe0 | (c >> 12));
        b[i++] = (byte) (0x80 | ((c >> 6) & 0x3f));
        b[i++] = (byte) (0x80 | (c & 0x3f));
      }
    }
    len = i;
  }

  /** {@code uXXXX} after the backslash, upper-case hex digits. */
  private static int unicodeEscape(byte[] b, int i, char c) {
    b[i++] = 'u';
    b[i++] = HEX[c >> 12];
    b[i++] = HEX[(c >> 8) & 0xf];
    b[i++] = HEX[(c >> 4) & 0xf];
    b[i++] = HEX[c & 0xf];
    return i;
  }

  /**
   * Text in UTF-8 as {@code s.getBytes(UTF_8)} encodes it (a surrogate without its pair as {@code
   * ?}), with room for {@code after} more bytes after it.
   */
  protected final void utf8(String s, int after) {
    int n = s.length();
    ensure(n * 3 + after);
    byte[] b = buf;
    int i = len;
    for (int k = 0; k < n; k++) {
      char c = s.charAt(k);
      if (c < 0x80) {
        b[i++] = (byte) c;
      } else if (c < 0x800) {
        b[i++] = (byte) (0xc0 | (c >> 6));
        b[i++] = (byte) (0x80 | (c & 0x3f));
      } else if (Character.isSurrogate(c)) {
        char low;
        if (Character.isHighSurrogate(c) && k + 1 < n
            && Character.isLowSurrogate(low = s.charAt(k + 1))) {
          int cp = Character.toCodePoint(c, low);
          k++;
          b[i++] = (byte) (0xf0 | (cp >> 18));
          b[i++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
          b[i++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
          b[i++] = (byte) (0x80 | (cp & 0x3f));
        } else {
          b[i++] = '?';
        }
      } else {
        b[i++] = (byte) (0xe0 | (c >> 12));
        b[i++] = (byte) (0x80 | ((c >> 6) & 0x3f));
        b[i++] = (byte) (0x80 | (c & 0x3f));
      }
    }
    len = i;
  }

  /**
   * A reason's sentence rendered into the buffer: the template's text and digits as they are,
   * values from the input escaped for JSON (inside the quotes of a JSON string) or in plain UTF-8.
   * Room is made once for each sentence, as the reason says ({@link Reason.Sink#room}), with
   * {@link #AFTER_SENTENCE} more for what the renderer puts after it; the pieces go into that room
   * unchecked. One class for both renderers, so that the compiled {@code Reason.renderValues}
   * meets one sink class.
   */
  private final class Sentence implements Reason.Sink {
    private final boolean json;
    /** The room of the last {@link #room} call, made again after text of unknown length. */
    private int pending;

    Sentence(boolean json) {
      this.json = json;
    }

    @Override
    public void room(int bytes) {
      pending = bytes;
      ensure(bytes + AFTER_SENTENCE);
    }

    @Override
    public void ascii(byte[] b) {
      put(b);
    }

    @Override
    public void ascii(int c) {
      put((char) c);
    }

    @Override
    public void text(String s) {
      if (json) {
        escaped(s, pending + AFTER_SENTENCE);
      } else {
        utf8(s, pending + AFTER_SENTENCE);
      }
    }

    @Override
    public void number(long value) {
      ByteRenderer.this.number(value);
    }

    @Override
    public void tenths(long tenths) {
      if (tenths >= 0) {
        millimetres(tenths);
      } else {
        Reason.Sink.super.tenths(tenths);
      }
    }

    @Override
    public void oneDecimal(long tenths) {
      ByteRenderer.this.oneDecimal(tenths);
    }

    @Override
    public void date(LocalDate date) {
      int year = date.getYear();
      if (year < 0 || year > 9999) {
        text(date.toString());
        return;
      }
      len = dateDigits(buf, len, date, year);
    }
  }

  // tables

  /** The ASCII bytes of {@code s}. */
  protected static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Each of {@code values} as its {@code text} between {@code before} and {@code after}: names of
   * constants, which need no escaping.
   *
   * @throws IllegalStateException if a text needs escaping
   */
  protected static <E> byte[][] encoded(E[] values, Function<E, String> text, String before,
      String after) {
    byte[][] encoded = new byte[values.length][];
    for (int i = 0; i < values.length; i++) {
      String s = text.apply(values[i]);
      if (!s.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\')) {
        throw new IllegalStateException("a code that needs escaping: " + s);
      }
      encoded[i] = ascii(before + s + after);
    }
    return encoded;
  }

  /** Each reason kind's code, {@code R6.5 TARGET_STABLE_DISEASE}, between {@code quote}s. */
  protected static byte[][] kindCodes(String quote) {
    Reason.Kind[] kinds = Reason.Kind.values();
    byte[][] codes = new byte[kinds.length][];
    for (Reason.Kind k : kinds) {
      codes[k.ordinal()] = ascii(quote + k.rule() + " " + k.name() + quote);
    }
    return codes;
  }
}
