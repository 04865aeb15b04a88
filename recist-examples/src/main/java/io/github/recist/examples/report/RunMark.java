package io.github.recist.examples.report;

import io.github.recist.model.IrecistResponse;
import io.github.recist.result.TimepointResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What an iRECIST visit did to a run of unconfirmed progression (Rules R14.4–R14.10), the mark the
 * text report, the HTML report and the swimmer picture put on it, so that a reader sees a
 * pseudo-progression at a glance: a run opened by an iUPD and closed by a reset.
 *
 * <pre>{@code
 * RunMark.of(visit);                        // Optional[RESET]
 * RunMark.RESET.note(visit);                // "reset: pseudo-progression, the iUPD of 2021-03-29 not confirmed (R14.7.3)"
 * }</pre>
 *
 * <p>Visits classified under RECIST 1.1 have no mark.
 */
public enum RunMark {
  /** An iUPD that opens a run (R14.4). */
  IUPD("iUPD: unconfirmed progression, a run opens (R14.4)"),
  /** An iUPD of a run already open, at a counted visit: still progressed (R14.7.2). */
  IUPD_CONTINUES("iUPD: the run stays open (R14.7.2)"),
  /** A visit too early after the run's iUPD, disregarded (R14.5). */
  DISREGARDED("disregarded: too early after the iUPD (R14.5)"),
  /** A visit that closed a run unconfirmed: a pseudo-progression (R14.7.3). */
  RESET("reset: pseudo-progression, the iUPD not confirmed (R14.7.3)"),
  /** The iCPD that confirmed the run's iUPD (R14.6). */
  ICPD("iCPD: confirmed progression, dated at the iUPD (R14.6, R14.12)"),
  /** A visit after the first iCPD, which is final (R14.10). */
  AFTER_ICPD("after iCPD, which is final (R14.10)");

  private final String legend;

  RunMark(String legend) {
    this.legend = legend;
  }

  /** What the mark means, with its rule, for a legend. */
  public String legend() {
    return legend;
  }

  /**
   * The mark of visit {@code index} of {@code visits} (one subject's visits in date order), or empty
   * for a visit outside any run, and for every visit under RECIST 1.1: iCPD marks the first iCPD,
   * {@link #AFTER_ICPD} the later ones.
   */
  public static Optional<RunMark> of(List<TimepointResult> visits, int index) {
    TimepointResult t = visits.get(index);
    if (t.overallCode() == IrecistResponse.ICPD) {
      for (int i = 0; i < index; i++) {
        if (visits.get(i).overallCode() == IrecistResponse.ICPD) {
          return Optional.of(AFTER_ICPD);
        }
      }
      return Optional.of(ICPD);
    }
    if (t.reset()) {
      return Optional.of(RESET);
    }
    if (t.disregarded()) {
      return Optional.of(DISREGARDED);
    }
    if (t.overallCode() == IrecistResponse.IUPD) {
      return Optional.of(t.iupdDate().map(d -> d.isBefore(t.date())).orElse(false)
          ? IUPD_CONTINUES : IUPD);
    }
    return Optional.empty();
  }

  /**
   * The note on {@code visit}, naming the run's iUPD where it has one: {@code "reset:
   * pseudo-progression, the iUPD of 2021-03-29 not confirmed (R14.7.3)"}.
   */
  public String note(TimepointResult visit) {
    Optional<LocalDate> iupd = visit.iupdDate();
    String of = iupd.map(d -> " of " + d).orElse("");
    switch (this) {
      case IUPD:
        return "iUPD: a run opens (R14.4)";
      case IUPD_CONTINUES:
        return "iUPD: the run" + iupd.map(d -> " from " + d).orElse("") + " stays open (R14.7.2)";
      case DISREGARDED:
        return "disregarded: too early after the iUPD" + of + " (R14.5)";
      case RESET:
        return "reset: pseudo-progression, the iUPD" + of + " not confirmed (R14.7.3)";
      case ICPD:
        return "iCPD: confirms the iUPD" + of + " (R14.6)";
      default:
        return "after iCPD, which is final (R14.10)";
    }
  }
}
