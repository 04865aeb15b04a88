package io.github.recist.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("JAVA", JAVA);
    pb.environment().remove("JAVA_OPTS");
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
