package io.github.guarantees.spark;

import io.github.guarantees.examples.Paris2026;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.PledgeKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.apache.spark.sql.SparkSession;

/**
 * The timed run (not part of {@code verify}): Paris 2026 over sampled timelines, Spark {@code
 * local[2]} against the plain evaluator on two threads, side by side in one JVM, at two sizes (a
 * tenth of N, then N) to show the scaling. Both sides do the same work: sample, evaluate the
 * timeline, measure, count the aggregates. Each figure is the median of the rounds; rounds
 * alternate plain and Spark so that load on the machine falls on both.
 *
 * <pre>{@code
 * ./mvnw -B -pl guarantees-spark -am test-compile exec:exec@throughput -Dthroughput.args="1000000 3"
 * }</pre>
 */
public final class SweepThroughput {
  private SweepThroughput() {}

  /**
   * Runs the comparison.
   *
   * @param args N (default 10^6) and the number of rounds (default 3)
   * @throws Exception if a thread fails
   */
  public static void main(String[] args) throws Exception {
    long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    long seed = 20260106L;
    SamplerSpec spec = SamplerSpec.resource("/io/github/guarantees/spark/paris-2026-sampler.yaml");
    Sweep sweep =
        Sweep.of(
            Paris2026.agreement(),
            Response.select(
                "military response",
                Paris2026.agreement(),
                Paris2026.ARMED_ATTACK,
                Paris2026.RU,
                BindingForce.POLITICAL_DECLARATION,
                Set.of(PledgeKind.MILITARY_SUPPORT, PledgeKind.FORCE_DEPLOYMENT)));
    SparkSession spark =
        SparkSession.builder()
            .appName("sweep-throughput")
            .master("local[2]")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      // Warm-up: both paths, until the JIT has seen them.
      plain(threads, sweep, spec, n / 20, seed);
      spark(spark, sweep, spec, n / 20, seed);
      System.out.println(
          "| scenarios | plain Java, 2 threads (scenarios/s) | Spark local[2] (scenarios/s) |"
              + " Spark time / plain time |");
      System.out.println("| ---: | ---: | ---: | ---: |");
      for (long size : new long[] {n / 10, n}) {
        double[] p = new double[rounds];
        double[] s = new double[rounds];
        for (int r = 0; r < rounds; r++) {
          long t0 = System.nanoTime();
          SweepAggregates a = plain(threads, sweep, spec, size, seed);
          p[r] = (System.nanoTime() - t0) / 1e9;
          t0 = System.nanoTime();
          SweepAggregates b = spark(spark, sweep, spec, size, seed);
          s[r] = (System.nanoTime() - t0) / 1e9;
          if (!a.equals(b)) {
            throw new IllegalStateException("Spark and plain aggregates differ at " + size);
          }
        }
        double pm = median(p);
        double sm = median(s);
        System.out.printf(
            Locale.ROOT,
            "| %,d | %,.0f (%.1f s) | %,.0f (%.1f s) | %.2f |%n",
            size,
            size / pm,
            pm,
            size / sm,
            sm,
            sm / pm);
        System.out.println(
            "<!-- rounds plain " + Arrays.toString(p) + " spark " + Arrays.toString(s) + " -->");
      }
    } finally {
      threads.shutdown();
      spark.stop();
    }
  }

  static SweepAggregates plain(
      ExecutorService threads, Sweep sweep, SamplerSpec spec, long n, long seed) throws Exception {
    List<Future<SweepAggregates>> parts = new ArrayList<>();
    for (long[] range : new long[][] {{0, n / 2}, {n / 2, n}}) {
      parts.add(
          threads.submit(
              () ->
                  SweepAggregates.of(
                      () ->
                          LongStream.range(range[0], range[1])
                              .mapToObj(i -> sweep.measure(spec.sample(seed, i)))
                              .iterator())));
    }
    return parts.get(0).get().plus(parts.get(1).get());
  }

  static SweepAggregates spark(
      SparkSession spark, Sweep sweep, SamplerSpec spec, long n, long seed) {
    return sweep.run(spark, ScenarioSource.sampled(spec, n, seed, 4)).aggregates();
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
