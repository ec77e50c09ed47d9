package io.github.guarantees.testing;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.guarantees.evaluation.Assessment;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on an {@link Assessment}: pick a pledge or a contribution, then assert its status.
 *
 * <pre>{@code
 * assertThat(assessment).pledge("multinational-force").isPending().isMissing("credible-cessation");
 * assertThat(assessment).contribution("multinational-force", "IT").isBlockedBy("no-ground-troops");
 * // a pledge owed to each member: the instance owed to Greece, and the UK's part in it
 * assertThat(assessment).owedTo("art5", "GR").isActive();
 * assertThat(assessment).contributionOwedTo("art5", "GR", "GB").isActive();
 * }</pre>
 *
 * <p>Obtained from {@link GuaranteesAssertions#assertThat(Assessment)} or {@link
 * GuaranteesSoftAssertions#assertThat(Assessment)}.
 */
public final class AssessmentAssert {
  private final @Nullable Assessment actual;
  private final Checks checks;

  AssessmentAssert(@Nullable Assessment actual, Checks checks) {
    this.actual = actual;
    this.checks = checks;
  }

  /**
   * Selects a pledge; an unknown id fails the next assertion, naming the id probably meant.
   *
   * @param pledgeId the pledge's id, not null
   * @return assertions on its status
   * @throws NullPointerException if pledgeId is null
   */
  public StatusAssert pledge(String pledgeId) {
    checkNotNull(pledgeId, "pledgeId");
    return new StatusAssert(actual, pledgeId, null, checks);
  }

  /**
   * Selects one party's contribution to a pledge; an unknown pledge or party fails the next
   * assertion.
   *
   * @param pledgeId the pledge's id, not null
   * @param partyId the contributing party's id, not null
   * @return assertions on its status
   * @throws NullPointerException if an argument is null
   */
  public StatusAssert contribution(String pledgeId, String partyId) {
    checkNotNull(pledgeId, "pledgeId");
    checkNotNull(partyId, "partyId");
    return new StatusAssert(actual, pledgeId, partyId, checks);
  }

  /**
   * Selects the instance of a pledge owed to each party of a set that is owed to one party ({@code
   * <pledge>@<party>}, see {@code Agreement.instances()}); an unknown pledge or party fails the
   * next assertion.
   *
   * @param pledgeId the pledge's id as written, not null
   * @param owedPartyId the party the instance is owed to, not null
   * @return assertions on its status
   * @throws NullPointerException if an argument is null
   */
  public StatusAssert owedTo(String pledgeId, String owedPartyId) {
    checkNotNull(pledgeId, "pledgeId");
    checkNotNull(owedPartyId, "owedPartyId");
    return new StatusAssert(actual, pledgeId + "@" + owedPartyId, null, checks);
  }

  /**
   * Selects one party's contribution to the instance of a pledge owed to another party.
   *
   * @param pledgeId the pledge's id as written, not null
   * @param owedPartyId the party the instance is owed to, not null
   * @param partyId the contributing party's id, not null
   * @return assertions on its status
   * @throws NullPointerException if an argument is null
   */
  public StatusAssert contributionOwedTo(String pledgeId, String owedPartyId, String partyId) {
    checkNotNull(pledgeId, "pledgeId");
    checkNotNull(owedPartyId, "owedPartyId");
    checkNotNull(partyId, "partyId");
    return new StatusAssert(actual, pledgeId + "@" + owedPartyId, partyId, checks);
  }
}
