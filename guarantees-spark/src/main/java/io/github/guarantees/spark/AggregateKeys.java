package io.github.guarantees.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import scala.Tuple3;

/**
 * The keys one result adds to the sweep's counts, so that every aggregate is one group-by over one
 * pass: {@code (status, pledge, STATUS)}, {@code (ever-active, pledge, "")}, {@code (gap, "",
 * BUCKET)}.
 */
final class AggregateKeys
    implements FlatMapFunction<ScenarioResult, Tuple3<String, String, String>> {
  private static final long serialVersionUID = 1L;

  static final String STATUS = "status";
  static final String EVER_ACTIVE = "ever-active";
  static final String GAP = "gap";

  @Override
  public Iterator<Tuple3<String, String, String>> call(ScenarioResult r) {
    List<Tuple3<String, String, String>> keys =
        new ArrayList<>(r.getStatuses().size() + r.getFirstActive().size() + 1);
    for (Map.Entry<String, String> e : r.getStatuses().entrySet()) {
      keys.add(new Tuple3<>(STATUS, e.getKey(), e.getValue()));
    }
    for (String pledge : r.getFirstActive().keySet()) {
      keys.add(new Tuple3<>(EVER_ACTIVE, pledge, ""));
    }
    keys.add(new Tuple3<>(GAP, "", r.getGapBucket()));
    return keys.iterator();
  }
}
