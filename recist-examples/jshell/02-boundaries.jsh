// Lesson 2: the boundaries.
// Where a response changes category, and why the engine decides on exact millimetres:
//   30 % below baseline is PR (R6.4); 20 % AND 5 mm above the nadir is PD (R6.3);
//   lymph nodes under 10 mm short axis count as normal for CR (R6.2);
//   a lesion too small to measure counts 5 mm (R4).
//
// Run from the repository root (the jar is built once, by mvn -q -DskipTests package):
//   jshell --class-path recist-examples/target/recist.jar recist-examples/jshell/02-boundaries.jsh
// JShell stays open at the end, with the lesson's variables, for you to try your own.
//
// In JShell a line that starts with "." is read as a new statement, so every fluent chain
// below breaks AFTER the dot.

import java.time.LocalDate;
import java.util.List;
import io.github.recist.Recist11;
import io.github.recist.model.*;
import io.github.recist.result.*;

// Treatment starts on 6 January 2020; the baseline scan is a week earlier.
LocalDate start = LocalDate.of(2020, 1, 6);

// "49.1" for 49.1 mm, "70" for 70 mm.
String mm(double millimetres) { return Diameter.ofMillimetres(millimetres).millimetres().toPlainString(); }

// Prints "<label>: <target response>" and the sentence of the rule that decided it.
void show(String label, TimepointResult t) {
    System.out.println(label + ": " + t.target());
    System.out.println("    " + t.reasons().get(0));
}

// One lung target, measured at baseline and then every six weeks: shows the last visit.
void boundary(double baselineMm, double... visitsMm) {
    Subject.Builder s = Subject.builder("B").referenceDate(start).target("T1", Site.LUNG).
        baseline(start.minusDays(7), v -> v.measure("T1", baselineMm));
    String label = mm(baselineMm);
    for (int i = 0; i < visitsMm.length; i++) {
        double visitMm = visitsMm[i];
        s.visit(start.plusWeeks(6 * (i + 1)), v -> v.measure("T1", visitMm));
        label += " -> " + mm(visitMm);
    }
    List<TimepointResult> visits = Recist11.assess(s.build()).timepoints();
    show(label + " mm", visits.get(visits.size() - 1));
}

System.out.println("== 1. PR is at least 30 % below the baseline sum (R6.4) ==");
boundary(70, 49);
boundary(70, 49.1);

System.out.println();
System.out.println("== 2. PD is at least 20 % AND at least 5 mm above the nadir (R6.3) ==");
boundary(25, 30);
boundary(25, 29.9);
// After a good response the nadir is small: 10 mm. 14.5 mm is 45 % above it, but only 4.5 mm.
boundary(20, 10, 14.5);
boundary(20, 10, 15);

System.out.println();
System.out.println("== 3. Why exact millimetres: binary floating point gets the boundary wrong (R5) ==");
System.out.println("in double arithmetic, 30 / 25.0 - 1 = " + (30 / 25.0 - 1) +
    ", so '>= 0.20' says " + (30 / 25.0 - 1 >= 0.20) + " and would miss this PD");
long nadirTenths = Diameter.ofMillimetres(25).tenths();
long sumTenths = Diameter.ofMillimetres(30).tenths();
System.out.println("the engine counts whole tenths of a millimetre: " + sumTenths + " - " + nadirTenths +
    " = " + (sumTenths - nadirTenths) + ", and " + (sumTenths - nadirTenths) + " * 100 >= 20 * " + nadirTenths +
    " is " + ((sumTenths - nadirTenths) * 100 >= 20 * nadirTenths));

System.out.println();
System.out.println("== 4. Lymph nodes: a node under 10 mm short axis is normal (R6.2, R4) ==");
// A lung target and a nodal target. The lung lesion disappears; the node shrinks but stays.
void lungGoneNodeAt(double nodeMm) {
    Subject s = Subject.builder("N").referenceDate(start).
        target("T1", Site.LUNG).nodalTarget("N1").
        baseline(start.minusDays(7), v -> v.measure("T1", 20).measure("N1", 15)).
        visit(start.plusWeeks(6), v -> v.disappeared("T1").measure("N1", nodeMm)).
        build();
    TimepointResult t = Recist11.assess(s).timepoints().get(0);
    show("lung 0 mm, node " + mm(nodeMm) + " mm (sum " + t.targetSum().get() + ")", t);
}
lungGoneNodeAt(7);
lungGoneNodeAt(10);

System.out.println();
System.out.println("== 5. Too small to measure counts 5 mm, gone counts 0 mm (R4) ==");
// Two liver targets, 20 + 12 = 32 mm at baseline.
Subject.Builder twoTargets() {
    return Subject.builder("S").referenceDate(start).
        target("T1", Site.LIVER).target("T2", Site.LIVER).
        baseline(start.minusDays(7), v -> v.measure("T1", 20).measure("T2", 12));
}
TimepointResult faint = Recist11.assess(twoTargets().
    visit(start.plusWeeks(6), v -> v.tooSmall("T1").disappeared("T2")).
    build()).timepoints().get(0);
TimepointResult gone = Recist11.assess(twoTargets().
    visit(start.plusWeeks(6), v -> v.disappeared("T1").disappeared("T2")).
    build()).timepoints().get(0);
show("T1 too small to measure, T2 gone (sum " + faint.targetSum().get() + ")", faint);
show("T1 gone, T2 gone (sum " + gone.targetSum().get() + ")", gone);

// The lesson ends here, and JShell stays open with every variable above (/vars lists them):
// change a measurement, assess again, ask explain(). /exit leaves JShell.
