package io.github.recist.rules;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.day;
import static io.github.recist.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.recist.Recist11;
import io.github.recist.model.InvalidSubjectException;
import io.github.recist.model.Lesion;
import io.github.recist.model.LesionRole;
import io.github.recist.model.Problem;
import io.github.recist.model.Protocol;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.testing.Pins;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rule R2: at most 5 targets, at most 2 per organ, all lymph nodes one organ. */
class TargetSelectionTest {

  private static Subject withTargets(Lesion... targets) {
    Subject.Builder b = Subject.builder("R2").referenceDate(REF);
    for (Lesion l : targets) {
      b.lesion(l);
    }
    return b.baseline(day(-7), v -> {
      for (Lesion l : targets) {
        v.measure(l.id(), 20);
      }
    }).build();
  }

  private static List<Problem> warnings(Lesion... targets) {
    return Recist11.deviations(withTargets(targets), Protocol.defaults());
  }

  private static Lesion t(String id, Site site) {
    return Lesion.target(id, site);
  }

  private static Lesion node(String id, String site) {
    return Lesion.builder().id(id).role(LesionRole.TARGET).site(Site.of(site)).nodal(true).build();
  }

  @Pins("R2.1")
  @Test
  void R2_fiveTargetsInFiveOrgansAreAllowed() {
    assertEquals(List.of(), warnings(t("T1", Site.LUNG), t("T2", Site.LIVER), t("T3", Site.BONE),
        t("T4", Site.KIDNEY), t("T5", Site.SKIN)));
  }

  @Pins("R2.1")
  @Test
  void R2_sixTargetsAreTooMany() {
    List<Problem> w = warnings(t("T1", Site.LUNG), t("T2", Site.LIVER), t("T3", Site.BONE),
        t("T4", Site.KIDNEY), t("T5", Site.SKIN), t("T6", Site.BRAIN));
    assertEquals(1, w.size());
    assertEquals(Optional.of("R2"), w.get(0).rule());
    assertTrue(w.get(0).message().contains("6 targets"), w.get(0).message());
  }

  @Pins("R2.1")
  @Test
  void R2_twoTargetsInOneOrganAreAllowedAndThreeAreNot() {
    assertEquals(List.of(), warnings(t("T1", Site.LUNG), t("T2", Site.LUNG)));
    List<Problem> w = warnings(t("T1", Site.LUNG), t("T2", Site.LUNG), t("T3", Site.LUNG));
    assertEquals(1, w.size());
    assertTrue(w.get(0).message().contains("3 targets in LUNG"), w.get(0).message());
    assertEquals(Optional.of("T1, T2, T3"), w.get(0).lesionId());
  }

  @Pins("R2.1")
  @Test
  void R2_lymphNodesInDifferentSitesAreOneOrgan() {
    List<Problem> w = warnings(node("N1", "MEDIASTINUM"), node("N2", "AXILLA"), node("N3", "GROIN"));
    assertEquals(1, w.size());
    assertTrue(w.get(0).message().contains("lymph nodes are one organ"), w.get(0).message());
    assertEquals(List.of(), warnings(node("N1", "MEDIASTINUM"), node("N2", "AXILLA")));
  }

  /**
   * R2.1 as a property: whatever the targets, one warning per organ with more than two, in the
   * order of each organ's first target, naming its targets in order (lymph nodes one organ, an
   * unknown site an organ of its own).
   */
  @Test
  void R2_eachOrganWithMoreThanTwoTargetsIsToldOnceInTheOrderOfItsFirstTarget() {
    qt(1_000).forAll(lists().of(integers().between(0, 4)).ofSizeBetween(1, 9)).checkAssert(picks -> {
      Lesion[] targets = new Lesion[picks.size()];
      for (int i = 0; i < targets.length; i++) {
        String id = "T" + (i + 1);
        switch (picks.get(i)) {
          case 0 -> targets[i] = t(id, Site.LUNG);
          case 1 -> targets[i] = t(id, Site.LIVER);
          case 2 -> targets[i] = node(id, "MEDIASTINUM");
          case 3 -> targets[i] = node(id, "AXILLA");
          default -> targets[i] = t(id, Site.of("OMENTAL CAKE"));
        }
      }
      // the reference: the targets grouped by organ, in the order of each organ's first one
      Map<Site, List<String>> byOrgan = new LinkedHashMap<>();
      for (Lesion l : targets) {
        byOrgan.computeIfAbsent(l.organ(), o -> new ArrayList<>()).add(l.id());
      }
      List<String> expected = new ArrayList<>();
      byOrgan.forEach((organ, ids) -> {
        if (ids.size() > TargetSelection.MAX_TARGETS_PER_ORGAN) {
          expected.add(ids.size() + " targets in " + organ + " " + String.join(", ", ids));
        }
      });
      List<Problem> warnings = new ArrayList<>();
      TargetSelection.check(withTargets(targets), warnings);
      List<String> told = new ArrayList<>();
      for (Problem w : warnings) {
        if (w.message().contains(" targets in ")) {
          told.add(w.message().substring(0, w.message().indexOf(':')) + " "
              + w.lesionId().orElseThrow());
        }
      }
      assertEquals(expected, told);
    });
  }

  @Pins("R2.1")
  @Test
  void R2_strictModeMakesTooManyTargetsAnError() {
    Subject s = withTargets(t("T1", Site.LUNG), t("T2", Site.LUNG), t("T3", Site.LUNG));
    InvalidSubjectException e = assertThrows(InvalidSubjectException.class,
        () -> Recist11.assess(s, Protocol.defaults().withStrict(true)));
    assertTrue(e.problems().get(0).isError());
    assertEquals(1, Recist11.assess(s).warnings().size(), "not strict: assessed with a warning");
  }
}
