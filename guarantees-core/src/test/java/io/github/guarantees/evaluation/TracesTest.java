package io.github.guarantees.evaluation;

import static io.github.guarantees.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.Fixtures;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.EventRole;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A trace names, for each condition, whether it holds and the events that witness it: the first
 * event of an {@code occurred}, the latest trigger (and its revocation) of an {@code inForce}, the
 * pair that meets or misses an {@code after} or a {@code within}, the events counted by an {@code
 * atLeastParties}; its words say the same.
 */
class TracesTest {
  private static final Event A1 = Event.of("a", "P", h(1));
  private static final Event B2 = Event.of("b", "Q", h(2));
  private static final Event A3 = Event.of("a", "Q", h(3));
  private static final Event C5 = Event.of("c", h(5));

  /** The traces of the operands of an {@code anyOf} of the conditions, over a, b, a, c. */
  private static List<ConditionTrace> traces(Scenario scenario, Condition... conditions) {
    Evaluator evaluator =
        Evaluator.compile(Fixtures.firingWhen(Condition.anyOf(conditions), "a", "b", "c"));
    return evaluator.evaluate(scenario).explain("p").activation().operands();
  }

  private static Scenario events(Event... events) {
    return Scenario.builder().name("s").addEvents(events).asOf(h(6)).build();
  }

  private static void check(ConditionTrace t, boolean holds, List<Event> events, String why) {
    assertThat(t.holds()).as("%s", t.condition()).isEqualTo(holds);
    assertThat(t.events()).as("%s", t.condition()).isEqualTo(events);
    assertThat(t.why()).as("%s", t.condition()).isEqualTo(why);
  }

  @Test
  void afterNamesTheFirstEarlierAndTheLatestLaterEvent() {
    List<ConditionTrace> t =
        traces(
            events(A1, B2, A3),
            Condition.after("a", "b"),
            Condition.after("b", "a"),
            Condition.after("b", "c"),
            Condition.after("c", "a"),
            Condition.after(Condition.occurred("a"), Condition.occurred("a", "Q")));
    check(t.get(0), true, List.of(B2, A3), A3 + " is after " + B2);
    check(t.get(1), true, List.of(A1, B2), B2 + " is after " + A1);
    check(t.get(2), false, List.of(), "no c yet");
    check(t.get(3), false, List.of(A1), "no c yet");
    check(t.get(4), false, List.of(A3, A3), "no a after " + A3);
  }

  @Test
  void withinNamesTheFirstPairThatMeetsItOrEveryAnchor() {
    List<ConditionTrace> t =
        traces(
            events(A1, B2, A3, C5),
            Condition.within(Condition.occurred("b"), Duration.ofHours(1), Condition.occurred("a")),
            Condition.within(Condition.occurred("c"), Duration.ofHours(1), Condition.occurred("a")),
            Condition.within(Condition.occurred("a"), Duration.ofHours(1), Condition.occurred("c")),
            Condition.within(
                Condition.occurred("c"), Duration.ofHours(2), Condition.occurred("a")));
    check(t.get(0), true, List.of(A1, B2), B2 + " came within PT1H of " + A1);
    check(t.get(1), false, List.of(A1, A3), "no c within PT1H of any a");
    check(t.get(2), false, List.of(C5), "no a within PT1H of any c");
    // The second anchor is the witness when the first has none in its window.
    check(t.get(3), true, List.of(A3, C5), C5 + " came within PT2H of " + A3);
  }

  @Test
  void aWithinWindowIsCutAtTheAsOfInstant() {
    Condition within =
        Condition.within(Condition.occurred("b"), Duration.ofHours(10), Condition.occurred("a"));
    Evaluator evaluator = Evaluator.compile(Fixtures.firingWhen(within, "a", "b"));
    Scenario later =
        Scenario.builder().name("s").addEvent("a", h(1)).addEvent("b", h(4)).asOf(h(3)).build();
    assertThat(
            Traces.withinWitness(
                (io.github.guarantees.condition.Within) within,
                EventIndex.of(evaluator.kernel().statics, later.events()),
                h(3)))
        .isNull();
    assertThat(
            Traces.withinWitness(
                (io.github.guarantees.condition.Within) within,
                EventIndex.of(evaluator.kernel().statics, later.events()),
                h(4)))
        .containsExactly(Event.of("a", h(1)), Event.of("b", h(4)));
  }

  @Test
  void inForceNamesTheLatestTriggerAndItsRevocation() {
    List<ConditionTrace> t =
        traces(
            events(A1, B2, A3),
            Condition.inForce("a", "b"),
            Condition.inForce("b", "a"),
            Condition.inForce("c", "a"));
    check(t.get(0), true, List.of(A3), "in force since " + A3.at());
    check(t.get(1), false, List.of(B2, A3), "revoked: " + A3 + " is at or after the latest " + B2);
    check(t.get(2), false, List.of(), "no c yet");
  }

  @Test
  void atLeastPartiesCountsTheDistinctActorsOrTargets() {
    Event toP = Event.builder().trigger("b").party("Q").target("P").at(h(4)).build();
    List<ConditionTrace> t =
        traces(
            events(A1, B2, A3, toP),
            Condition.atLeastParties(2, Condition.occurred("a"), EventRole.ACTOR),
            Condition.atLeastParties(2, Condition.occurred("b"), EventRole.ACTOR),
            Condition.atLeastParties(1, Condition.occurred("b"), EventRole.TARGET),
            Condition.atLeastParties(1, Condition.occurred("c"), EventRole.TARGET));
    check(t.get(0), true, List.of(A1, A3), "2 distinct actors of 2 needed: P, Q");
    check(t.get(1), false, List.of(B2, toP), "1 distinct actors of 2 needed: Q");
    check(t.get(2), true, List.of(B2, toP), "1 distinct targets of 1 needed: P");
    check(t.get(3), false, List.of(), "0 distinct targets of 1 needed");
  }

  @Test
  void onlyABrokenNotIsAnObstacle() {
    Condition holds = Condition.not(Condition.occurred("c"));
    Condition broken = Condition.not(Condition.occurred("a"));
    Explanation e =
        Evaluator.compile(
                Fixtures.firingWhen(
                    Condition.allOf(holds, broken, Condition.occurred("b")), "a", "b", "c"))
            .evaluate(events(A1))
            .explain("p");
    ConditionTrace top = e.activation();
    check(top.operands().get(0), true, List.of(), "not: the negated condition fails");
    check(top.operands().get(1), false, List.of(), "not: broken, the negated condition holds");
    assertThat(e.causes())
        .containsExactly(
            new Cause.BrokenNot(broken, top.operands().get(1).operands().get(0)),
            new Cause.NoFurtherEvents(true, false));
  }
}
