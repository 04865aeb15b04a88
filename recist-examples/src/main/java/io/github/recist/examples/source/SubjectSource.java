package io.github.recist.examples.source;

import io.github.recist.model.Problem;
import io.github.recist.model.Protocol;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * A source of subjects for the commands: a recist-case/1 file ({@code json.CaseFileSubjects}) or a
 * study's SDTM domains ({@code sdtm.SdtmSubjects}). Both check the whole input before anything is
 * written, report every problem (errors, and the protocol deviations of Rules R1–R3 as warnings, or
 * errors in strict mode), and hand each good subject to a {@link SubjectWork} on one thread or
 * several through the same {@link SubjectPipeline}, results in input order.
 */
public interface SubjectSource {

  /** What the check of an input found. */
  interface Outcome {
    /** The protocol the subjects are assessed under, or null when it could not be read. */
    Protocol protocol();

    /** How many subjects the input holds, as far as it could be read. */
    long subjects();

    /** How many errors were reported. */
    long errors();

    /** How many warnings were reported. */
    long warnings();

    /** Whether the input can be assessed: no error. */
    boolean ok();

    /** Whether the work had every subject, under {@link #protocol()}; false: read it again. */
    boolean worked();
  }

  /** How messages name the input. */
  String name();

  /**
   * Checks the whole input, reporting each problem in input order to {@code problems} and each
   * subject read to {@code progress} (may be null), and hands each good subject to {@code work}
   * (may be null) while the input has had no error, on {@code threads} threads.
   *
   * @throws IOException if the input cannot be read, or {@code work} fails to write
   */
  <T> Outcome check(Consumer<Problem> problems, Runnable progress, int threads, SubjectWork<T> work)
      throws IOException;
}
