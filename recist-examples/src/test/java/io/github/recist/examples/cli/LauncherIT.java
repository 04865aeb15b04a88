package io.github.recist.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code recist-examples/bin/recist} (issue 14) on the packaged {@code
 * target/recist.jar}: it prints what {@code java -jar} prints, byte for byte, makes its
 * class-data-sharing archive by itself on its first run, and keeps the JVM's messages out of the
 * output. Runs after {@code package} (failsafe), on the java running the build.
 */
class LauncherIT {

  private static final Path MODULE = Paths.get("").toAbsolutePath();
  private static final Path JAR = MODULE.resolve("target/recist.jar");
  private static final Path LAUNCHER = MODULE.resolve("bin/recist");
  private static final String JAVA =
      Paths.get(System.getProperty("java.home"), "bin", "java").toString();

  private record Run(int status, byte[] out, String err) {}

  private static Run run(List<String> command) throws IOException, InterruptedException {
    return run(command, null, null);
  }

  /** Runs {@code command} in {@code folder} (null: here) with {@code javaOpts} (null: none). */
  private static Run run(List<String> command, Path folder, String javaOpts)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command);
    if (folder != null) {
      pb.directory(folder.toFile());
    }
    pb.environment().put("JAVA", JAVA);
    if (javaOpts == null) {
      pb.environment().remove("JAVA_OPTS");
    } else {
      pb.environment().put("JAVA_OPTS", javaOpts);
    }
    Path err = Files.createTempFile("recist-launcher", ".err");
    pb.redirectError(err.toFile());
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    int status = p.waitFor();
    String errText = Files.readString(err, StandardCharsets.UTF_8);
    Files.delete(err);
    return new Run(status, out, errText);
  }

  private static Run launcher(String... args) throws Exception {
    List<String> c = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
    c.addAll(List.of(args));
    return run(c);
  }

  private static Run javaJar(String... args) throws Exception {
    List<String> c = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
    c.addAll(List.of(args));
    return run(c);
  }

  @Test
  void theLauncherPrintsWhatJavaJarPrintsAndMakesItsArchive(@TempDir Path dir) throws Exception {
    assertTrue(Files.isRegularFile(JAR), JAR + " is built by package");
    Path cases = dir.resolve("cases.json");
    Run generated = javaJar("generate", "--subjects", "300", "--seed", "7");
    assertEquals(0, generated.status(), generated.err());
    Files.write(cases, generated.out());

    for (String[] args : new String[][] {
        {"assess", cases.toString()},
        {"assess", "--format", "text", cases.toString()},
        {"assess", "--criteria", "both", "--compact", cases.toString()},
        {"validate", cases.toString()}}) {
      Run expected = javaJar(args);
      Run actual = launcher(args);
      String what = String.join(" ", args);
      assertEquals(expected.status(), actual.status(), what + ": " + actual.err());
      assertArrayEquals(expected.out(), actual.out(), what);
      assertEquals(expected.err(), actual.err(), what);
    }
    try (Stream<Path> files = Files.list(JAR.getParent())) {
      assertTrue(files.anyMatch(f -> f.getFileName().toString().matches("recist-.*\\.jsa")),
          "the launcher's first run leaves its class-data-sharing archive beside the jar");
    }
  }

  /**
   * A copy of the launcher and the jar in {@code dir} (bin/recist, target/recist.jar), as in a
   * fresh clone after its build: no archive yet.
   */
  private static Path freshCopy(Path dir) throws IOException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path target = Files.createDirectories(dir.resolve("target"));
    Files.copy(LAUNCHER, bin.resolve("recist"));
    Files.copy(JAR, target.resolve("recist.jar"));
    return bin.resolve("recist");
  }

  private static Run launcher(Path launcher, String javaOpts, String... args) throws Exception {
    return launcher(launcher.toString(), null, javaOpts, args);
  }

  /** The launcher named {@code launcher}, run in {@code folder} (null: this one). */
  private static Run launcher(String launcher, Path folder, String javaOpts, String... args)
      throws Exception {
    List<String> c = new ArrayList<>(List.of("bash", launcher));
    c.addAll(List.of(args));
    return run(c, folder, javaOpts);
  }

  private static List<Path> archives(Path target) throws IOException {
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(f -> f.getFileName().toString().matches("recist-.*\\.jsa")).toList();
    }
  }

  /**
   * {@code recist --version} by the launcher, whose JVM logs where it loaded each class from: true
   * when the command line's main class came from the class-data-sharing archive.
   */
  private static boolean versionFromTheArchive(Path launcher, Path dir, byte[] version)
      throws Exception {
    Path log = dir.resolve("classes.log");
    Files.deleteIfExists(log);
    Run run = launcher(launcher, "-Xlog:class+load=info:file=" + log, "--version");
    assertEquals(0, run.status(), run.err());
    assertArrayEquals(version, run.out());
    assertEquals("", run.err());
    return Files.readAllLines(log).stream().anyMatch(l -> l.contains(
        " " + Recist.class.getName() + " source: shared objects file"));
  }

  @Test
  void theArchiveIsMadeOnTheFirstRunUsedAndMadeAgainWhenTheJarOrTheJavaChanges(
      @TempDir Path dir) throws Exception {
    Path launcher = freshCopy(dir);
    Path target = dir.resolve("target");
    byte[] version = javaJar("--version").out();

    // the first run named by a relative path, in the copy's folder: the archive it makes is used
    // from any folder
    Run first = launcher("bin/recist", dir, "", "--version");
    assertEquals(0, first.status(), first.err());
    assertArrayEquals(version, first.out());
    assertTrue(versionFromTheArchive(launcher, dir, version), "the first run's archive is used");
    List<Path> made = archives(target);
    assertEquals(1, made.size(), "one archive, for the one java: " + made);
    Path archive = made.get(0);
    Path stamp = Paths.get(archive.toString().replaceAll("\\.jsa$", ".jvm"));
    assertTrue(Files.isRegularFile(stamp), "the java's stamp beside the archive");
    FileTime madeAt = Files.getLastModifiedTime(archive);

    assertTrue(versionFromTheArchive(launcher, dir, version));
    assertEquals(madeAt, Files.getLastModifiedTime(archive), "kept while nothing changed");

    // a new build of the jar: the archive is made again, and used
    Path jar = target.resolve("recist.jar");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(madeAt.toMillis() + 2_000));
    assertTrue(versionFromTheArchive(launcher, dir, version), "the new jar's archive is used");
    FileTime remadeAt = Files.getLastModifiedTime(archive);
    assertTrue(remadeAt.compareTo(Files.getLastModifiedTime(jar)) >= 0,
        "made again after the jar changed: " + remadeAt);

    // another java behind the same path (its modification time is not the stamp's): made again
    Files.setLastModifiedTime(stamp, FileTime.fromMillis(12_345_000L));
    assertTrue(versionFromTheArchive(launcher, dir, version));
    assertTrue(Files.getLastModifiedTime(stamp).toMillis() != 12_345_000L,
        "the stamp carries the java's time again");
    assertEquals(List.of(archive), archives(target), "still one archive");

    // without the archive (RECIST_CDS=off is not passed here: a foreign archive is ignored)
    Files.delete(archive);
    Files.write(archive, new byte[] {1, 2, 3});
    Files.setLastModifiedTime(archive, FileTime.fromMillis(remadeAt.toMillis() + 60_000));
    Files.setLastModifiedTime(stamp, Files.getLastModifiedTime(Paths.get(JAVA)));
    Run foreign = launcher(launcher, "", "--version");
    assertEquals(0, foreign.status(), foreign.err());
    assertArrayEquals(version, foreign.out());
    assertEquals("", foreign.err(), "an archive the JVM cannot use is passed over in silence");
  }

  /** {@code recist --version} by the launcher on {@code java}; its output, checked. */
  private static void versionWith(Path launcher, Path java, byte[] version) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", launcher.toString(), "--version");
    pb.environment().put("JAVA", java.toString());
    pb.environment().remove("JAVA_OPTS");
    pb.redirectErrorStream(true);
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertEquals(0, p.waitFor());
    assertArrayEquals(version, out, "without an archive, the same output and no message");
  }

  private static Path failedMarker(Path target) throws IOException {
    try (Stream<Path> files = Files.list(target)) {
      List<Path> failed = files.filter(f -> f.toString().endsWith(".failed")).toList();
      assertEquals(1, failed.size(), "one marker of the failed training: " + failed);
      return failed.get(0);
    }
  }

  @Test
  void aTrainingThatFailsIsNotTriedAgainBeforeANewJar(@TempDir Path dir) throws Exception {
    Path launcher = freshCopy(dir);
    Path target = dir.resolve("target");
    // a java that cannot dump an archive (and otherwise runs as the build's java)
    Path java = dir.resolve("java-without-dump");
    Files.writeString(java, "#!/bin/bash\n"
        + "for a in \"$@\"; do [ \"$a\" = -Xshare:dump ] && exit 1; done\n"
        + "exec '" + JAVA + "' \"$@\"\n");
    assertTrue(java.toFile().setExecutable(true));
    byte[] version = javaJar("--version").out();

    versionWith(launcher, java, version);
    FileTime failedAt = Files.getLastModifiedTime(failedMarker(target));
    assertEquals(List.of(), archives(target));
    versionWith(launcher, java, version);
    assertEquals(failedAt, Files.getLastModifiedTime(failedMarker(target)),
        "not trained again for the same jar and java");

    Files.setLastModifiedTime(target.resolve("recist.jar"),
        FileTime.fromMillis(failedAt.toMillis() + 2_000));
    versionWith(launcher, java, version);
    assertTrue(Files.getLastModifiedTime(failedMarker(target)).compareTo(failedAt) > 0,
        "trained again for a new jar");
    try (Stream<Path> files = Files.list(target)) {
      assertTrue(files.noneMatch(f -> f.toString().contains(".train.")), "nothing left behind");
    }
  }

  @Test
  void aMissingJarIsSaidOnStandardError() throws Exception {
    List<String> c = List.of("bash", LAUNCHER.toString(), "--version");
    ProcessBuilder pb = new ProcessBuilder(c);
    pb.environment().put("RECIST_JAR", "/nonexistent/recist.jar");
    Path err = Files.createTempFile("recist-launcher", ".err");
    pb.redirectError(err.toFile());
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertEquals(1, p.waitFor());
    assertEquals(0, out.length);
    assertTrue(Files.readString(err).contains("/nonexistent/recist.jar not found"),
        Files.readString(err));
    Files.delete(err);
  }
}
