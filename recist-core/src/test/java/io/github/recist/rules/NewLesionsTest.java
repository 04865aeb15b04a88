package io.github.recist.rules;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.day;
import static io.github.recist.Fixtures.has;
import static io.github.recist.Fixtures.reason;
import static io.github.recist.model.Response.PD;
import static io.github.recist.model.Response.PR;
import static io.github.recist.model.Response.SD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Fixtures;
import io.github.recist.Recist11;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.result.NewLesionFinding;
import io.github.recist.result.Reason;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import io.github.recist.testing.Pins;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rule R8: new lesions, equivocal and unequivocal, and back-dating of progression. */
class NewLesionsTest {

  private static Subject.Builder responding() {
    return Subject.builder("R8").referenceDate(REF).target("T1", Site.LUNG)
        .baseline(day(-7), v -> v.measure("T1", 40));
  }

  @Pins("R8.1")
  @Test
  void R8_unequivocalNewLesionIsProgressionWhateverTheTargets() {
    Subject s = responding().visit(day(42), v -> v.measure("T1", 10).newLesion("N1", Site.LIVER)).build();
    TimepointResult t = Recist11.assess(s).timepoints().get(0);
    assertEquals(PR, t.target());
    assertEquals(NewLesionFinding.UNEQUIVOCAL, t.newLesions());
    assertEquals(PD, t.overall());
    assertEquals(List.of(List.of("N1 (LIVER)")),
        reason(t.reasons(), Reason.Kind.NEW_LESION_UNEQUIVOCAL).values(), t::explain);
  }

  @Pins("R8.2")
  @Test
  void R8_equivocalNewLesionIsNotProgression() {
    Subject s = responding().visit(day(42), v -> v.measure("T1", 10).equivocalNewLesion("N1", Site.LIVER))
        .build();
    SubjectAssessment a = Recist11.assess(s);
    TimepointResult t = a.timepoints().get(0);
    assertEquals(NewLesionFinding.EQUIVOCAL, t.newLesions());
    assertEquals(PR, t.overall(), "an equivocal new lesion counts as no new lesion in R9");
    assertEquals(Optional.empty(), a.progressionDate());
  }

  @Pins("R8.2")
  @Test
  void R8_equivocalLesionShownUnequivocallyLaterBackdatesProgressionToItsFirstAppearance() {
    Subject s = responding()
        .visit(day(42), v -> v.measure("T1", 38))
        .visit(day(84), v -> v.measure("T1", 38).equivocalNewLesion("N1", Site.LIVER))
        .visit(day(126), v -> v.measure("T1", 38).newLesion("N1", Site.LIVER))
        .build();
    SubjectAssessment a = Recist11.assess(s);
    TimepointResult first = Fixtures.at(a, day(84));
    assertEquals(SD, first.target());
    assertEquals(PD, first.overall(), "the visit where N1 first appeared becomes PD");
    Reason r = reason(first.reasons(), Reason.Kind.NEW_LESION_BACKDATED);
    assertEquals(List.of("N1", day(126)), r.values(), r::text);
    assertEquals(PD, Fixtures.at(a, day(126)).overall());
    assertEquals(Optional.of(day(84)), a.progressionDate(), "progression moves to the first appearance");
    assertTrue(a.progressionFreeSurvival().event());
    assertEquals(day(84), a.progressionFreeSurvival().end(), "progression-free survival ends there too");
  }

  @Pins({"R8.2", "R10.1"})
  @Test
  void R8_backdatingMovesTheEndOfTheVisitsBestResponseConsiders() {
    // day 84 CR (equivocal new lesion), day 126 the lesion is unequivocal: progression is day 84
    Subject s = responding()
        .visit(day(42), v -> v.measure("T1", 20))
        .visit(day(84), v -> v.disappeared("T1").equivocalNewLesion("N1", Site.BONE))
        .visit(day(126), v -> v.disappeared("T1").newLesion("N1", Site.BONE))
        .build();
    SubjectAssessment a = Recist11.assess(s, Fixtures.UNCONFIRMED);
    assertEquals(PR, a.bestOverallResponse(), "the CR of day 84 became PD; best is the PR of day 42");
    assertEquals(Optional.of(day(84)), a.progressionDate());
  }

