package io.github.guarantees.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.guarantees.condition.After;
import io.github.guarantees.condition.AllOf;
import io.github.guarantees.condition.Always;
import io.github.guarantees.condition.AnyOf;
import io.github.guarantees.condition.AtLeast;
import io.github.guarantees.condition.AtLeastParties;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.EventRole;
import io.github.guarantees.condition.GenericConditionVisitor;
import io.github.guarantees.condition.InForce;
import io.github.guarantees.condition.Not;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.PartyPattern;
import io.github.guarantees.condition.StatusIs;
import io.github.guarantees.condition.Within;
import io.github.guarantees.scenario.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What is missing for conditions to hold: the smallest sets of further events that would make every
 * goal condition hold.
 *
 * <p>Candidates are derived from the structure of the conditions (an unmet {@code occurred} needs
 * its event, an {@code allOf} needs one option of every operand, an {@code anyOf} one option of
 * any, an unmet {@code after} needs the later event, and the earlier one too if it never happened,
 * an unmet {@code atLeastParties} needs an event by each party still to be counted, and a broken
 * {@code not} needs what makes its operand fail: a revocation ({@link Falsify})), then each
 * candidate is verified by adding its events one second apart after the as-of instant, in an order
 * that respects every {@code after} and {@code within} of the goal, and evaluating. Only verified
 * candidates are kept, and of those only the inclusion-minimal ones. Where no candidate verifies
 * (e.g. an operand of a {@code not} interacts with the additions), a bounded brute-force search
 * over every order of up to {@link #MAX_ADDED_EVENTS} events takes over.
 *
 * <p>Evaluating a candidate does not sweep the scenario again: it continues the evaluation's sweep
 * from the as-of instant over the added events, and only within the goal's cone (the nodes the goal
 * conditions reach through their operands), so its cost depends on the goal and the additions, not
 * on the scenario or the rest of the agreement. Before any candidate is tried, a goal that provably
 * cannot hold whatever is added ({@link Sweep#canHold}) ends the search with nothing missing.
 */
final class MissingEvents {
  /** Bounds the number of candidate sets kept while combining operands. */
  private static final int MAX_CANDIDATES = 256;

  /** Up to this many events, every order of a candidate is tried when the precedences fail. */
  private static final int SMALL = 4;

  /** The most further events the search for what is missing will add. */
  static final int MAX_ADDED_EVENTS = 4;

  /**
   * The most kernel evaluations one search makes (each is one pass over the goal's cone: the
   * evaluation's sweep continued over one placement of the additions, or a proof that a set of
   * additions cannot make the goal hold); past it the search stops and reports what it verified so
   * far as cut short.
   */
  static final int MAX_WORK = Explanation.MAX_MISSING_WORK;

  private MissingEvents() {}

  /**
   * The state of one search: the compiled goal, the evaluation's sweep (the truth of every node at
   * {@code t}), a scratch sweep restricted to the goal's cone for trying additions, and the work
   * done so far.
   */
  static final class Search {
    final List<Condition> goal;
    final int[] goalNodes;
    final Sweep current;
    final EventIndex index;
    final List<Event> events;
    final Instant t;
    private @Nullable Sweep scratch;
    final Map<Placement, Boolean> tried = new HashMap<>();
    int work;
    boolean cut;

    /** Whether it was proven that no further events can make the goal hold. */
    boolean proven;

    /** Per pattern that is not simple: the actor and target of the example event chosen for it. */
    final Map<Occurred, List<Optional<String>>> examples = new HashMap<>();

    Search(List<Condition> goal, Sweep current, EventIndex index, List<Event> events, Instant t) {
      this.goal = goal;
      this.goalNodes = goal.stream().mapToInt(current.k::id).toArray();
      this.current = current;
      this.index = index;
      this.events = events;
      this.t = t;
    }

    boolean holds(Condition c) {
      return current.val[current.k.id(c)];
    }

    /** The scratch sweep, restricted to the goal's cone. */
    Sweep scratch() {
      Sweep s = scratch;
      if (s == null) {
        s = current.k.borrow();
        s.cone(goalNodes);
        scratch = s;
      }
      return s;
    }

    /**
     * Whether the goal holds once the additions are made after {@code t}, as the kernel decides it:
     * the evaluation's sweep continued over an example event of each addition, within the goal's
     * cone (or, where memberships change with events, a sweep of the scenario with the additions).
     * Addition {@code i} comes one second after addition {@code i - 1} (the first one second after
     * {@code t}), or at the same instant if bit {@code i - 1} of {@code shared} is set.
     */
    boolean holdsWith(List<Occurred> additions, int shared) {
      if (work >= MAX_WORK) {
        cut = true;
        return false;
      }
      work++;
      Sweep s = scratch();
      // Memberships that change with events, conditions on statuses (which change at computed
      // instants too) and powers need the whole sweep; otherwise the cone's continuation is enough.
      boolean resumes =
          current.k.statics.simple && current.k.statusRounds.length == 0 && !current.k.hasPowers;
      List<Event> added = resumes ? new ArrayList<>(additions.size()) : new ArrayList<>(events);
      if (resumes) {
        s.resume(current);
      }
      Instant at = t;
      int from = 0;
      for (int i = 0; i < additions.size(); ) {
        at = at.plus(Duration.ofSeconds(1));
        int j = i + 1;
        while (j < additions.size() && (shared & (1 << (j - 1))) != 0) {
          j++;
        }
        for (int x = i; x < j; x++) {
          added.add(example(additions.get(x), at, this));
        }
        if (resumes) {
          s.addStep(at, added, from, added.size());
          from = added.size();
        }
        i = j;
      }
      if (!resumes) {
        s.run(added, at, null);
      }
      for (int n : goalNodes) {
        if (!s.val[n]) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether the goal could hold with events of these patterns added, in some order and placement
     * ({@link Sweep#canHold}); false when proven not to. Counts as one unit of work: it is one pass
     * over the goal's cone, as a placement tried is.
     */
    boolean canHoldWith(List<Occurred> additions) {
      if (work >= MAX_WORK) {
        cut = true;
        return false;
      }
      work++;
      if (!current.k.statics.simple) {
        return true; // which events match may change with memberships: no proof attempted
      }
      Instant at = t.plus(Duration.ofSeconds(1));
      List<Event> examples = new ArrayList<>(additions.size());
      for (Occurred o : additions) {
        examples.add(example(o, at, this));
      }
      return scratch().canHold(current, goalNodes, examples);
    }

    /** Gives back the scratch sweep. */
    void close() {
      Sweep s = scratch;
      if (s != null) {
        scratch = null;
        Kernel.release(s);
      }
    }
  }

  /**
   * The smallest sets of further events that make every goal condition hold, each verified by the
   * kernel, within a budget of {@link #MAX_WORK} kernel evaluations ({@link Search#cut} tells when
   * the budget ran out).
   */
  static ImmutableList<ImmutableSet<Occurred>> find(Search search) {
    try {
      return findAll(search);
    } finally {
      search.close();
    }
  }

  private static ImmutableList<ImmutableSet<Occurred>> findAll(Search search) {
    if (!search.scratch().canHold(search.current, search.goalNodes, null)) {
      // Proven: no further events make the goal hold (e.g. a broken `not` over past events).
      search.proven = true;
      return ImmutableList.of();
    }
    List<Set<Occurred>> candidates = List.of(new LinkedHashSet<>());
    for (Condition c : search.goal) {
      candidates = product(candidates, c.accept(Needs.INSTANCE, search));
    }
    List<Precedence> order = precedences(search.goal);
    List<Set<Occurred>> verified = new ArrayList<>();
    for (Set<Occurred> candidate : candidates) {
      if (!candidate.isEmpty() && fires(candidate, order, search)) {
        verified.add(shrink(candidate, order, search));
      }
    }
    if (verified.isEmpty()) {
      return searchMissing(search);
    }
    return minimal(verified);
  }

  /** Drops every event of a firing candidate that it can fire without. */
  private static Set<Occurred> shrink(
      Set<Occurred> candidate, List<Precedence> order, Search search) {
    Set<Occurred> kept = new LinkedHashSet<>(candidate);
    for (Occurred o : candidate) {
      Set<Occurred> without = new LinkedHashSet<>(kept);
      without.remove(o);
      if (!without.isEmpty() && fires(without, order, search)) {
        kept = without;
      }
    }
    return kept;
  }

  /**
   * Whether adding the candidate's events after {@code t}, in precedence order, makes the goal
   * hold: first one second apart, then with some consecutive events sharing an instant (which a
   * zero-length {@code within} window needs).
   */
  private static boolean fires(Set<Occurred> candidate, List<Precedence> order, Search search) {
    List<Occurred> additions = ordered(candidate, order);
    if (!search.canHoldWith(additions)) {
      return false; // proven without trying a placement
    }
    int gaps = search.scratch().sharingMatters ? Math.max(0, additions.size() - 1) : 0;
    for (int shared = 0; shared < (1 << Math.min(gaps, 6)); shared++) {
      if (firesPlaced(additions, shared, search)) {
        return true;
      }
    }
    // Orders the precedences do not foresee (e.g. conflicting `after`s): try them all, if few.
    if (additions.size() <= SMALL && search.scratch().orderMatters) {
      for (List<Occurred> permutation : permutations(additions)) {
        if (firesPlaced(permutation, 0, search)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Bit {@code i} of {@code shared} puts addition {@code i + 1} at the instant of addition i. */
  private static boolean firesPlaced(List<Occurred> additions, int shared, Search search) {
    if (search.cut) {
      return false;
    }
    // The same placement is often tried again (by another candidate, by shrinking, or as the
    // identity permutation): the kernel's answer is remembered, and costs no work the second time.
    Placement key = new Placement(List.copyOf(additions), shared);
    Boolean known = search.tried.get(key);
    if (known != null) {
      return known;
    }
    boolean fires = search.holdsWith(additions, shared);
    if (!search.cut) {
      search.tried.put(key, fires);
    }
    return fires;
  }

  /** Additions in order, and which of them share an instant with the one before. */
  record Placement(List<Occurred> additions, int shared) {}

  /**
   * An event that matches a pattern at an instant: its named parties, or the first parties of the
   * agreement (the actor, then the target) that fit its party patterns, and its region as place.
   */
  private static Event example(Occurred o, Instant at, Search search) {
    Event.Builder b = Event.builder().trigger(o.trigger()).at(at);
    o.place().ifPresent(b::place);
    Event plain = o.party().map(b::party).orElse(b).build();
    if (o.isSimple()) {
      return plain;
    }
    List<Optional<String>> chosen = search.examples.computeIfAbsent(o, x -> choose(x, at, search));
    Event.Builder e = Event.builder().trigger(o.trigger()).at(at);
    o.place().ifPresent(e::place);
    chosen.get(0).ifPresent(e::party);
    chosen.get(1).ifPresent(e::target);
    return e.build();
  }

  /** The first actor and target (each possibly none) that make an event match the pattern. */
  private static List<Optional<String>> choose(Occurred o, Instant at, Search search) {
    Matcher matcher = search.current.k.statics.over(search.events);
    List<Optional<String>> parties = new ArrayList<>();
    parties.add(Optional.empty());
    search.current.k.parties.keySet().forEach(p -> parties.add(Optional.of(p)));
    for (Optional<String> actor : parties) {
      for (Optional<String> target : parties) {
        Event.Builder e = Event.builder().trigger(o.trigger()).at(at);
        o.place().ifPresent(e::place);
        actor.ifPresent(e::party);
        target.ifPresent(e::target);
        if (matcher.matches(o, e.build())) {
          return List.of(actor, target);
        }
      }
    }
    return List.of(o.party(), Optional.empty());
  }

  private static ImmutableList<ImmutableSet<Occurred>> minimal(List<Set<Occurred>> sets) {
    List<Set<Occurred>> bySize = new ArrayList<>(sets);
    bySize.sort(Comparator.comparingInt(Set::size));
    List<ImmutableSet<Occurred>> out = new ArrayList<>();
    for (Set<Occurred> s : bySize) {
      if (out.stream().noneMatch(s::containsAll)) {
        out.add(ImmutableSet.copyOf(s));
      }
    }
    return ImmutableList.copyOf(out);
  }

  private static List<Set<Occurred>> product(List<Set<Occurred>> left, List<Set<Occurred>> right) {
    List<Set<Occurred>> out = new ArrayList<>();
    for (Set<Occurred> l : left) {
      for (Set<Occurred> r : right) {
        Set<Occurred> both = new LinkedHashSet<>(l);
        both.addAll(r);
        if (!out.contains(both)) {
          out.add(both);
        }
      }
    }
    return cap(out);
  }

  private static List<Set<Occurred>> cap(List<Set<Occurred>> sets) {
    if (sets.size() <= MAX_CANDIDATES) {
      return sets;
    }
    List<Set<Occurred>> smallest = new ArrayList<>(sets);
    smallest.sort(Comparator.comparingInt(Set::size));
    return new ArrayList<>(smallest.subList(0, MAX_CANDIDATES));
  }

  /** An ordering constraint: events of {@code first} must be added before {@code then}. */
  record Precedence(Occurred first, Occurred then) {}

  static List<Precedence> precedences(List<Condition> goal) {
    List<Precedence> out = new ArrayList<>();
    Set<Condition> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Condition> todo = new ArrayList<>(goal);
    while (!todo.isEmpty()) {
      Condition c = todo.remove(todo.size() - 1);
      if (seen.add(c)) {
        todo.addAll(c.accept(Precedences.INSTANCE, out));
      }
    }
    return out;
  }

  /** Adds the order an {@code after} or a {@code within} imposes; returns the operands. */
  private static final class Precedences
      implements GenericConditionVisitor<List<Condition>, List<Precedence>> {
    static final Precedences INSTANCE = new Precedences();

    @Override
    public List<Condition> visitAlways(Always c, List<Precedence> out) {
      return List.of();
    }

    @Override
    public List<Condition> visitOccurred(Occurred c, List<Precedence> out) {
      return List.of();
    }

    @Override
    public List<Condition> visitAllOf(AllOf c, List<Precedence> out) {
      return c.operands();
    }

    @Override
    public List<Condition> visitAnyOf(AnyOf c, List<Precedence> out) {
      return c.operands();
    }

    @Override
    public List<Condition> visitNot(Not c, List<Precedence> out) {
      return List.of(c.operand());
    }

    @Override
    public List<Condition> visitAtLeast(AtLeast c, List<Precedence> out) {
      return c.operands();
    }

    @Override
    public List<Condition> visitInForce(InForce c, List<Precedence> out) {
      return List.of();
    }

    @Override
    public List<Condition> visitAfter(After c, List<Precedence> out) {
      out.add(new Precedence(c.earlier(), c.later()));
      return List.of();
    }

    @Override
    public List<Condition> visitWithin(Within c, List<Precedence> out) {
      out.add(new Precedence(c.anchor(), c.event()));
      return List.of();
    }

    @Override
    public List<Condition> visitAtLeastParties(AtLeastParties c, List<Precedence> out) {
      return List.of();
    }

    @Override
    public List<Condition> visitStatusIs(StatusIs c, List<Precedence> out) {
      return List.of();
    }
  }

  /** The candidate's events in an order respecting the precedences (stable otherwise). */
  static List<Occurred> ordered(Set<Occurred> candidate, List<Precedence> precedences) {
    List<Occurred> remaining = new ArrayList<>(candidate);
    List<Occurred> out = new ArrayList<>();
    while (!remaining.isEmpty()) {
      Occurred next = remaining.get(0);
      for (Occurred o : remaining) {
        boolean blocked = false;
        for (Precedence p : precedences) {
          // (o itself is not of p.first(), so it is never the r that blocks it)
          if (covers(p.then(), o) && !covers(p.first(), o)) {
            for (Occurred r : remaining) {
              if (covers(p.first(), r)) {
                blocked = true;
                break;
              }
            }
          }
        }
        if (!blocked) {
          next = o;
          break;
        }
      }
      remaining.remove(next);
      out.add(next);
    }
    return out;
  }

  /** Whether events added for {@code added} are also events of {@code pattern}. */
  static boolean covers(Occurred pattern, Occurred added) {
    if (!pattern.trigger().equals(added.trigger())) {
      return false; // the common case, decided without comparing parties
    }
    if (pattern.equals(added)) {
      return true;
    }
    if (!pattern.isSimple() || !added.isSimple()) {
      return pattern.trigger().equals(added.trigger())
          && pattern.actor().isEmpty()
          && pattern.target().isEmpty()
          && pattern.place().isEmpty();
    }
    return pattern.trigger().equals(added.trigger())
        && (pattern.party().isEmpty() || pattern.party().equals(added.party()));
  }

  /** The candidate sets of further events that could make one condition hold. */
  static final class Needs implements GenericConditionVisitor<List<Set<Occurred>>, Search> {
    static final Needs INSTANCE = new Needs();

    private static List<Set<Occurred>> nothing() {
      return List.of(new LinkedHashSet<>());
    }

    private static List<Set<Occurred>> events(Occurred... patterns) {
      return List.of(new LinkedHashSet<>(List.of(patterns)));
    }

    @Override
    public List<Set<Occurred>> visitAlways(Always c, Search s) {
      return nothing();
    }

    @Override
    public List<Set<Occurred>> visitOccurred(Occurred c, Search s) {
      return s.holds(c) ? nothing() : events(c);
    }

    @Override
    public List<Set<Occurred>> visitAllOf(AllOf c, Search s) {
      List<Set<Occurred>> out = nothing();
      for (Condition o : c.operands()) {
        out = product(out, o.accept(this, s));
      }
      return out;
    }

    @Override
    public List<Set<Occurred>> visitAnyOf(AnyOf c, Search s) {
      if (s.holds(c)) {
        return nothing();
      }
      List<Set<Occurred>> out = new ArrayList<>();
      for (Condition o : c.operands()) {
        out.addAll(o.accept(this, s));
      }
      return cap(out);
    }

    @Override
    public List<Set<Occurred>> visitNot(Not c, Search s) {
      // A broken `not` is mended only by events that make its operand fail (a revocation).
      return s.holds(c) ? nothing() : c.operand().accept(Falsify.INSTANCE, s);
    }

    @Override
    public List<Set<Occurred>> visitAtLeast(AtLeast c, Search s) {
      if (s.holds(c)) {
        return nothing();
      }
      List<List<Set<Occurred>>> options = new ArrayList<>();
      for (Condition o : c.operands()) {
        options.add(o.accept(this, s));
      }
      List<Set<Occurred>> out = new ArrayList<>();
      choose(options, c.k(), 0, nothing(), out);
      return cap(out);
    }

    private static void choose(
        List<List<Set<Occurred>>> options,
        int k,
        int from,
        List<Set<Occurred>> acc,
        List<Set<Occurred>> out) {
      if (k == 0) {
        out.addAll(acc);
        return;
      }
      for (int i = from; i <= options.size() - k && out.size() < MAX_CANDIDATES; i++) {
        choose(options, k - 1, i + 1, product(acc, options.get(i)), out);
      }
    }

    @Override
    public List<Set<Occurred>> visitInForce(InForce c, Search s) {
      return s.holds(c) ? nothing() : events(c.trigger());
    }

    @Override
    public List<Set<Occurred>> visitAfter(After c, Search s) {
      if (s.holds(c)) {
        return nothing();
      }
      List<Set<Occurred>> out = new ArrayList<>();
      if (s.index.first(c.earlier(), s.t) != null) {
        out.addAll(events(c.later()));
      }
      out.addAll(events(c.earlier(), c.later()));
      return out;
    }

    /**
     * One event of the pattern by (or against) each of the parties still to be counted, chosen
     * among the agreement's parties not counted yet whose event the pattern counts: every choice of
     * as many as are missing, in the agreement's order of parties (an event by a party the
     * agreement does not name is counted by no one).
     */
    @Override
    public List<Set<Occurred>> visitAtLeastParties(AtLeastParties c, Search s) {
      if (s.holds(c)) {
        return nothing();
      }
      Kernel k = s.current.k;
      int node = k.id(c);
      int missing = c.k() - s.current.countedParties(node);
      Instant at = s.t.plus(Duration.ofSeconds(1));
      Matcher matcher = k.statics.over(s.events);
      List<List<Set<Occurred>>> eligible = new ArrayList<>();
      k.parties.forEach(
          (party, index) -> {
            if (!s.current.counted(node, index)) {
              PartyPattern named = PartyPattern.named(party);
              Occurred by =
                  c.role() == EventRole.ACTOR ? c.pattern().by(named) : c.pattern().against(named);
              Event example = example(by, at, s);
              Optional<String> who =
                  c.role() == EventRole.ACTOR ? example.party() : example.target();
              if (who.equals(Optional.of(party)) && matcher.matches(c.pattern(), example)) {
                eligible.add(events(by));
              }
            }
          });
      List<Set<Occurred>> out = new ArrayList<>();
      choose(eligible, missing, 0, nothing(), out);
      return cap(out);
    }

    @Override
    public List<Set<Occurred>> visitStatusIs(StatusIs c, Search s) {
      // Another pledge's status moves with its own conditions and with time (a deadline passing),
      // not with events added here: the search proposes none for it (docs/SEMANTICS.md).
      return s.holds(c) ? nothing() : List.of();
    }

    @Override
    public List<Set<Occurred>> visitWithin(Within c, Search s) {
      if (s.holds(c)) {
        return nothing();
      }
      List<Set<Occurred>> out = new ArrayList<>();
      if (s.index.first(c.anchor(), s.t) != null) {
        out.addAll(events(c.event()));
      }
      out.addAll(events(c.anchor(), c.event()));
      return out;
    }
  }

  /**
   * The candidate sets of further events that could make one condition fail, for a {@code not} over
   * it: an event, once it happened, cannot be undone, so only a revocation (of an {@code inForce})
   * makes a condition fail that holds, and a composite fails when enough of its operands do. The
   * dual of {@link Needs}.
   */
  static final class Falsify implements GenericConditionVisitor<List<Set<Occurred>>, Search> {
    static final Falsify INSTANCE = new Falsify();

    private static List<Set<Occurred>> none() {
      return List.of();
    }

    @Override
    public List<Set<Occurred>> visitAlways(Always c, Search s) {
      return none();
    }

    @Override
    public List<Set<Occurred>> visitOccurred(Occurred c, Search s) {
      return s.holds(c) ? none() : Needs.nothing();
    }

    @Override
    public List<Set<Occurred>> visitAllOf(AllOf c, Search s) {
      if (!s.holds(c)) {
        return Needs.nothing();
      }
      List<Set<Occurred>> out = new ArrayList<>();
      for (Condition o : c.operands()) {
        out.addAll(o.accept(this, s));
      }
      return cap(out);
    }

    @Override
    public List<Set<Occurred>> visitAnyOf(AnyOf c, Search s) {
      List<Set<Occurred>> out = Needs.nothing();
      for (Condition o : c.operands()) {
        out = product(out, o.accept(this, s));
      }
      return out;
    }

    @Override
    public List<Set<Occurred>> visitNot(Not c, Search s) {
      return s.holds(c) ? c.operand().accept(Needs.INSTANCE, s) : Needs.nothing();
    }

    @Override
    public List<Set<Occurred>> visitAtLeast(AtLeast c, Search s) {
      if (!s.holds(c)) {
        return Needs.nothing();
      }
      // It fails once all but k - 1 operands fail: every choice of that many operands to fail.
      List<List<Set<Occurred>>> options = new ArrayList<>();
      for (Condition o : c.operands()) {
        options.add(o.accept(this, s));
      }
      List<Set<Occurred>> out = new ArrayList<>();
      Needs.choose(options, c.operands().size() - c.k() + 1, 0, Needs.nothing(), out);
      return cap(out);
    }

    @Override
    public List<Set<Occurred>> visitInForce(InForce c, Search s) {
      return s.holds(c) ? Needs.events(c.revokedBy()) : Needs.nothing();
    }

    @Override
    public List<Set<Occurred>> visitAfter(After c, Search s) {
      return s.holds(c) ? none() : Needs.nothing();
    }

    @Override
    public List<Set<Occurred>> visitWithin(Within c, Search s) {
      return s.holds(c) ? none() : Needs.nothing();
    }

    @Override
    public List<Set<Occurred>> visitAtLeastParties(AtLeastParties c, Search s) {
      return s.holds(c) ? none() : Needs.nothing();
    }

    @Override
    public List<Set<Occurred>> visitStatusIs(StatusIs c, Search s) {
      // As for Needs: no added event is proposed for another pledge's status.
      return s.holds(c) ? none() : Needs.nothing();
    }
  }

  /**
   * The fallback: finds the inclusion-minimal sets of further events (at most {@link
   * #MAX_ADDED_EVENTS}, tried in every order, one second apart after {@code t}) that make every
   * goal condition hold.
   */
  private static ImmutableList<ImmutableSet<Occurred>> searchMissing(Search search) {
    Set<Occurred> atomSet = new LinkedHashSet<>();
    for (Condition c : search.goal) {
      atomSet.addAll(c.patterns());
    }
    List<Occurred> atoms = new ArrayList<>(atomSet);
    List<ImmutableSet<Occurred>> found = new ArrayList<>();
    int max = Math.min(MAX_ADDED_EVENTS, atoms.size());
    for (int size = 1; size <= max && !search.cut; size++) {
      subsets(atoms, size, 0, new ArrayList<>(), found, search);
    }
    return ImmutableList.copyOf(found);
  }

  /**
   * Tries every subset of {@code size} atoms that extends {@code current} with atoms from {@code
   * from} on, in every order, adding those that fire and contain no smaller set found; stops when
   * the search is cut short. Subsets are made one at a time, never all at once.
   */
  private static void subsets(
      List<Occurred> atoms,
      int size,
      int from,
      List<Occurred> current,
      List<ImmutableSet<Occurred>> found,
      Search search) {
    if (search.cut) {
      return;
    }
    if (current.size() == size) {
      ImmutableSet<Occurred> set = ImmutableSet.copyOf(current);
      if (found.stream().noneMatch(set::containsAll)
          && search.canHoldWith(current)
          && permutations(current).stream().anyMatch(o -> firesPlaced(o, 0, search))) {
        found.add(set);
      }
      return;
    }
    for (int i = from; i < atoms.size() && !search.cut; i++) {
      current.add(atoms.get(i));
      subsets(atoms, size, i + 1, current, found, search);
      current.remove(current.size() - 1);
    }
  }

  private static List<List<Occurred>> permutations(List<Occurred> items) {
    List<List<Occurred>> out = new ArrayList<>();
    permute(new ArrayList<>(items), 0, out);
    return out;
  }

  private static void permute(List<Occurred> items, int k, List<List<Occurred>> out) {
    if (k == items.size()) {
      out.add(List.copyOf(items));
      return;
    }
    for (int i = k; i < items.size(); i++) {
      Collections.swap(items, k, i);
      permute(items, k + 1, out);
      Collections.swap(items, k, i);
    }
  }
}
