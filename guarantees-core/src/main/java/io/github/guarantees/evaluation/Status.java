package io.github.guarantees.evaluation;

/** The status of a pledge or a contribution at an instant. */
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
  EXPIRED;

  /**
   * Returns whether this status means the commitment fires.
   *
   * @return true for {@link #ACTIVE}
   */
  public boolean fires() {
    return this == ACTIVE;
  }
}
