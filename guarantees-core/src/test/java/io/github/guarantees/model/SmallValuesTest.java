package io.github.guarantees.model;

import static io.github.guarantees.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.guarantees.condition.Condition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The small values of the model: what each refuses (with the message naming the element), how each
 * is written, and the few facts each derives (a citation, whether a location is in the beneficiary,
 * the order of binding forces).
 */
class SmallValuesTest {
  private static final String RULE =
      "an id starts with a letter or digit, holds only letters, digits, '.', '_' and '-', and is at"
          + " most 100 characters long";

  private static Source.Builder source() {
    return Source.builder().document("Declaration").clause("Art. 1").quote("words");
  }

  @Test
  void aCitationSaysHowFaithfulTheSourceIsUnlessItIsVerbatim() {
    assertThat(source().fidelity(Fidelity.VERBATIM).build().citation())
        .isEqualTo("Declaration, Art. 1");
    assertThat(source().fidelity(Fidelity.VERBATIM_TRANSLATION).build().citation())
        .isEqualTo("Declaration, Art. 1 (translation)");
    assertThat(source().build().citation()).isEqualTo("Declaration, Art. 1 (summary only)");
    assertThat(source().fidelity(Fidelity.PRESS_REPORT).build().citation())
        .isEqualTo("Declaration, Art. 1 (press-reported)");
  }

