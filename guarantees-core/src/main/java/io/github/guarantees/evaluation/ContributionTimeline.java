package io.github.guarantees.evaluation;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.model.Contribution;
import java.time.Instant;
import java.util.Objects;

/**
 * The lifecycle of one party's contribution to a pledge: its status before any event and every
 * change up to the timeline's as-of instant.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ContributionTimeline {
  private final Contribution contribution;
  private final Status initial;
  private final ImmutableList<StatusChange> changes;
  private final Instant asOf;

  ContributionTimeline(
      Contribution contribution,
      Status initial,
      ImmutableList<StatusChange> changes,
      Instant asOf) {
    this.contribution = contribution;
    this.initial = initial;
    this.changes = changes;
    this.asOf = asOf;
  }

  /**
   * Returns the contribution.
   *
   * @return the contribution
   */
  public Contribution contribution() {
    return contribution;
  }

  /**
   * Returns the contributing party's id.
   *
   * @return the party id
   */
  public String party() {
    return contribution.party();
  }

  /**
   * Returns the status before any event of the scenario.
   *
   * @return the initial status
   */
  public Status initial() {
    return initial;
  }

  /**
   * Returns the status changes, chronological.
   *
   * @return the changes, empty if the status never changed
   */
  public ImmutableList<StatusChange> changes() {
    return changes;
  }

  /**
   * Returns the status at an instant.
   *
   * @param t the instant, at or before the timeline's as-of instant
   * @return the status
   * @throws IllegalArgumentException if {@code t} is after the as-of instant
   * @throws NullPointerException if t is null
   */
  public Status statusAt(Instant t) {
    Objects.requireNonNull(t, "t");
    return StatusChange.statusAt(initial, changes, asOf, t);
  }

  /**
   * Returns the status at the as-of instant.
   *
   * @return the status
   */
  public Status status() {
    return statusAt(asOf);
  }

  @Override
  public String toString() {
    return party() + ": " + initial + (changes.isEmpty() ? "" : " " + changes);
  }
}
