package io.github.guarantees;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Caveat;
import io.github.guarantees.model.Domain;
import io.github.guarantees.model.Location;
import io.github.guarantees.model.Party;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Role;
import io.github.guarantees.model.Source;
import java.time.Duration;
import java.time.Instant;

/** Small building blocks shared by the core's tests. */
public final class Fixtures {
  /** The origin of every test timeline. */
  public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private Fixtures() {}

  /**
   * Returns the instant a number of hours after {@link #T0}.
   *
   * @param hours the offset
   * @return the instant
   */
  public static Instant h(long hours) {
    return T0.plus(Duration.ofHours(hours));
  }

  /**
   * Returns a source clause for test pledges.
   *
   * @param clause the clause
   * @return the source
   */
  public static Source source(String clause) {
    return Source.builder()
        .document("Test Declaration")
        .clause(clause)
        .quote("the words of " + clause)
        .build();
  }

  /**
   * Returns a party without caveats.
   *
   * @param id the id
   * @return the party
   */
  public static Party party(String id) {
    return Party.builder().id(id).name("Party " + id).build();
  }

  /**
   * Returns a party with caveats.
   *
   * @param id the id
   * @param caveats the caveats
   * @return the party
   */
  public static Party party(String id, Caveat... caveats) {
    return Party.builder().id(id).name("Party " + id).addCaveats(caveats).build();
  }

  /**
   * Returns a pledge builder with every required attribute but the activation set: a monitoring
   * pledge at home, discretionary, in the land domain.
   *
   * @param id the pledge id
   * @return the builder
   */
  public static Pledge.Builder pledge(String id) {
    return Pledge.builder()
        .id(id)
        .title("Pledge " + id)
        .kind(PledgeKind.MONITORING)
        .addDomains(Domain.LAND)
        .location(Location.AT_HOME)
        .bindingForce(BindingForce.DISCRETIONARY_ASSISTANCE)
        .source(source("clause of " + id));
  }

  /**
   * Returns an agreement builder declaring the given triggers and parties P and Q.
   *
   * @param triggers trigger ids
   * @return the builder
   */
  public static Agreement.Builder agreement(String... triggers) {
    Agreement.Builder b =
        Agreement.builder()
            .id("test")
            .title("Test agreement")
            .addParty(party("P"), Role.SIGNATORY)
            .addParty(party("Q"), Role.BENEFICIARY);
    for (String t : triggers) {
      b.addTrigger(t, "event " + t);
    }
    return b;
  }

  /**
   * Returns a one-pledge agreement whose pledge {@code p} fires exactly when the condition holds.
   *
   * @param activation the activation condition
   * @param triggers the triggers to declare
   * @return the agreement
   */
  public static Agreement firingWhen(Condition activation, String... triggers) {
    return agreement(triggers)
        .addPledges(pledge("p").trigger(Condition.always()).activation(activation).build())
        .build();
  }
}
