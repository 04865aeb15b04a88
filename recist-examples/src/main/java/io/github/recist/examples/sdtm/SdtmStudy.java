package io.github.recist.examples.sdtm;

import com.google.common.collect.ImmutableList;
import io.github.recist.model.Problem;
import io.github.recist.model.Subject;

/**
 * What the SDTM reader made of a study: every ADSL subject in ADSL order, and every problem found
 * (errors and warnings, in the order found). The study can be assessed only when no problem is an
 * error.
 */
public final class SdtmStudy {
  private final String studyId;
  private final SdtmOptions options;
  private final ImmutableList<StudySubject> subjects;
  private final ImmutableList<Problem> problems;

  SdtmStudy(String studyId, SdtmOptions options, ImmutableList<StudySubject> subjects,
      ImmutableList<Problem> problems) {
    this.studyId = studyId;
    this.options = options;
    this.subjects = subjects;
    this.problems = problems;
  }

  /** STUDYID, or null when the data do not say. */
  public String studyId() {
    return studyId;
  }

  /** The options it was read with. */
  public SdtmOptions options() {
    return options;
  }

  /** Every ADSL subject, in ADSL order. */
  public ImmutableList<StudySubject> subjects() {
    return subjects;
  }

  /** The subjects with tumour data, built for the engine, in ADSL order. */
  public ImmutableList<Subject> assessable() {
    return subjects.stream().filter(s -> s.subject().isPresent()).map(s -> s.subject().get())
        .collect(ImmutableList.toImmutableList());
  }

  /** Every problem found, errors and warnings. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /** Whether no problem is an error. */
  public boolean ok() {
    return problems.stream().noneMatch(Problem::isError);
  }
}
