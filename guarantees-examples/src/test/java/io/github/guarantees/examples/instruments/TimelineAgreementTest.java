package io.github.guarantees.examples.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.ContributionAssessment;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.PledgeAssessment;
import io.github.guarantees.evaluation.PledgeTimeline;
import io.github.guarantees.evaluation.StatusChange;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.examples.Paris2026;
import io.github.guarantees.examples.Paris2026Scenarios;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Over every instant of every example scenario — the Paris scenarios and the comparison scenarios
 * run against every instrument — evaluating as of that instant gives the status the timeline gives.
 */
class TimelineAgreementTest {
  static int checked;

  static void assertAgrees(Agreement agreement, Scenario scenario) {
    Evaluator evaluator = Evaluator.compile(agreement);
    Timeline timeline = evaluator.timeline(scenario);
    NavigableSet<Instant> instants = new TreeSet<>();
    for (Event e : scenario.eventsAsOf()) {
      instants.add(e.at());
    }
    for (PledgeTimeline p : timeline.pledges()) {
      p.changes().stream().map(StatusChange::at).forEach(instants::add);
    }
    instants.add(scenario.asOf());
    for (Instant t : instants) {
      for (Instant probe : new Instant[] {t.minusNanos(1), t}) {
        Assessment a = evaluator.evaluate(scenario.asOf(probe));
        for (PledgeAssessment p : a.pledges()) {
          assertThat(timeline.statusAt(p.id(), probe))
              .as("%s / %s: %s at %s", agreement.id(), scenario.name(), p.id(), probe)
              .isEqualTo(p.status());
          for (ContributionAssessment c : p.contributions()) {
            assertThat(timeline.statusAt(p.id(), c.party(), probe))
                .as(
                    "%s / %s: %s of %s at %s",
                    agreement.id(), scenario.name(), c.party(), p.id(), probe)
                .isEqualTo(c.status());
          }
          checked++;
        }
      }
    }
  }

  @Test
  void parisScenarios() {
    for (Scenario s : Paris2026Scenarios.all()) {
      assertAgrees(Paris2026.agreement(), s);
    }
  }

  @Test
  void comparisonScenariosAgainstEveryInstrument() {
    for (Scenario s : ComparisonScenarios.all()) {
      for (Agreement a : Comparison.instruments()) {
        assertAgrees(a, Comparison.project(a, s));
      }
    }
    assertThat(checked).isPositive();
  }
}
