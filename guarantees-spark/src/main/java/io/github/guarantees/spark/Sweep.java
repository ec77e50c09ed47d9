package io.github.guarantees.spark;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.io.FileFormat;
import io.github.guarantees.io.Syntax;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Problem;
import io.github.guarantees.model.ValidationException;
import io.github.guarantees.scenario.Scenario;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * Evaluates one agreement over many scenarios as a Spark job.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().master("local[*]").getOrCreate();
 * Agreement paris = Paris2026.agreement();
 * Sweep sweep = Sweep.of(paris, Response.select("binding response", paris, "armed-attack", "RU",
 *     BindingForce.LEGALLY_BINDING_ASSISTANCE, Set.of()));
 * SamplerSpec spec = SamplerSpec.resource("/io/github/guarantees/spark/paris-2026-sampler.yaml");
 * SweepResults out = sweep.run(spark, ScenarioSource.sampled(spec, 1_000_000, 42, 16));
 * SweepAggregates counts = out.aggregates();
 * out.results().write().parquet("results.parquet");
 * }</pre>
 *
 * <p>The agreement is broadcast to the executors as its JSON file text and compiled once per
 * executor JVM, on first use. Each scenario is evaluated with {@link Evaluator#timeline(Scenario)}
 * (first activations and the response gap need the whole lifecycle, not only the final statuses).
 * {@link #measure(Scenario)} is the same function without Spark.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Sweep {
  private final Evaluator evaluator;
  private final String json;
  private final Response response;

  private Sweep(Agreement agreement, Response response) {
    this.evaluator = Evaluator.compile(agreement);
    this.json = FileFormat.write(agreement, Syntax.JSON);
    this.response = response;
  }

  /**
   * Prepares a sweep of an agreement.
   *
   * @param agreement the agreement, not null
   * @param response what to measure after an attack, not null
   * @return the sweep
   * @throws NullPointerException if agreement or response is null
   * @throws ValidationException if the response names a trigger, party or pledge the agreement does
   *     not declare (every such name is listed)
   */
  public static Sweep of(Agreement agreement, Response response) {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(response, "response");
    ImmutableList<Problem> problems = response.problems(agreement);
    if (!problems.isEmpty()) {
      throw new ValidationException("response '" + response.label() + "'", problems);
    }
    return new Sweep(agreement, response);
  }

  /**
   * Returns the agreement swept.
   *
   * @return the agreement
   */
  public Agreement agreement() {
    return evaluator.agreement();
  }

  /**
   * Returns what the sweep measures after an attack.
   *
   * @return the response
   */
  public Response response() {
    return response;
  }

  /**
   * Measures one scenario in this JVM, without Spark: the function every executor applies.
   *
   * @param scenario the scenario, not null
   * @return the result
   * @throws NullPointerException if scenario is null
   * @throws ValidationException if an event names a trigger or party the agreement does not declare
   */
  public ScenarioResult measure(Scenario scenario) {
    Objects.requireNonNull(scenario, "scenario");
    return Measure.of(evaluator, response, scenario);
  }

  /**
   * Runs the sweep. Nothing is computed until the results or aggregates are used.
   *
   * @param spark the session, not null
   * @param source the scenarios, not null
   * @return the results
   * @throws NullPointerException if spark or source is null
   * @throws ValidationException if a sampler spec names a trigger or party the agreement does not
   *     declare (every such line is listed); a bad row of a dataset fails the job, naming the
   *     scenario
   */
  public SweepResults run(SparkSession spark, ScenarioSource source) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(source, "source");
    Broadcast<String> agreement =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(json);
    Dataset<ScenarioResult> results =
        source.accept(
            new ScenarioSource.Visitor<Dataset<ScenarioResult>>() {
              @Override
              public Dataset<ScenarioResult> sampled(ScenarioSource.Sampled s) {
                check(s.spec());
                return spark
                    .range(0, s.count(), 1, s.partitions())
                    .mapPartitions(
                        new SampledResults(agreement, response, s.spec(), s.seed()), encoder());
              }

              @Override
              public Dataset<ScenarioResult> rows(ScenarioSource.Rows r) {
                return r.rows().mapPartitions(new RowResults(agreement, response), encoder());
              }
            });
    return new SweepResults(results);
  }

  /**
   * Samples scenarios as rows, e.g. to write them as JSON lines or Parquet and sweep them later.
   *
   * @param spark the session, not null
   * @param spec the spec, not null
   * @param count how many
   * @param seed the seed
   * @param partitions how many partitions
   * @return the rows, scenario {@code i} equal to {@code spec.sample(seed, i)}
   * @throws NullPointerException if spark or spec is null
   * @throws ValidationException if the spec does not fit this sweep's agreement
   */
  public Dataset<ScenarioRow> sample(
      SparkSession spark, SamplerSpec spec, long count, long seed, int partitions) {
    Objects.requireNonNull(spark, "spark");
    check(spec);
    return spark
        .range(0, count, 1, partitions)
        .mapPartitions(new SampledRows(spec, seed), ScenarioSource.encoder());
  }

  private void check(SamplerSpec spec) {
    ImmutableList<Problem> problems = spec.problems(agreement());
    if (!problems.isEmpty()) {
      throw new ValidationException("sampler spec '" + spec.name() + "'", problems);
    }
  }

  private static org.apache.spark.sql.Encoder<ScenarioResult> encoder() {
    return Encoders.bean(ScenarioResult.class);
  }

  @Override
  public String toString() {
    return "Sweep{" + agreement().id() + ", " + response + "}";
  }
}
