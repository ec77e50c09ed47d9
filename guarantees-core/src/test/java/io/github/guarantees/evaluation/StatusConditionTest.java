package io.github.guarantees.evaluation;

import static io.github.guarantees.evaluation.LifecycleTest.party;
import static io.github.guarantees.evaluation.LifecycleTest.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.PartyPattern;
import io.github.guarantees.condition.Standing;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Problem;
import io.github.guarantees.model.Role;
import io.github.guarantees.model.Site;
import io.github.guarantees.model.ValidationException;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Conditions on other pledges' statuses: "late payment is owed once payment is violated", a
 * contribution's status, the instant a deadline passes as a change point of the pledges that depend
 * on it, and the checks when the agreement is built (unknown pledge, a pledge owed to a set named
 * without its instance, a cycle).
 */
class StatusConditionTest {
  static final Instant DELIVERED = Instant.parse("2026-03-01T00:00:00Z");
  static final Instant DUE = DELIVERED.plus(Duration.ofDays(10));

  static Pledge payment() {
    return Pledge.builder()
        .id("payment")
        .title("The buyer pays within 10 days of delivery")
        .kind(PledgeKind.CONSULTATION)
        .bindingForce(BindingForce.LEGALLY_BINDING_ASSISTANCE)
        .trigger(Condition.occurred("delivered"))
        .deadline(Deadline.of("paid", Duration.ofDays(10)))
        .source(source("Payment"))
        .addContributions(Contribution.of("BUYER"))
        .build();
  }

  static Pledge latePayment(Condition trigger) {
    return Pledge.builder()
        .id("late-payment")
        .title("Interest on late payment")
        .kind(PledgeKind.CONSULTATION)
        .bindingForce(BindingForce.LEGALLY_BINDING_ASSISTANCE)
        .trigger(trigger)
        .source(source("Late payment"))
        .addContributions(Contribution.of("BUYER"))
        .build();
  }

  static Agreement.Builder contract() {
    return Agreement.builder()
        .id("sale")
        .title("Sale of goods")
        .addParty(party("BUYER"), Role.SIGNATORY)
        .addParty(party("SELLER"), Role.SIGNATORY)
        .addTrigger("delivered", "The goods are delivered")
        .addTrigger("paid", "The buyer pays");
  }

  @Test
  void lateInterestIsOwedFromTheInstantPaymentIsViolated() {
    Agreement a =
        contract().addPledges(payment(), latePayment(Condition.violated("payment"))).build();
    Evaluator e = Evaluator.compile(a);
    Scenario unpaid =
        Scenario.builder()
            .name("unpaid")
            .addEvent("delivered", "SELLER", DELIVERED)
            .asOf(DUE.plus(Duration.ofDays(5)))
            .build();

    Assessment now = e.evaluate(unpaid);
    assertThat(now.status("payment")).isEqualTo(Status.VIOLATED);
    assertThat(now.status("late-payment")).isEqualTo(Status.ACTIVE);
    // The change comes at the first instant after the deadline, an instant no event marks.
    Timeline t = e.timeline(unpaid);
    assertThat(t.pledge("late-payment").changes())
        .extracting(StatusChange::at, StatusChange::from, StatusChange::to)
        .containsExactly(tuple(DUE.plusNanos(1), Status.DORMANT, Status.ACTIVE));
    assertThat(t.statusAt("late-payment", DUE)).isEqualTo(Status.DORMANT);
    assertThat(e.evaluate(Scenario.builder().from(unpaid).asOf(DUE).build()).status("late-payment"))
        .isEqualTo(Status.DORMANT);

    // Paid in time: payment FULFILLED, interest never owed.
    Scenario paid =
        Scenario.builder()
            .from(unpaid)
            .addEvent("paid", "BUYER", DELIVERED.plus(Duration.ofDays(3)))
            .build();
    assertThat(e.evaluate(paid).status("payment")).isEqualTo(Status.FULFILLED);
    assertThat(e.evaluate(paid).status("late-payment")).isEqualTo(Status.DORMANT);
  }

  @Test
  void theExplanationReadsTheNamedPledgesStatus() {
    Agreement a =
        contract().addPledges(payment(), latePayment(Condition.violated("payment"))).build();
    Scenario unpaid =
        Scenario.builder()
            .name("unpaid")
            .addEvent("delivered", "SELLER", DELIVERED)
            .asOf(DUE.plus(Duration.ofDays(1)))
            .build();
    ConditionTrace trigger =
        Evaluator.compile(a).evaluate(unpaid).explain("late-payment").trigger();
    assertThat(trigger.condition()).isEqualTo(Condition.violated("payment"));
    assertThat(trigger.holds()).isTrue();
    ConditionTrace before =
        Evaluator.compile(a)
            .evaluate(Scenario.builder().from(unpaid).asOf(DUE).build())
            .explain("late-payment")
            .trigger();
    assertThat(before.holds()).isFalse();
  }

