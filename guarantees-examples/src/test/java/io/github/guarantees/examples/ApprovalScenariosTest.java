package io.github.guarantees.examples;

import static io.github.guarantees.evaluation.Status.ACTIVE;
import static io.github.guarantees.evaluation.Status.BLOCKED;
import static io.github.guarantees.evaluation.Status.DORMANT;
import static io.github.guarantees.evaluation.Status.PENDING;
import static io.github.guarantees.examples.Paris2026.DE;
import static io.github.guarantees.examples.Paris2026.FR;
import static io.github.guarantees.examples.Paris2026.PARLIAMENTARY_APPROVAL;
import static io.github.guarantees.examples.Paris2026.UK;
import static io.github.guarantees.examples.ParisFixtures.assess;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.evaluation.Assessment;
import org.junit.jupiter.api.Test;

/** Parliamentary approvals, national conditions and breaches attributed by the Commission. */
class ApprovalScenariosTest {

  @Test
  void ukContributionsWaitForTheCommonsVote() {
    Assessment a = assess(Paris2026Scenarios.UK_AWAITS_COMMONS);

    for (String pledge :
        new String[] {
          Paris2026.MULTINATIONAL_FORCE,
          Paris2026.FR_UK_DEPLOYMENT,
          Paris2026.MILITARY_HUBS,
          Paris2026.PROTECTED_FACILITIES
        }) {
      assertThat(a.status(pledge)).as(pledge).isEqualTo(ACTIVE);
      assertThat(a.status(pledge, UK)).as(pledge).isEqualTo(PENDING);
      assertThat(a.status(pledge, FR)).as(pledge).isEqualTo(ACTIVE);
      assertThat(a.explain(pledge, UK).missing())
          .as(pledge)
          .containsExactly(ImmutableSet.of(Condition.occurred(PARLIAMENTARY_APPROVAL, UK)));
    }
  }

  @Test
  void commonsApprovalFiresTheUkContributions() {
    Assessment a = assess(Paris2026Scenarios.UK_COMMONS_APPROVES);

    assertThat(a.status(Paris2026.MULTINATIONAL_FORCE, UK)).isEqualTo(ACTIVE);
    assertThat(a.status(Paris2026.MILITARY_HUBS, UK)).isEqualTo(ACTIVE);
    assertThat(a.explain(Paris2026.MULTINATIONAL_FORCE, UK).contributionCondition())
        .hasValueSatisfying(t -> assertThat(t.holds()).isTrue());
  }

  @Test
  void germanyFiresOnNeighbouringTerritoryButStaysBlockedInUkraine() {
    Assessment before = assess(Paris2026Scenarios.REQUEST_AND_CREDIBLE_CESSATION);
    assertThat(before.status(Paris2026.NEIGHBOURING_FORCES, DE)).isEqualTo(PENDING);
    assertThat(before.explain(Paris2026.NEIGHBOURING_FORCES, DE).missing())
        .containsExactly(
            ImmutableSet.of(
                Condition.occurred(PARLIAMENTARY_APPROVAL, DE),
                Condition.occurred(Paris2026.US_BACKSTOP)));

    Assessment a = assess(Paris2026Scenarios.GERMANY_CONDITIONS_MET);
    assertThat(a.status(Paris2026.NEIGHBOURING_FORCES, DE)).isEqualTo(ACTIVE);
    assertThat(a.status(Paris2026.MULTINATIONAL_FORCE, DE)).isEqualTo(BLOCKED);
  }

  @Test
  void breachAttributedBySpecialCommissionBringsRemediesNotComponentFour() {
    Assessment a = assess(Paris2026Scenarios.BREACH_ATTRIBUTED_SCENARIO);

    assertThat(a.status(Paris2026.BREACH_REMEDIES)).isEqualTo(ACTIVE);
    assertThat(a.status(Paris2026.SPECIAL_COMMISSION)).isEqualTo(ACTIVE);
    assertThat(a.status(Paris2026.ATTACK_MILITARY)).isEqualTo(DORMANT);
    assertThat(a.status(Paris2026.MULTINATIONAL_FORCE)).isEqualTo(PENDING);
  }
}
