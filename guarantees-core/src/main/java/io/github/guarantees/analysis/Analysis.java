package io.github.guarantees.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.Term;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Answers questions over every scenario of an agreement's bounded scenario space
 * (docs/ANALYSIS.md): a property is proved, or refuted by a scenario with the fewest events.
 *
 * <pre>{@code
 * Property invariant = new Property.NeverActiveUnless(
 *     Selector.builder().kinds(PledgeKind.MILITARY_HUB).build(),
 *     Condition.allOf(Condition.inForce("ukraine-request", "request-withdrawn"),
 *         Condition.occurred("credible-cessation")));
 * Verdict v = Analysis.check(paris, invariant);
 * }</pre>
 *
 * <p>Every scenario is evaluated by the agreement's own {@link Evaluator}; a property's condition
 * is decided by the evaluator too, as the trigger of an observer pledge added to a copy of the
 * agreement cut down to the pledges that can move the items asked about. Stateless and thread-safe.
 */
public final class Analysis {
  private Analysis() {}

  /**
   * Checks a property within {@link Budget#DEFAULT}.
   *
   * @param agreement the agreement, not null
   * @param property the property, not null
   * @return the verdict
   * @throws IllegalArgumentException if the property names a pledge or contribution the agreement
   *     does not have, or its condition names what the agreement does not declare
   * @throws NullPointerException if an argument is null
   */
  public static Verdict check(Agreement agreement, Property property) {
    return check(agreement, property, Budget.DEFAULT);
  }

  /**
   * Checks a property over every scenario within a budget, shortest scenarios first.
   *
   * @param agreement the agreement, not null
   * @param property the property, not null
   * @param budget the bound on events and repetitions, not null
   * @return the verdict
   * @throws IllegalArgumentException if the property names a pledge or contribution the agreement
   *     does not have, or its condition names what the agreement does not declare
   * @throws NullPointerException if an argument is null
   */
  public static Verdict check(Agreement agreement, Property property, Budget budget) {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(budget, "budget");
    Question q = property.accept(new Questions(agreement));
    Space space = q.space(agreement, budget);
    Finder finder = q.finder().apply(space);
    List<Failure> found = new ArrayList<>();
    List<Space.Run> runs = new ArrayList<>();
    long cases =
        space.enumerate(
            run -> {
              Optional<Failure> f =
                  finder.find(run, (i, k) -> space.extraMatches.get(run.letters().get(i)).get(k));
              f.ifPresent(
                  x -> {
                    found.add(x);
                    runs.add(run);
                  });
              return f.isPresent();
            });
    Coverage coverage = space.coverage(cases);
    if (found.isEmpty()) {
      return q.reach()
          ? new Verdict.Unreachable(coverage)
          : new Verdict.Proved(coverage, Optional.empty());
    }
    Failure f = found.get(0);
    Scenario s = runs.get(0).scenario().asOf(f.at());
    if (q.reach()) {
      return new Verdict.Proved(coverage, Optional.of(s));
    }
    return new Verdict.Counterexample(
        s,
        f.at(),
        f.offending(),
        s.events().size(),
        Evaluator.compile(agreement).evaluate(s),
        coverage);
  }

  /**
   * Decides a property on one given scenario, at every instant of it up to its as-of instant: the
   * same test {@link #check} applies to each scenario of the space, so that a counterexample
   * written to a file can be checked again after the agreement is fixed.
   *
   * @param agreement the agreement, not null
   * @param property the property, not null
   * @param scenario the scenario, not null
   * @return where the property first fails in the scenario, or empty if it holds there (for
   *     reachability, {@link Property.CanFire}: where the item is first reached)
   * @throws IllegalArgumentException if the property names a pledge or contribution the agreement
   *     does not have, its condition names what the agreement does not declare, or the scenario is
   *     not one of the agreement's (an event on a trigger it does not declare)
   * @throws NullPointerException if an argument is null
   */
  public static Optional<Failure> test(Agreement agreement, Property property, Scenario scenario) {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(scenario, "scenario");
    Question q = property.accept(new Questions(agreement));
    Space space = q.space(agreement, Budget.DEFAULT);
    List<BitSet> matches = matches(space, q.patterns(), scenario.events());
    Space.Run run = new Space.Run(scenario, space.evaluator.timeline(scenario), ImmutableList.of());
    return q.finder().apply(space).find(run, (i, k) -> matches.get(i).get(k));
  }

