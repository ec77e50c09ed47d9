package io.github.guarantees.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import io.github.guarantees.condition.After;
import io.github.guarantees.condition.AllOf;
import io.github.guarantees.condition.Always;
import io.github.guarantees.condition.AnyOf;
import io.github.guarantees.condition.AtLeast;
import io.github.guarantees.condition.AtLeastParties;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.ConditionVisitor;
import io.github.guarantees.condition.InForce;
import io.github.guarantees.condition.Not;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.StatusIs;
import io.github.guarantees.condition.Within;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FiredSetsTest {
  private static final long SEED = 7L;
  private static Workload workload;

  @BeforeAll
  static void generate() {
    System.out.println("FiredSetsTest seed " + SEED);
    workload = Workload.generate(SEED, 25, 64, 10);
  }

  @Test
  void everyEngineReturnsTheReferenceFiredSet() {
    assertThat(
            FiredSets.mismatches(
                workload,
                ImmutableMap.<String, FiredSets.Engine>builder()
                    .put("reference interpreter", FiredSets.reference(workload))
                    .put("evaluate", FiredSets.evaluate(workload))
                    .put("decide", FiredSets.decide(workload))
                    .put("generated Java", FiredSets.generatedJava(workload))
                    .put("Easy Rules", FiredSets.easyRules(workload))
                    .put("Drools", FiredSets.drools(workload))
                    .buildOrThrow()))
        .isEmpty();
  }

  @Test
  void theCheckReportsAnEngineThatDisagrees() {
    FiredSets.Engine generated = FiredSets.generatedJava(workload);
    FiredSets.Engine wrongOnFirstPledge =
        (s, fired) -> {
          generated.decide(s, fired);
          fired[0] = !fired[0];
        };
    assertThat(
            FiredSets.mismatches(
                workload,
                ImmutableMap.of(
                    "library", FiredSets.evaluate(workload), "wrong", wrongOnFirstPledge)))
        .hasSize(64)
        .allSatisfy(m -> assertThat(m.engine()).isEqualTo("wrong"))
        .allSatisfy(m -> assertThat(m.pledge()).isEqualTo("p0000"));
    assertThatThrownBy(
            () ->
                FiredSets.requireSame(
                    workload,
                    ImmutableMap.of(
                        "library", FiredSets.evaluate(workload), "wrong", wrongOnFirstPledge)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("wrong")
        .hasMessageContaining("p0000");
  }

  @Test
  void theWorkloadFiresSomePledgesAndNotOthers() {
    long fired = FiredSets.firedCount(workload, FiredSets.generatedJava(workload));
    long pairs = 64L * 25;
    assertThat(fired).isBetween(pairs / 20, pairs - pairs / 20);
  }

  @Test
  void theWorkloadUsesEveryConditionKind() {
    Set<Workload.Kind> kinds = EnumSet.noneOf(Workload.Kind.class);
    for (Pledge p : workload.agreement().pledges()) {
      p.activation().accept(new Kinds(kinds));
      workload.agreement().triggerOf(p).accept(new Kinds(kinds));
    }
    assertThat(kinds).containsExactlyInAnyOrder(Workload.Kind.values());
  }

  @Test
  void theScenariosHoldRepeatsTiesAndEventsAfterAsOf() {
    int repeats = 0;
    int ties = 0;
    int late = 0;
    for (Scenario s : workload.scenarios()) {
      Set<String> triggers = new HashSet<>();
      Set<Object> instants = new HashSet<>();
      List<Event> events = s.events();
      repeats += events.stream().filter(e -> !triggers.add(e.trigger())).count() > 0 ? 1 : 0;
      ties += events.stream().filter(e -> !instants.add(e.at())).count() > 0 ? 1 : 0;
      late += events.stream().anyMatch(e -> e.at().isAfter(s.asOf())) ? 1 : 0;
    }
    assertThat(repeats).isGreaterThan(16);
    assertThat(ties).isGreaterThan(16);
    assertThat(late).isGreaterThan(16);
  }

  @Test
  void theSameSeedGivesTheSameWorkload() {
    Workload again = Workload.generate(SEED, 25, 64, 10);
    assertThat(again.agreement()).isEqualTo(workload.agreement());
    assertThat(again.scenarios()).isEqualTo(workload.scenarios());
  }

  @Test
  void theEnginesAgreeWithManyEventsPerScenario() {
    Workload many = Workload.generate(SEED + 1, 25, 8, 1000);
    assertThat(
            FiredSets.mismatches(
                many,
                ImmutableMap.of(
                    "reference interpreter", FiredSets.reference(many),
                    "decide", FiredSets.decide(many),
                    "evaluate", FiredSets.evaluate(many),
                    "generated Java", FiredSets.generatedJava(many),
                    "Easy Rules", FiredSets.easyRules(many))))
        .isEmpty();
  }

  /** Collects the kinds of every node of a condition. */
  private static final class Kinds implements ConditionVisitor<Void> {
    private final Set<Workload.Kind> kinds;

    Kinds(Set<Workload.Kind> kinds) {
      this.kinds = kinds;
    }

    private Void all(List<Condition> operands) {
      operands.forEach(o -> o.accept(this));
      return null;
    }

    @Override
    public Void visitAlways(Always c) {
      kinds.add(Workload.Kind.ALWAYS);
      return null;
    }

    @Override
    public Void visitOccurred(Occurred c) {
      kinds.add(Workload.Kind.OCCURRED);
      return null;
    }

    @Override
    public Void visitAllOf(AllOf c) {
      kinds.add(Workload.Kind.ALL_OF);
      return all(c.operands());
    }

    @Override
    public Void visitAnyOf(AnyOf c) {
      kinds.add(Workload.Kind.ANY_OF);
      return all(c.operands());
    }

    @Override
    public Void visitNot(Not c) {
      kinds.add(Workload.Kind.NOT);
      return c.operand().accept(this);
    }

    @Override
    public Void visitAtLeast(AtLeast c) {
      kinds.add(Workload.Kind.AT_LEAST);
      return all(c.operands());
    }

    @Override
    public Void visitInForce(InForce c) {
      kinds.add(Workload.Kind.IN_FORCE);
      return null;
    }

    @Override
    public Void visitAfter(After c) {
      kinds.add(Workload.Kind.AFTER);
      return null;
    }

    @Override
    public Void visitAtLeastParties(AtLeastParties c) {
      throw new AssertionError("the peer engines' workload has no atLeastParties: " + c);
    }

    @Override
    public Void visitStatusIs(StatusIs c) {
      throw new AssertionError("the peer engines' workload has no condition on statuses: " + c);
    }

    @Override
    public Void visitWithin(Within c) {
      kinds.add(Workload.Kind.WITHIN);
      return null;
    }
  }
}
