package io.github.recist.examples.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The containers a reader of one subject is inside, as it reads: for each, whether it is an object,
 * the key it is reading, and its {@code id} and {@code date} once read (strings that are not blank).
 * When the parser fails half-way through a subject (a repeated key, a syntax error), {@link #place}
 * names the subject, the visit date and the lesion from what was read so far. Both readers of a
 * subject ({@link SubjectTreeReader}, {@link SubjectStreamReader}) keep one, so that a failure is
 * placed the same way whichever read the subject.
 */
final class Frames {

  /**
   * Where a failure happened: the subject id, visit date and lesion id as far as known (each may be
   * null; the date also when what was read there is not a date).
   */
  static final class Place {
    final String subjectId;
    final LocalDate date;
    final String lesionId;

    Place(String subjectId, LocalDate date, String lesionId) {
      this.subjectId = subjectId;
      this.date = date;
      this.lesionId = lesionId;
    }
  }

  /** Whether this keeps anything: a reader that never has to place a failure keeps nothing. */
  private final boolean keeping;
  private boolean[] objects = new boolean[16];
  private String[] fields = new String[16];
  private String[] ids = new String[16];
  private LocalDate[] dates = new LocalDate[16];
  private int size;

  /** Frames that are kept. */
  Frames() {
    this(true);
  }

  /**
   * Frames that are kept, or with {@code keeping} false, that keep nothing: for a reader whose
   * failures are never placed (a worker reading a subject from its bytes alone, whose failure
   * leaves the subject to the file's parser).
   */
  Frames(boolean keeping) {
    this.keeping = keeping;
  }

  /** Whether these frames keep anything ({@link #text} reads the strings given). */
  boolean keeping() {
    return keeping;
  }

  /** Forgets every container: a new subject begins. */
  void clear() {
    size = 0;
  }

  /**
   * Enters an object ({@code object}) or an array: small enough to be inlined where it is called,
   * so that frames that keep nothing cost a test, not a call (issue 14).
   */
  void push(boolean object) {
    if (keeping) {
      pushKept(object);
    }
  }

  private void pushKept(boolean object) {
    if (size == objects.length) {
      objects = Arrays.copyOf(objects, size * 2);
      fields = Arrays.copyOf(fields, size * 2);
      ids = Arrays.copyOf(ids, size * 2);
      dates = Arrays.copyOf(dates, size * 2);
    }
    objects[size] = object;
    fields[size] = null;
    ids[size] = null;
    dates[size] = null;
    size++;
  }

  /** Leaves the innermost container. */
  void pop() {
    if (keeping) {
      size--;
    }
  }

  /** The key the innermost object is reading now. */
  void field(String name) {
    if (keeping) {
      fields[size - 1] = name;
    }
  }

  /** A string value was read in the innermost container: its {@code id} or {@code date}, maybe. */
  void text(String value) {
    int last = size - 1;
    if (last < 0 || !objects[last] || value.isBlank()) {
      return;
    }
    if ("id".equals(fields[last])) {
      ids[last] = value;
    } else if ("date".equals(fields[last])) {
      dates[last] = Fields.dateOrNull(value);
    }
  }

  /**
   * A date was read in the innermost container (null: a string that is not one), as {@link
   * #text} takes its text, for a reader that reads dates without making strings of them.
   */
  void date(LocalDate value) {
    int last = size - 1;
    if (last >= 0 && objects[last] && "date".equals(fields[last])) {
      dates[last] = value;
    }
  }

  /**
   * Where the reader stood when the parser failed: the subject's id, the assessment's date and the
   * lesion, as far as they were read. The key the parser was reading (a repeated key) counts.
   */
  Place place(JsonParser p) {
    if (!keeping) {
      throw new IllegalStateException("these frames keep nothing to place a failure with");
    }
    if (size > 0 && objects[size - 1]) {
      JsonStreamContext context = p.getParsingContext();
      if (context != null && context.inObject() && context.getCurrentName() != null) {
        fields[size - 1] = context.getCurrentName();
      }
    }
    String subject = text(0, ids);
    LocalDate date = null;
    String lesion = null;
    if ("assessments".equals(field(0)) && size > 2) {
      date = text(2, dates);
      if ("targets".equals(field(2)) || "nonTargets".equals(field(2))) {
        lesion = field(3);
      } else if ("newLesions".equals(field(2)) && size > 4) {
        lesion = text(4, ids);
      }
    } else if ("lesions".equals(field(0)) && size > 2) {
      lesion = text(2, ids);
    }
    return new Place(subject, date, lesion);
  }

  private String field(int depth) {
    return depth < size ? fields[depth] : null;
  }

  private <V> V text(int depth, V[] values) {
    return depth < size && objects[depth] ? values[depth] : null;
  }
}
