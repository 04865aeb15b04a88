// Lesson 6: from SDTM to the BOR table.
// Trial data arrive as CDISC SDTM domains: RS holds each visit's overall response as the
// investigator recorded it (RSTESTCD = OVRLRESP), TU the lesions, TR their measurements, and
// ADSL the subjects with their randomisation date (RANDDT). This lesson reads the small
// pharmaverse RECIST 1.1 set, derives the ADaM parameters the admiralonco templates derive
// (BOR, CBOR ...), sets them beside the engine's best overall response (R12), and checks the
// visit responses computed from the measurements against the recorded ones.
//
// In JShell a line that starts with "." is read as a new statement, so every fluent chain
// below breaks AFTER the dot.

import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import io.github.recist.Recist11;
import io.github.recist.model.*;
import io.github.recist.result.*;
import io.github.recist.examples.sdtm.*;
import io.github.recist.examples.sdtm.OverallResponseRecord; // an RS overall response record
import io.github.recist.examples.adam.*;

// The pharmaverse test data ship with the tests (from the repository root, or from recist-examples).
Path data = Stream.of("recist-examples/src/test/resources/sdtm", "src/test/resources/sdtm",
    "../src/test/resources/sdtm").map(Path::of).filter(Files::isDirectory).findFirst().orElseThrow();

System.out.println("== 1. Read RS and ADSL: the investigator's recorded responses ==");
SdtmReader.Files files = new SdtmReader.Files(data.resolve("tu_onco_recist.csv"),
    data.resolve("tr_onco_recist.csv"), data.resolve("rs_onco_recist.csv"), data.resolve("adsl.csv"), null);
SdtmStudy study = SdtmReader.read(files, SdtmOptions.defaults());
System.out.println(study.subjects().size() + " ADSL subjects, " + study.assessable().size() +
    " with RS records; ok = " + study.ok());
// A partial date (2014-02) is imputed to the last day of the month, as admiralonco's ADRS does,
// and said so:
study.problems().forEach(System.out::println);

System.out.println();
System.out.println("== 2. Assess every subject (confirmation required, R12) ==");
Protocol protocol = Protocol.defaults();
Map<String, SubjectAssessment> assessed = new HashMap<>();
for (Subject s : study.assessable()) {
    assessed.put(s.id(), Recist11.assess(s, protocol));
}

System.out.println();
System.out.println("== 3. The ADaM parameters, as admiralonco derives them, beside the engine's ==");
Map<String, io.github.recist.examples.sdtm.Dataset> adam = AdamDatasets.derive(study.subjects(),
    assessed, assessed, false, "INVESTIGATOR", true, AdamProfile.ADMIRALONCO, protocol, List.of());
io.github.recist.examples.sdtm.Dataset adrs = adam.get("adrs");
Map<String, Map<String, String>> table = new TreeMap<>();
for (int r = 0; r < adrs.size(); r++) {
    String id = adrs.get(r, "USUBJID");
    if (assessed.containsKey(id)) {
        table.computeIfAbsent(id, k -> new TreeMap<>()).put(adrs.get(r, "PARAMCD"), adrs.get(r, "AVALC"));
    }
}
System.out.println("USUBJID       BOR            CBOR           CRSP  engine BOR (R12)");
table.forEach((id, p) -> System.out.println(String.format("%-13s %-14s %-14s %-5s %s", id,
    p.get("BOR"), p.get("CBOR"), p.get("CRSP"), assessed.get(id).bestOverallResponse())));
// admiralonco's CBOR and the engine's confirmed BOR (R12) agree on every subject of this set.
// An unconfirmed CR or PR falls back to SD when a response came at least 42 days after
// RANDDT (01-701-1015, 1115, 1133); a single NON-CR/NON-PD on day 22 is NE (01-701-1097).

System.out.println();
System.out.println("== 4. From the measurements: the visit responses agree with the investigator's ==");
SdtmStudy measured = SdtmReader.read(files, SdtmOptions.defaults().withUse(SdtmOptions.Use.MEASUREMENTS));
int visits = 0;
int agree = 0;
for (StudySubject s : measured.subjects()) {
    if (s.subject().isEmpty()) {
        continue;
    }
    SubjectAssessment a = Recist11.assess(s.subject().get(), protocol);
    StudySubject recorded = study.subjects().stream().filter(x -> x.id().equals(s.id())).findFirst().get();
    for (TimepointResult t : a.timepoints()) {
        String computed = OverallResponseRecord.code(t.overall());
        String investigator = recorded.recorded().stream().filter(v -> v.date().equals(t.date())).
            map(OverallResponseRecord::response).findFirst().orElse("(none)");
        visits++;
        if (computed.equals(investigator)) {
            agree++;
        } else {
            System.out.println("  " + s.id() + " " + t.date() + ": computed " + computed + ", recorded " + investigator);
        }
    }
}
System.out.println(agree + " of " + visits + " visit responses agree");

