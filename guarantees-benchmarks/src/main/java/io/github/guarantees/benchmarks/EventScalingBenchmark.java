package io.github.guarantees.benchmarks;

import com.google.common.collect.ImmutableMap;
import java.util.concurrent.TimeUnit;
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
 * How the cost of one decision grows with the events of a scenario: 200 pledges, 10 to 10,000
 * events per scenario. To bound the workload's memory, there are {@code min(1024, 200,000 /
 * events)} scenarios: 1,024 up to 100 events, 200 at 1,000 and 20 at 10,000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class EventScalingBenchmark extends ScenarioBenchmark {
  /** The number of pledges. */
  static final int PLEDGES = 200;

  /** The number of events per scenario. */
  @Param({"10", "100", "1000", "10000"})
  public int events;

  /** Generates the workload, builds the engines and checks that they agree. */
  @Setup(Level.Trial)
  public void setUp() {
    prepare(
        Workload.generate(
            DecisionBenchmark.SEED, PLEDGES, Math.min(1024, 200_000 / events), events),
        ImmutableMap.of());
  }
}
