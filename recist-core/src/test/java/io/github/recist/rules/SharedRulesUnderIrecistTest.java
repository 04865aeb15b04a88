package io.github.recist.rules;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.UNCONFIRMED;
import static io.github.recist.Fixtures.day;
import static io.github.recist.model.IrecistResponse.ICPD;
import static io.github.recist.model.IrecistResponse.ICR;
import static io.github.recist.model.IrecistResponse.IPR;
import static io.github.recist.model.IrecistResponse.ISD;
import static io.github.recist.model.IrecistResponse.IUPD;
import static io.github.recist.model.IrecistResponse.NON_ICR_NON_IUPD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.model.Criteria;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.model.ResponseCode;
import io.github.recist.model.VisitResponse;
import io.github.recist.result.BestResponse;
import io.github.recist.result.NewLesionFinding;
import io.github.recist.result.TimepointResult;
import io.github.recist.testing.Pins;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The window, best response and endpoints are written once for both criteria (issue 12): under
 * iRECIST they read each visit's code through its category, rank iUPD after iCPD and before NE, and
 * name their answer in i-codes (Rules R10–R13 as R14.11 and R14.12 apply them).
 */
class SharedRulesUnderIrecistTest {

  private static final Protocol CONFIRMED = Protocol.defaults().withCriteria(Criteria.IRECIST);
  private static final Protocol NOT_CONFIRMED = UNCONFIRMED.withCriteria(Criteria.IRECIST);

  /** Visits given as day, code, day, code...: recorded-style results with i-codes. */
  private static List<TimepointResult> visits(Object... dayThenCode) {
    List<TimepointResult> out = new ArrayList<>();
    for (int i = 0; i < dayThenCode.length; i += 2) {
      ResponseCode code = (ResponseCode) dayThenCode[i + 1];
      out.add(TimepointResult.builder().date(day((Integer) dayThenCode[i]))
          .target(Response.NA).nonTarget(Response.NA).newLesions(NewLesionFinding.NONE)
          .overallCode(code).build());
    }
    return out;
  }

  private static BestResponse best(Protocol protocol, List<TimepointResult> visits) {
    List<TimepointResult> considered = EvaluationWindow.considered(visits, null);
    return protocol.confirmationRequired()
        ? ConfirmedBestOverallResponse.of(considered, REF, protocol)
        : BestOverallResponse.of(considered, REF, protocol);
  }

  @Pins("R14.11")
  @Test
  void R14_11_theWindowEndsAtTheFirstIcpdNotAtAnIupd() {
    List<TimepointResult> v = visits(28, IUPD, 56, IPR, 84, IUPD, 112, ICPD, 140, ICPD);
    assertEquals(4, EvaluationWindow.considered(v, null).size());
  }

  @Pins("R14.11")
  @Test
  void R14_11_iupdRanksAfterIcpdAndBeforeNe() {
    BestResponse onlyUnconfirmed = best(NOT_CONFIRMED, visits(28, IUPD, 56, VisitResponse.NE));
    assertEquals(IUPD, onlyUnconfirmed.code());
    assertEquals(Response.PD, onlyUnconfirmed.response());
    assertEquals(Optional.of(day(28)), onlyUnconfirmed.date());
    assertEquals("unconfirmed progression on " + day(28) + " and no better response or confirmed "
        + "progression: best overall response iUPD (R14.11)", onlyUnconfirmed.reasons().get(0).text());

    BestResponse confirmed = best(NOT_CONFIRMED, visits(28, IUPD, 56, ICPD));
    assertEquals(ICPD, confirmed.code());
    assertEquals(Optional.of(day(56)), confirmed.date());
  }

  @Pins("R14.11")
  @Test
  void R14_11_iCodesWithoutConfirmationInTheR11Order() {
    assertEquals(ICR, best(NOT_CONFIRMED, visits(28, IUPD, 56, IPR, 84, ICR)).code());
    assertEquals(ISD, best(NOT_CONFIRMED, visits(28, IUPD, 56, ISD)).code());
    assertEquals(NON_ICR_NON_IUPD, best(NOT_CONFIRMED, visits(56, NON_ICR_NON_IUPD)).code());
    // an iSD before the minimum duration counts as NE; the iUPD is better than that
    assertEquals(IUPD, best(NOT_CONFIRMED, visits(14, ISD, 28, IUPD)).code());
  }

  @Pins("R14.11")
  @Test
  void R14_11_anIupdBetweenAResponseAndItsConfirmationBreaksIt() {
    BestResponse broken = best(CONFIRMED, visits(28, IPR, 42, IUPD, 70, IPR));
    assertFalse(broken.confirmed());
    assertEquals(ISD, broken.code(), broken::toString);
    assertTrue(broken.reasons().stream().anyMatch(r -> r.text().contains("iUPD on " + day(42))),
        broken.reasons()::toString);

    BestResponse kept = best(CONFIRMED, visits(28, IPR, 42, VisitResponse.NE, 70, IPR));
    assertTrue(kept.confirmed());
    assertEquals(IPR, kept.code());
    assertEquals(Optional.of(day(70)), kept.confirmedBy());
  }

  @Pins("R14.11")
  @Test
  void R14_11_aResetIupdNeverPreventsALaterConfirmedResponse() {
    BestResponse b = best(CONFIRMED, visits(28, IUPD, 56, IPR, 84, ICR, 112, ICR));
    assertEquals(ICR, b.code());
    assertTrue(b.confirmed());
    assertEquals(Optional.of(day(56)), b.responseStart()); // the iPR the iCR confirms (R13)
  }

  @Pins("R14.12")
  @Test
  void R14_12_anIupdVisitIsEvaluableForCensoring() {
    List<TimepointResult> v = visits(28, ISD, 56, IUPD, 84, VisitResponse.NE);
    assertEquals(Optional.empty(), Endpoints.progressionDate(v));
    assertEquals(56, Endpoints.progressionFreeSurvival(
        io.github.recist.Fixtures.recorded(28, VisitResponse.SD), v, day(365), Optional.empty())
        .days());
  }
}
