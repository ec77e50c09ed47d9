package io.github.guarantees.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
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

/**
 * The fired set of one scenario by Drools, over the workload of {@link DecisionBenchmark}. Apart
 * because building 2,000 rules takes about 80 s on a 2-core machine: {@code N} is 25 and 200 by
 * default; add 2,000 with {@code -p pledges=25,200,2000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class DroolsBenchmark {
  /** The number of pledges. */
  @Param({"25", "200"})
  public int pledges;

  private Drools drools;
  private ImmutableList<ImmutableList<Drools.EventFact>> facts;
  private boolean[] fired;
  private int next;

  /** Generates the workload, builds the rules and checks them against generated Java. */
  @Setup(Level.Trial)
  @Initializer
  public void setUp() {
    Workload workload =
        Workload.generate(
            DecisionBenchmark.SEED, pledges, DecisionBenchmark.SCENARIOS, DecisionBenchmark.EVENTS);
    drools = Drools.of(workload.agreement(), workload.triggerIndex());
    ImmutableList.Builder<ImmutableList<Drools.EventFact>> all = ImmutableList.builder();
    for (int s = 0; s < workload.scenarios().size(); s++) {
      all.add(Drools.facts(workload.times(s)));
    }
    facts = all.build();
    fired = new boolean[pledges];
    FiredSets.requireSame(
        workload,
        ImmutableMap.of(
            "generated Java",
            FiredSets.generatedJava(workload),
            "evaluate",
            FiredSets.evaluate(workload),
            "Drools",
            (s, f) -> drools.decide(facts.get(s), f)));
  }

  /**
   * Drools, a new stateless session per scenario.
   *
   * @return the fired set
   */
  @Benchmark
  public boolean[] drools() {
    int s = next;
    next = s + 1 == facts.size() ? 0 : s + 1;
    drools.decide(facts.get(s), fired);
    return fired;
  }
}
