package io.github.guarantees.evaluation;

import static io.github.guarantees.Fixtures.h;
import static io.github.guarantees.Fixtures.party;
import static io.github.guarantees.Fixtures.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.EventRole;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.PartyPattern;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Membership;
import io.github.guarantees.model.MembershipChange;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Problem;
import io.github.guarantees.model.Region;
import io.github.guarantees.model.Role;
import io.github.guarantees.model.ValidationException;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The constructs of alliances, one rule of docs/SEMANTICS.md per test, on a small defence pact:
 * members A, B, C (C joins at hour 10), third party Z; "an armed attack against one or more of them
 * in the treaty area is an attack against them all". Every status is checked in the kernel and in
 * the reference evaluator.
 */
class AllianceSemanticsTest {
  private static final Occurred ATTACK_ON_OWED =
      Condition.occurred("armed-attack").against(PartyPattern.owed()).in("treaty-area");

  private static Agreement.Builder pact() {
    return Agreement.builder()
        .id("pact")
        .title("A defence pact")
        .addParty(party("A"), Role.SIGNATORY)
        .addParty(party("B"), Role.SIGNATORY)
        .addParty(party("C"), Role.SIGNATORY)
        .addParty(party("Z"), Role.THIRD_PARTY)
        .addTrigger("armed-attack", "An armed attack")
        .addTrigger("denounce", "A party gives notice of denunciation")
        .addRegions(
            Region.of("europe", "Europe", "A", "B"),
            Region.of("treaty-area", "The treaty area", "europe", "C"))
        .addMemberships(Membership.of("C").joins(MembershipChange.at(h(10))));
  }

  private static Pledge.Builder defence() {
    return Pledge.builder()
        .id("defence")
        .title("Collective defence")
        .kind(PledgeKind.DIPLOMATIC_ACTION)
        .bindingForce(BindingForce.POLITICAL_DECLARATION)
        .source(source("art-5"))
        .owedTo(PartyPattern.member())
        .trigger(ATTACK_ON_OWED)
        .addContributions(Contribution.of("A"), Contribution.of("B"), Contribution.of("C"));
  }

  private static Scenario scenario(Event... events) {
    return Scenario.builder().name("s").addEvents(events).asOf(h(100)).build();
  }

  private static Event attack(String by, String on, String in, long hour) {
    return Event.builder()
        .trigger("armed-attack")
        .party(by)
        .target(on)
        .place(in)
        .at(h(hour))
        .build();
  }

  /** The kernel's assessment, after checking every status against the reference evaluator. */
  private static Assessment assess(Agreement agreement, Scenario scenario) {
    Assessment a = Evaluator.compile(agreement).evaluate(scenario);
    assertThat(DifferentialTest.statuses(a.pledges()))
        .isEqualTo(DifferentialTest.statuses(ReferenceEvaluator.of(agreement).assess(scenario)));
    return a;
  }

  @Test
  void aPledgeOwedToEachMemberHasOneInstancePerPartyThatCanBeAMember() {
    Agreement a = pact().addPledges(defence().build()).build();
    assertThat(a.instances())
        .extracting(Pledge::id)
        .containsExactly("defence@A", "defence@B", "defence@C");
    Pledge forB = a.instances().get(1);
    assertThat(forB.owedParty()).hasValue("B");
    assertThat(forB.baseId()).isEqualTo("defence");
    assertThat(forB.contributions()).extracting(Contribution::party).containsExactly("A", "C");
  }

  @Test
  void anAttackOnOneMemberCreatesThePledgeOwedToThatMemberOnly() {
    Assessment a =
        assess(pact().addPledges(defence().build()).build(), scenario(attack("Z", "B", "B", 20)));
    assertThat(a.status("defence@B")).isEqualTo(Status.ACTIVE);
    assertThat(a.status("defence@B", "A")).isEqualTo(Status.ACTIVE);
    assertThat(a.status("defence@A")).isEqualTo(Status.DORMANT);
    assertThat(a.status("defence@C")).isEqualTo(Status.DORMANT);
  }

