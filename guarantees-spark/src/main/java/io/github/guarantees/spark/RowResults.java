package io.github.guarantees.spark;

import com.google.common.collect.Iterators;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;

/** Measures the scenario rows of a partition, on an executor. */
final class RowResults implements MapPartitionsFunction<ScenarioRow, ScenarioResult> {
  private static final long serialVersionUID = 1L;

  private final Broadcast<String> agreement;
  private final ResponseForm response;

  RowResults(Broadcast<String> agreement, Response response) {
    this.agreement = agreement;
    this.response = ResponseForm.of(response);
  }

  @Override
  public Iterator<ScenarioResult> call(Iterator<ScenarioRow> rows) {
    var evaluator = CompiledAgreements.of(agreement.value());
    Response r = response.response();
    return Iterators.transform(rows, row -> Measure.of(evaluator, r, row.toScenario()));
  }
}
