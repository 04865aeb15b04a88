package io.github.recist.rules;

import static io.github.recist.model.Response.CR;
import static io.github.recist.model.Response.NA;
import static io.github.recist.model.Response.NE;
import static io.github.recist.model.Response.NON_CR_NON_PD;
import static io.github.recist.model.Response.PD;
import static io.github.recist.model.Response.PR;
import static io.github.recist.model.Response.SD;
import static io.github.recist.testing.Theories.qt;
import static io.github.recist.testing.Theories.smallestCounterExample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import io.github.recist.model.Response;
import io.github.recist.result.NewLesionFinding;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Tuple3;
import org.quicktheories.core.Gen;

/**
 * Rule R9: every combination of target, non-target and new-lesion findings maps to exactly one
 * overall response of RECIST 1.1 Tables 1 and 2, and a combination outside the tables is refused.
 */
class OverallResponseTablePropertiesTest {

  private static final Set<Response> TARGET = EnumSet.of(CR, PR, SD, PD, NE);
  private static final Set<Response> NON_TARGET = EnumSet.of(CR, NON_CR_NON_PD, PD, NE, NA);
  private static final Set<Response> ANY_NON_TARGET = NON_TARGET;
  private static final Set<Response> NOT_PD = EnumSet.of(CR, NON_CR_NON_PD, NE, NA);

  /** A row of the tables: target in, non-target in, new lesion (null: any), overall. */
  private record Row(Set<Response> target, Set<Response> nonTarget, Boolean newLesion, Response overall) {
    boolean matches(Response t, Response n, boolean newLesion) {
      return target.contains(t) && nonTarget.contains(n)
          && (this.newLesion == null || this.newLesion == newLesion);
    }
  }

  /** RECIST-RULES.md R9, row by row; "any" is every response of that column. */
  private static final List<Row> ROWS = List.of(
      // Table 1
      new Row(EnumSet.of(CR), EnumSet.of(CR, NA), false, CR),
      new Row(EnumSet.of(CR), EnumSet.of(NON_CR_NON_PD), false, PR),
      new Row(EnumSet.of(CR), EnumSet.of(NE), false, PR),
      new Row(EnumSet.of(PR), NOT_PD, false, PR),
      new Row(EnumSet.of(SD), NOT_PD, false, SD),
      new Row(EnumSet.of(NE), NOT_PD, false, NE),
      new Row(EnumSet.of(PD), ANY_NON_TARGET, null, PD),
      new Row(TARGET, EnumSet.of(PD), null, PD),
      new Row(TARGET, ANY_NON_TARGET, true, PD),
      // Table 2
      new Row(EnumSet.of(NA), EnumSet.of(CR), false, CR),
      new Row(EnumSet.of(NA), EnumSet.of(NON_CR_NON_PD), false, NON_CR_NON_PD),
      new Row(EnumSet.of(NA), EnumSet.of(NE), false, NE),
      new Row(EnumSet.of(NA), EnumSet.of(PD), null, PD),
      new Row(EnumSet.of(NA), EnumSet.of(CR, NON_CR_NON_PD, NE), true, PD));

  /** How the tables are read: the engine's {@link OverallResponseTable}, or a broken copy. */
  interface Table {
    Response overall(Response target, Response nonTarget, NewLesionFinding newLesions);
  }

  /** The property for one combination: refused outside the tables, else the one row that matches. */
  private static void assertOneOverallResponse(Table table, Response target, Response nonTarget,
      NewLesionFinding newLesions) {
    boolean valid = (TARGET.contains(target) || target == NA) && NON_TARGET.contains(nonTarget)
        && !(target == NA && nonTarget == NA);
    if (!valid) {
      assertThrows(IllegalArgumentException.class, () -> table.overall(target, nonTarget, newLesions),
          () -> target + ", " + nonTarget + ", " + newLesions);
      return;
    }
    // an equivocal new lesion is no new lesion (R8)
    boolean newLesion = newLesions == NewLesionFinding.UNEQUIVOCAL;
    Set<Response> answers = ROWS.stream().filter(r -> r.matches(target, nonTarget, newLesion))
        .map(Row::overall).collect(Collectors.toSet());
    assertEquals(1, answers.size(), () -> "rows give " + answers);
    Response overall = table.overall(target, nonTarget, newLesions);
    assertEquals(answers.iterator().next(), overall, () -> target + ", " + nonTarget + ", " + newLesions);
    assertTrue(overall.isEvaluable() || overall == NE);
  }

  private static final Gen<Response> RESPONSES = arbitrary().enumValues(Response.class);
  private static final Gen<NewLesionFinding> NEW_LESIONS = arbitrary().enumValues(NewLesionFinding.class);

  /**
   * Every combination, drawn at random: QuickTheories has no exhaustive mode, so the test after this
   * one walks every combination as well.
   */
  @Test
  void R9_everyCombinationMapsToExactlyOneOverallResponse() {
    qt(1000).forAll(RESPONSES, RESPONSES, NEW_LESIONS).checkAssert((target, nonTarget, newLesions) ->
        assertOneOverallResponse(OverallResponseTable::overall, target, nonTarget, newLesions));
  }

  @Test
  void R9_everyCombinationMapsToExactlyOneOverallResponse_exhaustively() {
    for (Response target : Response.values()) {
      for (Response nonTarget : Response.values()) {
        for (NewLesionFinding newLesions : NewLesionFinding.values()) {
          assertOneOverallResponse(OverallResponseTable::overall, target, nonTarget, newLesions);
        }
      }
    }
  }

  /**
   * A copy of the tables that reads target CR with non-target NE as CR (Table 1 says PR) fails the
   * property, on exactly that combination.
   */
  @Test
  void R9_everyCombinationMapsToExactlyOneOverallResponse_detectsBrokenRule() {
    Table broken = (target, nonTarget, newLesions) ->
        target == CR && nonTarget == NE && newLesions != NewLesionFinding.UNEQUIVOCAL
            ? CR : OverallResponseTable.overall(target, nonTarget, newLesions);
    Optional<Object> smallest = smallestCounterExample(1000, theory -> theory
        .forAll(RESPONSES, RESPONSES, NEW_LESIONS).checkAssert((target, nonTarget, newLesions) ->
            assertOneOverallResponse(broken, target, nonTarget, newLesions)));
    assertTrue(smallest.isPresent(), "the broken rule was not found");
    @SuppressWarnings("unchecked")
    Tuple3<Response, Response, NewLesionFinding> found =
        (Tuple3<Response, Response, NewLesionFinding>) smallest.get();
    assertEquals(CR, found._1, found::toString);
    assertEquals(NE, found._2, found::toString);
  }
}
