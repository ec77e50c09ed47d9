package io.github.guarantees.evaluation;

import static io.github.guarantees.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.Fixtures;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.evaluation.Cause.TermEnded.Ending;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Term;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How a term ended, as an explanation gives it: when the ending condition first held (if it no
 * longer does), from the start (if it held before any event), at the fixed end, or when the
 * duration ran out; for the agreement's own term as for a pledge's.
 */
class TermEndTest {
  private static final Optional<Condition> NONE = Optional.empty();

  private static Explanation explain(Agreement agreement, Scenario.Builder scenario) {
    return Evaluator.compile(agreement).evaluate(scenario.name("s").build()).explain("p");
  }

  private static Agreement pledgeEndingWhen(Condition ending) {
    return Fixtures.agreement("a", "x", "y")
        .addPledges(
            Fixtures.pledge("p")
                .trigger(Condition.always())
                .activation(Condition.occurred("a"))
                .term(Term.endsWhen(ending))
                .build())
        .build();
  }

  private static Agreement agreementEnding(Term term) {
    return Fixtures.agreement("a", "x", "y")
        .term(term)
        .addPledges(
            Fixtures.pledge("p")
                .trigger(Condition.always())
                .activation(Condition.occurred("a"))
                .build())
        .build();
  }

  @Test
  void anEndingConditionThatNoLongerHoldsEndedItWhenItFirstHeld() {
    Condition inForce = Condition.inForce("x", "y");
    Explanation e =
        explain(
            pledgeEndingWhen(inForce),
            Scenario.builder().addEvent("x", h(1)).addEvent("y", h(2)).asOf(h(3)));
    assertThat(e.status()).isEqualTo(Status.EXPIRED);
    assertThat(e.causes())
        .containsExactly(
            new Cause.TermEnded(
                Ending.ENDING_CONDITION,
                Optional.of(h(1)),
                Optional.of(inForce),
                Optional.empty(),
                Optional.empty(),
                NONE));
  }

  @Test
  void anEndingConditionThatHeldBeforeAnyEventEndedItFromTheStart() {
    Condition peace = Condition.not(Condition.occurred("x"));
    Explanation e =
        explain(pledgeEndingWhen(peace), Scenario.builder().addEvent("x", h(1)).asOf(h(2)));
    assertThat(e.causes())
        .containsExactly(
            new Cause.TermEnded(
                Ending.ENDING_CONDITION,
                Optional.of(Instant.MIN),
                Optional.of(peace),
                Optional.empty(),
                Optional.empty(),
                NONE));
  }

  @Test
  void theAgreementsOwnTermEndsItsPledges() {
    Explanation fixed =
        explain(
            agreementEnding(Term.endsAt(h(5))), Scenario.builder().addEvent("a", h(1)).asOf(h(6)));
    assertThat(fixed.status()).isEqualTo(Status.EXPIRED);
    assertThat(fixed.causes())
        .containsExactly(
            new Cause.AgreementEnded(
                new Cause.TermEnded(
                    Ending.FIXED_END,
                    Optional.of(h(5)),
                    NONE,
                    Optional.empty(),
                    Optional.empty(),
                    NONE)));
    Condition peace = Condition.occurred("x");
    Explanation ended =
        explain(
            agreementEnding(Term.endsWhen(peace)),
            Scenario.builder().addEvent("a", h(1)).addEvent("x", h(3)).asOf(h(6)));
    assertThat(ended.causes())
        .containsExactly(
            new Cause.AgreementEnded(
                new Cause.TermEnded(
                    Ending.ENDING_CONDITION,
                    Optional.of(h(3)),
                    Optional.of(peace),
                    Optional.empty(),
                    Optional.empty(),
                    NONE)));
    Condition noWar = Condition.not(Condition.occurred("y"));
    Explanation fromStart =
        explain(agreementEnding(Term.endsWhen(noWar)), Scenario.builder().asOf(h(6)));
    assertThat(fromStart.causes())
        .containsExactly(
            new Cause.AgreementEnded(
                new Cause.TermEnded(
                    Ending.ENDING_CONDITION,
                    Optional.of(Instant.MIN),
                    Optional.of(noWar),
                    Optional.empty(),
                    Optional.empty(),
                    NONE)));
    Condition since = Condition.occurred("x");
    Explanation lasted =
        explain(
            agreementEnding(Term.lastsFor(Duration.ofHours(10), since)),
            Scenario.builder().addEvent("x", h(1)).addEvent("a", h(2)).asOf(h(12)));
    assertThat(lasted.causes())
        .containsExactly(
            new Cause.AgreementEnded(
                new Cause.TermEnded(
                    Ending.DURATION,
                    Optional.of(h(11)),
                    NONE,
                    Optional.of(Duration.ofHours(10)),
                    Optional.of(h(1)),
                    Optional.of(since))));
  }
}
