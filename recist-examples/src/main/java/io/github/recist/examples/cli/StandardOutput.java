package io.github.recist.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * The process's standard output as the command line writes it (UTF-8, buffered, flushed by the
 * command), with the channel of its file descriptor, into which {@link HeldOutput} copies a large
 * output without reading it back (issue 14).
 */
final class StandardOutput extends PrintStream {
  private final FileChannel channel;

  StandardOutput() {
    this(new FileOutputStream(FileDescriptor.out));
  }

  private StandardOutput(FileOutputStream out) {
    super(new BufferedOutputStream(out, 1 << 16), false, StandardCharsets.UTF_8);
    this.channel = out.getChannel();
  }

  /** Records that writing to {@link #channel()} failed, as {@link #checkError()} reports it. */
  void failed() {
    setError();
  }

  /** The channel of standard output; flush this stream before writing to it. */
  FileChannel channel() {
    return channel;
  }
}
