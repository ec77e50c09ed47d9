package io.github.guarantees.spark;

import com.google.common.collect.Table;
import com.google.common.collect.TreeBasedTable;
import io.github.guarantees.evaluation.Status;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * What a sweep returns: the per-scenario results as a Spark Dataset (lazy: nothing runs until it is
 * used), and the aggregates over them.
 *
 * <p>This class is immutable; the Dataset is Spark's.
 */
public final class SweepResults {
  private final Dataset<ScenarioResult> results;

  SweepResults(Dataset<ScenarioResult> results) {
    this.results = results;
  }

  /**
   * Returns one {@link ScenarioResult} row per scenario. Write it with {@code
   * results().write().parquet(path)}, or query it with Spark SQL.
   *
   * @return the results
   */
  public Dataset<ScenarioResult> results() {
    return results;
  }

  /**
   * Computes the aggregates in one pass over the scenarios (one Spark job) and collects them.
   *
   * @return the aggregates
   */
  public SweepAggregates aggregates() {
    long n = 0;
    Table<String, Status, Long> statuses = TreeBasedTable.create();
    Map<String, Long> ever = new TreeMap<>();
    Map<GapBucket, Long> gaps = new EnumMap<>(GapBucket.class);
    Dataset<Row> counts =
        results
            .flatMap(
                new AggregateKeys(),
                Encoders.tuple(Encoders.STRING(), Encoders.STRING(), Encoders.STRING()))
            .groupBy("_1", "_2", "_3")
            .count();
    for (Row row : counts.collectAsList()) {
      String kind = row.getString(0);
      long count = row.getLong(3);
      switch (kind) {
        case AggregateKeys.STATUS ->
            statuses.put(row.getString(1), Status.valueOf(row.getString(2)), count);
        case AggregateKeys.EVER_ACTIVE -> ever.put(row.getString(1), count);
        case AggregateKeys.GAP -> {
          gaps.put(GapBucket.valueOf(row.getString(2)), count);
          n += count;
        }
        default -> throw new IllegalStateException("unknown aggregate key " + kind);
      }
    }
    return new SweepAggregates(n, statuses, ever, gaps);
  }
}
