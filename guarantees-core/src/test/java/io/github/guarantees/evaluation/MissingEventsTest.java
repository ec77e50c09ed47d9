package io.github.guarantees.evaluation;

import static io.github.guarantees.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.google.common.collect.ImmutableSet;
import io.github.guarantees.Fixtures;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.EventRole;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.PartyPattern;
import io.github.guarantees.evaluation.MissingEvents.Precedence;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Membership;
import io.github.guarantees.model.MembershipChange;
import io.github.guarantees.model.Role;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The parts of the search for what is missing, each on its own: the candidate sets a condition's
 * structure proposes, the order {@code after} and {@code within} impose on added events, and which
 * added events a pattern counts.
 */
class MissingEventsTest {
  private static final Occurred A = Condition.occurred("a");
  private static final Occurred B = Condition.occurred("b");
  private static final Occurred C = Condition.occurred("c");
  private static final Occurred A_BY_P = Condition.occurred("a", "P");
  private static final Occurred A_BY_Q = Condition.occurred("a", "Q");
  private static final Occurred A_IN_P = A.in("P");

  /** A search over the evaluation of {@code scenario} against "p fires when c holds". */
  private static MissingEvents.Search search(Condition c, Scenario scenario) {
    return search(Fixtures.firingWhen(c, "a", "b", "c"), scenario);
  }

  private static Scenario nothing() {
    return Scenario.builder().name("nothing").asOf(h(5)).build();
  }

  private static Scenario with(String... triggers) {
    Scenario.Builder b = Scenario.builder().name("some").asOf(h(5));
    for (int i = 0; i < triggers.length; i++) {
      b.addEvent(triggers[i], h(i + 1));
    }
    return b.build();
  }

  /** The candidate sets the structure of {@code c} proposes in the scenario. */
  private static List<Set<Occurred>> candidates(Condition c, Scenario scenario) {
    MissingEvents.Search s = search(c, scenario);
    return s.goal.get(0).accept(MissingEvents.Needs.INSTANCE, s);
  }

  private static Set<Occurred> set(Occurred... patterns) {
    return new LinkedHashSet<>(List.of(patterns));
  }

  @Test
  void aConditionThatHoldsNeedsNothingWhateverItsKind() {
    Scenario all = with("a", "b", "c");
    List<Condition> holding =
        List.of(
            Condition.always(),
            A,
            Condition.allOf(A, B),
            Condition.anyOf(A, C),
            Condition.atLeast(2, A, B, C),
            Condition.not(Condition.occurred("a", "Q")),
            Condition.inForce("a", "c"),
            Condition.after("b", "a"),
            Condition.within(B, Duration.ofHours(2), A),
            Condition.atLeastParties(1, A, EventRole.ACTOR));
    for (Condition c : holding) {
      Scenario s =
          c instanceof io.github.guarantees.condition.AtLeastParties
              ? Scenario.builder().name("by P").addEvent("a", "P", h(1)).asOf(h(5)).build()
              : c.equals(Condition.inForce("a", "c")) ? with("c", "a") : all;
      assertThat(candidates(c, s)).as("%s", c).containsExactly(set());
    }
  }

  @Test
  void anUnmetOccurrenceOrInForceNeedsItsEvent() {
    assertThat(candidates(A, nothing())).containsExactly(set(A));
    assertThat(candidates(Condition.inForce("a", "b"), with("a", "b"))).containsExactly(set(A));
  }

