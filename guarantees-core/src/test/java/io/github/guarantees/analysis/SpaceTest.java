package io.github.guarantees.analysis;

import static io.github.guarantees.Fixtures.agreement;
import static io.github.guarantees.Fixtures.pledge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.Fixtures;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.EventRole;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.PartyPattern;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Membership;
import io.github.guarantees.model.MembershipChange;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Power;
import io.github.guarantees.model.Region;
import io.github.guarantees.model.Term;
import io.github.guarantees.scenario.Event;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The scenario space of a question, read directly: which pledges it keeps, its letters, its
 * constants' divisor and horizon, its grid of gaps, its limitations, and the scenarios it
 * enumerates, each worked out by hand on agreements of one to three pledges.
 */
class SpaceTest {
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Instant UNDATED = Instant.parse("2026-01-01T00:00:00Z");
  private static final LocalDate DATE = LocalDate.of(2026, 3, 1);
  private static final Instant MIDNIGHT = Instant.parse("2026-03-01T00:00:00Z");

  private static Space space(Agreement a, String... pledges) {
    return new Space(a, Set.of(pledges), List.of(), List.of(), List.of(), new Budget(2, 2));
  }

  private static Space space(Agreement a, Budget budget) {
    return new Space(a, Set.of("p"), List.of(), List.of(), List.of(), budget);
  }

  /** p fires on a once b has occurred; c moves nothing. */
  private static final Agreement UNTIMED =
      agreement("a", "b", "c")
          .addPledges(
              pledge("p")
                  .trigger(Condition.occurred("a"))
                  .activation(Condition.occurred("b"))
                  .build(),
              pledge("q").trigger(Condition.occurred("c")).build())
          .build();

  private static List<Space.Run> runs(Space s) {
    List<Space.Run> out = new ArrayList<>();
    long cases =
        s.enumerate(
            r -> {
              out.add(r);
              return false;
            });
    assertThat(cases).isEqualTo(out.size());
    return out;
  }

  @Test
  void anUntimedSpaceHasOneLetterPerTriggerOfTheConeAndTwoGaps() {
    Space s = space(UNTIMED, "p");
    assertThat(s.reduced.pledges()).extracting(Pledge::id).containsExactly("p");
    assertThat(s.letters).extracting(Event::trigger).containsExactly("a", "b");
    assertThat(s.letters)
        .allSatisfy(
            e -> {
              assertThat(e.party()).isEmpty();
              assertThat(e.target()).isEmpty();
              assertThat(e.place()).isEmpty();
              assertThat(e.at()).isEqualTo(UNDATED);
            });
    assertThat(s.extraMatches).hasSize(2).allSatisfy(b -> assertThat(b.isEmpty()).isTrue());
    assertThat(s.gcdNanos).isZero();
    assertThat(s.horizon).isEqualTo(HOUR);
    assertThat(s.dateStart).isEmpty();
    assertThat(s.anchored).isFalse();
    assertThat(s.limitations).isEmpty();
    assertThat(s.gaps(0)).containsExactly(0, HOUR.toNanos());
    assertThat(s.gaps(3)).containsExactly(0, HOUR.toNanos());
    assertThat(s.step(1)).isZero();
    assertThat(s.base()).isEqualTo(UNDATED);
    Coverage c = s.coverage(8);
    assertThat(c.step()).isEqualTo(Duration.ZERO);
    assertThat(c.horizon()).isEqualTo(HOUR);
    assertThat(c.cases()).isEqualTo(8);
    assertThat(c.letters()).isEqualTo(s.letters);
    assertThat(c.budget()).isEqualTo(new Budget(2, 2));
    assertThat(c.method()).isEqualTo(Coverage.Method.EXHAUSTIVE_BOUNDED);
  }

