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
}
