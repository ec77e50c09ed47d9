package io.github.guarantees.model;

import static io.github.guarantees.Fixtures.pledge;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.PartyPattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A pledge owed to a set has one instance per party that can belong to the set, and in each
 * instance "the party owed" becomes that party while it belongs, every other pattern kept.
 */
class InstancesTest {
  private static Agreement.Builder parties() {
    return Agreement.builder()
        .id("pact")
        .title("A pact")
        .addParty(
            Party.builder().id("A").name("A").addAttributes(PartyAttribute.NATO_MEMBER).build(),
            Role.SIGNATORY)
        .addParty(Party.builder().id("B").name("B").build(), Role.SIGNATORY)
        .addParty(
            Party.builder().id("U").name("U").addAttributes(PartyAttribute.EU_MEMBER).build(),
            Role.BENEFICIARY)
        .addParty(Party.builder().id("Z").name("Z").build(), Role.OBSERVER)
        .addTrigger("attack", "An armed attack");
  }

  private static Agreement owedTo(PartyPattern set, Condition trigger) {
    return parties()
        .addPledges(
            pledge("p")
                .owedTo(set)
                .trigger(trigger)
                .addContributions(Contribution.of("A"), Contribution.of("B"))
                .build())
        .build();
  }

  @Test
  void anInstanceForEachPartyThatCanBelongToTheSet() {
    Map<PartyPattern, List<String>> expected = new LinkedHashMap<>();
    expected.put(PartyPattern.named("B"), List.of("p@B"));
    expected.put(PartyPattern.member(), List.of("p@A", "p@B"));
    expected.put(PartyPattern.nonMember(), List.of("p@A", "p@B", "p@U", "p@Z"));
    expected.put(PartyPattern.hasRole("BENEFICIARY"), List.of("p@U"));
    expected.put(PartyPattern.hasAttribute("NATO_MEMBER"), List.of("p@A"));
    expected.put(PartyPattern.hasAttribute("NUCLEAR_POWER"), List.of());
    expected.put(
        PartyPattern.both(PartyPattern.nonMember(), PartyPattern.hasAttribute("EU_MEMBER")),
        List.of("p@U"));
    expected.put(
        PartyPattern.both(PartyPattern.member(), PartyPattern.hasAttribute("EU_MEMBER")),
        List.of());
    expected.forEach(
        (set, ids) ->
            assertThat(owedTo(set, Condition.occurred("attack")).instances())
                .as("%s", set)
                .extracting(Pledge::id)
                .containsExactlyElementsOf(ids));
  }

  @Test
  void anInstanceLeavesOutTheOwedPartysOwnContribution() {
    Agreement a = owedTo(PartyPattern.member(), Condition.occurred("attack"));
    assertThat(a.instances().get(0).contributions())
        .extracting(Contribution::party)
        .containsExactly("B");
    assertThat(a.instances().get(1).contributions())
        .extracting(Contribution::party)
        .containsExactly("A");
    assertThat(a.instances().get(1).owedParty()).hasValue("B");
  }

  @Test
  void theOwedPartyIsBoundAndEveryOtherPatternKept() {
    PartyPattern boundB = PartyPattern.both(PartyPattern.named("B"), PartyPattern.member());
    for (PartyPattern actor :
        List.of(
            PartyPattern.named("Z"),
            PartyPattern.member(),
            PartyPattern.nonMember(),
            PartyPattern.hasRole("OBSERVER"),
            PartyPattern.hasAttribute("NATO_MEMBER"),
            PartyPattern.both(PartyPattern.member(), PartyPattern.hasAttribute("NATO_MEMBER")))) {
      Occurred trigger =
          Condition.occurred("attack").by(actor).against(PartyPattern.owed()).in("B");
      Pledge forB = owedTo(PartyPattern.member(), trigger).instances().get(1);
      assertThat(forB.trigger())
          .as("%s", actor)
          .hasValue(Condition.occurred("attack").by(actor).against(boundB).in("B"));
    }
    Occurred inBoth =
        Condition.occurred("attack")
            .by(PartyPattern.both(PartyPattern.owed(), PartyPattern.hasRole("SIGNATORY")));
    assertThat(owedTo(PartyPattern.member(), inBoth).instances().get(1).trigger())
        .hasValue(
            Condition.occurred("attack")
                .by(PartyPattern.both(boundB, PartyPattern.hasRole("SIGNATORY"))));
    Occurred unbound = Condition.occurred("attack").by(PartyPattern.named("Z"));
    assertThat(owedTo(PartyPattern.member(), unbound).instances().get(1).trigger())
        .hasValueSatisfying(t -> assertThat(t).isSameAs(unbound));
  }
}
