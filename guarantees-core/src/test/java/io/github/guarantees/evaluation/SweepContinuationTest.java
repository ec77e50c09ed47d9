package io.github.guarantees.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.model.Agreement;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The search for what is missing continues an evaluation's sweep over added events, within the cone
 * of the conditions it asks about. On seeded random agreements and scenarios, every such
 * continuation must give the cone's roots the truth a full sweep over the scenario's events plus
 * the additions gives them; and where the search would give up at once because the goal provably
 * cannot hold, with any events or with those drawn ({@link Sweep#canHold}), the drawn ones do not
 * make it hold. {@code -Dguarantees.seed=S} replays the agreement a failure names.
 */
class SweepContinuationTest {
  static final int AGREEMENTS = RandomCases.count(500);
  static final int SCENARIOS = 5;

  @Test
  void aContinuedSweepAgreesWithAFullSweepOverTheAddedEvents() {
    long base = RandomCases.baseSeed(51_000_000L);
    int checked = 0;
    int hopeless = 0;
    for (long seed = base; seed < base + AGREEMENTS; seed++) {
      RandomAgreements random = RandomAgreements.withAlliances(seed, x -> x);
      Agreement agreement = random.agreement();
      Kernel k = Evaluator.compile(agreement).kernel();
      Random draws = new Random(seed);
      if (!k.statics.simple) {
        continue; // which events match changes with memberships: the search sweeps in full
      }
      for (int i = 0; i < SCENARIOS; i++) {
        Scenario scenario = random.scenario(10);
        List<Event> events = scenario.eventsAsOf();
        Sweep current = new Sweep(k);
        current.run(events, scenario.asOf(), null);
        Sweep scratch = new Sweep(k);
        Sweep full = new Sweep(k);
        for (int p = 0; p < k.pledgeCount; p++) {
          int[] roots = {k.trigger[p], k.activation[p], k.active[p]};
          // Further events drawn as a scenario's are (any trigger, actor, target, place).
          List<Event> drawn = random.scenario(4).events();
          if (drawn.isEmpty()) {
            continue;
          }
          int n = drawn.size();
          int shared = draws.nextInt(1 << (n - 1));
          Instant asOf = scenario.asOf();
          List<Event> additions = new ArrayList<>();
          Instant at = asOf;
          for (int j = 0; j < n; j++) {
            if (j == 0 || (shared & (1 << (j - 1))) == 0) {
              at = at.plusSeconds(1);
            }
            Event e = drawn.get(j);
            Event.Builder b = Event.builder().trigger(e.trigger()).at(at);
            e.party().ifPresent(b::party);
            e.target().ifPresent(b::target);
            e.place().ifPresent(b::place);
            additions.add(b.build());
          }
          scratch.cone(roots);
          boolean canHold =
              scratch.canHold(
                  current, new int[] {k.active[p]}, draws.nextBoolean() ? null : additions);
          scratch.resume(current);
          for (int from = 0; from < n; ) {
            int to = from + 1;
            while (to < n && additions.get(to).at().equals(additions.get(from).at())) {
              to++;
            }
            scratch.addStep(additions.get(from).at(), additions, from, to);
            from = to;
          }
          List<Event> extended = new ArrayList<>(events);
          extended.addAll(additions);
          full.run(extended, at, null);
          for (int r : roots) {
            assertThat(scratch.val[r])
                .as(
                    "seed %s (replay with -Dguarantees.seed=%s), scenario %s, pledge %s, node %s,"
                        + " additions %s",
                    seed, seed, i, p, r, additions)
                .isEqualTo(full.val[r]);
          }
          if (!canHold) {
            assertThat(full.val[k.active[p]])
                .as(
                    "seed %s, scenario %s, pledge %s: proven unable to hold, yet holds after %s",
                    seed, i, p, additions)
                .isFalse();
            hopeless++;
          }
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(AGREEMENTS);
    assertThat(hopeless).isGreaterThan(0);
  }
}
