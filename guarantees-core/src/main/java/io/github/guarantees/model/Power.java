package io.github.guarantees.model;

import io.github.guarantees.condition.Occurred;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a power lets its holder do, and by which event: "the seller may suspend the delivery
 * obligation", "the buyer may terminate the contract". A pledge of kind {@link PledgeKind#POWER}
 * carries one ({@link Pledge#power()}); its trigger creates the power and its activation puts it in
 * effect, as for any pledge.
 *
 * <pre>{@code
 * Power suspend = Power.suspend("delivery", Condition.occurred("delivery-suspended", "SELLER"));
 * Power terminate = Power.terminateAgreement(Condition.occurred("contract-terminated", "BUYER"));
 * }</pre>
 *
 * <p>An event matching {@link #exercisedBy()} <em>exercises</em> the power when the power was
 * {@code ACTIVE} just before the event's instant (a power cannot be exercised at the instant it
 * comes into effect, and an exercise decides on the statuses before it, never on its own effect).
 * The exercise takes effect at the event's instant and spends the power: it is {@code FULFILLED}
 * from then on, and later events of the pattern do nothing. An event that matches while the power
 * is not in effect changes nothing, and the explanation of the power says so.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Power {
  Power() {}

  /** What exercising a power does to its target. */
  public enum Action {
    /**
     * The target pledge is {@code SUSPENDED} from the exercise until a {@link #RESUME} of it is
     * exercised (unless it was already decided: fulfilled, violated or expired).
     */
    SUSPEND,
    /** A suspended target pledge is back in its own lifecycle from the exercise on. */
    RESUME,
    /**
     * The target pledge, or every pledge of the agreement that does not survive termination ({@link
     * Pledge#survivesTermination()}), is {@code EXPIRED} from the exercise on.
     */
    TERMINATE
  }

  /**
   * A power to suspend a pledge.
   *
   * @param pledge the id of the pledge suspended, not null
   * @param exercisedBy the events that exercise the power, not null
   * @return the power
   * @throws NullPointerException if pledge or exercisedBy is null
   */
  public static Power suspend(String pledge, Occurred exercisedBy) {
    return ImmutablePower.of(
        Action.SUSPEND, Optional.of(Objects.requireNonNull(pledge, "pledge")), exercisedBy);
  }

  /**
   * A power to resume a suspended pledge.
   *
   * @param pledge the id of the pledge resumed, not null
   * @param exercisedBy the events that exercise the power, not null
   * @return the power
   * @throws NullPointerException if pledge or exercisedBy is null
   */
  public static Power resume(String pledge, Occurred exercisedBy) {
    return ImmutablePower.of(
        Action.RESUME, Optional.of(Objects.requireNonNull(pledge, "pledge")), exercisedBy);
  }

  /**
   * A power to terminate one pledge.
   *
   * @param pledge the id of the pledge terminated, not null
   * @param exercisedBy the events that exercise the power, not null
   * @return the power
   * @throws NullPointerException if pledge or exercisedBy is null
   */
  public static Power terminate(String pledge, Occurred exercisedBy) {
    return ImmutablePower.of(
        Action.TERMINATE, Optional.of(Objects.requireNonNull(pledge, "pledge")), exercisedBy);
  }

  /**
   * A power to terminate the agreement: every pledge that does not survive termination expires.
   *
   * @param exercisedBy the events that exercise the power, not null
   * @return the power
   * @throws NullPointerException if exercisedBy is null
   */
  public static Power terminateAgreement(Occurred exercisedBy) {
    return ImmutablePower.of(Action.TERMINATE, Optional.empty(), exercisedBy);
  }

  /**
   * Returns what the power does.
   *
   * @return the action
   */
  @Value.Parameter
  public abstract Action action();

  /**
   * Returns the id of the pledge the power acts on.
   *
   * @return the pledge id (an instance id for a pledge owed to a set), or empty for the agreement
   *     as a whole (termination only)
   */
  @Value.Parameter
  public abstract Optional<String> target();

  /**
   * Returns the pattern of the events that exercise the power.
   *
   * @return the pattern
   */
  @Value.Parameter
  public abstract Occurred exercisedBy();

  @Value.Check
  final void check() {
    if (target().isEmpty() && action() != Action.TERMINATE) {
      throw new IllegalArgumentException(
          "a power to "
              + action()
              + " names the pledge it acts on; only termination may act on"
              + " the agreement");
    }
  }

  @Override
  public String toString() {
    return action().name().toLowerCase(java.util.Locale.ROOT)
        + " "
        + target().orElse("the agreement")
        + " on "
        + exercisedBy();
  }
}
