package io.github.recist.examples.adam;

import com.google.common.collect.ImmutableList;
import io.github.recist.examples.sdtm.Dataset;
import io.github.recist.examples.sdtm.Dataset.Column;
import io.github.recist.examples.sdtm.Dataset.Type;
import io.github.recist.examples.sdtm.StudySubject;
import io.github.recist.examples.sdtm.OverallResponseRecord;
import io.github.recist.model.Response;
import io.github.recist.result.NewLesionFinding;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The RS records of the responses derived from measurements, so that a sponsor can set them beside
 * the investigator's: per visit {@code TRGRESP}, {@code NTRGRESP}, {@code NEWLPROG} (only when a
 * new lesion was seen) and {@code OVRLRESP}; a response {@code NA} (no lesions of that kind) has
 * no RS value and no record. {@code RSEVAL} is {@code RECIST ENGINE}; {@code RSCAT} {@code RECIST
 * 1.1}.
 */
public final class DerivedRs {

  static final ImmutableList<String> COLUMNS = ImmutableList.of("STUDYID", "DOMAIN", "USUBJID",
      "RSSEQ", "RSTESTCD", "RSTEST", "RSCAT", "RSORRES", "RSSTRESC", "RSEVAL", "VISITNUM", "VISIT",
      "RSDTC");

  private DerivedRs() {}

  /** The RS records of {@code assessments} (by subject id) for the subjects built from measurements. */
  public static Dataset derive(List<StudySubject> subjects, Map<String, SubjectAssessment> assessments) {
    List<Column> columns = new ArrayList<>();
    for (String n : COLUMNS) {
      columns.add(Column.of(n, null, n.equals("RSSEQ") ? Type.INTEGER
          : n.equals("VISITNUM") ? Type.FLOAT : Type.STRING));
    }
    Dataset.Builder rs = Dataset.builder("RS", columns);
    for (StudySubject s : subjects) {
      SubjectAssessment a = assessments.get(s.id());
      if (a == null) {
        continue;
      }
      int seq = 0;
      for (TimepointResult t : a.timepoints()) {
        OverallResponseRecord visit = s.visits().get(t.date());
        String[][] tests = {
          {"TRGRESP", "Target Response", OverallResponseRecord.code(t.target())},
          {"NTRGRESP", "Non-target Response", OverallResponseRecord.code(t.nonTarget())},
          {"NEWLPROG", "New Lesion Progression",
              t.newLesions() == NewLesionFinding.NONE ? null : t.newLesions().name()},
          {"OVRLRESP", "Overall Response", OverallResponseRecord.code(t.overall())}};
        for (String[] test : tests) {
          if (test[2] == null || test[2].equals(Response.MISSING.name())) {
            continue;
          }
          rs.row().set("STUDYID", s.adsl().get("STUDYID")).set("DOMAIN", "RS")
              .set("USUBJID", s.id()).set("RSSEQ", ++seq).set("RSTESTCD", test[0])
              .set("RSTEST", test[1]).set("RSCAT", "RECIST 1.1").set("RSORRES", test[2])
              .set("RSSTRESC", test[2]).set("RSEVAL", "RECIST ENGINE")
              .set("VISITNUM", visit == null ? null : visit.visitNumber())
              .set("VISIT", visit == null ? null : visit.visit())
              .set("RSDTC", visit == null ? t.date().toString() : visit.collectedDate());
        }
      }
    }
    return rs.build();
  }
}
