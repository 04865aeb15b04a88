package io.github.recist.rules;

import io.github.recist.result.Reason;
import io.github.recist.result.TimepointResult;
import java.util.AbstractList;

/**
 * The reasons of one time point as the rules append them ({@code List<Reason> reasons} of {@link
 * TargetResponse#classify}, {@link NonTargetResponse#classify}...), going straight into the
 * result's builder in the order given, so that no list is made and copied per visit (issue 14).
 * Append-only: {@link #get} and the rest of {@link java.util.List} beyond {@link #add} and {@link
 * #size} are not for the rules.
 */
final class ReasonsInto extends AbstractList<Reason> {

  private final TimepointResult.Builder result;
  private int size;

  ReasonsInto(TimepointResult.Builder result) {
    this.result = result;
  }

  @Override
  public boolean add(Reason reason) {
    result.addReasons(reason);
    size++;
    return true;
  }

  @Override
  public Reason get(int index) {
    throw new UnsupportedOperationException("the reasons go into the time point's result");
  }

  @Override
  public int size() {
    return size;
  }
}
