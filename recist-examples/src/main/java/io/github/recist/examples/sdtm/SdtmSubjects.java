package io.github.recist.examples.sdtm;

import com.google.common.collect.ImmutableList;
import io.github.recist.examples.source.SubjectPipeline;
import io.github.recist.examples.source.SubjectSource;
import io.github.recist.examples.source.SubjectWork;
import io.github.recist.model.Problem;
import io.github.recist.model.Protocol;
import io.github.recist.model.Subject;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * A study's SDTM domains as a {@link SubjectSource}: the {@link SdtmReader} builds the subjects and
 * reports the problems of the data; then every subject goes through the same {@link
 * SubjectPipeline} as a case file's (the protocol deviations of Rules R1–R3, strict mode, the work
 * on {@code threads} threads, results in ADSL order).
 */
public final class SdtmSubjects implements SubjectSource {
  private final SdtmReader.Files files;
  private final SdtmOptions options;
  private final Protocol protocol;
  private SdtmStudy study;

  /** The subjects of {@code files} read under {@code options}, assessed under {@code protocol}. */
  public SdtmSubjects(SdtmReader.Files files, SdtmOptions options, Protocol protocol) {
    this.files = files;
    this.options = options;
    this.protocol = protocol;
  }

  @Override
  public String name() {
    return "SDTM (" + options + ")";
  }

  /** The study, once {@link #check} has read it; null before. */
  public SdtmStudy study() {
    return study;
  }

  /** What the check found. */
  private static final class Counts implements Outcome {
    private Protocol protocol;
    private long subjects;
    private long errors;
    private long warnings;
    private boolean worked;

    @Override
    public Protocol protocol() {
      return protocol;
    }

    @Override
    public long subjects() {
      return subjects;
    }

    @Override
    public long errors() {
      return errors;
    }

    @Override
    public long warnings() {
      return warnings;
    }

    @Override
    public boolean ok() {
      return errors == 0;
    }

    @Override
    public boolean worked() {
      return worked;
    }
  }

  @Override
  public <T> Outcome check(Consumer<Problem> problems, Runnable progress, int threads,
      SubjectWork<T> work) throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    Counts counts = new Counts();
    counts.protocol = protocol;
    Consumer<Problem> counting = p -> {
      if (p.isError()) {
        counts.errors++;
      } else {
        counts.warnings++;
      }
      problems.accept(p);
    };
    study = SdtmReader.read(files, options);
    study.problems().forEach(counting);
    if (!study.ok()) {
      return counts;
    }
    SubjectPipeline.Delivery<T> delivery = (checked, result) -> {
      counts.subjects++;
      checked.problems().forEach(counting);
      if (progress != null) {
        progress.run();
      }
      if (result != null && counts.errors == 0) {
        work.accept(result);
      }
      return counts.errors == 0;
    };
    SubjectPipeline.Parser<Subject> built = (s, number) ->
        new SubjectPipeline.Parsed(s.id(), s, ImmutableList.of());
    try (SubjectPipeline<Subject, T> pipeline =
        new SubjectPipeline<>(threads, built, work, protocol, delivery)) {
      if (work != null) {
        work.start(protocol);
        pipeline.start(protocol);
      }
      List<Subject> subjects = study.assessable();
      for (int i = 0; i < subjects.size(); i++) {
        pipeline.add(subjects.get(i), i + 1);
      }
      pipeline.drain();
      counts.worked = work != null && counts.ok() && pipeline.started();
    }
    return counts;
  }
}
