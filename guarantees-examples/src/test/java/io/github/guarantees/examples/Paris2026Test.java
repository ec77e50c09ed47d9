package io.github.guarantees.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Fidelity;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.Role;
import io.github.guarantees.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The encoding itself: parties, roles, sources and the run command's output. */
class Paris2026Test {
  private final Agreement paris = Paris2026.agreement();

  @Test
  void hasThePartiesTheSourcesNameWithTheirRoles() {
    assertThat(paris.parties().keySet())
        .containsExactlyInAnyOrder("FR", "UK", "UA", "US", "DE", "IT", "PL", "EU", "RU");
    assertThat(paris.roles(Paris2026.US)).containsExactly(Role.NON_SIGNATORY_SUPPORTER);
    assertThat(paris.roles(Paris2026.UA)).contains(Role.BENEFICIARY);
    assertThat(paris.party(Paris2026.IT).caveats())
        .extracting(c -> c.id())
        .contains("no-ground-troops");
    assertThat(paris.party(Paris2026.DE).caveats())
        .extracting(c -> c.id())
        .contains("neighbouring-nato-territory-only");
  }

  @Test
  void everyPledgeCitesItsClauseAndMarksSummaries() {
    for (Pledge p : paris.pledges()) {
      assertThat(p.source().quote()).as(p.id()).isNotBlank();
      assertThat(p.source().clause()).as(p.id()).isNotBlank();
    }
    assertThat(paris.pledge(Paris2026.MULTINATIONAL_FORCE).source().fidelity())
        .isEqualTo(Fidelity.SUMMARY);
    assertThat(paris.pledge(Paris2026.CEASEFIRE_MONITORING).source().fidelity())
        .isEqualTo(Fidelity.VERBATIM);
    assertThat(paris.pledge(Paris2026.MULTINATIONAL_FORCE).source().citation())
        .contains("summary only");
  }

  @Test
  void usPledgesAreOfTheWeakestBindingForce() {
    for (Pledge p : paris.pledges()) {
      p.contribution(Paris2026.US)
          .ifPresent(
              c ->
                  assertThat(c.bindingForce().orElse(p.bindingForce()))
                      .as(p.id())
                      .isEqualTo(BindingForce.POLITICAL_DECLARATION));
    }
  }

  @Test
  void hasNoWarningsAndAtLeastTenNarratedScenarios() {
    assertThat(paris.warnings()).isEmpty();
    assertThat(Paris2026Scenarios.all()).hasSizeGreaterThanOrEqualTo(10);
    for (Scenario s : Paris2026Scenarios.all()) {
      assertThat(s.narrative()).as(s.name()).isPresent();
    }
  }

  @Test
  void runCommandPrintsEveryNamedScenario() {
    String out = RunExamples.render(1_000);
    for (Scenario s : Paris2026Scenarios.all()) {
      assertThat(out).contains("== " + s.name() + " — ");
    }
    assertThat(out).contains("blocked by caveat 'no-ground-troops' of IT");
  }
}
