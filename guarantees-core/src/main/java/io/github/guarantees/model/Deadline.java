package io.github.guarantees.model;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Limits;
import io.github.guarantees.condition.Occurred;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * What fulfils an obligation and how long the obligated parties have: "the Participants will hold
 * consultations within 24 hours".
 *
 * <pre>{@code
 * Deadline consult = Deadline.of(Condition.occurred("consultations-held"), Duration.ofHours(24));
 * }</pre>
 *
 * <p>The clock starts when the pledge first becomes {@code ACTIVE} (its trigger, which creates the
 * obligation, and its activation, which puts it in effect, both hold). The deadline is closed: an
 * event matching {@link #fulfilledBy()} in {@code [start, start + within]} fulfils the obligation,
 * one exactly at {@code start + within} included; from the first instant after that, without such
 * an event, the obligation is violated, and a later event does not undo the violation.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Deadline {
  Deadline() {}

  /**
   * Creates a deadline.
   *
   * @param fulfilledBy the events that fulfil the obligation, not null
   * @param within how long after the start they may come, positive
   * @return the deadline
   * @throws IllegalArgumentException if {@code within} is zero, negative or longer than {@link
   *     Limits#LONGEST}
   */
  public static Deadline of(Occurred fulfilledBy, Duration within) {
    return ImmutableDeadline.of(fulfilledBy, within);
  }

  /**
   * Creates a deadline fulfilled by any event of a trigger.
   *
   * @param trigger the id of the trigger whose events fulfil the obligation
   * @param within how long after the start they may come, positive
   * @return the deadline
   * @throws IllegalArgumentException if {@code within} is zero or negative
   */
  public static Deadline of(String trigger, Duration within) {
    return of(Condition.occurred(trigger), within);
  }

  /**
   * Returns the pattern of the events that fulfil the obligation.
   *
   * @return the pattern
   */
  @Value.Parameter
  public abstract Occurred fulfilledBy();

  /**
   * Returns how long after the start the fulfilling event may come.
   *
   * @return the duration, positive
   */
  @Value.Parameter
  public abstract Duration within();

  /**
   * Returns the last instant at which a fulfilling event still counts, for a clock started at
   * {@code start}.
   *
   * @param start when the pledge first became active
   * @return {@code start + within}
   * @throws NullPointerException if start is null
   */
  public final Instant dueBy(Instant start) {
    Objects.requireNonNull(start, "start");
    return start.plus(within());
  }

  /**
   * Returns the instant from which the obligation is violated if no fulfilling event came: one
   * nanosecond (the resolution of {@link Instant}) after {@link #dueBy(Instant)}.
   *
   * @param start when the pledge first became active
   * @return {@code start + within + 1 ns}
   * @throws NullPointerException if start is null
   */
  public final Instant violatedFrom(Instant start) {
    Objects.requireNonNull(start, "start");
    return dueBy(start).plusNanos(1);
  }

  @Value.Check
  final void check() {
    checkArgument(
        !within().isNegative() && !within().isZero(),
        "deadline for %s: within must be positive, was %s",
        fulfilledBy(),
        within());
    Limits.checkDuration("deadline for " + fulfilledBy() + ": within", within());
  }

  @Override
  public String toString() {
    return fulfilledBy() + " within " + within();
  }
}
