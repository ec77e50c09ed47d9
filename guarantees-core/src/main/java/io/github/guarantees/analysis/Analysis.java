package io.github.guarantees.analysis;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
    Space space =
        new Space(agreement, q.pledges(), q.observed(), q.patterns(), q.durations(), budget);
    List<Failure> found = new ArrayList<>();
    List<Space.Run> runs = new ArrayList<>();
    long cases =
        space.enumerate(
            run -> {
              Optional<Failure> f = q.finder().find(space, run);
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
        f.items(),
        s.events().size(),
        Evaluator.compile(agreement).evaluate(s),
        coverage);
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
    List<Item> items = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (Pledge p : agreement.instances()) {
      ids.add(p.id());
      items.add(Item.pledge(p.id()));
      p.contributions().forEach(c -> items.add(Item.contribution(p.id(), c.party())));
    }
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

  /** Where and on what a property fails (or, for reachability, is reached). */
  private record Failure(Instant at, ImmutableList<Item> items) {}

  /** Looks for a failure in one run. */
  private interface Finder {
    Optional<Failure> find(Space space, Space.Run run);
  }

  /** What a property asks of the space: its cone, observers, patterns, durations and test. */
  private record Question(
      Set<String> pledges,
      List<Condition> observed,
      List<Occurred> patterns,
      List<Duration> durations,
      boolean reach,
      Finder finder) {}

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
          (space, run) -> {
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
          (space, run) -> {
            ImmutableList<Instant> instants = Space.instants(run);
            List<Event> events = run.scenario().events();
            for (int i = 0; i < events.size(); i++) {
              Instant at = events.get(i).at();
              if (!space.extraMatches.get(run.letters().get(i)).get(0)) {
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
          (space, run) -> {
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
      return single(p.item(), true, s -> s == Status.ACTIVE);
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
          (space, run) -> {
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
