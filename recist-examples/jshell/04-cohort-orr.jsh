// Lesson 4: a cohort, its objective response rate (ORR) and the ORR's exact interval.
// ORR is the share of subjects whose best overall response is CR or PR; the disease control
// rate (DCR) counts SD and non-CR/non-PD too. Each comes with an exact (Clopper-Pearson) 95 %
// confidence interval (R13). Every subject counts in the denominator, responders or not.
//
// The cohort API of recist-core (package io.github.recist.cohort) computes the rates and
// their intervals (through Apache Commons Math's ClopperPearsonInterval).
//
// Run from the repository root (the jar is built once, by mvn -q -DskipTests package):
//   jshell --class-path recist-examples/target/recist.jar recist-examples/jshell/04-cohort-orr.jsh
// JShell stays open at the end, with the lesson's variables, for you to try your own.
//
// In JShell a line that starts with "." is read as a new statement, so every fluent chain
// below breaks AFTER the dot.

import java.time.LocalDate;
import java.util.List;
import io.github.recist.Recist11;
import io.github.recist.model.*;
import io.github.recist.result.*;
import io.github.recist.cohort.*;

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

System.out.println();
System.out.println("== 2. ORR and DCR with their exact 95 % intervals (R13) ==");
Cohort c = Cohort.of(results);
System.out.println("best responses " + c.bestResponseCounts());
System.out.println("ORR " + c.objectiveResponseRate());
System.out.println("DCR " + c.diseaseControlRate());
// With 8 subjects the interval is wide: 3 responders out of 8 are compatible with a true rate
// anywhere between about 9 % and 76 %.

// The lesson ends here, and JShell stays open with every variable above (/vars lists them):
// change a measurement, assess again, ask explain(). /exit leaves JShell.
