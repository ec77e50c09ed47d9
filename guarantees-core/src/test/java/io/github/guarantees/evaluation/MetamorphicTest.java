package io.github.guarantees.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.model.Agreement;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Properties the kernel must keep whatever the reference says, on seeded random agreements and
 * scenarios: listing the events in another order, adding events after the as-of instant and
 * renaming every id change nothing but names; and {@code evaluate} at every change instant of the
 * timeline, and one nanosecond either side, agrees with the timeline. {@code -Dguarantees.seed=S}
 * replays the agreement a failure names.
 */
class MetamorphicTest {
  static final int AGREEMENTS = RandomCases.count(1_000);
  static final int SCENARIOS = 5;

  @Test
  void orderOfListingLateEventsAndNamesChangeNothing() {
    long base = RandomCases.baseSeed(44_000_000L);
    for (long seed = base; seed < base + AGREEMENTS; seed++) {
      RandomAgreements random = new RandomAgreements(seed);
      RandomAgreements renamed = new RandomAgreements(seed, name -> "renamed-" + name);
      Agreement agreement = random.agreement();
      Agreement other = renamed.agreement();
      Evaluator kernel = Evaluator.compile(agreement);
      Evaluator otherKernel = Evaluator.compile(other);
      Random shuffle = new Random(seed);
      for (int i = 0; i < SCENARIOS; i++) {
        Scenario s = random.scenario(10);
        Scenario sRenamed = renamed.scenario(10);
        String where = "seed " + seed + " (replay with -Dguarantees.seed=" + seed + "), " + s;
        List<String> expected = DifferentialTest.statuses(kernel.evaluate(s).pledges());
        List<String> timeline = DifferentialTest.changes(kernel.timeline(s));

        List<Event> shuffled = new ArrayList<>(s.events());
        Collections.shuffle(shuffled, shuffle);
        Scenario reordered = Scenario.builder().from(s).events(shuffled).build();
        assertThat(DifferentialTest.statuses(kernel.evaluate(reordered).pledges()))
            .as("%s: shuffled", where)
            .isEqualTo(expected);
        assertThat(DifferentialTest.changes(kernel.timeline(reordered)))
            .as("%s: shuffled timeline", where)
            .isEqualTo(timeline);

        List<Event> later = new ArrayList<>(s.events());
        for (Event e : s.events()) {
          later.add(
              Event.builder().from(e).at(s.asOf().plusNanos(1 + shuffle.nextInt(1000))).build());
        }
        Scenario withLate = Scenario.builder().from(s).events(later).build();
        assertThat(DifferentialTest.statuses(kernel.evaluate(withLate).pledges()))
            .as("%s: events after as-of", where)
            .isEqualTo(expected);
        assertThat(DifferentialTest.decided(agreement, kernel.decide(withLate)))
            .as("%s: events after as-of, decided", where)
            .isEqualTo(expected);
        assertThat(DifferentialTest.changes(kernel.timeline(withLate)))
            .as("%s: events after as-of, timeline", where)
            .isEqualTo(timeline);

        assertThat(
                DifferentialTest.statuses(otherKernel.evaluate(sRenamed).pledges()).stream()
                    .map(x -> x.replace("renamed-", ""))
                    .toList())
            .as("%s: renamed", where)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void evaluateAgreesWithTheTimelineAroundEveryChange() {
    long base = RandomCases.baseSeed(45_000_000L);
    for (long seed = base; seed < base + AGREEMENTS; seed++) {
      RandomAgreements random = new RandomAgreements(seed);
      Evaluator kernel = Evaluator.compile(random.agreement());
      for (int i = 0; i < SCENARIOS; i++) {
        Scenario s = random.scenario(10);
        Timeline timeline = kernel.timeline(s);
        TreeSet<Instant> instants = new TreeSet<>();
        for (PledgeTimeline p : timeline.pledges()) {
          p.changes().forEach(c -> instants.add(c.at()));
          p.contributions().forEach(ct -> ct.changes().forEach(c -> instants.add(c.at())));
        }
        for (Event e : s.eventsAsOf()) {
          instants.add(e.at());
        }
        for (Instant change : instants) {
          for (Instant t : List.of(change.minusNanos(1), change, change.plusNanos(1))) {
            if (t.isAfter(s.asOf()) || t.isBefore(RandomAgreements.T0.minus(Duration.ofDays(2)))) {
              continue;
            }
            Assessment a = kernel.evaluate(s.asOf(t));
            for (PledgeAssessment p : a.pledges()) {
              assertThat(timeline.statusAt(p.id(), t))
                  .as("seed %s, scenario %s, %s at %s", seed, i, p.id(), t)
                  .isEqualTo(p.status());
              for (ContributionAssessment c : p.contributions()) {
                assertThat(timeline.statusAt(p.id(), c.party(), t))
                    .as("seed %s, scenario %s, %s/%s at %s", seed, i, p.id(), c.party(), t)
                    .isEqualTo(c.status());
              }
            }
          }
        }
      }
    }
  }
}
