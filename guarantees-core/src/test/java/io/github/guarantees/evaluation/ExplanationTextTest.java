package io.github.guarantees.evaluation;

import static io.github.guarantees.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.Fixtures;
import io.github.guarantees.Treaty;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Term;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * An explanation in English, whole: the status and its reason, the source, the caveat, the term and
 * the obligation, each condition's trace, what is missing and the obstacles, each on its line. What
 * an explanation says is data ({@link ExplanationTest}, {@link CauseTest}); this is its words.
 */
class ExplanationTextTest {
  /** Due within 2 hours of "a", while "peace" has not come; its term ends when it comes. */
  private static final Evaluator DUE =
      Evaluator.compile(
          Fixtures.agreement("a", "done", "peace")
              .addPledges(
                  Fixtures.pledge("due")
                      .trigger(Condition.occurred("a"))
                      .activation(
                          Condition.allOf(
                              Condition.occurred("a"), Condition.not(Condition.occurred("peace"))))
                      .deadline(Deadline.of("done", Duration.ofHours(2)))
                      .term(Term.endsWhen(Condition.occurred("peace")))
                      .build())
              .build());

  @Test
  void aBlockedContributionNamesItsCaveatAndItsOwnCondition() {
    Assessment a = Evaluator.compile(Treaty.agreement()).evaluate(Treaty.firing(h(4)).build());
    assertThat(a.explain("force", "IT").toString())
        .isEqualTo(
            """
            contribution of IT to pledge 'force': BLOCKED — blocked by caveat 'no-ground-troops' \
            of IT: No ground troops in Ukraine
              source: Test Declaration, Component 3 (summary only)
                "the words of Component 3"
              blocked by caveat 'no-ground-troops': No ground troops in Ukraine
              trigger:
                [yes] inForce(ceasefire, revokedBy ceasefire-collapsed) — in force since \
            2026-01-01T01:00:00Z
              activation:
                [yes] all of 2 must hold; 2 do
                      [yes] inForce(request, revokedBy request-withdrawn) — in force since \
            2026-01-01T03:00:00Z
                      [yes] occurred(credible-cessation) — first at 2026-01-01T02:00:00Z
              contribution condition:
                [yes] always — holds unconditionally
              obstacle: blocked by caveat 'no-ground-troops' of IT: No ground troops in Ukraine
            """);
    assertThat(a.explain("force", "FR").reason())
        .isEqualTo("fires: pledge active and own condition holds");
  }

  @Test
  void aDormantObligationSaysWhatIsMissingAndWhatWillBeDue() {
    Scenario nothing = Scenario.builder().name("n").asOf(h(1)).build();
    assertThat(DUE.evaluate(nothing).explain("due").toString())
        .isEqualTo(
            """
            pledge 'due': DORMANT — not in play; needs: a; once active: done due within 2 hours
              source: Test Declaration, clause of due (summary only)
                "the words of clause of due"
              obligation: once active: done due within 2 hours
              trigger:
                [no]  occurred(a) — no such event yet
              activation:
                [no]  all of 2 must hold; 1 does
                      [no]  occurred(a) — no such event yet
                      [yes] not: the negated condition fails
                            [no]  occurred(peace) — no such event yet
              missing: a
            """);
  }

  @Test
  void anEndedTermIsItsLineAndItsObstacle() {
    Scenario peace =
        Scenario.builder().name("n").addEvent("a", h(1)).addEvent("peace", h(2)).asOf(h(3)).build();
    assertThat(DUE.evaluate(peace).explain("due").toString())
        .isEqualTo(
            """
            pledge 'due': EXPIRED — term ended: the term ended when occurred(peace) held
              source: Test Declaration, clause of due (summary only)
                "the words of clause of due"
              term: the term ended when occurred(peace) held
              obligation: due: done by 2026-01-01T03:00:00Z (within 2 hours of first activation \
            at 2026-01-01T01:00:00Z)
              trigger:
                [yes] occurred(a) — first at 2026-01-01T01:00:00Z
              activation:
                [no]  all of 2 must hold; 1 does
                      [yes] occurred(a) — first at 2026-01-01T01:00:00Z
                      [no]  not: broken, the negated condition holds
                            [yes] occurred(peace) — first at 2026-01-01T02:00:00Z
              obstacle: term ended: the term ended when occurred(peace) held
            """);
  }

  @Test
  void reasonsFollowTheStatus() {
    Scenario done =
        Scenario.builder().name("n").addEvent("a", h(1)).addEvent("done", h(2)).asOf(h(3)).build();
    assertThat(DUE.evaluate(done).explain("due").reason())
        .isEqualTo(
            "fulfilled: done @ 2026-01-01T02:00:00Z, due by 2026-01-01T03:00:00Z (within 2 hours"
                + " of first activation at 2026-01-01T01:00:00Z)");
    Agreement lapsing = Fixtures.firingWhen(Condition.inForce("a", "peace"), "a", "peace");
    Scenario lapsed =
        Scenario.builder().name("n").addEvent("a", h(1)).addEvent("peace", h(2)).asOf(h(3)).build();
    assertThat(Evaluator.compile(lapsing).evaluate(lapsed).explain("p").reason())
        .isEqualTo("was active, has lapsed; needs: a");
  }
}