  /** For each event of a scenario, which of the patterns it matches (the event alone). */
  private static List<BitSet> matches(Space space, List<Occurred> patterns, List<Event> events) {
    List<BitSet> out = new ArrayList<>();
    Space.Probes probes = patterns.isEmpty() ? null : new Space.Probes(space.reduced, patterns);
    for (Event e : events) {
      out.add(probes == null ? new BitSet() : probes.matches(e));
    }
    return out;
  }

  /**
   * Answers, for every reading of the agreement, where the ambiguity matters: {@link
   * Property.ReadingsAgree} over every pledge and contribution.
   *
   * @param agreement the agreement, not null
   * @param budget the bound on events and repetitions, not null
   * @return for each reading's name, in the agreement's order, the verdict: proved if the reading
   *     changes no status in the space, else a scenario with the fewest events where it does
   * @throws NullPointerException if an argument is null
   */
  public static ImmutableMap<String, Verdict> readings(Agreement agreement, Budget budget) {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(budget, "budget");
    ImmutableMap.Builder<String, Verdict> out = ImmutableMap.builder();
    Selector all = Selector.builder().withContributions().build();
    for (String reading : agreement.readingNames()) {
      out.put(reading, check(agreement, new Property.ReadingsAgree(reading, all), budget));
    }
    return out.buildOrThrow();
  }

  /**
   * Answers "which pledges and contributions can never be completed after this event?": those that
   * fire in some scenario of the space, but in no scenario at or after an event matching the
   * pattern (the first such event of the scenario; later ones come after it).
   *
   * @param agreement the agreement, not null
   * @param event the pattern of the event, on a trigger the agreement declares, not null
   * @param budget the bound on events and repetitions, not null
   * @return the findings
   * @throws IllegalArgumentException if the pattern names what the agreement does not declare
   * @throws NullPointerException if an argument is null
   */
  public static DeadAfter deadAfter(Agreement agreement, Occurred event, Budget budget) {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(budget, "budget");
    List<Item> items = items(agreement);
    Set<String> ids = new LinkedHashSet<>();
    items.forEach(i -> ids.add(i.pledge()));
    Space space = new Space(agreement, ids, List.of(), List.of(event), List.of(), budget);
    int n = items.size();
    boolean[] fired = new boolean[n];
    boolean[] firedAfter = new boolean[n];
    long cases =
        space.enumerate(
            run -> {
              Optional<Instant> from = Optional.empty();
              List<Event> events = run.scenario().events();
              for (int i = 0; i < events.size() && from.isEmpty(); i++) {
                if (space.extraMatches.get(run.letters().get(i)).get(0)) {
                  from = Optional.of(events.get(i).at());
                }
              }
              for (Instant t : Space.instants(run)) {
                boolean after = from.isPresent() && !t.isBefore(from.get());
                for (int i = 0; i < n; i++) {
                  if (Space.status(run.timeline(), items.get(i), t) == Status.ACTIVE) {
                    fired[i] = true;
                    firedAfter[i] |= after;
                  }
                }
              }
              return false;
            });
    ImmutableList.Builder<Item> dead = ImmutableList.builder();
    ImmutableList.Builder<Item> alive = ImmutableList.builder();
    for (int i = 0; i < n; i++) {
      if (firedAfter[i]) {
        alive.add(items.get(i));
      } else if (fired[i]) {
        dead.add(items.get(i));
      }
    }
    return new DeadAfter(event, dead.build(), alive.build(), space.coverage(cases));
  }

