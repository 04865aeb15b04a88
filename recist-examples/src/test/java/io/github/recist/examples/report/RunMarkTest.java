package io.github.recist.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.recist.model.IrecistResponse;
import io.github.recist.model.Response;
import io.github.recist.model.ResponseCode;
import io.github.recist.model.VisitResponse;
import io.github.recist.result.NewLesionFinding;
import io.github.recist.result.TimepointResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link RunMark}: what each visit of a run of unconfirmed progression did (Rules R14.4–R14.10),
 * on visits as the engine reports them, built by hand.
 */
class RunMarkTest {

  static final LocalDate IUPD = LocalDate.of(2021, 3, 29);

  static TimepointResult visit(int days, ResponseCode code, boolean inRun, boolean reset,
      boolean disregarded) {
    return TimepointResult.builder().date(IUPD.plusDays(days)).target(Response.NA)
        .nonTarget(Response.NA).newLesions(NewLesionFinding.NONE)
        .overallCode(code).iupdDate(inRun ? Optional.of(IUPD) : Optional.empty()).reset(reset)
        .disregarded(disregarded).build();
  }

  static List<String> notes(TimepointResult... visits) {
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < visits.length; i++) {
      TimepointResult t = visits[i];
      notes.add(RunMark.of(List.of(visits), i).map(m -> m.name() + ": " + m.note(t)).orElse("-"));
    }
    return notes;
  }

  @Test
  void R14_5_and_R14_7_2_anEarlyVisitIsDisregardedAndACountedOneKeepsTheRunOpen() {
    assertEquals(List.of("-",
        "IUPD: iUPD: a run opens (R14.4)",
        "DISREGARDED: disregarded: too early after the iUPD of 2021-03-29 (R14.5)",
        "IUPD_CONTINUES: iUPD: the run from 2021-03-29 stays open (R14.7.2)",
        "RESET: reset: pseudo-progression, the iUPD of 2021-03-29 not confirmed (R14.7.3)",
        "-"),
        notes(visit(-28, IrecistResponse.ISD, false, false, false),
            visit(0, IrecistResponse.IUPD, true, false, false),
            visit(14, IrecistResponse.IUPD, true, false, true),
            visit(28, IrecistResponse.IUPD, true, false, false),
            visit(56, IrecistResponse.IPR, true, true, false),
            visit(84, IrecistResponse.IPR, false, false, false)));
  }

  @Test
  void R14_6_and_R14_10_theFirstIcpdConfirmsAndLaterOnesAreFinal() {
    assertEquals(List.of("IUPD: iUPD: a run opens (R14.4)",
        "ICPD: iCPD: confirms the iUPD of 2021-03-29 (R14.6)",
        "AFTER_ICPD: after iCPD, which is final (R14.10)"),
        notes(visit(0, IrecistResponse.IUPD, true, false, false),
            visit(28, IrecistResponse.ICPD, true, false, false),
            visit(56, IrecistResponse.ICPD, false, false, false)));
  }

  @Test
  void recist11VisitsHaveNoMark() {
    assertEquals(List.of("-", "-"), notes(visit(0, VisitResponse.PD, false, false, false),
        visit(28, VisitResponse.PR, false, false, false)));
  }
}