  @Test
  void aConditionCanNameOneContributionsStatus() {
    Pledge fulfilledOrNot =
        Pledge.builder()
            .from(latePayment(Condition.statusIs("payment", "BUYER", Standing.FULFILLED)))
            .id("receipt")
            .build();
    Agreement a = contract().addPledges(payment(), fulfilledOrNot).build();
    Scenario paid =
        Scenario.builder()
            .name("paid")
            .addEvent("delivered", "SELLER", DELIVERED)
            .addEvent("paid", "BUYER", DELIVERED.plus(Duration.ofDays(2)))
            .asOf(DUE)
            .build();
    Evaluator e = Evaluator.compile(a);
    assertThat(e.evaluate(paid).status("receipt")).isEqualTo(Status.ACTIVE);
    // Read at the very instant of the payment: the fulfilment is seen in the same step.
    assertThat(e.timeline(paid).pledge("receipt").changes())
        .extracting(StatusChange::at, StatusChange::to)
        .containsExactly(tuple(DELIVERED.plus(Duration.ofDays(2)), Status.ACTIVE));
  }

  @Test
  void namingAnUnknownPledgeIsAProblemWithASuggestion() {
    assertThatExceptionOfType(ValidationException.class)
        .isThrownBy(
            () ->
                contract().addPledges(payment(), latePayment(Condition.violated("paymnt"))).build())
        .satisfies(
            x ->
                assertThat(x.problems())
                    .extracting(Problem::site)
                    .containsExactly(Site.pledge("late-payment", "trigger")))
        .withMessageContaining("unknown pledge 'paymnt'")
        .withMessageContaining("payment");
  }

  @Test
  void aPledgeOwedToASetIsNamedByOneInstance() {
    Pledge owed =
        Pledge.builder().from(payment()).id("assistance").owedTo(PartyPattern.member()).build();
    assertThatExceptionOfType(ValidationException.class)
        .isThrownBy(
            () ->
                contract().addPledges(owed, latePayment(Condition.violated("assistance"))).build())
        .withMessageContaining("name one instance (assistance@<party>)");
    Agreement ok =
        contract().addPledges(owed, latePayment(Condition.violated("assistance@SELLER"))).build();
    assertThat(
            Evaluator.compile(ok)
                .evaluate(Scenario.builder().name("none").asOf(DUE).build())
                .status("late-payment"))
        .isEqualTo(Status.DORMANT);
  }

  @Test
  void pledgesThatDependOnTheirOwnStatusAreRejected() {
    Pledge a = Pledge.builder().from(latePayment(Condition.active("b"))).id("a").build();
    Pledge b =
        Pledge.builder().from(latePayment(Condition.not(Condition.active("a")))).id("b").build();
    Pledge self = Pledge.builder().from(latePayment(Condition.violated("self"))).id("self").build();
    assertThatExceptionOfType(ValidationException.class)
        .isThrownBy(() -> contract().addPledges(a, b, self).build())
        .satisfies(
            x ->
                assertThat(x.problems())
                    .extracting(Problem::site)
                    .containsExactly(
                        Site.pledge("a", "status conditions"),
                        Site.pledge("self", "status conditions")))
        .withMessageContaining("a -> b -> a")
        .withMessageContaining("self -> self");
  }

  @Test
  void theReferenceAgreesOnTheContract() {
    Agreement a =
        contract()
            .addPledges(
                payment(),
                latePayment(Condition.violated("payment")),
                Pledge.builder()
                    .from(
                        latePayment(
                            Condition.allOf(
                                Condition.active("late-payment"), Condition.occurred("paid"))))
                    .id("settled")
                    .build())
            .build();
    Scenario late =
        Scenario.builder()
            .name("late")
            .addEvent("delivered", "SELLER", DELIVERED)
            .addEvent("paid", "BUYER", DUE.plus(Duration.ofDays(2)))
            .asOf(DUE.plus(Duration.ofDays(3)))
            .build();
    Assessment kernel = Evaluator.compile(a).evaluate(late);
    for (PledgeAssessment p : ReferenceEvaluator.of(a).assess(late)) {
      assertThat(kernel.status(p.id())).as(p.id()).isEqualTo(p.status());
    }
    assertThat(kernel.status("settled")).isEqualTo(Status.ACTIVE);
  }
}
