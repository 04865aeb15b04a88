package io.github.recist.result;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.recist.model.Criteria;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One subject assessed under several criteria at once (issue 12, item 4): a {@link
 * SubjectAssessment} per criteria, in the order of {@link Criteria} (RECIST 1.1 first, then
 * iRECIST, Rule R14).
 *
 * <pre>{@code
 * Assessments both = Recist11.assessUnder(subject, protocol, Criteria.RECIST_1_1, Criteria.IRECIST);
 * both.under(Criteria.RECIST_1_1).bestOverallResponse();        // PD
 * both.under(Criteria.IRECIST).bestOverallResponseCode();       // iCR
 * }</pre>
 *
 * <p>An immutable value; its assessments share the subject's id.
 */
public final class Assessments {
  private final ImmutableMap<Criteria, SubjectAssessment> byCriteria;

  private Assessments(ImmutableMap<Criteria, SubjectAssessment> byCriteria) {
    this.byCriteria = byCriteria;
  }

  /**
   * The assessments of one subject, one per criteria.
   *
   * @throws IllegalArgumentException if there is none, one is under another criteria than its key
   *     ({@link SubjectAssessment#criteria()}), or they are not of the same subject
   */
  public static Assessments of(Map<Criteria, SubjectAssessment> byCriteria) {
    checkArgument(!byCriteria.isEmpty(), "no assessment: give at least one criteria");
    Map<Criteria, SubjectAssessment> ordered = new EnumMap<>(Criteria.class);
    String id = null;
    for (Map.Entry<Criteria, SubjectAssessment> e : byCriteria.entrySet()) {
      SubjectAssessment a = Objects.requireNonNull(e.getValue(), "assessment");
      checkArgument(id == null || id.equals(a.subjectId()),
          "assessments of subjects %s and %s: one subject's assessments are expected", id,
          a.subjectId());
      checkArgument(a.criteria() == e.getKey(), "subject %s: an assessment under %s given for %s",
          a.subjectId(), a.criteria(), e.getKey());
      id = a.subjectId();
      ordered.put(Objects.requireNonNull(e.getKey(), "criteria"), a);
    }
    return new Assessments(ImmutableMap.copyOf(ordered));
  }

  /** The subject's id. */
  public String subjectId() {
    return byCriteria.values().iterator().next().subjectId();
  }

  /** The criteria assessed, in the order of {@link Criteria}. */
  public ImmutableSet<Criteria> criteria() {
    return byCriteria.keySet();
  }

  /**
   * The assessment under {@code criteria}.
   *
   * @throws IllegalArgumentException if the subject was not assessed under it
   */
  public SubjectAssessment under(Criteria criteria) {
    SubjectAssessment a = byCriteria.get(criteria);
    checkArgument(a != null, "subject %s was assessed under %s, not %s", subjectId(), criteria(),
        criteria);
    return a;
  }

  /** Every assessment, in the order of {@link Criteria}. */
  public ImmutableList<SubjectAssessment> all() {
    return byCriteria.values().asList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Assessments && ((Assessments) o).byCriteria.equals(byCriteria);
  }

  @Override
  public int hashCode() {
    return byCriteria.hashCode();
  }

  /** Prints each assessment after its criteria: {@code RECIST_1_1: S-1: best overall response PD ...}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    byCriteria.forEach((c, a) -> s.append(s.length() == 0 ? "" : "\n").append(c).append(": ")
        .append(a));
    return s.toString();
  }
}
