package io.github.guarantees.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.guarantees.Fixtures;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Reading;
import io.github.guarantees.model.Term;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Where readings disagree, what can still be completed after an event, and a property decided on
 * one given scenario: on small agreements whose answers can be worked out by hand.
 */
class ReadingsAndAfterTest {
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Budget BUDGET = new Budget(3, 2);

  /**
   * deploy fires while a request is in force after a cessation; under "verified", the cessation
   * must also be verified. support fires on a request; an ending ends the term of "after-ending".
   */
  private static final Agreement VAGUE =
      Fixtures.agreement("request", "withdrawn", "cessation", "verified", "ending", "other")
          .addPledges(
              Fixtures.pledge("deploy")
                  .trigger(Condition.inForce("request", "withdrawn"))
                  .activation(Condition.occurred("cessation"))
                  .addReadings(
                      Reading.builder()
                          .name("verified")
                          .note("who verifies the cessation is not said")
                          .activation(
                              Condition.allOf(
                                  Condition.occurred("cessation"), Condition.occurred("verified")))
                          .build())
                  .build(),
              Fixtures.pledge("hub").trigger(Condition.active("deploy")).build(),
              Fixtures.pledge("support").trigger(Condition.occurred("request")).build(),
              Fixtures.pledge("once").trigger(Condition.not(Condition.occurred("ending"))).build(),
              Fixtures.pledge("late")
                  .trigger(Condition.occurred("other"))
                  .term(Term.endsWhen(Condition.occurred("ending")))
                  .addReadings(
                      Reading.builder()
                          .name("ending-changes-nothing")
                          .note("the ending is reported two ways")
                          .term(Term.lastsFor(HOUR))
                          .build())
                  .build())
          .build();

  @Test
  void readingsDisagreeFirstWhereTheirConditionsDoWithTheFewestEvents() {
    Verdict v =
        Analysis.check(
            VAGUE, new Property.ReadingsAgree("verified", Selector.builder().build()), BUDGET);
    assertThat(v).isInstanceOf(Verdict.Counterexample.class);
    Verdict.Counterexample c = (Verdict.Counterexample) v;
    assertThat(c.events()).isEqualTo(2);
    assertThat(c.scenario().events())
        .extracting(Event::trigger)
        .containsExactlyInAnyOrder("request", "cessation");
    assertThat(c.offending())
        .as("the hub reads deploy's status: it moves with it")
        .containsExactly(Item.pledge("deploy"), Item.pledge("hub"));
  }

  @Test
  void aReadingThatChangesNothingTheSelectionSeesIsProved() {
    Verdict v =
        Analysis.check(
            VAGUE, new Property.ReadingsAgree("verified", Selector.ids("support")), BUDGET);
    assertThat(v.holds()).isTrue();
  }

  /**
   * late fires on other; each reading names what nothing else in the agreement does: an event that
   * ends it, an event its term is counted from, a duration.
   */
  private static final Agreement QUIET =
      Fixtures.agreement("other", "recall", "approval")
          .addPledges(
              Fixtures.pledge("late")
                  .trigger(Condition.occurred("other"))
                  .addReadings(
                      Reading.builder()
                          .name("recalled")
                          .note("a recall ends it")
                          .term(Term.endsWhen(Condition.occurred("recall")))
                          .build(),
                      Reading.builder()
                          .name("from-approval")
                          .note("two hours from an approval")
                          .term(Term.lastsFor(HOUR.multipliedBy(2), Condition.occurred("approval")))
                          .build(),
                      Reading.builder()
                          .name("ninety-minutes")
                          .note("ninety minutes")
                          .term(Term.lastsFor(Duration.ofMinutes(90)))
                          .build())
                  .build(),
              Fixtures.pledge("bystander").trigger(Condition.occurred("other")).build())
          .build();

  @Test
  void whatOnlyAReadingNamesIsPartOfTheSpace() {
    Map<String, Verdict> all = Analysis.readings(QUIET, BUDGET);
    assertThat(all.keySet()).containsExactly("recalled", "from-approval", "ninety-minutes");
    Verdict.Counterexample recalled =
        (Verdict.Counterexample) java.util.Objects.requireNonNull(all.get("recalled"));
    assertThat(recalled.scenario().events())
        .as("under the reading a recall ends late's term even before it fires")
        .extracting(Event::trigger)
        .containsExactly("recall");
    assertThat(recalled.offending()).containsExactly(Item.pledge("late"));
    Verdict.Counterexample approval =
        (Verdict.Counterexample) java.util.Objects.requireNonNull(all.get("from-approval"));
    assertThat(approval.scenario().events()).extracting(Event::trigger).contains("approval");
    assertThat(approval.offending()).containsExactly(Item.pledge("late"));
    Verdict.Counterexample ninety =
        (Verdict.Counterexample) java.util.Objects.requireNonNull(all.get("ninety-minutes"));
    assertThat(ninety.events()).isEqualTo(1);
    assertThat(ninety.at())
        .as("the term runs out ninety minutes after the event")
        .isEqualTo(ninety.scenario().events().get(0).at().plus(Duration.ofMinutes(90)));
    assertThat(ninety.coverage().horizon()).isEqualTo(Duration.ofHours(3));
    assertThat(
            Analysis.check(
                    QUIET,
                    new Property.ReadingsAgree("recalled", Selector.ids("bystander")),
                    BUDGET)
                .holds())
        .as("a pledge the reading does not govern reads alike")
        .isTrue();
  }

