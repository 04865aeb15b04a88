package io.github.recist.examples.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds what a command writes until it knows that its whole input is good, so that a file refused
 * by its last subject still prints nothing: in memory up to {@value #IN_MEMORY} bytes, beyond that
 * in a temporary file, so the heap stays small whatever the size of the output. {@link #copyTo}
 * writes it out; closing deletes the file.
 */
final class HeldOutput extends OutputStream {

  /** Bytes held in memory before they go to a temporary file: 16 MB. */
  static final int IN_MEMORY = 16 << 20;
  /** The memory is held in chunks of 1 MB: it grows without copying. */
  private static final int CHUNK = 1 << 20;

  private final List<byte[]> chunks = new ArrayList<>();
  private int lastChunkSize = CHUNK;
  private Path file;
  private OutputStream fileOut;

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (fileOut == null && heldInMemory() + len > IN_MEMORY) {
      file = Files.createTempFile("recist-output-", ".tmp");
      file.toFile().deleteOnExit();
      fileOut = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
      copyChunksTo(fileOut);
      chunks.clear();
    }
    if (fileOut != null) {
      fileOut.write(b, off, len);
      return;
    }
    while (len > 0) {
      if (lastChunkSize == CHUNK) {
        chunks.add(new byte[CHUNK]);
        lastChunkSize = 0;
      }
      int n = Math.min(len, CHUNK - lastChunkSize);
      System.arraycopy(b, off, chunks.get(chunks.size() - 1), lastChunkSize, n);
      lastChunkSize += n;
      off += n;
      len -= n;
    }
  }

  private long heldInMemory() {
    return chunks.isEmpty() ? 0 : (long) (chunks.size() - 1) * CHUNK + lastChunkSize;
  }

  private void copyChunksTo(OutputStream out) throws IOException {
    for (int i = 0; i < chunks.size(); i++) {
      out.write(chunks.get(i), 0, i == chunks.size() - 1 ? lastChunkSize : CHUNK);
    }
  }

  /** Writes everything held so far to {@code out}. */
  void copyTo(OutputStream out) throws IOException {
    if (fileOut == null) {
      copyChunksTo(out);
      return;
    }
    fileOut.flush();
    // a chunk at a time: a write as large as this passes a buffered stream's buffer by
    byte[] chunk = new byte[CHUNK];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.readNBytes(chunk, 0, CHUNK)) > 0; ) {
        out.write(chunk, 0, n);
      }
    }
  }

  /** Drops everything held so far. */
  void reset() throws IOException {
    close();
  }

  /** Drops everything held, and deletes the temporary file. */
  @Override
  public void close() throws IOException {
    chunks.clear();
    lastChunkSize = CHUNK;
    if (fileOut != null) {
      fileOut.close();
      fileOut = null;
      Files.deleteIfExists(file);
      file = null;
    }
  }
}
