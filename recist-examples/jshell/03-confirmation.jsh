// Lesson 3: confirmation and best overall response.
// The best overall response (BOR) looks at every visit up to progression (R10). Without
// confirmation the best visit wins (R11). With confirmation (the default, RECIST 1.1 Table 3)
// a CR or PR counts only when a later visit at least 28 days on confirms it (R12); otherwise it
// falls back to SD, and an SD counts only from day 42 after the start of treatment.
//
// Here the visits are recorded responses, as an investigator or a central reader reports them,
// so we can look at BOR alone: Subject.builder(id).recorded(date, VisitResponse.PR).
//
// Run from the repository root (the jar is built once, by mvn -q -DskipTests package):
//   jshell --class-path recist-examples/target/recist.jar recist-examples/jshell/03-confirmation.jsh
// JShell stays open at the end, with the lesson's variables, for you to try your own.
//
// In JShell a line that starts with "." is read as a new statement, so every fluent chain
// below breaks AFTER the dot.

import java.time.LocalDate;
import io.github.recist.Recist11;
import io.github.recist.model.*;
import io.github.recist.result.*;

LocalDate start = LocalDate.of(2020, 1, 6);
LocalDate day(int n) { return start.plusDays(n); }

Protocol confirmationRequired = Protocol.defaults();
Protocol confirmationNotRequired = Protocol.defaults().withConfirmation(Confirmation.NOT_REQUIRED);
System.out.println("== The two protocols ==");
System.out.println(confirmationRequired);
System.out.println(confirmationNotRequired);

// Prints the reads, the BOR under both protocols, and the reasons of the confirmed one.
void compare(Subject s) {
    SubjectAssessment required = Recist11.assess(s, confirmationRequired);
    SubjectAssessment notRequired = Recist11.assess(s, confirmationNotRequired);
    System.out.println(s.id() + " " + s.recordedInDateOrder());
    System.out.println("    confirmation required: " + required.bestOverallResponse() +
        (required.confirmed() ? " (confirmed)" : ""));
    System.out.println("    not required:          " + notRequired.bestOverallResponse());
    System.out.println("    why: " + required.explain().replace("\n", "\n         "));
}

System.out.println();
System.out.println("== 1. A PR confirmed 28 days later ==");
compare(Subject.builder("PR-PR").referenceDate(start).
    recorded(day(56), VisitResponse.PR).
    recorded(day(84), VisitResponse.PR).
    build());

System.out.println();
System.out.println("== 2. A PR that is not confirmed counts as SD ==");
compare(Subject.builder("PR-SD").referenceDate(start).
    recorded(day(56), VisitResponse.PR).
    recorded(day(84), VisitResponse.SD).
    build());
// Two PRs only 14 days apart: too soon to confirm.
compare(Subject.builder("PR-PR-14d").referenceDate(start).
    recorded(day(56), VisitResponse.PR).
    recorded(day(70), VisitResponse.PR).
    build());

System.out.println();
System.out.println("== 3. SD too early is NE: SD counts from day 42 ==");
compare(Subject.builder("SD-day35").referenceDate(start).
    recorded(day(35), VisitResponse.SD).
    build());
compare(Subject.builder("SD-day42").referenceDate(start).
    recorded(day(42), VisitResponse.SD).
    build());

System.out.println();
System.out.println("== 4. CR then PR: a CR is never confirmed by a later PR (Table 3, note b) ==");
compare(Subject.builder("CR-PR").referenceDate(start).
    recorded(day(56), VisitResponse.CR).
    recorded(day(84), VisitResponse.PR).
    build());

// The lesson ends here, and JShell stays open with every variable above (/vars lists them):
// change a measurement, assess again, ask explain(). /exit leaves JShell.
