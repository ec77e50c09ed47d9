package io.github.guarantees.evaluation;

import static io.github.guarantees.evaluation.LifecycleTest.source;
import static io.github.guarantees.evaluation.StatusConditionTest.DELIVERED;
import static io.github.guarantees.evaluation.StatusConditionTest.contract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Power;
import io.github.guarantees.model.Problem;
import io.github.guarantees.model.Site;
import io.github.guarantees.model.ValidationException;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Powers: suspending, resuming and terminating a pledge or the agreement by an event, only while
 * the power is in effect; a power spent once exercised; deadlines paused by a suspension where the
 * agreement says so; pledges that survive termination.
 */
class PowersTest {
  static final Instant DAY_0 = DELIVERED;

  static Instant day(double d) {
    return DAY_0.plus(Duration.ofMinutes(Math.round(d * 24 * 60)));
  }

  static Pledge obligation(String id, String by, String party, double dueDay) {
    return Pledge.builder()
        .id(id)
        .title(id)
        .kind(PledgeKind.OBLIGATION)
        .bindingForce(BindingForce.LEGALLY_BINDING_ASSISTANCE)
        .trigger(Condition.occurred("in-effect"))
        .deadline(Deadline.by(Condition.occurred(by), day(dueDay)).exclusive())
        .source(source(id))
        .addContributions(Contribution.of(party))
        .build();
  }

  static Pledge power(String id, Condition trigger, Power power, String holder) {
    return Pledge.builder()
        .id(id)
        .title(id)
        .kind(PledgeKind.POWER)
        .bindingForce(BindingForce.LEGALLY_BINDING_ASSISTANCE)
        .trigger(trigger)
        .power(power)
        .source(source(id))
        .addContributions(Contribution.of(holder))
        .build();
  }

  /** Delivery by day 10, payment by day 7; the seller may suspend delivery once payment fails. */
  static Agreement.Builder sale() {
    return contract()
        .addTrigger("in-effect", "The contract takes effect")
        .addTrigger("suspend-delivery", "The seller suspends delivery")
        .addTrigger("resume-delivery", "The buyer resumes delivery")
        .addTrigger("terminate", "The buyer terminates the contract")
        .addPledges(
            obligation("delivery", "delivered", "SELLER", 10),
            obligation("payment", "paid", "BUYER", 7),
            power(
                "suspend-delivery",
                Condition.violated("payment"),
                Power.suspend("delivery", Condition.occurred("suspend-delivery", "SELLER")),
                "SELLER"),
            power(
                "resume-delivery",
                Condition.statusIs("delivery", io.github.guarantees.condition.Standing.SUSPENDED),
                Power.resume("delivery", Condition.occurred("resume-delivery", "BUYER")),
                "BUYER"));
  }

  static Scenario.Builder unpaid() {
    return Scenario.builder().name("unpaid").addEvent("in-effect", "SELLER", DAY_0);
  }

  @Test
  void aPowerInEffectSuspendsItsTargetAndIsSpent() {
    Evaluator e = Evaluator.compile(sale().build());
    Scenario s = unpaid().addEvent("suspend-delivery", "SELLER", day(8)).asOf(day(9)).build();
    Assessment a = e.evaluate(s);
    assertThat(a.status("payment")).isEqualTo(Status.VIOLATED);
    assertThat(a.status("delivery")).isEqualTo(Status.SUSPENDED);
    assertThat(a.status("suspend-delivery")).isEqualTo(Status.FULFILLED);
    assertThat(a.explain("delivery").causes())
        .first()
        .isEqualTo(
            new Cause.PowerExercised(
                "suspend-delivery",
                Power.Action.SUSPEND,
                Optional.of("delivery"),
                s.events().get(1)));
    assertThat(e.timeline(s).pledge("delivery").changes())
        .extracting(StatusChange::at, StatusChange::to)
        .containsExactly(tuple(DAY_0, Status.ACTIVE), tuple(day(8), Status.SUSPENDED));
  }

  @Test
  void anExerciseWhileThePowerIsNotInEffectChangesNothingAndIsExplained() {
    Evaluator e = Evaluator.compile(sale().build());
    // Day 5: payment is not yet violated, so the seller has no power to suspend.
    Scenario s = unpaid().addEvent("suspend-delivery", "SELLER", day(5)).asOf(day(6)).build();
    Assessment a = e.evaluate(s);
    assertThat(a.status("delivery")).isEqualTo(Status.ACTIVE);
    assertThat(a.status("suspend-delivery")).isEqualTo(Status.DORMANT);
    assertThat(a.explain("suspend-delivery").causes())
        .contains(new Cause.ExerciseIgnored(s.events().get(1), Status.DORMANT));
  }

