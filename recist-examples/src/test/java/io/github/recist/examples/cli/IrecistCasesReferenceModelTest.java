package io.github.recist.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.examples.json.CaseFile;
import io.github.recist.model.Criteria;
import io.github.recist.model.Subject;
import io.github.recist.testing.IrecistComparison;
import io.github.recist.testing.IrecistReferenceModel;
import io.github.recist.testing.Pins;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine agrees with the plain reference model of iRECIST ({@link IrecistReferenceModel},
 * issue 12) on every measured iRECIST case of {@code src/test/resources/cases/irecist/}, visit by
 * visit, with and without {@code unconfirmedProgressionAsEvent}: a second reading of R14 for the
 * cases that were derived by hand.
 */
class IrecistCasesReferenceModelTest {

  static Stream<String> cases() throws Exception {
    return IrecistCasesTest.cases();
  }

  @Pins({"R14.4", "R14.5", "R14.6", "R14.7", "R14.8", "R14.9", "R14.12"})
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void R14_theEngineAgreesWithTheReferenceModelOnTheCase(String name) throws Exception {
    CaseFile file = CaseFile.read(IrecistCasesTest.folder().resolve(name));
    for (Subject s : file.subjects()) {
      if (file.protocol().criteria() != Criteria.IRECIST || s.isRecorded()) {
        continue;
      }
      IrecistReferenceModel model = IrecistReferenceModel.asWritten();
      assertEquals("", IrecistComparison.disagreement(s, file.protocol(), model), name);
      assertEquals("", IrecistComparison.disagreement(s,
          file.protocol().withUnconfirmedProgressionAsEvent(true), model), name);
      assertTrue(model.assess(s, file.protocol()).visits.size() > 0, name);
    }
  }
}
