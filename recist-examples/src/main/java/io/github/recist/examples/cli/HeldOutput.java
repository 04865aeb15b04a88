package io.github.recist.examples.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Holds what a command writes until it knows that its whole input is good, so that a file refused
 * by its last subject still prints nothing: in memory up to {@value #IN_MEMORY} bytes, beyond that
 * in a temporary file, so the heap stays small whatever the size of the output. {@link #copyTo}
 * writes it out; closing deletes the file.
 */
final class HeldOutput extends OutputStream {

  /** Bytes held in memory before they go to a temporary file: 16 MB. */
  static final int IN_MEMORY = 16 << 20;

  private ByteArrayOutputStream memory = new ByteArrayOutputStream(1 << 16);
  private Path file;
  private OutputStream fileOut;

  @Override
  public void write(int b) throws IOException {
    target(1).write(b);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    target(len).write(b, off, len);
  }

  private OutputStream target(int more) throws IOException {
    if (fileOut == null && memory.size() + more > IN_MEMORY) {
      file = Files.createTempFile("recist-output-", ".tmp");
      file.toFile().deleteOnExit();
      fileOut = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
      memory.writeTo(fileOut);
      memory = null;
    }
    return fileOut != null ? fileOut : memory;
  }

  /** Writes everything held so far to {@code out}. */
  void copyTo(OutputStream out) throws IOException {
    if (fileOut == null) {
      memory.writeTo(out);
      return;
    }
    fileOut.flush();
    Files.copy(file, out);
  }

  /** Drops everything held so far. */
  void reset() throws IOException {
    close();
    memory = new ByteArrayOutputStream(1 << 16);
  }

  /** Drops everything held, and deletes the temporary file. */
  @Override
  public void close() throws IOException {
    if (fileOut != null) {
      fileOut.close();
      fileOut = null;
      Files.deleteIfExists(file);
      file = null;
    }
    memory = null;
  }
}
