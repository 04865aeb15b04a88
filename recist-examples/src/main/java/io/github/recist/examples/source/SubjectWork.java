package io.github.recist.examples.source;

import io.github.recist.Recist11;
import io.github.recist.model.Protocol;
import io.github.recist.model.Subject;
import java.io.IOException;
import java.util.List;

/**
 * What to do with each subject of an input, during its check: {@link #work} runs on any of the
 * threads the check was given (it must be thread-safe), {@link #accept} on the reading thread, in
 * input order. Only subjects without problems are worked on, and only while the input has had no
 * error; results are accepted only as long as it still has none.
 *
 * @param <T> what the work makes of one subject
 */
public interface SubjectWork<T> {
  /** Called on the reading thread when the subjects begin, with the protocol of the work. */
  default void start(Protocol protocol) throws IOException {}

  /** Works on one subject; any thread. */
  T work(Subject subject, Protocol protocol);

  /**
   * Works on one subject, given what its check under the criteria found ({@link
   * Recist11#checkCriteria}, one check per criteria): a work that assesses the subject can take
   * the visits the check classified under iRECIST (Rule R14.5) rather than classify them again
   * ({@link Recist11#assess(Subject, Protocol, List)}); any thread. By default, {@link
   * #work(Subject, Protocol)}.
   */
  default T work(Subject subject, Protocol protocol, List<Recist11.CriteriaCheck> checks) {
    return work(subject, protocol);
  }

  /** Takes the result of one subject, in input order, on the reading thread. */
  void accept(T result) throws IOException;
}