  @Test
  void theUntimedScenariosAreEveryWordWithTiesWrittenOnce() {
    // No event; a; b; then two events an hour apart in any of four orders, or together (once).
    List<Space.Run> runs = runs(space(UNTIMED, new Budget(2, 2)));
    assertThat(runs).hasSize(1 + 2 + 5);
    assertThat(runs.get(0).scenario().events()).isEmpty();
    assertThat(runs.get(0).scenario().asOf()).isEqualTo(UNDATED.plus(HOUR));
    assertThat(runs.get(0).from()).isEqualTo(UNDATED);
    assertThat(runs.get(1).letters()).containsExactly(0);
    assertThat(runs.get(1).scenario().events().get(0).at()).isEqualTo(UNDATED);
    assertThat(runs.get(1).scenario().asOf()).isEqualTo(UNDATED.plus(HOUR));
    assertThat(runs.get(2).letters()).containsExactly(1);
    List<String> words = new ArrayList<>();
    for (Space.Run r : runs.subList(3, 8)) {
      var e = r.scenario().events();
      words.add(
          r.letters()
              + (e.get(0).at().equals(e.get(1).at()) ? " together" : " apart")
              + " until "
              + Duration.between(e.get(1).at(), r.scenario().asOf()));
    }
    assertThat(words)
        .containsExactly(
            "[0, 0] apart until PT1H",
            "[0, 1] together until PT1H",
            "[0, 1] apart until PT1H",
            "[1, 0] apart until PT1H",
            "[1, 1] apart until PT1H");
    // p fires in exactly the runs with both a and b, in either order or together.
    long firing =
        runs.stream()
            .filter(r -> r.timeline().statusAt("p", r.scenario().asOf()) == Status.ACTIVE)
            .count();
    assertThat(firing).isEqualTo(3);
    // Each letter at most once: the doubled words go.
    assertThat(runs(space(UNTIMED, new Budget(2, 1)))).hasSize(1 + 2 + 3);
    assertThat(runs(space(UNTIMED, new Budget(0, 1)))).hasSize(1);
    assertThat(runs(space(UNTIMED, new Budget(1, 1)))).hasSize(3);
  }

  @Test
  void enumerationStopsAtTheFirstScenarioTheQuestionAcceptsAndCountsIt() {
    Space s = space(UNTIMED, new Budget(2, 2));
    assertThat(s.enumerate(r -> true)).isEqualTo(1);
    assertThat(s.enumerate(r -> r.letters().size() == 1)).isEqualTo(2);
    assertThat(s.enumerate(r -> r.letters().equals(ImmutableList.of(1, 0)))).isEqualTo(7);
  }

  @Test
  void aSpaceWithNoLettersHasOnlyTheEmptyScenario() {
    Agreement a =
        agreement("a").addPledges(pledge("p").trigger(Condition.always()).build()).build();
    Space s = space(a, new Budget(3, 2));
    assertThat(s.letters).isEmpty();
    assertThat(runs(s)).hasSize(1);
  }

  @Test
  void theHorizonIsTheLongestConstantOncePerChainedPledgePlusTheDivisor() {
    Agreement a =
        agreement("a", "b", "c")
            .addPledges(
                pledge("p")
                    .trigger(Condition.occurred("a"))
                    .term(Term.lastsFor(Duration.ofHours(3)))
                    .deadline(Deadline.of("b", Duration.ofHours(2)))
                    .build(),
                pledge("r")
                    .trigger(Condition.active("p"))
                    .activation(Condition.within("c", HOUR, "a"))
                    .build())
            .build();
    Space alone = space(a, "p");
    assertThat(alone.reduced.pledges()).extracting(Pledge::id).containsExactly("p");
    assertThat(alone.gcdNanos).isEqualTo(HOUR.toNanos());
    assertThat(alone.horizon).isEqualTo(Duration.ofHours(3 + 1));
    assertThat(alone.dateStart).isEmpty();
    assertThat(alone.anchored).as("undated: only differences count").isFalse();
    assertThat(alone.step(2)).isEqualTo(HOUR.toNanos() / 2);
    assertThat(alone.step(0)).isEqualTo(HOUR.toNanos());
    // r reads p's status: one more round of the longest constant.
    Space chained = space(a, "r");
    assertThat(chained.reduced.pledges()).extracting(Pledge::id).containsExactly("p", "r");
    assertThat(chained.horizon).isEqualTo(Duration.ofHours(3 * 2 + 1));
    assertThat(chained.letters).extracting(Event::trigger).containsExactly("a", "b", "c");
    long[] gaps = chained.gaps(2);
    assertThat(gaps).hasSize(7 * 2 + 1);
    assertThat(gaps[1]).isEqualTo(HOUR.toNanos() / 2);
    assertThat(gaps[gaps.length - 1]).isEqualTo(Duration.ofHours(7).toNanos());
  }

