package io.github.guarantees.testing;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.guarantees.evaluation.Timeline;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link Timeline}: pick a pledge or a contribution, then assert how its status
 * changed.
 *
 * <pre>{@code
 * assertThat(timeline).pledge("multinational-force").changedTo(Status.ACTIVE).at(instant);
 * assertThat(timeline).contribution("multinational-force", "UK").neverChangedTo(Status.ACTIVE);
 * }</pre>
 */
public final class TimelineAssert {
  private final @Nullable Timeline actual;
  private final Checks checks;

  TimelineAssert(@Nullable Timeline actual, Checks checks) {
    this.actual = actual;
    this.checks = checks;
  }

  /**
   * Selects a pledge's lifecycle; an unknown id fails the next assertion.
   *
   * @param pledgeId the pledge's id, not null
   * @return assertions on its changes
   * @throws NullPointerException if pledgeId is null
   */
  public LifecycleAssert pledge(String pledgeId) {
    checkNotNull(pledgeId, "pledgeId");
    return new LifecycleAssert(actual, pledgeId, null, checks);
  }

  /**
   * Selects the lifecycle of one party's contribution to a pledge.
   *
   * @param pledgeId the pledge's id, not null
   * @param partyId the contributing party's id, not null
   * @return assertions on its changes
   * @throws NullPointerException if an argument is null
   */
  public LifecycleAssert contribution(String pledgeId, String partyId) {
    checkNotNull(pledgeId, "pledgeId");
    checkNotNull(partyId, "partyId");
    return new LifecycleAssert(actual, pledgeId, partyId, checks);
  }

  /**
   * Selects the lifecycle of the instance of a pledge owed to one party of its set ({@code
   * <pledge>@<party>}).
   *
   * @param pledgeId the pledge's id as written, not null
   * @param owedPartyId the party the instance is owed to, not null
   * @return assertions on its lifecycle
   * @throws NullPointerException if an argument is null
   */
  public LifecycleAssert owedTo(String pledgeId, String owedPartyId) {
    checkNotNull(pledgeId, "pledgeId");
    checkNotNull(owedPartyId, "owedPartyId");
    return new LifecycleAssert(actual, pledgeId + "@" + owedPartyId, null, checks);
  }
}
