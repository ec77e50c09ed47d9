package io.github.guarantees.benchmarks;

import com.google.common.collect.ImmutableMap;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.PledgeAssessment;
import io.github.guarantees.evaluation.ReferenceEvaluator;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.model.Pledge;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The fired set of one scenario (cycling through {@value #SCENARIOS} scenarios of {@value #EVENTS}
 * events) by each engine, at {@code N} = 25, 200 and 2,000 pledges. The engines are checked to
 * agree on every scenario before anything is timed.
 *
 * <p>{@code generatedJava} reads the scenario already indexed by trigger; {@code
 * generatedJavaIndexing} also builds that index from the scenario's events, as the library must.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class DecisionBenchmark extends ScenarioBenchmark {
  /** The workload's seed. */
  static final long SEED = 20260106L;

  /** The number of scenarios. */
  static final int SCENARIOS = 1024;

  /** The number of events per scenario. */
  static final int EVENTS = 10;

  /** The number of pledges. */
  @Param({"25", "200", "2000"})
  public int pledges;

  private EasyRules easyRules;
  private ReferenceEvaluator reference;
  private String[] pledgeIds;

  /** Generates the workload, builds every engine and checks that they agree. */
  @Setup(Level.Trial)
  @Initializer
  public void setUp() {
    Workload w = Workload.generate(SEED, pledges, SCENARIOS, EVENTS);
    easyRules = EasyRules.of(w.agreement(), w.triggerIndex());
    pledgeIds = w.agreement().pledges().stream().map(Pledge::id).toArray(String[]::new);
    reference = ReferenceEvaluator.of(w.agreement());
    prepare(
        w,
        ImmutableMap.of(
            "Easy Rules",
            (s, f) -> easyRules.decide(w.times(s), f),
            "reference interpreter",
            FiredSets.reference(w)));
  }

  /**
   * Generated Java over the scenario already indexed by trigger.
   *
   * @return the fired set
   */
  @Benchmark
  public boolean[] generatedJava() {
    generated.decide(workload.times(scenario()), fired);
    return fired;
  }

  /**
   * The library: every pledge's status, and every pledge's explanation.
   *
   * @param blackhole sink of the explanations
   */
  @Benchmark
  public void evaluateAndExplain(Blackhole blackhole) {
    Assessment a = evaluator.evaluate(workload.scenario(scenario()));
    for (String id : pledgeIds) {
      blackhole.consume(a.explain(id));
    }
  }

  /**
   * The library: every pledge's status, and the explanation of each pledge that fires ({@code
   * ACTIVE}): what explaining costs without the search for what is missing, which only a pledge
   * that does not fire needs.
   *
   * @param blackhole sink of the explanations
   */
  @Benchmark
  public void evaluateAndExplainFired(Blackhole blackhole) {
    Assessment a = evaluator.evaluate(workload.scenario(scenario()));
    for (PledgeAssessment p : a.pledges()) {
      if (p.status() == Status.ACTIVE) {
        blackhole.consume(a.explain(p.id()));
      }
    }
  }

  /**
   * The reference evaluator, the library kernel's test oracle: every pledge's status.
   *
   * @return the assessments
   */
  @Benchmark
  public List<PledgeAssessment> referenceInterpreter() {
    return reference.assess(workload.scenario(scenario()));
  }

  /**
   * Easy Rules.
   *
   * @return the fired set
   */
  @Benchmark
  public boolean[] easyRules() {
    easyRules.decide(workload.times(scenario()), fired);
    return fired;
  }
}
