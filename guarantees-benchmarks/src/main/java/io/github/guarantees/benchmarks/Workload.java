package io.github.guarantees.benchmarks;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Party;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Role;
import io.github.guarantees.model.Source;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A seeded benchmark workload: an agreement of {@code N} pledges over {@value #TRIGGERS} triggers,
 * each with a random trigger condition (depth at most 2) and activation condition (depth at most 3)
 * drawn from every condition kind, and a list of scenarios of random events, some with repeated
 * events of one trigger, some with several events at one instant, some with identical events, and
 * most with events after the as-of instant.
 *
 * <pre>{@code
 * Workload w = Workload.generate(42, 200, 1024, 10);
 * Evaluator.compile(w.agreement()).evaluate(w.scenario(0));
 * }</pre>
 *
 * <p>The same seed and sizes give the same workload. The pledges have no term, deadline, restraint
 * or contribution, so a pledge is {@code ACTIVE} exactly when its trigger and its activation hold
 * at the as-of instant: the fired set every engine computes. Events name no party (the
 * generated-Java baseline indexes events by trigger only). The agreement and the scenarios are
 * illustrative data, not an encoding of any real instrument.
 *
 * <p>This class is immutable and thread-safe; {@link #times(int)} returns a shared array that
 * callers must not modify.
 */
public final class Workload {
  /** The number of triggers every workload declares. */
  public static final int TRIGGERS = 16;

  /** The instant that hour 0 of every scenario stands for. */
  static final Instant ORIGIN = Instant.parse("2026-01-01T00:00:00Z");

  private static final Duration[] WINDOWS = {
    Duration.ZERO, Duration.ofHours(6), Duration.ofHours(24), Duration.ofHours(72)
  };

  private final long seed;
  private final Agreement agreement;
  private final ImmutableList<String> triggerIds;
  private final ImmutableMap<String, Integer> triggerIndex;
  private final ImmutableList<Scenario> scenarios;
  private final long[][][] times;

  private Workload(
      long seed,
      Agreement agreement,
      ImmutableList<String> triggerIds,
      ImmutableList<Scenario> scenarios) {
    this.seed = seed;
    this.agreement = agreement;
    this.triggerIds = triggerIds;
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builder();
    for (int i = 0; i < triggerIds.size(); i++) {
      index.put(triggerIds.get(i), i);
    }
    this.triggerIndex = index.buildOrThrow();
    this.scenarios = scenarios;
    this.times = new long[scenarios.size()][][];
    for (int s = 0; s < scenarios.size(); s++) {
      times[s] = indexTimes(scenarios.get(s));
    }
  }

  /**
   * Generates a workload.
   *
   * @param seed the seed of every random choice
   * @param pledges the number of pledges, at least 9 (one per condition kind is forced)
   * @param scenarios the number of scenarios, at least 1
   * @param eventsPerScenario the number of events in each scenario, at least 1
   * @return the workload
   * @throws IllegalArgumentException if a size is out of range
   */
  public static Workload generate(long seed, int pledges, int scenarios, int eventsPerScenario) {
    checkArgument(pledges >= Kind.values().length, "pledges: at least %s", Kind.values().length);
    checkArgument(scenarios >= 1, "scenarios: at least 1");
    checkArgument(eventsPerScenario >= 1, "eventsPerScenario: at least 1");
    SplittableRandom random = new SplittableRandom(seed);
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    for (int t = 0; t < TRIGGERS; t++) {
      ids.add(String.format("t%02d", t));
    }
    ImmutableList<String> triggerIds = ids.build();
    Rules rules = new Rules(random.split(), triggerIds);
    Agreement.Builder agreement =
        Agreement.builder()
            .id("benchmark-" + pledges)
            .title("Benchmark workload, " + pledges + " random pledges (illustrative)")
            .addParty(Party.builder().id("A").name("Party A").build(), Role.SIGNATORY)
            .addParty(Party.builder().id("B").name("Party B").build(), Role.BENEFICIARY);
    for (String t : triggerIds) {
      agreement.addTrigger(t, "Random trigger " + t);
    }
    Kind[] kinds = Kind.values();
    for (int p = 0; p < pledges; p++) {
      // The first pledges each hold one kind for certain, so that every kind is exercised.
      Condition activation = p < kinds.length ? rules.withKind(kinds[p]) : rules.tree(3);
      agreement.addPledges(
          Pledge.builder()
              .id(String.format("p%04d", p))
              .title("Random pledge " + p)
              .kind(PledgeKind.MONITORING)
              .bindingForce(BindingForce.POLITICAL_DECLARATION)
              .trigger(rules.tree(2))
              .activation(activation)
              .source(
                  Source.builder()
                      .document("Benchmark workload (generated)")
                      .clause("pledge " + p)
                      .quote("generated")
                      .build())
              .build());
    }
    SplittableRandom events = random.split();
    ImmutableList.Builder<Scenario> list = ImmutableList.builder();
    for (int s = 0; s < scenarios; s++) {
      list.add(scenario(events, triggerIds, s, eventsPerScenario));
    }
    return new Workload(seed, agreement.build(), triggerIds, list.build());
  }

  /**
   * The shape of scenario {@code s}: spread out, ties at few instants, repeats of few triggers, or
   * copies of earlier events; as of a random instant, usually before the last event.
   */
  private static Scenario scenario(
      SplittableRandom random, List<String> triggerIds, int s, int eventCount) {
    long span = 12L * eventCount;
    int shape = s % 4;
    long hours = shape == 1 ? Math.max(1, eventCount / 3) : span;
    int triggers = shape == 2 ? 4 : triggerIds.size();
    List<Event> events = new ArrayList<>(eventCount);
    for (int e = 0; e < eventCount; e++) {
      if (shape == 3 && e > 0 && random.nextInt(4) == 0) {
        events.add(events.get(random.nextInt(e)));
        continue;
      }
      String trigger = triggerIds.get(random.nextInt(triggers));
      events.add(Event.of(trigger, ORIGIN.plus(Duration.ofHours(random.nextLong(hours)))));
    }
    long asOf = hours / 2 + random.nextLong(hours / 2 + hours / 8 + 1);
    return Scenario.builder()
        .name(String.format("scenario-%04d", s))
        .events(events)
        .asOf(ORIGIN.plus(Duration.ofHours(asOf)))
        .build();
  }

  /** Per trigger, the instants (seconds from {@link #ORIGIN}) of its events up to as-of. */
  private long[][] indexTimes(Scenario scenario) {
    return TriggerTimes.of(scenario, triggerIndex);
  }

  /**
   * Returns the seed the workload was generated from.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the agreement of the workload's pledges.
   *
   * @return the agreement
   */
  public Agreement agreement() {
    return agreement;
  }

  /**
   * Returns the number of pledges.
   *
   * @return the number of pledges
   */
  public int pledgeCount() {
    return agreement.pledges().size();
  }

  /**
   * Returns the trigger ids in index order: trigger {@code i} is {@code triggerIds().get(i)}.
   *
   * @return the trigger ids
   */
  public ImmutableList<String> triggerIds() {
    return triggerIds;
  }

  /**
   * Returns each trigger id's index.
   *
   * @return the index of every trigger id
   */
  public ImmutableMap<String, Integer> triggerIndex() {
    return triggerIndex;
  }

  /**
   * Returns the scenarios.
   *
   * @return the scenarios
   */
  public ImmutableList<Scenario> scenarios() {
    return scenarios;
  }

  /**
   * Returns one scenario.
   *
   * @param s its index
   * @return the scenario
   * @throws IndexOutOfBoundsException if there is no such scenario
   */
  public Scenario scenario(int s) {
    return scenarios.get(s);
  }

  /**
   * Returns the events of scenario {@code s} up to its as-of instant, indexed by trigger: row
   * {@code t} holds the instants of trigger {@code t}'s events in ascending order (seconds since
   * 2026-01-01T00:00Z; repeated instants kept). The array is shared: do not modify it.
   *
   * @param s the scenario's index
   * @return the instants by trigger
   * @throws IndexOutOfBoundsException if there is no such scenario
   */
  @SuppressWarnings("MutableMethodReturnType") // the engines read it in place, without a copy
  public long[][] times(int s) {
    Objects.checkIndex(s, times.length);
    return times[s];
  }

  @Override
  public String toString() {
    return "Workload{seed "
        + seed
        + ", "
        + pledgeCount()
        + " pledges, "
        + scenarios.size()
        + " scenarios}";
  }

  /** The condition kinds the generator draws from. */
  enum Kind {
    ALWAYS,
    OCCURRED,
    ALL_OF,
    ANY_OF,
    NOT,
    AT_LEAST,
    IN_FORCE,
    AFTER,
    WITHIN
  }

  /** Draws random condition trees over the workload's triggers. */
  private static final class Rules {
    private final SplittableRandom random;
    private final List<String> triggers;

    Rules(SplittableRandom random, List<String> triggers) {
      this.random = random;
      this.triggers = triggers;
    }

    private String trigger() {
      return triggers.get(random.nextInt(triggers.size()));
    }

    /** A random tree of depth at most {@code depth}. */
    Condition tree(int depth) {
      if (depth <= 1 || random.nextInt(10) < 3) {
        int r = random.nextInt(20);
        Kind leaf =
            r < 1
                ? Kind.ALWAYS
                : r < 9
                    ? Kind.OCCURRED
                    : r < 13 ? Kind.IN_FORCE : r < 16 ? Kind.AFTER : Kind.WITHIN;
        return of(leaf, depth);
      }
      Kind[] composites = {Kind.ALL_OF, Kind.ANY_OF, Kind.NOT, Kind.AT_LEAST};
      return of(composites[random.nextInt(composites.length)], depth);
    }

    /** A tree of depth at most 3 that holds a node of the kind. */
    Condition withKind(Kind kind) {
      Condition forced = of(kind, 2);
      return random.nextBoolean()
          ? Condition.allOf(forced, tree(2))
          : Condition.anyOf(forced, tree(2));
    }

    /** A node of the kind whose operands have depth at most {@code depth - 1}. */
    private Condition of(Kind kind, int depth) {
      return switch (kind) {
        case ALWAYS -> Condition.always();
        case OCCURRED -> Condition.occurred(trigger());
        case IN_FORCE -> Condition.inForce(trigger(), trigger());
        case AFTER -> Condition.after(trigger(), trigger());
        case WITHIN ->
            Condition.within(trigger(), WINDOWS[random.nextInt(WINDOWS.length)], trigger());
        case NOT -> Condition.not(tree(depth - 1));
        case ALL_OF -> Condition.allOf(operands(depth));
        case ANY_OF -> Condition.anyOf(operands(depth));
        case AT_LEAST -> {
          List<Condition> ops = operands(depth);
          yield Condition.atLeast(1 + random.nextInt(ops.size()), ops.toArray(new Condition[0]));
        }
      };
    }

    private List<Condition> operands(int depth) {
      int n = 2 + random.nextInt(2);
      List<Condition> ops = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        ops.add(tree(depth - 1));
      }
      return ops;
    }
  }
}
