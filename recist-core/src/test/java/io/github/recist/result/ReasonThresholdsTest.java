package io.github.recist.result;

import static io.github.recist.Fixtures.day;
import static io.github.recist.Fixtures.oneTarget;
import static io.github.recist.Fixtures.reason;
import static io.github.recist.Fixtures.recorded;
import static io.github.recist.model.Response.NE;
import static io.github.recist.model.Response.PR;
import static io.github.recist.model.Response.SD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Recist11;
import io.github.recist.model.Diameter;
import io.github.recist.model.Protocol;
import io.github.recist.rules.ConfirmedBestOverallResponse;
import io.github.recist.rules.TargetResponse;
import io.github.recist.testing.Pins;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Reasons never retype a threshold (issue 11, item 2): every number in a sentence comes from the
 * constant or protocol option that decides it, carried as one of the reason's values, so that
 * changing one changes the sentence.
 */
class ReasonThresholdsTest {

  /** What may stand in a template besides values: rule numbers, "RECIST 1.1", tables, option names, "0 mm" (gone). */
  private static final Pattern CITATIONS =
      Pattern.compile("\\{\\d}|RECIST 1\\.1|Table \\d|R\\d+(\\.\\d+)*|\\b0 mm|RECIST_TABLE_3");

  @Test
  void noTemplateCarriesANumberOfItsOwn() {
    List<String> retyped = new ArrayList<>();
    for (Reason.Kind k : Reason.Kind.values()) {
      String bare = CITATIONS.matcher(k.template()).replaceAll("");
      if (bare.chars().anyMatch(Character::isDigit)) {
        retyped.add(k + ": " + k.template());
      }
    }
    assertEquals(List.of(), retyped);
  }

  @Test
  @Pins("R6.3")
  void R6_3_theProgressionSentenceTakesItsThresholdsFromTheConstants() {
    Reason r = reason(Recist11.assess(oneTarget(25, 30)).timepoints().get(0).reasons(),
        Reason.Kind.TARGET_PROGRESSION);
    assertEquals(TargetResponse.PROGRESSION_PERCENT, r.values().get(4));
    assertEquals(TargetResponse.PROGRESSION_MINIMUM_INCREASE, r.values().get(5));
    // the sentence follows its values: another threshold, another sentence
    Reason other = Reason.of(Reason.Kind.TARGET_PROGRESSION, Diameter.ofMillimetres(30),
        PercentChange.magnitude(300, 250), Diameter.ofMillimetres(5), Diameter.ofMillimetres(25), 15,
        Diameter.ofMillimetres(3));
    assertTrue(other.text().endsWith("PD (R6.3 needs at least 15% and 3 mm)"), other.text());
  }

  @Test
  @Pins({"R6.4", "R6.5", "R6.2"})
  void R6_thePrSdAndCrSentencesTakeTheirThresholdsFromTheConstants() {
    Reason pr = reason(Recist11.assess(oneTarget(70, 49)).timepoints().get(0).reasons(),
        Reason.Kind.TARGET_PARTIAL_RESPONSE);
    assertEquals(TargetResponse.PARTIAL_RESPONSE_PERCENT, pr.values().get(3));
    Reason sd = reason(Recist11.assess(oneTarget(70, 60)).timepoints().get(0).reasons(),
        Reason.Kind.TARGET_STABLE_DISEASE);
    assertEquals(List.of(TargetResponse.PARTIAL_RESPONSE_PERCENT, TargetResponse.PROGRESSION_PERCENT,
        TargetResponse.PROGRESSION_MINIMUM_INCREASE), sd.values().subList(5, 8));
    Reason cr = reason(Recist11.assess(oneTarget(70, 0)).timepoints().get(0).reasons(),
        Reason.Kind.TARGET_COMPLETE_RESPONSE);
    assertEquals(TargetResponse.NORMAL_NODE_SHORT_AXIS, cr.values().get(1));
  }

  @Test
  @Pins("R12.2")
  void R12_2_theOneSdLimitIsANamedConstantInTheSentence() {
    // PR, SD, SD, PR with SD accepted between: two SD visits, one allowed
    Protocol acceptSd = Protocol.defaults().withAcceptStableDiseaseBetween(true);
    SubjectAssessment a = Recist11.assess(recorded(42, PR, 56, SD, 63, SD, 84, PR), acceptSd);
    Reason why = (Reason) reason(a.reasons(), Reason.Kind.UNCONFIRMED).values().get(2);
    assertEquals(Reason.Kind.UNCONFIRMED_TOO_MANY_STABLE, why.kind());
    assertEquals(List.of(2, day(84), ConfirmedBestOverallResponse.MAX_STABLE_DISEASE_BETWEEN),
        why.values());
    assertTrue(why.text().endsWith("(at most " + ConfirmedBestOverallResponse.MAX_STABLE_DISEASE_BETWEEN
        + " allowed)"), why.text());
  }

  @Test
  @Pins("R12.1")
  void R12_1_theNeLimitSentenceChangesWithTheOption() {
    // PR, NE, NE, PR: two NE visits between
    Reason one = why(Recist11.assess(recorded(42, PR, 56, NE, 63, NE, 84, PR)));
    assertEquals(Reason.Kind.UNCONFIRMED_TOO_MANY_NOT_EVALUABLE, one.kind());
    assertTrue(one.text().endsWith("(at most 1 allowed)"), one.text());
    Protocol none = Protocol.defaults().withMaxNotEvaluableBetween(0);
    Reason zero = why(Recist11.assess(recorded(42, PR, 56, NE, 84, PR), none));
    assertTrue(zero.text().endsWith("(at most 0 allowed)"), zero.text());
  }

  @Test
  @Pins("R11")
  void R11_theMinimumSdDurationSentenceChangesWithTheOption() {
    Reason fortyTwo = reason(Recist11.assess(recorded(30, SD)).reasons(),
        Reason.Kind.BEST_NOT_EVALUABLE_TOO_EARLY);
    assertEquals(42, fortyTwo.values().get(3));
    Reason fiftySix = reason(Recist11.assess(recorded(30, SD),
        Protocol.defaults().withMinStableDiseaseDays(56)).reasons(),
        Reason.Kind.BEST_NOT_EVALUABLE_TOO_EARLY);
    assertTrue(fiftySix.text().contains("before the 56-day minimum"), fiftySix.text());
  }

  private static Reason why(SubjectAssessment a) {
    return (Reason) reason(a.reasons(), Reason.Kind.UNCONFIRMED).values().get(2);
  }
}
