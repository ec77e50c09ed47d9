package io.github.guarantees.evaluation;

import static io.github.guarantees.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import io.github.guarantees.Fixtures;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Regressions: behaviour that once contradicted DESIGN.md, each case a minimal reproduction. */
class RegressionTest {

  /** DESIGN.md: SUSPENDED = "it was ACTIVE at an earlier instant and is not now". */
  @Test
  void aPledgeActiveBeforeTheFirstEventIsSuspendedOnceBroken() {
    Agreement a = Fixtures.firingWhen(Condition.not(Condition.occurred("attack")), "attack");
    Evaluator e = Evaluator.compile(a);
    assertThat(e.evaluate(Scenario.builder().name("peace").asOf(h(4)).build()).status("p"))
        .isEqualTo(Status.ACTIVE);
    Scenario broken = Scenario.builder().name("attack").addEvent("attack", h(5)).asOf(h(6)).build();
    assertThat(e.evaluate(broken.asOf(h(4))).status("p")).isEqualTo(Status.ACTIVE);
    assertThat(e.evaluate(broken).status("p")).isEqualTo(Status.SUSPENDED);
  }

  /** within(a, 0, b) needs a and b at the same instant: adding both makes it fire. */
  @Test
  void aZeroWindowIsSatisfiableByAddedEvents() {
    Explanation ex =
        Evaluator.compile(Fixtures.firingWhen(Condition.within("a", Duration.ZERO, "b"), "a", "b"))
            .evaluate(Scenario.builder().name("none").asOf(h(0)).build())
            .explain("p");
    assertThat(ex.obstacles()).isEmpty();
    assertThat(ex.missing())
        .containsExactly(ImmutableSet.of(Condition.occurred("a"), Condition.occurred("b")));
  }

  /** Five missing events are still "the smallest set of further events that would make it fire". */
  @Test
  void fiveMissingEventsAreListed() {
    Condition c =
        Condition.allOf(
            Condition.occurred("a"),
            Condition.occurred("b"),
            Condition.occurred("c"),
            Condition.occurred("d"),
            Condition.occurred("e"));
    Explanation ex =
        Evaluator.compile(Fixtures.firingWhen(c, "a", "b", "c", "d", "e"))
            .evaluate(Scenario.builder().name("none").asOf(h(0)).build())
            .explain("p");
    assertThat(ex.missing()).hasSize(1);
    assertThat(ex.missing().get(0)).hasSize(5);
    assertThat(ex.obstacles()).isEmpty();
  }

  /** DESIGN.md, Validation: malformed ids are rejected — the agreement's own id too. */
  @Test
  void aMalformedAgreementIdIsRejected() {
    assertThatThrownBy(() -> Agreement.builder().id("bad id!").title("t").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Agreement.builder().id("").title("t").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Smallest sets: no listed set may have a proper subset that already makes it fire. */
  @Test
  void missingSetsAreInclusionMinimalWhenAPartyPatternMeetsAGeneralOne() {
    Condition c =
        Condition.anyOf(
            Condition.after(Condition.occurred("b", "Q"), Condition.occurred("c", "P")),
            Condition.occurred("c"));
    Explanation ex =
        Evaluator.compile(Fixtures.firingWhen(c, "b", "c"))
            .evaluate(Scenario.builder().name("none").asOf(h(0)).build())
            .explain("p");
    assertThat(ex.missing()).allMatch(set -> set.size() == 1);
  }
}
