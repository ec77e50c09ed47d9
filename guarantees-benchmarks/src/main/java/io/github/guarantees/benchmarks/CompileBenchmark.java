package io.github.guarantees.benchmarks;

import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.model.Agreement;
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

/** {@link Evaluator#compile} of the workload's agreement at 200 and 2,000 pledges. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class CompileBenchmark {
  /** The number of pledges. */
  @Param({"200", "2000"})
  public int pledges;

  private Agreement agreement;

  /** Generates the agreement. */
  @Setup(Level.Trial)
  @Initializer
  public void setUp() {
    agreement = Workload.generate(DecisionBenchmark.SEED, pledges, 1, 1).agreement();
  }

  /**
   * Compiles the agreement.
   *
   * @return the evaluator
   */
  @Benchmark
  public Evaluator compile() {
    return Evaluator.compile(agreement);
  }
}