  @Test
  void aMemberAwayBetweenLeavingAndRejoiningIsNotOwedHelpForAnAttackWhileAway() {
    Agreement pact =
        pact()
            .memberships(
                List.of(Membership.of("C").joins(MembershipChange.at(h(10))).absent(h(20), h(30))))
            .addPledges(defence().build())
            .build();
    assertThat(assess(pact, scenario(attack("Z", "C", "C", 15))).status("defence@C"))
        .as("before it left")
        .isEqualTo(Status.ACTIVE);
    assertThat(assess(pact, scenario(attack("Z", "C", "C", 20))).status("defence@C"))
        .as("from the instant it left")
        .isEqualTo(Status.DORMANT);
    assertThat(assess(pact, scenario(attack("Z", "C", "C", 30))).status("defence@C"))
        .as("from the instant it rejoined")
        .isEqualTo(Status.ACTIVE);
  }

  @Test
  void absencesMustEndAfterTheyBeginAndComeInOrder() {
    Membership c = Membership.of("C").absent(h(20), h(30));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> c.absent(h(25), h(40)))
        .withMessageContaining("membership of C")
        .withMessageContaining("in order and apart");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> c.absent(h(50), h(50)))
        .withMessageContaining("not after it leaves");
    assertThat(c.absent(h(30), h(40)).absences()).hasSize(2);
  }

  @Test
  void aStateAttackedBeforeItJoinedIsNotOwedHelpForThatAttack() {
    Agreement pact = pact().addPledges(defence().build()).build();
    assertThat(assess(pact, scenario(attack("Z", "C", "C", 5))).status("defence@C"))
        .isEqualTo(Status.DORMANT);
    assertThat(assess(pact, scenario(attack("Z", "C", "C", 10))).status("defence@C"))
        .isEqualTo(Status.ACTIVE);
  }

  @Test
  void aLeaveTakesEffectAfterItsNotice() {
    Agreement pact =
        pact()
            .memberships(
                List.of(
                    Membership.of("B")
                        .leaves(
                            MembershipChange.on(Condition.occurred("denounce", "B"))
                                .afterNotice(Duration.ofHours(12)))))
            .addPledges(defence().build())
            .build();
    Event denounce = Event.of("denounce", "B", h(1));
    assertThat(assess(pact, scenario(denounce, attack("Z", "B", "B", 12))).status("defence@B"))
        .isEqualTo(Status.ACTIVE);
    assertThat(assess(pact, scenario(denounce, attack("Z", "B", "B", 13))).status("defence@B"))
        .isEqualTo(Status.DORMANT);
  }

  @Test
  void aPlaceMatchesTheRegionsThatContainItAndNoOthers() {
    Agreement pact = pact().addPledges(defence().build()).build();
    // A's territory lies in Europe, which lies in the treaty area.
    assertThat(assess(pact, scenario(attack("Z", "A", "A", 20))).status("defence@A"))
        .isEqualTo(Status.ACTIVE);
    // An attack on A's forces in Z's territory is outside the treaty area.
    assertThat(assess(pact, scenario(attack("Z", "A", "Z", 20))).status("defence@A"))
        .isEqualTo(Status.DORMANT);
  }

  @Test
  void atLeastPartiesCountsDistinctAttackers() {
    Agreement pact =
        pact()
            .addParty(party("Y"), Role.THIRD_PARTY)
            .addPledges(
                defence()
                    .trigger(
                        Condition.atLeastParties(
                            2,
                            Condition.occurred("armed-attack").against(PartyPattern.owed()),
                            EventRole.ACTOR))
                    .build())
            .build();
    assertThat(
            assess(pact, scenario(attack("Z", "A", "A", 20), attack("Z", "A", "A", 21)))
                .status("defence@A"))
        .isEqualTo(Status.DORMANT);
    assertThat(
            assess(pact, scenario(attack("Z", "A", "A", 20), attack("Y", "A", "A", 21)))
                .status("defence@A"))
        .isEqualTo(Status.ACTIVE);
  }

  @Test
  void aNonAggressionPledgeIsBreachedByTheMemberThatAttacksAnother() {
    Occurred aggression =
        Condition.occurred("armed-attack").by(PartyPattern.member()).against(PartyPattern.member());
    Agreement pact =
        pact()
            .addPledges(
                Pledge.builder()
                    .id("non-aggression")
                    .title("Non-aggression among members")
                    .kind(PledgeKind.RESTRAINT)
                    .bindingForce(BindingForce.POLITICAL_DECLARATION)
                    .source(source("art-1"))
                    .trigger(Condition.always())
                    .addRefrainsFrom(aggression)
                    .addContributions(
                        Contribution.of("A"), Contribution.of("B"), Contribution.of("C"))
                    .build())
            .build();
    Assessment attackOnOutsider = assess(pact, scenario(attack("A", "Z", "Z", 20)));
    assertThat(attackOnOutsider.status("non-aggression")).isEqualTo(Status.ACTIVE);
    Assessment attackOnMember = assess(pact, scenario(attack("A", "B", "B", 20)));
    assertThat(attackOnMember.status("non-aggression")).isEqualTo(Status.VIOLATED);
    assertThat(attackOnMember.status("non-aggression", "A")).isEqualTo(Status.VIOLATED);
    assertThat(attackOnMember.status("non-aggression", "B")).isEqualTo(Status.ACTIVE);
    // C was not yet a member at hour 5: attacking it then breaches nothing.
    assertThat(assess(pact, scenario(attack("A", "C", "C", 5))).status("non-aggression"))
        .isEqualTo(Status.ACTIVE);
  }

  @Test
  void theExplanationNamesTheAttackStillNeededAsDataAndInWords() {
    Assessment a =
        assess(pact().addPledges(defence().build()).build(), scenario(attack("Z", "A", "A", 20)));
    Explanation why = a.explain("defence@B");
    Occurred needed =
        Condition.occurred("armed-attack")
            .against(PartyPattern.both(PartyPattern.named("B"), PartyPattern.member()))
            .in("treaty-area");
    assertThat(why.status()).isEqualTo(Status.DORMANT);
    assertThat(why.causes())
        .filteredOn(Cause.NeedsEvents.class::isInstance)
        .singleElement()
        .satisfies(
            c ->
                assertThat(((Cause.NeedsEvents) c).eventSets())
                    .containsExactly(com.google.common.collect.ImmutableSet.of(needed)));
    // The rendering of that pattern, for readers.
    assertThat(PatternText.of(needed))
        .isEqualTo("armed-attack against B (while a member) in treaty-area");
  }

  @Test
  void owedOutsideAPledgeOwedToASetIsRejectedNamingThePledge() {
    assertThatExceptionOfType(ValidationException.class)
        .isThrownBy(
            () ->
                pact()
                    .addPledges(defence().owedTo(java.util.Optional.empty()).id("plain").build())
                    .build())
        .satisfies(
            e ->
                assertThat(e.problems())
                    .extracting(Problem::where)
                    .containsExactly("pledge 'plain' trigger"));
  }

  @Test
  void unknownRolesAttributesAndPlacesAreEachReported() {
    assertThatExceptionOfType(ValidationException.class)
        .isThrownBy(
            () ->
                pact()
                    .addPledges(
                        defence()
                            .trigger(
                                Condition.occurred("armed-attack")
                                    .by(PartyPattern.hasRole("ALLY"))
                                    .against(PartyPattern.hasAttribute("ISLAND"))
                                    .in("atlantis"))
                            .build())
                    .build())
        .satisfies(e -> assertThat(e.problems()).hasSize(3));
  }

  @Test
  void anEventNamingAnUnknownTargetOrPlaceIsAProblemAtThatField() {
    Agreement pact = pact().addPledges(defence().build()).build();
    assertThat(Evaluator.compile(pact).problems(scenario(attack("Z", "Q", "nowhere", 1))))
        .extracting(Problem::where)
        .containsExactly("events[0].target", "events[0].place");
  }
}
