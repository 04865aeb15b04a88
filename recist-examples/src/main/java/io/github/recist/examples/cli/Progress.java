package io.github.recist.examples.cli;

import java.io.PrintStream;

/**
 * A count of subjects on one line of standard error, redrawn at most twice a second; only when
 * standard error is a terminal, so redirected output stays clean.
 */
class Progress implements Runnable {

  /** Shows nothing. */
  static final Progress NONE = new Progress(null, null);

  private static final long INTERVAL_NANOS = 500_000_000L;

  private final PrintStream err;
  private final String what;
  private final String of;
  private long count;
  private long last = System.nanoTime();
  private boolean shown;

  Progress(PrintStream err, String what) {
    this(err, what, -1);
  }

  private Progress(PrintStream err, String what, long total) {
    this.err = err;
    this.what = what;
    this.of = total < 0 ? "" : " of " + total;
  }

  /** Counts one more subject. */
  @Override
  public void run() {
    if (err == null) {
      return;
    }
    count++;
    if ((count & 1023) == 0) {
      long now = System.nanoTime();
      if (now - last >= INTERVAL_NANOS) {
        last = now;
        shown = true;
        err.print("\r" + what + ": " + count + of + " subjects");
        err.flush();
      }
    }
  }

  /** The same display for the next phase, the count reset, out of {@code total} subjects. */
  Progress next(String nextWhat, long total) {
    done();
    return err == null ? NONE : new Progress(err, nextWhat, total);
  }

  /** Clears the line. */
  void done() {
    if (shown) {
      err.print("\r" + " ".repeat(what.length() + of.length() + 24) + "\r");
      err.flush();
      shown = false;
    }
  }
}
