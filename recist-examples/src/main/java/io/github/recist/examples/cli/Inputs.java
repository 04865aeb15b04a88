package io.github.recist.examples.cli;

import io.github.recist.examples.json.CaseSource;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Opens the FILE argument of a command: a path, or {@code -} for standard input (spooled). */
final class Inputs {
  private Inputs() {}

  /**
   * The case file {@code file} names, or null after telling {@code recist.err} why it cannot be
   * read (a missing file, or a name that is not a path here, is invalid input, status 2).
   */
  static CaseSource open(String file, InputStream in, java.io.PrintStream err) {
    if ("-".equals(file)) {
      return CaseSource.spool(in);
    }
    Path path;
    try {
      path = Paths.get(file);
    } catch (InvalidPathException e) {
      err.println(Lines.oneLine(file) + ": not a file name (" + Lines.oneLine(e.getReason()) + ")");
      return null;
    }
    if (!Files.isRegularFile(path)) {
      err.println(file + ": no such file");
      return null;
    }
    if (!Files.isReadable(path)) {
      err.println(file + ": cannot be read (permission denied)");
      return null;
    }
    return CaseSource.of(path);
  }
}
