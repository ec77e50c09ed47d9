package io.github.guarantees.model;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Limits;
import io.github.guarantees.condition.Occurred;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What fulfils an obligation and by when: "the Participants will hold consultations within 24
 * hours" (a duration from the start), "payment strictly before day 7" (a fixed due instant, the
 * bound excluded), or "pays the amount with interest" (no time limit).
 *
 * <pre>{@code
 * Deadline consult = Deadline.of(Condition.occurred("consultations-held"), Duration.ofHours(24));
 * Deadline pay = Deadline.by(Condition.occurred("paid"), Instant.parse("2026-03-08T00:00:00Z"))
 *     .exclusive();
 * Deadline late = Deadline.noLimit(Condition.occurred("paid-late"));
 * }</pre>
 *
 * <p>The clock starts when the pledge first becomes {@code ACTIVE} (its trigger, which creates the
 * obligation, and its activation, which puts it in effect, both hold). The first event matching
 * {@link #fulfilledBy()} at or after the start fulfils the obligation if it comes by the due
 * instant: at or before it for a closed deadline (the default), strictly before it for an {@link
 * #exclusive()} one. Without such an event the obligation is violated from the first instant after
 * the due instant (closed) or from the due instant itself (exclusive), or from the start if that is
 * later (an obligation that comes into effect after its fixed due date is violated at once); a
 * later event does not undo the violation. An obligation with no time limit is fulfilled by the
 * event whenever it comes and is never violated.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Deadline {
  Deadline() {}

  /**
   * Creates a closed deadline a duration after the start.
   *
   * @param fulfilledBy the events that fulfil the obligation, not null
   * @param within how long after the start they may come, positive
   * @return the deadline
   * @throws NullPointerException if fulfilledBy or within is null
   * @throws IllegalArgumentException if {@code within} is zero, negative or longer than {@link
   *     Limits#LONGEST}
   */
  public static Deadline of(Occurred fulfilledBy, Duration within) {
    Objects.requireNonNull(within, "within");
    return ImmutableDeadline.of(fulfilledBy, Optional.of(within), Optional.empty(), false);
  }

  /**
   * Creates a closed deadline a duration after the start, fulfilled by any event of a trigger.
   *
   * @param trigger the id of the trigger whose events fulfil the obligation, not null
   * @param within how long after the start they may come, positive
   * @return the deadline
   * @throws NullPointerException if trigger or within is null
   * @throws IllegalArgumentException if {@code within} is zero or negative
   */
  public static Deadline of(String trigger, Duration within) {
    return of(Condition.occurred(trigger), within);
  }

  /**
   * Creates a closed deadline at a fixed instant: the fulfilling event may come at or before it.
   * Use {@link #exclusive()} for "strictly before".
   *
   * @param fulfilledBy the events that fulfil the obligation, not null
   * @param due the due instant, not null
   * @return the deadline
   * @throws NullPointerException if fulfilledBy or due is null
   * @throws IllegalArgumentException if {@code due} is out of the range {@link Limits} allows
   */
  public static Deadline by(Occurred fulfilledBy, Instant due) {
    Objects.requireNonNull(due, "due");
    return ImmutableDeadline.of(fulfilledBy, Optional.empty(), Optional.of(due), false);
  }

  /**
   * Creates an obligation with no time limit: fulfilled by the first matching event at or after the
   * start, never violated ("pays the amount with interest").
   *
   * @param fulfilledBy the events that fulfil the obligation, not null
   * @return the deadline
   * @throws NullPointerException if fulfilledBy is null
   */
  public static Deadline noLimit(Occurred fulfilledBy) {
    return ImmutableDeadline.of(fulfilledBy, Optional.empty(), Optional.empty(), false);
  }

  /**
   * Returns the pattern of the events that fulfil the obligation.
   *
   * @return the pattern
   */
  @Value.Parameter
  public abstract Occurred fulfilledBy();

  /**
   * Returns how long after the start the fulfilling event may come, for a deadline counted from the
   * start.
   *
   * @return the positive duration, or empty for a fixed due instant or no time limit
   */
  @Value.Parameter
  public abstract Optional<Duration> within();

  /**
   * Returns the fixed due instant, for a deadline at an instant.
   *
   * @return the due instant, or empty for a deadline counted from the start or no time limit
   */
  @Value.Parameter
  public abstract Optional<Instant> dueAt();

  /**
   * Returns whether the due instant is excluded: the fulfilling event must come strictly before it,
   * and the obligation is violated from the due instant itself.
   *
   * @return true for "strictly before"
   */
  @Value.Parameter
  public abstract boolean excludesDue();

  /**
   * Returns this deadline with the due instant excluded ("strictly before day 7").
   *
   * @return the exclusive deadline
   * @throws IllegalStateException if this obligation has no time limit
   */
  public final Deadline exclusive() {
    if (within().isEmpty() && dueAt().isEmpty()) {
      throw new IllegalStateException(this + ": an obligation with no time limit has no bound");
    }
    return ImmutableDeadline.of(fulfilledBy(), within(), dueAt(), true);
  }

  /**
   * Returns whether the obligation has a time limit.
   *
   * @return false for {@link #noLimit}
   */
  public final boolean isLimited() {
    return within().isPresent() || dueAt().isPresent();
  }

  /**
   * Returns the due instant for a clock started at {@code start}: {@code start + within}, or the
   * fixed due instant.
   *
   * @param start the first instant the pledge was active, not null
   * @return the due instant, or empty with no time limit
   * @throws NullPointerException if start is null
   */
  public final Optional<Instant> dueBy(Instant start) {
    Objects.requireNonNull(start, "start");
    return within().map(start::plus).or(this::dueAt);
  }

  /**
   * Returns the first instant at which the obligation, started at {@code start} and not fulfilled,
   * is violated: one nanosecond after the due instant (closed), the due instant (exclusive), or the
   * start if that is later.
   *
   * @param start the first instant the pledge was active, not null
   * @return the instant, or empty with no time limit
   * @throws NullPointerException if start is null
   */
  public final Optional<Instant> violatedFrom(Instant start) {
    return dueBy(start)
        .map(due -> excludesDue() ? due : due.plusNanos(1))
        .map(v -> v.isBefore(start) ? start : v);
  }

  /**
   * Returns whether an event at {@code at} comes in time for a due instant.
   *
   * @param at the event's instant, not null
   * @param due the due instant, not null
   * @return whether it is at or before (closed) or strictly before (exclusive) the due instant
   * @throws NullPointerException if at or due is null
   */
  public final boolean inTime(Instant at, Instant due) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(due, "due");
    return excludesDue() ? at.isBefore(due) : !at.isAfter(due);
  }

  @Value.Check
  final void check() {
    checkArgument(
        within().isEmpty() || dueAt().isEmpty(),
        "deadline for %s: give a duration or a due instant, not both",
        fulfilledBy());
    within()
        .ifPresent(
            w -> {
              checkArgument(
                  !w.isNegative() && !w.isZero(),
                  "deadline for %s: within must be positive, was %s",
                  fulfilledBy(),
                  w);
              Limits.checkDuration("deadline for " + fulfilledBy() + ": within", w);
            });
    dueAt().ifPresent(d -> Limits.checkInstant("deadline for " + fulfilledBy() + ": due", d));
    checkArgument(
        !excludesDue() || isLimited(),
        "deadline for %s: an obligation with no time limit has no bound to exclude",
        fulfilledBy());
  }

  @Override
  public String toString() {
    String bound = excludesDue() ? " strictly before " : " by ";
    return fulfilledBy()
        + within().map(w -> (excludesDue() ? " strictly within " : " within ") + w).orElse("")
        + dueAt().map(d -> bound + d).orElse("")
        + (isLimited() ? "" : " with no time limit");
  }
}
