/**
 * Scenario sweeps as an Apache Spark job: one agreement evaluated over millions of scenarios, on
 * one machine ({@code local[*]}) or on a cluster ({@code spark-submit --master ...}), with the same
 * code.
 *
 * <h2>Entry points</h2>
 *
 * <ul>
 *   <li>{@link io.github.guarantees.spark.Sweep}: an agreement and a response definition; runs over
 *       a {@link io.github.guarantees.spark.ScenarioSource} and returns {@link
 *       io.github.guarantees.spark.SweepResults}: a Dataset of {@link
 *       io.github.guarantees.spark.ScenarioResult} rows and the aggregates over them.
 *   <li>{@link io.github.guarantees.spark.SamplerSpec}: a small YAML description of how to sample
 *       timelines (per trigger: probability, date distribution, dependence on another trigger);
 *       sampling is seeded per scenario index, so results do not depend on partitioning.
 *   <li>{@link io.github.guarantees.spark.SweepCommand}: the {@code guarantees-spark/sweep}
 *       launcher and the main class for {@code spark-submit}.
 * </ul>
 *
 * <p>The agreement travels to the executors as its JSON file text in a broadcast variable and is
 * compiled once per executor JVM, on first use; the core's types need not be serializable.
 */
@NullMarked
package io.github.guarantees.spark;

import org.jspecify.annotations.NullMarked;
