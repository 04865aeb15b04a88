package io.github.recist.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link TempFiles}: the held output's temporary file is made as {@code Files.createTempFile} makes
 * one (issue 14: without its SecureRandom): a new empty file in the temporary folder, named by its
 * prefix, a number and its suffix, for its owner only.
 */
class TempFilesTest {

  @Test
  void aTemporaryFileIsNewEmptyOwnerOnlyAndNamedByPrefixNumberSuffix() throws IOException {
    Set<Path> made = new HashSet<>();
    try {
      for (int i = 0; i < 50; i++) {
        Path f = TempFiles.create("recist-test-", ".tmp");
        assertTrue(made.add(f), "each file is a new one: " + f);
        assertEquals(Paths.get(System.getProperty("java.io.tmpdir")), f.getParent());
        assertTrue(f.getFileName().toString().matches("recist-test-[0-9]+\\.tmp"), f.toString());
        assertEquals(0, Files.size(f));
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
          assertEquals("rw-------",
              PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        }
      }
    } finally {
      for (Path f : made) {
        Files.deleteIfExists(f);
      }
    }
  }

  @Test
  void aPrefixWithASeparatorIsRefusedAsCreateTempFileRefusesIt() {
    assertThrows(IllegalArgumentException.class, () -> TempFiles.create("../recist-", ".tmp"));
    assertThrows(IllegalArgumentException.class,
        () -> Files.createTempFile("../recist-", ".tmp"));
  }
}
