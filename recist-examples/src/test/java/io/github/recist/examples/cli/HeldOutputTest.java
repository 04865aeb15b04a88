package io.github.recist.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link HeldOutput}: what a command writes comes out whole and in order, whether it stayed in
 * memory or went to the temporary file, copied to a stream or to standard output's channel; a reset
 * drops it (whole-file refusal: nothing is printed until the input is known to be good).
 */
class HeldOutputTest {

  /** Bytes in writes of many sizes, some larger than a chunk: more than memory holds. */
  private static byte[] written(HeldOutput held, int size) throws IOException {
    byte[] all = new byte[size];
    new Random(14).nextBytes(all);
    Random sizes = new Random(7);
    for (int at = 0; at < size; ) {
      int n = Math.min(size - at, sizes.nextInt(10) == 0 ? 3 << 20 : sizes.nextInt(9_000));
      if (n == 1) {
        held.write(all[at]);
      } else {
        held.write(all, at, n);
      }
      at += n;
    }
    return all;
  }

  private static byte[] copiedToChannel(HeldOutput held, Path dir) throws IOException {
    Path out = dir.resolve("out");
    try (FileChannel channel = FileChannel.open(out, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      held.copyTo(channel);
    }
    return Files.readAllBytes(out);
  }

  @Test
  void anOutputLargerThanMemoryHoldsComesOutWholeToAStreamAndToAChannel(@TempDir Path dir)
      throws IOException {
    assertComesOutWholeToAStreamAndToAChannel(HeldOutput.IN_MEMORY + (5 << 20) + 12_345, dir);
  }

  @Test
  void anOutputThatStaysInMemoryComesOutWholeToAStreamAndToAChannel(@TempDir Path dir)
      throws IOException {
    assertComesOutWholeToAStreamAndToAChannel((3 << 20) + 17, dir);
  }

  /** {@code size} bytes held come out whole, to a stream and then to a file's channel. */
  private static void assertComesOutWholeToAStreamAndToAChannel(int size, Path dir)
      throws IOException {
    try (HeldOutput held = new HeldOutput()) {
      byte[] all = written(held, size);
      ByteArrayOutputStream stream = new ByteArrayOutputStream();
      held.copyTo(stream);
      assertArrayEquals(all, stream.toByteArray());
      assertArrayEquals(all, copiedToChannel(held, dir));
    }
  }

  @Test
  void aResetDropsWhatWasHeldAndTheOutputWrittenAfterItComesOutAlone(@TempDir Path dir)
      throws IOException {
    try (HeldOutput held = new HeldOutput()) {
      written(held, HeldOutput.IN_MEMORY + 1_000);
      held.reset();
      ByteArrayOutputStream empty = new ByteArrayOutputStream();
      held.copyTo(empty);
      assertEquals(0, empty.size());
      byte[] again = written(held, HeldOutput.IN_MEMORY + (1 << 20) + 3);
      assertArrayEquals(again, copiedToChannel(held, dir));
    }
  }
}
