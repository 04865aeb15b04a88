package io.github.recist.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;

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

  /**
   * Whether standard output is a regular file of its own, which the output of a command can go
   * into in place and be cut back from ({@link HeldOutput#heldFor}): a regular file that is not
   * standard error's file, not opened to append (a refusal must not cut what another writer
   * appended) and whose position is at its end (nothing after it to overwrite). Known where the
   * system shows a process's open files in {@code /proc/self} (Linux); elsewhere false.
   */
  boolean fileOfItsOwn() {
    try {
      Path fd = Paths.get("/proc/self/fd");
      BasicFileAttributes out = Files.readAttributes(fd.resolve("1"), BasicFileAttributes.class);
      if (!out.isRegularFile() || out.fileKey() == null) {
        return false;
      }
      try {
        BasicFileAttributes err =
            Files.readAttributes(fd.resolve("2"), BasicFileAttributes.class);
        if (out.fileKey().equals(err.fileKey())) {
          return false;
        }
      } catch (IOException e) {
        // no standard error: nothing to share the file with
      }
      return !appends() && channel.position() == channel.size();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Whether standard output was opened to append ({@code O_APPEND} in its flags, octal). */
  private static boolean appends() throws IOException {
    for (String line : Files.readAllLines(Paths.get("/proc/self/fdinfo/1"))) {
      if (line.startsWith("flags:")) {
        return (Long.parseLong(line.substring("flags:".length()).trim(), 8) & O_APPEND) != 0;
      }
    }
    return true; // not said: taken as appending, so nothing is ever cut
  }

  /** Linux's {@code O_APPEND}. */
  private static final long O_APPEND = 02000;

  /** The channel of standard output; flush this stream before writing to it. */
  FileChannel channel() {
    return channel;
  }
}