  @Test
  void anUnmetCountOfPartiesNeedsAnEventByEachPartyStillToBeCounted() {
    Occurred any = Condition.occurred("a");
    // The agreement's parties are P and Q: two distinct actors need an event by each.
    assertThat(candidates(Condition.atLeastParties(2, any, EventRole.ACTOR), nothing()))
        .containsExactly(set(A_BY_P, A_BY_Q));
    // P is counted already: one event by Q is missing.
    Scenario byP = Scenario.builder().name("by P").addEvent("a", "P", h(1)).asOf(h(5)).build();
    assertThat(candidates(Condition.atLeastParties(2, any, EventRole.ACTOR), byP))
        .containsExactly(set(A_BY_Q));
    // One party of two will do: either.
    assertThat(candidates(Condition.atLeastParties(1, any, EventRole.TARGET), nothing()))
        .containsExactly(
            set(any.against(PartyPattern.named("P"))), set(any.against(PartyPattern.named("Q"))));
    // Three distinct actors among two parties: nothing added can do it.
    assertThat(candidates(Condition.atLeastParties(3, any, EventRole.ACTOR), nothing())).isEmpty();
    // Only the parties the pattern counts: the signatory P, not the beneficiary Q.
    Occurred bySignatory = any.by(PartyPattern.hasRole("SIGNATORY"));
    assertThat(candidates(Condition.atLeastParties(1, bySignatory, EventRole.ACTOR), nothing()))
        .containsExactly(set(A_BY_P));
  }

  @Test
  void anAllOfNeedsOneOptionOfEachOperandThatFails() {
    assertThat(candidates(Condition.allOf(A, B, C), with("b"))).containsExactly(set(A, C));
    assertThat(candidates(Condition.allOf(Condition.anyOf(A, B), C), nothing()))
        .containsExactly(set(A, C), set(B, C));
  }

  @Test
  void anAnyOfThatFailsNeedsAnyOneOperandsOption() {
    assertThat(candidates(Condition.anyOf(A, Condition.allOf(B, C)), with("b")))
        .containsExactly(set(A), set(C));
  }

  @Test
  void anAtLeastNeedsTheOptionsOfEveryChoiceOfKOperands() {
    assertThat(candidates(Condition.atLeast(2, A, B, C), nothing()))
        .containsExactly(set(A, B), set(A, C), set(B, C));
    // An operand that holds needs nothing, so with it any one other operand will do.
    assertThat(candidates(Condition.atLeast(2, A, B, C), with("a")))
        .containsExactly(set(B), set(C), set(B, C));
  }

  @Test
  void aBrokenNotAndAnotherPledgesStatusHaveNoRemedyInEvents() {
    assertThat(candidates(Condition.not(A), with("a"))).isEmpty();
    Agreement agreement =
        Fixtures.agreement("a")
            .addPledges(
                Fixtures.pledge("q").trigger(Condition.always()).activation(A).build(),
                Fixtures.pledge("p")
                    .trigger(Condition.always())
                    .activation(Condition.active("q"))
                    .build())
            .build();
    Evaluator evaluator = Evaluator.compile(agreement);
    Kernel k = evaluator.kernel();
    Sweep current = new Sweep(k);
    current.run(List.of(), h(5), null);
    Condition active = evaluator.compiled(1).activation;
    MissingEvents.Search s =
        new MissingEvents.Search(
            List.of(active), current, EventIndex.of(k.statics, List.of()), List.of(), h(5));
    assertThat(active.accept(MissingEvents.Needs.INSTANCE, s)).isEmpty();
  }

  @Test
  void anUnmetAfterOrWithinNeedsTheLaterEventAloneOnlyOnceTheEarlierHappened() {
    Condition after = Condition.after("b", "a");
    assertThat(candidates(after, nothing())).containsExactly(set(A, B));
    assertThat(candidates(after, with("a"))).containsExactly(set(B), set(A, B));
    Condition within = Condition.within(B, Duration.ofHours(1), A);
    assertThat(candidates(within, nothing())).containsExactly(set(A, B));
    assertThat(candidates(within, with("a"))).containsExactly(set(B), set(A, B));
  }

  @Test
  void afterAndWithinOrderTheirEventsWhereverTheyAreNested() {
    Condition after = Condition.after("b", "a");
    Condition within = Condition.within(C, Duration.ofHours(1), B);
    Condition notAfter = Condition.after("a", "c");
    Condition inAtLeast = Condition.after(A_BY_P, C);
    Condition shared = Condition.anyOf(after, within);
    List<Precedence> order =
        MissingEvents.precedences(
            List.of(
                Condition.allOf(shared, Condition.not(notAfter)),
                Condition.atLeast(1, inAtLeast, shared)));
    assertThat(order)
        .containsExactlyInAnyOrder(
            new Precedence(A, B),
            new Precedence(B, C),
            new Precedence(C, A),
            new Precedence(C, A_BY_P));
  }

