package io.github.guarantees.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Suggestions;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The result of evaluating a scenario: the status of every pledge and contribution at the as-of
 * instant. Explanations are built on demand by {@link #explain(String)} and {@link #explain(String,
 * String)}, so decisions alone stay cheap.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Assessment {
  private final Evaluator evaluator;
  private final Scenario scenario;

  /** What explanations read, made on first use where the statuses did not need it (thread-safe). */
  private final Supplier<Explainer.State> state;

  private final ImmutableList<PledgeAssessment> pledges;
  private final ImmutableMap<String, Integer> positions;

  Assessment(
      Evaluator evaluator,
      Scenario scenario,
      Supplier<Explainer.State> state,
      ImmutableList<PledgeAssessment> pledges,
      ImmutableMap<String, Integer> positions) {
    this.evaluator = evaluator;
    this.scenario = scenario;
    this.state = state;
    this.pledges = pledges;
    this.positions = positions;
  }

  /**
   * Returns the agreement assessed.
   *
   * @return the agreement
   */
  public Agreement agreement() {
    return evaluator.agreement();
  }

  /**
   * Returns the scenario assessed.
   *
   * @return the scenario
   */
  public Scenario scenario() {
    return scenario;
  }

  /**
   * Returns the instant of the assessment.
   *
   * @return the as-of instant
   */
  public Instant asOf() {
    return scenario.asOf();
  }

  /**
   * Returns the assessment of every pledge, in the agreement's order.
   *
   * @return the pledge assessments
   */
  public ImmutableList<PledgeAssessment> pledges() {
    return pledges;
  }

  /**
   * Returns where the agreement itself stands: in effect, completed (every obligation fulfilled),
   * terminated by a power, or expired at the end of its own term ({@link AgreementStatus#of}).
   *
   * @return the agreement's status
   */
  public AgreementStatus agreementStatus() {
    Instant t = scenario.asOf();
    return AgreementStatus.of(
        pledges,
        // (an agreement that cannot end needs no sweep for it, where the statuses did not)
        evaluator.kernel().agreementEnds
            && state.get().sweep().agreementTermEnded(t.getEpochSecond(), t.getNano(), false));
  }

  /**
   * Returns the assessment of one pledge.
   *
   * @param pledgeId the pledge id
   * @return the pledge assessment
   * @throws IllegalArgumentException if the agreement has no such pledge
   * @throws NullPointerException if pledgeId is null
   */
  public PledgeAssessment pledge(String pledgeId) {
    return pledges.get(position(pledgeId));
  }

  /**
   * Returns the status of a pledge.
   *
   * @param pledgeId the pledge id
   * @return the status
   * @throws IllegalArgumentException if the agreement has no such pledge
   * @throws NullPointerException if pledgeId is null
   */
  public Status status(String pledgeId) {
    return pledge(pledgeId).status();
  }

  /**
   * Returns the status of a party's contribution to a pledge.
   *
   * @param pledgeId the pledge id
   * @param partyId the contributing party's id
   * @return the status
   * @throws IllegalArgumentException if there is no such pledge or contribution
   * @throws NullPointerException if an argument is null
   */
  public Status status(String pledgeId, String partyId) {
    Objects.requireNonNull(partyId, "partyId");
    return contribution(pledgeId, partyId).status();
  }

  /**
   * Returns the assessment of a party's contribution to a pledge.
   *
   * @param pledgeId the pledge id
   * @param partyId the contributing party's id
   * @return the contribution assessment
   * @throws IllegalArgumentException if there is no such pledge or contribution
   * @throws NullPointerException if an argument is null
   */
  public ContributionAssessment contribution(String pledgeId, String partyId) {
    Objects.requireNonNull(partyId, "partyId");
    PledgeAssessment p = pledge(pledgeId);
    return p.contribution(partyId)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "pledge '"
                        + pledgeId
                        + "' has no contribution by '"
                        + partyId
                        + "'"
                        + Suggestions.hint(
                            partyId,
                            p.contributions().stream()
                                .map(ContributionAssessment::party)
                                .collect(ImmutableList.toImmutableList()))));
  }

  /**
   * Explains a pledge's status: the trace of its conditions, its source clause, and what is missing
   * for it to fire.
   *
   * @param pledgeId the pledge id
   * @return the explanation
   * @throws IllegalArgumentException if the agreement has no such pledge
   * @throws NullPointerException if pledgeId is null
   */
  public Explanation explain(String pledgeId) {
    int i = position(pledgeId);
    return explain(i, -1, pledges.get(i).status());
  }

  /**
   * Explains a contribution's status, including its own condition and any blocking caveat.
   *
   * @param pledgeId the pledge id
   * @param partyId the contributing party's id
   * @return the explanation
   * @throws IllegalArgumentException if there is no such pledge or contribution
   * @throws NullPointerException if an argument is null
   */
  public Explanation explain(String pledgeId, String partyId) {
    Objects.requireNonNull(partyId, "partyId");
    int i = position(pledgeId);
    Status status = status(pledgeId, partyId);
    int j = evaluator.contributionPosition(i, partyId);
    return explain(i, j, status);
  }

  private int position(String pledgeId) {
    Objects.requireNonNull(pledgeId, "pledgeId");
    Integer i = positions.get(pledgeId);
    if (i == null) {
      throw new IllegalArgumentException(
          "no pledge '"
              + pledgeId
              + "' in agreement '"
              + agreement().id()
              + "'"
              + Suggestions.hint(pledgeId, positions.keySet()));
    }
    return i;
  }

  @Override
  public String toString() {
    return "Assessment{" + scenario.name() + " as of " + asOf() + ": " + pledges + "}";
  }

  /**
   * Explains pledge {@code i}, or its contribution {@code j} ({@code -1} for the pledge). Reading a
   * status the sweep computes (a deadline's, for a condition on it) uses the sweep's scratch
   * fields: one explanation at a time reads it, so threads sharing this assessment may ask at once.
   */
  private Explanation explain(int i, int j, Status status) {
    Explainer.State s = state.get();
    synchronized (s.sweep()) {
      return Explainer.explain(s, i, j, evaluator.compiled(i), status);
    }
  }
}
