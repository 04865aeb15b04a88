// Lesson 7: pseudo-progression, RECIST 1.1 and iRECIST side by side.
// CAR-T cells are an immunotherapy. In the first weeks after the infusion the lesions may swell
// with the T cells that attack them, and a new lesion may show up, before everything shrinks:
// a pseudo-progression. RECIST 1.1 calls it progression at once (PD). iRECIST (rule R14 of
// RECIST-RULES.md) calls it iUPD, an unconfirmed progression, and waits for the next scan: if that
// scan shows more growth, the progression is confirmed (iCPD); if the disease has improved, the
// run is reset and the subject goes on responding (iPR, iCR).
//
// Run from the repository root (the jar is built once, by mvn -q -DskipTests package):
//   jshell --class-path recist-examples/target/recist.jar recist-examples/jshell/07-pseudo-progression.jsh
// JShell stays open at the end, with the lesson's variables, for you to try your own.
//
// In JShell a line that starts with "." is read as a new statement, so every fluent chain
// below breaks AFTER the dot.

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import io.github.recist.Recist11;
import io.github.recist.model.*;
import io.github.recist.result.*;

System.out.println("== 1. A CAR-T subject ==");
// Infusion on 1 March 2021, baseline scan a week before. Two targets (lung and liver, 50 mm in
// all) and a bone non-target. At week 4 the targets have grown to 64 mm and a new 12 mm liver
// lesion has appeared: under iRECIST it is measured as a new-lesion target (NLT, R14.2).
// At week 8 the targets are down to 30 mm and the new lesion is gone; from week 12 everything is.
LocalDate infusion = LocalDate.of(2021, 3, 1);
Subject cart = Subject.builder("CART-07").
    referenceDate(infusion).
    target("T1", Site.LUNG).
    target("T2", Site.LIVER).
    nonTarget("NT1", Site.BONE).
    baseline(LocalDate.of(2021, 2, 22), v -> v.measure("T1", 30).measure("T2", 20).present("NT1")).
    visit(LocalDate.of(2021, 3, 29), v -> v.measure("T1", 38).measure("T2", 26).present("NT1").
        newLesionTarget("N1", Site.LIVER, TargetValue.measured(12))).
    visit(LocalDate.of(2021, 4, 26), v -> v.measure("T1", 18).measure("T2", 12).present("NT1").
        newLesionTarget("N1", Site.LIVER, TargetValue.disappeared())).
    visit(LocalDate.of(2021, 5, 24), v -> v.disappeared("T1").disappeared("T2").absent("NT1").
        newLesionTarget("N1", Site.LIVER, TargetValue.disappeared())).
    visit(LocalDate.of(2021, 6, 21), v -> v.disappeared("T1").disappeared("T2").absent("NT1").
        newLesionTarget("N1", Site.LIVER, TargetValue.disappeared())).
    build();
System.out.println(cart);

System.out.println();
System.out.println("== 2. Both criteria in one call ==");
// assessUnder assesses the subject under each criteria and keeps one result per criteria.
Assessments both = Recist11.assessUnder(cart, Protocol.defaults(), Criteria.RECIST_1_1, Criteria.IRECIST);
SubjectAssessment recist = both.under(Criteria.RECIST_1_1);
SubjectAssessment irecist = both.under(Criteria.IRECIST);
System.out.println("assessed under " + both.criteria());

// What iRECIST adds to a visit: the run of unconfirmed progression it opens, continues or resets.
String run(TimepointResult t) {
    if (t.reset()) {
        return " (reset: pseudo-progression, the iUPD of " + t.iupdDate().get() + " not confirmed)";
    }
    if (t.overallCode() == IrecistResponse.IUPD) {
        return t.iupdDate().get().equals(t.date()) ? " (a run opens)" : " (the run of " + t.iupdDate().get() + " stays open)";
    }
    if (t.overallCode() == IrecistResponse.ICPD) {
        return " (confirms the iUPD of " + t.iupdDate().get() + ")";
    }
    return "";
}

