package io.github.guarantees.evaluation;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.EventRole;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.PartyPattern;
import io.github.guarantees.condition.Standing;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Caveat;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Domain;
import io.github.guarantees.model.Location;
import io.github.guarantees.model.Membership;
import io.github.guarantees.model.MembershipChange;
import io.github.guarantees.model.Party;
import io.github.guarantees.model.PartyAttribute;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Power;
import io.github.guarantees.model.Region;
import io.github.guarantees.model.Role;
import io.github.guarantees.model.Source;
import io.github.guarantees.model.Term;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * A seeded generator of valid agreements and scenarios for differential tests: every condition
 * kind, sub-conditions shared between pledges and within one, contributions with their own
 * conditions, a caveat that blocks some of them, deadlines, restraints, every kind of term, a
 * default trigger and a date on some agreements; scenarios with repeated events, ties at one
 * instant, withdrawals and events after the as-of instant. Times are whole hours after {@link #T0}
 * with a few half hours, so that events often land exactly on a window's or a deadline's edge
 * ({@link #withMinute} scales them all).
 *
 * <p>Published in the test-jar for other modules' tests.
 */
public final class RandomAgreements {
  /** The origin of generated times: 2026-01-01T00:00Z, the date some agreements carry. */
  public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  static final String[] TRIGGERS = {"a", "b", "c", "d", "w"};
  static final String[] PARTIES = {"P", "Q", "R"};

  private final Random random;
  private final UnaryOperator<String> names;
  private final List<Condition> shared = new ArrayList<>();

  /**
   * Whether the generator also uses the constructs of alliances: events' targets and places, party
   * patterns, {@code atLeastParties}, pledges owed to a set, memberships over time and regions.
   */
  private final boolean alliances;

  /** Whether the conditions generated now may use {@code owed()}. */
  private boolean owedAllowed;

  /**
   * Whether conditions may name the statuses of pledges generated before (an acyclic chain, as the
   * agreement requires).
   */
  private boolean statuses;

  /** Whether pledges are plain: no term, deadline or restraint (and no power: no statuses). */
  private boolean plain;

  /** The pledges of the agreement being generated, so far. */
  private final List<Pledge> earlier = new ArrayList<>();

  /** The length of a generated minute, in nanoseconds. */
  private long minuteNanos = Duration.ofMinutes(1).toNanos();

  /**
   * Starts a generator.
   *
   * @param seed the seed: the same seed gives the same agreements and scenarios
   */
  public RandomAgreements(long seed) {
    this(seed, UnaryOperator.identity());
  }

  /**
   * Starts a generator that renames every trigger, party and pledge id: with the same seed it gives
   * the same agreements and scenarios but for the names.
   *
   * @param seed the seed
   * @param names the renaming, applied to every id
   */
  public RandomAgreements(long seed, UnaryOperator<String> names) {
    this(seed, names, false);
  }

  private RandomAgreements(long seed, UnaryOperator<String> names, boolean alliances) {
    this.random = new Random(seed);
    this.names = names;
    this.alliances = alliances;
  }

  /**
   * Starts a generator that also uses every construct of alliances: events with targets and places,
   * party patterns (named, member, non-member, role, attribute, the party owed, both), {@code
   * atLeastParties}, pledges owed to a set of parties, memberships that begin and end at instants
   * or events with notice periods, and regions with containment. Party X is a third party (a
   * non-member); Q joins and R leaves on some agreements.
   *
   * @param seed the seed
   * @param names the renaming, applied to every id
   * @return the generator
   */
  public static RandomAgreements withAlliances(long seed, UnaryOperator<String> names) {
    return new RandomAgreements(seed, names, true);
  }

  /**
   * Makes this generator's conditions also name the statuses of earlier pledges and of their
   * contributions ({@code active(p0)}, {@code violated(p1)}, {@code expired(p0, P)}).
   *
   * @return this generator
   */
  public RandomAgreements withStatuses() {
    this.statuses = true;
    return this;
  }

  /**
   * Makes this generator's pledges plain: no term, deadline or restraint, and (unless {@link
   * #withStatuses} is also called) no power and no term of the agreement, so that a pledge's status
   * depends on its trigger and activation only, and every instant that matters is an event's.
   *
   * @return this generator
   */
  public RandomAgreements plain() {
    this.plain = true;
    return this;
  }

  /**
   * Makes every generated time and duration a multiple of {@code minute} instead of a minute: the
   * same agreements and scenarios, on another scale. A unit with a fraction of a second (e.g.
   * 700,000,001 ns) puts nanoseconds in every instant, window, term and deadline, so that sums of
   * them carry into the seconds and differences borrow from them.
   *
   * @param minute the length of a generated minute, positive
   * @return this generator
   */
  public RandomAgreements withMinute(Duration minute) {
    this.minuteNanos = minute.toNanos();
    return this;
  }

  private Duration minutes(long m) {
    return Duration.ofNanos(Math.multiplyExact(m, minuteNanos));
  }

  private Instant h(double hours) {
    return T0.plus(minutes(Math.round(hours * 60)));
  }

  private Occurred pattern() {
    String t = names.apply(TRIGGERS[random.nextInt(TRIGGERS.length)]);
    Occurred o =
        random.nextInt(3) == 0
            ? Condition.occurred(t, names.apply(PARTIES[random.nextInt(PARTIES.length)]))
            : Condition.occurred(t);
    if (!alliances) {
      return o;
    }
    if (o.actor().isEmpty() && random.nextInt(4) == 0) {
      o = o.by(partyPattern());
    }
    if (random.nextInt(3) == 0) {
      o = o.against(partyPattern());
    }
    if (random.nextInt(5) == 0) {
      o = o.in(names.apply(PLACES[random.nextInt(PLACES.length)]));
    }
    return o;
  }

  /** The places events happen in and patterns name: regions and party territories. */
  static final String[] PLACES = {"north", "world", "P", "Q", "R", "X"};

  private PartyPattern partyPattern() {
    return switch (random.nextInt(owedAllowed ? 9 : 7)) {
      case 0 -> PartyPattern.named(names.apply(EVENT_PARTIES[random.nextInt(4)]));
      case 1 -> PartyPattern.member();
      case 2 -> PartyPattern.nonMember();
      case 3 -> PartyPattern.hasRole(random.nextBoolean() ? "SIGNATORY" : "THIRD_PARTY");
      case 4 -> PartyPattern.hasAttribute("NUCLEAR_POWER");
      case 5 -> PartyPattern.both(PartyPattern.member(), PartyPattern.hasAttribute("EU_MEMBER"));
      case 6 -> PartyPattern.named(names.apply(PARTIES[random.nextInt(PARTIES.length)]));
      default -> PartyPattern.owed();
    };
  }

  /** The parties events name: the three signatories and the third party X. */
  static final String[] EVENT_PARTIES = {"P", "Q", "R", "X"};

  private Condition leaf() {
    if (statuses && !earlier.isEmpty() && random.nextInt(5) == 0) {
      return statusLeaf();
    }
    if (alliances && random.nextInt(8) == 0) {
      return Condition.atLeastParties(
          1 + random.nextInt(3),
          pattern(),
          random.nextBoolean() ? EventRole.ACTOR : EventRole.TARGET);
    }
    return switch (random.nextInt(7)) {
      case 0 -> random.nextInt(4) == 0 ? Condition.always() : pattern();
      case 1, 2 -> pattern();
      case 3 -> Condition.inForce(pattern(), pattern());
      case 4 -> Condition.after(pattern(), pattern());
      case 5 -> Condition.within(pattern(), minutes(60L * random.nextInt(4)), pattern());
      default -> Condition.within(pattern(), minutes(30L * random.nextInt(3)), pattern());
    };
  }

  /**
   * The agreement's own term: a fixed end, a duration from its date or from a condition, an ending
   * condition (a peace settlement), or several; its conditions name events only.
   */
  private Term agreementTerm(boolean dated) {
    List<Pledge> pledges = new ArrayList<>(earlier);
    earlier.clear();
    List<Condition> sharedBefore = new ArrayList<>(shared);
    shared.removeIf(c -> !c.statusConditions().isEmpty());
    owedAllowed = false;
    Term.Builder t = Term.builder();
    int kind = random.nextInt(5);
    if (kind == 0 || kind == 4) {
      t.endsAt(h(random.nextInt(16)));
    }
    if (kind == 1 || kind == 4) {
      t.endsWhen(condition(2));
    }
    if (kind == 2 || (kind == 3 && dated)) {
      t.lastsFor(minutes(30L + 30L * random.nextInt(16)));
      if (kind == 2) {
        t.since(condition(2));
      }
    } else if (kind == 3) {
      t.endsWhen(condition(1));
    }
    earlier.addAll(pledges);
    shared.clear();
    shared.addAll(sharedBefore);
    return t.build();
  }

  /** A condition on the status of an earlier pledge (an instance, if owed to a set) or party. */
  private Condition statusLeaf() {
    Pledge p = earlier.get(random.nextInt(earlier.size()));
    List<Standing> all = List.of(Standing.values());
    Standing standing = all.get(random.nextInt(all.size()));
    if (p.owedTo().isPresent()) {
      // P is a signatory with every attribute the generator's sets ask for: its instance exists.
      return Condition.statusIs(p.id() + "@" + names.apply("P"), standing);
    }
    if (!p.contributions().isEmpty() && random.nextInt(3) == 0) {
      String party = p.contributions().get(random.nextInt(p.contributions().size())).party();
      return Condition.statusIs(p.id(), party, standing);
    }
    return Condition.statusIs(p.id(), standing);
  }

  /**
   * Returns a random condition of depth at most {@code maxDepth}, sometimes one generated before
   * (the same object: a shared sub-condition).
   *
   * @param maxDepth the deepest nesting
   * @return the condition
   */
  public Condition condition(int maxDepth) {
    if (!shared.isEmpty() && random.nextInt(6) == 0) {
      return shared.get(random.nextInt(shared.size()));
    }
    Condition c = fresh(maxDepth);
    // A condition of a pledge owed to a set may name owed(), which no other pledge may use.
    if (random.nextInt(3) == 0 && !owedAllowed) {
      shared.add(c);
    }
    return c;
  }

  private Condition fresh(int maxDepth) {
    if (maxDepth <= 1 || random.nextInt(10) < 3) {
      return leaf();
    }
    int kind = random.nextInt(4);
    if (kind == 0) {
      return Condition.not(condition(maxDepth - 1));
    }
    int n = 1 + random.nextInt(3);
    List<Condition> ops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ops.add(condition(maxDepth - 1));
    }
    if (kind == 1) {
      return Condition.allOf(ops);
    }
    if (kind == 2) {
      return Condition.anyOf(ops);
    }
    return Condition.atLeast(1 + random.nextInt(n), ops.toArray(new Condition[0]));
  }

  /**
   * Returns a random valid agreement of one to four pledges over triggers a, b, c, d, w and parties
   * P, Q, R (R's caveat forbids force deployments).
   *
   * @return the agreement
   */
  public Agreement agreement() {
    shared.clear();
    earlier.clear();
    Agreement.Builder b =
        Agreement.builder()
            .id("random")
            .title("A random agreement")
            .addParty(party(names.apply("P")), Role.SIGNATORY)
            .addParty(party(names.apply("Q")), Role.SIGNATORY)
            .addParty(
                Party.builder()
                    .id(names.apply("R"))
                    .name("Party R")
                    .addCaveats(
                        Caveat.builder()
                            .id("no-force")
                            .description("no force deployments")
                            .addKinds(PledgeKind.FORCE_DEPLOYMENT)
                            .build())
                    .build(),
                Role.SIGNATORY);
    for (String t : TRIGGERS) {
      b.addTrigger(names.apply(t), "event " + t);
    }
    owedAllowed = false;
    if (alliances) {
      b.addParty(
          Party.builder()
              .id(names.apply("X"))
              .name("Party X")
              .addAttributes(PartyAttribute.NUCLEAR_POWER)
              .build(),
          Role.THIRD_PARTY);
      b.addRegions(
          Region.of(names.apply("north"), "The north", names.apply("P"), names.apply("Q")),
          Region.of(
              names.apply("world"),
              "The world",
              names.apply("north"),
              names.apply("R"),
              names.apply("X")));
      if (random.nextBoolean()) {
        b.addMemberships(Membership.of(names.apply("Q")).joins(change()));
      }
      if (random.nextInt(3) == 0) {
        b.addMemberships(Membership.of(names.apply("R")).leaves(change()));
      }
    }
    boolean dated = random.nextInt(3) == 0;
    if (dated) {
      b.date(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(2) - 1L));
    }
    if (random.nextInt(4) == 0) {
      b.defaultTrigger(condition(2));
    }
    int pledges = 1 + random.nextInt(4);
    for (int i = 0; i < pledges; i++) {
      Pledge p = pledge(names.apply("p" + i));
      earlier.add(p);
      b.addPledges(p);
    }
    if (statuses && random.nextBoolean()) {
      b.suspensionPausesDeadlines(true);
    }
    if (statuses && random.nextInt(3) == 0) {
      b.term(agreementTerm(dated));
    }
    return b.build();
  }

  /** A power over an earlier pledge (its instance owed to P, if owed to a set) or the agreement. */
  private Power power() {
    Occurred by = pattern();
    if (earlier.isEmpty() || random.nextInt(5) == 0) {
      return Power.terminateAgreement(by);
    }
    Pledge target = earlier.get(random.nextInt(earlier.size()));
    String id = target.owedTo().isPresent() ? target.id() + "@" + names.apply("P") : target.id();
    return switch (random.nextInt(5)) {
      case 0, 1 -> Power.suspend(id, by);
      case 2, 3 -> Power.resume(id, by);
      default -> Power.terminate(id, by);
    };
  }

  private Party party(String id) {
    Party.Builder p = Party.builder().id(id).name("Party " + id);
    if (alliances && id.equals(names.apply("P"))) {
      p.addAttributes(PartyAttribute.EU_MEMBER, PartyAttribute.NUCLEAR_POWER);
    }
    if (alliances && id.equals(names.apply("Q"))) {
      p.addAttributes(PartyAttribute.EU_MEMBER);
    }
    return p.build();
  }

  /** A membership change at an hour or at an event by a party, sometimes after a notice. */
  private MembershipChange change() {
    MembershipChange c =
        random.nextBoolean()
            ? MembershipChange.at(h(random.nextInt(12)))
            : MembershipChange.on(
                random.nextBoolean()
                    ? Condition.occurred(names.apply("d"))
                    : Condition.occurred(names.apply("d"), names.apply("Q")));
    return random.nextBoolean() ? c : c.afterNotice(minutes(30L * random.nextInt(5)));
  }

  private Pledge pledge(String id) {
    boolean restraint = random.nextInt(6) == 0 && !plain;
    owedAllowed = alliances && random.nextInt(3) == 0;
    Pledge.Builder p =
        Pledge.builder()
            .id(id)
            .title("Pledge " + id)
            .kind(
                restraint
                    ? PledgeKind.RESTRAINT
                    : random.nextBoolean() ? PledgeKind.FORCE_DEPLOYMENT : PledgeKind.MONITORING)
            .addDomains(Domain.LAND)
            .location(Location.IN_BENEFICIARY)
            .bindingForce(BindingForce.POLITICAL_DECLARATION)
            .source(
                Source.builder()
                    .document("Random Declaration")
                    .clause(id)
                    .quote("the words of " + id)
                    .build());
    if (owedAllowed) {
      p.owedTo(
          switch (random.nextInt(4)) {
            case 0 -> PartyPattern.hasRole("SIGNATORY");
            case 1 -> PartyPattern.hasAttribute("EU_MEMBER");
            default -> PartyPattern.member();
          });
    }
    int trig = random.nextInt(5);
    if (trig == 0) {
      p.trigger(Condition.always());
    } else if (trig < 4) {
      p.trigger(condition(3));
    }
    if (random.nextInt(8) != 0) {
      p.activation(condition(3));
    }
    boolean power = statuses && !restraint && random.nextInt(4) == 0;
    if (power) {
      p.kind(PledgeKind.POWER).power(power());
    } else if (restraint) {
      int n = 1 + random.nextInt(2);
      for (int i = 0; i < n; i++) {
        p.addRefrainsFrom(pattern());
      }
    } else if (random.nextInt(4) == 0 && !plain) {
      Deadline d = Deadline.of(pattern(), minutes(30L + 30L * random.nextInt(8)));
      if (statuses) {
        // The deadlines of contracts too: a fixed due instant, none, the bound excluded.
        d =
            switch (random.nextInt(4)) {
              case 0 -> Deadline.by(d.fulfilledBy(), h(random.nextInt(28) / 2.0));
              case 1 -> Deadline.noLimit(d.fulfilledBy());
              default -> d;
            };
        if (d.isLimited() && random.nextBoolean()) {
          d = d.exclusive();
        }
      }
      p.deadline(d);
    }
    switch (plain ? -1 : random.nextInt(8)) {
      case 0 -> p.term(Term.endsAt(h(random.nextInt(16))));
      case 1 -> p.term(Term.lastsFor(minutes(30L + 30L * random.nextInt(10))));
      case 2 -> p.term(Term.endsWhen(condition(2)));
      case 3 ->
          p.term(
              Term.builder()
                  .endsAt(h(random.nextInt(16)))
                  .lastsFor(minutes(60L * (1 + random.nextInt(6))))
                  .endsWhen(condition(2))
                  .build());
      case 4 -> {
        if (statuses) {
          // A duration counted from another condition's first holding ("six months after ...").
          p.term(Term.lastsFor(minutes(30L + 30L * random.nextInt(10)), condition(2)));
        }
      }
      default -> {}
    }
    if (statuses && random.nextInt(3) == 0) {
      p.survivesTermination(true);
    }
    List<String> parties = new ArrayList<>(List.of(PARTIES));
    int contributions = random.nextInt(4);
    for (int i = 0; i < contributions; i++) {
      String party = names.apply(parties.remove(random.nextInt(parties.size())));
      p.addContributions(
          random.nextBoolean()
              ? Contribution.of(party)
              : Contribution.builder().party(party).condition(condition(2)).build());
    }
    return p.build();
  }

  /**
   * Returns a random scenario for an agreement built by this generator: up to {@code maxEvents}
   * events at whole or half hours 0 to 14 (ties and repeats are frequent), and an as-of instant
   * that leaves some of them after it.
   *
   * @param maxEvents the most events
   * @return the scenario
   */
  public Scenario scenario(int maxEvents) {
    Scenario.Builder b = Scenario.builder().name("random");
    int n = random.nextInt(maxEvents + 1);
    for (int i = 0; i < n; i++) {
      b.addEvents(event());
    }
    double asOf = random.nextInt(16) + (random.nextInt(4) == 0 ? 0.5 : 0);
    return b.asOf(h(asOf)).build();
  }

  private Event event() {
    String t = names.apply(TRIGGERS[random.nextInt(TRIGGERS.length)]);
    double at = random.nextInt(15) + (random.nextInt(6) == 0 ? 0.5 : 0);
    if (alliances) {
      Event.Builder e = Event.builder().trigger(t).at(h(at));
      int a = random.nextInt(EVENT_PARTIES.length + 1);
      if (a < EVENT_PARTIES.length) {
        e.party(names.apply(EVENT_PARTIES[a]));
      }
      int g = random.nextInt(EVENT_PARTIES.length + 2);
      if (g < EVENT_PARTIES.length) {
        e.target(names.apply(EVENT_PARTIES[g]));
      }
      if (random.nextBoolean()) {
        e.place(names.apply(PLACES[random.nextInt(PLACES.length)]));
      }
      return e.build();
    }
    int p = random.nextInt(PARTIES.length + 1);
    return p == PARTIES.length ? Event.of(t, h(at)) : Event.of(t, names.apply(PARTIES[p]), h(at));
  }
}
