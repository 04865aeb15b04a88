package io.github.recist.result;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/**
 * A time-to-event observation of Rule R13: from a start date to an event (progression, death) or to
 * censoring (the last evaluable assessment), in days.
 */
@Value.Immutable
public abstract class TimeToEvent {

  TimeToEvent() {}

  /** Where the time starts: the reference date, or the first response. */
  @Value.Parameter
  public abstract LocalDate start();

  /** Where it ends: the event, or the censoring date. */
  @Value.Parameter
  public abstract LocalDate end();

  /** Whether the end is an event (true) or censoring (false). */
  @Value.Parameter
  public abstract boolean event();

  /** An observation from {@code start} to {@code end}. */
  public static TimeToEvent of(LocalDate start, LocalDate end, boolean event) {
    return ImmutableTimeToEvent.of(start, end, event);
  }

  /** The days from start to end. */
  public long days() {
    return ChronoUnit.DAYS.between(start(), end());
  }

  /** Whether the observation is censored. */
  public boolean censored() {
    return !event();
  }

  /** Prints as {@code 120 days (event)} or {@code 300 days (censored)}. */
  @Override
  public String toString() {
    return days() + (days() == 1 ? " day (" : " days (") + (event() ? "event" : "censored") + " on "
        + end() + ")";
  }
}
