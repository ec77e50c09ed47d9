package io.github.guarantees.testing;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.guarantees.evaluation.AgreementStatus;
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
 * // the agreement itself: in effect, completed, terminated by a power, or ended by its term
 * assertThat(assessment).hasAgreementStatus(AgreementStatus.TERMINATED);
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

  /**
   * Asserts where the agreement itself stands ({@link Assessment#agreementStatus()}); a failure
   * names the expected and the actual status.
   *
   * @param expected the expected status, not null
   * @return this, to chain further assertions
   * @throws NullPointerException if expected is null
   */
  public AssessmentAssert hasAgreementStatus(AgreementStatus expected) {
    checkNotNull(expected, "expected");
    Assessment a = actual;
    if (a == null) {
      checks.check(false, "expected an assessment, but it was null");
      return this;
    }
    AgreementStatus status = a.agreementStatus();
    checks.check(
        status == expected,
        "expected agreement '"
            + a.agreement().id()
            + "' to be "
            + expected
            + " as of "
            + a.asOf()
            + ", but it is "
            + status);
    return this;
  }
}