  /** Dated, p on a for two hours: a clock that starts at an event. */
  private static final Agreement DATED_CLOCK =
      agreement("a")
          .date(DATE)
          .addPledges(
              pledge("p")
                  .trigger(Condition.occurred("a"))
                  .term(Term.lastsFor(Duration.ofHours(2)))
                  .build())
          .build();

  @Test
  void aDatedAgreementWithClocksStartsFromItsDateAndSharesTheStepWithIt() {
    Space s = space(DATED_CLOCK, "p");
    assertThat(s.dateStart).contains(MIDNIGHT);
    assertThat(s.anchored).isTrue();
    assertThat(s.base()).isEqualTo(MIDNIGHT.plus(HOUR));
    assertThat(s.letters.get(0).at()).isEqualTo(MIDNIGHT.plus(HOUR));
    assertThat(s.horizon).isEqualTo(Duration.ofHours(4));
    assertThat(s.step(1)).isEqualTo(HOUR.toNanos());
    assertThat(s.step(3)).isEqualTo(Duration.ofMinutes(30).toNanos());
    long h = HOUR.toNanos();
    assertThat(s.gaps(1)).containsExactly(0, h, 2 * h, 3 * h, 4 * h);
  }

  @Test
  void theFirstEventOfAnAnchoredSpaceMovesAgainstTheDate() {
    List<Space.Run> runs = runs(space(DATED_CLOCK, new Budget(1, 1)));
    // No event; then a at each point of the grid of one event (an hour) from the date to 4 h.
    assertThat(runs).hasSize(1 + 5);
    assertThat(runs.get(0).scenario().asOf()).isEqualTo(MIDNIGHT.plus(Duration.ofHours(4)));
    List<Instant> at = new ArrayList<>();
    runs.subList(1, 6).forEach(r -> at.add(r.scenario().events().get(0).at()));
    assertThat(at)
        .containsExactly(
            MIDNIGHT,
            MIDNIGHT.plus(HOUR),
            MIDNIGHT.plus(Duration.ofHours(2)),
            MIDNIGHT.plus(Duration.ofHours(3)),
            MIDNIGHT.plus(Duration.ofHours(4)));
    assertThat(runs.get(5).scenario().asOf()).isEqualTo(MIDNIGHT.plus(Duration.ofHours(8)));
    assertThat(runs).allSatisfy(r -> assertThat(r.from()).isEqualTo(MIDNIGHT));
  }

  @Test
  void aDateWithoutClocksOrFixedInstantsIsNotAPointOfTheGrid() {
    Agreement windowOnly =
        agreement("a", "b")
            .date(DATE)
            .addPledges(
                pledge("p")
                    .trigger(Condition.always())
                    .activation(Condition.within("b", HOUR, "a"))
                    .build())
            .build();
    Space s = space(windowOnly, "p");
    assertThat(s.dateStart).contains(MIDNIGHT);
    assertThat(s.anchored).isFalse();
    assertThat(s.step(2)).isEqualTo(HOUR.toNanos() / 2);
    assertThat(s.horizon).isEqualTo(Duration.ofHours(2));
    List<Space.Run> runs = runs(space(windowOnly, new Budget(1, 1)));
    assertThat(runs).hasSize(3);
    assertThat(runs.get(1).scenario().events().get(0).at()).isEqualTo(MIDNIGHT);

    Agreement fixed =
        agreement("a", "b")
            .date(DATE)
            .addPledges(
                pledge("p")
                    .trigger(Condition.always())
                    .activation(Condition.within("b", HOUR, "a"))
                    .term(Term.endsAt(MIDNIGHT.plus(Duration.ofDays(1))))
                    .build())
            .build();
    Space f = space(fixed, "p");
    assertThat(f.limitations).containsExactly(Limitation.FIXED_INSTANTS);
    assertThat(f.anchored).isTrue();
    assertThat(f.step(2)).isEqualTo(HOUR.toNanos() / 3);

    Agreement untimedDated =
        agreement("a")
            .date(DATE)
            .addPledges(pledge("p").trigger(Condition.occurred("a")).build())
            .build();
    Space u = space(untimedDated, "p");
    assertThat(u.dateStart).isEmpty();
    assertThat(u.anchored).isFalse();
    assertThat(runs(space(untimedDated, new Budget(1, 1))).get(1).scenario().events().get(0).at())
        .isEqualTo(MIDNIGHT.plus(HOUR));
  }

