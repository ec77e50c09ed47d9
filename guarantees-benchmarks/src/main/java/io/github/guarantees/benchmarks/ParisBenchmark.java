package io.github.guarantees.benchmarks;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.examples.Paris2026;
import io.github.guarantees.examples.Paris2026Scenarios;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.scenario.Scenario;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The Paris 2026 agreement over all its named scenarios ({@link Paris2026Scenarios#all()}): one
 * operation assesses every scenario.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class ParisBenchmark {
  private Evaluator evaluator;
  private ImmutableList<Scenario> scenarios;
  private ImmutableList<String> pledgeIds;

  /** Compiles the agreement. */
  @Setup(Level.Trial)
  @Initializer
  public void setUp() {
    evaluator = Evaluator.compile(Paris2026.agreement());
    scenarios = Paris2026Scenarios.all();
    pledgeIds =
        evaluator.agreement().pledges().stream()
            .map(Pledge::id)
            .collect(ImmutableList.toImmutableList());
  }

  /**
   * Every pledge's and contribution's status in every named scenario.
   *
   * @param blackhole sink of the assessments
   */
  @Benchmark
  public void evaluate(Blackhole blackhole) {
    for (Scenario s : scenarios) {
      blackhole.consume(evaluator.evaluate(s));
    }
  }

  /**
   * Every status, and every pledge's explanation, in every named scenario.
   *
   * @param blackhole sink of the explanations
   */
  @Benchmark
  public void evaluateAndExplain(Blackhole blackhole) {
    for (Scenario s : scenarios) {
      Assessment a = evaluator.evaluate(s);
      for (String id : pledgeIds) {
        blackhole.consume(a.explain(id));
      }
    }
  }

  /**
   * The timeline of every named scenario.
   *
   * @param blackhole sink of the timelines
   */
  @Benchmark
  public void timeline(Blackhole blackhole) {
    for (Scenario s : scenarios) {
      blackhole.consume(evaluator.timeline(s));
    }
  }
}
