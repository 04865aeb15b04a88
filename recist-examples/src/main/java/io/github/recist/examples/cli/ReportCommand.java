package io.github.recist.examples.cli;

import io.github.recist.Recist11;
import io.github.recist.examples.json.CaseReader;
import io.github.recist.examples.json.CaseSource;
import io.github.recist.examples.json.ResultWriter;
import io.github.recist.examples.report.CohortReport;
import io.github.recist.model.Criteria;
import io.github.recist.model.Protocol;
import io.github.recist.result.SubjectAssessment;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code recist report FILE --out DIR}: assesses a {@code recist-case/1} file and writes the cohort
 * report into DIR: {@code report.html} (self-contained: per-subject results, cohort endpoints of Rule
 * R13, the pictures embedded), the waterfall, spider, swimmer and Kaplan–Meier pictures as PNG and
 * SVG, and {@code results.json} ({@code recist-result/1}).
 *
 * <p>The file is checked as a whole first, as by {@code assess}: nothing is written when it is
 * refused (status 2). The report holds the whole cohort in memory.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Recist.Version.class,
    description = {"Assess a recist-case/1 file and write the cohort report into DIR: report.html "
        + "(tables and pictures), waterfall, spider, swimmer and Kaplan-Meier plots as PNG and SVG, "
        + "and results.json (recist-result/1).",
        "The whole file is checked first: if anything is wrong, each problem is printed on "
        + "standard error, one a line, nothing is written (exit status 2)."})
final class ReportCommand implements Callable<Integer> {

  @ParentCommand
  Recist recist;

  @Parameters(paramLabel = "FILE", description = "A recist-case/1 file, or - for standard input.")
  String file;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "The folder to write into (created if missing; one that cannot be written "
          + "is refused with exit status 2).")
  Path out;

  @Option(names = "--strict",
      description = "Make protocol deviations (R1-R3; an unknown site, an implausible diameter) "
          + "errors instead of warnings.")
  boolean strict;

  @Option(names = "--criteria", paramLabel = "RECIST_1_1|IRECIST|both",
      description = "The criteria to assess under, instead of the file's protocol.criteria: "
          + "RECIST_1_1, IRECIST, or both at once (RECIST_1_1,IRECIST or both): then the report "
          + "sets their endpoints, curves and visits side by side.")
  String criteria;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Set<Criteria> under = CriteriaOption.of(criteria, spec);
    try (CaseSource source = Inputs.open(file, recist.in, recist.err)) {
      if (source == null) {
        return Recist.INVALID_INPUT;
      }
      List<Path> written = write(source, strict, out, recist, true, under);
      if (written == null) {
        return Recist.INVALID_INPUT;
      }
      for (Path p : written) {
        recist.out.println(p);
      }
      recist.out.flush();
      return Recist.OK;
    }
  }

  /**
   * Checks {@code source}, then writes its report into {@code dir}; the files written, {@code
   * report.html} first, or null when the file was refused or {@code dir} cannot be made a writable
   * folder (told on {@code recist.err}). With {@code summary}, a file with warnings also gets a
   * one-line count of them on {@code recist.err}.
   */
  static List<Path> write(CaseSource source, boolean strict, Path dir, Recist recist,
      boolean summary) throws IOException {
    return write(source, strict, dir, recist, summary, Set.of());
  }

  /**
   * As {@link #write(CaseSource, boolean, Path, Recist, boolean)}, under each of {@code under}
   * instead of the file's criteria (none: the file's): under both, the report sets them side by
   * side and {@code results.json} nests each subject's iRECIST entry in its RECIST 1.1 one, as
   * {@code recist assess --criteria both} writes it.
   */
  static List<Path> write(CaseSource source, boolean strict, Path dir, Recist recist,
      boolean summary, Set<Criteria> under) throws IOException {
    CaseReader reader = new CaseReader(strict, under);
    CaseReader.Check check = reader.check(source, p -> {
      if (p.isError()) {
        recist.err.println(Lines.oneLine(p));
      }
    }, () -> { });
    if (!check.ok()) {
      return null;
    }
    if (!writableFolder(dir, recist)) {
      return null;
    }
    Protocol protocol = check.protocol();
    List<List<SubjectAssessment>> each = new ArrayList<>();
    List<SubjectAssessment> assessed = new ArrayList<>();
    reader.read(source, s -> {
      List<SubjectAssessment> a = under.size() < 2 ? List.of(Recist11.assess(s, protocol))
          : Recist11.assessUnder(s, protocol, under).all();
      each.add(a);
      assessed.addAll(a);
    });
    if (assessed.isEmpty()) {
      recist.err.println(source.name() + ": no subject to report on");
      return null;
    }
    List<Path> written = new ArrayList<>(CohortReport.write(assessed, protocol, dir));
    Path results = dir.resolve("results.json");
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(results));
        ResultWriter writer = new ResultWriter(o)) {
      for (List<SubjectAssessment> a : each) {
        if (a.size() == 1) {
          writer.write(a.get(0));
        } else {
          writer.write(a.get(0), a.get(1));
        }
      }
    }
    written.add(results);
    String warnings = check.warningSummary("results.json and report.html");
    if (summary && warnings != null) {
      recist.err.println(warnings);
    }
    return written;
  }

  /**
   * Whether {@code dir} is, or could be created as, a folder this process may write into; if not,
   * says why on {@code recist.err}: {@code recist: cannot write the report into /x: not a folder}.
   */
  static boolean writableFolder(Path dir, Recist recist) {
    String why;
    try {
      Files.createDirectories(dir);
      Path probe = Files.createTempFile(dir, ".recist-", ".tmp");
      Files.delete(probe);
      return true;
    } catch (FileAlreadyExistsException e) {
      why = "not a folder";
    } catch (AccessDeniedException e) {
      why = "permission denied";
    } catch (IOException | SecurityException e) {
      why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    recist.err.println("recist: cannot write the report into " + dir.toAbsolutePath() + ": " + why);
    return false;
  }

  /**
   * A new, empty folder named {@code prefix…} in the system's temporary folder, created for this run
   * alone ({@link Files#createTempDirectory}); null, with the reason on {@code recist.err}, if the
   * temporary folder cannot be written.
   */
  static Path freshFolder(String prefix, Recist recist) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException | SecurityException e) {
      recist.err.println("recist: cannot create a folder in the temporary folder "
          + System.getProperty("java.io.tmpdir") + ": " + e.getMessage());
      return null;
    }
  }
}