  @Test
  void everySourceOfAFixedInstantIsNamed() {
    Instant end = Fixtures.h(10);
    assertThat(limits(pledge("p").term(Term.endsAt(end))))
        .containsExactly(Limitation.FIXED_INSTANTS);
    assertThat(limits(pledge("p").deadline(Deadline.by(Condition.occurred("b"), end))))
        .containsExactly(Limitation.FIXED_INSTANTS);
    assertThat(limits(pledge("p").deadline(Deadline.of("b", HOUR)))).isEmpty();
    assertThat(limits(pledge("p").term(Term.lastsFor(HOUR)))).isEmpty();
    assertThat(limitsOf(one().term(Term.endsAt(end)))).containsExactly(Limitation.FIXED_INSTANTS);
    assertThat(limitsOf(one().date(DATE).term(Term.lastsFor(HOUR))))
        .as("the agreement's own clock starts at its date, a fixed instant")
        .containsExactly(Limitation.FIXED_INSTANTS);
    assertThat(limitsOf(one().term(Term.lastsFor(HOUR, Condition.occurred("b"))))).isEmpty();
    assertThat(limitsOf(one().term(Term.endsWhen(Condition.occurred("b"))))).isEmpty();
    assertThat(limitsOf(one().addMemberships(Membership.of("P").joins(MembershipChange.at(end)))))
        .containsExactlyInAnyOrder(Limitation.FIXED_INSTANTS, Limitation.MEMBERSHIP_OVER_TIME);
    assertThat(
            limitsOf(
                one()
                    .addMemberships(
                        Membership.of("P").leaves(MembershipChange.on(Condition.occurred("b"))))))
        .containsExactly(Limitation.MEMBERSHIP_OVER_TIME);
    assertThat(limitsOf(one().addMemberships(Membership.of("P").absent(end, end.plus(HOUR)))))
        .containsExactlyInAnyOrder(Limitation.FIXED_INSTANTS, Limitation.MEMBERSHIP_OVER_TIME);
    assertThat(limitsOf(one().addMemberships(Membership.of("P")))).isEmpty();
    assertThat(
            limits(
                pledge("p")
                    .activation(
                        Condition.atLeastParties(2, Condition.occurred("b"), EventRole.ACTOR))))
        .containsExactly(Limitation.COUNTS_PARTIES);
  }

  private static Agreement.Builder one() {
    return agreement("a", "b").addPledges(pledge("p").trigger(Condition.occurred("a")).build());
  }

  private static Set<Limitation> limits(Pledge.Builder p) {
    return limitsOf(agreement("a", "b").addPledges(p.trigger(Condition.occurred("a")).build()));
  }

  private static Set<Limitation> limitsOf(Agreement.Builder a) {
    return space(a.build(), "p").limitations;
  }

  @Test
  void theEventsAndNoticesOfMembershipsAreLettersAndConstants() {
    Agreement a =
        one()
            .addMemberships(
                Membership.of("P")
                    .joins(MembershipChange.on(Condition.occurred("b")).afterNotice(HOUR)))
            .build();
    Space s = space(a, "p");
    assertThat(s.letters).extracting(Event::trigger).containsExactly("a", "b");
    assertThat(s.gcdNanos).isEqualTo(HOUR.toNanos());
    Agreement noNotice =
        one()
            .addMemberships(Membership.of("P").joins(MembershipChange.on(Condition.occurred("b"))))
            .build();
    assertThat(space(noNotice, "p").gcdNanos).isZero();
  }

  @Test
  void theAgreementsOwnTermGivesLettersAndConstants() {
    Space s =
        space(one().term(Term.lastsFor(Duration.ofHours(2), Condition.occurred("b"))).build(), "p");
    assertThat(s.letters).extracting(Event::trigger).containsExactly("a", "b");
    assertThat(s.gcdNanos).isEqualTo(Duration.ofHours(2).toNanos());
    assertThat(s.horizon).isEqualTo(Duration.ofHours(4));
    Space ends =
        space(
            agreement("a", "b", "c")
                .addPledges(pledge("p").trigger(Condition.occurred("a")).build())
                .term(Term.endsWhen(Condition.occurred("c")))
                .build(),
            "p");
    assertThat(ends.letters).extracting(Event::trigger).containsExactly("a", "c");
    assertThat(ends.gcdNanos).isZero();
  }

