package io.github.guarantees.condition;

import static io.github.guarantees.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.guarantees.Fixtures;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Explanation;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.report.TextReport;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Deep nesting: 10,000 levels are rejected with the limit in the message, never a stack overflow or
 * a hang; exactly {@link Condition#MAX_DEPTH} levels build, evaluate, explain and render.
 */
class DepthTest {
  private static final Duration LIMIT = Duration.ofSeconds(30);

  private static void rejectsTenThousandLevels(UnaryOperator<Condition> wrap) {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          int[] built = {1};
          assertThatExceptionOfType(IllegalArgumentException.class)
              .isThrownBy(
                  () -> {
                    Condition c = Condition.occurred("a");
                    for (int i = 1; i < 10_000; i++) {
                      c = wrap.apply(c);
                      built[0]++;
                    }
                  })
              .withMessageContaining(String.valueOf(Condition.MAX_DEPTH));
          assertThat(built[0]).isEqualTo(Condition.MAX_DEPTH);
        });
  }

  @Test
  void tenThousandNotsAreRejectedWithTheLimit() {
    rejectsTenThousandLevels(Condition::not);
  }

  @Test
  void tenThousandNestedAllOfsAreRejectedWithTheLimit() {
    rejectsTenThousandLevels(c -> Condition.allOf(c, Condition.occurred("b")));
  }

  @Test
  void tenThousandNestedAnyOfsAndAtLeastsAreRejectedWithTheLimit() {
    rejectsTenThousandLevels(c -> Condition.anyOf(Condition.occurred("b"), c));
    rejectsTenThousandLevels(c -> Condition.atLeast(1, c, Condition.occurred("b")));
  }

  private static Condition nots(int depth) {
    Condition c = Condition.occurred("a");
    for (int i = 1; i < depth; i++) {
      c = Condition.not(c);
    }
    return c;
  }

  @Test
  void exactlyMaxDepthBuildsEvaluatesExplainsAndRenders() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          Condition deep = nots(Condition.MAX_DEPTH);
          assertThat(deep.depth()).isEqualTo(Condition.MAX_DEPTH);
          assertThatExceptionOfType(IllegalArgumentException.class)
              .isThrownBy(() -> Condition.not(deep))
              .withMessageContaining(String.valueOf(Condition.MAX_DEPTH));
          assertThat(deep)
              .isEqualTo(nots(Condition.MAX_DEPTH))
              .hasSameHashCodeAs(nots(Condition.MAX_DEPTH));
          assertThat(deep.toString()).startsWith("not(not(").contains("occurred(a)");
          assertThat(deep.triggers()).containsExactly("a");

          Agreement agreement = Fixtures.firingWhen(deep, "a");
          Evaluator e = Evaluator.compile(agreement);
          // MAX_DEPTH - 1 nots around occurred(a): odd, so it holds exactly when a has not
          // occurred.
          boolean oddNots = (Condition.MAX_DEPTH - 1) % 2 == 1;
          Assessment none = e.evaluate(Scenario.builder().name("none").asOf(h(1)).build());
          Assessment some =
              e.evaluate(Scenario.builder().name("a").addEvent("a", h(0)).asOf(h(1)).build());
          assertThat(none.status("p")).isEqualTo(oddNots ? Status.ACTIVE : Status.PENDING);
          // With an odd number, p was active until a occurred at h(0): suspended since.
          assertThat(some.status("p")).isEqualTo(oddNots ? Status.SUSPENDED : Status.ACTIVE);

          Explanation ex = (oddNots ? some : none).explain("p");
          assertThat(ex.activation().holds()).isFalse();
          if (oddNots) {
            // An odd number of nots around occurred(a), and a has occurred: no added event helps.
            assertThat(ex.missing()).isEmpty();
            assertThat(ex.obstacles()).isNotEmpty();
          } else {
            assertThat(ex.missing())
                .containsExactly(
                    com.google.common.collect.ImmutableSet.of(Condition.occurred("a")));
          }
          assertThat(ex.activation().condition()).isSameAs(deep);
          assertReportRow(some);
          assertReportRow(none);
        });
  }

  /** The text report renders, whatever the depth, and shows the status of pledge p. */
  private static void assertReportRow(Assessment a) {
    assertThat(TextReport.render(a))
        .contains(a.status("p").name().toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void anAllOfChainAtMaxDepthEvaluatesAndExplains() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          Condition c = Condition.occurred("a");
          for (int i = 1; i < Condition.MAX_DEPTH; i++) {
            c = Condition.allOf(Condition.occurred(i % 2 == 0 ? "a" : "b"), c);
          }
          assertThat(c.depth()).isEqualTo(Condition.MAX_DEPTH);
          Evaluator e = Evaluator.compile(Fixtures.firingWhen(c, "a", "b"));
          Assessment half =
              e.evaluate(Scenario.builder().name("a").addEvent("a", h(0)).asOf(h(1)).build());
          assertThat(half.status("p")).isEqualTo(Status.PENDING);
          assertThat(half.explain("p").missing())
              .containsExactly(com.google.common.collect.ImmutableSet.of(Condition.occurred("b")));
          Assessment both =
              e.evaluate(
                  Scenario.builder()
                      .name("ab")
                      .addEvent("a", h(0))
                      .addEvent("b", h(0))
                      .asOf(h(1))
                      .build());
          assertThat(both.status("p")).isEqualTo(Status.ACTIVE);
          assertReportRow(both);
          assertReportRow(half);
        });
  }

  @Test
  void aWideConditionIsShallowAndFast() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          List<Condition> ops = new ArrayList<>();
          for (int i = 0; i < 10_000; i++) {
            ops.add(Condition.not(Condition.occurred("a")));
          }
          Condition wide = Condition.allOf(ops);
          assertThat(wide.depth()).isEqualTo(3);
          Evaluator e = Evaluator.compile(Fixtures.firingWhen(wide, "a"));
          assertThat(e.evaluate(Scenario.builder().name("n").asOf(h(0)).build()).status("p"))
              .isEqualTo(Status.ACTIVE);
        });
  }
}
