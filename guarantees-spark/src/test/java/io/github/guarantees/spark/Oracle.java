package io.github.guarantees.spark;

import io.github.guarantees.condition.Limits;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.PledgeAssessment;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The expected result of a scenario from the plain evaluator alone: {@link Evaluator#evaluate} at
 * the as-of instant for statuses, and at every earlier event instant (and before any event) for
 * first activations and the response. For agreements without terms or deadlines (Paris 2026) the
 * status can only change at event instants, so these instants are all there is to look at.
 */
final class Oracle {
  private Oracle() {}

  static ScenarioResult expected(Evaluator evaluator, Response response, Scenario scenario) {
    Assessment now = evaluator.evaluate(scenario);
    ScenarioResult r = new ScenarioResult();
    r.setScenario(scenario.name());
    for (PledgeAssessment p : now.pledges()) {
      r.getStatuses().put(p.id(), p.status().name());
    }
    TreeSet<Instant> instants = new TreeSet<>();
    for (Event e : scenario.eventsAsOf()) {
      instants.add(e.at());
    }
    List<Instant> points = new ArrayList<>();
    points.add(Limits.EARLIEST);
    points.addAll(instants);
    Instant start =
        evaluator.agreement().date().orElseThrow().atStartOfDay(ZoneOffset.UTC).toInstant();
    for (Instant t : points) {
      Assessment at = evaluator.evaluate(scenario.asOf(t));
      for (PledgeAssessment p : at.pledges()) {
        if (p.status() == Status.ACTIVE && !r.getFirstActive().containsKey(p.id())) {
          r.getFirstActive().put(p.id(), t.equals(Limits.EARLIEST) ? start : t);
        }
      }
    }
    Instant attack =
        scenario.eventsAsOf().stream()
            .filter(
                e ->
                    e.trigger().equals(response.attackTrigger())
                        && (response.attackParty() == null
                            || response.attackParty().equals(e.party().orElse(null))))
            .map(Event::at)
            .findFirst()
            .orElse(null);
    Duration gap = null;
    if (attack != null) {
      r.setAttack(attack);
      for (Instant t : instants.tailSet(attack, true)) {
        Assessment at = evaluator.evaluate(scenario.asOf(t));
        if (response.pledges().stream().anyMatch(id -> at.status(id) == Status.ACTIVE)) {
          r.setResponse(t);
          gap = Duration.between(attack, t);
          r.setGapSeconds(gap.toSeconds());
          break;
        }
      }
    }
    r.setGapBucket(GapBucket.of(attack != null, gap).name());
    return r;
  }
}
