/**
 * Analysis: questions over every scenario of an agreement, answered with a proof over a bounded
 * space or a counterexample with the fewest events.
 *
 * <pre>{@code
 * Verdict v = Analysis.check(agreement, new Property.CanFire(Item.pledge("military-hubs")));
 * Survey s = Analysis.survey(agreement, new Budget(3, 2)); // dead, unconditional, blocked, apart
 * }</pre>
 *
 * <p>The space (which events, orders, repetitions and timings, and why they are all the distinct
 * ones) is defined in docs/ANALYSIS.md. Every scenario is evaluated by {@link
 * io.github.guarantees.evaluation.Evaluator}; nothing here gives a condition a meaning of its own.
 */
@NullMarked
package io.github.guarantees.analysis;

import org.jspecify.annotations.NullMarked;
