package io.github.guarantees.benchmarks;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the benchmarks with JMH's own command-line options, then prints the tables of {@code
 * docs/PERFORMANCE.md} (ratios to generated Java within this one run, and each target met or
 * missed) in Markdown.
 *
 * <pre>
 * java -jar guarantees-benchmarks/target/benchmarks.jar -foe true -f 1 -wi 3 -i 5 -w 1 -r 1 -prof gc
 * </pre>
 */
public final class RunBenchmarks {
  private RunBenchmarks() {}

  /**
   * Runs JMH with the given options and prints the tables.
   *
   * @param args JMH's command-line options ({@code -h} lists them)
   * @throws Exception if an option is not one of JMH's, or JMH fails (with {@code -foe true}, as
   *     soon as a benchmark fails, including a differential check in a benchmark's setup)
   */
  public static void main(String[] args) throws Exception {
    CommandLineOptions options = new CommandLineOptions(args);
    if (options.shouldHelp()
        || options.shouldList()
        || options.shouldListWithParams()
        || options.shouldListProfilers()
        || options.shouldListResultFormats()) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    Collection<RunResult> results = new Runner(options).run();
    System.out.println();
    System.out.println(PerformanceTables.render(Measurements.of(results)));
  }
}
