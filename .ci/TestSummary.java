import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one line {@code mvn -q verify} ends with: the Surefire reports of every module of this build,
 * summed — {@code Tests: 1203 passed, 0 failed, 2 skipped, in 1 min 24 s} — so a quiet build still
 * says how it went. Run by the last module of the build (see recist-examples/pom.xml), and by
 * {@code .ci/run}, as a single-file program:
 *
 * <pre>java .ci/TestSummary.java ROOT [START]</pre>
 *
 * ROOT is the project folder; START, an ISO instant, the start of the build: reports older than it
 * (from an earlier build) are not counted, and the time is measured from it. Exits 1 when no test ran
 * or one failed, else 0.
 */
public final class TestSummary {
  private static final Pattern SUITE = Pattern.compile("<testsuite\\s[^>]*>");

  public static void main(String[] args) throws IOException {
    Path root = Paths.get(args.length > 0 ? args[0] : ".");
    Instant start = args.length > 1 && !args[1].isBlank() ? parse(args[1]) : Instant.EPOCH;
    long tests = 0;
    long failed = 0;
    long skipped = 0;
    int suites = 0;
    try (DirectoryStream<Path> modules = Files.newDirectoryStream(root, Files::isDirectory)) {
      for (Path module : modules) {
        Path reports = module.resolve("target").resolve("surefire-reports");
        if (!Files.isDirectory(reports)) {
          continue;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(reports, "TEST-*.xml")) {
          for (Path f : files) {
            if (Files.getLastModifiedTime(f).toInstant().isBefore(start.minusSeconds(2))) {
              continue;
            }
            String head = head(f);
            Matcher m = SUITE.matcher(head);
            if (!m.find()) {
              continue;
            }
            String suite = m.group();
            suites++;
            tests += attribute(suite, "tests");
            failed += attribute(suite, "failures") + attribute(suite, "errors");
            skipped += attribute(suite, "skipped");
          }
        }
      }
    }
    String time = start.equals(Instant.EPOCH) ? "" : ", in " + duration(Duration.between(start,
        Instant.now()));
    if (suites == 0) {
      System.err.println("no test ran");
    }
    System.out.println("Tests: " + (tests - failed - skipped) + " passed, " + failed + " failed, "
        + skipped + " skipped" + time);
    System.exit(failed == 0 && suites > 0 ? 0 : 1);
  }

  private static Instant parse(String s) {
    return OffsetDateTime.parse(s).toInstant();
  }

  private static String head(Path f) throws IOException {
    byte[] bytes;
    try (var in = Files.newInputStream(f)) {
      bytes = in.readNBytes(4096);
    }
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static long attribute(String element, String name) {
    Matcher m = Pattern.compile("\\s" + name + "=\"(\\d+)\"").matcher(element);
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }

  private static String duration(Duration d) {
    long s = Math.max(0, d.getSeconds());
    return s < 60 ? s + " s" : s / 60 + " min " + s % 60 + " s";
  }
}
