package io.github.guarantees.spark;

import io.github.guarantees.examples.Paris2026;
import io.github.guarantees.io.FileFormat;
import io.github.guarantees.io.LoadException;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.ValidationException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The sweep command: {@code guarantees-spark/sweep} on one machine, or the main class given to
 * {@code spark-submit} on a cluster.
 *
 * <pre>{@code
 * guarantees-spark/sweep --count 1000000 --seed 42 --report paris.md
 * spark-submit --master spark://host:7077 --class io.github.guarantees.spark.SweepCommand \
 *     guarantees-spark-job.jar --count 100000000 --partitions 2000 --results hdfs:///sweeps/paris
 * }</pre>
 *
 * <p>Without {@code --master} and outside {@code spark-submit}, it runs embedded in {@code
 * local[*]}. Exit codes: 0 success, 2 bad input (the problems on standard error).
 */
@Command(
    name = "sweep",
    usageHelpWidth = 100,
    mixinStandardHelpOptions = true,
    description =
        "Evaluate an agreement over sampled timelines or a dataset of scenarios with Spark, and"
            + " report statuses and the delay from attack to response.")
public final class SweepCommand implements Callable<Integer> {
  private static final String PARIS_SPEC = "/io/github/guarantees/spark/paris-2026-sampler.yaml";

  @Option(
      names = {"-a", "--agreement"},
      defaultValue = "builtin:paris-2026",
      description =
          "builtin:paris-2026 or an agreement file (YAML or JSON). Default: ${DEFAULT-VALUE}")
  String agreement = "builtin:paris-2026";

  @Option(
      names = "--spec",
      defaultValue = "builtin:paris-2026",
      description =
          "The sampler spec: builtin:paris-2026 or a YAML file. Default: ${DEFAULT-VALUE}")
  String spec = "builtin:paris-2026";

  @Option(
      names = "--scenarios",
      description =
          "Sweep a dataset instead of sampling: a JSON-lines file or directory, or Parquet (a path"
              + " ending in .parquet)")
  @Nullable String scenarios;

  @Option(
      names = "--count",
      defaultValue = "10000",
      description = "Sampled scenarios. Default: ${DEFAULT-VALUE}")
  long count = 10_000;

  @Option(names = "--seed", defaultValue = "20260106", description = "Default: ${DEFAULT-VALUE}")
  long seed = 20260106L;

  @Option(
      names = "--partitions",
      defaultValue = "0",
      description = "Partitions of the sampled indexes; 0: Spark's default parallelism")
  int partitions;

  @Option(
      names = "--master",
      description = "Spark master when not under spark-submit; default local[*]")
  @Nullable String master;

  @Option(
      names = "--attack",
      defaultValue = "armed-attack",
      description = "Default: ${DEFAULT-VALUE}")
  String attack = "armed-attack";

  @Option(
      names = "--attack-party",
      defaultValue = "RU",
      description = "Default: ${DEFAULT-VALUE}; '' for any")
  String attackParty = "RU";

  @Option(
      names = "--response-kinds",
      split = ",",
      defaultValue = "military-support,force-deployment",
      description = "Pledge kinds that count as a response; '' for any. Default: ${DEFAULT-VALUE}")
  List<String> responseKinds = List.of();

  @Option(
      names = "--response-at-least",
      defaultValue = "political-declaration",
      description = "Weakest binding force that counts. Default: ${DEFAULT-VALUE}")
  String responseAtLeast = "political-declaration";

  @Option(
      names = "--report",
      description = "Write the Markdown report here (default: standard output)")
  @Nullable Path report;

  @Option(names = "--results", description = "Write the per-scenario results here as Parquet")
  @Nullable String results;

  @Option(
      names = "--write-scenarios",
      description = "Write the sampled scenarios here as JSON lines")
  @Nullable String writeScenarios;

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    CommandLine cl = new CommandLine(new SweepCommand()).setErr(err);
    cl.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          if (e instanceof ValidationException || e instanceof LoadException) {
            err.println("sweep: " + e.getMessage());
            return 2;
          }
          throw e;
        });
    System.exit(cl.execute(args));
  }

  @Override
  public Integer call() throws IOException {
    Agreement a = agreement();
    Response response = response(a);
    Sweep sweep = Sweep.of(a, response);
    SparkConf conf =
        new SparkConf().setAppName("guarantees-sweep").set("spark.ui.enabled", "false");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      int parts = partitions > 0 ? partitions : spark.sparkContext().defaultParallelism();
      ScenarioSource source;
      String description;
      String rows = scenarios;
      if (rows != null) {
        source =
            rows.endsWith(".parquet")
                ? ScenarioSource.parquet(spark, rows)
                : ScenarioSource.jsonLines(spark, rows);
        description = "from `" + rows + "`";
      } else {
        SamplerSpec s = spec();
        String out = writeScenarios;
        if (out != null) {
          sweep.sample(spark, s, count, seed, parts).write().json(out);
        }
        source = ScenarioSource.sampled(s, count, seed, parts);
        description =
            "sampled from spec `"
                + s.name()
                + "`, seed "
                + seed
                + ", as of "
                + s.asOf()
                + s.note().map(n -> "\n- **" + n + "**").orElse("");
      }
      SweepResults swept = sweep.run(spark, source);
      String out = results;
      if (out != null) {
        swept.results().write().parquet(out);
      }
      long start = System.nanoTime();
      SweepAggregates aggregates = swept.aggregates();
      double seconds = (System.nanoTime() - start) / 1e9;
      String md = SweepReport.markdown(sweep, aggregates, description);
      Path to = report;
      if (to == null) {
        System.out.print(md);
      } else {
        Files.writeString(to, md, StandardCharsets.UTF_8);
      }
      System.err.printf(
          Locale.ROOT,
          "sweep: %d scenarios in %.1f s on %s (%d partitions)%n",
          aggregates.scenarios(),
          seconds,
          spark.sparkContext().master(),
          parts);
      return 0;
    } finally {
      spark.stop();
    }
  }

  private Agreement agreement() {
    if (agreement.equals("builtin:" + Paris2026.ID)) {
      return Paris2026.agreement();
    }
    return FileFormat.readAgreement(Path.of(agreement));
  }

  private SamplerSpec spec() {
    if (spec.equals("builtin:" + Paris2026.ID)) {
      return SamplerSpec.resource(PARIS_SPEC);
    }
    try {
      return SamplerSpec.parse(spec, Files.readString(Path.of(spec), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sampler spec " + spec, e);
    }
  }

  private Response response(Agreement a) {
    EnumSet<PledgeKind> kinds = EnumSet.noneOf(PledgeKind.class);
    for (String k : responseKinds) {
      if (!k.isBlank()) {
        kinds.add(PledgeKind.valueOf(constant(k)));
      }
    }
    BindingForce force = BindingForce.valueOf(constant(responseAtLeast));
    String label =
        force.isAtLeast(BindingForce.LEGALLY_BINDING_ASSISTANCE)
            ? "binding response"
            : kinds.isEmpty() ? "response" : "military response";
    return Response.select(
        label, a, attack, attackParty.isEmpty() ? null : attackParty, force, kinds);
  }

  private static String constant(String name) {
    return name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
  }
}
