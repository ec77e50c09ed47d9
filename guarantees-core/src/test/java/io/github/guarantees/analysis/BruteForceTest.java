package io.github.guarantees.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.Fixtures;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Reading;
import io.github.guarantees.model.Term;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Holds {@link Analysis#check} to a plain loop over a larger, dumber space: every sequence of up to
 * three events drawn from every trigger with every actor (named or not), at every instant of a fine
 * grid that is not the analysis's (12 minutes, where the analysis draws gaps on a grid of a quarter
 * of the agreement's hour for three events), evaluated on the whole agreement (not the analysis's
 * cut-down copy), statuses read at every grid instant and one nanosecond after it. The two must
 * agree on PROVED or not, and on the fewest events of a counterexample or witness. Agreements are
 * small and seeded; each failure prints its seed.
 */
class BruteForceTest {
  private static final String[] TRIGGERS = {"a", "b", "c"};
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Instant T0 = Fixtures.T0;
  private static final Budget BUDGET = new Budget(3, 3);

  /**
   * One seed in this many is run: 1 (all) unless {@code -Dguarantees.cases.divisor=N} says
   * otherwise, as in the evaluation package's randomised tests. The mutation profile runs a tenth,
   * where the counts of proved and refuted properties are not asserted.
   */
  private static final int DIVISOR = Math.max(1, Integer.getInteger("guarantees.cases.divisor", 1));

  private static boolean skipped(long seed) {
    return seed % DIVISOR != 0;
  }

  private static boolean allSeeds() {
    return DIVISOR == 1;
  }

  /** Every 12 minutes for three hours from {@link #T0}: not the analysis's grid, and finer. */
  private static List<Instant> fineGrid() {
    Duration step = Duration.ofMinutes(12);
    List<Instant> grid = new ArrayList<>();
    for (int k = 0; k <= 15; k++) {
      grid.add(T0.plus(step.multipliedBy(k)));
    }
    return grid;
  }

  @Test
  void timedAgreementsAgreeWithAFineGrid() {
    List<Instant> grid = fineGrid();
    int proved = 0;
    int failed = 0;
    for (long seed = 1; seed <= 14; seed++) {
      if (skipped(seed)) {
        continue;
      }
      Random r = new Random(seed);
      Agreement agreement =
          withReading(new Random(seed * 0x9E3779B97F4A7C15L + 7), agreement(r, true), true);
      Property property = property(r, new Random(seed * 0xC2B2AE3D27D4EB4FL + 3), true);
      int[] counts = compare(seed, agreement, property, grid, List.of(Optional.<String>empty()));
      proved += counts[0];
      failed += counts[1];
    }
    System.out.println("timed: proved " + proved + ", refuted " + failed);
    if (allSeeds()) {
      assertThat(proved).as("some properties hold").isPositive();
      assertThat(failed).as("some properties fail").isPositive();
    }
  }

  /**
   * The same with the agreement dated at the grid's start. Where a clock can start from the date (a
   * pledge in force from the start with a term or a relative deadline), the analysis counts the
   * date among the grid's points and draws the first event at every offset from it; elsewhere it
   * draws none (only differences between events matter), which the brute force, anchored at the
   * date, checks.
   */
  @Test
  void datedAgreementsAgreeWithAFineGridFromTheDate() {
    List<Instant> grid = fineGrid();
    int proved = 0;
    int failed = 0;
    int clocked = 0;
    for (long seed = 200; seed <= 213; seed++) {
      if (skipped(seed)) {
        continue;
      }
      Random r = new Random(seed);
      Agreement timed = agreement(r, true);
      List<Pledge> pledges = new ArrayList<>();
      for (Pledge p : timed.pledges()) {
        // Every other agreement without clocks: only its windows are constants.
        pledges.add(
            seed % 2 == 0
                ? p
                : Pledge.builder()
                    .from(p)
                    .term(Optional.empty())
                    .deadline(Optional.empty())
                    .build());
      }
      Agreement agreement =
          Agreement.builder()
              .from(timed)
              .pledges(pledges)
              .date(LocalDate.ofInstant(T0, ZoneOffset.UTC))
              .build();
      clocked +=
          agreement.pledges().stream()
                  .anyMatch(
                      p ->
                          p.term().flatMap(Term::lastsFor).isPresent()
                              || p.deadline().flatMap(Deadline::within).isPresent())
              ? 1
              : 0;
      Property property = property(r, true);
      int[] counts = compare(seed, agreement, property, grid, List.of(Optional.<String>empty()));
      proved += counts[0];
      failed += counts[1];
    }
    System.out.println("dated: proved " + proved + ", refuted " + failed + ", clocked " + clocked);
    if (allSeeds()) {
      assertThat(proved).as("some properties hold").isPositive();
      assertThat(failed).as("some properties fail").isPositive();
      assertThat(clocked).as("some agreements have clocks, some not").isBetween(3, 7);
    }
  }

