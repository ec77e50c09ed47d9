package io.github.guarantees.evaluation;

import static io.github.guarantees.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.guarantees.Fixtures;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Term;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Each change of a timeline names the events that caused it: of the events at its instant, those a
 * condition of the pledge could have noticed; the ending condition's for a term that ended; the
 * fulfilling or breaching event for an obligation decided; none for an instant the agreement
 * computed.
 */
class TimelineEventsTest {
  private static final Agreement AGREEMENT =
      Fixtures.agreement("a", "z", "peace", "done", "strike", "ok")
          .addPledges(
              Fixtures.pledge("ends")
                  .trigger(Condition.always())
                  .activation(Condition.occurred("a"))
                  .term(Term.endsWhen(Condition.occurred("peace")))
                  .build(),
              Fixtures.pledge("fixed")
                  .trigger(Condition.always())
                  .activation(Condition.occurred("a"))
                  .term(Term.endsAt(h(6)))
                  .build(),
              Fixtures.pledge("due")
                  .trigger(Condition.always())
                  .activation(Condition.occurred("a"))
                  .deadline(Deadline.of("done", Duration.ofHours(2)))
                  .build(),
              Fixtures.pledge("late")
                  .trigger(Condition.always())
                  .activation(Condition.occurred("a"))
                  .deadline(Deadline.of("done", Duration.ofMinutes(30)))
                  .build(),
              Fixtures.pledge("refrain")
                  .trigger(Condition.always())
                  .activation(Condition.always())
                  .addRefrainsFrom(Condition.occurred("strike"))
                  .addContributions(
                      Contribution.of("P"),
                      Contribution.builder()
                          .party("Q")
                          .condition(Condition.occurred("ok", "Q"))
                          .build())
                  .build())
          .build();

  private static final Scenario SCENARIO =
      Scenario.builder()
          .name("changes")
          .addEvent("a", h(1))
          .addEvent("z", h(1))
          .addEvent("strike", "P", h(2))
          .addEvent("done", h(2))
          .addEvent("z", h(3))
          .addEvent("peace", h(3))
          .addEvent("ok", "Q", h(4))
          .addEvent("z", h(6))
          .asOf(h(7))
          .build();

  private static final Timeline TIMELINE = Evaluator.compile(AGREEMENT).timeline(SCENARIO);

  @Test
  void aChangeNamesTheEventsAConditionOfThePledgeNoticed() {
    assertThat(TIMELINE.pledge("ends").changes())
        .extracting(StatusChange::at, StatusChange::to, StatusChange::events)
        .containsExactly(
            tuple(h(1), Status.ACTIVE, java.util.List.of(Event.of("a", h(1)))),
            tuple(h(3), Status.EXPIRED, java.util.List.of(Event.of("peace", h(3)))));
  }

  @Test
  void aTermAtAFixedEndOrADeadlineThatPassesHasNoEvents() {
    assertThat(TIMELINE.pledge("fixed").changes())
        .extracting(StatusChange::at, StatusChange::to, StatusChange::events)
        .containsExactly(
            tuple(h(1), Status.ACTIVE, java.util.List.of(Event.of("a", h(1)))),
            tuple(h(6), Status.EXPIRED, java.util.List.of()));
    assertThat(TIMELINE.pledge("late").changes())
        .extracting(StatusChange::at, StatusChange::to, StatusChange::events)
        .containsExactly(
            tuple(h(1), Status.ACTIVE, java.util.List.of(Event.of("a", h(1)))),
            tuple(
                h(1).plus(Duration.ofMinutes(30)).plusNanos(1),
                Status.VIOLATED,
                java.util.List.of()));
  }

  @Test
  void anObligationDecidedNamesTheEventThatDecidedIt() {
    assertThat(TIMELINE.pledge("due").changes())
        .extracting(StatusChange::at, StatusChange::to, StatusChange::events)
        .containsExactly(
            tuple(h(1), Status.ACTIVE, java.util.List.of(Event.of("a", h(1)))),
            tuple(h(2), Status.FULFILLED, java.util.List.of(Event.of("done", h(2)))));
    PledgeTimeline refrain = TIMELINE.pledge("refrain");
    assertThat(refrain.initial()).isEqualTo(Status.ACTIVE);
    assertThat(refrain.changes())
        .extracting(StatusChange::at, StatusChange::to, StatusChange::events)
        .containsExactly(
            tuple(h(2), Status.VIOLATED, java.util.List.of(Event.of("strike", "P", h(2)))));
    assertThat(refrain.contribution("P").orElseThrow().changes())
        .extracting(StatusChange::at, StatusChange::to, StatusChange::events)
        .containsExactly(
            tuple(h(2), Status.VIOLATED, java.util.List.of(Event.of("strike", "P", h(2)))));
    // Q's own condition is noticed for its contribution alone.
    ContributionTimeline q = refrain.contribution("Q").orElseThrow();
    assertThat(q.initial()).isEqualTo(Status.PENDING);
    assertThat(q.changes())
        .extracting(StatusChange::at, StatusChange::to, StatusChange::events)
        .containsExactly(tuple(h(4), Status.ACTIVE, java.util.List.of(Event.of("ok", "Q", h(4)))));
  }

  @Test
  void aTimelineCoversItsScenarioUpToTheAsOfInstant() {
    assertThat(TIMELINE.asOf()).isEqualTo(h(7));
    assertThat(TIMELINE.scenario()).isEqualTo(SCENARIO);
    assertThat(TIMELINE.agreement()).isEqualTo(AGREEMENT);
    assertThat(TIMELINE.pledges())
        .extracting(PledgeTimeline::id)
        .containsExactly("ends", "fixed", "due", "late", "refrain");
    assertThat(TIMELINE.statusAt("refrain", "Q", h(3))).isEqualTo(Status.PENDING);
    assertThat(TIMELINE.statusAt("refrain", "Q", h(4))).isEqualTo(Status.ACTIVE);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> TIMELINE.statusAt("refrain", "R", h(4)))
        .withMessage("pledge 'refrain' has no contribution by 'R'");
    assertThat(TIMELINE.toString()).startsWith("Timeline{changes as of 2026-01-01T07:00:00Z: [");
  }
}
