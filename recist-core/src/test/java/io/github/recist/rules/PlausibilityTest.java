package io.github.recist.rules;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Recist11;
import io.github.recist.model.InvalidSubjectException;
import io.github.recist.model.Lesion;
import io.github.recist.model.Problem;
import io.github.recist.model.Protocol;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Implausible input is a protocol deviation: a site that is not a known organ or location (R2
 * counts organs), a diameter over 400 mm or a nodal short axis over 100 mm (R4 recorded values).
 */
class PlausibilityTest {

  private static final LocalDate BASELINE = day(-7);
  private static final LocalDate VISIT = day(42);

  private static List<Problem> warnings(Subject s) {
    return Recist11.deviations(s, Protocol.defaults());
  }

  @Test
  void anUnknownSiteIsAWarningThatSuggestsTheClosestKnownOne() {
    Subject s = Subject.builder("TYPO").referenceDate(REF).target("T1", Site.of("LUGN"))
        .target("T2", Site.LUNG).baseline(BASELINE, v -> v.measure("T1", 20).measure("T2", 15))
        .build();
    List<Problem> w = warnings(s);
    assertEquals(1, w.size(), w::toString);
    Problem p = w.get(0);
    assertEquals(Problem.Severity.WARNING, p.severity());
    assertEquals(Optional.of("T1"), p.lesionId());
    assertEquals(Optional.of("R2"), p.rule());
    assertEquals("TYPO T1: unknown site LUGN: did you mean LUNG? (R2)", p.toString());
  }

  @Test
  void anUnknownSiteWithNothingNearIsNamedAsAnOrganOfItsOwn() {
    Subject s = Subject.builder("FAR").referenceDate(REF).nonTarget("NT1", Site.of("RIGHT_FEMUR_DISTAL"))
        .baseline(BASELINE, v -> v.present("NT1")).build();
    assertEquals("unknown site RIGHT_FEMUR_DISTAL, not an organ or location this library knows: it "
        + "counts as an organ of its own", warnings(s).get(0).message());
  }

  @Test
  void aLymphNodeRegionThatIsNoKnownSiteIsToldThatLymphNodesAreOneOrgan() {
    Subject s = Subject.builder("NODE").referenceDate(REF).target("T1", Site.of("PARAAORTIC_LYMPH_NODES"))
        .baseline(BASELINE, v -> v.measure("T1", 20)).build();
    assertTrue(warnings(s).get(0).message().contains("all lymph nodes are one organ, LYMPH_NODE"),
        warnings(s)::toString);
  }

  @Test
  void anUnknownSiteOfANewLesionIsNamedOnceAtTheVisitThatFirstReportsIt() {
    Subject s = Subject.builder("NEW").referenceDate(REF).target("T1", Site.LUNG)
        .baseline(BASELINE, v -> v.measure("T1", 20))
        .visit(VISIT, v -> v.measure("T1", 20).equivocalNewLesion("N1", Site.of("LIVRE")))
        .visit(day(84), v -> v.measure("T1", 20).newLesion("N1", Site.of("LIVRE"))).build();
    assertEquals(1, warnings(s).size(), "once, where it is first reported");
    Problem p = warnings(s).get(0);
    assertEquals("NEW " + VISIT + " N1: unknown site LIVRE: did you mean LIVER? (R2)", p.toString());
  }

  @Test
  void knownSitesInAnyCaseGiveNoWarning() {
    Subject s = Subject.builder("OK").referenceDate(REF).target("T1", Site.of("Lung"))
        .target("T2", Site.of("adrenal gland")).nodalTarget("T3").nonTarget("NT1", Site.of("Bone"))
        .baseline(BASELINE, v -> v.measure("T1", 20).measure("T2", 20).measure("T3", 20).present("NT1"))
        .build();
    assertEquals(List.of(), warnings(s));
  }

  @Test
  void aDiameterOver400MillimetresIsAWarningNamingSubjectDateAndLesion() {
    Subject s = Subject.builder("BIG").referenceDate(REF).target("T1", Site.LIVER)
        .baseline(BASELINE, v -> v.measure("T1", 400))
        .visit(VISIT, v -> v.measure("T1", 400.1)).build();
    List<Problem> w = warnings(s);
    assertEquals(1, w.size(), w::toString);
    assertEquals(Optional.of(VISIT), w.get(0).date());
    assertEquals(Optional.of("T1"), w.get(0).lesionId());
    assertEquals(Optional.of("R4"), w.get(0).rule());
    assertEquals("BIG " + VISIT + " T1: longest diameter 400.1 mm is over 400 mm, more than any "
        + "tumour plausibly measures: a unit mistake (cm for mm)? (R4)", w.get(0).toString());
  }

