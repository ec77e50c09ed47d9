package io.github.guarantees.evaluation;

import static io.github.guarantees.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.guarantees.Fixtures;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.Term;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The instants an agreement computes (a fixed end, the end of a duration, a deadline's violation,
 * the agreement's own end) wait in the sweep until their time comes, all at once if need be: a
 * pledge can have its fixed end, its duration's end and its deadline's violation pending together,
 * beside the agreement's end.
 */
class ComputedInstantsTest {
  /**
   * Ends at h(50 + 2i) or 40 + 2i hours after "a" (whichever comes first: the duration), due within
   * 30 + i hours.
   */
  private static Pledge pledge(int i) {
    return Fixtures.pledge("p" + i)
        .trigger(Condition.always())
        .activation(Condition.occurred("a"))
        .term(Term.builder().endsAt(h(50 + 2 * i)).lastsFor(Duration.ofHours(40 + 2 * i)).build())
        .deadline(Deadline.of("done", Duration.ofHours(30 + i)))
        .build();
  }

  private static Agreement agreement(int pledges) {
    Agreement.Builder b = Fixtures.agreement("a", "done").term(Term.endsAt(h(100)));
    for (int i = 0; i < pledges; i++) {
      b.addPledges(pledge(i));
    }
    return b.build();
  }

  private static final Scenario SCENARIO =
      Scenario.builder().name("late").addEvent("a", h(1)).asOf(h(120)).build();

  @Test
  void everyComputedInstantOfOnePledgeIsPendingAtOnce() {
    Timeline t = Evaluator.compile(agreement(1)).timeline(SCENARIO);
    assertThat(t.pledge("p0").changes())
        .extracting(StatusChange::at, StatusChange::to)
        .containsExactly(
            tuple(h(1), Status.ACTIVE),
            tuple(h(31).plusNanos(1), Status.VIOLATED),
            tuple(h(41), Status.EXPIRED));
  }

  @Test
  void everyComputedInstantOfThreePledgesIsPendingAtOnce() {
    Evaluator evaluator = Evaluator.compile(agreement(3));
    Timeline t = evaluator.timeline(SCENARIO);
    for (int i = 0; i < 3; i++) {
      assertThat(t.pledge("p" + i).changes())
          .extracting(StatusChange::at, StatusChange::to)
          .containsExactly(
              tuple(h(1), Status.ACTIVE),
              tuple(h(31 + i).plusNanos(1), Status.VIOLATED),
              tuple(h(41 + 2 * i), Status.EXPIRED));
      assertThat(evaluator.evaluate(SCENARIO.asOf(h(31 + i))).status("p" + i))
          .isEqualTo(Status.ACTIVE);
    }
    // Fulfilled in time, each still ends when its duration runs out.
    Scenario done =
        Scenario.builder()
            .name("done")
            .addEvent("a", h(1))
            .addEvent("done", h(2))
            .asOf(h(120))
            .build();
    Timeline d = evaluator.timeline(done);
    for (int i = 0; i < 3; i++) {
      assertThat(d.pledge("p" + i).changes())
          .extracting(StatusChange::at, StatusChange::to)
          .containsExactly(
              tuple(h(1), Status.ACTIVE),
              tuple(h(2), Status.FULFILLED),
              tuple(h(41 + 2 * i), Status.EXPIRED));
    }
  }
}