  @Test
  void everyReadingIsAnswered() {
    Map<String, Verdict> all = Analysis.readings(VAGUE, BUDGET);
    assertThat(all.keySet()).containsExactly("verified", "ending-changes-nothing");
    Verdict.Counterexample term =
        (Verdict.Counterexample)
            java.util.Objects.requireNonNull(all.get("ending-changes-nothing"));
    assertThat(term.offending()).containsExactly(Item.pledge("late"));
    assertThat(term.events()).as("the hour-long term ends with no ending at all").isEqualTo(1);
  }

  @Test
  void anUnknownReadingIsRefusedByName() {
    assertThatThrownBy(
            () ->
                Analysis.check(
                    VAGUE, new Property.ReadingsAgree("nope", Selector.builder().build())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
  }

  @Test
  void aRequestAfterAWithdrawalCanStillBeCompleted() {
    Verdict v =
        Analysis.check(
            VAGUE,
            new Property.CanFire(
                Item.pledge("deploy"), Optional.of(Condition.occurred("withdrawn"))),
            BUDGET);
    assertThat(v.holds()).isTrue();
    Scenario witness = v.found().orElseThrow();
    assertThat(witness.events()).hasSize(3);
    assertThat(witness.events().get(0).trigger()).isEqualTo("withdrawn");
  }

  @Test
  void nothingCompletesAfterAnEndingThatForbidsIt() {
    Verdict v =
        Analysis.check(
            VAGUE,
            new Property.CanFire(Item.pledge("once"), Optional.of(Condition.occurred("ending"))),
            BUDGET);
    assertThat(v).isInstanceOf(Verdict.Unreachable.class);
    assertThat(Analysis.check(VAGUE, new Property.CanFire(Item.pledge("once")), BUDGET).holds())
        .as("it fires when there is no ending")
        .isTrue();
  }

  @Test
  void deadAfterListsWhatFiresButNeverAfterTheEvent() {
    DeadAfter d = Analysis.deadAfter(VAGUE, Condition.occurred("ending"), BUDGET);
    // once needs that no ending has occurred; late's term ends on an ending, even one before it
    assertThat(d.dead()).containsExactly(Item.pledge("once"), Item.pledge("late"));
    assertThat(d.fired()).contains(Item.pledge("deploy"), Item.pledge("support"));
    assertThat(d.coverage().cases()).isPositive();
  }

  @Test
  void aPropertyIsDecidedOnOneScenarioAsInTheSpace() {
    Property invariant =
        new Property.NeverActiveUnless(Selector.ids("deploy"), Condition.occurred("verified"));
    Verdict v = Analysis.check(VAGUE, invariant, BUDGET);
    Verdict.Counterexample c = (Verdict.Counterexample) v;
    Optional<Failure> f = Analysis.test(VAGUE, invariant, c.scenario());
    assertThat(f).isPresent();
    assertThat(f.get().at()).isEqualTo(c.at());
    assertThat(f.get().offending()).isEqualTo(c.offending());
    Agreement fixed = VAGUE.under("verified");
    assertThat(Analysis.test(fixed, invariant, c.scenario())).isEmpty();
    assertThat(Analysis.check(fixed, invariant, BUDGET).holds()).isTrue();
  }

  @Test
  void aResponseIsDecidedOnOneScenarioByItsEventsPatterns() {
    Property respond =
        new Property.RespondsWithin(
            Condition.occurred("request"), Optional.empty(), Selector.ids("deploy"), HOUR);
    Scenario late =
        Scenario.builder()
            .name("late")
            .addEvents(Event.builder().trigger("request").at(Fixtures.T0).build())
            .asOf(Fixtures.T0.plus(HOUR.multipliedBy(3)))
            .build();
    Optional<Failure> f = Analysis.test(VAGUE, respond, late);
    assertThat(f).isPresent();
    assertThat(f.get().at()).isEqualTo(Fixtures.T0.plus(HOUR));
    Scenario answered =
        Scenario.builder()
            .from(late)
            .addEvents(Event.builder().trigger("cessation").at(Fixtures.T0.plus(HOUR)).build())
            .build();
    assertThat(Analysis.test(VAGUE, respond, answered)).isEmpty();
  }
}
