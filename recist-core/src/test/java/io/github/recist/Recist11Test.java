package io.github.recist;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.model.Criteria;
import io.github.recist.model.IrecistResponse;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import io.github.recist.model.VisitResponse;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The engine's entry points, end to end. */
class Recist11Test {

  private static Subject sarc001() {
    return Subject.builder("SARC-001").referenceDate(LocalDate.of(2018, 1, 10))
        .target("T1", Site.LUNG).nodalTarget("T2").nonTarget("NT1", Site.BONE)
        .baseline(LocalDate.of(2018, 1, 5), v -> v.measure("T1", 32).measure("T2", 18).present("NT1"))
        .visit(LocalDate.of(2018, 2, 7), v -> v.measure("T1", 20).measure("T2", 9).present("NT1"))
        .visit(LocalDate.of(2018, 3, 8), v -> v.measure("T1", 18).measure("T2", 8).present("NT1"))
        .visit(LocalDate.of(2018, 5, 2), v -> v.measure("T1", 25).measure("T2", 8).present("NT1"))
        .build();
  }

  @Test
  void assessesEveryVisitAndTheBestResponseWithReasons() {
    SubjectAssessment a = Recist11.assess(sarc001(), Protocol.defaults());
    assertEquals(3, a.timepoints().size());
    TimepointResult first = a.timepoints().get(0);
    assertEquals(Response.PR, first.target());
    assertEquals(Response.NON_CR_NON_PD, first.nonTarget());
    assertEquals(Response.PR, first.overall());
    assertTrue(first.explain().contains("target sum 29 mm is 42.0% below baseline 50 mm: PR"), first.explain());
    // 33 mm is 26 % and 7 mm above the nadir of 26 mm: PD on 2018-05-02
    assertEquals(Response.PD, a.timepoints().get(2).overall());
    assertEquals(Response.PR, a.bestOverallResponse());
    assertEquals(Optional.of(LocalDate.of(2018, 2, 7)), a.bestOverallResponseDate());
    assertEquals(Optional.of(LocalDate.of(2018, 3, 8)), a.confirmedBy());
    assertEquals(Optional.of(LocalDate.of(2018, 5, 2)), a.progressionDate());
    assertEquals(84, a.durationOfResponse().get().days());
    assertTrue(a.toString().startsWith("SARC-001: best overall response PR on 2018-02-07, confirmed on "
        + "2018-03-08, progression 2018-05-02"), a.toString());
    assertTrue(a.explain().contains("confirmed on 2018-03-08 (29 days later, at least 28 required)"),
        a.explain());
  }

  @Test
  void defaultProtocolIsUsedWhenNoneIsGiven() {
    Subject s = sarc001();
    assertEquals(Outcome.of(Recist11.assess(s, Protocol.defaults())), Outcome.of(Recist11.assess(s)));
    assertEquals(Recist11.assess(s, Protocol.defaults()).toString(), Recist11.assess(s).toString());
  }

  @Test
  void assessingTwiceGivesEqualResults() {
    SubjectAssessment a = Recist11.assess(sarc001());
    SubjectAssessment b = Recist11.assess(sarc001());
    assertEquals(Outcome.of(a), Outcome.of(b));
    assertEquals(a.explain(), b.explain());
    assertEquals(a.toString(), b.toString());
  }

  @Test
  void resultsCannotBeChangedByTheCaller() {
    List<TimepointResult> timepoints = Recist11.assess(sarc001()).timepoints();
    assertThrows(UnsupportedOperationException.class, () -> timepoints.remove(0));
  }

  @Test
  void R14_iRecistIsAssessedInItsOwnCodesWithTheSameComponents() {
    SubjectAssessment recist = Recist11.assess(sarc001());
    SubjectAssessment irecist = Recist11.assess(sarc001(),
        Protocol.defaults().withCriteria(Criteria.IRECIST));
    assertEquals(Criteria.IRECIST, irecist.criteria());
    for (int i = 0; i < recist.timepoints().size(); i++) {
      TimepointResult r = recist.timepoints().get(i);
      TimepointResult t = irecist.timepoints().get(i);
      assertEquals(r.target(), t.target());
      assertEquals(r.nonTarget(), t.nonTarget());
      // R14.4: RECIST 1.1 progression is iUPD, unconfirmed, at the last visit
      assertEquals(r.overall() == Response.PD ? IrecistResponse.IUPD
          : Criteria.IRECIST.code(r.overall()), t.overallCode(), t::explain);
    }
    assertEquals(Criteria.IRECIST.code(recist.bestOverallResponse()),
        irecist.bestOverallResponseCode());
  }

  @Test
  void recordedResponsesHaveNoProtocolDeviations() {
    Subject s = Subject.builder("REC").referenceDate(REF).recorded(day(42), VisitResponse.SD).build();
    assertEquals(List.of(), Recist11.deviations(s, Protocol.defaults().withStrict(true)));
    TimepointResult t = Recist11.assess(s).timepoints().get(0);
    assertTrue(t.recorded());
    assertEquals(Response.NA, t.target());
    assertEquals(day(42) + " recorded: SD", t.toString());
  }
}
