package io.github.recist;

import static io.github.recist.testing.Generators.irecistSubjects;
import static io.github.recist.testing.Generators.protocols;
import static io.github.recist.testing.Generators.subjects;
import static io.github.recist.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.recist.model.BestResponseCode;
import io.github.recist.model.Criteria;
import io.github.recist.model.IrecistResponse;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.model.ResponseCode;
import io.github.recist.model.Subject;
import io.github.recist.model.VisitResponse;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import io.github.recist.testing.Generators;
import io.github.recist.testing.Generators.IrecistSpec;
import io.github.recist.testing.Pins;
import io.github.recist.testing.Theories;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of iRECIST (Rule R14) against RECIST 1.1 on generated subjects, with new-lesion
 * targets and non-targets and symptom-driven visits ({@link Generators#irecistSubjects()}).
 */
class IrecistPropertiesTest {

  /** The protocols of the RECIST 1.1 properties, under iRECIST. */
  private static Gen<Protocol> irecistProtocols() {
    return protocols().map(p -> p.withCriteria(Criteria.IRECIST));
  }

  private static SubjectAssessment recist(Subject s, Protocol irecist) {
    return Recist11.assess(s, irecist.withCriteria(Criteria.RECIST_1_1));
  }

  /** What a user reads off an iRECIST assessment: the RECIST 1.1 outcome and the iRECIST fields. */
  record IrecistOutcome(Outcome outcome, List<String> visits, BestResponseCode best,
      Optional<LocalDate> iupdDate, Optional<LocalDate> icpdDate) {

    static IrecistOutcome of(SubjectAssessment a) {
      return new IrecistOutcome(Outcome.of(a), a.timepoints().stream()
          .map(t -> t.overallCode().code() + " " + t.newLesionTargetSum() + " "
              + t.newLesionTargetNadir() + " " + t.iupdDate() + " " + t.reset() + " "
              + t.disregarded())
          .collect(Collectors.toList()), a.bestOverallResponseCode(), a.iupdDate(), a.icpdDate());
    }
  }

  @Test
  void generatedSubjectsReachEveryICodeResetsDisregardedVisitsAndNewLesionTargetSums() {
    Map<IrecistResponse, Integer> codes = new EnumMap<>(IrecistResponse.class);
    int[] counts = new int[4]; // reset, disregarded, NLT sum, NE
    Protocol p = Generators.UNCONFIRMED.withCriteria(Criteria.IRECIST);
    Theories.sample(2000).forAll(irecistSubjects()).checkAssert(spec -> {
      for (TimepointResult t : Recist11.assess(spec.build(), p).timepoints()) {
        if (t.overallCode() instanceof IrecistResponse i) {
          codes.merge(i, 1, Integer::sum);
        }
        counts[0] += t.reset() ? 1 : 0;
        counts[1] += t.disregarded() ? 1 : 0;
        counts[2] += t.newLesionTargetSum().isPresent() ? 1 : 0;
        counts[3] += t.overallCode() == VisitResponse.NE ? 1 : 0;
      }
    });
    // every code but NON_iCR_NON_iUPD, which needs a subject without targets (none is generated)
    assertEquals(IrecistResponse.values().length - 1, codes.size(), codes::toString);
    for (int c : counts) {
      assertTrue(c >= 20, () -> codes + " reset, disregarded, NLT sum, NE: " + List.of(counts[0],
          counts[1], counts[2], counts[3]));
    }
  }

  @Pins("R14.1")
  @Test
  void R14_withoutRecist11ProgressionEveryVisitHasTheSameCategoryUnderBothCriteria() {
    qt(300).forAll(subjects(), irecistProtocols()).checkAssert((spec, protocol) -> {
      Subject s = spec.build();
      SubjectAssessment r = recist(s, protocol);
      if (r.timepoints().stream().anyMatch(t -> t.overall() == Response.PD)) {
        return; // the property is about subjects without RECIST 1.1 progression
      }
      SubjectAssessment i = Recist11.assess(s, protocol);
      for (int k = 0; k < r.timepoints().size(); k++) {
        TimepointResult a = r.timepoints().get(k);
        TimepointResult b = i.timepoints().get(k);
        assertEquals(Criteria.IRECIST.code(a.overall()), b.overallCode(), () -> a + " vs " + b);
        assertEquals(a.target(), b.target());
        assertEquals(a.nonTarget(), b.nonTarget());
        assertEquals(a.newLesions(), b.newLesions());
      }
      assertEquals(Criteria.IRECIST.code(r.bestOverallResponse()), i.bestOverallResponseCode());
      assertEquals(r.bestOverallResponseDate(), i.bestOverallResponseDate());
    });
  }

  @Pins("R14.12")
  @Test
  void R14_12_iRecistNeverDatesProgressionEarlierThanRecist11() {
    Gen<Protocol> withOption = irecistProtocols().zip(range(0, 1),
        (p, option) -> p.withUnconfirmedProgressionAsEvent(option == 1));
    qt(300).forAll(irecistSubjects(), withOption).checkAssert((spec, protocol) -> {
      Subject s = spec.build();
      Optional<LocalDate> i = Recist11.assess(s, protocol).progressionDate();
      Optional<LocalDate> r = recist(s, protocol).progressionDate();
      if (i.isPresent()) {
        assertTrue(r.isPresent() && !i.get().isBefore(r.get()), () -> "iRECIST " + i + ", RECIST 1.1 " + r);
      }
    });
  }

  @Pins({"R14.6", "R14.12"})
  @Test
  void R14_12_aConfirmedIcpdIsDatedAtTheRecist11ProgressionWhenNothingResetBefore() {
    qt(300).forAll(irecistSubjects(), irecistProtocols()).checkAssert((spec, protocol) -> {
      Subject s = spec.build();
      SubjectAssessment i = Recist11.assess(s, protocol);
      if (i.icpdDate().isEmpty() || i.timepoints().stream()
          .anyMatch(t -> t.reset() && t.date().isBefore(i.icpdDate().get()))) {
        return;
      }
      assertEquals(recist(s, protocol).progressionDate(), i.progressionDate());
    });
  }

  private static int rank(ResponseCode code) {
    if (code == VisitResponse.NE) {
      return 3;
    }
    switch ((IrecistResponse) code) {
      case ICR: return 0;
      case IPR: return 1;
      case ISD: case NON_ICR_NON_IUPD: return 2;
      case IUPD: return 4;
      case ICPD: return 5;
      default: throw new AssertionError(code);
    }
  }

  /** Which new lesion and visit to shrink, and by what factor (0 inclusive to 1 exclusive). */
  record Shrinkage(int lesionPick, int visitPick, double factor) {}

  @Pins("R14.2")
  @Test
  void R14_shrinkingANewLesionTargetNeverWorsensTheResponseAtThatVisit() {
    Gen<Shrinkage> shrinkages = range(0, 1).zip(range(0, 7),
        doubles().between(0, Math.nextDown(1.0)), Shrinkage::new);
    qt(500).forAll(irecistSubjects(), irecistProtocols(), shrinkages)
        .checkAssert((spec, protocol, pick) -> {
          List<Generators.NewLesionTrack> targets = spec.newLesions().stream()
              .filter(Generators.NewLesionTrack::target).collect(Collectors.toList());
          if (targets.isEmpty()) {
            return;
          }
          Generators.NewLesionTrack t = targets.get(pick.lesionPick() % targets.size());
          int visits = spec.base().visits().size();
          if (t.firstVisit() >= visits) {
            return;
          }
          // mostly the two visits after its first, where the run it opened confirms or resets
          int later = visits - t.firstVisit() - 1;
          int k = t.firstVisit() + (later == 0 ? 0 : 1 + pick.visitPick() % Math.min(2, later));
          SubjectAssessment before = Recist11.assess(spec.build(), protocol);
          SubjectAssessment after = Recist11.assess(
              spec.shrunk(spec.newLesions().indexOf(t), k, pick.factor()), protocol);
          ResponseCode was = before.timepoints().get(k).overallCode();
          ResponseCode now = after.timepoints().get(k).overallCode();
          assertTrue(rank(now) <= rank(was), () -> t.id() + " at visit " + k + " x" + pick.factor()
              + ": " + was + " became " + now);
        });
  }

  @Pins("R14")
  @Test
  void R14_theResultDoesNotDependOnTheOrderOfLesionsAndAssessments() {
    qt(200).forAll(irecistSubjects(), irecistProtocols(), longs().all())
        .checkAssert((spec, protocol, seed) -> assertEquals(
            IrecistOutcome.of(Recist11.assess(spec.build(), protocol)),
            IrecistOutcome.of(Recist11.assess(spec.build(0, new Random(seed)), protocol))));
  }

  @Test
  void theIrecistSubjectsAreValidAndAssessedUnderBothCriteria() {
    qt(100).forAll(irecistSubjects(), irecistProtocols()).checkAssert((IrecistSpec spec,
        Protocol protocol) -> {
      Subject s = spec.build();
      assertEquals(s.followUps().size(), Recist11.assess(s, protocol).timepoints().size());
      assertEquals(s.followUps().size(), recist(s, protocol).timepoints().size());
    });
  }
}