  @Test
  void partiesRestraintsAndTiesAgreeWithEveryOrder() {
    List<Instant> grid = List.of(T0, T0.plus(HOUR), T0.plus(HOUR.multipliedBy(2)));
    int proved = 0;
    int failed = 0;
    for (long seed = 100; seed <= 124; seed++) {
      if (skipped(seed)) {
        continue;
      }
      Random r = new Random(seed);
      Agreement agreement =
          withReading(new Random(seed * 0x9E3779B97F4A7C15L + 7), agreement(r, false), false);
      Property property = property(r, new Random(seed * 0xC2B2AE3D27D4EB4FL + 3), false);
      int[] counts =
          compare(
              seed,
              agreement,
              property,
              grid,
              List.of(Optional.<String>empty(), Optional.of("P"), Optional.of("Q")));
      proved += counts[0];
      failed += counts[1];
    }
    System.out.println("untimed: proved " + proved + ", refuted " + failed);
    if (allSeeds()) {
      assertThat(proved).as("some properties hold").isPositive();
      assertThat(failed).as("some properties fail").isPositive();
    }
  }

  /** Returns {1, 0} if proved, {0, 1} otherwise, after asserting agreement. */
  private static int[] compare(
      long seed,
      Agreement agreement,
      Property property,
      List<Instant> grid,
      List<Optional<String>> actors) {
    System.out.println("seed " + seed + ": " + property);
    Verdict v = Analysis.check(agreement, property, BUDGET);
    int brute = bruteForce(agreement, property, grid, actors);
    boolean reach = property.accept(new Kind()).equals("reach");
    boolean holds = reach ? brute >= 0 : brute < 0;
    assertThat(v.holds())
        .as("seed %d: %s; brute force %d; %s", seed, property, brute, v)
        .isEqualTo(holds);
    if (brute >= 0) {
      int events = v.found().map(x -> x.events().size()).orElse(-1);
      assertThat(events).as("seed %d: fewest events; %s", seed, v).isEqualTo(brute);
    }
    return v.holds() ? new int[] {1, 0} : new int[] {0, 1};
  }

  /**
   * The fewest events of a scenario on the grid in which the property fails (for reachability: is
   * reached), or -1.
   */
  private static int bruteForce(
      Agreement agreement, Property property, List<Instant> grid, List<Optional<String>> actors) {
    List<Event> letters = new ArrayList<>();
    for (String t : TRIGGERS) {
      for (Optional<String> actor : actors) {
        letters.add(Event.builder().trigger(t).party(actor).at(T0).build());
      }
    }
    Optional<Condition> observed = property.accept(new Observed());
    Agreement full =
        observed.isEmpty()
            ? agreement
            : Agreement.builder()
                .from(agreement)
                .addPledges(Fixtures.pledge("observer").trigger(observed.get()).build())
                .build();
    Evaluator evaluator = Evaluator.compile(full);
    Optional<Evaluator> twin =
        property instanceof Property.ReadingsAgree ra
            ? Optional.of(Evaluator.compile(agreement.under(ra.reading())))
            : Optional.empty();
    Instant asOf = grid.get(grid.size() - 1).plus(HOUR.multipliedBy(3));
    for (int n = 0; n <= 3; n++) {
      if (search(evaluator, twin, property, letters, grid, new ArrayList<>(), n, 0, asOf)) {
        return n;
      }
    }
    return -1;
  }

