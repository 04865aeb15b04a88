package io.github.recist.examples.json;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A case file that can be read more than once (the reader checks it in a first pass and assesses it
 * in a second): a file, a resource bundled in the jar, or standard input spooled to a temporary file.
 * Closing it deletes what it spooled.
 */
public abstract class CaseSource implements AutoCloseable {

  private final String name;

  CaseSource(String name) {
    this.name = name;
  }

  /** How messages name the file: its path, the resource name, or {@code <stdin>}. */
  public String name() {
    return name;
  }

  /** Opens the file from its start. */
  public abstract InputStream open() throws IOException;

  /** The size of the file in bytes, or -1 when it is not known (a resource). */
  public long size() {
    return -1;
  }

  @Override
  public void close() {}

  /** The file at {@code path}. */
  public static CaseSource of(Path path) {
    return new CaseSource(path.toString()) {
      @Override
      public InputStream open() throws IOException {
        return Files.newInputStream(path);
      }

      @Override
      public long size() {
        try {
          return Files.size(path);
        } catch (IOException e) {
          return -1;
        }
      }
    };
  }

  /** The resource {@code name} beside {@code anchor} in the class path. */
  public static CaseSource ofResource(Class<?> anchor, String name) {
    return new CaseSource(name) {
      @Override
      public InputStream open() throws IOException {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
          throw new FileNotFoundException("resource " + name + " is not in the class path");
        }
        return in;
      }
    };
  }

  /**
   * Copies {@code in} (standard input) to a temporary file, so it can be read twice; closing the
   * source deletes the file.
   *
   * @throws UncheckedIOException if the copy fails
   */
  public static CaseSource spool(InputStream in) {
    Path temp;
    try {
      temp = Files.createTempFile("recist-stdin-", ".json");
      temp.toFile().deleteOnExit();
      Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spool standard input to a temporary file", e);
    }
    return new CaseSource("<stdin>") {
      @Override
      public InputStream open() throws IOException {
        return Files.newInputStream(temp);
      }

      @Override
      public long size() {
        try {
          return Files.size(temp);
        } catch (IOException e) {
          return -1;
        }
      }

      @Override
      public void close() {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // deleteOnExit remains
        }
      }
    };
  }
}
