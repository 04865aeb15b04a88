package io.github.recist.examples.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Temporary files as {@link Files#createTempFile(String, String, FileAttribute[])} makes them — in
 * {@code java.io.tmpdir}, named {@code prefix}, an unsigned random number and {@code suffix},
 * created anew (never an existing file), readable and writable by their owner only where the file
 * system has POSIX permissions — but without its {@link java.security.SecureRandom}, whose first
 * use loads and configures the security providers: about 100 classes and 20 ms on the start-up
 * path of every {@code assess} whose output passes {@link HeldOutput#IN_MEMORY} (10,000 subjects;
 * issue 14). The name's number comes from {@link ThreadLocalRandom}; since the file is created
 * exclusively ({@code O_EXCL}), a name that is taken, by chance or by another user, is never
 * used: another is drawn.
 */
final class TempFiles {

  /** Names drawn before giving up, each one taken. */
  private static final int ATTEMPTS = 100;

  private TempFiles() {}

  /**
   * A new empty file in the temporary folder, named {@code prefix + number + suffix}.
   *
   * @throws IOException as {@link Files#createFile} (a temporary folder that does not exist or
   *     cannot be written), or when {@value #ATTEMPTS} names in a row were taken
   * @throws IllegalArgumentException when {@code prefix} or {@code suffix} holds a separator
   */
  static Path create(String prefix, String suffix) throws IOException {
    Path dir = Paths.get(System.getProperty("java.io.tmpdir"));
    FileAttribute<?>[] ownerOnly = FileSystems.getDefault().supportedFileAttributeViews()
        .contains("posix")
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE))}
        : new FileAttribute<?>[0];
    for (int attempt = 1; ; attempt++) {
      String name = prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + suffix;
      Path file = dir.getFileSystem().getPath(name);
      if (file.getParent() != null) {
        throw new IllegalArgumentException("Invalid prefix or suffix");
      }
      try {
        return Files.createFile(dir.resolve(file), ownerOnly);
      } catch (FileAlreadyExistsException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
