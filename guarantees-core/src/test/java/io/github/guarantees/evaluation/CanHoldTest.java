package io.github.guarantees.evaluation;

import static io.github.guarantees.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.Fixtures;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.EventRole;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.scenario.Event;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The proof that further events cannot make a condition hold ({@link Sweep#canHold}), kind by kind:
 * what it rules out with any events added, and with events of given triggers only. It may say "can"
 * where no events would do (it over-approximates), but never "cannot" where some would.
 */
class CanHoldTest {
  /**
   * Whether {@code c} could hold after the events that happened (one per trigger, an hour apart),
   * with {@code added} events (null: any) added later.
   */
  private static boolean canHold(Condition c, List<String> happened, @Nullable List<String> added) {
    Agreement agreement = Fixtures.firingWhen(c, "a", "b", "c");
    Evaluator evaluator = Evaluator.compile(agreement);
    Kernel k = evaluator.kernel();
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < happened.size(); i++) {
      events.add(Event.of(happened.get(i), h(i + 1)));
    }
    Sweep base = new Sweep(k);
    base.run(events, h(10), null);
    Sweep scratch = new Sweep(k);
    int[] roots = {k.id(evaluator.compiled(0).activation)};
    scratch.cone(roots);
    List<Event> additions = null;
    if (added != null) {
      additions = new ArrayList<>();
      for (String t : added) {
        additions.add(Event.of(t, h(11)));
      }
    }
    return scratch.canHold(base, roots, additions);
  }

  private static final List<String> NONE = List.of();

  @Test
  void anOccurrenceCanComeOnlyWithAnEventOfItsPattern() {
    Condition a = Condition.occurred("a");
    assertThat(canHold(a, NONE, null)).isTrue();
    assertThat(canHold(a, NONE, List.of("b"))).isFalse();
    assertThat(canHold(a, NONE, List.of("b", "a"))).isTrue();
    assertThat(canHold(a, List.of("a"), NONE)).isTrue();
    Condition count = Condition.atLeastParties(1, Condition.occurred("a"), EventRole.ACTOR);
    assertThat(canHold(count, NONE, List.of("b"))).isFalse();
    assertThat(canHold(count, NONE, List.of("a"))).isTrue();
  }

  @Test
  void whatHappenedCannotUnhappen() {
    Condition notA = Condition.not(Condition.occurred("a"));
    assertThat(canHold(notA, List.of("a"), null)).isFalse();
    assertThat(canHold(notA, NONE, NONE)).isTrue();
    assertThat(canHold(Condition.not(Condition.always()), NONE, null)).isFalse();
    assertThat(canHold(Condition.always(), NONE, NONE)).isTrue();
  }

  @Test
  void anOrderNeedsItsLaterEventAndAnEarlierOneThatHappenedOrMayBeAdded() {
    for (Condition c :
        List.of(
            Condition.after("b", "a"),
            Condition.within(
                Condition.occurred("b"), Duration.ofHours(1), Condition.occurred("a")))) {
      assertThat(canHold(c, NONE, null)).as("%s", c).isTrue();
      assertThat(canHold(c, NONE, List.of("b"))).as("%s", c).isFalse();
      assertThat(canHold(c, NONE, List.of("a"))).as("%s", c).isFalse();
      assertThat(canHold(c, NONE, List.of("a", "b"))).as("%s", c).isTrue();
      assertThat(canHold(c, List.of("a"), List.of("b"))).as("%s", c).isTrue();
      assertThat(canHold(c, List.of("b"), List.of("c"))).as("%s", c).isFalse();
      // Once it holds it holds for good: no negation of it can be restored.
      assertThat(canHold(Condition.not(c), List.of("a", "b"), null)).as("%s", c).isFalse();
      assertThat(canHold(Condition.not(c), List.of("a"), null)).as("%s", c).isTrue();
    }
  }

  @Test
  void inForceComesWithItsTriggerAndGoesWithItsRevocation() {
    Condition inForce = Condition.inForce("a", "b");
    assertThat(canHold(inForce, NONE, List.of("a"))).isTrue();
    assertThat(canHold(inForce, NONE, List.of("b"))).isFalse();
    assertThat(canHold(inForce, List.of("a", "b"), List.of("c"))).isFalse();
    assertThat(canHold(inForce, List.of("a", "b"), null)).isTrue();
    Condition notInForce = Condition.not(inForce);
    assertThat(canHold(notInForce, List.of("a"), List.of("a", "c"))).isFalse();
    assertThat(canHold(notInForce, List.of("a"), List.of("b"))).isTrue();
    assertThat(canHold(notInForce, List.of("a"), null)).isTrue();
    assertThat(canHold(notInForce, NONE, NONE)).isTrue();
  }

  @Test
  void aThresholdCountsTheOperandsThatCanHoldAndThoseThatCanFail() {
    Condition two =
        Condition.atLeast(
            2, Condition.occurred("a"), Condition.occurred("b"), Condition.occurred("c"));
    assertThat(canHold(two, NONE, List.of("a"))).isFalse();
    assertThat(canHold(two, NONE, List.of("a", "c"))).isTrue();
    assertThat(canHold(two, List.of("b"), List.of("c"))).isTrue();
    // Not two of three: at most one may have happened, as events cannot unhappen.
    assertThat(canHold(Condition.not(two), List.of("a"), null)).isTrue();
    assertThat(canHold(Condition.not(two), List.of("a", "b"), null)).isFalse();
    Condition all = Condition.allOf(Condition.occurred("a"), Condition.occurred("b"));
    assertThat(canHold(all, List.of("a"), List.of("b"))).isTrue();
    assertThat(canHold(all, List.of("a"), List.of("c"))).isFalse();
    assertThat(canHold(Condition.not(all), List.of("a"), null)).isTrue();
    assertThat(canHold(Condition.not(all), List.of("a", "b"), null)).isFalse();
    Condition any = Condition.anyOf(Condition.occurred("a"), Condition.occurred("b"));
    assertThat(canHold(any, NONE, List.of("b"))).isTrue();
    assertThat(canHold(any, NONE, List.of("c"))).isFalse();
    assertThat(canHold(Condition.not(any), List.of("b"), null)).isFalse();
  }

  /**
   * Every event added is made: what one of them matches is certain, and its negation cannot hold.
   */
  @Test
  void anAddedEventIsCertainSoItsNegationCannotHold() {
    Condition notA = Condition.not(Condition.occurred("a"));
    assertThat(canHold(notA, NONE, List.of("b"))).isTrue();
    assertThat(canHold(notA, NONE, List.of("a", "b"))).isFalse();
    Condition notInForce = Condition.not(Condition.inForce("a", "b"));
    // Its trigger added and no revocation: in force for certain.
    assertThat(canHold(notInForce, NONE, List.of("a"))).isFalse();
    assertThat(canHold(notInForce, List.of("a"), List.of("a", "c"))).isFalse();
    // With the revocation added too, the order decides.
    assertThat(canHold(notInForce, NONE, List.of("a", "b"))).isTrue();
    // Nothing added of either: as it stands.
    assertThat(canHold(notInForce, List.of("a"), List.of("c"))).isFalse();
    assertThat(canHold(notInForce, NONE, List.of("c"))).isTrue();
    // Any events at all: nothing is certain.
    assertThat(canHold(notA, NONE, null)).isTrue();
    assertThat(canHold(notInForce, List.of("a"), null)).isTrue();
  }
}
