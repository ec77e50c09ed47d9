package io.github.guarantees.evaluation;

import static io.github.guarantees.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.Fixtures;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Role;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Who breaches a restraint: with contributors, only an event by one of them, unless the forbidden
 * pattern names its actor; without, any matching event. Where several events breach it at one
 * instant, the one of the first forbidden pattern is the breach, whatever their order.
 */
class BreachTest {
  private static final Event STRIKE_BY_P = Event.of("strike", "P", h(2));
  private static final Event STRIKE_BY_Q = Event.of("strike", "Q", h(2));
  private static final Event STRIKE_BY_NOBODY = Event.of("strike", h(2));
  private static final Event MINE_BY_Q = Event.of("mine", "Q", h(2));
  private static final Event MINE_BY_R = Event.of("mine", "R", h(2));

  /** P and R refrain from strikes, and from mines by Q; Q promises nothing. */
  private static final Evaluator BY_CONTRIBUTORS =
      Evaluator.compile(restraint(Contribution.of("P"), Contribution.of("R")));

  /** Nobody in particular refrains: every strike and every mine by Q breaches it. */
  private static final Evaluator BY_ALL = Evaluator.compile(restraint());

  private static Agreement restraint(Contribution... contributions) {
    return Fixtures.agreement("strike", "mine")
        .addParty(Fixtures.party("R"), Role.SIGNATORY)
        .addPledges(
            Fixtures.pledge("refrain")
                .trigger(Condition.always())
                .activation(Condition.always())
                .addRefrainsFrom(Condition.occurred("strike"), Condition.occurred("mine", "Q"))
                .addContributions(contributions)
                .build())
        .build();
  }

  private static Assessment after(Evaluator evaluator, Event... events) {
    return evaluator.evaluate(Scenario.builder().name("s").addEvents(events).asOf(h(3)).build());
  }

  @Test
  void withContributorsOnlyTheirEventsBreachIt() {
    assertThat(after(BY_CONTRIBUTORS, STRIKE_BY_Q).status("refrain")).isEqualTo(Status.ACTIVE);
    assertThat(after(BY_CONTRIBUTORS, STRIKE_BY_NOBODY).status("refrain")).isEqualTo(Status.ACTIVE);
    Assessment byP = after(BY_CONTRIBUTORS, STRIKE_BY_P);
    assertThat(byP.status("refrain")).isEqualTo(Status.VIOLATED);
    assertThat(byP.status("refrain", "P")).isEqualTo(Status.VIOLATED);
    assertThat(byP.status("refrain", "R")).isEqualTo(Status.ACTIVE);
    assertThat(byP.explain("refrain", "P").causes())
        .containsExactly(new Cause.Breached(STRIKE_BY_P));
    // A pattern naming its actor is breached by that actor, contributor or not.
    Assessment mined = after(BY_CONTRIBUTORS, MINE_BY_R, MINE_BY_Q);
    assertThat(mined.status("refrain")).isEqualTo(Status.VIOLATED);
    assertThat(mined.explain("refrain").causes()).containsExactly(new Cause.Breached(MINE_BY_Q));
    assertThat(mined.status("refrain", "P")).isEqualTo(Status.ACTIVE);
    assertThat(mined.status("refrain", "R")).isEqualTo(Status.ACTIVE);
  }

  @Test
  void withoutContributorsEveryMatchingEventBreachesIt() {
    assertThat(after(BY_ALL, STRIKE_BY_NOBODY).status("refrain")).isEqualTo(Status.VIOLATED);
    assertThat(after(BY_ALL, STRIKE_BY_Q).status("refrain")).isEqualTo(Status.VIOLATED);
    assertThat(after(BY_ALL, MINE_BY_R).status("refrain")).isEqualTo(Status.ACTIVE);
  }

  @Test
  void atOneInstantTheBreachIsTheFirstForbiddenPatternsEvent() {
    Event strikeByR = Event.of("strike", "R", h(2));
    for (Event[] order :
        new Event[][] {{MINE_BY_Q, STRIKE_BY_P, strikeByR}, {STRIKE_BY_P, MINE_BY_Q, strikeByR}}) {
      Assessment a = after(BY_CONTRIBUTORS, order);
      assertThat(a.explain("refrain").causes())
          .as("%s", (Object) order)
          .containsExactly(new Cause.Breached(STRIKE_BY_P));
      assertThat(a.explain("refrain", "R").causes())
          .as("%s", (Object) order)
          .containsExactly(new Cause.Breached(strikeByR));
    }
    Assessment a = after(BY_ALL, MINE_BY_Q, STRIKE_BY_NOBODY, STRIKE_BY_Q);
    assertThat(a.explain("refrain").causes()).containsExactly(new Cause.Breached(STRIKE_BY_NOBODY));
  }
}