// Each visit under both criteria, then the reasons iRECIST gives.
void visitByVisit(SubjectAssessment r, SubjectAssessment i) {
    for (int v = 0; v < r.timepoints().size(); v++) {
        TimepointResult rt = r.timepoints().get(v);
        TimepointResult it = i.timepoints().get(v);
        System.out.println("week " + ChronoUnit.WEEKS.between(infusion, rt.date()) + " (" + rt.date() + "): RECIST 1.1 " + rt.overallCode().code() + ", iRECIST " + it.overallCode().code() + run(it));
        System.out.println("    " + it.explain().replace("\n", "\n    "));
    }
}

System.out.println();
System.out.println("== 3. Visit by visit ==");
visitByVisit(recist, irecist);
// Week 4: both see RECIST 1.1 progression (targets +28 % and +14 mm over the nadir, R6.3; a new
// lesion, R8). RECIST 1.1 stops there: later visits are reported but ignored (R10).
// iRECIST opens a run (iUPD, R14.4) and keeps the week-4 sums as its anchor.
// Week 8, 28 days later, counts (R14.5). No iCPD route holds (R14.6): the targets are 34 mm below
// the anchor, the new lesion is gone, nothing new. The baseline disease has improved, so the run
// is reset (R14.7.3): a pseudo-progression, and the visit is iPR (R14.9). The target nadir, now
// 30 mm, is the reference for any new iUPD (R14.8).
// Weeks 12 and 16: everything gone, the new lesion too: iCR (R14.9), confirmed 28 days later (R12).

System.out.println();
System.out.println("== 4. The best overall response ==");
void best(String criteria, SubjectAssessment a) {
    System.out.println(criteria + ": best overall response " + a.bestOverallResponseCode().code() + (a.confirmed() ? " (confirmed on " + a.confirmedBy().get() + ")" : "") + a.progressionDate().map(d -> ", progression " + d).orElse(", no progression") + (a.criteria() == Criteria.IRECIST ? a.icpdDate().map(d -> " (iUPD " + a.iupdDate().get() + ", iCPD " + d + ")").orElse("") : ""));
}
best("RECIST 1.1", recist);
best("iRECIST", irecist);
System.out.println("why (iRECIST): " + irecist.explain());
// The same scans: PD for RECIST 1.1, a complete response for iRECIST. A trial that reports only
// RECIST 1.1 would have stopped counting this subject's response at week 4.

System.out.println();
System.out.println("== 5. Had it been real progression ==");
// The same subject, but at week 8 the targets have grown on to 70 mm and the new lesion to 14 mm:
// the target sum is 6 mm above the anchor's 64 mm, at least the 5 mm of R14.6.1: iCPD.
Subject progressing = Subject.builder("CART-07b").
    referenceDate(infusion).
    target("T1", Site.LUNG).
    target("T2", Site.LIVER).
    nonTarget("NT1", Site.BONE).
    baseline(LocalDate.of(2021, 2, 22), v -> v.measure("T1", 30).measure("T2", 20).present("NT1")).
    visit(LocalDate.of(2021, 3, 29), v -> v.measure("T1", 38).measure("T2", 26).present("NT1").
        newLesionTarget("N1", Site.LIVER, TargetValue.measured(12))).
    visit(LocalDate.of(2021, 4, 26), v -> v.measure("T1", 42).measure("T2", 28).present("NT1").
        newLesionTarget("N1", Site.LIVER, TargetValue.measured(14))).
    build();
Assessments confirmed = Recist11.assessUnder(progressing, Protocol.defaults(), Criteria.RECIST_1_1, Criteria.IRECIST);
visitByVisit(confirmed.under(Criteria.RECIST_1_1), confirmed.under(Criteria.IRECIST));
best("RECIST 1.1", confirmed.under(Criteria.RECIST_1_1));
best("iRECIST", confirmed.under(Criteria.IRECIST));
// Confirmed progression is dated at the iUPD it confirms (R14.12): the same day as RECIST 1.1.
// iRECIST never dates progression earlier than RECIST 1.1; it only waits to be sure.

// The lesson ends here, and JShell stays open with every variable above (/vars lists them):
// change a measurement (try 41 mm for T1 at week 8: is +4 mm enough?), assess again, ask explain().
// /exit leaves JShell.
