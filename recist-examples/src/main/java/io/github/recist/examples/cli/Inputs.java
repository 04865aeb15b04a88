package io.github.recist.examples.cli;

import io.github.recist.examples.json.CaseReader;
import io.github.recist.examples.json.CaseSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Opens the FILE argument of a command: a path, or {@code -} for standard input (spooled). */
final class Inputs {
  /** How many of a folder's files the message names at most. */
  private static final int MORE = 3;

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
    if (Files.isDirectory(path)) {
      err.println(Lines.oneLine(file) + ": is a folder, not a file: give one " + CaseReader.FORMAT
          + " file" + jsonFilesIn(path));
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

  /** A hint at the {@code .json} files of {@code folder}: {@code ", such as cases/a.json"}, or nothing. */
  private static String jsonFilesIn(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      List<String> json = files.filter(f -> f.getFileName().toString().endsWith(".json"))
          .filter(Files::isRegularFile).map(Path::toString).sorted().limit(MORE + 1L)
          .collect(Collectors.toList());
      if (json.isEmpty()) {
        return " (it holds no .json file)";
      }
      String some = json.stream().limit(MORE).map(Lines::oneLine).collect(Collectors.joining(", "));
      return ", such as " + some + (json.size() > MORE ? ", ..." : "");
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return "";
    }
  }
}
