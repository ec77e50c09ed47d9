package io.github.guarantees.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.github.guarantees.Fixtures;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Term;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The analysis on small agreements whose answers can be worked out by hand. */
class AnalysisTest {
  private static final Duration HOUR = Duration.ofHours(1);

  /** p fires while b has come within an hour of a. */
  private static final Agreement WINDOW =
      Fixtures.agreement("a", "b", "c")
          .addPledges(
              Fixtures.pledge("p")
                  .trigger(Condition.always())
                  .activation(Condition.within("b", HOUR, "a"))
                  .bindingForce(BindingForce.LEGALLY_BINDING_ASSISTANCE)
                  .build(),
              Fixtures.pledge("q").trigger(Condition.occurred("c")).build())
          .build();

  @Test
  void aWitnessHasTheFewestEventsAndTheGapTheWindowAllows() {
    Verdict v = Analysis.check(WINDOW, new Property.CanFire(Item.pledge("p")));
    assertThat(v.holds()).isTrue();
    var events = v.found().orElseThrow().events();
    assertThat(events).extracting(Event::trigger).containsExactly("a", "b");
    assertThat(Duration.between(events.get(0).at(), events.get(1).at())).isLessThanOrEqualTo(HOUR);
    assertThat(v.coverage().letters())
        .as("c moves nothing p depends on")
        .extracting(Event::trigger)
        .containsExactly("a", "b");
  }

  @Test
  void gapsFinerThanTheConstantsAreDrawnWhereTheirSumsMatter() {
    // b strictly within the hour after a, c strictly within the hour after b, c over an hour
    // after a: only gaps below the hour whose sum exceeds it (45 minutes twice) reach p.
    Agreement a =
        Fixtures.agreement("a", "b", "c")
            .addPledges(
                Fixtures.pledge("d")
                    .trigger(Condition.occurred("a"))
                    .deadline(Deadline.of("b", HOUR).exclusive())
                    .build(),
                Fixtures.pledge("e")
                    .trigger(Condition.occurred("b"))
                    .deadline(Deadline.of("c", HOUR).exclusive())
                    .build(),
                Fixtures.pledge("p")
                    .trigger(Condition.always())
                    .activation(
                        Condition.allOf(
                            Condition.fulfilled("d"),
                            Condition.fulfilled("e"),
                            Condition.not(Condition.within("c", HOUR, "a"))))
                    .build())
            .build();
    Verdict v = Analysis.check(a, new Property.CanFire(Item.pledge("p")), new Budget(3, 1));
    assertThat(v.holds()).isTrue();
    var events = v.found().orElseThrow().events();
    assertThat(events).extracting(Event::trigger).containsExactly("a", "b", "c");
    assertThat(Duration.between(events.get(0).at(), events.get(1).at())).isLessThan(HOUR);
    assertThat(Duration.between(events.get(1).at(), events.get(2).at())).isLessThan(HOUR);
    assertThat(Duration.between(events.get(0).at(), events.get(2).at())).isGreaterThan(HOUR);
  }

  @Test
  void aResponseTooLateIsACounterexampleWithOneEvent() {
    Property respond =
        new Property.RespondsWithin(
            Condition.occurred("a"),
            Optional.empty(),
            Selector.builder().atLeast(BindingForce.LEGALLY_BINDING_ASSISTANCE).build(),
            Duration.ofMinutes(30));
    Verdict v = Analysis.check(WINDOW, respond);
    assertThat(v).isInstanceOf(Verdict.Counterexample.class);
    Verdict.Counterexample c = (Verdict.Counterexample) v;
    assertThat(c.events()).isEqualTo(1);
    assertThat(c.offending()).containsExactly(Item.pledge("p"));
    assertThat(c.at()).isEqualTo(c.scenario().events().get(0).at().plus(Duration.ofMinutes(30)));
    assertThat(c.assessment().status("p")).isEqualTo(Status.PENDING);
  }

