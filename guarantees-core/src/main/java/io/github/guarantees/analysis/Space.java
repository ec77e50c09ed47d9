package io.github.guarantees.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.math.LongMath;
import com.google.common.primitives.Ints;
import io.github.guarantees.condition.AtLeastParties;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.EventRole;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.StatusIs;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Membership;
import io.github.guarantees.model.MembershipChange;
import io.github.guarantees.model.Participant;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Power;
import io.github.guarantees.model.Region;
import io.github.guarantees.model.Source;
import io.github.guarantees.model.Term;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The scenario space of one question: the agreement cut down to what can move the items asked about
 * (their cone), with one observer pledge per condition the property names (triggered by the
 * condition, so that the evaluator decides its truth), the letters (one representative event per
 * class of events the cone tells apart) and the grid of gaps. Then {@link #enumerate} evaluates
 * every scenario of the budget, shortest first.
 */
final class Space {
  static final String OBSERVER = "analysis-observer-";
  static final String PROBE = "analysis-probe-";
  private static final Instant NO_DATE = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration UNTIMED_GAP = Duration.ofHours(1);
  private static final Source SOURCE =
      Source.builder()
          .document("Analysis")
          .clause("observer")
          .quote("a condition of the property under analysis")
          .build();

  final Agreement agreement;
  final Agreement reduced;
  final Evaluator evaluator;
  final ImmutableList<Event> letters;

  /** Per letter, its events by time after the origin (few: the grid is coarse). */
  private final List<Map<Long, Event>> eventCache = new ArrayList<>();

  /** For each letter, the extra patterns (by index) it matches. */
  final ImmutableList<BitSet> extraMatches;

  final Budget budget;
  final long gcdNanos;
  final Duration horizon;
  final Optional<Instant> dateStart;

  /**
   * Whether the agreement's date is a point of the grid: a clock of the cone (a term's or a
   * relative deadline's duration, the agreement's own term) can start from it, or the cone has
   * fixed instants. Otherwise only the differences of event instants are compared with the
   * constants, and shifting every event by the same time shifts every status change with it.
   */
  final boolean anchored;

  final ImmutableSet<Limitation> limitations;

  /**
   * Builds the space of a question about some pledges (instance ids), with conditions to observe
   * (observer {@code i} is pledge {@code analysis-observer-i}) and event patterns to classify
   * letters by, and durations the property itself compares with.
   */
  Space(
      Agreement agreement,
      Set<String> pledges,
      List<Condition> observed,
      List<Occurred> extraPatterns,
      List<Duration> extraDurations,
      Budget budget) {
    this.agreement = agreement;
    this.budget = budget;
    Map<String, Pledge> byInstance = new LinkedHashMap<>();
    for (Pledge p : agreement.instances()) {
      byInstance.put(p.id(), p);
    }
    Set<String> bases = new HashSet<>();
    for (String id : pledges) {
      Pledge p = byInstance.get(id);
      if (p == null) {
        throw new IllegalArgumentException("no pledge '" + id + "' in " + agreement.id());
      }
      bases.add(p.baseId());
    }
    for (Condition c : observed) {
      for (StatusIs s : c.statusConditions()) {
        Pledge p = byInstance.get(s.pledge());
        if (p != null) {
          bases.add(p.baseId());
        }
      }
    }
    cone(agreement, byInstance, bases);
    List<Pledge> kept = new ArrayList<>();
    for (Pledge p : agreement.pledges()) {
      if (bases.contains(p.id())) {
        kept.add(p);
      }
    }
    for (int i = 0; i < observed.size(); i++) {
      kept.add(observer(OBSERVER + i, observed.get(i)));
    }
    this.reduced = Agreement.builder().from(agreement).pledges(kept).build();
    this.evaluator = Evaluator.compile(reduced);

    Set<Occurred> patterns = new LinkedHashSet<>();
    Facts facts = new Facts();
    Set<Duration> durations = new LinkedHashSet<>(extraDurations);
    EnumSet<Limitation> limits = EnumSet.noneOf(Limitation.class);
    Set<String> restrained = new HashSet<>();
    int chained = 0;
    boolean clocks = false;
    for (Pledge p : reduced.instances()) {
      List<Condition> conditions = new ArrayList<>();
      conditions.add(reduced.triggerOf(p));
      conditions.add(p.activation());
      p.term().flatMap(Term::endsWhen).ifPresent(conditions::add);
      p.term().flatMap(Term::since).ifPresent(conditions::add);
      p.contributions().stream().map(Contribution::condition).forEach(conditions::add);
      p.deadline().map(Deadline::fulfilledBy).ifPresent(conditions::add);
      p.power().map(Power::exercisedBy).ifPresent(conditions::add);
      conditions.addAll(p.refrainsFrom());
      p.refrainsFrom().forEach(o -> restrained.add(o.trigger()));
      boolean status = false;
      for (Condition c : conditions) {
        patterns.addAll(c.patterns());
        facts.walk(c);
        status |= !c.statusConditions().isEmpty();
      }
      chained += status ? 1 : 0;
      p.term().flatMap(Term::lastsFor).ifPresent(durations::add);
      p.deadline().flatMap(Deadline::within).ifPresent(durations::add);
      clocks |=
          p.term().flatMap(Term::lastsFor).isPresent()
              || p.deadline().flatMap(Deadline::within).isPresent();
      if (p.term().flatMap(Term::endsAt).isPresent()
          || p.deadline().flatMap(Deadline::dueAt).isPresent()) {
        limits.add(Limitation.FIXED_INSTANTS);
      }
    }
    // The agreement's own term ends every pledge that does not survive: its events are letters,
    // its duration a constant, its fixed end a fixed instant.
    for (Term t : reduced.term().stream().toList()) {
      t.endsWhen().ifPresent(c -> patterns.addAll(c.patterns()));
      t.since().ifPresent(c -> patterns.addAll(c.patterns()));
      t.endsWhen().ifPresent(facts::walk);
      t.since().ifPresent(facts::walk);
      t.lastsFor().ifPresent(durations::add);
      clocks |= t.lastsFor().isPresent();
      if (t.endsAt().isPresent() || (t.lastsFor().isPresent() && t.since().isEmpty())) {
        limits.add(Limitation.FIXED_INSTANTS);
      }
    }
    Set<String> moving = new HashSet<>();
    for (Membership m : reduced.memberships()) {
      for (Optional<MembershipChange> change : List.of(m.joins(), m.leaves())) {
        if (change.isEmpty()) {
          continue;
        }
        moving.add(m.party());
        change.get().on().ifPresent(patterns::add);
        if (change.get().at().isPresent()) {
          limits.add(Limitation.FIXED_INSTANTS);
        }
        if (!change.get().notice().isZero()) {
          durations.add(change.get().notice());
        }
      }
      if (!m.absences().isEmpty()) {
        moving.add(m.party());
        limits.add(Limitation.FIXED_INSTANTS);
      }
    }
    if (!moving.isEmpty()) {
      limits.add(Limitation.MEMBERSHIP_OVER_TIME);
    }
    if (!facts.counts.isEmpty()) {
      limits.add(Limitation.COUNTS_PARTIES);
    }
    durations.addAll(facts.windows);
    durations.removeIf(Duration::isZero);
    this.limitations = ImmutableSet.copyOf(limits);

    long g = 0;
    long max = 0;
    for (Duration d : durations) {
      g = LongMath.gcd(g, d.toNanos());
      max = Math.max(max, d.toNanos());
    }
    this.gcdNanos = g;
    this.horizon =
        g == 0
            ? UNTIMED_GAP
            : Duration.ofNanos(Math.addExact(Math.multiplyExact(max, 1L + chained), g));
    this.dateStart =
        g == 0
            ? Optional.empty()
            : agreement.date().map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC));
    // Fixed instants are not points of the grid (a limitation), but where there are some, the
    // first event still moves against the date as before, rather than less.
    this.anchored =
        dateStart.isPresent() && (clocks || limitations.contains(Limitation.FIXED_INSTANTS));

    List<Occurred> probes = new ArrayList<>(patterns);
    int firstExtra = probes.size();
    probes.addAll(extraPatterns);
    ImmutableList.Builder<Event> letterList = ImmutableList.builder();
    ImmutableList.Builder<BitSet> extra = ImmutableList.builder();
    classify(probes, firstExtra, restrained, facts.counts, moving, letterList, extra);
    this.letters = letterList.build();
    letters.forEach(l -> eventCache.add(new HashMap<>()));
    this.extraMatches = extra.build();
  }

  /** Adds to the kept pledges every pledge they read a status of and every power over them. */
  private static void cone(Agreement agreement, Map<String, Pledge> byInstance, Set<String> bases) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Pledge p : agreement.instances()) {
        if (bases.contains(p.baseId())) {
          for (Map.Entry<String, StatusIs> e : agreement.statusConditionsOf(p)) {
            Pledge target = byInstance.get(e.getValue().pledge());
            if (target != null) {
              changed |= bases.add(target.baseId());
            }
          }
        } else if (p.power().isPresent()) {
          Optional<String> target = p.power().get().target();
          boolean over =
              target.isEmpty()
                  || (byInstance.containsKey(target.get())
                      && bases.contains(byInstance.get(target.get()).baseId()));
          if (over) {
            changed |= bases.add(p.baseId());
          }
        }
      }
    }
  }

  private static Pledge observer(String id, Condition condition) {
    return Pledge.builder()
        .id(id)
        .title("The condition of the property under analysis")
        .kind(PledgeKind.MONITORING)
        .bindingForce(BindingForce.POLITICAL_DECLARATION)
        .source(SOURCE)
        .trigger(condition)
        .build();
  }

  /**
   * Sorts the candidate events of every trigger the cone names into classes by the patterns they
   * match (decided by the evaluator, on probe pledges triggered by each pattern), keeping apart the
   * parties whose identity matters (a restraint's breacher, a counted party, a party whose
   * membership changes), and keeps one representative per class that matches something.
   */
  private void classify(
      List<Occurred> probes,
      int firstExtra,
      Set<String> restrained,
      Set<AtLeastParties> counts,
      Set<String> moving,
      ImmutableList.Builder<Event> letterList,
      ImmutableList.Builder<BitSet> extra) {
    if (probes.isEmpty()) {
      return;
    }
    Probes probe = new Probes(reduced, probes);
    Instant at = base();
    List<String> parties = new ArrayList<>();
    for (Participant p : reduced.participants()) {
      parties.add(p.party().id());
    }
    List<String> places = new ArrayList<>();
    reduced.regions().stream().map(Region::id).forEach(places::add);
    places.addAll(parties);
    Map<String, Set<EventRole>> countedRoles = new HashMap<>();
    for (AtLeastParties c : counts) {
      countedRoles.computeIfAbsent(c.pattern().trigger(), t -> new HashSet<>()).add(c.role());
    }
    Set<String> triggers = new LinkedHashSet<>();
    for (Occurred o : probes) {
      triggers.add(o.trigger());
    }
    Map<String, Event> classes = new LinkedHashMap<>();
    Map<String, BitSet> signatures = new HashMap<>();
    for (String trigger : reduced.triggers().stream().map(t -> t.id()).toList()) {
      if (!triggers.contains(trigger)) {
        continue;
      }
      Set<EventRole> counted = countedRoles.getOrDefault(trigger, Set.of());
      boolean actors =
          restrained.contains(trigger)
              || counted.contains(EventRole.ACTOR)
              || probes.stream()
                  .anyMatch(o -> o.trigger().equals(trigger) && o.actor().isPresent());
      boolean targets =
          counted.contains(EventRole.TARGET)
              || probes.stream()
                  .anyMatch(o -> o.trigger().equals(trigger) && o.target().isPresent());
      boolean placed =
          probes.stream().anyMatch(o -> o.trigger().equals(trigger) && o.place().isPresent());
      for (Optional<String> actor : options(actors, parties)) {
        for (Optional<String> target : options(targets, parties)) {
          for (Optional<String> place : options(placed, places)) {
            Event e =
                Event.builder()
                    .trigger(trigger)
                    .party(actor)
                    .target(target)
                    .place(place)
                    .at(at)
                    .build();
            BitSet matched = probe.matches(e);
            boolean keepsActor =
                actor.isPresent()
                    && (restrained.contains(trigger)
                        || counted.contains(EventRole.ACTOR)
                        || moving.contains(actor.get()));
            boolean keepsTarget =
                target.isPresent()
                    && (counted.contains(EventRole.TARGET) || moving.contains(target.get()));
            if (matched.isEmpty() && !keepsActor && !keepsTarget) {
              continue;
            }
            String key =
                trigger
                    + '|'
                    + matched
                    + '|'
                    + (keepsActor ? actor.get() : "")
                    + '|'
                    + (keepsTarget ? target.get() : "");
            if (!classes.containsKey(key)) {
              classes.put(key, e);
              signatures.put(key, matched);
            }
          }
        }
      }
    }
    for (Map.Entry<String, Event> e : classes.entrySet()) {
      letterList.add(e.getValue());
      extra.add(
          java.util.Objects.requireNonNull(signatures.get(e.getKey()))
              .get(firstExtra, Math.max(firstExtra, probes.size())));
    }
  }

  /**
   * Which of some patterns an event matches, decided by the evaluator: one probe pledge per pattern
   * (triggered by it) beside an agreement, and the event evaluated alone at its own instant. The
   * probes stand outside the agreement's own term, which would otherwise hide the events that end
   * it (and every event, once a term counted from the date has run out).
   */
  static final class Probes {
    private final Evaluator evaluator;
    private final int count;

    Probes(Agreement agreement, List<Occurred> patterns) {
      List<Pledge> pledges = new ArrayList<>();
      for (int i = 0; i < patterns.size(); i++) {
        pledges.add(observer(PROBE + i, patterns.get(i)));
      }
      this.evaluator =
          Evaluator.compile(
              Agreement.builder().from(agreement).pledges(pledges).term(Optional.empty()).build());
      this.count = patterns.size();
    }

    /** The indices of the patterns the event matches. */
    BitSet matches(Event e) {
      Assessment a =
          evaluator.evaluate(Scenario.builder().name("probe").asOf(e.at()).addEvents(e).build());
      BitSet matched = new BitSet();
      for (int i = 0; i < count; i++) {
        if (a.status(PROBE + i) == Status.ACTIVE) {
          matched.set(i);
        }
      }
      return matched;
    }
  }

  private static List<Optional<String>> options(boolean matters, List<String> values) {
    List<Optional<String>> out = new ArrayList<>();
    out.add(Optional.empty());
    if (matters) {
      values.forEach(v -> out.add(Optional.of(v)));
    }
    return out;
  }

  /** The instant of the first event when the agreement's date plays no part. */
  Instant base() {
    return agreement
        .date()
        .map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC).plus(UNTIMED_GAP))
        .orElse(NO_DATE);
  }

  /** The gaps between consecutive events of a scenario of n events (the first of them included). */
  long[] gaps(int n) {
    if (gcdNanos == 0) {
      return new long[] {0, UNTIMED_GAP.toNanos()};
    }
    long step = step(n);
    int count = (int) (horizon.toNanos() / step) + 1;
    long[] out = new long[count];
    for (int k = 0; k < count; k++) {
      out[k] = k * step;
    }
    return out;
  }

  /**
   * The grid of times for scenarios of n events: the constants' divisor over the number of points
   * whose differences are compared, n + 1 with the date, n without it.
   */
  long step(int n) {
    return gcdNanos == 0 ? 0 : Math.max(1, gcdNanos / Math.max(1, anchored ? n + 1 : n));
  }

  /**
   * A scenario of the space: its events (and as-of instant, until which statuses are read), their
   * timeline, the letter of each event, and the first instant of the space (the date, or the first
   * event's instant), from which statuses are read.
   */
  record Run(Scenario scenario, Timeline timeline, ImmutableList<Integer> letters, Instant from) {
    /** A scenario from outside the space: statuses are read from its first event (or as-of). */
    Run(Scenario scenario, Timeline timeline, ImmutableList<Integer> letters) {
      this(
          scenario,
          timeline,
          letters,
          scenario.events().isEmpty() ? scenario.asOf() : scenario.events().get(0).at());
    }
  }

  /** What a question does with each scenario; returns true to stop. */
  interface Visit {
    boolean visit(Run run);
  }

  /**
   * Evaluates every scenario of the budget, by increasing number of events; returns the number
   * evaluated. Stops after the length at which {@code visit} first returns true.
   */
  long enumerate(Visit visit) {
    long[] cases = {0};
    for (int n = 0; n <= budget.maxEvents(); n++) {
      if (n > 0 && letters.isEmpty()) {
        break;
      }
      boolean[] stop = {false};
      long[] gaps = gaps(n);
      long[] starts = anchored && n > 0 ? gaps : new long[] {0};
      Instant origin = origin();
      int[] seq = new int[n];
      long[] at = new long[n];
      int[] used = new int[letters.size()];
      for (long start : starts) {
        fill(0, n, seq, at, used, gaps, origin, start, visit, cases, stop);
        if (stop[0]) {
          return cases[0];
        }
      }
    }
    return cases[0];
  }

  private void fill(
      int i,
      int n,
      int[] seq,
      long[] at,
      int[] used,
      long[] gaps,
      Instant origin,
      long first,
      Visit visit,
      long[] cases,
      boolean[] stop) {
    if (stop[0]) {
      return;
    }
    if (i == n) {
      cases[0]++;
      if (visit.visit(run(seq, at, origin, first))) {
        stop[0] = true;
      }
      return;
    }
    for (int l = 0; l < letters.size(); l++) {
      if (used[l] == budget.maxRepeats()) {
        continue;
      }
      for (int gi = 0; gi < (i == 0 ? 1 : gaps.length); gi++) {
        long gap = i == 0 ? 0 : gaps[gi];
        if (i > 0 && gap == 0 && l <= seq[i - 1]) {
          continue; // events at one instant are a set: one order of them, no duplicates
        }
        seq[i] = l;
        at[i] = i == 0 ? 0 : at[i - 1] + gap;
        used[l]++;
        fill(i + 1, n, seq, at, used, gaps, origin, first, visit, cases, stop);
        used[l]--;
        if (stop[0]) {
          return;
        }
      }
    }
  }

  /** The instant events are drawn from: the date where clocks can start from it, else the base. */
  private Instant origin() {
    return dateStart.orElse(base());
  }

  /** The letter's event at a time after the origin, built once and reused across scenarios. */
  private Event event(int letter, long offset) {
    return eventCache
        .get(letter)
        .computeIfAbsent(
            offset,
            o -> Event.builder().from(letters.get(letter)).at(origin().plusNanos(o)).build());
  }

  private Run run(int[] seq, long[] at, Instant origin, long first) {
    List<Event> events = new ArrayList<>(seq.length);
    long last = first;
    for (int i = 0; i < seq.length; i++) {
      last = first + at[i];
      events.add(event(seq[i], last));
    }
    Scenario s =
        Scenario.builder()
            .name("counterexample")
            .events(events)
            .asOf(origin.plusNanos(last).plus(horizon))
            .build();
    return new Run(s, evaluator.timeline(s), ImmutableList.copyOf(Ints.asList(seq)), origin);
  }

  /** Describes the space searched. */
  Coverage coverage(long cases) {
    return new Coverage(
        Coverage.Method.EXHAUSTIVE_BOUNDED,
        budget,
        letters,
        Duration.ofNanos(step(budget.maxEvents())),
        horizon,
        cases,
        limitations);
  }

  /**
   * Every instant at which a status of the run may change, in order, and the first instant of the
   * space (before any event and any change: the statuses a scenario starts with).
   */
  static ImmutableList<Instant> instants(Run run) {
    Set<Instant> out = new java.util.TreeSet<>();
    out.add(run.from());
    run.scenario().events().forEach(e -> out.add(e.at()));
    run.timeline()
        .pledges()
        .forEach(
            p -> {
              p.changes().forEach(c -> out.add(c.at()));
              p.contributions().forEach(c -> c.changes().forEach(x -> out.add(x.at())));
            });
    out.add(run.scenario().asOf());
    out.removeIf(t -> t.isAfter(run.scenario().asOf()));
    return ImmutableList.copyOf(out);
  }

  /** An item's status at an instant of a run. */
  static Status status(Timeline timeline, Item item, Instant t) {
    return item.party().isPresent()
        ? timeline.statusAt(item.pledge(), item.party().get(), t)
        : timeline.statusAt(item.pledge(), t);
  }
}
