package io.github.guarantees.spark;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableTable;
import com.google.common.collect.Table;
import com.google.common.collect.TreeBasedTable;
import io.github.guarantees.evaluation.Status;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The counts over a sweep's scenarios: how many scenarios end with each pledge in each status, how
 * many saw each pledge in effect at some instant, and how many attacks fall in each {@link
 * GapBucket}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SweepAggregates {
  private final long scenarios;
  private final ImmutableTable<String, Status, Long> statuses;
  private final ImmutableSortedMap<String, Long> everActive;
  private final ImmutableMap<GapBucket, Long> gaps;

  SweepAggregates(
      long scenarios,
      Table<String, Status, Long> statuses,
      Map<String, Long> everActive,
      Map<GapBucket, Long> gaps) {
    this.scenarios = scenarios;
    this.statuses = ImmutableTable.copyOf(statuses);
    this.everActive = ImmutableSortedMap.copyOf(everActive);
    EnumMap<GapBucket, Long> all = new EnumMap<>(GapBucket.class);
    for (GapBucket b : GapBucket.values()) {
      all.put(b, gaps.getOrDefault(b, 0L));
    }
    this.gaps = ImmutableMap.copyOf(all);
  }

  /**
   * Counts results in a plain Java loop, without Spark: what {@link SweepResults#aggregates()}
   * computes on a cluster.
   *
   * @param results the results, not null
   * @return the aggregates
   * @throws NullPointerException if results is null
   */
  public static SweepAggregates of(Iterable<ScenarioResult> results) {
    Objects.requireNonNull(results, "results");
    long n = 0;
    Table<String, Status, Long> statuses = TreeBasedTable.create();
    Map<String, Long> ever = new TreeMap<>();
    Map<GapBucket, Long> gaps = new EnumMap<>(GapBucket.class);
    for (ScenarioResult r : results) {
      n++;
      for (Map.Entry<String, String> e : r.getStatuses().entrySet()) {
        Status s = Status.valueOf(e.getValue());
        Long c = statuses.get(e.getKey(), s);
        statuses.put(e.getKey(), s, c == null ? 1L : c + 1);
      }
      for (String p : r.getFirstActive().keySet()) {
        ever.merge(p, 1L, Long::sum);
      }
      gaps.merge(r.bucket(), 1L, Long::sum);
    }
    return new SweepAggregates(n, statuses, ever, gaps);
  }

  /**
   * Returns the aggregates of both sweeps together, as if their scenarios had been counted in one.
   *
   * @param other the other aggregates, not null
   * @return the sum
   * @throws NullPointerException if other is null
   */
  public SweepAggregates plus(SweepAggregates other) {
    Objects.requireNonNull(other, "other");
    Table<String, Status, Long> sum = TreeBasedTable.create();
    sum.putAll(statuses);
    for (Table.Cell<String, Status, Long> c : other.statuses.cellSet()) {
      Long was = sum.get(c.getRowKey(), c.getColumnKey());
      sum.put(
          Objects.requireNonNull(c.getRowKey()),
          Objects.requireNonNull(c.getColumnKey()),
          (was == null ? 0L : was) + Objects.requireNonNull(c.getValue()));
    }
    Map<String, Long> ever = new TreeMap<>(everActive);
    other.everActive.forEach((k, v) -> ever.merge(k, v, Long::sum));
    Map<GapBucket, Long> g = new EnumMap<>(gaps);
    other.gaps.forEach((k, v) -> g.merge(k, v, Long::sum));
    return new SweepAggregates(scenarios + other.scenarios, sum, ever, g);
  }

  /**
   * Returns the number of scenarios.
   *
   * @return the count
   */
  public long scenarios() {
    return scenarios;
  }

  /**
   * Returns, per pledge and status, how many scenarios end with the pledge in that status at their
   * as-of instant. Absent cells are zero.
   *
   * @return pledge id, status, count
   */
  public ImmutableTable<String, Status, Long> statuses() {
    return statuses;
  }

  /**
   * Returns, per pledge, how many scenarios had it in effect at some instant up to their as-of
   * instant. Absent pledges never were.
   *
   * @return pledge id to count, sorted by id
   */
  public ImmutableSortedMap<String, Long> everActive() {
    return everActive;
  }

  /**
   * Returns how many scenarios fall in each gap bucket, every bucket present.
   *
   * @return bucket to count, in bucket order
   */
  public ImmutableMap<GapBucket, Long> gaps() {
    return gaps;
  }

  /**
   * Returns the number of scenarios with an attack.
   *
   * @return the count
   */
  public long attacks() {
    return scenarios - gaps.getOrDefault(GapBucket.NO_ATTACK, 0L);
  }

  /**
   * Returns how many attacks went more than {@code hours} without a response in effect (including
   * those with none by the as-of instant).
   *
   * @param hours a bucket bound: 0, 1, 6, 24, 72, 168 or 720
   * @return the count
   */
  public long longerThan(long hours) {
    long n = 0;
    for (Map.Entry<GapBucket, Long> e : gaps.entrySet()) {
      if (e.getKey().longerThan(hours)) {
        n += e.getValue();
      }
    }
    return n;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SweepAggregates a
        && scenarios == a.scenarios
        && statuses.equals(a.statuses)
        && everActive.equals(a.everActive)
        && gaps.equals(a.gaps);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scenarios, statuses, everActive, gaps);
  }

  @Override
  public String toString() {
    return "SweepAggregates{"
        + scenarios
        + " scenarios, statuses "
        + statuses
        + ", ever active "
        + everActive
        + ", gaps "
        + gaps
        + "}";
  }
}