  @Test
  void anImplausibleBaselineDiameterIsAWarningDatedAtTheBaseline() {
    Subject s = Subject.builder("BIG0").referenceDate(REF).target("T1", Site.LIVER)
        .baseline(BASELINE, v -> v.measure("T1", 450))
        .visit(VISIT, v -> v.measure("T1", 300)).build();
    List<Problem> w = warnings(s);
    assertEquals(1, w.size(), w::toString);
    assertEquals(Optional.of(BASELINE), w.get(0).date());
    assertEquals(Optional.of("R4"), w.get(0).rule());
  }

  @Test
  void aSplitLesionCountsItsFragmentsTogether() {
    Subject s = Subject.builder("SPLIT").referenceDate(REF).target("T1", Site.LIVER)
        .baseline(BASELINE, v -> v.measure("T1", 300))
        .visit(VISIT, v -> v.split("T1", 250, 160)).build();
    assertEquals(1, warnings(s).size(), warnings(s)::toString);
  }

  @Test
  void aSplitNodeWhoseFragmentsAreEachPlausibleIsImplausibleByTheirSum() {
    // each fragment at most 100 mm, the largest value measured whole 20 mm: the sum counts (R4)
    Subject s = Subject.builder("SPLIT-NODE").referenceDate(REF).nodalTarget("N1")
        .target("T1", Site.LUNG)
        .baseline(BASELINE, v -> v.measure("N1", 40).measure("T1", 20))
        .visit(VISIT, v -> v.split("N1", 60, 50).measure("T1", 20)).build();
    List<Problem> w = warnings(s);
    assertEquals(1, w.size(), w::toString);
    assertEquals("short axis 110 mm is over 100 mm, more than any lymph node plausibly measures: "
        + "a unit mistake (cm for mm)?", w.get(0).message());
  }

  @Test
  void aNodalShortAxisOver100MillimetresIsAWarning() {
    Subject s = Subject.builder("NODAL").referenceDate(REF).nodalTarget("T1")
        .baseline(BASELINE, v -> v.measure("T1", 100))
        .visit(VISIT, v -> v.measure("T1", 101)).build();
    List<Problem> w = warnings(s);
    assertEquals(1, w.size(), w::toString);
    assertEquals("short axis 101 mm is over 100 mm, more than any lymph node plausibly measures: "
        + "a unit mistake (cm for mm)?", w.get(0).message());
    assertEquals(Optional.of(VISIT), w.get(0).date());
  }

  @Test
  void justOver100MillimetresIsImplausibleForANodeOnlyWhateverTheOrderOfTheChecks() {
    // the diameters are first compared with the smaller limit, before the lesion is looked up
    Subject s = Subject.builder("EDGE").referenceDate(REF).nodalTarget("N1").target("T1", Site.LIVER)
        .baseline(BASELINE, v -> v.measure("N1", 100).measure("T1", 100))
        .visit(VISIT, v -> v.measure("N1", 100.1).measure("T1", 100.1)).build();
    List<Problem> w = warnings(s);
    assertEquals(1, w.size(), w::toString);
    assertEquals(Optional.of("N1"), w.get(0).lesionId());
  }

  @Test
  void theLimitsAreNamedConstants() {
    assertEquals("400 mm", Plausibility.MAX_PLAUSIBLE_DIAMETER.toString());
    assertEquals("100 mm", Plausibility.MAX_PLAUSIBLE_SHORT_AXIS.toString());
  }

  @Test
  void implausibleInputIsKeptInTheResultAndIsAnErrorWhenStrict() {
    Subject s = Subject.builder("STRICT").referenceDate(REF)
        .lesion(Lesion.target("T1", Site.of("LUGN")))
        .baseline(BASELINE, v -> v.measure("T1", 20)).visit(VISIT, v -> v.measure("T1", 12)).build();
    assertEquals(1, Recist11.assess(s).warnings().size());
    InvalidSubjectException e = assertThrows(InvalidSubjectException.class,
        () -> Recist11.assess(s, Protocol.defaults().withStrict(true)));
    assertTrue(e.problems().get(0).isError());
    assertTrue(e.problems().get(0).message().contains("did you mean LUNG?"), e::getMessage);
  }
}
