package io.github.guarantees.spark;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.guarantees.scenario.Scenario;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * Where a sweep's scenarios come from: a dataset of {@link ScenarioRow}s (JSON lines, Parquet, or
 * any Dataset), or timelines sampled on the executors from a {@link SamplerSpec}.
 *
 * <p>Implementations are immutable.
 */
public sealed interface ScenarioSource permits ScenarioSource.Sampled, ScenarioSource.Rows {

  /**
   * Handles each kind of source; adding a kind is a compile error in every visitor.
   *
   * @param <R> what the visitor returns
   */
  interface Visitor<R> {
    /**
     * Handles sampled timelines.
     *
     * @param source the source
     * @return the visitor's result
     */
    R sampled(Sampled source);

    /**
     * Handles rows.
     *
     * @param source the source
     * @return the visitor's result
     */
    R rows(Rows source);
  }

  /**
   * Calls the visitor's method for this kind of source.
   *
   * @param visitor the visitor, not null
   * @param <R> what the visitor returns
   * @return the visitor's result
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * Timelines sampled from a spec: scenario {@code i} for {@code i} in {@code [0, count)}, drawn
   * from {@code (seed, i)} alone.
   *
   * @param spec the sampler spec
   * @param count how many scenarios, at least 0
   * @param seed the seed
   * @param partitions how many Spark partitions to split the indexes into, at least 1
   */
  record Sampled(SamplerSpec spec, long count, long seed, int partitions)
      implements ScenarioSource {
    /**
     * Checks the parts.
     *
     * @param spec the sampler spec, not null
     * @param count how many scenarios, at least 0
     * @param seed the seed
     * @param partitions how many partitions, at least 1
     * @throws NullPointerException if spec is null
     * @throws IllegalArgumentException if count is negative or partitions below 1
     */
    public Sampled {
      Objects.requireNonNull(spec, "spec");
      checkArgument(count >= 0, "count must not be negative: %s", count);
      checkArgument(partitions >= 1, "partitions must be at least 1: %s", partitions);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.sampled(this);
    }
  }

  /**
   * Scenarios given as rows.
   *
   * @param rows the rows
   */
  record Rows(Dataset<ScenarioRow> rows) implements ScenarioSource {
    /**
     * Checks the rows.
     *
     * @param rows the rows, not null
     * @throws NullPointerException if rows is null
     */
    public Rows {
      Objects.requireNonNull(rows, "rows");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.rows(this);
    }
  }

  /**
   * Returns the encoder of {@link ScenarioRow}; its schema is the columns a dataset must have.
   *
   * @return the encoder
   */
  static Encoder<ScenarioRow> encoder() {
    return Encoders.bean(ScenarioRow.class);
  }

  /**
   * Sampled timelines.
   *
   * @param spec the spec, not null
   * @param count how many scenarios
   * @param seed the seed
   * @param partitions how many partitions
   * @return the source
   * @throws NullPointerException if spec is null
   */
  static ScenarioSource sampled(SamplerSpec spec, long count, long seed, int partitions) {
    return new Sampled(spec, count, seed, partitions);
  }

  /**
   * Scenarios from a JSON-lines file or directory, one {@link ScenarioRow} per line.
   *
   * @param spark the session, not null
   * @param path the file or directory, not null
   * @return the source
   * @throws NullPointerException if spark or path is null
   */
  static ScenarioSource jsonLines(SparkSession spark, String path) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(path, "path");
    return new Rows(
        spark
            .read()
            .schema(encoder().schema())
            .option("mode", "FAILFAST")
            .json(path)
            .as(encoder()));
  }

  /**
   * Scenarios from a Parquet file or directory with the columns of {@link ScenarioRow}.
   *
   * @param spark the session, not null
   * @param path the file or directory, not null
   * @return the source
   * @throws NullPointerException if spark or path is null
   */
  static ScenarioSource parquet(SparkSession spark, String path) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(path, "path");
    return new Rows(spark.read().schema(encoder().schema()).parquet(path).as(encoder()));
  }

  /**
   * Scenarios given in memory, e.g. in a test.
   *
   * @param spark the session, not null
   * @param scenarios the scenarios, not null
   * @param partitions how many partitions, at least 1
   * @return the source
   * @throws NullPointerException if spark or scenarios is null
   */
  static ScenarioSource of(SparkSession spark, List<Scenario> scenarios, int partitions) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(scenarios, "scenarios");
    checkArgument(partitions >= 1, "partitions must be at least 1: %s", partitions);
    return new Rows(
        spark
            .createDataset(scenarios.stream().map(ScenarioRow::of).toList(), encoder())
            .repartition(partitions));
  }
}