  private static boolean search(
      Evaluator evaluator,
      Optional<Evaluator> twin,
      Property property,
      List<Event> letters,
      List<Instant> grid,
      List<Event> events,
      int n,
      int minTime,
      Instant asOf) {
    if (events.size() == n) {
      Scenario s = Scenario.builder().name("brute").addAllEvents(events).asOf(asOf).build();
      Optional<Timeline> other = twin.map(e -> e.timeline(s));
      return fails(evaluator.timeline(s), other, property, events, grid, asOf);
    }
    for (int ti = minTime; ti < grid.size(); ti++) {
      for (Event letter : letters) {
        events.add(Event.builder().from(letter).at(grid.get(ti)).build());
        boolean found = search(evaluator, twin, property, letters, grid, events, n, ti, asOf);
        events.remove(events.size() - 1);
        if (found) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean fails(
      Timeline timeline,
      Optional<Timeline> twin,
      Property property,
      List<Event> events,
      List<Instant> grid,
      Instant asOf) {
    List<Instant> instants = new ArrayList<>();
    for (Instant t = grid.get(0); !t.isAfter(asOf); t = t.plus(Duration.ofMinutes(12))) {
      instants.add(t);
      instants.add(t.plusNanos(1));
    }
    for (Instant t = grid.get(0); !t.isAfter(asOf); t = t.plus(HOUR)) {
      instants.add(t);
      instants.add(t.plusNanos(1));
    }
    instants.removeIf(t -> t.isAfter(asOf));
    return property.accept(
        new PropertyVisitor<Boolean>() {
          @Override
          public Boolean neverActiveUnless(Property.NeverActiveUnless p) {
            List<Item> items = p.selector().select(timeline.agreement());
            return instants.stream()
                .anyMatch(
                    t ->
                        timeline.statusAt("observer", t) != Status.ACTIVE
                            && items.stream().anyMatch(i -> active(timeline, i, t)));
          }

          @Override
          public Boolean neverTogether(Property.NeverTogether p) {
            List<Item> first = p.first().select(timeline.agreement());
            List<Item> second = p.second().select(timeline.agreement());
            return instants.stream()
                .anyMatch(
                    t ->
                        first.stream()
                            .anyMatch(
                                a ->
                                    active(timeline, a, t)
                                        && second.stream()
                                            .anyMatch(
                                                b -> !a.equals(b) && active(timeline, b, t))));
          }

          @Override
          public Boolean canFire(Property.CanFire p) {
            if (p.after().isEmpty()) {
              return instants.stream().anyMatch(t -> active(timeline, p.item(), t));
            }
            Optional<Instant> from =
                events.stream()
                    .filter(e -> p.after().get().matches(e.trigger(), e.party()))
                    .map(Event::at)
                    .findFirst();
            return from.isPresent()
                && instants.stream()
                    .anyMatch(t -> !t.isBefore(from.get()) && active(timeline, p.item(), t));
          }

          @Override
          public Boolean readingsAgree(Property.ReadingsAgree p) {
            List<Item> items = p.selector().select(timeline.agreement());
            Timeline other = twin.orElseThrow();
            return instants.stream()
                .anyMatch(
                    t ->
                        items.stream()
                            .anyMatch(i -> status(timeline, i, t) != status(other, i, t)));
          }

          @Override
          public Boolean always(Property.Always p) {
            return instants.stream().anyMatch(t -> status(timeline, p.item(), t) != p.status());
          }

          @Override
          public Boolean respondsWithin(Property.RespondsWithin p) {
            List<Item> items = p.selector().select(timeline.agreement());
            boolean late = false;
            for (Event e : events) {
              if (!e.trigger().equals(p.trigger().trigger())) {
                continue;
              }
              if (p.after().isPresent() && timeline.statusAt("observer", e.at()) != Status.ACTIVE) {
                continue;
              }
              Instant end = e.at().plus(p.within());
              late |=
                  instants.stream()
                      .filter(t -> !t.isBefore(e.at()) && !t.isAfter(end))
                      .noneMatch(t -> items.stream().anyMatch(i -> active(timeline, i, t)));
            }
            return late;
          }
        });
  }

  /** The condition the brute force observes. */
  private static final class Observed implements PropertyVisitor<Optional<Condition>> {
    @Override
    public Optional<Condition> neverActiveUnless(Property.NeverActiveUnless p) {
      return Optional.of(p.condition());
    }

    @Override
    public Optional<Condition> respondsWithin(Property.RespondsWithin p) {
      return p.after();
    }

    @Override
    public Optional<Condition> neverTogether(Property.NeverTogether p) {
      return Optional.empty();
    }

    @Override
    public Optional<Condition> canFire(Property.CanFire p) {
      return Optional.empty();
    }

    @Override
    public Optional<Condition> always(Property.Always p) {
      return Optional.empty();
    }

    @Override
    public Optional<Condition> readingsAgree(Property.ReadingsAgree p) {
      return Optional.empty();
    }
  }

  /** Whether a property asks for reachability. */
  private static final class Kind implements PropertyVisitor<String> {
    @Override
    public String neverActiveUnless(Property.NeverActiveUnless p) {
      return "invariant";
    }

    @Override
    public String respondsWithin(Property.RespondsWithin p) {
      return "invariant";
    }

    @Override
    public String neverTogether(Property.NeverTogether p) {
      return "invariant";
    }

    @Override
    public String canFire(Property.CanFire p) {
      return "reach";
    }

    @Override
    public String always(Property.Always p) {
      return "invariant";
    }

    @Override
    public String readingsAgree(Property.ReadingsAgree p) {
      return "invariant";
    }
  }

  private static Status status(Timeline timeline, Item item, Instant t) {
    return item.party().isPresent()
        ? timeline.statusAt(item.pledge(), item.party().get(), t)
        : timeline.statusAt(item.pledge(), t);
  }

  private static boolean active(Timeline timeline, Item item, Instant t) {
    return status(timeline, item, t) == Status.ACTIVE;
  }

  // The generator: three triggers, parties P and Q, every condition kind but statuses and counts.

  private static Occurred pattern(Random r, boolean timed) {
    String t = TRIGGERS[r.nextInt(TRIGGERS.length)];
    return !timed && r.nextInt(3) == 0
        ? Condition.occurred(t, r.nextBoolean() ? "P" : "Q")
        : Condition.occurred(t);
  }

  private static Condition condition(Random r, int depth, boolean timed) {
    int kind = r.nextInt(depth == 0 ? 2 : 8);
    return switch (kind) {
      case 0, 1 -> pattern(r, timed);
      case 2 -> Condition.after(pattern(r, timed), pattern(r, timed));
      case 3 -> Condition.inForce(pattern(r, timed), pattern(r, timed));
      case 4 ->
          timed
              ? Condition.within(pattern(r, timed), HOUR, pattern(r, timed))
              : Condition.after(pattern(r, timed), pattern(r, timed));
      case 5 -> Condition.not(condition(r, depth - 1, timed));
      case 6 -> Condition.allOf(condition(r, depth - 1, timed), condition(r, depth - 1, timed));
      default -> Condition.anyOf(condition(r, depth - 1, timed), condition(r, depth - 1, timed));
    };
  }

  private static Agreement agreement(Random r, boolean timed) {
    Agreement.Builder b = Fixtures.agreement(TRIGGERS);
    for (int i = 0; i < 3; i++) {
      Pledge.Builder p =
          Fixtures.pledge("p" + i)
              .trigger(r.nextInt(3) == 0 ? Condition.always() : condition(r, 1, timed))
              .activation(r.nextInt(3) == 0 ? Condition.always() : condition(r, 2, timed));
      int extra = r.nextInt(4);
      if (timed && extra == 0) {
        p.term(Term.lastsFor(HOUR));
      } else if (timed && extra == 1) {
        p.deadline(Deadline.of(pattern(r, true), HOUR));
      } else if (!timed && extra == 0 && i == 2) {
        p.kind(PledgeKind.RESTRAINT)
            .addRefrainsFrom(pattern(r, false))
            .addContributions(Contribution.of("P"), Contribution.of("Q"));
      }
      if (!timed && i == 0) {
        p.addContributions(
            Contribution.of("P"),
            Contribution.builder().party("Q").condition(condition(r, 1, false)).build());
      }
      b.addPledges(p.build());
    }
    return b.build();
  }

  /** Gives p1 a reading "alt" of its activation (or, when timed, sometimes its term). */
  private static Agreement withReading(Random r, Agreement agreement, boolean timed) {
    List<Pledge> pledges = new ArrayList<>();
    for (Pledge p : agreement.pledges()) {
      if (p.id().equals("p1")) {
        Reading.Builder reading = Reading.builder().name("alt").note("read two ways");
        if (timed && r.nextInt(3) == 0) {
          reading.term(Term.lastsFor(HOUR.multipliedBy(2)));
        } else {
          reading.activation(condition(r, 1, timed));
        }
        p = Pledge.builder().from(p).addReadings(reading.build()).build();
      }
      pledges.add(p);
    }
    return Agreement.builder().from(agreement).pledges(pledges).build();
  }

  /** A property of one of the first five kinds (drawn by r), or of the later ones (by more). */
  private static Property property(Random r, Random more, boolean timed) {
    Property first = property(r, timed);
    return switch (more.nextInt(4)) {
      case 0 ->
          new Property.ReadingsAgree(
              "alt",
              more.nextBoolean()
                  ? Selector.builder().withContributions().build()
                  : Selector.ids("p" + more.nextInt(3)));
      case 1 ->
          new Property.CanFire(
              Item.pledge("p" + more.nextInt(3)), Optional.of(pattern(more, timed)));
      default -> first;
    };
  }

  private static Property property(Random r, boolean timed) {
    return switch (r.nextInt(5)) {
      case 0 ->
          new Property.NeverActiveUnless(
              Selector.builder().ids("p0", "p1").withContributions().build(),
              condition(r, 2, timed));
      case 1 -> new Property.NeverTogether(Selector.ids("p0"), Selector.ids("p1", "p2"));
      case 2 -> new Property.CanFire(Item.pledge("p" + r.nextInt(3)));
      case 3 -> new Property.Always(Item.pledge("p" + r.nextInt(3)), Status.ACTIVE);
      default ->
          new Property.RespondsWithin(
              Condition.occurred(TRIGGERS[r.nextInt(3)]),
              r.nextBoolean() ? Optional.empty() : Optional.of(condition(r, 1, timed)),
              Selector.ids("p" + r.nextInt(3)),
              timed ? HOUR : Duration.ZERO);
    };
  }
}