  @Test
  void aPowerCannotBeExercisedAtTheInstantItComesIntoEffect() {
    Evaluator e = Evaluator.compile(sale().build());
    // Payment is violated from day 7 itself (strictly before day 7): the power is in effect from
    // day 7, so an exercise at day 7 is too early, one at day 7 plus a second is not.
    Scenario same = unpaid().addEvent("suspend-delivery", "SELLER", day(7)).asOf(day(9)).build();
    assertThat(e.evaluate(same).status("delivery")).isEqualTo(Status.ACTIVE);
    Scenario after =
        unpaid().addEvent("suspend-delivery", "SELLER", day(7).plusSeconds(1)).asOf(day(9)).build();
    assertThat(e.evaluate(after).status("delivery")).isEqualTo(Status.SUSPENDED);
  }

  @Test
  void withoutPausingTheDeadlineRunsOnWhileSuspended() {
    Evaluator e = Evaluator.compile(sale().build());
    Scenario s =
        unpaid()
            .addEvent("suspend-delivery", "SELLER", day(8))
            .addEvent("resume-delivery", "BUYER", day(12))
            .asOf(day(13))
            .build();
    // Suspended from day 8; the due date (day 10) passes meanwhile: violated at day 10.
    assertThat(e.timeline(s).pledge("delivery").changes())
        .extracting(StatusChange::at, StatusChange::to)
        .containsExactly(
            tuple(DAY_0, Status.ACTIVE),
            tuple(day(8), Status.SUSPENDED),
            tuple(day(10), Status.VIOLATED));
  }

  @Test
  void pausedDeadlinesMoveByTheTimeSuspended() {
    Evaluator e = Evaluator.compile(sale().suspensionPausesDeadlines(true).build());
    Scenario s =
        unpaid()
            .addEvent("suspend-delivery", "SELLER", day(8))
            .addEvent("resume-delivery", "BUYER", day(12))
            .asOf(day(20))
            .build();
    // Four days suspended: delivery is now due strictly before day 14.
    assertThat(e.timeline(s).pledge("delivery").changes())
        .extracting(StatusChange::at, StatusChange::to)
        .containsExactly(
            tuple(DAY_0, Status.ACTIVE),
            tuple(day(8), Status.SUSPENDED),
            tuple(day(12), Status.ACTIVE),
            tuple(day(14), Status.VIOLATED));
    Scenario delivered =
        Scenario.builder().from(s).addEvent("delivered", "SELLER", day(13)).build();
    assertThat(e.evaluate(delivered).status("delivery")).isEqualTo(Status.FULFILLED);
    assertThat(e.evaluate(delivered).status("resume-delivery")).isEqualTo(Status.FULFILLED);
  }

  @Test
  void terminatingTheAgreementEndsWhatIsOpenKeepsWhatIsDecidedAndSparesSurvivors() {
    Pledge confidentiality =
        Pledge.builder()
            .id("confidentiality")
            .title("confidentiality")
            .kind(PledgeKind.RESTRAINT)
            .bindingForce(BindingForce.LEGALLY_BINDING_ASSISTANCE)
            .trigger(Condition.occurred("in-effect"))
            .addRefrainsFrom(Condition.occurred("disclosed"))
            .survivesTermination(true)
            .source(source("confidentiality"))
            .addContributions(Contribution.of("BUYER"))
            .build();
    Agreement a =
        sale()
            .addTrigger("disclosed", "A party discloses the terms")
            .addPledges(
                confidentiality,
                power(
                    "terminate",
                    Condition.violated("delivery"),
                    Power.terminateAgreement(Condition.occurred("terminate", "BUYER")),
                    "BUYER"))
            .build();
    Scenario s =
        Scenario.builder()
            .name("terminated")
            .addEvent("in-effect", "SELLER", DAY_0)
            .addEvent("paid", "BUYER", day(3))
            .addEvent("terminate", "BUYER", day(11))
            .addEvent("disclosed", "BUYER", day(12))
            .asOf(day(13))
            .build();
    Assessment now = Evaluator.compile(a).evaluate(s);
    assertThat(now.status("payment")).isEqualTo(Status.FULFILLED);
    assertThat(now.status("delivery")).isEqualTo(Status.VIOLATED);
    assertThat(now.status("suspend-delivery")).isEqualTo(Status.EXPIRED);
    assertThat(now.status("terminate")).isEqualTo(Status.FULFILLED);
    assertThat(now.status("confidentiality")).isEqualTo(Status.VIOLATED);
    assertThat(now.agreementStatus()).isEqualTo(AgreementStatus.TERMINATED);
    assertThat(
            Evaluator.compile(a)
                .evaluate(Scenario.builder().from(s).asOf(day(10)).build())
                .agreementStatus())
        .isEqualTo(AgreementStatus.IN_EFFECT);
    assertThat(now.explain("suspend-delivery").causes())
        .first()
        .isEqualTo(
            new Cause.PowerExercised(
                "terminate", Power.Action.TERMINATE, Optional.empty(), s.events().get(2)));
    for (PledgeAssessment p : ReferenceEvaluator.of(a).assess(s)) {
      assertThat(now.status(p.id())).as(p.id()).isEqualTo(p.status());
    }
  }

