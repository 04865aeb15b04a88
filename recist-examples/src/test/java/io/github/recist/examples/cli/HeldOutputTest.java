package io.github.recist.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link HeldOutput}: what a command writes comes out whole and in order, whether it stayed in
 * memory or went to the temporary file, copied to a stream or to standard output's channel; a reset
 * drops it (whole-file refusal: nothing is printed until the input is known to be good). In place,
 * in a file of standard output's own, what was written stands once let stand, and is cut back to
 * where the file stood otherwise: the file ends as it began.
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

  /** A file holding {@code prefix}, open to write after it, as standard output's would be. */
  private static FileChannel fileAfter(Path file, byte[] prefix) throws IOException {
    Files.write(file, prefix);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
    channel.position(channel.size());
    return channel;
  }

  @Test
  void inPlaceWhatWasWrittenStandsAfterWhatTheFileHeldOnceLetStand(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("out");
    byte[] prefix = "before\n".getBytes(StandardCharsets.US_ASCII);
    try (FileChannel channel = fileAfter(file, prefix)) {
      byte[] all;
      try (HeldOutput held = HeldOutput.inPlace(channel)) {
        all = written(held, HeldOutput.IN_MEMORY + (5 << 20) + 12_345);
        held.copyTo(new ByteArrayOutputStream());
      }
      byte[] expected = new byte[prefix.length + all.length];
      System.arraycopy(prefix, 0, expected, 0, prefix.length);
      System.arraycopy(all, 0, expected, prefix.length, all.length);
      assertArrayEquals(expected, Files.readAllBytes(file));
      assertEquals(expected.length, channel.position(), "what follows goes after the output");
    }
  }

  @Test
  void inPlaceAnOutputNeverLetStandIsCutBackToWhereTheFileStood(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("out");
    byte[] prefix = "before\n".getBytes(StandardCharsets.US_ASCII);
    try (FileChannel channel = fileAfter(file, prefix)) {
      try (HeldOutput held = HeldOutput.inPlace(channel)) {
        written(held, (3 << 20) + 17);
      }
      assertArrayEquals(prefix, Files.readAllBytes(file));
      assertEquals(prefix.length, channel.position());
    }
  }

  @Test
  void inPlaceAResetCutsTheFileBackAndTheOutputWrittenAfterItStandsAlone(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("out");
    try (FileChannel channel = fileAfter(file, new byte[0]);
        HeldOutput held = HeldOutput.inPlace(channel)) {
      written(held, (3 << 20) + 1_000);
      held.reset();
      assertEquals(0, Files.size(file));
      byte[] again = written(held, (1 << 20) + 3);
      held.copyTo(channel);
      assertArrayEquals(again, Files.readAllBytes(file));
    }
  }
}
