/**
 * JMH benchmarks of the evaluator beside the same rules run by generated Java, Easy Rules and
 * Drools, over one seeded workload.
 *
 * <p>{@link io.github.guarantees.benchmarks.Workload} generates the agreements and scenarios; each
 * engine decides the <em>fired set</em> (the pledges {@code ACTIVE} at the as-of instant), and
 * {@link io.github.guarantees.benchmarks.FiredSets} checks that every engine agrees before anything
 * is timed. How to run them, and the latest figures, are in {@code docs/PERFORMANCE.md}.
 */
@NullMarked
package io.github.guarantees.benchmarks;

import org.jspecify.annotations.NullMarked;
