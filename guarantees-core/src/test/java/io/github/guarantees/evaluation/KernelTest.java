package io.github.guarantees.evaluation;

import static io.github.guarantees.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.guarantees.Fixtures;
import io.github.guarantees.Treaty;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.ValidationException;
import io.github.guarantees.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The compiled form and the decision-only path. */
class KernelTest {
  /** {@code c(i+1) = anyOf(c(i), allOf(c(i), b))}: 2^100 nodes as a tree, 301 distinct. */
  static Condition chain(int levels) {
    Condition c = Condition.occurred("a");
    for (int i = 0; i < levels; i++) {
      c = Condition.anyOf(c, Condition.allOf(c, Condition.occurred("b")));
    }
    return c;
  }

  @Test
  void aSharedDagCompilesToItsDistinctNodesAndEvaluates() {
    Agreement agreement = Fixtures.firingWhen(chain(100), "a", "b");
    Evaluator evaluator = Evaluator.compile(agreement);
    // a, b, and two nodes per level; plus always (the trigger) and trigger-and-activation.
    assertThat(evaluator.kernel().nodeCount).isEqualTo(2 + 2 * 100 + 2);
    Scenario none = Scenario.builder().name("none").addEvent("b", h(1)).asOf(h(2)).build();
    Scenario fires = Scenario.builder().name("a").addEvent("a", h(1)).asOf(h(2)).build();
    assertThat(evaluator.evaluate(none).status("p")).isEqualTo(Status.PENDING);
    assertThat(evaluator.decide(fires).status("p")).isEqualTo(Status.ACTIVE);
    assertThat(evaluator.timeline(fires).pledge("p").changes())
        .extracting(StatusChange::at, StatusChange::to)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(h(1), Status.ACTIVE));
  }

  @Test
  void structurallyEqualConditionsShareOneNode() {
    Agreement agreement =
        Fixtures.agreement("a", "b")
            .addPledges(
                Fixtures.pledge("p")
                    .activation(Condition.allOf(Condition.occurred("a"), Condition.occurred("b")))
                    .build(),
                Fixtures.pledge("q")
                    .activation(Condition.allOf(Condition.occurred("a"), Condition.occurred("b")))
                    .build())
            .build();
    Kernel k = Evaluator.compile(agreement).kernel();
    assertThat(k.activation[0]).isEqualTo(k.activation[1]);
    assertThat(k.active[0]).isEqualTo(k.active[1]);
    assertThat(k.patterns).hasSize(2);
  }

  @Test
  void decisionsAgreeWithTheAssessmentByIdAndByPosition() {
    Evaluator evaluator = Evaluator.compile(Treaty.agreement());
    Scenario s = Treaty.firing(h(10)).build();
    Assessment a = evaluator.evaluate(s);
    Decisions d = evaluator.decide(s);
    assertThat(d.pledgeCount()).isEqualTo(a.pledges().size());
    int fired = 0;
    for (int p = 0; p < d.pledgeCount(); p++) {
      PledgeAssessment pa = a.pledges().get(p);
      assertThat(d.pledgeStatus(p)).isEqualTo(pa.status());
      assertThat(d.status(pa.id())).isEqualTo(pa.status());
      fired += pa.status() == Status.ACTIVE ? 1 : 0;
      assertThat(d.contributionCount(p)).isEqualTo(pa.contributions().size());
      for (int c = 0; c < d.contributionCount(p); c++) {
        ContributionAssessment ca = pa.contributions().get(c);
        assertThat(d.contributionStatus(p, c)).isEqualTo(ca.status());
        assertThat(d.status(pa.id(), ca.party())).isEqualTo(ca.status());
      }
    }
    assertThat(d.firedCount()).isEqualTo(fired).isPositive();
    assertThat(d).isEqualTo(evaluator.decide(s)).hasSameHashCodeAs(evaluator.decide(s));
    assertThat(d.toString()).startsWith("Decisions{force=");
    assertThatExceptionOfType(IndexOutOfBoundsException.class)
        .isThrownBy(() -> d.pledgeStatus(d.pledgeCount()))
        .withMessageContaining(String.valueOf(d.pledgeCount()));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> d.status("forse"))
        .withMessageContaining("'forse'");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> d.status("force", "XX"))
        .withMessageContaining("no contribution by 'XX'");
  }

  @Test
  void decideRejectsUndeclaredTriggersAndParties() {
    Evaluator evaluator = Evaluator.compile(Treaty.agreement());
    Scenario bad =
        Scenario.builder()
            .name("bad")
            .addEvent("cease-fire", h(1))
            .addEvent("ceasefire", "XX", h(2))
            .asOf(h(3))
            .build();
    assertThatThrownBy(() -> evaluator.decide(bad))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.site())
                    .containsExactly(
                        io.github.guarantees.model.Site.event(0, "trigger"),
                        io.github.guarantees.model.Site.event(1, "party")));
  }

  /** A thread reuses its sweep, and a nested call, while it is in use, gets a fresh one. */
  @Test
  void aSweepInUseIsNotLentAgain() {
    Evaluator evaluator = Evaluator.compile(Fixtures.firingWhen(Condition.occurred("a"), "a"));
    Kernel k = evaluator.kernel();
    Sweep first = k.borrow();
    Sweep nested = k.borrow();
    assertThat(nested).isNotSameAs(first);
    Kernel.release(nested);
    Kernel.release(first);
    Sweep again = k.borrow();
    assertThat(again).isSameAs(first);
    Kernel.release(again);
  }
}
