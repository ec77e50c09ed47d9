package io.github.guarantees.evaluation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The statuses of every pledge and contribution of an agreement in one scenario, and nothing else:
 * one byte each, for simulations that decide millions of scenarios. Built by {@link
 * Evaluator#decide(io.github.guarantees.scenario.Scenario)}; to learn why, evaluate the scenario
 * and ask its {@link Assessment} for an {@link Explanation}.
 *
 * <pre>{@code
 * Decisions d = evaluator.decide(scenario);
 * if (d.status("multinational-force").fires()) { ... }
 * for (int i = 0; i < d.pledgeCount(); i++) { Status s = d.pledgeStatus(i); }
 * }</pre>
 *
 * <p>Pledges are numbered in the agreement's order, contributions in their pledge's order. This
 * class is immutable and thread-safe.
 */
public final class Decisions {
  private static final Status[] STATUSES = Status.values();

  private final Evaluator evaluator;
  private final byte[] statuses;

  /**
   * A status as one byte: its position in {@link Status}, which is what makes the result compact.
   */
  @SuppressWarnings("EnumOrdinal")
  static byte encode(Status status) {
    return (byte) status.ordinal();
  }

  /** The status a byte of {@link #encode} stands for. */
  static Status decode(byte status) {
    return STATUSES[status];
  }

  Decisions(Evaluator evaluator, byte[] statuses) {
    this.evaluator = evaluator;
    this.statuses = statuses;
  }

  /**
   * Returns the number of pledges.
   *
   * @return the number of pledges in the agreement
   */
  public int pledgeCount() {
    return evaluator.kernel().pledgeCount;
  }

  /**
   * Returns the number of contributions of a pledge.
   *
   * @param pledge the pledge's position in the agreement, from 0
   * @return its number of contributions
   * @throws IndexOutOfBoundsException if there is no such pledge
   */
  public int contributionCount(int pledge) {
    Kernel k = evaluator.kernel();
    Objects.checkIndex(pledge, k.pledgeCount);
    return k.contributionStart[pledge + 1] - k.contributionStart[pledge];
  }

  /**
   * Returns the status of a pledge by position.
   *
   * @param pledge the pledge's position in the agreement, from 0
   * @return its status
   * @throws IndexOutOfBoundsException if there is no such pledge
   */
  public Status pledgeStatus(int pledge) {
    Kernel k = evaluator.kernel();
    Objects.checkIndex(pledge, k.pledgeCount);
    return decode(statuses[k.slot[pledge]]);
  }

  /**
   * Returns the status of a contribution by position.
   *
   * @param pledge the pledge's position in the agreement, from 0
   * @param contribution the contribution's position in the pledge, from 0
   * @return its status
   * @throws IndexOutOfBoundsException if there is no such pledge or contribution
   */
  public Status contributionStatus(int pledge, int contribution) {
    Objects.checkIndex(contribution, contributionCount(pledge));
    return decode(statuses[evaluator.kernel().slot[pledge] + 1 + contribution]);
  }

  /**
   * Returns the status of a pledge.
   *
   * @param pledgeId the pledge id, not null
   * @return its status
   * @throws NullPointerException if pledgeId is null
   * @throws IllegalArgumentException if the agreement has no such pledge
   */
  public Status status(String pledgeId) {
    return pledgeStatus(evaluator.position(Objects.requireNonNull(pledgeId, "pledgeId")));
  }

  /**
   * Returns the status of a party's contribution to a pledge.
   *
   * @param pledgeId the pledge id, not null
   * @param partyId the contributing party's id, not null
   * @return its status
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there is no such pledge or contribution
   */
  public Status status(String pledgeId, String partyId) {
    Objects.requireNonNull(partyId, "partyId");
    int p = evaluator.position(Objects.requireNonNull(pledgeId, "pledgeId"));
    return contributionStatus(p, evaluator.contributionPosition(p, partyId));
  }

  /**
   * Returns how many pledges fire ({@link Status#ACTIVE}).
   *
   * @return the number of active pledges
   */
  public int firedCount() {
    int n = 0;
    for (int p = 0; p < pledgeCount(); p++) {
      n += pledgeStatus(p) == Status.ACTIVE ? 1 : 0;
    }
    return n;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Decisions d
        && d.evaluator == evaluator
        && java.util.Arrays.equals(d.statuses, statuses);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(statuses);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Decisions{");
    for (int p = 0; p < pledgeCount(); p++) {
      out.append(p == 0 ? "" : ", ")
          .append(evaluator.agreement().instances().get(p).id())
          .append('=')
          .append(pledgeStatus(p));
    }
    return out.append('}').toString();
  }
}