  @Test
  void aSourceNeedsADocumentAClauseAndAQuote() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> source().document(" ").build())
        .withMessage("source: the document is blank");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> source().clause(" ").build())
        .withMessage("source Declaration: the clause is blank");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> source().quote(" ").build())
        .withMessage("source Declaration, Art. 1: the quote is blank");
  }

  @Test
  void aTriggerAndARegionCheckTheirIdsAndTexts() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Trigger.of("a b", "An event"))
        .withMessage("trigger 'a b': " + RULE);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Trigger.of("ab", " "))
        .withMessage("trigger 'ab': the description is blank");
    assertThat(Trigger.of("ab", "An event").toString()).isEqualTo("ab");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Region.of("e u", "Europe"))
        .withMessage("region 'e u': " + RULE);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Region.of("eu", "Europe", "FR", "-x"))
        .withMessage("region 'eu': contains '-x': " + RULE);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Region.of("eu", " "))
        .withMessage("region 'eu': name: the name is blank");
    assertThat(Region.of("eu", "Europe", "FR").toString()).isEqualTo("eu");
  }

  @Test
  void aMembershipChangeIsAnInstantOrAnEventWithAnOptionalNotice() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> ImmutableMembershipChange.builder().build())
        .withMessage("membership change: give either an instant or an event, not neither");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(
            () ->
                ImmutableMembershipChange.builder()
                    .at(h(1))
                    .on(Condition.occurred("accession"))
                    .build())
        .withMessage("membership change: give either an instant or an event, not both");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> MembershipChange.at(h(1)).afterNotice(Duration.ofDays(-1)))
        .withMessage("membership change: the notice PT-24H is negative");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> MembershipChange.on(Condition.occurred("accession").in("UA")))
        .withMessage(
            "membership change on occurred(accession in UA): the pattern may name a trigger and an"
                + " actor only");
    assertThat(MembershipChange.at(h(1)).toString()).isEqualTo("2026-01-01T01:00:00Z");
    assertThat(MembershipChange.on(Condition.occurred("accession", "UA")).toString())
        .isEqualTo("on occurred(accession by UA)");
    assertThat(MembershipChange.at(h(1)).afterNotice(Duration.ofDays(365)).toString())
        .isEqualTo("2026-01-01T01:00:00Z + notice PT8760H");
  }

  @Test
  void locationsInTheBeneficiaryAndTheOrderOfBindingForces() {
    assertThat(Location.values())
        .filteredOn(Location::inBeneficiary)
        .containsExactlyInAnyOrder(
            Location.IN_BENEFICIARY, Location.IN_BENEFICIARY_AWAY_FROM_FRONT);
    // from the weakest to the strongest
    List<BindingForce> order =
        List.of(
            BindingForce.POLITICAL_DECLARATION,
            BindingForce.CONSULTATION,
            BindingForce.DISCRETIONARY_ASSISTANCE,
            BindingForce.LEGALLY_BINDING_ASSISTANCE,
            BindingForce.AUTOMATIC_COLLECTIVE_DEFENCE);
    for (int i = 0; i < order.size(); i++) {
      for (int j = 0; j < order.size(); j++) {
        assertThat(order.get(i).isAtLeast(order.get(j)))
            .as("%s %s", order.get(i), order.get(j))
            .isEqualTo(i >= j);
      }
    }
  }

  @Test
  void aPartyIsWrittenByNameAndIdAndHasItsAttributes() {
    Party p =
        Party.builder().id("FR").name("France").addAttributes(PartyAttribute.EU_MEMBER).build();
    assertThat(p.toString()).isEqualTo("France (FR)");
    assertThat(p.is(PartyAttribute.EU_MEMBER)).isTrue();
    assertThat(p.is(PartyAttribute.NUCLEAR_POWER)).isFalse();
    assertThat(Participant.of(p, Role.SIGNATORY).roles()).containsExactly(Role.SIGNATORY);
  }

  @Test
  void aMembershipIsWrittenWithItsChanges() {
    Membership m = Membership.of("C").joins(MembershipChange.at(h(10))).absent(h(20), h(30));
    assertThat(m.absences()).containsExactly(new Membership.Absence(h(20), h(30)));
    assertThat(m.absences().get(0).toString())
        .isEqualTo("away 2026-01-01T20:00:00Z until 2026-01-02T06:00:00Z");
  }

  @Test
  void aValidationExceptionCountsItsProblemsAndNeedsOne() {
    Problem one = new Problem(Site.party("P"), "duplicate party id");
    assertThat(new ValidationException("agreement 'a'", List.of(one)))
        .hasMessage("agreement 'a' is invalid (1 problem):\n  - party 'P': duplicate party id")
        .satisfies(e -> assertThat(e.problems()).containsExactly(one));
    Problem two = new Problem(Site.trigger("t"), "duplicate trigger id");
    assertThat(new ValidationException("agreement 'a'", List.of(one, two)))
        .hasMessage(
            "agreement 'a' is invalid (2 problems):\n  - party 'P': duplicate party id\n  -"
                + " trigger 't': duplicate trigger id");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new ValidationException("agreement 'a'", List.of()))
        .withMessage("a validation exception needs at least one problem");
  }

  @Test
  void aCaveatForbidsWhatMatchesEveryPartItRestricts() {
    Caveat groundInUkraine =
        Caveat.builder()
            .id("no-ground")
            .description("No ground troops in Ukraine")
            .addKinds(PledgeKind.FORCE_DEPLOYMENT)
            .addDomains(Domain.LAND)
            .addLocations(Location.IN_BENEFICIARY)
            .build();
    Set<Domain> land = Set.of(Domain.LAND, Domain.AIR);
    assertThat(groundInUkraine.forbids(PledgeKind.FORCE_DEPLOYMENT, land, Location.IN_BENEFICIARY))
        .isTrue();
    assertThat(groundInUkraine.forbids(PledgeKind.MONITORING, land, Location.IN_BENEFICIARY))
        .as("another kind")
        .isFalse();
    assertThat(groundInUkraine.forbids(PledgeKind.FORCE_DEPLOYMENT, land, Location.AT_HOME))
        .as("another location")
        .isFalse();
    assertThat(
            groundInUkraine.forbids(
                PledgeKind.FORCE_DEPLOYMENT, Set.of(Domain.AIR), Location.IN_BENEFICIARY))
        .as("no restricted domain")
        .isFalse();
    assertThat(
            groundInUkraine.forbids(PledgeKind.FORCE_DEPLOYMENT, Set.of(), Location.IN_BENEFICIARY))
        .as("no domain at all")
        .isFalse();
    Caveat anywhereAtHome =
        Caveat.builder()
            .id("at-home")
            .description("Nothing at home")
            .addLocations(Location.AT_HOME)
            .build();
    assertThat(anywhereAtHome.forbids(PledgeKind.MONITORING, Set.of(), Location.AT_HOME)).isTrue();
    assertThat(anywhereAtHome.forbids(PledgeKind.MONITORING, Set.of(), Location.IN_BENEFICIARY))
        .isFalse();
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Caveat.builder().id("none").description("Nothing").build())
        .withMessage("caveat 'none': restrict at least one of kinds, domains or locations");
  }

  @Test
  void aPowerActsOnAPledgeOrTerminatesTheAgreement() {
    assertThat(Power.suspend("force", Condition.occurred("vote")).toString())
        .isEqualTo("suspend force on occurred(vote)");
    assertThat(Power.terminateAgreement(Condition.occurred("notice")).toString())
        .isEqualTo("terminate the agreement on occurred(notice)");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(
            () ->
                ImmutablePower.of(
                    Power.Action.RESUME, Optional.empty(), Condition.occurred("vote")))
        .withMessage(
            "a power to RESUME names the pledge it acts on; only termination may act on the"
                + " agreement");
  }

  @Test
  void aTermEndsAtSomePointAndCountsAPositiveDuration() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Term.builder().build())
        .withMessage("term: give at least one of endsAt, lastsFor or endsWhen");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Term.lastsFor(Duration.ZERO))
        .withMessage("term: lastsFor must be positive");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(
            () -> Term.builder().endsAt(h(1)).since(Condition.occurred("ceasefire")).build())
        .withMessage("term: since needs lastsFor (the duration it starts)");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Term.endsAt(Instant.MAX))
        .withMessageStartingWith("term: endsAt: ");
    assertThat(Term.lastsFor(Duration.ofDays(1)).lastsFor()).hasValue(Duration.ofDays(1));
  }

  @Test
  void aDeadlineIsWrittenWithItsBoundAndRefusesWhatCannotBe() {
    assertThat(Deadline.of("pay", Duration.ofDays(2)).toString())
        .isEqualTo("occurred(pay) within PT48H");
    assertThat(Deadline.of("pay", Duration.ofDays(2)).exclusive().toString())
        .isEqualTo("occurred(pay) strictly within PT48H");
    assertThat(Deadline.by(Condition.occurred("pay"), h(7)).toString())
        .isEqualTo("occurred(pay) by 2026-01-01T07:00:00Z");
    assertThat(Deadline.by(Condition.occurred("pay"), h(7)).exclusive().toString())
        .isEqualTo("occurred(pay) strictly before 2026-01-01T07:00:00Z");
    assertThat(Deadline.noLimit(Condition.occurred("pay")).toString())
        .isEqualTo("occurred(pay) with no time limit");
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> Deadline.noLimit(Condition.occurred("pay")).exclusive())
        .withMessage(
            "occurred(pay) with no time limit: an obligation with no time limit has no bound");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Deadline.of("pay", Duration.ZERO))
        .withMessage("deadline for occurred(pay): within must be positive, was PT0S");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(
            () ->
                ImmutableDeadline.of(
                    Condition.occurred("pay"),
                    Optional.of(Duration.ofDays(1)),
                    Optional.of(h(7)),
                    false))
        .withMessage("deadline for occurred(pay): give a duration or a due instant, not both");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(
            () ->
                ImmutableDeadline.of(
                    Condition.occurred("pay"), Optional.empty(), Optional.empty(), true))
        .withMessage(
            "deadline for occurred(pay): an obligation with no time limit has no bound to exclude");
  }

  @Test
  void aDeadlineIsMetAtOrStrictlyBeforeItsDueInstant() {
    Deadline closed = Deadline.of("pay", Duration.ofHours(2));
    Deadline open = closed.exclusive();
    assertThat(closed.dueBy(h(1))).hasValue(h(3));
    assertThat(closed.violatedFrom(h(1))).hasValue(h(3).plusNanos(1));
    assertThat(open.violatedFrom(h(1))).hasValue(h(3));
    assertThat(closed.inTime(h(3), h(3))).isTrue();
    assertThat(open.inTime(h(3), h(3))).isFalse();
    assertThat(open.inTime(h(3).minusNanos(1), h(3))).isTrue();
    assertThat(closed.inTime(h(3).plusNanos(1), h(3))).isFalse();
    // a fixed due instant already passed when the obligation starts is violated from its start
    Deadline fixed = Deadline.by(Condition.occurred("pay"), h(2));
    assertThat(fixed.violatedFrom(h(5))).hasValue(h(5));
    assertThat(fixed.dueBy(h(5))).hasValue(h(2));
    assertThat(Deadline.noLimit(Condition.occurred("pay")).violatedFrom(h(1))).isEmpty();
  }
}
