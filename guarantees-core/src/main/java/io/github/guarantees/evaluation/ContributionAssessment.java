package io.github.guarantees.evaluation;

import io.github.guarantees.model.Caveat;
import io.github.guarantees.model.Contribution;
import java.util.Optional;

/**
 * The status of one party's contribution to a pledge at the as-of instant.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ContributionAssessment {
  private final Contribution contribution;
  private final Status status;
  private final Optional<Caveat> blockedBy;

  ContributionAssessment(Contribution contribution, Status status, Optional<Caveat> blockedBy) {
    this.contribution = contribution;
    this.status = status;
    this.blockedBy = blockedBy;
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
   * Returns the contribution's status.
   *
   * @return the status
   */
  public Status status() {
    return status;
  }

  /**
   * Returns the caveat that forbids the contribution, present when it is {@link Status#BLOCKED}.
   *
   * @return the caveat, or empty
   */
  public Optional<Caveat> blockedBy() {
    return status == Status.BLOCKED ? blockedBy : Optional.empty();
  }

  @Override
  public String toString() {
    return party() + "=" + status;
  }
}
