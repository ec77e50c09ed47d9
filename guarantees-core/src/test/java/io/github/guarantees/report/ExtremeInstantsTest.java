package io.github.guarantees.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.Fixtures;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Limits;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Term;
import io.github.guarantees.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The extremes of the accepted ranges (issue "hostile input": an as-of near {@code Instant.MAX}
 * broke explanations and reports): events at the earliest instant, as-of the latest, the longest
 * deadline, term and window, all evaluate, explain, build a timeline and render.
 */
class ExtremeInstantsTest {
  @Test
  void theLongestDurationsFromTheEarliestInstantToTheLatest() {
    Agreement agreement =
        Fixtures.agreement("a", "b")
            .addPledges(
                Fixtures.pledge("p")
                    .trigger(Condition.always())
                    .activation(Condition.within("b", Limits.LONGEST, "a"))
                    .term(Term.lastsFor(Limits.LONGEST))
                    .build(),
                Fixtures.pledge("q")
                    .trigger(Condition.always())
                    .activation(Condition.occurred("a"))
                    .deadline(Deadline.of("b", Limits.LONGEST))
                    .build())
            .build();
    Evaluator evaluator = Evaluator.compile(agreement);
    Scenario scenario =
        Scenario.builder()
            .name("extremes")
            .addEvent("a", Limits.EARLIEST)
            .addEvent("b", Limits.EARLIEST)
            .asOf(Limits.LATEST)
            .build();
    Assessment a = evaluator.evaluate(scenario);
    // 1000 years after year 1, both the term and the deadline lie long before year 9999.
    assertThat(a.status("p")).isEqualTo(Status.EXPIRED);
    assertThat(a.status("q")).isEqualTo(Status.FULFILLED);
    assertThat(a.explain("p").status()).isEqualTo(Status.EXPIRED);
    assertThat(a.explain("q").status()).isEqualTo(Status.FULFILLED);
    Timeline timeline = evaluator.timeline(scenario);
    assertThat(timeline.statusAt("p", Limits.LATEST)).isEqualTo(Status.EXPIRED);
    assertThat(timeline.statusAt("p", Limits.EARLIEST)).isEqualTo(Status.ACTIVE);
    assertThat(TextReport.render(a)).contains(" expired ");
    assertThat(TimelineReport.render(timeline)).contains(Limits.EARLIEST.toString());
    assertThat(MarkdownReport.render(a, true)).contains(Limits.LATEST.toString());
  }

  @Test
  void nothingHappenedByTheLatestInstant() {
    Agreement agreement =
        Fixtures.agreement("a")
            .addPledges(
                Fixtures.pledge("p")
                    .trigger(Condition.always())
                    .activation(Condition.occurred("a"))
                    .build())
            .build();
    Assessment a =
        Evaluator.compile(agreement)
            .evaluate(Scenario.builder().name("none").asOf(Limits.LATEST).build());
    assertThat(a.status("p")).isEqualTo(Status.PENDING);
    // What is missing is an event that would have to come after the latest instant.
    assertThat(a.explain("p").missing())
        .containsExactly(com.google.common.collect.ImmutableSet.of(Condition.occurred("a")));
    assertThat(TextReport.render(a)).contains(" pending ");
  }
}
