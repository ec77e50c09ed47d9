package io.github.guarantees.evaluation;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.model.Pledge;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The lifecycle of one pledge: its status before any event, every change up to the timeline's as-of
 * instant with its cause, and the lifecycle of each contribution.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PledgeTimeline {
  private final Pledge pledge;
  private final Status initial;
  private final ImmutableList<StatusChange> changes;
  private final ImmutableList<ContributionTimeline> contributions;
  private final Instant asOf;

  PledgeTimeline(
      Pledge pledge,
      Status initial,
      ImmutableList<StatusChange> changes,
      ImmutableList<ContributionTimeline> contributions,
      Instant asOf) {
    this.pledge = pledge;
    this.initial = initial;
    this.changes = changes;
    this.contributions = contributions;
    this.asOf = asOf;
  }

  /**
   * Returns the pledge.
   *
   * @return the pledge
   */
  public Pledge pledge() {
    return pledge;
  }

  /**
   * Returns the pledge's id.
   *
   * @return the id
   */
  public String id() {
    return pledge.id();
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
   * Returns the lifecycle of each contribution, in the pledge's order.
   *
   * @return the contribution timelines
   */
  public ImmutableList<ContributionTimeline> contributions() {
    return contributions;
  }

  /**
   * Returns the lifecycle of one party's contribution.
   *
   * @param party the party id
   * @return the contribution timeline, or empty if the party does not contribute
   * @throws NullPointerException if party is null
   */
  public Optional<ContributionTimeline> contribution(String party) {
    Objects.requireNonNull(party, "party");
    for (ContributionTimeline c : contributions) {
      if (c.party().equals(party)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
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
    return id() + ": " + initial + (changes.isEmpty() ? "" : " " + changes);
  }
}
