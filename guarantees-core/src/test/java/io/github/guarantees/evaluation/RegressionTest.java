package io.github.guarantees.evaluation;

import static io.github.guarantees.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.collect.ImmutableSet;
import io.github.guarantees.Fixtures;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Regressions: behaviour that once contradicted DESIGN.md, each case a minimal reproduction. */
class RegressionTest {

  /** DESIGN.md: SUSPENDED = "it was ACTIVE at an earlier instant and is not now". */
  @Test
  void aPledgeActiveBeforeTheFirstEventIsSuspendedOnceBroken() {
    Agreement a = Fixtures.firingWhen(Condition.not(Condition.occurred("attack")), "attack");
    Evaluator e = Evaluator.compile(a);
    assertThat(e.evaluate(Scenario.builder().name("peace").asOf(h(4)).build()).status("p"))
        .isEqualTo(Status.ACTIVE);
    Scenario broken = Scenario.builder().name("attack").addEvent("attack", h(5)).asOf(h(6)).build();
    assertThat(e.evaluate(broken.asOf(h(4))).status("p")).isEqualTo(Status.ACTIVE);
    assertThat(e.evaluate(broken).status("p")).isEqualTo(Status.SUSPENDED);
  }

  /** within(a, 0, b) needs a and b at the same instant: adding both makes it fire. */
  @Test
  void aZeroWindowIsSatisfiableByAddedEvents() {
    Explanation ex =
        Evaluator.compile(Fixtures.firingWhen(Condition.within("a", Duration.ZERO, "b"), "a", "b"))
            .evaluate(Scenario.builder().name("none").asOf(h(0)).build())
            .explain("p");
    assertThat(ex.obstacles()).isEmpty();
    assertThat(ex.missing())
        .containsExactly(ImmutableSet.of(Condition.occurred("a"), Condition.occurred("b")));
  }

  /** Five missing events are still "the smallest set of further events that would make it fire". */
  @Test
  void fiveMissingEventsAreListed() {
    Condition c =
        Condition.allOf(
            Condition.occurred("a"),
            Condition.occurred("b"),
            Condition.occurred("c"),
            Condition.occurred("d"),
            Condition.occurred("e"));
    Explanation ex =
        Evaluator.compile(Fixtures.firingWhen(c, "a", "b", "c", "d", "e"))
            .evaluate(Scenario.builder().name("none").asOf(h(0)).build())
            .explain("p");
    assertThat(ex.missing()).hasSize(1);
    assertThat(ex.missing().get(0)).hasSize(5);
    assertThat(ex.obstacles()).isEmpty();
  }

  /** DESIGN.md, Validation: malformed ids are rejected — the agreement's own id too. */
  @Test
  void aMalformedAgreementIdIsRejected() {
    for (String bad : List.of("bad id!", "")) {
      assertThatExceptionOfType(io.github.guarantees.model.ValidationException.class)
          .isThrownBy(() -> Agreement.builder().id(bad).title("t").build())
          .satisfies(
              e ->
                  assertThat(e.problems())
                      .extracting(io.github.guarantees.model.Problem::site)
                      .containsExactly(io.github.guarantees.model.Site.agreement(bad, "id")));
    }
  }

  /** Smallest sets: no listed set may have a proper subset that already makes it fire. */
  @Test
  void missingSetsAreInclusionMinimalWhenAPartyPatternMeetsAGeneralOne() {
    Condition c =
        Condition.anyOf(
            Condition.after(Condition.occurred("b", "Q"), Condition.occurred("c", "P")),
            Condition.occurred("c"));
    Explanation ex =
        Evaluator.compile(Fixtures.firingWhen(c, "b", "c"))
            .evaluate(Scenario.builder().name("none").asOf(h(0)).build())
            .explain("p");
    assertThat(ex.missing()).allMatch(set -> set.size() == 1);
  }

  /** A contribution that never fired is waiting, not SUSPENDED, when its pledge is suspended. */
  @Test
  void aContributionThatNeverFiredIsPendingWhileItsPledgeIsSuspended() {
    Agreement a =
        Fixtures.agreement("a", "b", "approval")
            .addPledges(
                Fixtures.pledge("p")
                    .trigger(Condition.always())
                    .activation(Condition.inForce("a", "b"))
                    .addContributions(
                        io.github.guarantees.model.Contribution.builder()
                            .party("P")
                            .condition(Condition.occurred("approval", "P"))
                            .build())
                    .build())
            .build();
    Assessment x =
        Evaluator.compile(a)
            .evaluate(
                Scenario.builder()
                    .name("lapsed")
                    .addEvent("a", h(1))
                    .addEvent("b", h(2))
                    .asOf(h(3))
                    .build());
    assertThat(x.status("p")).isEqualTo(Status.SUSPENDED);
    assertThat(x.status("p", "P")).isEqualTo(Status.PENDING);
    assertThat(x.explain("p", "P").reason()).doesNotContain("was active");
  }

