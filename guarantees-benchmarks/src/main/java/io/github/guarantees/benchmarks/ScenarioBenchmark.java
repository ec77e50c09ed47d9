package io.github.guarantees.benchmarks;

import com.google.common.collect.ImmutableMap;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Decisions;
import io.github.guarantees.evaluation.Evaluator;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * What the decision benchmarks share: a workload, the library's evaluator and the generated-Java
 * baseline over it, checked to agree, and the scenario each operation takes (cycling through them
 * all).
 */
public abstract class ScenarioBenchmark {
  Workload workload;
  Evaluator evaluator;
  GeneratedJava generated;
  boolean[] fired;
  private int next;

  /**
   * Builds the engines over a workload and checks that they, and the further engines given, agree
   * on every scenario.
   */
  @Initializer
  final void prepare(Workload workload, Map<String, FiredSets.Engine> further) {
    this.workload = workload;
    evaluator = Evaluator.compile(workload.agreement());
    generated = GeneratedJava.compile(workload.agreement(), workload.triggerIndex());
    fired = new boolean[workload.pledgeCount()];
    FiredSets.requireSame(
        workload,
        ImmutableMap.<String, FiredSets.Engine>builder()
            .put("generated Java", (s, f) -> generated.decide(workload.times(s), f))
            .put("decide", FiredSets.decide(workload))
            .put("evaluate", FiredSets.evaluate(workload))
            .putAll(further)
            .buildOrThrow());
  }

  /** The index of the scenario of this operation. */
  final int scenario() {
    int s = next;
    next = s + 1 == workload.scenarios().size() ? 0 : s + 1;
    return s;
  }

  /**
   * Generated Java, indexing the scenario's events by trigger first, as the library must.
   *
   * @return the fired set
   */
  @Benchmark
  public boolean[] generatedJavaIndexing() {
    generated.decide(
        TriggerTimes.of(workload.scenario(scenario()), workload.triggerIndex()), fired);
    return fired;
  }

  /**
   * The library's decision-only path: every pledge's status, one byte each, nothing else.
   *
   * @return the decisions
   */
  @Benchmark
  public Decisions decide() {
    return evaluator.decide(workload.scenario(scenario()));
  }

  /**
   * The library: every pledge's status, as an assessment that can explain them.
   *
   * @return the assessment
   */
  @Benchmark
  public Assessment evaluate() {
    return evaluator.evaluate(workload.scenario(scenario()));
  }
}
