package io.github.guarantees.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.Term;
import io.github.guarantees.report.TimelineReport;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Timelines agree with evaluation at every instant, and read as a story. */
class TimelineTest {
  static final Instant START = Instant.parse("2026-09-01T00:00:00Z");

  /** Every kind of lifecycle at once: deadline, restraint, suspension, three kinds of term. */
  static Agreement everything() {
    return LifecycleTest.agreement(
        LifecycleTest.consultations().build(),
        LifecycleTest.restraint(),
        LifecycleTest.force()
            .term(Term.lastsFor(Duration.ofHours(30)))
            .addContributions(
                Contribution.of("FR"),
                Contribution.builder()
                    .party("UK")
                    .condition(Condition.inForce("consultation-request", "request-withdrawn"))
                    .build())
            .build(),
        Pledge.builder()
            .from(LifecycleTest.consultations().build())
            .id("consultations-until")
            .term(
                Term.builder()
                    .endsAt(START.plus(Duration.ofHours(40)))
                    .endsWhen(Condition.occurred("nato-accession", "UA"))
                    .build())
            .build());
  }

  static final String[][] EVENTS = {
    {"armed-attack", "RU"},
    {"armed-attack", "UK"},
    {"consultation-request", "UA"},
    {"consultation-request", "FR"},
    {"consultations-held", ""},
    {"ceasefire", ""},
    {"request", "UA"},
    {"request-withdrawn", "UA"},
    {"nato-accession", "UA"},
  };

  static Scenario random(Random random, int n) {
    Scenario.Builder b = Scenario.builder().name("random-" + n);
    Instant t = START;
    for (int i = 0; i < n; i++) {
      // Steps of 0 to 30 hours, so events often coincide and often land exactly on a deadline.
      t = t.plus(Duration.ofHours(random.nextInt(4) == 0 ? 0 : random.nextInt(31)));
      String[] e = EVENTS[random.nextInt(EVENTS.length)];
      if (e[1].isEmpty()) {
        b.addEvent(e[0], t);
      } else {
        b.addEvent(e[0], e[1], t);
      }
    }
    return b.asOf(t.plus(Duration.ofHours(random.nextInt(60)))).build();
  }

  /** Checks the timeline against evaluate at every event, derived and change instant, and ±1 ns. */
  static void assertAgrees(Evaluator evaluator, Scenario scenario) {
    Timeline timeline = evaluator.timeline(scenario);
    NavigableSet<Instant> instants = new TreeSet<>();
    for (Event e : scenario.eventsAsOf()) {
      instants.add(e.at());
    }
    for (PledgeTimeline p : timeline.pledges()) {
      p.changes().forEach(c -> instants.add(c.at()));
      for (ContributionTimeline c : p.contributions()) {
        c.changes().forEach(x -> instants.add(x.at()));
      }
    }
    List<Instant> probes = new ArrayList<>();
    for (Instant i : instants) {
      probes.add(i.minusNanos(1));
      probes.add(i);
      probes.add(i.plusNanos(1));
    }
    probes.add(scenario.asOf());
    for (Instant t : probes) {
      if (t.isAfter(scenario.asOf())) {
        continue;
      }
      Assessment a = evaluator.evaluate(scenario.asOf(t));
      for (PledgeAssessment p : a.pledges()) {
        assertThat(timeline.statusAt(p.id(), t))
            .as("%s: pledge %s at %s", scenario.name(), p.id(), t)
            .isEqualTo(p.status());
        for (ContributionAssessment c : p.contributions()) {
          assertThat(timeline.statusAt(p.id(), c.party(), t))
              .as("%s: %s of %s at %s", scenario.name(), c.party(), p.id(), t)
              .isEqualTo(c.status());
        }
      }
    }
    for (PledgeTimeline p : timeline.pledges()) {
      Status previous = p.initial();
      Instant when = Instant.MIN;
      for (StatusChange c : p.changes()) {
        assertThat(c.from()).isEqualTo(previous);
        assertThat(c.to()).isNotEqualTo(c.from());
        assertThat(c.at()).isAfter(when);
        previous = c.to();
        when = c.at();
      }
    }
  }