  @Test
  void addedEventsComeInTheOrderThePrecedencesImpose() {
    assertThat(MissingEvents.ordered(set(B, A), List.of(new Precedence(A, B))))
        .containsExactly(A, B);
    assertThat(MissingEvents.ordered(set(C, B, A), List.of(new Precedence(A, B))))
        .containsExactly(C, A, B);
    // Without precedences, or where they conflict, the candidate's own order stands.
    assertThat(MissingEvents.ordered(set(B, A), List.of())).containsExactly(B, A);
    assertThat(
            MissingEvents.ordered(set(B, A), List.of(new Precedence(A, B), new Precedence(B, A))))
        .containsExactly(B, A);
    // An event that is also of the earlier pattern does not wait for it.
    assertThat(MissingEvents.ordered(set(A_BY_P, A), List.of(new Precedence(A, A_BY_P))))
        .containsExactly(A_BY_P, A);
  }

  @Test
  void aPatternCountsTheAddedEventsItWouldMatch() {
    assertThat(MissingEvents.covers(A, A)).isTrue();
    assertThat(MissingEvents.covers(A, A_BY_P)).isTrue();
    assertThat(MissingEvents.covers(A_BY_P, A)).isFalse();
    assertThat(MissingEvents.covers(A_BY_P, A_BY_Q)).isFalse();
    assertThat(MissingEvents.covers(A, B)).isFalse();
    assertThat(MissingEvents.covers(A_BY_P, Condition.occurred("b", "P"))).isFalse();
    // Patterns that are not simple: only a plain pattern of the trigger surely counts them.
    assertThat(MissingEvents.covers(A, A_IN_P)).isTrue();
    assertThat(MissingEvents.covers(B, A_IN_P)).isFalse();
    assertThat(MissingEvents.covers(A_IN_P, A)).isFalse();
    assertThat(MissingEvents.covers(A.in("Q"), A_IN_P)).isFalse();
    assertThat(MissingEvents.covers(A.by(PartyPattern.member()), A_IN_P)).isFalse();
    assertThat(MissingEvents.covers(A.against(PartyPattern.named("Q")), A_IN_P)).isFalse();
  }

  /** What one search found, and the kernel evaluations it made. */
  private record Found(List<Set<Occurred>> missing, int work, boolean cut) {}

  private static Found find(Condition c, Scenario scenario) {
    MissingEvents.Search s = search(c, scenario);
    List<Set<Occurred>> missing = List.copyOf(MissingEvents.find(s));
    return new Found(missing, s.work, s.cut);
  }

  /**
   * What the search costs: one proof ({@link Sweep#canHold}) and one placement per candidate set
   * that fires, then, while shrinking it, one proof per event dropped (and a placement where the
   * proof does not settle it). A placement tried before costs nothing.
   */
  @Test
  void eachCandidateCostsAProofAPlacementAndAProofPerEventDropped() {
    assertThat(find(Condition.allOf(A, B), nothing()))
        .isEqualTo(new Found(List.of(set(A, B)), 4, false));
    // {a} fires (2); {a, b} fires (4), drops a (a proof says b alone cannot: 5), drops b: {a} is
    // not ruled out by the proof (6) and its placement was tried before (no work).
    assertThat(find(Condition.anyOf(A, Condition.allOf(A, B)), nothing()))
        .isEqualTo(new Found(List.of(set(A)), 6, false));
    // Only c is proposed: the anyOf already holds.
    assertThat(find(Condition.allOf(Condition.anyOf(A, B), C), with("a")))
        .isEqualTo(new Found(List.of(set(C)), 2, false));
    assertThat(find(Condition.after("b", "a"), nothing()))
        .isEqualTo(new Found(List.of(set(A, B)), 4, false));
    // {b} fires (2); so does {a, b} (4), which shrinks to {b} (a proof, 5; a placement tried).
    assertThat(find(Condition.after("b", "a"), with("a")))
        .isEqualTo(new Found(List.of(set(B)), 5, false));
  }

