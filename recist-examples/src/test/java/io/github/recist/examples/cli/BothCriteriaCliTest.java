package io.github.recist.examples.cli;

import static io.github.recist.examples.cli.IrecistInputCliTest.file;
import static io.github.recist.examples.cli.IrecistInputCliTest.pseudoProgression;
import static io.github.recist.examples.cli.IrecistInputCliTest.visit;
import static io.github.recist.examples.cli.RecistCliTest.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.model.Criteria;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code recist assess --criteria} (issue 12, item 4): the spellings it takes, the file's criteria
 * it overrides (Rule R14: one file, either criteria), and the errors, which stay those of the
 * criteria assessed.
 */
class BothCriteriaCliTest {

  private static final String IRECIST = "{\"criteria\": \"IRECIST\"}";
  private static final String RECIST = "{\"criteria\": \"RECIST_1_1\"}";

  @ParameterizedTest
  @ValueSource(strings = {"RECIST_1_1,IRECIST", "both", "BOTH", "IRECIST,RECIST_1_1",
      "recist_1_1, irecist"})
  void bothSpellingsNameBothCriteriaInTheOrderOfCriteria(String value) {
    assertEquals(Set.of(Criteria.RECIST_1_1, Criteria.IRECIST), CriteriaOption.parse(value));
    assertEquals(Criteria.RECIST_1_1, CriteriaOption.parse(value).iterator().next());
  }

  @Test
  void oneCriteriaNamesItAlone() {
    assertEquals(Set.of(Criteria.IRECIST), CriteriaOption.parse("IRECIST"));
    assertEquals(Set.of(Criteria.RECIST_1_1), CriteriaOption.parse("RECIST_1_1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "RECIST", "RECIST_1_1,", "IRECIST,IRECIST", "all", "RECIST_1_1;IRECIST"})
  void anythingElseIsRefusedNamingTheValueAndTheSpellings(String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CriteriaOption.parse(value));
    assertTrue(e.getMessage().startsWith("--criteria must be RECIST_1_1, IRECIST, RECIST_1_1,IRECIST "
        + "or both, not '" + value + "'"), e.getMessage());
  }

  @Test
  void aBadValueIsACommandLineErrorWithStatusTwoAndNothingOnStandardOutput() {
    Cli.Run run = Cli.assess(pseudoProgression(RECIST), "--criteria", "RECIST");
    assertRefused(run, "--criteria must be RECIST_1_1, IRECIST, RECIST_1_1,IRECIST or both, not 'RECIST'");
  }

  @Test
  void criteriaRecist11OverridesTheFilesIrecist() {
    Cli.Run overridden = Cli.assess(pseudoProgression(IRECIST), "--criteria", "RECIST_1_1");
    Cli.Run asWritten = Cli.assess(pseudoProgression(RECIST));
    assertEquals(0, asWritten.status, asWritten::toString);
    assertEquals(asWritten.toString(), overridden.toString(), "the same output, byte for byte");
    Cli.Run text = Cli.assess(pseudoProgression(IRECIST), "--criteria", "recist_1_1", "--format", "text");
    assertEquals(Cli.assess(pseudoProgression(RECIST), "--format", "text").toString(), text.toString());
  }

  @Test
  void criteriaOfTheFileIsUsedWithoutTheOption() {
    Cli.Run plain = Cli.assess(pseudoProgression(RECIST));
    assertEquals(plain.toString(), Cli.assess(pseudoProgression(RECIST), "--criteria",
        "RECIST_1_1").toString());
    assertEquals(plain.toString(), Cli.assess(pseudoProgression(null), "--criteria",
        "RECIST_1_1").toString(), "a file without protocol");
  }

  @Test
  void errorsOfTheFileAreTheSameWhateverTheCriteria() {
    String broken = file(RECIST, visit("2018-02-07", -3, "PRESENT"));
    Cli.Run plain = Cli.assess(broken);
    assertRefused(plain, "S-1 2018-02-07 T1");
    for (String criteria : new String[] {"RECIST_1_1", "IRECIST", "both"}) {
      Cli.Run run = Cli.assess(broken, "--criteria", criteria);
      assertEquals(plain.toString(), run.toString(), criteria);
    }
  }

  /** A subject with recorded RECIST 1.1 responses: its codes are an error under iRECIST (R14.13). */
  private static String recorded(String protocol) {
    return "{\"format\": \"recist-case/1\"" + (protocol == null ? "" : ", \"protocol\": " + protocol)
        + ", \"subjects\": [{\"id\": \"R-1\", \"referenceDate\": \"2020-01-06\", \"assessments\": ["
        + "{\"date\": \"2020-03-02\", \"response\": \"PR\"}]}]}";
  }

  @Test
  void recordedCodesOfTheOtherCriteriaAreErrorsUnderTheCriteriaGiven() {
    assertEquals(0, Cli.assess(recorded(RECIST)).status);
    Cli.Run underIrecist = Cli.assess(recorded(RECIST), "--criteria", "IRECIST");
    Cli.Run fileSaysIrecist = Cli.assess(recorded(IRECIST));
    assertRefused(fileSaysIrecist, "R-1");
    assertEquals(fileSaysIrecist.toString(), underIrecist.toString(),
        "the same error as a file that says IRECIST");
    assertEquals(fileSaysIrecist.toString(), Cli.assess(recorded(RECIST), "--criteria", "both")
        .toString(), "both criteria: the error of either");
    assertEquals(fileSaysIrecist.toString(), Cli.assess(recorded(null), "--criteria", "both",
        "--threads", "2").toString(), "without a protocol, on two threads");
  }

  @Test
  void validateIsUnchangedAndHasNoCriteriaOption() {
    Cli.Run run = Cli.runWithInput(pseudoProgression(IRECIST), "validate", "--criteria", "both", "-");
    assertEquals(2, run.status, run::toString);
    assertTrue(run.err.contains("Unknown option"), run::toString);
  }
}
