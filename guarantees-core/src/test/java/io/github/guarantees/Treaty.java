package io.github.guarantees;

import static io.github.guarantees.Fixtures.party;
import static io.github.guarantees.Fixtures.source;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Caveat;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Domain;
import io.github.guarantees.model.Location;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Role;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;

/**
 * A small agreement in the shape of the Paris arrangements: a force deployed in the beneficiary
 * when a ceasefire is in force, the request is in force and a credible cessation is verified.
 */
public final class Treaty {
  /** Italy's caveat: no ground troops in the beneficiary. */
  public static final Caveat NO_GROUND_TROOPS =
      Caveat.builder()
          .id("no-ground-troops")
          .description("No ground troops in Ukraine")
          .addKinds(PledgeKind.FORCE_DEPLOYMENT)
          .addDomains(Domain.LAND)
          .addLocations(Location.IN_BENEFICIARY)
          .build();

  /** Germany's caveat: nothing at all in the beneficiary (kinds and domains left empty). */
  public static final Caveat NOTHING_IN_UKRAINE =
      Caveat.builder()
          .id("nothing-in-ukraine")
          .description("Forces only on neighbouring NATO territory")
          .addLocations(Location.IN_BENEFICIARY)
          .build();

  /** The ceasefire trigger of the force. */
  public static final Condition CEASEFIRE = Condition.inForce("ceasefire", "ceasefire-collapsed");

  /** The request in force and a credible cessation. */
  public static final Condition REQUEST_AND_CESSATION =
      Condition.allOf(
          Condition.inForce("request", "request-withdrawn"),
          Condition.occurred("credible-cessation"));

  private Treaty() {}

  /**
   * Returns the force pledge: FR unconditional, UK after its parliament's approval (revocable), IT
   * and DE blocked by caveats, PL in the air only (its no-land caveat does not bite).
   *
   * @return the pledge builder, to add a term
   */
  public static Pledge.Builder force() {
    return Pledge.builder()
        .id("force")
        .title("Multinational force")
        .kind(PledgeKind.FORCE_DEPLOYMENT)
        .addDomains(Domain.LAND, Domain.AIR)
        .location(Location.IN_BENEFICIARY)
        .bindingForce(BindingForce.DISCRETIONARY_ASSISTANCE)
        .trigger(CEASEFIRE)
        .activation(REQUEST_AND_CESSATION)
        .source(source("Component 3"))
        .addContributions(
            Contribution.of("FR"),
            Contribution.builder()
                .party("UK")
                .condition(
                    Condition.inForce(
                        Condition.occurred("approval", "UK"),
                        Condition.occurred("approval-revoked", "UK")))
                .build(),
            Contribution.of("IT"),
            Contribution.of("DE"),
            Contribution.builder().party("PL").addDomains(Domain.AIR).build());
  }

  /**
   * Returns the agreement builder with every trigger and party, and no pledge.
   *
   * @return the builder
   */
  public static Agreement.Builder base() {
    Caveat noLand =
        Caveat.builder()
            .id("no-land")
            .description("No land forces")
            .addDomains(Domain.LAND)
            .build();
    return Agreement.builder()
        .id("treaty")
        .title("Test treaty")
        .addParty(party("FR"), Role.SIGNATORY)
        .addParty(party("UK"), Role.SIGNATORY)
        .addParty(party("IT", NO_GROUND_TROOPS), Role.SIGNATORY)
        .addParty(party("DE", NOTHING_IN_UKRAINE), Role.SIGNATORY)
        .addParty(party("PL", noLand), Role.SIGNATORY)
        .addParty(party("UA"), Role.BENEFICIARY)
        .addTrigger("ceasefire", "A ceasefire enters into force")
        .addTrigger("ceasefire-collapsed", "The ceasefire collapses")
        .addTrigger("request", "Ukraine requests the force")
        .addTrigger("request-withdrawn", "Ukraine withdraws its request")
        .addTrigger("credible-cessation", "A credible cessation of hostilities is verified")
        .addTrigger("approval", "A parliament approves")
        .addTrigger("approval-revoked", "A parliament revokes its approval")
        .addTrigger("attack", "An armed attack")
        .addTrigger("accession", "NATO accession");
  }

  /**
   * Returns the agreement with the force pledge only.
   *
   * @return the agreement
   */
  public static Agreement agreement() {
    return base().addPledges(force().build()).build();
  }

  /**
   * Starts a scenario.
   *
   * @param name the name
   * @return the builder
   */
  public static Scenario.Builder scenario(String name) {
    return Scenario.builder().name(name);
  }

  /**
   * The three events that make the force fire, at hours 1, 2 and 3.
   *
   * @param asOf the as-of instant
   * @return the builder
   */
  public static Scenario.Builder firing(Instant asOf) {
    return scenario("firing")
        .addEvent("ceasefire", Fixtures.h(1))
        .addEvent("credible-cessation", Fixtures.h(2))
        .addEvent("request", "UA", Fixtures.h(3))
        .asOf(asOf);
  }
}