  /**
   * A zero-length window needs its two events at one instant: one second apart they fail (2), at
   * one instant they fire (3); then each dropped event is ruled out by a proof (4, 5).
   */
  @Test
  void aZeroWindowIsMetByEventsSharingAnInstant() {
    assertThat(find(Condition.within(B, Duration.ZERO, A), nothing()))
        .isEqualTo(new Found(List.of(set(A, B)), 5, false));
  }

  /**
   * Two {@code after}s that want opposite orders: the precedences conflict, so the candidate's own
   * order is placed (2), then the other order (3); no instant is shared (no {@code within}, no
   * {@code not}). Every small set is then tried: single events are ruled out by proof (4, 5), and
   * the pair by proof (6) and by the placements already tried.
   */
  @Test
  void conflictingOrdersAreEachTriedOnce() {
    Condition c = Condition.allOf(Condition.after("b", "a"), Condition.after("a", "b"));
    assertThat(find(c, nothing())).isEqualTo(new Found(List.of(), 6, false));
  }

  /**
   * A {@code not} over an {@code inForce} that holds is mended by the revocation: the structure
   * proposes c with the revocation b, which one placement verifies (2, after the proof 1); each
   * event dropped is ruled out by proof (3, 4).
   */
  @Test
  void aBrokenNotOverAnInForceNeedsTheRevocation() {
    Condition c = Condition.allOf(C, Condition.not(Condition.inForce("a", "b")));
    assertThat(find(c, with("a"))).isEqualTo(new Found(List.of(set(C, B)), 4, false));
  }

  /**
   * Where no candidate of the structure fires, every small set is tried: two of "b" and "a is in
   * force until a b" want b, which revokes a; only a b followed by a fresh a fires.
   */
  @Test
  void whereNoCandidateFiresEverySmallSetIsTried() {
    Condition c = Condition.atLeast(2, B, Condition.inForce("a", "b"));
    Found found = find(c, with("a"));
    assertThat(found.missing()).containsExactly(set(A, B));
    assertThat(found.cut()).isFalse();
  }

  @Test
  void whatMakesAConditionFailIsTheDualOfWhatItNeeds() {
    Condition revocable = Condition.inForce("a", "b");
    Scenario a = with("a");
    // A revocation, for an inForce in force; nothing, for one not in force; no remedy for an event.
    assertThat(falsify(revocable, a)).containsExactly(set(B));
    assertThat(falsify(revocable, nothing())).containsExactly(set());
    assertThat(falsify(A, a)).isEmpty();
    // allOf: any operand failing; anyOf: every operand failing.
    assertThat(falsify(Condition.allOf(A, revocable), a)).containsExactly(set(B));
    assertThat(falsify(Condition.anyOf(C, revocable), a)).containsExactly(set(B));
    assertThat(falsify(Condition.anyOf(A, revocable), a)).isEmpty();
    // atLeast(2) of three operands holding: two must fail; the one b revokes both inForces.
    Condition two = Condition.atLeast(2, revocable, Condition.inForce("c", "b"), A);
    assertThat(falsify(two, with("a", "c"))).containsExactly(set(B));
    assertThat(falsify(Condition.atLeast(3, revocable, A, Condition.always()), a))
        .containsExactly(set(B));
    // not(x) fails when x holds: what x needs.
    assertThat(falsify(Condition.not(B), a)).containsExactly(set(B));
  }

