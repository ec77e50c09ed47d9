package io.github.guarantees.analysis;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Analysis#check} found: the property holds in every scenario of the space, or a
 * scenario with the fewest events where it fails, or (for reachability) no scenario reaches it.
 */
public sealed interface Verdict
    permits Verdict.Proved, Verdict.Counterexample, Verdict.Unreachable {

  /**
   * Returns the space searched.
   *
   * @return the coverage
   */
  Coverage coverage();

  /**
   * Returns whether the property holds.
   *
   * @return true for {@link Proved}
   */
  boolean holds();

  /**
   * Returns the scenario found: a counterexample's, or a reachability proof's witness.
   *
   * @return the scenario, or empty
   */
  Optional<Scenario> found();

  /**
   * The property holds in every scenario of the space; for reachability ({@link Property.CanFire}),
   * a witness with the fewest events reaches it.
   *
   * @param coverage the space searched and how
   * @param witness for reachability, a scenario (as of the instant the item fires), else empty
   */
  record Proved(Coverage coverage, Optional<Scenario> witness) implements Verdict {
    /**
     * Checks the components.
     *
     * @param coverage the component of that name
     * @param witness the component of that name
     * @throws NullPointerException if an argument is null
     */
    public Proved {
      Objects.requireNonNull(coverage, "coverage");
      Objects.requireNonNull(witness, "witness");
    }

    @Override
    public boolean holds() {
      return true;
    }

    @Override
    public Optional<Scenario> found() {
      return witness;
    }
  }

  /**
   * A scenario with the fewest events in which the property fails.
   *
   * @param scenario the scenario, as of the failing instant
   * @param at the failing instant
   * @param offending the items that break the property there (for a response: the items that could
   *     have answered and did not)
   * @param events the number of events, the fewest with which the property fails in the space
   * @param assessment the agreement's assessment of the scenario at the failing instant (its
   *     explanations say why each item has its status)
   * @param coverage the space searched up to this scenario
   */
  record Counterexample(
      Scenario scenario,
      Instant at,
      ImmutableList<Item> offending,
      int events,
      Assessment assessment,
      Coverage coverage)
      implements Verdict {
    /**
     * Checks the components.
     *
     * @param scenario the component of that name
     * @param at the component of that name
     * @param offending the component of that name
     * @param events the component of that name
     * @param assessment the component of that name
     * @param coverage the component of that name
     * @throws NullPointerException if an argument is null
     */
    public Counterexample {
      Objects.requireNonNull(scenario, "scenario");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(offending, "offending");
      Objects.requireNonNull(assessment, "assessment");
      Objects.requireNonNull(coverage, "coverage");
    }

    @Override
    public boolean holds() {
      return false;
    }

    @Override
    public Optional<Scenario> found() {
      return Optional.of(scenario);
    }
  }

  /**
   * Reachability fails: no scenario of the space reaches the item.
   *
   * @param coverage the space searched
   */
  record Unreachable(Coverage coverage) implements Verdict {
    /**
     * Checks the components.
     *
     * @param coverage the component of that name
     * @throws NullPointerException if coverage is null
     */
    public Unreachable {
      Objects.requireNonNull(coverage, "coverage");
    }

    @Override
    public boolean holds() {
      return false;
    }

    @Override
    public Optional<Scenario> found() {
      return Optional.empty();
    }
  }
}
