package io.github.guarantees.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.scenario.Event;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One step in a lifecycle: at an instant, a pledge or contribution went from one status to another,
 * and why — the events at that instant that caused it, or a derived cause such as a deadline that
 * passed or a term that ended.
 *
 * <p>A change caused by a passed deadline happens at the first instant after the deadline, one
 * nanosecond after it (see {@link io.github.guarantees.model.Deadline#violatedFrom(Instant)}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StatusChange {
  private final Instant at;
  private final Status from;
  private final Status to;
  private final ImmutableList<Event> events;
  // In words only when asked: most changes of a timeline (and every change of the scenarios an
  // analysis evaluates) are read for their statuses alone.
  // (Rendered at most a few times if threads race: the words are the same each time.)
  private final Supplier<String> render;

  private volatile @Nullable String cause;

  StatusChange(Instant at, Status from, Status to, ImmutableList<Event> events, String cause) {
    this(at, from, to, events, () -> cause);
  }

  /** A change whose cause is rendered from immutable values on first use. */
  StatusChange(
      Instant at, Status from, Status to, ImmutableList<Event> events, Supplier<String> cause) {
    this.at = at;
    this.from = from;
    this.to = to;
    this.events = events;
    this.render = cause;
  }

  /**
   * Returns the instant from which the new status holds.
   *
   * @return the instant
   */
  public Instant at() {
    return at;
  }

  /**
   * Returns the status before the change.
   *
   * @return the old status
   */
  public Status from() {
    return from;
  }

  /**
   * Returns the status from {@link #at()} on.
   *
   * @return the new status
   */
  public Status to() {
    return to;
  }

  /**
   * Returns the events that caused the change; empty when the cause is derived (a deadline passed,
   * a term ended at a fixed instant or after a duration).
   *
   * @return the events, chronological
   */
  public ImmutableList<Event> events() {
    return events;
  }

  /**
   * Returns the cause in words, e.g. {@code armed-attack by RU @ 2026-09-01T04:00:00Z} or {@code
   * deadline passed: consultations-held was due by ...}.
   *
   * @return the cause
   */
  public String cause() {
    String c = cause;
    if (c == null) {
      c = render.get();
      cause = c;
    }
    return c;
  }

  /** The status at {@code t} of a lifecycle starting in {@code initial}, up to {@code asOf}. */
  static Status statusAt(Status initial, List<StatusChange> changes, Instant asOf, Instant t) {
    checkArgument(
        !t.isAfter(asOf),
        "%s is after the timeline's as-of instant %s: later events are unknown to it",
        t,
        asOf);
    Status status = initial;
    for (StatusChange c : changes) {
      if (c.at.isAfter(t)) {
        break;
      }
      status = c.to;
    }
    return status;
  }

  @Override
  public String toString() {
    return at + " " + from + " -> " + to + ": " + cause();
  }
}
