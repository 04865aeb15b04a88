// Lesson 1: a first assessment.
// Describe one subject as a radiology report would, let the engine classify every visit,
// and ask it why (RECIST 1.1, rules R4-R13 of RECIST-RULES.md).
//
// Run from the repository root after the build (see the README):
//   jshell --class-path <recist-core and its dependencies> recist-examples/jshell/01-first-assessment.jsh
//
// In JShell a line that starts with "." is read as a new statement, so every fluent chain
// below breaks AFTER the dot.

import java.time.LocalDate;
import io.github.recist.Recist11;
import io.github.recist.model.*;
import io.github.recist.result.*;

System.out.println("== 1. The subject ==");
// Treatment started on 10 January 2018; the baseline scan is from 5 January.
// Two targets: a lung lesion (longest diameter) and a lymph node (short axis); one bone non-target.
Subject sarc001 = Subject.builder("SARC-001").
    referenceDate(LocalDate.of(2018, 1, 10)).
    target("T1", Site.LUNG).
    nodalTarget("N1").
    nonTarget("NT1", Site.BONE).
    baseline(LocalDate.of(2018, 1, 5), v -> v.measure("T1", 32).measure("N1", 18).present("NT1")).
    visit(LocalDate.of(2018, 2, 21), v -> v.measure("T1", 20).measure("N1", 9).present("NT1")).
    visit(LocalDate.of(2018, 3, 21), v -> v.measure("T1", 18).measure("N1", 8).present("NT1")).
    visit(LocalDate.of(2018, 5, 16), v -> v.measure("T1", 22).measure("N1", 12).present("NT1")).
    build();
System.out.println(sarc001);

System.out.println();
System.out.println("== 2. Classify: one line per visit ==");
SubjectAssessment result = Recist11.assess(sarc001);
result.timepoints().forEach(System.out::println);

System.out.println();
System.out.println("== 3. Why the first visit is PR ==");
// Baseline sum 32 + 18 = 50 mm; at the first visit 20 + 9 = 29 mm, 42 % below: a partial response.
System.out.println(result.timepoints().get(0).explain());

System.out.println();
System.out.println("== 4. Why the last visit is PD ==");
// The smallest sum so far (the nadir) is 26 mm; 34 mm is 8 mm and 30.77 % above it, shown 30.7 %
// (shown percentages round toward zero, R5).
System.out.println(result.timepoints().get(2).explain());

System.out.println();
System.out.println("== 5. Best overall response, and why ==");
System.out.println("best overall response: " + result.bestOverallResponse() +
    (result.confirmed() ? " (confirmed on " + result.confirmedBy().get() + ")" : ""));
System.out.println("progression: " + result.progressionDate().map(Object::toString).orElse("none"));
System.out.println(result.explain());

/exit
