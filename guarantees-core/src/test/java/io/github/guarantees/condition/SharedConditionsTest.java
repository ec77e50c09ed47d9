package io.github.guarantees.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.guarantees.Fixtures;
import io.github.guarantees.model.Agreement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conditions that share sub-conditions (a DAG, not a tree): building, validating, listing patterns
 * and printing cost time linear in the distinct conditions, and the text names a shared condition
 * once and refers to it after.
 */
class SharedConditionsTest {
  /** Level i+1 uses level i twice: 2^levels paths, 3 distinct composites per level. */
  static Condition ladder(int levels) {
    Condition c = Condition.occurred("t0");
    for (int i = 1; i <= levels; i++) {
      c =
          Condition.anyOf(
              Condition.allOf(c, Condition.occurred("t" + i)),
              Condition.allOf(c, Condition.not(Condition.occurred("t" + i))));
    }
    return c;
  }

  static String[] triggers(int levels) {
    String[] out = new String[levels + 1];
    for (int i = 0; i <= levels; i++) {
      out[i] = "t" + i;
    }
    return out;
  }

  @Test
  void aThirtyLevelSharedConditionBuildsValidatesAndPrintsFast() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          Condition c = ladder(30);
          assertThat(c.depth()).isEqualTo(62);
          assertThat(c.triggers()).hasSize(31);
          Agreement a = Fixtures.firingWhen(c, triggers(30));
          assertThat(a.pledge("p").activation()).isSameAs(c);
          String text = c.toString();
          assertThat(text.length()).as("linear in distinct conditions").isLessThan(10_000);
          assertThat(Condition.shared(List.of(c))).as("levels 1 to 29; 30 is the root").hasSize(29);
        });
  }

  @Test
  void aSharedConditionIsPrintedOnceByNameAndReferredToAfter() {
    Condition shared = Condition.anyOf(Condition.occurred("a"), Condition.occurred("b"));
    Condition c =
        Condition.allOf(
            shared, Condition.not(shared), Condition.occurred("c"), Condition.not(shared));
    assertThat(c.toString())
        .isEqualTo("allOf(#1=anyOf(occurred(a), occurred(b)), #2=not(#1), occurred(c), #2)");
    // Equal conditions are one condition: the two not(#1) are shared too.
    assertThat(Condition.shared(List.of(c))).containsExactly(shared, Condition.not(shared));
    Condition twice = Condition.allOf(Condition.not(shared), Condition.not(shared));
    assertThat(Condition.shared(List.of(twice)))
        .as("operands before the conditions that use them")
        .containsExactly(Condition.not(shared));
    assertThat(twice.toString()).isEqualTo("allOf(#1=not(anyOf(occurred(a), occurred(b))), #1)");
  }

  @Test
  void aTreeIsPrintedAsBefore() {
    Condition c =
        Condition.allOf(
            Condition.anyOf(Condition.occurred("a"), Condition.occurred("b")),
            Condition.occurred("a"));
    assertThat(c.toString()).isEqualTo("allOf(anyOf(occurred(a), occurred(b)), occurred(a))");
    assertThat(Condition.shared(List.of(c))).isEmpty();
  }

  @Test
  void conditionsSharedAcrossRootsAreFound() {
    Condition shared = Condition.anyOf(Condition.occurred("a"), Condition.occurred("b"));
    assertThat(Condition.shared(List.of(shared, Condition.not(shared)))).containsExactly(shared);
    assertThat(Condition.shared(List.of(shared, shared))).containsExactly(shared);
    assertThat(Condition.shared(List.of(Condition.occurred("a"), Condition.occurred("a"))))
        .as("leaves are never named")
        .isEmpty();
  }
}
