package io.github.recist.examples.json;

import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import java.time.LocalDate;

/**
 * A subject whose own id and lesion ids are given, for the tests of what writes ids with any
 * characters in them ({@code ResultWriterTest}, {@code TextReportBytesTest}): a target, a
 * non-target and a new lesion named after {@code lesionId}, over a baseline and two visits.
 */
public final class SubjectsWithIds {

  private SubjectsWithIds() {}

  /** The subject {@code subjectId}, its lesions named after {@code lesionId}. */
  public static Subject subjectWithIds(String subjectId, String lesionId) {
    return Subject.builder(subjectId).referenceDate(LocalDate.of(2018, 1, 10))
        .target(lesionId, Site.LUNG).nonTarget("NT " + lesionId, Site.BONE)
        .baseline(LocalDate.of(2018, 1, 5), v -> v.measure(lesionId, 32).present("NT " + lesionId))
        .visit(LocalDate.of(2018, 2, 7), v -> v.measure(lesionId, 20).present("NT " + lesionId))
        .visit(LocalDate.of(2018, 3, 8), v -> v.measure(lesionId, 50).absent("NT " + lesionId)
            .newLesion("new " + lesionId, Site.LIVER))
        .build();
  }
}
