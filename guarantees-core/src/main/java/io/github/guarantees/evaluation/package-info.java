/**
 * Evaluation: compile an agreement once, evaluate scenarios with it as a pure function.
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.compile(agreement);   // validates once; thread-safe
 * Assessment assessment = evaluator.evaluate(scenario); // decisions only: cheap
 * Status force = assessment.status("multinational-force");
 * Explanation why = assessment.explain("multinational-force"); // built on demand
 * }</pre>
 *
 * <h2>Statuses</h2>
 *
 * <p>See {@link io.github.guarantees.evaluation.Status}. A pledge is {@code DORMANT} while its
 * trigger does not hold, {@code PENDING} while its trigger holds and its activation does not,
 * {@code ACTIVE} when both hold, {@code SUSPENDED} when it was active earlier and is not now, and
 * {@code EXPIRED} once its term has ended. A contribution is additionally {@code BLOCKED} when a
 * caveat of its party forbids it. An obligation with a {@linkplain
 * io.github.guarantees.model.Deadline deadline} becomes {@code FULFILLED} or {@code VIOLATED}; a
 * restraint becomes {@code VIOLATED} when breached.
 *
 * <h2>One kernel</h2>
 *
 * <p>{@code compile} flattens every condition of the agreement into an array of numbered nodes,
 * sharing structurally equal sub-conditions, with trigger and party ids resolved to ints. A
 * scenario is then swept once, in order of time, over its event instants and the instants the
 * agreement computes (a term's end, a deadline's violation one nanosecond after it): at each step
 * only the nodes downstream of the step's events are recomputed, and every node's truth is kept as
 * a step function. Statuses, first activation, suspension, terms, deadlines, breaches, timelines
 * and explanations all read that one sweep; nothing else decides what a condition means. For
 * simulations, {@link io.github.guarantees.evaluation.Evaluator#decide(
 * io.github.guarantees.scenario.Scenario)} returns only the statuses ({@link
 * io.github.guarantees.evaluation.Decisions}, a byte each), reusing per-thread scratch.
 *
 * <h2>Explanations</h2>
 *
 * <p>An {@link io.github.guarantees.evaluation.Explanation} carries its causes as data ({@link
 * io.github.guarantees.evaluation.Cause}: the missing events, a broken {@code not}, a caveat, an
 * ended term, a deadline, a breach), rendered in English apart. The search for missing events is
 * bounded: at most {@link io.github.guarantees.evaluation.Explanation#MAX_MISSING_WORK} kernel
 * evaluations, and at most {@link io.github.guarantees.evaluation.Explanation#MAX_MISSING_SETS}
 * sets listed (the rest counted, "and N more").
 *
 * <h2>Lifecycles</h2>
 *
 * <p>{@link
 * io.github.guarantees.evaluation.Evaluator#timeline(io.github.guarantees.scenario.Scenario)} gives
 * every status change of every pledge and contribution, with its instant and cause, and agrees with
 * {@code evaluate} at every instant up to the as-of instant.
 *
 * <p>Entry point: {@link io.github.guarantees.evaluation.Evaluator}.
 */
@NullMarked
package io.github.guarantees.evaluation;

import org.jspecify.annotations.NullMarked;
