package io.github.guarantees.examples;

import static io.github.guarantees.evaluation.Status.ACTIVE;
import static io.github.guarantees.evaluation.Status.BLOCKED;
import static io.github.guarantees.evaluation.Status.PENDING;
import static io.github.guarantees.evaluation.Status.SUSPENDED;
import static io.github.guarantees.examples.Paris2026.CREDIBLE_CESSATION;
import static io.github.guarantees.examples.Paris2026.DE;
import static io.github.guarantees.examples.Paris2026.FR;
import static io.github.guarantees.examples.Paris2026.IT;
import static io.github.guarantees.examples.Paris2026.MILITARY_HUBS;
import static io.github.guarantees.examples.Paris2026.MULTINATIONAL_FORCE;
import static io.github.guarantees.examples.Paris2026.PL;
import static io.github.guarantees.examples.Paris2026.PROTECTED_FACILITIES;
import static io.github.guarantees.examples.Paris2026.UK;
import static io.github.guarantees.examples.Paris2026.UKRAINE_REQUEST;
import static io.github.guarantees.examples.ParisFixtures.assess;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Explanation;
import org.junit.jupiter.api.Test;

/** The Multinational Force: only at Ukraine's request and after a credible cessation. */
class ForceDeploymentScenariosTest {

  @Test
  void ceasefireNotVerifiedAsCredibleLeavesTheForcePendingOnTheVerification() {
    Assessment a = assess(Paris2026Scenarios.CEASEFIRE_UNVERIFIED);

    assertThat(a.status(Paris2026.CEASEFIRE_MONITORING)).isEqualTo(ACTIVE);
    assertThat(a.status(MULTINATIONAL_FORCE)).isEqualTo(PENDING);
    Explanation why = a.explain(MULTINATIONAL_FORCE);
    assertThat(why.missing()).containsExactly(ImmutableSet.of(occurred(CREDIBLE_CESSATION)));
    assertThat(why.reason()).contains("needs: credible-cessation");
  }

  @Test
  void credibleCessationWithoutRequestLeavesTheForcePendingOnTheRequest() {
    Assessment a = assess(Paris2026Scenarios.CREDIBLE_CESSATION_WITHOUT_REQUEST);

    assertThat(a.status(MULTINATIONAL_FORCE)).isEqualTo(PENDING);
    assertThat(a.status(MILITARY_HUBS)).isEqualTo(PENDING);
    assertThat(a.explain(MULTINATIONAL_FORCE).missing())
        .containsExactly(ImmutableSet.of(occurred(UKRAINE_REQUEST)));
  }

  @Test
  void requestAndCredibleCessationDeployTheForceWithCaveatsNamed() {
    Assessment a = assess(Paris2026Scenarios.REQUEST_AND_CREDIBLE_CESSATION);

    assertThat(a.status(MULTINATIONAL_FORCE)).isEqualTo(ACTIVE);
    assertThat(a.status(MILITARY_HUBS)).isEqualTo(ACTIVE);
    assertThat(a.status(PROTECTED_FACILITIES)).isEqualTo(ACTIVE);
    assertThat(a.status(MULTINATIONAL_FORCE, FR)).isEqualTo(ACTIVE);
    assertThat(a.status(MULTINATIONAL_FORCE, UK)).isEqualTo(PENDING);
    assertThat(a.status(MULTINATIONAL_FORCE, IT)).isEqualTo(BLOCKED);
    assertThat(a.status(MULTINATIONAL_FORCE, DE)).isEqualTo(BLOCKED);
    assertThat(a.status(MULTINATIONAL_FORCE, PL)).isEqualTo(BLOCKED);
    assertThat(a.contribution(MULTINATIONAL_FORCE, IT).blockedBy())
        .hasValueSatisfying(c -> assertThat(c.id()).isEqualTo("no-ground-troops"));
    assertThat(a.explain(MULTINATIONAL_FORCE, DE).obstacles())
        .singleElement()
        .asString()
        .contains("neighbouring-nato-territory-only");
    assertThat(a.explain(MULTINATIONAL_FORCE, IT).missing()).isEmpty();
  }

  @Test
  void withdrawnRequestSuspendsTheDeployments() {
    Assessment a = assess(Paris2026Scenarios.REQUEST_WITHDRAWN_SCENARIO);

    assertThat(a.status(MULTINATIONAL_FORCE)).isEqualTo(SUSPENDED);
    assertThat(a.status(MILITARY_HUBS)).isEqualTo(SUSPENDED);
    assertThat(a.status(MULTINATIONAL_FORCE, FR)).isEqualTo(SUSPENDED);
    assertThat(a.status(MULTINATIONAL_FORCE, IT)).isEqualTo(BLOCKED);
    assertThat(a.explain(MULTINATIONAL_FORCE).missing())
        .containsExactly(ImmutableSet.of(occurred(UKRAINE_REQUEST)));
    assertThat(a.explain(MULTINATIONAL_FORCE).activation().operands().get(0).why())
        .startsWith("revoked: request-withdrawn");
  }

  @Test
  void renewedRequestReactivatesTheDeployments() {
    Assessment a = assess(Paris2026Scenarios.REQUEST_RENEWED);

    assertThat(a.status(MULTINATIONAL_FORCE)).isEqualTo(ACTIVE);
    assertThat(a.status(MULTINATIONAL_FORCE, FR)).isEqualTo(ACTIVE);
    assertThat(a.explain(MULTINATIONAL_FORCE).activation().holds()).isTrue();
  }

  private static Occurred occurred(String trigger) {
    return Condition.occurred(trigger);
  }
}
