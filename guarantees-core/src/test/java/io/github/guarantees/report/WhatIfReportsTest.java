package io.github.guarantees.report;

import static io.github.guarantees.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.Treaty;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a reader must see in every report so that a what-if cannot mislead: the events a scenario
 * lists after its as-of instant, a contribution's illustrative mark and a pledge's tags.
 */
class WhatIfReportsTest {
  private static final String WHY = "no source names Italy; listed to show its caveat";

  private static final Agreement MARKED =
      Treaty.base()
          .addPledges(
              Pledge.builder()
                  .from(Treaty.force().build())
                  .contributions(
                      List.of(
                          Contribution.of("FR"),
                          Contribution.builder().party("IT").illustrative(WHY).build()))
                  .addTags("component-3")
                  .build())
          .build();

  /** The force fires at hour 3; a later attack at hour 9 lies after the as-of instant (hour 4). */
  private static final Scenario LATE_ATTACK = Treaty.firing(h(4)).addEvent("attack", h(9)).build();

  private final Assessment assessment = Evaluator.compile(MARKED).evaluate(LATE_ATTACK);

  @Test
  void theScenarioKeepsTheEventsAfterItsAsOfInstantApart() {
    assertThat(LATE_ATTACK.eventsAfterAsOf())
        .extracting(e -> e.trigger())
        .containsExactly("attack");
    assertThat(LATE_ATTACK.eventsAsOf()).extracting(e -> e.trigger()).doesNotContain("attack");
    assertThat(LATE_ATTACK.asOf(h(10)).eventsAfterAsOf()).isEmpty();
  }

  @Test
  void theTextReportListsTheIgnoredEventsAndTheMarks() {
    String text = TextReport.render(assessment, 1_000);
    assertThat(text)
        .contains(Marks.ignoredHeading(LATE_ATTACK))
        .contains(h(9) + "  attack")
        .contains("illustrative: " + WHY)
        .contains("component-3");
  }

  @Test
  void theMarkdownReportListsTheIgnoredEventsAndTheMarks() {
    String md = MarkdownReport.render(assessment, true);
    assertThat(md)
        .contains(Marks.ignoredHeading(LATE_ATTACK))
        .contains("- " + h(9) + "  attack")
        .contains("illustrative: " + WHY)
        .contains("component-3");
  }

  @Test
  void theTimelineSaysWhereItStoppedAndWhatItLeftOut() {
    String timeline =
        TimelineReport.render(Evaluator.compile(MARKED).timeline(LATE_ATTACK), p -> true, 1_000);
    assertThat(timeline)
        .contains("stopped at " + h(4))
        .contains(h(9) + "  attack")
        .contains("[illustrative: " + WHY + "]");
  }

  @Test
  void nothingIsListedAsIgnoredWhenNothingWas() {
    Assessment plain = Evaluator.compile(MARKED).evaluate(Treaty.firing(h(4)).build());
    assertThat(TextReport.render(plain)).doesNotContain("after the as-of instant");
    assertThat(MarkdownReport.render(plain, false)).doesNotContain("after the as-of instant");
  }
}
