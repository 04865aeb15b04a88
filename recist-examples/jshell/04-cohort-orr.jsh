// Lesson 4: a cohort, its objective response rate (ORR) and the ORR's exact interval.
// ORR is the share of subjects whose best overall response is CR or PR; the disease control
// rate (DCR) counts SD and non-CR/non-PD too. Each comes with an exact (Clopper-Pearson) 95 %
// confidence interval (R13). Every subject counts in the denominator, responders or not.
//
// This lesson counts the responders itself and takes the interval from Apache Commons Math
// (ClopperPearsonInterval), which is on the class path with recist-core. The cohort API of
// recist-core (package io.github.recist.cohort) will compute the same rates and intervals;
// this lesson will then call it instead of counting by hand.
//
// In JShell a line that starts with "." is read as a new statement, so every fluent chain
// below breaks AFTER the dot.

import java.time.LocalDate;
import java.util.List;
import io.github.recist.Recist11;
import io.github.recist.model.*;
import io.github.recist.result.*;
import org.apache.commons.math3.stat.interval.ClopperPearsonInterval;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;

LocalDate start = LocalDate.of(2020, 1, 6);

// A subject with one lung target: its baseline and then a scan every six weeks.
Subject subject(String id, double baselineMm, double... visitsMm) {
    Subject.Builder s = Subject.builder(id).referenceDate(start).target("T1", Site.LUNG).
        baseline(start.minusDays(7), v -> v.measure("T1", baselineMm));
    for (int i = 0; i < visitsMm.length; i++) {
        double mm = visitsMm[i];
        s.visit(start.plusWeeks(6 * (i + 1)), v -> v.measure("T1", mm));
    }
    return s.build();
}

List<Subject> cohort = List.of(
    subject("C-01", 50, 30, 28, 27),   // PR, confirmed six weeks later
    subject("C-02", 40, 0, 0),         // CR, confirmed
    subject("C-03", 60, 40, 38, 70),   // PR, confirmed, then progression
    subject("C-04", 45, 30, 36),       // PR once, then SD: not confirmed, so SD
    subject("C-05", 30, 28, 29, 31),   // SD
    subject("C-06", 35, 44),           // PD: +25.7 % and +9 mm
    subject("C-07", 55, 50, 48),       // SD
    subject("C-08", 25, 20, 21));      // SD: -20 % is not a response

System.out.println("== 1. Best overall response of each subject (confirmation required) ==");
List<SubjectAssessment> results = cohort.stream().map(Recist11::assess).toList();
for (SubjectAssessment r : results) {
    System.out.println(r.subjectId() + "  best change " +
        r.bestChangeFromBaselinePct().map(p -> (p.signum() > 0 ? "+" : "") + p + " %").orElse("n/a") +
        "  BOR " + r.bestOverallResponse() + (r.confirmed() ? " (confirmed)" : ""));
}

// "x/n = p % (95 % CI lo % to hi %)", percentages with one decimal.
String rate(String name, int x, int n) {
    ConfidenceInterval ci = new ClopperPearsonInterval().createInterval(n, x, 0.95);
    return String.format(java.util.Locale.ROOT, "%s %d/%d = %.1f %% (95 %% CI %.1f %% to %.1f %%, exact Clopper-Pearson)",
        name, x, n, 100.0 * x / n, 100 * ci.getLowerBound(), 100 * ci.getUpperBound());
}

System.out.println();
System.out.println("== 2. ORR and DCR with their exact 95 % intervals (R13) ==");
int n = results.size();
int responders = (int) results.stream().filter(r -> r.bestOverallResponse().isObjectiveResponse()).count();
int controlled = (int) results.stream().filter(r -> r.bestOverallResponse().isDiseaseControl()).count();
System.out.println(rate("ORR", responders, n));
System.out.println(rate("DCR", controlled, n));
// With 8 subjects the interval is wide: 3 responders out of 8 are compatible with a true rate
// anywhere between about 9 % and 76 %.

/exit
