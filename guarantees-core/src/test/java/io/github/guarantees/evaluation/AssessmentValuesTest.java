package io.github.guarantees.evaluation;

import static io.github.guarantees.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.guarantees.Fixtures;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Assessments, timelines and decisions as values: what they hold, how they print in one line, and
 * how they compare.
 */
class AssessmentValuesTest {
  private static final Contribution BY_P = Contribution.of("P");
  private static final Contribution BY_Q =
      Contribution.builder().party("Q").condition(Condition.occurred("b")).build();

  private static final Agreement AGREEMENT =
      Fixtures.agreement("a", "b")
          .addPledges(
              Fixtures.pledge("solo")
                  .trigger(Condition.always())
                  .activation(Condition.occurred("b"))
                  .build(),
              Fixtures.pledge("joint")
                  .trigger(Condition.always())
                  .activation(Condition.occurred("a"))
                  .addContributions(BY_P, BY_Q)
                  .build())
          .build();

  private static final Evaluator EVALUATOR = Evaluator.compile(AGREEMENT);
  private static final Scenario SCENARIO =
      Scenario.builder().name("s").addEvent("a", h(1)).asOf(h(2)).build();

  @Test
  void anAssessmentHoldsEachContributionAndPrintsEveryStatus() {
    Assessment a = EVALUATOR.evaluate(SCENARIO);
    assertThat(a.contribution("joint", "Q").contribution()).isEqualTo(BY_Q);
    assertThat(a.contribution("joint", "Q").blockedBy()).isEmpty();
    assertThat(a)
        .hasToString(
            "Assessment{s as of 2026-01-01T02:00:00Z: [solo=PENDING, joint=ACTIVE [P=ACTIVE,"
                + " Q=PENDING]]}");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> a.contribution("joint", "QQ"))
        .withMessage("pledge 'joint' has no contribution by 'QQ'; did you mean 'Q'?");
  }

  @Test
  void aTimelineHoldsEachContributionAndPrintsEveryChange() {
    Timeline t = EVALUATOR.timeline(SCENARIO);
    ContributionTimeline q = t.pledge("joint").contribution("Q").orElseThrow();
    assertThat(q.contribution()).isEqualTo(BY_Q);
    assertThat(q.status()).isEqualTo(Status.PENDING);
    assertThat(t.pledge("joint").contribution("P").orElseThrow().status()).isEqualTo(Status.ACTIVE);
    assertThat(t.pledges())
        .extracting(PledgeTimeline::toString)
        .containsExactly(
            "solo: PENDING",
            "joint: PENDING [2026-01-01T01:00:00Z PENDING -> ACTIVE: a @ 2026-01-01T01:00:00Z]");
    assertThat(t.pledge("joint").contributions())
        .extracting(ContributionTimeline::toString)
        .containsExactly(
            "P: PENDING [2026-01-01T01:00:00Z PENDING -> ACTIVE: a @ 2026-01-01T01:00:00Z]",
            "Q: PENDING");
  }

  @Test
  void decisionsAreEqualWhenEveryStatusIs() {
    Decisions d = EVALUATOR.decide(SCENARIO);
    Decisions same = EVALUATOR.decide(SCENARIO.asOf(h(3)));
    Decisions other =
        EVALUATOR.decide(Scenario.builder().name("s").addEvent("b", h(1)).asOf(h(2)).build());
    assertThat(d).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(d).isNotEqualTo(other).doesNotHaveSameHashCodeAs(other);
    assertThat(d).isNotEqualTo(Evaluator.compile(AGREEMENT).decide(SCENARIO));
    assertThat(EVALUATOR).hasToString("Evaluator{test, 2 pledges}");
  }
}
