package io.github.guarantees.spark;

import com.google.common.collect.Iterators;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;

/** Samples and measures the scenarios of a partition of indexes, on an executor. */
final class SampledResults implements MapPartitionsFunction<Long, ScenarioResult> {
  private static final long serialVersionUID = 1L;

  private final Broadcast<String> agreement;
  private final ResponseForm response;
  private final String spec;
  private final long seed;

  SampledResults(Broadcast<String> agreement, Response response, SamplerSpec spec, long seed) {
    this.agreement = agreement;
    this.response = ResponseForm.of(response);
    this.spec = spec.json();
    this.seed = seed;
  }

  @Override
  public Iterator<ScenarioResult> call(Iterator<Long> indexes) {
    var evaluator = CompiledAgreements.of(agreement.value());
    Response r = response.response();
    SamplerSpec s = SamplerSpec.parse("shipped spec", spec);
    return Iterators.transform(indexes, i -> Measure.of(evaluator, r, s.sample(seed, i)));
  }
}
