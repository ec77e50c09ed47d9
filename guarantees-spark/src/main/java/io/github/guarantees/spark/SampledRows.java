package io.github.guarantees.spark;

import com.google.common.collect.Iterators;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;

/** Samples the scenarios of a partition of indexes as rows, on an executor. */
final class SampledRows implements MapPartitionsFunction<Long, ScenarioRow> {
  private static final long serialVersionUID = 1L;

  private final SamplerSpec spec;
  private final long seed;

  SampledRows(SamplerSpec spec, long seed) {
    this.spec = spec;
    this.seed = seed;
  }

  @Override
  public Iterator<ScenarioRow> call(Iterator<Long> indexes) {
    return Iterators.transform(indexes, i -> ScenarioRow.of(spec.sample(seed, i)));
  }
}