  /**
   * What has happened cannot un-happen: a condition over events that holds cannot be made to fail,
   * and one that fails needs nothing to fail; a composite that fails needs nothing either.
   */
  @Test
  void aConditionOverEventsThatHoldsCannotBeMadeToFailAndOneThatFailsNeedsNothing() {
    Scenario ab = with("a", "b");
    List<Condition> overEvents =
        List.of(
            Condition.after("b", "a"),
            Condition.within(B, Duration.ofHours(2), A),
            Condition.atLeastParties(1, A, EventRole.ACTOR));
    Scenario byP = Scenario.builder().name("by P").addEvent("a", "P", h(1)).asOf(h(5)).build();
    for (Condition c : overEvents) {
      Scenario holding = c instanceof io.github.guarantees.condition.AtLeastParties ? byP : ab;
      assertThat(falsify(c, holding)).as("%s holding", c).isEmpty();
      assertThat(falsify(c, nothing())).as("%s failing", c).containsExactly(set());
    }
    assertThat(falsify(Condition.always(), nothing())).isEmpty();
    assertThat(falsify(Condition.allOf(A, C), with("a"))).containsExactly(set());
    assertThat(falsify(Condition.atLeast(2, A, B, C), with("a"))).containsExactly(set());
  }

  /** The candidate sets that make {@code c} fail in the scenario. */
  private static List<Set<Occurred>> falsify(Condition c, Scenario scenario) {
    MissingEvents.Search s = search(c, scenario);
    return s.goal.get(0).accept(MissingEvents.Falsify.INSTANCE, s);
  }

  /** A search over the evaluation of {@code scenario} for the first pledge's activation. */
  private static MissingEvents.Search search(Agreement agreement, Scenario scenario) {
    Evaluator evaluator = Evaluator.compile(agreement);
    Kernel k = evaluator.kernel();
    List<Event> events = scenario.eventsAsOf();
    Sweep current = new Sweep(k);
    current.run(events, scenario.asOf(), null);
    return new MissingEvents.Search(
        List.of(evaluator.compiled(0).activation),
        current,
        EventIndex.of(k.statics, events),
        events,
        scenario.asOf());
  }

  /**
   * An added event for a pattern that is not simple takes the pattern's place and the first parties
   * of the agreement (none, then P, then Q) that make it match, as actor and target.
   */
  @Test
  void anAddedEventTakesThePlaceAndTheFirstPartiesThatFitThePattern() {
    Occurred againstBeneficiary = A.against(PartyPattern.hasRole("BENEFICIARY"));
    Occurred bySignatory = B.by(PartyPattern.hasRole("SIGNATORY"));
    Condition c = Condition.allOf(A_IN_P, againstBeneficiary, bySignatory);
    MissingEvents.Search s = search(Fixtures.firingWhen(c, "a", "b"), nothing());
    assertThat(MissingEvents.find(s))
        .containsExactly(ImmutableSet.of(A_IN_P, againstBeneficiary, bySignatory));
    assertThat(s.examples)
        .containsOnly(
            entry(A_IN_P, List.of(Optional.empty(), Optional.empty())),
            entry(againstBeneficiary, List.of(Optional.empty(), Optional.of("Q"))),
            entry(bySignatory, List.of(Optional.of("P"), Optional.empty())));
  }

  /**
   * Where memberships change which events match, each placement sweeps the scenario with the
   * additions, and no proof is attempted (it still counts as work). P left before the scenario and
   * Q is no signatory: R is the member that acts.
   */
  @Test
  void withMembershipsEachPlacementSweepsTheWholeScenario() {
    Occurred byMember = A.by(PartyPattern.member());
    Agreement agreement =
        Fixtures.agreement("a", "b")
            .addParty(Fixtures.party("R"), Role.SIGNATORY)
            .addMemberships(Membership.of("P").leaves(MembershipChange.at(h(0))))
            .addPledges(
                Fixtures.pledge("p")
                    .trigger(Condition.always())
                    .activation(Condition.allOf(byMember, B))
                    .build())
            .build();
    MissingEvents.Search s =
        search(agreement, Scenario.builder().name("b").addEvent("b", h(1)).asOf(h(2)).build());
    assertThat(MissingEvents.find(s)).containsExactly(ImmutableSet.of(byMember));
    assertThat(s.work).isEqualTo(2);
    assertThat(s.examples)
        .containsOnly(entry(byMember, List.of(Optional.of("R"), Optional.empty())));
  }
}
