package io.github.guarantees.examples;

import static io.github.guarantees.condition.Condition.allOf;
import static io.github.guarantees.condition.Condition.inForce;
import static io.github.guarantees.condition.Condition.occurred;

import io.github.guarantees.analysis.Item;
import io.github.guarantees.analysis.Property;
import io.github.guarantees.analysis.Selector;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Location;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Properties of the Paris agreement for {@link io.github.guarantees.analysis.Analysis}, and a copy
 * of the agreement with an error planted, to show what the analysis finds.
 */
public final class ParisProperties {
  private ParisProperties() {}

  /**
   * The deployment invariant: no force deployment, military hub or protected facility in Ukraine,
   * nor any contribution to one, is {@code ACTIVE} unless Ukraine's request is in force and a
   * credible cessation of hostilities has been verified (component 3: "implemented at Ukraine's
   * request after a credible cessation of hostilities").
   *
   * @return the property
   */
  public static Property deploymentInvariant() {
    return new Property.NeverActiveUnless(
        Selector.builder()
            .kinds(
                PledgeKind.FORCE_DEPLOYMENT, PledgeKind.MILITARY_HUB, PledgeKind.PROTECTED_FACILITY)
            .locations(Location.IN_BENEFICIARY, Location.IN_BENEFICIARY_AWAY_FROM_FRONT)
            .withContributions()
            .build(),
        allOf(
            inForce(Paris2026.UKRAINE_REQUEST, Paris2026.REQUEST_WITHDRAWN),
            occurred(Paris2026.CREDIBLE_CESSATION)));
  }

  /**
   * Reachability: the United Kingdom's part in the military hubs can fire (after a ceasefire, a
   * verified credible cessation, Ukraine's request and a vote of the House of Commons).
   *
   * @return the property
   */
  public static Property ukHubsCanFire() {
    return new Property.CanFire(Item.contribution(Paris2026.MILITARY_HUBS, Paris2026.UK));
  }

  /**
   * Germany's part in the multinational force is blocked in every scenario: its standing caveat
   * (forces on neighbouring NATO territory, not in Ukraine for now) forbids it whatever happens.
   *
   * @return the property
   */
  public static Property germanyNeverDeploysInUkraine() {
    return new Property.Always(
        Item.contribution(Paris2026.MULTINATIONAL_FORCE, Paris2026.DE), Status.BLOCKED);
  }

  /**
   * Returns the Paris agreement with an error planted: the military hubs' activation has lost
   * Ukraine's request and needs only a verified credible cessation. Not a reading of any source: a
   * deliberate mistake for the analysis to find.
   *
   * @return the altered agreement
   */
  public static Agreement hubsWithoutRequest() {
    Agreement paris = Paris2026.agreement();
    List<Pledge> pledges = new ArrayList<>();
    for (Pledge p : paris.pledges()) {
      pledges.add(
          p.id().equals(Paris2026.MILITARY_HUBS)
              ? Pledge.builder().from(p).activation(occurred(Paris2026.CREDIBLE_CESSATION)).build()
              : p);
    }
    return Agreement.builder().from(paris).pledges(pledges).build();
  }
}