  /** An ended term stays ended, even if its ending condition stops holding. */
  @Test
  void aTermThatEndedStaysEnded() {
    Agreement a =
        Fixtures.agreement("a", "b")
            .addPledges(
                Fixtures.pledge("p")
                    .trigger(Condition.always())
                    .term(io.github.guarantees.model.Term.endsWhen(Condition.inForce("a", "b")))
                    .build())
            .build();
    Scenario s =
        Scenario.builder()
            .name("on-off")
            .addEvent("a", h(1))
            .addEvent("b", h(2))
            .asOf(h(3))
            .build();
    Evaluator e = Evaluator.compile(a);
    assertThat(e.evaluate(s.asOf(h(0))).status("p")).isEqualTo(Status.ACTIVE);
    assertThat(e.evaluate(s.asOf(h(1))).status("p")).isEqualTo(Status.EXPIRED);
    assertThat(e.evaluate(s).status("p")).isEqualTo(Status.EXPIRED);
    assertThat(e.timeline(s).pledge("p").changes()).hasSize(1);
  }

  /**
   * An always-on pledge's clock starts at the agreement's date: unrelated events do not move it.
   */
  @Test
  void anAlwaysOnClockStartsAtTheAgreementDateNotAtAnUnrelatedEvent() {
    Agreement.Builder b =
        Fixtures.agreement("noise")
            .addPledges(
                Fixtures.pledge("p")
                    .trigger(Condition.always())
                    .term(io.github.guarantees.model.Term.lastsFor(Duration.ofDays(365)))
                    .build());
    Agreement undated = b.build();
    Agreement dated =
        Fixtures.agreement("noise")
            .addAllPledges(undated.pledges())
            .date(java.time.LocalDate.of(2026, 1, 1))
            .build();
    Scenario quiet = Scenario.builder().name("quiet").asOf(h(24 * 400)).build();
    Scenario noisy =
        Scenario.builder().name("noisy").addEvent("noise", h(24 * 30)).asOf(h(24 * 400)).build();
    for (Scenario s : new Scenario[] {quiet, noisy}) {
      assertThat(Evaluator.compile(undated).evaluate(s).status("p"))
          .as("undated, %s", s.name())
          .isEqualTo(Status.ACTIVE);
      assertThat(Evaluator.compile(dated).evaluate(s).status("p"))
          .as("dated, %s", s.name())
          .isEqualTo(Status.EXPIRED);
      assertThat(Evaluator.compile(dated).evaluate(s.asOf(h(24 * 300))).status("p"))
          .as("dated, %s, before a year", s.name())
          .isEqualTo(Status.ACTIVE);
    }
  }

  /** "GB" is not a typo of "FR": short ids get no far-fetched suggestion. */
  @Test
  void shortIdsGetNoFarFetchedSuggestion() {
    assertThat(io.github.guarantees.model.Suggestions.closest("GB", java.util.List.of("FR", "UK")))
        .isEmpty();
    assertThat(io.github.guarantees.model.Suggestions.closest("Z", java.util.List.of("X")))
        .isEmpty();
    assertThat(io.github.guarantees.model.Suggestions.closest("UKK", java.util.List.of("UK", "FR")))
        .hasValue("UK");
    assertThat(
            io.github.guarantees.model.Suggestions.closest(
                "ukraine-reqest", java.util.List.of("ukraine-request", "request-withdrawn")))
        .hasValue("ukraine-request");
  }

  /** A pledge reports every problem of its own at once, naming itself. */
  @Test
  void aPledgeReportsAllItsProblemsAtOnce() {
    assertThatExceptionOfType(io.github.guarantees.model.ValidationException.class)
        .isThrownBy(() -> Fixtures.pledge("bad id!").title(" ").build())
        .satisfies(
            e ->
                assertThat(e.problems())
                    .extracting(io.github.guarantees.model.Problem::site)
                    .containsExactly(
                        io.github.guarantees.model.Site.pledge("bad id!", "id"),
                        io.github.guarantees.model.Site.pledge("bad id!", "title")));
  }

  /** An event with a blank party is an error, not a party named " ". */
  @Test
  void anEventWithABlankPartyIsRejected() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> io.github.guarantees.scenario.Event.of("attack", " ", h(1)))
        .withMessageContaining("attack")
        .withMessageContaining("party id is blank");
  }
}