  @Test
  void invariantsThatHoldAreProvedAndCountTheirCases() {
    Verdict v =
        Analysis.check(
            WINDOW,
            new Property.NeverActiveUnless(
                Selector.ids("p"),
                Condition.allOf(Condition.occurred("a"), Condition.occurred("b"))),
            new Budget(3, 2));
    assertThat(v.holds()).isTrue();
    assertThat(v.found()).isEmpty();
    assertThat(v.coverage().cases()).isGreaterThan(100);
    // Undated: only the differences of three events count, so a third of the hour.
    assertThat(v.coverage().step()).isEqualTo(Duration.ofMinutes(20));
    assertThat(v.coverage().horizon()).isEqualTo(Duration.ofHours(2));
    Verdict apart =
        Analysis.check(WINDOW, new Property.NeverTogether(Selector.ids("p"), Selector.ids("q")));
    assertThat(apart.found().orElseThrow().events())
        .extracting(Event::trigger)
        .containsExactlyInAnyOrder("a", "b", "c");
  }

  @Test
  void aPledgeNoEventCanMoveIsUnconditionalOrDead() {
    Agreement a =
        Fixtures.agreement("a")
            .addPledges(
                Fixtures.pledge("always").trigger(Condition.always()).build(),
                Fixtures.pledge("never")
                    .trigger(Condition.occurred("a"))
                    .activation(Condition.not(Condition.occurred("a")))
                    .build())
            .build();
    assertThat(Analysis.check(a, new Property.Always(Item.pledge("always"), Status.ACTIVE)).holds())
        .isTrue();
    assertThat(Analysis.check(a, new Property.CanFire(Item.pledge("never"))))
        .isInstanceOf(Verdict.Unreachable.class);
    Survey s = Analysis.survey(a, new Budget(2, 2));
    assertThat(s.dead()).containsExactly(Item.pledge("never"));
    assertThat(s.unconditional()).containsExactly(Item.pledge("always"));
    assertThat(s.neverTogether()).isEmpty();
  }

  @Test
  void fixedInstantsAreNamedAsNotCovered() {
    Agreement a =
        Fixtures.agreement("a")
            .addPledges(
                Fixtures.pledge("p")
                    .trigger(Condition.occurred("a"))
                    .term(Term.endsAt(Fixtures.h(10)))
                    .build())
            .build();
    Verdict v = Analysis.check(a, new Property.CanFire(Item.pledge("p")));
    assertThat(v.coverage().limitations()).containsExactly(Limitation.FIXED_INSTANTS);
  }

