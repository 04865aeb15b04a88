package io.github.recist.examples.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Recist11;
import io.github.recist.examples.json.CaseFileSubjects;
import io.github.recist.examples.json.CaseSource;
import io.github.recist.examples.json.CaseWriter;
import io.github.recist.examples.sdtm.SdtmOptions;
import io.github.recist.examples.sdtm.SdtmReader;
import io.github.recist.examples.sdtm.SdtmSubjects;
import io.github.recist.model.Problem;
import io.github.recist.model.Protocol;
import io.github.recist.model.Subject;
import io.github.recist.result.SubjectAssessment;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two sources of subjects, a recist-case/1 file and a study's SDTM domains, behind one {@link
 * SubjectSource}: the same pipeline checks them (Rules R1–R3 deviations, strict mode) and hands the
 * subjects to the work in input order, whatever the number of threads.
 */
class SubjectSourceTest {

  private static final Path DATA = Paths.get("src/test/resources/sdtm");

  @TempDir
  Path temp;

  private static SdtmReader.Files measurements() {
    return new SdtmReader.Files(DATA.resolve("tu_onco_recist.csv"), DATA.resolve("tr_onco_recist.csv"),
        null, DATA.resolve("adsl.csv"), null);
  }

  /** Assesses every subject of {@code source} on {@code threads} threads; the assessments in order. */
  private static List<SubjectAssessment> assess(SubjectSource source, int threads, List<Problem> problems)
      throws IOException {
    List<SubjectAssessment> out = new ArrayList<>();
    SubjectSource.Outcome outcome = source.check(problems::add, null, threads,
        new SubjectWork<SubjectAssessment>() {
          @Override
          public SubjectAssessment work(Subject subject, Protocol protocol) {
            return Recist11.assess(subject, protocol);
          }

          @Override
          public void accept(SubjectAssessment result) {
            out.add(result);
          }
        });
    assertTrue(outcome.ok(), problems::toString);
    assertTrue(outcome.worked());
    return out;
  }

  @Test
  void theSdtmStudyAndItsCaseFileGiveTheSameAssessmentsInOrderOnAnyNumberOfThreads() throws IOException {
    SdtmSubjects sdtm = new SdtmSubjects(measurements(),
        SdtmOptions.defaults().withUse(SdtmOptions.Use.MEASUREMENTS), Protocol.defaults());
    List<SubjectAssessment> fromSdtm = assess(sdtm, 1, new ArrayList<>());
    assertEquals(8, fromSdtm.size(), "the 8 subjects of set A");
    Path cases = temp.resolve("cases.json");
    try (OutputStream out = Files.newOutputStream(cases)) {
      CaseWriter.write(Protocol.defaults(), sdtm.study().assessable(), out);
    }
    for (int threads : new int[] {1, 4}) {
      assertEquals(fromSdtm, assess(new SdtmSubjects(measurements(),
          SdtmOptions.defaults().withUse(SdtmOptions.Use.MEASUREMENTS), Protocol.defaults()), threads,
          new ArrayList<>()), threads + " threads");
      try (CaseSource source = CaseSource.of(cases)) {
        assertEquals(fromSdtm, assess(new CaseFileSubjects(source, false), threads, new ArrayList<>()),
            "the case file, " + threads + " threads");
      }
    }
  }

  @Test
  void strictModeMakesTheR1DeviationsOfBothSourcesErrors() throws IOException {
    Path b = Paths.get("../../shared/data/sdtm");
    if (!Files.isDirectory(b)) {
      b = Paths.get("../shared/data/sdtm");
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(b), "shared/data/sdtm not found");
    SdtmReader.Files large = new SdtmReader.Files(b.resolve("tu_onco.csv"), b.resolve("tr_onco.csv.gz"),
        null, b.resolve("adsl.csv"), null);
    SdtmOptions options = SdtmOptions.defaults().withUse(SdtmOptions.Use.MEASUREMENTS);
    List<Problem> lenient = new ArrayList<>();
    SubjectSource.Outcome warned = new SdtmSubjects(large, options, Protocol.defaults())
        .check(lenient::add, null, 2, null);
    assertTrue(warned.ok());
    assertEquals(241 + 143, lenient.stream().filter(p -> p.rule().map("R1"::equals).orElse(false)).count());
    List<Problem> strict = new ArrayList<>();
    SubjectSource.Outcome refused = new SdtmSubjects(large, options, Protocol.defaults().withStrict(true))
        .check(strict::add, null, 2, null);
    assertFalse(refused.ok());
    assertEquals(241 + 143, refused.errors());
  }
}
