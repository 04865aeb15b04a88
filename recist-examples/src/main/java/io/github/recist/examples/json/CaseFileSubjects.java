package io.github.recist.examples.json;

import io.github.recist.examples.source.SubjectSource;
import io.github.recist.examples.source.SubjectWork;
import io.github.recist.model.Problem;
import java.io.IOException;
import java.util.function.Consumer;

/** A recist-case/1 file as a {@link SubjectSource}: {@link CaseReader#check} over one {@link CaseSource}. */
public final class CaseFileSubjects implements SubjectSource {
  private final CaseReader reader;
  private final CaseSource source;

  /** The subjects of {@code source}; with {@code strict}, protocol deviations are errors. */
  public CaseFileSubjects(CaseSource source, boolean strict) {
    this.reader = new CaseReader(strict);
    this.source = source;
  }

  @Override
  public String name() {
    return source.name();
  }

  @Override
  public <T> CaseReader.Check check(Consumer<Problem> problems, Runnable progress, int threads,
      SubjectWork<T> work) throws IOException {
    return reader.check(source, problems, progress, threads, work);
  }
}
