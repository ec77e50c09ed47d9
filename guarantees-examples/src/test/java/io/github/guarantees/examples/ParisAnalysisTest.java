package io.github.guarantees.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.analysis.Analysis;
import io.github.guarantees.analysis.Budget;
import io.github.guarantees.analysis.DeadAfter;
import io.github.guarantees.analysis.Item;
import io.github.guarantees.analysis.Property;
import io.github.guarantees.analysis.Selector;
import io.github.guarantees.analysis.Survey;
import io.github.guarantees.analysis.Verdict;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.examples.instruments.UkUkraine2024;
import io.github.guarantees.scenario.Event;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The analysis on the Paris agreement: the deployment invariant, a planted error, the survey. */
class ParisAnalysisTest {
  @Test
  void theDeploymentInvariantHoldsOverEveryScenario() {
    Verdict v = Analysis.check(Paris2026.agreement(), ParisProperties.deploymentInvariant());
    System.out.println("Paris deployment invariant: " + v.coverage().cases() + " scenarios");
    assertThat(v).isInstanceOf(Verdict.Proved.class);
    assertThat(v.coverage().cases()).isGreaterThan(1000);
    assertThat(v.coverage().limitations()).isEmpty();
    assertThat(v.coverage().letters())
        .extracting(Event::trigger)
        .contains(
            Paris2026.CEASEFIRE,
            Paris2026.PEACE_AGREEMENT,
            Paris2026.UKRAINE_REQUEST,
            Paris2026.REQUEST_WITHDRAWN,
            Paris2026.CREDIBLE_CESSATION,
            Paris2026.PARLIAMENTARY_APPROVAL);
  }

  @Test
  void aHubWithoutTheRequestConditionIsFoundWithTwoEvents() {
    Verdict v =
        Analysis.check(ParisProperties.hubsWithoutRequest(), ParisProperties.deploymentInvariant());
    assertThat(v).isInstanceOf(Verdict.Counterexample.class);
    Verdict.Counterexample c = (Verdict.Counterexample) v;
    assertThat(c.events()).isEqualTo(2);
    assertThat(c.scenario().events())
        .extracting(Event::trigger)
        .containsExactly(Paris2026.CEASEFIRE, Paris2026.CREDIBLE_CESSATION);
    assertThat(c.offending())
        .containsExactly(
            Item.pledge(Paris2026.MILITARY_HUBS),
            Item.contribution(Paris2026.MILITARY_HUBS, Paris2026.FR));
    assertThat(c.assessment().status(Paris2026.MILITARY_HUBS)).isEqualTo(Status.ACTIVE);
    assertThat(c.assessment().status(Paris2026.FR_UK_DEPLOYMENT)).isEqualTo(Status.PENDING);
  }

  @Test
  void everyDeploymentCanFireAndTheUkPartNeedsItsVote() {
    Verdict hubs =
        Analysis.check(
            Paris2026.agreement(),
            new Property.CanFire(Item.contribution(Paris2026.MILITARY_HUBS, Paris2026.UK)));
    assertThat(hubs.holds()).isTrue();
    assertThat(hubs.found().orElseThrow().events())
        .extracting(Event::trigger)
        .containsExactlyInAnyOrder(
            Paris2026.CEASEFIRE,
            Paris2026.CREDIBLE_CESSATION,
            Paris2026.UKRAINE_REQUEST,
            Paris2026.PARLIAMENTARY_APPROVAL);
    Verdict germany =
        Analysis.check(
            Paris2026.agreement(),
            new Property.Always(
                Item.contribution(Paris2026.MULTINATIONAL_FORCE, Paris2026.DE), Status.BLOCKED));
    assertThat(germany.holds()).isTrue();
  }

  @Test
  void theSurveyFindsTheBlockedContributionsAndTheStandingPledges() {
    Survey s = Analysis.survey(Paris2026.agreement(), new Budget(3, 1));
    System.out.println("Paris survey: " + s.coverage().cases() + " scenarios");
    assertThat(s.blocked())
        .contains(
            Item.contribution(Paris2026.MULTINATIONAL_FORCE, Paris2026.DE),
            Item.contribution(Paris2026.MULTINATIONAL_FORCE, Paris2026.PL));
    assertThat(s.unconditional()).contains(Item.pledge(Paris2026.MILITARY_ASSISTANCE));
    assertThat(s.unconditional()).doesNotContain(Item.pledge(Paris2026.MILITARY_HUBS));
    assertThat(s.dead())
        .contains(Item.contribution(Paris2026.MULTINATIONAL_FORCE, Paris2026.DE))
        .doesNotContain(Item.pledge(Paris2026.MILITARY_HUBS));
    System.out.println("dead: " + s.dead());
    System.out.println("never together: " + s.neverTogether().size() + " pairs");
  }