  @Pins("R8.2")
  @Test
  void R8_progressionIsDatedAtTheFirstOfSeveralEquivocalSightings() {
    Subject s = responding()
        .visit(day(42), v -> v.measure("T1", 38).equivocalNewLesion("N1", Site.LIVER))
        .visit(day(84), v -> v.measure("T1", 38).equivocalNewLesion("N1", Site.LIVER))
        .visit(day(126), v -> v.measure("T1", 38).newLesion("N1", Site.LIVER))
        .build();
    SubjectAssessment a = Recist11.assess(s);
    assertEquals(PD, Fixtures.at(a, day(42)).overall());
    assertEquals(Optional.of(day(42)), a.progressionDate());
  }

  @Pins("R8.2")
  @Test
  void R8_equivocalLesionNeverConfirmedLeavesProgressionWhereItIs() {
    Subject s = responding()
        .visit(day(42), v -> v.measure("T1", 38).equivocalNewLesion("N1", Site.LIVER))
        .visit(day(84), v -> v.measure("T1", 38).newLesion("N2", Site.LUNG))
        .build();
    SubjectAssessment a = Recist11.assess(s);
    assertEquals(SD, a.timepoints().get(0).overall());
    assertEquals(Optional.of(day(84)), a.progressionDate());
  }

  @Test
  void R8_theReasonsNameEquivocalAndUnequivocalNewLesionsApart() {
    TimepointResult unequivocal = Recist11.assess(responding()
        .visit(day(42), v -> v.measure("T1", 10).newLesion("N1", Site.LIVER)).build()).timepoints().get(0);
    assertTrue(has(unequivocal.reasons(), Reason.Kind.NEW_LESION_UNEQUIVOCAL), unequivocal.explain());
    assertFalse(has(unequivocal.reasons(), Reason.Kind.NEW_LESION_EQUIVOCAL), unequivocal.explain());
    TimepointResult equivocal = Recist11.assess(responding()
        .visit(day(42), v -> v.measure("T1", 10).equivocalNewLesion("N2", Site.BONE)).build())
        .timepoints().get(0);
    assertFalse(has(equivocal.reasons(), Reason.Kind.NEW_LESION_UNEQUIVOCAL), equivocal.explain());
    assertTrue(reason(equivocal.reasons(), Reason.Kind.NEW_LESION_EQUIVOCAL).text()
        .startsWith("equivocal new lesion N2 (BONE): not progression"), equivocal.explain());
  }

  @Test
  void R8_backdatingReturnsNewResultsAndLeavesTheGivenOnesAlone() {
    Subject whole = responding()
        .visit(day(42), v -> v.measure("T1", 38))
        .visit(day(84), v -> v.measure("T1", 38).equivocalNewLesion("N1", Site.LIVER))
        .visit(day(126), v -> v.measure("T1", 38).newLesion("N1", Site.LIVER))
        .build();
    // The results as they were before back-dating: the first two visits on their own, then the last.
    Subject firstTwo = responding()
        .visit(day(42), v -> v.measure("T1", 38))
        .visit(day(84), v -> v.measure("T1", 38).equivocalNewLesion("N1", Site.LIVER))
        .build();
    List<TimepointResult> given = new ArrayList<>(Recist11.assess(firstTwo).timepoints());
    given.add(Recist11.assess(whole).timepoints().get(2));
    List<TimepointResult> before = List.copyOf(given);
    assertEquals(SD, given.get(1).overall());

    List<TimepointResult> backdated = NewLesions.backdate(whole.followUps(), given);

    assertEquals(PD, backdated.get(1).overall(), "day 84 becomes PD");
    assertEquals(before, given, "the caller's list is not changed");
  }
}
