package io.github.guarantees.report;

import static io.github.guarantees.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.evaluation.AgreementStatus;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every report shows beside a row: an event's line, the ignored events' heading, instants. */
class MarksTest {
  @Test
  void anEventLineShowsOnlyTheFieldsTheEventHas() {
    assertThat(Marks.line(Event.of("ceasefire", h(1))))
        .isEqualTo("2026-01-01T01:00:00Z  ceasefire");
    assertThat(Marks.line(Event.builder().trigger("attack").target("UA").at(h(1)).build()))
        .isEqualTo("2026-01-01T01:00:00Z  attack (? against UA)");
    assertThat(Marks.line(Event.builder().trigger("attack").place("UA").at(h(1)).build()))
        .isEqualTo("2026-01-01T01:00:00Z  attack (? in UA)");
    assertThat(Marks.line(Event.builder().trigger("attack").note("at dawn").at(h(1)).build()))
        .isEqualTo("2026-01-01T01:00:00Z  attack — at dawn");
    assertThat(
            Marks.line(
                Event.builder()
                    .trigger("attack")
                    .party("RU")
                    .target("UA")
                    .place("UA")
                    .note("at dawn")
                    .at(h(1))
                    .build()))
        .isEqualTo("2026-01-01T01:00:00Z  attack (RU against UA in UA) — at dawn");
  }

  @Test
  void theIgnoredEventsAreCountedInTheHeading() {
    Scenario one =
        Scenario.builder().name("s").addEvent("a", h(1)).addEvent("b", h(3)).asOf(h(2)).build();
    assertThat(Marks.ignoredHeading(one))
        .isEqualTo("1 event after the as-of instant 2026-01-01T02:00:00Z, ignored");
    Scenario two = one.asOf(h(0));
    assertThat(Marks.ignoredHeading(two))
        .isEqualTo("2 events after the as-of instant 2026-01-01T00:00:00Z, ignored");
  }

  @Test
  void theAgreementIsMentionedOnlyWhenItIsNotSimplyInEffect() {
    assertThat(Marks.agreement(AgreementStatus.IN_EFFECT)).isEmpty();
    assertThat(Marks.agreement(AgreementStatus.COMPLETED))
        .hasValue("completed: every obligation fulfilled (successful termination)");
    assertThat(Marks.agreement(AgreementStatus.TERMINATED))
        .hasValue("terminated by the exercise of a power");
    assertThat(Marks.agreement(AgreementStatus.EXPIRED)).hasValue("ended by its own term");
  }

  @Test
  void aChangeOneNanosecondAfterAWholeSecondIsShownAsAfterThatSecond() {
    Instant second = Instant.parse("2026-09-02T06:00:00Z");
    assertThat(TimelineReport.when(second.plusNanos(1))).isEqualTo("after 2026-09-02T06:00:00Z");
    assertThat(TimelineReport.when(second)).isEqualTo("2026-09-02T06:00:00Z");
    assertThat(TimelineReport.when(second.plusNanos(2)))
        .isEqualTo("2026-09-02T06:00:00.000000002Z");
  }
}
