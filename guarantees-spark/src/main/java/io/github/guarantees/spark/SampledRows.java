package io.github.guarantees.spark;

import com.google.common.collect.Iterators;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;

/** Samples the scenarios of a partition of indexes as rows, on an executor. */
final class SampledRows implements MapPartitionsFunction<Long, ScenarioRow> {
  private static final long serialVersionUID = 1L;

  private final String spec;
  private final long seed;

  SampledRows(SamplerSpec spec, long seed) {
    this.spec = spec.json();
    this.seed = seed;
  }

  @Override
  public Iterator<ScenarioRow> call(Iterator<Long> indexes) {
    SamplerSpec s = SamplerSpec.parse("shipped spec", spec);
    return Iterators.transform(indexes, i -> ScenarioRow.of(s.sample(seed, i)));
  }
}