  /**
   * Every pledge (each evaluated instance) of the agreement, each followed by its contributions.
   */
  private static List<Item> items(Agreement agreement) {
    List<Item> items = new ArrayList<>();
    for (Pledge p : agreement.instances()) {
      items.add(Item.pledge(p.id()));
      p.contributions().forEach(c -> items.add(Item.contribution(p.id(), c.party())));
    }
    return items;
  }

  /**
   * Answers the built-in questions in one pass over the space of the whole agreement: the pledges
   * and contributions that fire in no scenario, those {@code ACTIVE} at every instant of every
   * scenario, the contributions {@code BLOCKED} throughout, and the pairs of pledges (that can
   * fire) never {@code ACTIVE} at one instant.
   *
   * @param agreement the agreement, not null
   * @param budget the bound on events and repetitions, not null
   * @return the findings
   * @throws NullPointerException if an argument is null
   */
  public static Survey survey(Agreement agreement, Budget budget) {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(budget, "budget");
    List<Item> items = items(agreement);
    Set<String> ids = new LinkedHashSet<>();
    items.forEach(i -> ids.add(i.pledge()));
    Space space = new Space(agreement, ids, List.of(), List.of(), List.of(), budget);
    int n = items.size();
    boolean[] fired = new boolean[n];
    boolean[] alwaysActive = new boolean[n];
    boolean[] alwaysBlocked = new boolean[n];
    java.util.Arrays.fill(alwaysActive, true);
    java.util.Arrays.fill(alwaysBlocked, true);
    boolean[][] together = new boolean[n][n];
    long cases =
        space.enumerate(
            run -> {
              for (Instant t : Space.instants(run)) {
                List<Integer> active = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                  Status s = Space.status(run.timeline(), items.get(i), t);
                  if (s == Status.ACTIVE) {
                    fired[i] = true;
                    active.add(i);
                  } else {
                    alwaysActive[i] = false;
                  }
                  if (s != Status.BLOCKED) {
                    alwaysBlocked[i] = false;
                  }
                }
                for (int a : active) {
                  for (int b : active) {
                    together[a][b] = true;
                  }
                }
              }
              return false;
            });
    ImmutableList.Builder<Item> dead = ImmutableList.builder();
    ImmutableList.Builder<Item> unconditional = ImmutableList.builder();
    ImmutableList.Builder<Item> blocked = ImmutableList.builder();
    ImmutableList.Builder<Survey.Pair> apart = ImmutableList.builder();
    for (int i = 0; i < n; i++) {
      Item item = items.get(i);
      if (!fired[i]) {
        dead.add(item);
      }
      if (alwaysActive[i]) {
        unconditional.add(item);
      }
      if (alwaysBlocked[i] && item.party().isPresent()) {
        blocked.add(item);
      }
      for (int j = i + 1; j < n; j++) {
        Item other = items.get(j);
        if (item.party().isEmpty()
            && other.party().isEmpty()
            && fired[i]
            && fired[j]
            && !together[i][j]) {
          apart.add(new Survey.Pair(item, other));
        }
      }
    }
    return new Survey(
        dead.build(), unconditional.build(), blocked.build(), apart.build(), space.coverage(cases));
  }

  /** Whether the run's event {@code i} matches the question's pattern {@code k}. */
  private interface Matches {
    boolean test(int event, int pattern);
  }

  /** Looks for a failure (or, for reachability, the item reached) in one run. */
  private interface Finder {
    Optional<Failure> find(Space.Run run, Matches matches);
  }

  /**
   * What a property asks of the space: its cone, observers, patterns, durations, and its test, made
   * once the space is built.
   */
  private record Question(
      Set<String> pledges,
      List<Condition> observed,
      List<Occurred> patterns,
      List<Duration> durations,
      boolean reach,
      Function<Space, Finder> finder) {
    Space space(Agreement agreement, Budget budget) {
      return new Space(agreement, pledges, observed, patterns, durations, budget);
    }
  }

  /** Turns each kind of property into a question. */
  private static final class Questions implements PropertyVisitor<Question> {
    private final Agreement agreement;

    Questions(Agreement agreement) {
      this.agreement = agreement;
    }

    private Set<String> pledges(List<Item> items) {
      Set<String> out = new LinkedHashSet<>();
      for (Item item : items) {
        Pledge p =
            agreement.instances().stream()
                .filter(x -> x.id().equals(item.pledge()))
                .findFirst()
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "no pledge '" + item.pledge() + "' in agreement " + agreement.id()));
        if (item.party().isPresent() && p.contribution(item.party().get()).isEmpty()) {
          throw new IllegalArgumentException(
              "party '" + item.party().get() + "' does not contribute to '" + p.id() + "'");
        }
        out.add(p.id());
      }
      return out;
    }

    private static Optional<Failure> firstActive(
        Space.Run run, List<Item> items, Instant t, boolean condition) {
      if (condition) {
        return Optional.empty();
      }
      ImmutableList.Builder<Item> out = ImmutableList.builder();
      for (Item item : items) {
        if (Space.status(run.timeline(), item, t) == Status.ACTIVE) {
          out.add(item);
        }
      }
      ImmutableList<Item> active = out.build();
      return active.isEmpty() ? Optional.empty() : Optional.of(new Failure(t, active));
    }

    @Override
    public Question neverActiveUnless(Property.NeverActiveUnless p) {
      ImmutableList<Item> items = p.selector().select(agreement);
      return new Question(
          pledges(items),
          List.of(p.condition()),
          List.of(),
          List.of(),
          false,
          space ->
              (run, matches) -> {
                for (Instant t : Space.instants(run)) {
                  boolean holds = run.timeline().statusAt(Space.OBSERVER + 0, t) == Status.ACTIVE;
                  Optional<Failure> f = firstActive(run, items, t, holds);
                  if (f.isPresent()) {
                    return f;
                  }
                }
                return Optional.empty();
              });
    }

    @Override
    public Question respondsWithin(Property.RespondsWithin p) {
      ImmutableList<Item> items = p.selector().select(agreement);
      List<Condition> observed = new ArrayList<>();
      p.after().ifPresent(observed::add);
      return new Question(
          pledges(items),
          observed,
          List.of(p.trigger()),
          List.of(p.within()),
          false,
          space ->
              (run, matches) -> {
                ImmutableList<Instant> instants = Space.instants(run);
                List<Event> events = run.scenario().events();
                for (int i = 0; i < events.size(); i++) {
                  Instant at = events.get(i).at();
                  if (!matches.test(i, 0)) {
                    continue;
                  }
                  if (p.after().isPresent()
                      && run.timeline().statusAt(Space.OBSERVER + 0, at) != Status.ACTIVE) {
                    continue;
                  }
                  Instant end = at.plus(p.within());
                  boolean answered = false;
                  for (Instant t : instants) {
                    if (t.isBefore(at) || t.isAfter(end)) {
                      continue;
                    }
                    for (Item item : items) {
                      answered |= Space.status(run.timeline(), item, t) == Status.ACTIVE;
                    }
                  }
                  if (!answered) {
                    return Optional.of(new Failure(end, items));
                  }
                }
                return Optional.empty();
              });
    }

    @Override
    public Question neverTogether(Property.NeverTogether p) {
      ImmutableList<Item> first = p.first().select(agreement);
      ImmutableList<Item> second = p.second().select(agreement);
      Set<String> pledges = pledges(first);
      pledges.addAll(pledges(second));
      return new Question(
          pledges,
          List.of(),
          List.of(),
          List.of(),
          false,
          space ->
              (run, matches) -> {
                for (Instant t : Space.instants(run)) {
                  for (Item a : first) {
                    if (Space.status(run.timeline(), a, t) != Status.ACTIVE) {
                      continue;
                    }
                    for (Item b : second) {
                      if (!a.equals(b) && Space.status(run.timeline(), b, t) == Status.ACTIVE) {
                        return Optional.of(new Failure(t, ImmutableList.of(a, b)));
                      }
                    }
                  }
                }
                return Optional.empty();
              });
    }

    @Override
    public Question canFire(Property.CanFire p) {
      if (p.after().isEmpty()) {
        return single(p.item(), true, s -> s == Status.ACTIVE);
      }
      Item item = p.item();
      return new Question(
          pledges(List.of(item)),
          List.of(),
          List.of(p.after().get()),
          List.of(),
          true,
          space ->
              (run, matches) -> {
                List<Event> events = run.scenario().events();
                for (int i = 0; i < events.size(); i++) {
                  if (!matches.test(i, 0)) {
                    continue;
                  }
                  Instant from = events.get(i).at();
                  for (Instant t : Space.instants(run)) {
                    if (!t.isBefore(from)
                        && Space.status(run.timeline(), item, t) == Status.ACTIVE) {
                      return Optional.of(new Failure(t, ImmutableList.of(item)));
                    }
                  }
                  return Optional.empty(); // a later matching event comes after this one
                }
                return Optional.empty();
              });
    }

    @Override
    public Question readingsAgree(Property.ReadingsAgree p) {
      Agreement twin = agreement.under(p.reading());
      ImmutableList<Item> items = p.selector().select(agreement);
      Set<String> governed = new LinkedHashSet<>();
      for (Pledge pledge : agreement.pledges()) {
        if (pledge.readings().stream().anyMatch(r -> r.name().equals(p.reading()))) {
          governed.add(pledge.id());
        }
      }
      // The reading's own conditions are observed, so that the space tells apart the events they
      // see, counts their windows and keeps the statuses they read; its terms' durations too.
      List<Condition> observed = new ArrayList<>();
      List<Duration> durations = new ArrayList<>();
      for (Pledge q : twin.instances()) {
        if (!governed.contains(q.baseId())) {
          continue;
        }
        observed.add(twin.triggerOf(q));
        observed.add(q.activation());
        q.term().flatMap(Term::endsWhen).ifPresent(observed::add);
        q.term().flatMap(Term::since).ifPresent(observed::add);
        q.term().flatMap(Term::lastsFor).ifPresent(durations::add);
      }
      return new Question(
          pledges(items),
          observed,
          List.of(),
          durations,
          false,
          space -> {
            Set<String> kept = new LinkedHashSet<>();
            space.reduced.pledges().forEach(x -> kept.add(x.id()));
            List<Pledge> cut = new ArrayList<>();
            for (Pledge x : twin.pledges()) {
              if (kept.contains(x.id())) {
                cut.add(x);
              }
            }
            Evaluator reading =
                Evaluator.compile(Agreement.builder().from(twin).pledges(cut).build());
            return (run, matches) -> {
              Timeline other = reading.timeline(run.scenario());
              Set<Instant> instants = new TreeSet<>(Space.instants(run));
              instants.addAll(Space.instants(new Space.Run(run.scenario(), other, run.letters())));
              for (Instant t : instants) {
                ImmutableList.Builder<Item> differ = ImmutableList.builder();
                for (Item item : items) {
                  if (Space.status(run.timeline(), item, t) != Space.status(other, item, t)) {
                    differ.add(item);
                  }
                }
                ImmutableList<Item> d = differ.build();
                if (!d.isEmpty()) {
                  return Optional.of(new Failure(t, d));
                }
              }
              return Optional.empty();
            };
          });
    }

    @Override
    public Question always(Property.Always p) {
      return single(p.item(), false, s -> s != p.status());
    }

    private Question single(Item item, boolean reach, java.util.function.Predicate<Status> found) {
      return new Question(
          pledges(List.of(item)),
          List.of(),
          List.of(),
          List.of(),
          reach,
          space ->
              (run, matches) -> {
                for (Instant t : Space.instants(run)) {
                  if (found.test(Space.status(run.timeline(), item, t))) {
                    return Optional.of(new Failure(t, ImmutableList.of(item)));
                  }
                }
                return Optional.empty();
              });
    }
  }
}
