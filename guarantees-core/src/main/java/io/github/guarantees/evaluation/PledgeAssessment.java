package io.github.guarantees.evaluation;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.model.Pledge;
import java.util.Objects;
import java.util.Optional;

/**
 * The status of one pledge and of each of its contributions at the as-of instant.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PledgeAssessment {
  private final Pledge pledge;
  private final Status status;
  private final ImmutableList<ContributionAssessment> contributions;

  PledgeAssessment(
      Pledge pledge, Status status, ImmutableList<ContributionAssessment> contributions) {
    this.pledge = pledge;
    this.status = status;
    this.contributions = contributions;
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
   * Returns the pledge's status.
   *
   * @return the status
   */
  public Status status() {
    return status;
  }

  /**
   * Returns the status of each contribution, in the pledge's order.
   *
   * @return the contribution assessments
   */
  public ImmutableList<ContributionAssessment> contributions() {
    return contributions;
  }

  /**
   * Returns the assessment of one party's contribution.
   *
   * @param party the party id
   * @return the contribution assessment, or empty if the party does not contribute
   * @throws NullPointerException if party is null
   */
  public Optional<ContributionAssessment> contribution(String party) {
    Objects.requireNonNull(party, "party");
    return contributions.stream().filter(c -> c.party().equals(party)).findFirst();
  }

  @Override
  public String toString() {
    return id() + "=" + status + (contributions.isEmpty() ? "" : " " + contributions);
  }
}
