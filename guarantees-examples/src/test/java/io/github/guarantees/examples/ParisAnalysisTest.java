package io.github.guarantees.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.analysis.Analysis;
import io.github.guarantees.analysis.Budget;
import io.github.guarantees.analysis.Item;
import io.github.guarantees.analysis.Property;
import io.github.guarantees.analysis.Survey;
import io.github.guarantees.analysis.Verdict;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.scenario.Event;
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
}
