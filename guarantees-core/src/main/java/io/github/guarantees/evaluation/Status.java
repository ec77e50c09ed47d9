package io.github.guarantees.evaluation;

import io.github.guarantees.condition.Standing;

/**
 * The status of a pledge or a contribution at an instant: its place in the lifecycle.
 *
 * <p>A pledge's trigger <em>creates</em> it (Symboleo's "create"), its activation puts it <em>in
 * effect</em>. Precedence, for a pledge: {@link #EXPIRED} once its term has ended; then {@link
 * #FULFILLED} or {@link #VIOLATED} once decided; then {@link #ACTIVE}, {@link #SUSPENDED}, {@link
 * #PENDING}, {@link #DORMANT}.
 */
public enum Status {
  /** The trigger does not hold: the pledge is not in play. */
  DORMANT,
  /**
   * The trigger holds but the activation does not; for a contribution, its pledge is active but its
   * own condition (e.g. parliamentary approval) does not hold.
   */
  PENDING,
  /** Trigger and activation hold: the pledge fires. */
  ACTIVE,
  /** It was active at an earlier instant and is not now, and its term has not ended. */
  SUSPENDED,
  /** A caveat of the contributing party forbids the contribution (contributions only). */
  BLOCKED,
  /** Its term has ended (a fixed end, a duration from activation, or an ending event). */
  EXPIRED,
  /**
   * An obligation with a {@linkplain io.github.guarantees.model.Deadline deadline} whose fulfilling
   * event came in time: in {@code [start, start + within]}, where the clock starts when the pledge
   * first became {@link #ACTIVE}. Final unless the term ends. Contributions follow their pledge.
   */
  FULFILLED,
  /**
   * An obligation whose deadline passed without its fulfilling event (from the first instant after
   * {@code start + within}; a late event does not undo it), or a {@linkplain
   * io.github.guarantees.model.Pledge#refrainsFrom() restraint} breached at or after it first took
   * effect. Final unless the term ends. For a deadline, contributions follow their pledge; for a
   * restraint, only the contribution of the party that breached it is violated.
   */
  VIOLATED;

  /**
   * Returns whether this status means the commitment fires.
   *
   * @return true for {@link #ACTIVE}
   */
  public boolean fires() {
    return this == ACTIVE;
  }

  /**
   * Returns the status a condition on statuses asks about.
   *
   * @param standing the standing named by the condition, not null
   * @return the status of the same name
   * @throws NullPointerException if standing is null
   */
  public static Status of(Standing standing) {
    java.util.Objects.requireNonNull(standing, "standing");
    return switch (standing) {
      case ACTIVE -> ACTIVE;
      case SUSPENDED -> SUSPENDED;
      case EXPIRED -> EXPIRED;
      case FULFILLED -> FULFILLED;
      case VIOLATED -> VIOLATED;
    };
  }
}
