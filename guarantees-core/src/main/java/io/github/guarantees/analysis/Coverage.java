package io.github.guarantees.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.guarantees.scenario.Event;
import java.time.Duration;
import java.util.Objects;

/**
 * The space a verdict covers and how it was searched: every sequence of the letters (one
 * representative event per class of events the agreement tells apart) within the budget, in every
 * order, with ties, and with the gaps between consecutive events drawn from a finite set of
 * durations that realises every comparison with the agreement's constants (docs/ANALYSIS.md).
 *
 * @param method how the space was searched
 * @param budget the bound on events and repetitions
 * @param letters the representative events, one per class (their instants are placeholders)
 * @param step the grid of gaps for the longest scenarios ({@code Duration.ZERO} when the agreement
 *     has no durations: only order and ties matter)
 * @param horizon the longest gap drawn, and how long after the last event statuses are read
 * @param cases the number of scenarios evaluated
 * @param limitations what the space does not cover exhaustively
 */
public record Coverage(
    Method method,
    Budget budget,
    ImmutableList<Event> letters,
    Duration step,
    Duration horizon,
    long cases,
    ImmutableSet<Limitation> limitations) {
  /**
   * Checks the components.
   *
   * @param method the component of that name
   * @param budget the component of that name
   * @param letters the component of that name
   * @param step the component of that name
   * @param horizon the component of that name
   * @param cases the component of that name
   * @param limitations the component of that name
   * @throws NullPointerException if an argument is null
   */
  public Coverage {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(letters, "letters");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(horizon, "horizon");
    Objects.requireNonNull(limitations, "limitations");
  }

  /** How a space was searched. */
  public enum Method {
    /**
     * Every scenario of the bounded space evaluated by the evaluator, shortest first, so that the
     * first counterexample found has the fewest events.
     */
    EXHAUSTIVE_BOUNDED
  }
}
