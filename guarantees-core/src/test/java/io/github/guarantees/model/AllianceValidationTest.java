package io.github.guarantees.model;

import static io.github.guarantees.Fixtures.party;
import static io.github.guarantees.Fixtures.pledge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.PartyPattern;
import io.github.guarantees.condition.Standing;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Every problem with the constructs of alliances and with where conditions appear, found in one
 * pass and each at its site: regions, memberships, the agreement's term and default trigger, sets
 * of parties, readings, deadlines, powers, restraints, patterns of actors, targets and places.
 */
class AllianceValidationTest {
  private static List<Problem> problems(ThrowingCallable build) {
    ValidationException e = catchThrowableOfType(ValidationException.class, build);
    assertThat(e).as("a ValidationException").isNotNull();
    return e.problems();
  }

  private static Agreement.Builder pact() {
    return Agreement.builder()
        .id("pact")
        .title("A pact")
        .addParty(party("A"), Role.SIGNATORY)
        .addParty(party("B"), Role.SIGNATORY)
        .addParty(party("U"), Role.BENEFICIARY)
        .addTrigger("attack", "An armed attack");
  }

  @Test
  void everyProblemOfAllianceConstructsAndConditionSitesInOnePass() {
    List<Problem> ps =
        problems(
            () ->
                pact()
                    .date(LocalDate.of(10_000, 1, 1))
                    .addRegions(
                        Region.of("europe", "Europe", "A", "B"),
                        Region.of("europe", "Europe again", "A"),
                        Region.of("U", "Ukraine"),
                        Region.of("east", "The east", "europe", "atlantis"))
                    .addMemberships(
                        Membership.of("A"),
                        Membership.of("A"),
                        Membership.of("X"),
                        Membership.of("U"),
                        Membership.of("B")
                            .joins(MembershipChange.on(Condition.occurred("atack")))
                            .leaves(MembershipChange.on(Condition.occurred("exit", "B"))))
                    .term(Term.endsWhen(Condition.occurred("peace")))
                    .defaultTrigger(Condition.occurred("atack"))
                    .addPledges(
                        pledge("p1").owedTo(PartyPattern.named("Z")).build(),
                        pledge("p2").owedTo(PartyPattern.hasRole("ALLY")).build(),
                        pledge("p3")
                            .owedTo(
                                PartyPattern.both(
                                    PartyPattern.member(), PartyPattern.hasAttribute("ISLAND")))
                            .build(),
                        pledge("p4").owedTo(PartyPattern.owed()).build(),
                        pledge("p5").owedParty("A").build(),
                        pledge("p6")
                            .addReadings(
                                Reading.builder()
                                    .name("narrow")
                                    .note("a narrow reading")
                                    .trigger(Condition.occurred("t1"))
                                    .activation(Condition.occurred("t2"))
                                    .term(Term.endsWhen(Condition.occurred("t3")))
                                    .build())
                            .build(),
                        pledge("p7").deadline(Deadline.of("t4", Duration.ofDays(1))).build(),
                        pledge("p8")
                            .kind(PledgeKind.POWER)
                            .power(Power.suspend("p7", Condition.occurred("t5")))
                            .build(),
                        pledge("p9")
                            .addRefrainsFrom(Condition.occurred("attack"), Condition.occurred("t6"))
                            .build(),
                        pledge("p10")
                            .trigger(
                                Condition.occurred("attack")
                                    .by(PartyPattern.hasRole("ALLY"))
                                    .against(PartyPattern.named("Z"))
                                    .in("atlantis"))
                            .activation(Condition.occurred("attack").by(PartyPattern.named("Y")))
                            .term(
                                Term.endsWhen(
                                    Condition.occurred("attack").against(PartyPattern.owed())))
                            .build())
                    .build());
    assertThat(ps)
        .containsExactly(
            new Problem(
                Site.agreement("pact", "date"),
                "+10000-01-01 is out of range; dates must lie in years 1 to 9999"),
            new Problem(Site.region("europe", ""), "duplicate region id"),
            new Problem(
                Site.region("U", "id"),
                "the id is a party's; a party's id already stands for its territory"),
            new Problem(Site.region("east", "contains"), "contains unknown place 'atlantis'"),
            new Problem(Site.membership("A", ""), "duplicate membership id"),
            new Problem(Site.membership("X", "party"), "party 'X' is not in the agreement"),
            new Problem(
                Site.membership("U", ""), "only a signatory is a member; give the party that role"),
            new Problem(
                Site.membership("B", "joins.on"),
                "unknown trigger 'atack'; did you mean 'attack'? (declare it with addTrigger)"),
            new Problem(
                Site.membership("B", "leaves.on"),
                "unknown trigger 'exit' (declare it with addTrigger)"),
            new Problem(
                Site.agreement("pact", "term.endsWhen"),
                "unknown trigger 'peace' (declare it with addTrigger)"),
            new Problem(
                Site.agreement("pact", "defaultTrigger"),
                "unknown trigger 'atack'; did you mean 'attack'? (declare it with addTrigger)"),
            new Problem(Site.pledge("p1", "owedTo"), "unknown party 'Z'"),
            new Problem(
                Site.pledge("p2", "owedTo"),
                "unknown role 'ALLY' (one of [SIGNATORY, BENEFICIARY, NON_SIGNATORY_SUPPORTER, OBSERVER, THIRD_PARTY])"),
            new Problem(
                Site.pledge("p3", "owedTo"),
                "unknown party attribute 'ISLAND' (one of [NATO_MEMBER, EU_MEMBER, NUCLEAR_POWER, UN_SECURITY_COUNCIL_PERMANENT_MEMBER])"),
            new Problem(
                Site.pledge("p4", "owedTo"),
                "'the party owed' is only meaningful in a pledge owed to a set of parties (owedTo)"),
            new Problem(
                Site.pledge("p5", "owedParty"),
                "an instance's owed party needs the set it belongs to (owedTo)"),
            new Problem(
                Site.pledge("p6", "readings[narrow].trigger"),
                "unknown trigger 't1' (declare it with addTrigger)"),
            new Problem(
                Site.pledge("p6", "readings[narrow].activation"),
                "unknown trigger 't2' (declare it with addTrigger)"),
            new Problem(
                Site.pledge("p6", "readings[narrow].term.endsWhen"),
                "unknown trigger 't3' (declare it with addTrigger)"),
            new Problem(
                Site.pledge("p7", "deadline.fulfilledBy"),
                "unknown trigger 't4' (declare it with addTrigger)"),
            new Problem(
                Site.pledge("p8", "power.exercisedBy"),
                "unknown trigger 't5' (declare it with addTrigger)"),
            new Problem(
                Site.pledge("p9", "refrainsFrom[1]"),
                "unknown trigger 't6' (declare it with addTrigger)"),
            new Problem(
                Site.pledge("p10", "trigger"),
                "unknown role 'ALLY' (one of [SIGNATORY, BENEFICIARY, NON_SIGNATORY_SUPPORTER, OBSERVER, THIRD_PARTY]) in occurred(attack by @role:ALLY against Z in atlantis)"),
            new Problem(
                Site.pledge("p10", "trigger"),
                "unknown party 'Z' in occurred(attack by @role:ALLY against Z in atlantis)"),
            new Problem(
                Site.pledge("p10", "trigger"),
                "unknown place 'atlantis' in occurred(attack by @role:ALLY against Z in atlantis)"),
            new Problem(
                Site.pledge("p10", "activation"), "unknown party 'Y' in occurred(attack by Y)"),
            new Problem(
                Site.pledge("p10", "term.endsWhen"),
                "'the party owed' is only meaningful in a pledge owed to a set of parties (owedTo) in occurred(attack against @owed)"));
  }

