package io.github.recist.examples.adam;

import io.github.recist.examples.sdtm.Dataset;
import io.github.recist.examples.sdtm.StudySubject;
import io.github.recist.model.Protocol;
import io.github.recist.result.SubjectAssessment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every dataset the ADaM writer makes of a study, by file name without extension: {@code adrs},
 * {@code adtte}, {@code adtr} and, for subjects assessed from measurements, {@code rs} (the derived
 * RS records).
 */
public final class AdamDatasets {

  private AdamDatasets() {}

  /**
   * The datasets of {@code subjects} (every ADSL subject, in order).
   *
   * @param required each assessable subject's assessment under {@code protocol}, by id
   * @param notRequired the same without confirmation (for {@link AdamProfile#RECIST_RULES}), by id
   * @param fromMeasurements whether the subjects were built from measurements: OVR then comes from
   *     the engine's time points, and the derived RS records are made
   * @param investigator whether the reads are the investigator's
   * @param measured the subjects built from measurements, for ADTR (empty: ADTR has no record)
   */
  public static Map<String, Dataset> derive(List<StudySubject> subjects,
      Map<String, SubjectAssessment> required, Map<String, SubjectAssessment> notRequired,
      boolean fromMeasurements, String evaluator, boolean investigator, AdamProfile profile,
      Protocol protocol, List<StudySubject> measured) {
    List<Adam.SubjectData> data = new ArrayList<>();
    for (StudySubject s : subjects) {
      SubjectAssessment a = required.get(s.id());
      boolean engineVisits = fromMeasurements || (s.recorded().isEmpty() && a != null
          && s.subject().isPresent() && !s.subject().get().isRecorded());
      data.add(new Adam.SubjectData(s, engineVisits && a != null ? Adam.overallOf(a, s, evaluator)
          : s.recorded(), notRequired.get(s.id()), a));
    }
    Adam.Datasets adam = new Adam(profile, protocol, investigator).derive(data);
    Map<String, Dataset> out = new LinkedHashMap<>();
    out.put("adrs", adam.adrs());
    out.put("adtte", adam.adtte());
    out.put("adtr", Adtr.derive(measured, investigator ? "Investigator" : "Independent Assessor",
        profile));
    if (fromMeasurements) {
      out.put("rs", DerivedRs.derive(subjects, required));
    }
    return out;
  }
}