  @Test
  void agreesWithEvaluationAtEveryInstantOfSeededRandomScenarios() {
    long seed = 20260901L;
    Random random = new Random(seed);
    Evaluator evaluator = Evaluator.compile(everything());
    for (int i = 0; i < RandomCases.count(300); i++) {
      Scenario s = random(random, 1 + random.nextInt(8));
      try {
        assertAgrees(evaluator, s);
      } catch (AssertionError e) {
        throw new AssertionError("seed " + seed + ", case " + i + ": " + s.events(), e);
      }
    }
  }

  @Test
  void aViolationShowsTheDeadlineThatPassed() {
    Scenario s =
        LifecycleTest.attackAndRequest()
            .addEvent("consultations-held", LifecycleTest.DUE.plus(Duration.ofHours(1)))
            .asOf(LifecycleTest.DUE.plus(Duration.ofDays(1)))
            .build();
    Timeline t = LifecycleTest.consultationsEvaluator().timeline(s);

    PledgeTimeline p = t.pledge("consultations");
    assertThat(p.changes())
        .extracting(StatusChange::to)
        .containsExactly(Status.PENDING, Status.ACTIVE, Status.VIOLATED);
    StatusChange violated = p.changes().get(2);
    assertThat(violated.at()).isEqualTo(LifecycleTest.DUE.plusNanos(1));
    assertThat(violated.events()).isEmpty();
    assertThat(violated.cause())
        .startsWith("deadline passed: consultations-held was due by 2026-09-02T06:00:00Z")
        .endsWith("it has not come");
    assertThat(p.contribution("FR").orElseThrow().changes()).hasSize(3);
    assertThat(p.status()).isEqualTo(Status.VIOLATED);

    String report = TimelineReport.render(t, x -> true, 1_000);
    assertThat(report)
        .contains("Consultations within 24 hours (consultations)")
        .contains("from the start")
        .contains("after 2026-09-02T06:00:00Z")
        .contains("active → violated")
        .contains("consultation-request by UA @ 2026-09-01T06:00:00Z")
        .contains("· FR: as the pledge");
  }

  @Test
  void aFulfilmentNamesItsEvent() {
    Instant held = LifecycleTest.DUE;
    Scenario s =
        LifecycleTest.attackAndRequest()
            .addEvent("consultations-held", held)
            .asOf(held.plus(Duration.ofDays(1)))
            .build();
    StatusChange last =
        LifecycleTest.consultationsEvaluator().timeline(s).pledge("consultations").changes().get(2);
    assertThat(last.at()).isEqualTo(held);
    assertThat(last.to()).isEqualTo(Status.FULFILLED);
    assertThat(last.events()).extracting(Event::trigger).containsExactly("consultations-held");
    assertThat(last.cause()).startsWith("fulfilled: consultations-held @ " + held);
  }

  @Test
  void aTimelineKnowsNothingAfterItsAsOfInstant() {
    Scenario s = LifecycleTest.attackAndRequest().asOf(LifecycleTest.REQUEST).build();
    Timeline t = LifecycleTest.consultationsEvaluator().timeline(s);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> t.statusAt("consultations", LifecycleTest.DUE))
        .withMessageContaining("after the timeline's as-of instant");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> t.pledge("consultation"))
        .withMessageContaining("no pledge 'consultation'");
  }

  @Test
  void eventsAfterTheAsOfInstantAreIgnoredButUnknownTriggersRejected() {
    Scenario s =
        LifecycleTest.attackAndRequest()
            .addEvent("consultations-held", LifecycleTest.DUE)
            .asOf(LifecycleTest.REQUEST)
            .build();
    Timeline t = LifecycleTest.consultationsEvaluator().timeline(s);
    assertThat(t.pledge("consultations").status()).isEqualTo(Status.ACTIVE);

    Scenario bad = Scenario.builder().name("bad").addEvent("attack", START).asOf(START).build();
    assertThatThrownBy(() -> LifecycleTest.consultationsEvaluator().timeline(bad))
        .hasMessageContaining("declares no trigger 'attack'");
  }
}
