package io.github.guarantees.spark;

import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.PledgeTimeline;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.evaluation.StatusChange;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * The per-scenario function of a sweep, the same on an executor and in a plain Java loop: one
 * timeline of the scenario, read for statuses, first activations and the response gap.
 */
final class Measure {
  private Measure() {}

  static ScenarioResult of(Evaluator evaluator, Response response, Scenario scenario) {
    Timeline timeline = evaluator.timeline(scenario);
    Instant agreementStart =
        evaluator
            .agreement()
            .date()
            .map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant())
            .orElse(null);
    ScenarioResult r = new ScenarioResult();
    r.setScenario(scenario.name());
    for (PledgeTimeline p : timeline.pledges()) {
      r.getStatuses().put(p.id(), p.status().name());
      Instant first = p.initial() == Status.ACTIVE ? agreementStart : activeFrom(p, Instant.MIN);
      if (first != null) {
        r.getFirstActive().put(p.id(), first);
      }
    }
    Instant attack = null;
    for (Event e : scenario.eventsAsOf()) {
      if (response.isAttack(e.trigger(), e.party().orElse(null))) {
        attack = e.at();
        break;
      }
    }
    Duration gap = null;
    if (attack != null) {
      Instant earliest = null;
      for (PledgeTimeline p : timeline.pledges()) {
        if (response.pledges().contains(p.id())) {
          Instant t = activeFrom(p, attack);
          if (t != null && (earliest == null || t.isBefore(earliest))) {
            earliest = t;
          }
        }
      }
      r.setAttack(attack);
      r.setResponse(earliest);
      if (earliest != null) {
        gap = Duration.between(attack, earliest);
        r.setGapSeconds(gap.toSeconds());
      }
    }
    r.setGapBucket(GapBucket.of(attack != null, gap).name());
    return r;
  }

  /** The first instant at or after {@code t} at which the pledge is ACTIVE, or null if none. */
  private static @Nullable Instant activeFrom(PledgeTimeline p, Instant t) {
    Status status = p.initial();
    for (StatusChange c : p.changes()) {
      if (c.at().isAfter(t)) {
        if (status == Status.ACTIVE) {
          return t;
        }
        if (c.to() == Status.ACTIVE) {
          return c.at();
        }
      }
      status = c.to();
    }
    return status == Status.ACTIVE ? t : null;
  }
}
