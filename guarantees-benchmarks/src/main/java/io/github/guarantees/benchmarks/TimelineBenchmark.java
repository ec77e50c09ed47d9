package io.github.guarantees.benchmarks;

import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Timeline;
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
 * {@link Evaluator#timeline} of one scenario of 1,000 or 10,000 events over 200 pledges (cycling
 * through {@value #SCENARIOS} scenarios).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class TimelineBenchmark {
  /** The number of scenarios. */
  static final int SCENARIOS = 16;

  /** The number of events per scenario. */
  @Param({"1000", "10000"})
  public int events;

  private Workload workload;
  private Evaluator evaluator;
  private int next;

  /** Generates the workload. */
  @Setup(Level.Trial)
  @Initializer
  public void setUp() {
    workload =
        Workload.generate(DecisionBenchmark.SEED, EventScalingBenchmark.PLEDGES, SCENARIOS, events);
    evaluator = Evaluator.compile(workload.agreement());
  }

  /**
   * Every status change of every pledge up to as-of.
   *
   * @return the timeline
   */
  @Benchmark
  public Timeline timeline() {
    int s = next;
    next = s + 1 == SCENARIOS ? 0 : s + 1;
    return evaluator.timeline(workload.scenario(s));
  }
}