  @Test
  void badQuestionsNameWhatIsWrong() {
    assertThatThrownBy(() -> Analysis.check(WINDOW, new Property.CanFire(Item.pledge("nope"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nope'");
    assertThatThrownBy(
            () -> Analysis.check(WINDOW, new Property.CanFire(Item.contribution("p", "Q"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Q'");
    assertThatThrownBy(() -> new Budget(9, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Budget(2, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Property.RespondsWithin(
                    Condition.occurred("a"), Optional.empty(), Selector.ids("p"), HOUR.negated()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSearchStopsAtTheFirstWitnessAndCountsTheScenariosUpToIt() {
    // p fires on a once b has occurred. In order: no event; a; b; a a; a and b together.
    Agreement a =
        Fixtures.agreement("a", "b")
            .addPledges(
                Fixtures.pledge("p")
                    .trigger(Condition.occurred("a"))
                    .activation(Condition.occurred("b"))
                    .build())
            .build();
    Verdict v = Analysis.check(a, new Property.CanFire(Item.pledge("p")), new Budget(2, 2));
    assertThat(v.holds()).isTrue();
    assertThat(v.coverage().cases()).isEqualTo(5);
    var events = v.found().orElseThrow().events();
    assertThat(events).extracting(Event::trigger).containsExactly("a", "b");
    assertThat(events.get(0).at()).isEqualTo(events.get(1).at());
  }

  @Test
  void aResponseIsOwedOnlyAfterItsCondition() {
    // After a ceasefire, an attack must be answered within the hour by aid, which fires on help.
    Agreement a =
        Fixtures.agreement("ceasefire", "attack", "help")
            .addPledges(Fixtures.pledge("aid").trigger(Condition.occurred("help")).build())
            .build();
    Property respond =
        new Property.RespondsWithin(
            Condition.occurred("attack"),
            Optional.of(Condition.occurred("ceasefire")),
            Selector.ids("aid"),
            HOUR);
    Verdict v = Analysis.check(a, respond, new Budget(2, 1));
    assertThat(v).isInstanceOf(Verdict.Counterexample.class);
    Verdict.Counterexample c = (Verdict.Counterexample) v;
    assertThat(c.scenario().events())
        .as("an attack alone owes nothing")
        .extracting(Event::trigger)
        .containsExactly("ceasefire", "attack");
    Instant attack = c.scenario().events().get(1).at();
    assertThat(c.at()).isEqualTo(attack.plus(HOUR));
    // Help within the hour answers it; help before the attack does not.
    Scenario answered =
        untilHourFive(
            "answered",
            Event.of("ceasefire", Fixtures.h(0)),
            Event.of("attack", Fixtures.h(1)),
            Event.of("help", Fixtures.h(2)));
    assertThat(Analysis.test(a, respond, answered)).isEmpty();
    Scenario early =
        untilHourFive(
            "early",
            Event.of("help", Fixtures.h(0)),
            Event.of("ceasefire", Fixtures.h(1)),
            Event.of("attack", Fixtures.h(2)));
    assertThat(Analysis.test(a, respond, early))
        .as("aid fired before the attack and stays active: it answers")
        .isEmpty();
    Scenario late =
        untilHourFive(
            "late",
            Event.of("ceasefire", Fixtures.h(0)),
            Event.of("attack", Fixtures.h(1)),
            Event.of("help", Fixtures.h(3)));
    assertThat(Analysis.test(a, respond, late).orElseThrow().at()).isEqualTo(Fixtures.h(2));
    Scenario noCeasefire = untilHourFive("no ceasefire", Event.of("attack", Fixtures.h(1)));
    assertThat(Analysis.test(a, respond, noCeasefire)).isEmpty();
  }

  @Test
  void onlyTheEventsOfTheResponsesPatternOweOne() {
    Agreement a =
        Fixtures.agreement("attack", "help")
            .addPledges(Fixtures.pledge("aid").trigger(Condition.occurred("help")).build())
            .build();
    Property respond =
        new Property.RespondsWithin(
            Condition.occurred("attack", "P"), Optional.empty(), Selector.ids("aid"), HOUR);
    Scenario byQ = untilHourFive("by Q", Event.of("attack", "Q", Fixtures.h(1)));
    assertThat(Analysis.test(a, respond, byQ)).isEmpty();
    Scenario byP = untilHourFive("by P", Event.of("attack", "P", Fixtures.h(1)));
    assertThat(Analysis.test(a, respond, byP).orElseThrow().offending())
        .containsExactly(Item.pledge("aid"));
  }

  /** A scenario of some events, read as of hour 5. */
  private static Scenario untilHourFive(String name, Event... events) {
    return Scenario.builder().name(name).addEvents(events).asOf(Fixtures.h(5)).build();
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester t = new NullPointerTester();
    t.setDefault(Agreement.class, WINDOW);
    t.setDefault(Condition.class, Condition.occurred("a"));
    t.setDefault(io.github.guarantees.condition.Occurred.class, Condition.occurred("a"));
    t.setDefault(Status.class, Status.ACTIVE);
    t.setDefault(Property.class, new Property.CanFire(Item.pledge("p")));
    t.setDefault(Selector.class, Selector.ids("p"));
    t.setDefault(Item.class, Item.pledge("p"));
    t.setDefault(Budget.class, Budget.DEFAULT);
    t.setDefault(
        io.github.guarantees.scenario.Scenario.class,
        io.github.guarantees.scenario.Scenario.builder().name("s").asOf(Fixtures.T0).build());
    t.testAllPublicStaticMethods(Analysis.class);
    t.testAllPublicStaticMethods(Item.class);
    t.testAllPublicConstructors(Item.class);
    t.testAllPublicConstructors(Selector.class);
    t.testAllPublicConstructors(Property.NeverActiveUnless.class);
    t.testAllPublicConstructors(Property.RespondsWithin.class);
    t.testAllPublicConstructors(Property.NeverTogether.class);
    t.testAllPublicConstructors(Property.CanFire.class);
    t.testAllPublicConstructors(Property.Always.class);
    t.testAllPublicConstructors(Survey.Pair.class);
    t.testAllPublicConstructors(Property.ReadingsAgree.class);
  }
}
