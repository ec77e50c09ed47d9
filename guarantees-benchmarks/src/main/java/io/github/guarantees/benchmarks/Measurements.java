package io.github.guarantees.benchmarks;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** The scores of one JMH run, by benchmark and parameter: time per operation and allocation. */
final class Measurements {
  /**
   * One benchmark's score.
   *
   * @param nanos the average time per operation, in nanoseconds
   * @param allocatedBytes the bytes allocated per operation ({@code -prof gc}), or -1 if unknown
   */
  record Score(double nanos, double allocatedBytes) {}

  private final ImmutableMap<String, Score> scores;

  private Measurements(ImmutableMap<String, Score> scores) {
    this.scores = scores;
  }

  static Measurements of(Collection<RunResult> results) {
    ImmutableMap.Builder<String, Score> scores = ImmutableMap.builder();
    for (RunResult r : results) {
      String benchmark = r.getParams().getBenchmark();
      String name =
          benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      String param = "";
      for (String key : r.getParams().getParamsKeys()) {
        param = r.getParams().getParam(key);
      }
      Result<?> primary = r.getPrimaryResult();
      double bytes = -1;
      for (String secondary : r.getSecondaryResults().keySet()) {
        if (secondary.endsWith("gc.alloc.rate.norm")) {
          bytes = r.getSecondaryResults().get(secondary).getScore();
        }
      }
      scores.put(
          key(name, param), new Score(nanos(primary.getScore(), primary.getScoreUnit()), bytes));
    }
    return new Measurements(scores.buildKeepingLast());
  }

  static Measurements of(Map<String, Score> scores) {
    return new Measurements(ImmutableMap.copyOf(scores));
  }

  /** The key of a benchmark, e.g. {@code DecisionBenchmark.evaluate} with parameter {@code 200}. */
  static String key(String benchmark, String param) {
    return param.isEmpty() ? benchmark : benchmark + "@" + param;
  }

  Optional<Score> get(String benchmark, String param) {
    return Optional.ofNullable(scores.get(key(benchmark, param)));
  }

  boolean isEmpty() {
    return scores.isEmpty();
  }

  private static double nanos(double score, String unit) {
    TimeUnit u =
        switch (unit) {
          case "ns/op" -> TimeUnit.NANOSECONDS;
          case "us/op" -> TimeUnit.MICROSECONDS;
          case "ms/op" -> TimeUnit.MILLISECONDS;
          case "s/op" -> TimeUnit.SECONDS;
          default ->
              throw new IllegalArgumentException("unit " + unit + ": expected a time per op");
        };
    return score * u.toNanos(1);
  }
}
