package io.github.guarantees.benchmarks;

import io.github.guarantees.analysis.Analysis;
import io.github.guarantees.analysis.Budget;
import io.github.guarantees.analysis.Item;
import io.github.guarantees.analysis.Property;
import io.github.guarantees.analysis.Selector;
import io.github.guarantees.analysis.Survey;
import io.github.guarantees.analysis.Verdict;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.examples.Paris2026;
import io.github.guarantees.examples.Paris2026Scenarios;
import io.github.guarantees.examples.ParisProperties;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The analysis of the Paris 2026 agreement ({@link Analysis}) within {@link Budget#DEFAULT}: the
 * deployment invariant, one representative property of every other kind, and the survey; beside, as
 * the baseline of the same run, the evaluator on one named Paris scenario ({@code evaluate} and
 * {@code timeline}), so that each check reads as a number of evaluations.
 *
 * <p>Each property is checked from the agreement, as a user calls it: the space (cone, letters,
 * grid) and its compiled evaluator are built inside the timed operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class AnalysisBenchmark {
  /**
   * The deployment invariant: no deployment in Ukraine is {@code ACTIVE} unless the request is in
   * force and a credible cessation has occurred ({@link ParisProperties#deploymentInvariant()}).
   */
  static final Property INVARIANT = ParisProperties.deploymentInvariant();

  /**
   * A response (the example): after every Russian armed attack that follows a ceasefire,
   * some commitment of component 4 (military support, intelligence, logistics, diplomacy,
   * sanctions) is {@code ACTIVE} within 72 hours. The 72 hours are the illustration, not a
   * figure of the declaration.
   */
  static final Property RESPONDS =
      new Property.RespondsWithin(
          Condition.occurred(Paris2026.ARMED_ATTACK, Paris2026.RU),
          Optional.of(
              Condition.after(
                  Condition.occurred(Paris2026.ARMED_ATTACK, Paris2026.RU),
                  Condition.occurred(Paris2026.CEASEFIRE))),
          Selector.ids(
              Paris2026.ATTACK_MILITARY,
              Paris2026.ATTACK_INTELLIGENCE,
              Paris2026.ATTACK_LOGISTICS,
              Paris2026.ATTACK_DIPLOMACY,
              Paris2026.ATTACK_SANCTIONS),
          Duration.ofDays(3));

  /**
   * An exclusion: the remedies for an attributed breach of the ceasefire and the US support of the
   * force if it is attacked are never {@code ACTIVE} at one instant (the one pair of pledges the
   * survey finds apart within the default budget).
   */
  static final Property APART =
      new Property.NeverTogether(
          Selector.ids(Paris2026.BREACH_REMEDIES), Selector.ids(Paris2026.US_SUPPORT_IF_ATTACKED));

  /** Reachability: the UK's share of the military hubs can fire (it needs four events). */
  static final Property UK_HUBS =
      new Property.CanFire(Item.contribution(Paris2026.MILITARY_HUBS, Paris2026.UK));

  /** An invariant on one item: Germany's part of the multinational force is always blocked. */
  static final Property GERMANY_BLOCKED =
      new Property.Always(
          Item.contribution(Paris2026.MULTINATIONAL_FORCE, Paris2026.DE), Status.BLOCKED);

  private Agreement paris;
  private Evaluator evaluator;
  private Scenario scenario;

  /** Builds the agreement and compiles the evaluator of the baseline. */
  @Setup(Level.Trial)
  @Initializer
  public void setUp() {
    paris = Paris2026.agreement();
    evaluator = Evaluator.compile(paris);
    scenario = Paris2026Scenarios.all().get(0);
  }

  /**
   * Baseline: the evaluator's assessment of one named Paris scenario.
   *
   * @return the assessment
   */
  @Benchmark
  public Assessment evaluateOneScenario() {
    return evaluator.evaluate(scenario);
  }

  /**
   * Baseline: the timeline of one named Paris scenario (what the analysis computes per case).
   *
   * @return the timeline
   */
  @Benchmark
  public Timeline timelineOneScenario() {
    return evaluator.timeline(scenario);
  }

  /**
   * The deployment invariant over every scenario of the default budget.
   *
   * @return the verdict
   */
  @Benchmark
  public Verdict deploymentInvariant() {
    return Analysis.check(paris, INVARIANT);
  }

  /**
   * A response within 72 hours of a Russian attack after a ceasefire.
   *
   * @return the verdict
   */
  @Benchmark
  public Verdict respondsWithin() {
    return Analysis.check(paris, RESPONDS);
  }

  /**
   * The breach remedies and the US support of the force never together.
   *
   * @return the verdict
   */
  @Benchmark
  public Verdict neverTogether() {
    return Analysis.check(paris, APART);
  }

  /**
   * The UK's share of the hubs can fire.
   *
   * @return the verdict
   */
  @Benchmark
  public Verdict canFire() {
    return Analysis.check(paris, UK_HUBS);
  }

  /**
   * Germany's part of the force is blocked throughout.
   *
   * @return the verdict
   */
  @Benchmark
  public Verdict always() {
    return Analysis.check(paris, GERMANY_BLOCKED);
  }

  /**
   * The built-in questions over the whole agreement within the default budget.
   *
   * @return the survey
   */
  @Benchmark
  public Survey survey() {
    return Analysis.survey(paris, Budget.DEFAULT);
  }
}
