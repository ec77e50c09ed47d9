package io.github.guarantees.evaluation;

import static io.github.guarantees.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import io.github.guarantees.Fixtures;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.evaluation.Cause.TermEnded.Ending;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Term;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Explanations carry their causes as data; tests read the records, not the English. */
class CauseTest {
  private static final String[] TRIGGERS = new String[67];

  static {
    for (int i = 0; i < 64; i++) {
      TRIGGERS[i] = "t" + i;
    }
    TRIGGERS[64] = "x";
    TRIGGERS[65] = "armed-attack";
    TRIGGERS[66] = "y";
  }

  private static Scenario scenario(Scenario.Builder b) {
    return b.name("s").build();
  }

  private static Condition atLeast32Of64() {
    List<Condition> ops = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      ops.add(Condition.occurred("t" + i));
    }
    return Condition.atLeast(32, ops.toArray(new Condition[0]));
  }

  @Test
  void atLeast32Of64BesideANotThatNoEventCanRepairIsProvenHopelessAndNamesTheBrokenNot() {
    Condition broken = Condition.not(Condition.occurred("x"));
    Agreement agreement = Fixtures.firingWhen(Condition.allOf(broken, atLeast32Of64()), TRIGGERS);
    Scenario s = scenario(Scenario.builder().addEvent("x", h(1)).asOf(h(2)));
    Explanation why = Evaluator.compile(agreement).evaluate(s).explain("p");
    assertThat(why.status()).isEqualTo(Status.PENDING);
    assertThat(why.missing()).isEmpty();
    assertThat(why.causes()).hasSize(2);
    assertThat(why.causes().get(0))
        .isInstanceOfSatisfying(
            Cause.BrokenNot.class,
            b -> {
              assertThat(b.condition()).isEqualTo(broken);
              assertThat(b.negated().holds()).isTrue();
              assertThat(b.negated().events()).extracting(e -> e.at()).containsExactly(h(1));
            });
    // `x` happened and cannot un-happen: no search is needed to know nothing can be added.
    assertThat(why.causes().get(1)).isEqualTo(new Cause.NoFurtherEvents(true, false));
  }

  @Test
  void atLeast32Of64BesideARepairableBrokenNotStopsAtItsWorkLimit() {
    // The `not` could be repaired (a `y` revokes `x`), but a `y` also breaks the second `not`:
    // no proof rules that out, so the search runs (the 256 choices of 32 of the 64 events, each
    // with the `y`, then every small set), and stops at its limit.
    Condition broken = Condition.not(Condition.inForce("x", "y"));
    Agreement agreement =
        Fixtures.firingWhen(
            Condition.allOf(broken, atLeast32Of64(), Condition.not(Condition.occurred("y"))),
            TRIGGERS);
    Scenario s = scenario(Scenario.builder().addEvent("x", h(1)).asOf(h(2)));
    Explanation why = Evaluator.compile(agreement).evaluate(s).explain("p");
    assertThat(why.status()).isEqualTo(Status.PENDING);
    assertThat(why.missing()).isEmpty();
    assertThat(why.causes())
        .containsExactly(
            new Cause.BrokenNot(broken, why.activation().operands().get(0).operands().get(0)),
            new Cause.NoFurtherEvents(false, true));
  }

  @Test
  void atLeast32Of64BesideANotMendedByARevocationNeedsTheRevocationAndThirtyTwoEvents() {
    Condition broken = Condition.not(Condition.inForce("x", "y"));
    Agreement agreement = Fixtures.firingWhen(Condition.allOf(broken, atLeast32Of64()), TRIGGERS);
    Scenario s = scenario(Scenario.builder().addEvent("x", h(1)).asOf(h(2)));
    Explanation why = Evaluator.compile(agreement).evaluate(s).explain("p");
    assertThat(why.status()).isEqualTo(Status.PENDING);
    Cause.NeedsEvents needs = (Cause.NeedsEvents) why.causes().get(0);
    // Each of the 256 candidate sets of 33 events costs a proof, a placement and 33 proofs while
    // shrinking: the work limit stops the search, which reports the sets it verified as cut short.
    assertThat(needs.searchCut()).isTrue();
    assertThat(needs.eventSets()).isNotEmpty();
    for (var set : needs.eventSets()) {
      assertThat(set).hasSize(33).contains(Condition.occurred("y"));
    }
  }

  /**
   * A later event after an earlier one of the same pattern needs two such events; a set of missing
   * events holds each pattern once, so none is found, and the explanation says that it was not
   * found rather than that none exists.
   */
  @Test
  void twoEventsOfOnePatternAreNotFoundAndNotClaimedImpossible() {
    Agreement agreement = Fixtures.firingWhen(Condition.after("x", "x"), TRIGGERS);
    Explanation why =
        Evaluator.compile(agreement).evaluate(scenario(Scenario.builder().asOf(h(2)))).explain("p");
    assertThat(why.causes()).containsExactly(new Cause.NoFurtherEvents(false, false));
    assertThat(why.reason())
        .isEqualTo(
            "in play; no further events found make it fire (sets of up to 4 events, one of each"
                + " kind, tried)");
  }

  @Test
  void missingEventsNameThePartyAPatternWaitsFor() {
    Agreement agreement =
        Fixtures.firingWhen(Condition.occurred("armed-attack", "Q"), "armed-attack");
    Explanation why =
        Evaluator.compile(agreement)
            .evaluate(scenario(Scenario.builder().addEvent("armed-attack", "P", h(1)).asOf(h(2))))
            .explain("p");
    assertThat(why.causes())
        .containsExactly(
            new Cause.NeedsEvents(
                com.google.common.collect.ImmutableList.of(
                    ImmutableSet.of(Condition.occurred("armed-attack", "Q"))),
                0,
                false));
    assertThat(why.reason()).isEqualTo("in play; needs: armed-attack by Q");
  }

  @Test
  void moreWaysThanTheListShowsAreCounted() {
    List<Condition> ops = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      ops.add(Condition.occurred("t" + i));
    }
    Agreement agreement = Fixtures.firingWhen(Condition.anyOf(ops), TRIGGERS);
    Explanation why =
        Evaluator.compile(agreement).evaluate(scenario(Scenario.builder().asOf(h(2)))).explain("p");
    Cause.NeedsEvents needs = (Cause.NeedsEvents) why.causes().get(0);
    assertThat(needs.eventSets()).hasSize(Explanation.MAX_MISSING_SETS);
    assertThat(needs.more()).isEqualTo(12 - Explanation.MAX_MISSING_SETS);
    assertThat(needs.searchCut()).isFalse();
    assertThat(why.reason()).endsWith("t7, and 4 more");
  }

  @Test
  void termsDeadlinesAndActiveStatusesAreData() {
    Agreement agreement =
        Fixtures.agreement("a", "b", "done")
            .addPledges(
                Fixtures.pledge("ends")
                    .activation(Condition.occurred("a"))
                    .term(Term.endsWhen(Condition.occurred("b")))
                    .build(),
                Fixtures.pledge("due")
                    .activation(Condition.occurred("a"))
                    .deadline(Deadline.of("done", Duration.ofHours(2)))
                    .build(),
                Fixtures.pledge("lasts")
                    .activation(Condition.occurred("a"))
                    .term(Term.lastsFor(Duration.ofHours(3)))
                    .build())
            .build();
    Scenario s =
        scenario(
            Scenario.builder()
                .addEvent("a", h(1))
                .addEvent("b", h(2))
                .addEvent("done", h(4))
                .asOf(h(5)));
    Assessment a = Evaluator.compile(agreement).evaluate(s);
    assertThat(a.explain("ends").causes())
        .singleElement()
        .isInstanceOfSatisfying(
            Cause.TermEnded.class,
            t -> {
              assertThat(t.ending()).isEqualTo(Ending.ENDING_CONDITION);
              assertThat(t.at()).isEmpty();
              assertThat(t.endsWhen()).contains(Condition.occurred("b"));
            });
    assertThat(a.explain("due").causes())
        .singleElement()
        .isInstanceOfSatisfying(
            Cause.DeadlinePassed.class,
            d -> {
              assertThat(d.start()).isEqualTo(h(1));
              assertThat(d.due()).isEqualTo(h(3));
              assertThat(d.cameLate()).hasValueSatisfying(e -> assertThat(e.at()).isEqualTo(h(4)));
            });
    assertThat(a.explain("lasts").causes())
        .containsExactly(
            new Cause.TermEnded(
                Ending.DURATION,
                java.util.Optional.of(h(4)),
                java.util.Optional.empty(),
                java.util.Optional.of(Duration.ofHours(3)),
                java.util.Optional.of(h(1)),
                java.util.Optional.empty()));
    Assessment before = Evaluator.compile(agreement).evaluate(s.asOf(h(1)));
    assertThat(before.explain("due").causes())
        .containsExactly(
            new Cause.Fires(),
            new Cause.DeadlineOpen(
                Condition.occurred("done"),
                io.github.guarantees.model.Deadline.of("done", Duration.ofHours(2)),
                h(1),
                java.util.Optional.of(h(3))));
    assertThat(Explanation.render(before.explain("due").causes().get(1)))
        .isEqualTo(
            "due: done by 2026-01-01T03:00:00Z (within 2 hours of first activation at"
                + " 2026-01-01T01:00:00Z)");
  }

  @Test
  void anObligationThatDoesNotFireSaysWhatIsMissingThenWhatWillBeDue() {
    Deadline due = Deadline.of("done", Duration.ofHours(2));
    Agreement agreement =
        Fixtures.agreement("a", "done", "strike")
            .addPledges(
                Fixtures.pledge("due")
                    .trigger(Condition.always())
                    .activation(Condition.occurred("a"))
                    .deadline(due)
                    .build(),
                Fixtures.pledge("refrain")
                    .trigger(Condition.always())
                    .activation(Condition.occurred("a"))
                    .addRefrainsFrom(Condition.occurred("strike"))
                    .build())
            .build();
    Evaluator evaluator = Evaluator.compile(agreement);
    Assessment before = evaluator.evaluate(scenario(Scenario.builder().asOf(h(1))));
    com.google.common.collect.ImmutableList<ImmutableSet<io.github.guarantees.condition.Occurred>>
        needsA =
            com.google.common.collect.ImmutableList.of(ImmutableSet.of(Condition.occurred("a")));
    assertThat(before.explain("due").causes())
        .containsExactly(
            new Cause.NeedsEvents(needsA, 0, false),
            new Cause.DeadlineAhead(Condition.occurred("done"), due));
    Cause.Restraint restraint =
        new Cause.Restraint(
            com.google.common.collect.ImmutableList.of(Condition.occurred("strike")));
    assertThat(before.explain("refrain").causes())
        .containsExactly(new Cause.NeedsEvents(needsA, 0, false), restraint);
    Assessment after =
        evaluator.evaluate(scenario(Scenario.builder().addEvent("a", h(1)).asOf(h(2))));
    assertThat(after.explain("refrain").causes()).containsExactly(new Cause.Fires(), restraint);
  }
}
