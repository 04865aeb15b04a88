package io.github.recist.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs the {@code recist} command line in-process, the same path as the jar, and keeps its output. */
final class Cli {

  /** What a run gave: the exit status and everything written to standard output and error. */
  static final class Run {
    final int status;
    final String out;
    final String err;

    Run(int status, String out, String err) {
      this.status = status;
      this.out = out;
      this.err = err;
    }

    /**
     * The message lines of standard error: every line but the count of warnings that {@code
     * assess} and {@code report} end with when a file passed with warnings ({@link
     * CleanEnd#WARNING_COUNT}), so that the problems of {@code assess} and {@code validate} compare.
     */
    List<String> errLines() {
      if (err.isEmpty()) {
        return List.of();
      }
      List<String> lines = new ArrayList<>(Arrays.asList(err.split("\n")));
      lines.removeIf(l -> CleanEnd.WARNING_COUNT.matcher(l + "\n").matches());
      return lines;
    }

    @Override
    public String toString() {
      return "status " + status + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  private Cli() {}

  /** Runs {@code args} with an empty standard input. */
  static Run run(String... args) {
    return runWithInput("", args);
  }

  /** Runs {@code args} with {@code stdin} as standard input. */
  static Run runWithInput(String stdin, String... args) {
    return runWithBytes(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  /** Runs {@code args} with {@code stdin}, any bytes at all, as standard input. */
  static Run runWithBytes(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Recist.run(args, new ByteArrayInputStream(stdin),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /** {@code recist assess -} on {@code json}. */
  static Run assess(String json, String... options) {
    return assess(json.getBytes(StandardCharsets.UTF_8), options);
  }

  /** {@code recist assess -} on the bytes {@code file}. */
  static Run assess(byte[] file, String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "assess";
    System.arraycopy(options, 0, args, 1, options.length);
    args[args.length - 1] = "-";
    return runWithBytes(file, args);
  }
}
