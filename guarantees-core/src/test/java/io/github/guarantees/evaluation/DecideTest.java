package io.github.guarantees.evaluation;

import static io.github.guarantees.Fixtures.h;
import static io.github.guarantees.Fixtures.party;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Region;
import io.github.guarantees.model.Role;
import io.github.guarantees.model.ValidationException;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * {@code decide} refuses what {@code evaluate} refuses: an event naming a trigger, actor, target or
 * place the agreement does not declare, with the same problems; a scenario it accepts gets the same
 * statuses.
 */
class DecideTest {
  private static final Agreement AGREEMENT =
      Agreement.builder()
          .id("pact")
          .title("A pact")
          .addParty(party("A"), Role.SIGNATORY)
          .addParty(party("B"), Role.SIGNATORY)
          .addTrigger("attack", "An armed attack")
          .addRegions(Region.of("area", "The treaty area", "A", "B"))
          .addPledges(
              io.github.guarantees.Fixtures.pledge("p")
                  .trigger(Condition.always())
                  .activation(Condition.occurred("attack"))
                  .build())
          .build();
  private static final Evaluator EVALUATOR = Evaluator.compile(AGREEMENT);

  private static Scenario with(Event e) {
    return Scenario.builder().name("s").addEvents(e).asOf(h(2)).build();
  }

  @Test
  void anEventNamingWhatTheAgreementLacksIsRefusedAsEvaluateRefusesIt() {
    Event unknownTrigger = Event.of("coup", h(1));
    Event unknownActor = Event.builder().trigger("attack").party("Z").at(h(1)).build();
    Event unknownTarget = Event.builder().trigger("attack").party("A").target("Z").at(h(1)).build();
    Event unknownPlace =
        Event.builder().trigger("attack").party("A").place("moon").at(h(1)).build();
    for (Event e : new Event[] {unknownTrigger, unknownActor, unknownTarget, unknownPlace}) {
      Scenario s = with(e);
      ValidationException expected =
          org.junit.jupiter.api.Assertions.assertThrows(
              ValidationException.class, () -> EVALUATOR.evaluate(s));
      assertThatExceptionOfType(ValidationException.class)
          .as("%s", e)
          .isThrownBy(() -> EVALUATOR.decide(s))
          .withMessage(expected.getMessage());
    }
  }

  @Test
  void anEventTheAgreementDeclaresIsDecidedAsEvaluated() {
    Event known =
        Event.builder().trigger("attack").party("A").target("B").place("area").at(h(1)).build();
    Scenario s = with(known);
    assertThat(EVALUATOR.decide(s).status("p")).isEqualTo(Status.ACTIVE);
    assertThat(EVALUATOR.evaluate(s).status("p")).isEqualTo(Status.ACTIVE);
  }

  @Test
  void decisionsByIdAreTheStatusesOfThosePledgesAndContributions() {
    Agreement agreement =
        io.github.guarantees.Fixtures.agreement("a", "b")
            .addPledges(
                io.github.guarantees.Fixtures.pledge("first")
                    .trigger(Condition.always())
                    .activation(Condition.occurred("b"))
                    .build(),
                io.github.guarantees.Fixtures.pledge("second")
                    .trigger(Condition.always())
                    .activation(Condition.occurred("a"))
                    .addContributions(
                        io.github.guarantees.model.Contribution.of("P"),
                        io.github.guarantees.model.Contribution.builder()
                            .party("Q")
                            .condition(Condition.occurred("b"))
                            .build())
                    .build())
            .build();
    Evaluator evaluator = Evaluator.compile(agreement);
    Scenario s = Scenario.builder().name("s").addEvent("a", h(1)).asOf(h(2)).build();
    Decisions d = evaluator.decide(s);
    assertThat(d.status("first")).isEqualTo(Status.PENDING);
    assertThat(d.status("second")).isEqualTo(Status.ACTIVE);
    assertThat(d.status("second", "P")).isEqualTo(Status.ACTIVE);
    assertThat(d.status("second", "Q")).isEqualTo(Status.PENDING);
    assertThat(d.firedCount()).isEqualTo(1);
    assertThat(d).hasToString("Decisions{first=PENDING, second=ACTIVE}");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> d.status("secnd"))
        .withMessage("no pledge 'secnd' in agreement 'test'; did you mean 'second'?");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> d.status("second", "PP"))
        .withMessage("pledge 'second' has no contribution by 'PP'; did you mean 'P'?");
  }
}