  @Test
  void theReadingsOfTheVagueClausesDisagreeInTheFewestEventsTheyCan() {
    Map<String, Verdict> readings = Analysis.readings(Paris2026.agreement(), new Budget(3, 1));
    assertThat(readings.keySet())
        .containsExactly(Paris2026.CESSATION_VERIFIED_BY_US, Paris2026.ANY_LATER_ATTACK);
    Verdict.Counterexample verified =
        (Verdict.Counterexample)
            Objects.requireNonNull(readings.get(Paris2026.CESSATION_VERIFIED_BY_US));
    System.out.println("verified by the US: " + verified.scenario().events());
    // Who verifies matters once a request and a cessation verified by someone else are in hand.
    assertThat(verified.scenario().events())
        .extracting(Event::trigger)
        .contains(Paris2026.UKRAINE_REQUEST, Paris2026.CREDIBLE_CESSATION);
    assertThat(verified.scenario().events())
        .filteredOn(e -> e.trigger().equals(Paris2026.CREDIBLE_CESSATION))
        .allSatisfy(e -> assertThat(e.party()).isNotEqualTo(Optional.of(Paris2026.US)));
    assertThat(verified.offending()).contains(Item.pledge(Paris2026.MULTINATIONAL_FORCE));
    Verdict.Counterexample attack =
        (Verdict.Counterexample) Objects.requireNonNull(readings.get(Paris2026.ANY_LATER_ATTACK));
    System.out.println("any later attack: " + attack.scenario().events());
    assertThat(attack.scenario().events())
        .as("an attack with no ceasefire before it")
        .extracting(Event::trigger)
        .containsExactly(Paris2026.ARMED_ATTACK);
  }

  @Test
  void theUkTermOnAccessionMattersOnlyOnceUkraineAccedes() {
    Verdict v =
        Analysis.check(
            UkUkraine2024.agreement(),
            new Property.ReadingsAgree(
                UkUkraine2024.ACCESSION_DOES_NOT_END_TERM,
                Selector.builder().withContributions().build()),
            new Budget(2, 1));
    Verdict.Counterexample c = (Verdict.Counterexample) v;
    System.out.println("UK term on accession: " + c.scenario().events() + " " + c.offending());
    assertThat(c.events()).isEqualTo(1);
  }

  @Test
  void aDeploymentCanStillBeCompletedAfterTheRequestIsWithdrawnWithFourEvents() {
    Verdict again =
        Analysis.check(
            Paris2026.agreement(),
            new Property.CanFire(
                Item.pledge(Paris2026.MULTINATIONAL_FORCE),
                Optional.of(Condition.occurred(Paris2026.REQUEST_WITHDRAWN))));
    assertThat(again.holds()).isTrue();
    List<Event> witness = again.found().orElseThrow().events();
    System.out.println("deployment after a withdrawal: " + witness);
    assertThat(witness).hasSize(4);
    assertThat(witness)
        .extracting(Event::trigger)
        .containsExactlyInAnyOrder(
            Paris2026.CEASEFIRE,
            Paris2026.CREDIBLE_CESSATION,
            Paris2026.REQUEST_WITHDRAWN,
            Paris2026.UKRAINE_REQUEST);
    assertThat(witness.get(3).trigger()).isEqualTo(Paris2026.UKRAINE_REQUEST);
    assertThat(witness.get(3).at())
        .isAfter(witness.get(2).at())
        .as("a request after the withdrawal");
    // Within three events nothing can both withdraw and renew a request before a cessation: the
    // built-in question answers within its bound, and says so in its coverage.
    DeadAfter d =
        Analysis.deadAfter(
            Paris2026.agreement(),
            Condition.occurred(Paris2026.REQUEST_WITHDRAWN),
            new Budget(3, 1));
    assertThat(d.dead()).contains(Item.pledge(Paris2026.MULTINATIONAL_FORCE));
    assertThat(d.fired()).contains(Item.pledge(Paris2026.MILITARY_ASSISTANCE));
    assertThat(d.coverage().budget().maxEvents()).isEqualTo(3);
  }
}