  @Test
  void theEventThatEndsTheAgreementIsALetterSoThatItsEndIsSearched() {
    Agreement a =
        agreement("a", "c")
            .addPledges(pledge("p").trigger(Condition.always()).build())
            .term(Term.endsWhen(Condition.occurred("c")))
            .build();
    assertThat(space(a, "p").letters).extracting(Event::trigger).containsExactly("c");
    Verdict v = Analysis.check(a, new Property.Always(Item.pledge("p"), Status.ACTIVE));
    assertThat(v.holds()).as("c ends the agreement, and p with it").isFalse();
    assertThat(v.found().orElseThrow().events()).extracting(Event::trigger).containsExactly("c");
    // A term counted from the date that runs out before the first event hides no event either.
    Agreement brief =
        agreement("a")
            .date(DATE)
            .addPledges(pledge("p").trigger(Condition.occurred("a")).build())
            .term(Term.lastsFor(Duration.ofMinutes(30)))
            .build();
    assertThat(space(brief, "p").letters).extracting(Event::trigger).containsExactly("a");
  }

  @Test
  void theConeKeepsWhatTheItemsReadAndThePowersOverThem() {
    Agreement a =
        agreement("a", "b", "c", "d")
            .addPledges(
                pledge("p").trigger(Condition.occurred("a")).build(),
                pledge("r").trigger(Condition.fulfilled("p")).build(),
                pledge("s").trigger(Condition.active("r")).build(),
                pledge("pause")
                    .kind(PledgeKind.POWER)
                    .power(Power.suspend("p", Condition.occurred("b")))
                    .build(),
                pledge("end")
                    .kind(PledgeKind.POWER)
                    .power(Power.terminateAgreement(Condition.occurred("c")))
                    .build(),
                pledge("other")
                    .kind(PledgeKind.POWER)
                    .power(Power.suspend("u", Condition.occurred("d")))
                    .build(),
                pledge("u").trigger(Condition.occurred("d")).build())
            .build();
    assertThat(space(a, "s").reduced.pledges())
        .extracting(Pledge::id)
        .containsExactly("p", "r", "s", "pause", "end");
    assertThat(space(a, "p").reduced.pledges())
        .extracting(Pledge::id)
        .containsExactly("p", "pause", "end");
    assertThat(space(a, "u").reduced.pledges())
        .extracting(Pledge::id)
        .containsExactly("end", "other", "u");
    Space observed =
        new Space(
            a, Set.of("u"), List.of(Condition.active("p")), List.of(), List.of(), Budget.DEFAULT);
    assertThat(observed.reduced.pledges())
        .extracting(Pledge::id)
        .containsExactly("p", "pause", "end", "other", "u", Space.OBSERVER + 0);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> space(a, "nope"))
        .withMessage("no pledge 'nope' in test");
  }

  @Test
  void partiesAreLettersWhereTheirIdentityMatters() {
    // A restraint: who breaches it matters.
    Agreement restraint =
        agreement("a")
            .addPledges(
                pledge("p")
                    .trigger(Condition.always())
                    .addRefrainsFrom(Condition.occurred("a"))
                    .build())
            .build();
    assertThat(space(restraint, "p").letters)
        .extracting(e -> e.party().orElse("-"))
        .containsExactly("-", "P", "Q");
    // A pattern naming an actor: the actor and anyone else.
    Agreement byP =
        agreement("a")
            .addPledges(pledge("p").trigger(Condition.occurred("a", "P")).build())
            .build();
    assertThat(space(byP, "p").letters).extracting(e -> e.party().orElse("-")).containsExactly("P");
    // Counted targets: one letter per target, and none with no target.
    Agreement counted =
        agreement("a")
            .addPledges(
                pledge("p")
                    .trigger(Condition.atLeastParties(2, Condition.occurred("a"), EventRole.TARGET))
                    .build())
            .build();
    Space c = space(counted, "p");
    assertThat(c.letters).extracting(e -> e.target().orElse("-")).containsExactly("-", "P", "Q");
    assertThat(c.letters).allSatisfy(e -> assertThat(e.party()).isEmpty());
    // A pattern against a target.
    Agreement against =
        agreement("a")
            .addPledges(
                pledge("p")
                    .trigger(Condition.occurred("a").against(PartyPattern.named("Q")))
                    .build())
            .build();
    assertThat(space(against, "p").letters)
        .extracting(e -> e.target().orElse("-"))
        .containsExactly("Q");
    // A place: regions and parties are places.
    Agreement placed =
        agreement("a")
            .addRegions(Region.of("north", "The north", "P"))
            .addPledges(pledge("p").trigger(Condition.occurred("a").in("north")).build())
            .build();
    assertThat(space(placed, "p").letters)
        .as("P lies in the north: an event there matches as the north does")
        .extracting(e -> e.place().orElse("-"))
        .containsExactly("north");
    // A party whose membership changes keeps its identity in every role.
    Agreement moving =
        agreement("a", "b")
            .addMemberships(Membership.of("P").leaves(MembershipChange.on(Condition.occurred("b"))))
            .addPledges(
                pledge("p")
                    .trigger(Condition.occurred("a", "Q"))
                    .addRefrainsFrom(Condition.occurred("b"))
                    .build())
            .build();
    assertThat(space(moving, "p").letters)
        .extracting(e -> e.trigger() + ":" + e.party().orElse("-"))
        .containsExactly("a:P", "a:Q", "b:-", "b:P", "b:Q");
  }

  @Test
  void extraPatternsAreClassifiedButAddNoPledge() {
    Occurred byQ = Condition.occurred("a", "Q");
    Space s =
        new Space(
            UNTIMED,
            Set.of("p"),
            List.of(),
            List.of(byQ, Condition.occurred("b")),
            List.of(Duration.ofMinutes(30)),
            Budget.DEFAULT);
    assertThat(s.reduced.pledges()).extracting(Pledge::id).containsExactly("p");
    assertThat(s.letters)
        .extracting(e -> e.trigger() + ":" + e.party().orElse("-"))
        .containsExactly("a:-", "a:Q", "b:-");
    assertThat(s.extraMatches).extracting(Object::toString).containsExactly("{}", "{0}", "{1}");
    assertThat(s.gcdNanos).isEqualTo(Duration.ofMinutes(30).toNanos());
    assertThat(new Space.Probes(UNTIMED, List.of(byQ)).matches(s.letters.get(1)).get(0)).isTrue();
    assertThat(new Space.Probes(UNTIMED, List.of(byQ)).matches(s.letters.get(0)).isEmpty())
        .isTrue();
  }

  @Test
  void theInstantsOfARunAreItsStartEventsChangesAndAsOf() {
    Agreement a =
        agreement("a", "b")
            .addPledges(
                pledge("p")
                    .trigger(Condition.occurred("a"))
                    .deadline(Deadline.of("b", HOUR))
                    .build())
            .build();
    Space s = space(a, new Budget(1, 1));
    Space.Run run = runs(s).get(1);
    Instant t = run.scenario().events().get(0).at();
    assertThat(run.letters()).containsExactly(0);
    assertThat(Space.instants(run))
        .as("the deadline is missed the instant after it falls due")
        .containsExactly(t, t.plus(HOUR).plusNanos(1), t.plus(Duration.ofHours(2)));
    assertThat(Space.status(run.timeline(), Item.pledge("p"), t)).isEqualTo(Status.ACTIVE);
    assertThat(Space.status(run.timeline(), Item.pledge("p"), t.plus(Duration.ofHours(2))))
        .isEqualTo(Status.VIOLATED);
    Space.Run outside =
        new Space.Run(
            io.github.guarantees.scenario.Scenario.builder().name("none").asOf(t).build(),
            run.timeline(),
            ImmutableList.of());
    assertThat(outside.from()).isEqualTo(t);
    Space.Run fromEvent = new Space.Run(run.scenario(), run.timeline(), run.letters());
    assertThat(fromEvent.from()).isEqualTo(t);
    assertThat(Space.instants(fromEvent)).first().isEqualTo(t);
  }
}
