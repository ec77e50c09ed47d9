package io.github.guarantees.scenario;

import static io.github.guarantees.Fixtures.h;
import static io.github.guarantees.Fixtures.party;
import static io.github.guarantees.Fixtures.pledge;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.Treaty;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Role;
import io.github.guarantees.scenario.ScenarioWarning.Kind;
import org.junit.jupiter.api.Test;

/** An event that names no party where the agreement only ever uses its trigger with one. */
class ScenarioWarningTest {
  /** The force, and a response to an attack by RU or by BY: 'attack' is never used party-less. */
  private static final Agreement AGREEMENT =
      Treaty.base()
          .addParty(party("RU"), Role.THIRD_PARTY)
          .addParty(party("BY"), Role.THIRD_PARTY)
          .addPledges(
              Treaty.force().build(),
              Pledge.builder()
                  .from(pledge("response").build())
                  .kind(PledgeKind.MILITARY_SUPPORT)
                  .trigger(
                      Condition.anyOf(
                          Condition.occurred("attack", "RU"), Condition.occurred("attack", "BY")))
                  .build())
          .build();

  @Test
  void anAttackWithoutAttackerIsWarnedNamingTheExpectedParties() {
    Scenario s =
        Scenario.builder()
            .name("s")
            .addEvent("ceasefire", h(1))
            .addEvent("attack", h(2))
            .asOf(h(3))
            .build();
    assertThat(ScenarioWarning.of(AGREEMENT, s))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.kind()).isEqualTo(Kind.EVENT_WITHOUT_PARTY);
              assertThat(w.where()).isEqualTo("events[1].party");
              assertThat(w.subject()).isEqualTo("attack");
              assertThat(w.expected()).containsExactly("RU", "BY");
            });
  }

  @Test
  void noWarningWhenTheEventNamesAPartyOrTheAgreementUsesTheTriggerWithoutOne() {
    Scenario s =
        Scenario.builder()
            .name("s")
            .addEvent("ceasefire", h(1))
            .addEvent("attack", "RU", h(2))
            .addEvent("request", h(3))
            .asOf(h(4))
            .build();
    assertThat(ScenarioWarning.of(AGREEMENT, s)).isEmpty();
  }

  @Test
  void aTriggerUsedBothWithAndWithoutAPartyIsNotWarnedAbout() {
    Agreement both =
        Agreement.builder()
            .from(AGREEMENT)
            .addPledges(
                Pledge.builder()
                    .from(pledge("any-attack").build())
                    .trigger(Condition.occurred("attack"))
                    .build())
            .build();
    Scenario s = Scenario.builder().name("s").addEvent("attack", h(2)).asOf(h(3)).build();
    assertThat(ScenarioWarning.of(both, s)).isEmpty();
  }
}
