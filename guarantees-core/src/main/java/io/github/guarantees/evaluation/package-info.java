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
