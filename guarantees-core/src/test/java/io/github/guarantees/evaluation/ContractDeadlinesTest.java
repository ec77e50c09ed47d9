package io.github.guarantees.evaluation;

import static io.github.guarantees.evaluation.StatusConditionTest.DELIVERED;
import static io.github.guarantees.evaluation.StatusConditionTest.contract;
import static io.github.guarantees.evaluation.StatusConditionTest.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Deadlines of contracts: "strictly before day 7" (a fixed instant, excluded), a fixed instant
 * already past when the obligation comes into effect, an exclusive duration, and an obligation with
 * no time limit.
 */
class ContractDeadlinesTest {
  static final Instant DAY_7 = DELIVERED.plus(Duration.ofDays(7));

  static Evaluator with(Deadline d) {
    return Evaluator.compile(
        contract().addPledges(Pledge.builder().from(payment()).deadline(d).build()).build());
  }

  static Scenario paidAt(Instant at) {
    return Scenario.builder()
        .name("paid")
        .addEvent("delivered", "SELLER", DELIVERED)
        .addEvent("paid", "BUYER", at)
        .asOf(DAY_7.plus(Duration.ofDays(3)))
        .build();
  }

  @Test
  void strictlyBeforeDay7ExcludesDay7Itself() {
    Evaluator e = with(Deadline.by(Condition.occurred("paid"), DAY_7).exclusive());
    assertThat(e.evaluate(paidAt(DAY_7.minusNanos(1))).status("payment"))
        .isEqualTo(Status.FULFILLED);
    assertThat(e.evaluate(paidAt(DAY_7)).status("payment")).isEqualTo(Status.VIOLATED);
    // Violated from day 7 itself, not one nanosecond after it.
    assertThat(e.timeline(paidAt(DAY_7)).pledge("payment").changes())
        .extracting(StatusChange::at, StatusChange::to)
        .containsExactly(tuple(DELIVERED, Status.ACTIVE), tuple(DAY_7, Status.VIOLATED));
    Explanation why = e.evaluate(paidAt(DAY_7)).explain("payment");
    assertThat(why.causes())
        .anySatisfy(
            c ->
                assertThat(c)
                    .isInstanceOfSatisfying(
                        Cause.DeadlinePassed.class,
                        d -> {
                          assertThat(d.due()).isEqualTo(DAY_7);
                          assertThat(d.cameLate())
                              .hasValueSatisfying(x -> assertThat(x.at()).isEqualTo(DAY_7));
                        }));
  }

  @Test
  void aClosedFixedDeadlineIncludesItsInstant() {
    Evaluator e = with(Deadline.by(Condition.occurred("paid"), DAY_7));
    assertThat(e.evaluate(paidAt(DAY_7)).status("payment")).isEqualTo(Status.FULFILLED);
    assertThat(e.timeline(paidAt(DAY_7.plusNanos(1))).pledge("payment").changes())
        .extracting(StatusChange::at, StatusChange::to)
        .containsExactly(
            tuple(DELIVERED, Status.ACTIVE), tuple(DAY_7.plusNanos(1), Status.VIOLATED));
  }

  @Test
  void anObligationInEffectAfterItsDueInstantIsViolatedAtOnce() {
    Evaluator e =
        with(Deadline.by(Condition.occurred("paid"), DELIVERED.minus(Duration.ofDays(1))));
    Scenario s =
        Scenario.builder()
            .name("late delivery")
            .addEvent("delivered", "SELLER", DELIVERED)
            .addEvent("paid", "BUYER", DELIVERED)
            .asOf(DAY_7)
            .build();
    assertThat(e.timeline(s).pledge("payment").changes())
        .extracting(StatusChange::at, StatusChange::to)
        .containsExactly(tuple(DELIVERED, Status.VIOLATED));
  }

  @Test
  void anExclusiveDurationEndsJustBeforeItsBound() {
    Evaluator e = with(Deadline.of(Condition.occurred("paid"), Duration.ofDays(7)).exclusive());
    assertThat(e.evaluate(paidAt(DAY_7)).status("payment")).isEqualTo(Status.VIOLATED);
    assertThat(e.evaluate(paidAt(DAY_7.minusSeconds(1))).status("payment"))
        .isEqualTo(Status.FULFILLED);
  }

  @Test
  void anObligationWithNoTimeLimitIsFulfilledWheneverAndNeverViolated() {
    Evaluator e = with(Deadline.noLimit(Condition.occurred("paid")));
    Scenario late = paidAt(DAY_7.plus(Duration.ofDays(2)));
    assertThat(
            e.evaluate(Scenario.builder().from(late).asOf(DAY_7.plus(Duration.ofDays(1))).build())
                .status("payment"))
        .isEqualTo(Status.ACTIVE);
    assertThat(e.evaluate(late).status("payment")).isEqualTo(Status.FULFILLED);
    assertThat(e.evaluate(late).explain("payment").causes())
        .anySatisfy(
            c ->
                assertThat(c)
                    .isInstanceOfSatisfying(
                        Cause.Fulfilled.class, f -> assertThat(f.due()).isEmpty()));
  }

  @Test
  void theBoundsAreDataAndBadOnesAreRefused() {
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> Deadline.noLimit(Condition.occurred("paid")).exclusive())
        .withMessageContaining("no time limit");
    Deadline strict = Deadline.by(Condition.occurred("paid"), DAY_7).exclusive();
    assertThat(strict.excludesDue()).isTrue();
    assertThat(strict.dueAt()).contains(DAY_7);
    assertThat(strict.violatedFrom(DELIVERED)).contains(DAY_7);
    assertThat(strict.violatedFrom(DAY_7.plusSeconds(5))).contains(DAY_7.plusSeconds(5));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Deadline.of(Condition.occurred("paid"), Duration.ZERO))
        .withMessageContaining("within must be positive");
  }
}