  @Test
  void anAgreementWhoseObligationsAreAllFulfilledIsCompleted() {
    Evaluator e = Evaluator.compile(sale().build());
    Scenario.Builder b =
        unpaid().addEvent("paid", "BUYER", day(6)).addEvent("delivered", "SELLER", day(9));
    assertThat(e.evaluate(b.asOf(day(8)).build()).agreementStatus())
        .isEqualTo(AgreementStatus.IN_EFFECT);
    assertThat(e.evaluate(b.asOf(day(9)).build()).agreementStatus())
        .isEqualTo(AgreementStatus.COMPLETED);
    // Delivered late: violated, so never completed.
    Scenario late =
        unpaid()
            .addEvent("paid", "BUYER", day(6))
            .addEvent("delivered", "SELLER", day(11))
            .asOf(day(12))
            .build();
    assertThat(e.evaluate(late).agreementStatus()).isEqualTo(AgreementStatus.IN_EFFECT);
  }

  @Test
  void badPowersAreRefusedNamingTheField() {
    assertThatExceptionOfType(ValidationException.class)
        .isThrownBy(
            () ->
                contract()
                    .addPledges(
                        power(
                            "p",
                            Condition.always(),
                            Power.suspend("delivry", Condition.occurred("paid")),
                            "SELLER"))
                    .build())
        .satisfies(
            x ->
                assertThat(x.problems())
                    .extracting(Problem::site)
                    .containsExactly(Site.pledge("p", "power.target")));
    assertThatExceptionOfType(ValidationException.class)
        .isThrownBy(
            () ->
                Pledge.builder()
                    .from(obligation("x", "paid", "BUYER", 7))
                    .power(Power.terminateAgreement(Condition.occurred("paid")))
                    .build())
        .satisfies(
            x ->
                assertThat(x.problems())
                    .extracting(Problem::site)
                    .containsExactly(Site.pledge("x", "power"), Site.pledge("x", "power")));
  }

  @Test
  void aTimelineNamesTheExerciseAsTheCauseOfWhatItChanged() {
    Evaluator e = Evaluator.compile(sale().build());
    Scenario s =
        unpaid()
            .addEvent("suspend-delivery", "SELLER", day(8))
            .addEvent("resume-delivery", "BUYER", day(8.5))
            .asOf(day(9))
            .build();
    io.github.guarantees.scenario.Event suspend = s.events().get(1);
    io.github.guarantees.scenario.Event resume = s.events().get(2);
    Timeline t = e.timeline(s);
    assertThat(t.pledge("delivery").changes())
        .extracting(StatusChange::at, StatusChange::to, StatusChange::events)
        .containsExactly(
            tuple(DAY_0, Status.ACTIVE, java.util.List.of(s.events().get(0))),
            tuple(day(8), Status.SUSPENDED, java.util.List.of(suspend)),
            tuple(day(8.5), Status.ACTIVE, java.util.List.of(resume)));
    assertThat(t.pledge("suspend-delivery").changes())
        .last()
        .satisfies(
            c -> {
              assertThat(c.to()).isEqualTo(Status.FULFILLED);
              assertThat(c.events()).containsExactly(suspend);
              assertThat(c.cause())
                  .isEqualTo(
                      Explanation.render(
                          new Cause.PowerExercised(
                              "suspend-delivery",
                              Power.Action.SUSPEND,
                              Optional.of("delivery"),
                              suspend)));
            });
  }
}
