package io.github.guarantees.benchmarks;

import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.util.List;
import java.util.Map;

/**
 * The input of the generated-Java baseline: a scenario's events up to its as-of instant, as the
 * ascending instants of each trigger's events, in whole seconds since 2026-01-01T00:00Z. From this
 * array a rule reads a trigger's first event ({@code t[k][0]}), its latest ({@code t[k][t[k].length
 * - 1]}) and all of them.
 */
final class TriggerTimes {
  private TriggerTimes() {}

  /**
   * Indexes a scenario's events by trigger.
   *
   * @param scenario the scenario; its events are already in chronological order
   * @param triggerIndex the index of every trigger id
   * @return per trigger index, the instants of its events up to as-of, ascending
   */
  static long[][] of(Scenario scenario, Map<String, Integer> triggerIndex) {
    List<Event> events = scenario.events();
    long asOf = seconds(scenario.asOf().getEpochSecond());
    int[] counts = new int[triggerIndex.size()];
    int[] trigger = new int[events.size()];
    int n = 0;
    for (Event e : events) {
      if (seconds(e.at().getEpochSecond()) > asOf) {
        break;
      }
      Integer t = triggerIndex.get(e.trigger());
      if (t == null) {
        throw new IllegalArgumentException(
            "scenario '" + scenario.name() + "': no trigger '" + e.trigger() + "' in the workload");
      }
      trigger[n++] = t;
      counts[t]++;
    }
    long[][] times = new long[counts.length][];
    for (int t = 0; t < counts.length; t++) {
      times[t] = new long[counts[t]];
      counts[t] = 0;
    }
    for (int i = 0; i < n; i++) {
      int t = trigger[i];
      times[t][counts[t]++] = seconds(events.get(i).at().getEpochSecond());
    }
    return times;
  }

  private static long seconds(long epochSecond) {
    return epochSecond - Workload.ORIGIN.getEpochSecond();
  }
}