  @Test
  void theAgreementsTermNeedsADateForADurationAndCannotNameStatuses() {
    List<Problem> ps =
        problems(
            () ->
                pact()
                    .term(
                        Term.builder()
                            .lastsFor(Duration.ofDays(30))
                            .endsWhen(Condition.statusIs("p", Standing.ACTIVE))
                            .build())
                    .addPledges(pledge("p").build())
                    .build());
    assertThat(ps)
        .containsExactly(
            new Problem(
                Site.agreement("pact", "term.lastsFor"),
                "a duration counted from the agreement's date needs a date; give the agreement a date, or the term a since condition"),
            new Problem(
                Site.agreement("pact", "term.endsWhen"),
                "the agreement's term cannot name the status of a pledge (its end changes every status); name events"));
  }

  /**
   * Conditions on statuses are checked once everything else is valid: each names an evaluated
   * pledge (one instance of a pledge owed to a set) and a contributing party, a problem once per
   * pledge, a power's target once for all instances, and a cycle once, on its first pledge.
   */
  @Test
  void conditionsOnStatusesNameEvaluatedPledgesWithoutCycles() {
    List<Problem> ps =
        problems(
            () ->
                pact()
                    .addPledges(
                        pledge("a").activation(Condition.active("b")).build(),
                        pledge("b").activation(Condition.active("a")).build(),
                        pledge("c")
                            .trigger(Condition.active("zz"))
                            .activation(Condition.active("zz"))
                            .build(),
                        pledge("d")
                            .activation(Condition.statusIs("e", "A", Standing.ACTIVE))
                            .build(),
                        pledge("e").addContributions(Contribution.of("B")).build(),
                        pledge("s").owedTo(PartyPattern.member()).build(),
                        pledge("f").activation(Condition.active("s")).build(),
                        pledge("g")
                            .kind(PledgeKind.POWER)
                            .power(Power.suspend("nope", Condition.occurred("attack")))
                            .build(),
                        pledge("i")
                            .owedTo(PartyPattern.member())
                            .kind(PledgeKind.POWER)
                            .power(Power.suspend("nope", Condition.occurred("attack")))
                            .build())
                    .build());
    assertThat(ps)
        .containsExactly(
            new Problem(Site.pledge("c", "trigger"), "unknown pledge 'zz' in active(zz)"),
            new Problem(
                Site.pledge("d", "activation"),
                "party 'A' does not contribute to pledge 'e' in active(e, A)"),
            new Problem(
                Site.pledge("f", "activation"),
                "pledge 's' is owed to each party of a set; name one instance (s@<party>) in active(s)"),
            new Problem(Site.pledge("g", "power.target"), "unknown pledge 'nope'"),
            new Problem(Site.pledge("i", "power.target"), "unknown pledge 'nope'"),
            new Problem(
                Site.pledge("a", "status conditions"),
                "pledges depend on their own status through conditions on statuses: a -> b -> a"));
  }
}
