package io.github.recist.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds what a command writes until it knows that its whole input is good, so that a file refused
 * by its last subject still prints nothing: in memory up to {@value #IN_MEMORY} bytes, beyond that
 * in a temporary file, so the heap stays small whatever the size of the output. {@link #copyTo}
 * writes it out; closing deletes the file.
 *
 * <p>The file is written through its channel from a direct buffer of {@value #CHUNK} bytes (one
 * copy of the bytes, one system call a megabyte), and copied to standard output ({@link
 * StandardOutput}) by the kernel ({@link FileChannel#transferTo}, {@code sendfile} on Linux): the
 * held bytes are never read back into the process (issue 14).
 */
final class HeldOutput extends OutputStream {

  /** Bytes held in memory before they go to a temporary file: 16 MB. */
  static final int IN_MEMORY = 16 << 20;
  /** The memory is held in chunks of 1 MB: it grows without copying. */
  private static final int CHUNK = 1 << 20;

  private final List<byte[]> chunks = new ArrayList<>();
  private int lastChunkSize = CHUNK;
  private Path file;
  private FileChannel fileOut;
  /** What goes to the file next; allocated once, with the file. */
  private ByteBuffer pending;

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (fileOut == null && heldInMemory() + len > IN_MEMORY) {
      file = TempFiles.create("recist-output-", ".tmp");
      file.toFile().deleteOnExit();
      fileOut = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ);
      if (pending == null) {
        pending = ByteBuffer.allocateDirect(CHUNK);
      }
      for (int i = 0; i < chunks.size(); i++) {
        writeFully(fileOut,
            ByteBuffer.wrap(chunks.get(i), 0, i == chunks.size() - 1 ? lastChunkSize : CHUNK));
      }
      chunks.clear();
      lastChunkSize = CHUNK;
    }
    if (fileOut != null) {
      while (len > 0) {
        int n = Math.min(len, pending.remaining());
        pending.put(b, off, n);
        off += n;
        len -= n;
        if (!pending.hasRemaining()) {
          flushPending();
        }
      }
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

  private void flushPending() throws IOException {
    pending.flip();
    writeFully(fileOut, pending);
    pending.clear();
  }

  private static void writeFully(WritableByteChannel channel, ByteBuffer bytes)
      throws IOException {
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
  }

  private long heldInMemory() {
    return chunks.isEmpty() ? 0 : (long) (chunks.size() - 1) * CHUNK + lastChunkSize;
  }

  /**
   * Writes everything held so far to {@code out}; to standard output ({@link StandardOutput})
   * through its channel, after what {@code out} already buffered.
   */
  void copyTo(OutputStream out) throws IOException {
    if (out instanceof StandardOutput) {
      StandardOutput stdout = (StandardOutput) out;
      stdout.flush();
      try {
        copyTo(stdout.channel());
      } catch (IOException e) {
        stdout.failed(); // as the print stream does: a closed pipe is not the command's error
      }
      return;
    }
    if (fileOut == null) {
      for (int i = 0; i < chunks.size(); i++) {
        out.write(chunks.get(i), 0, i == chunks.size() - 1 ? lastChunkSize : CHUNK);
      }
      return;
    }
    flushPending();
    // a chunk at a time: a write as large as this passes a buffered stream's buffer by
    byte[] chunk = new byte[CHUNK];
    ByteBuffer read = ByteBuffer.wrap(chunk);
    long size = fileOut.size();
    for (long at = 0; at < size; ) {
      read.clear();
      int n = fileOut.read(read, at);
      if (n <= 0) {
        throw new IOException("the held output " + file + " ends at " + at + " of " + size);
      }
      out.write(chunk, 0, n);
      at += n;
    }
  }

  /** Writes everything held so far to {@code channel}: the file's bytes by the kernel. */
  void copyTo(WritableByteChannel channel) throws IOException {
    if (fileOut == null) {
      for (int i = 0; i < chunks.size(); i++) {
        writeFully(channel,
            ByteBuffer.wrap(chunks.get(i), 0, i == chunks.size() - 1 ? lastChunkSize : CHUNK));
      }
      return;
    }
    flushPending();
    long size = fileOut.size();
    for (long at = 0; at < size; ) {
      at += fileOut.transferTo(at, size - at, channel);
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
    if (pending != null) {
      pending.clear();
    }
    if (fileOut != null) {
      fileOut.close();
      fileOut = null;
      Files.deleteIfExists(file);
      file = null;
    }
  }
}
