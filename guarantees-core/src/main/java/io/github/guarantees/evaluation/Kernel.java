package io.github.guarantees.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.ImmutableIntArray;
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
import io.github.guarantees.condition.StatusIs;
import io.github.guarantees.condition.Within;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.Term;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An agreement compiled once into an indexed form: every condition flattened into an array of
 * nodes, children before parents, with common sub-conditions shared (structurally equal nodes get
 * one id, found by their kind and their operands' ids, so a DAG compiles in time linear in its
 * distinct nodes); every event pattern numbered; every trigger and party id resolved to an int.
 * {@link Sweep} evaluates it over a scenario. Immutable after construction; it lends each thread a
 * reusable sweep ({@link #borrow}).
 */
final class Kernel {
  static final byte ALWAYS = 0;
  static final byte OCCURRED = 1;
  static final byte IN_FORCE = 2;
  static final byte AFTER = 3;
  static final byte WITHIN = 4;

  /** {@code allOf}, {@code anyOf} and {@code atLeast}: at least {@code k} operands hold. */
  static final byte THRESHOLD = 5;

  static final byte NOT = 6;

  /** {@code atLeastParties}: pattern a, at least {@code k} distinct parties in role {@code b}. */
  static final byte PARTIES = 7;

  /**
   * A condition on a pledge's status ({@code StatusIs}): pledge a (an index of {@link
   * Agreement#instances()}), contribution b (an index of the contributions, or -1 for the pledge
   * itself), standing ordinal k. Read by {@link Sweep} from the pledge's status, after the pledges
   * it names are settled (see {@link #statusRounds}).
   */
  static final byte STATUS = 8;

  /** A sentinel for an instant's seconds: never happened. */
  static final long NEVER = Long.MAX_VALUE;

  // Nodes, in topological order (operands before the nodes that use them).
  final int nodeCount;
  final byte[] kind;
  final int[] k;
  final int[] opStart;
  final int[] ops;

  /**
   * Atoms' patterns: occurred a; inForce a = trigger, b = revokedBy; after a = later, b = earlier;
   * within a = event, b = anchor.
   */
  final int[] patA;

  final int[] patB;
  final long[] windowSec;
  final int[] windowNano;
  final int[] level;
  final int levels;
  final int[] levelSize;
  final int[] parentStart;
  final int[] parents;

  /**
   * Per pledge: the node whose first true instant starts the term's {@code lastsFor} ({@code
   * Term.since}), or -1 when it counts from the pledge's first activation.
   */
  final int[] termSince;

  /** Per node: the pledges whose term's duration it starts ({@link #termSince}). */
  final int[][] sinceOf;

  /** Every node's truth before any event. */
  final boolean[] initial;

  /** Per node: the pledges whose "trigger and activation hold" it is. */
  final int[][] activeOf;

  /** The nodes true before any event, whose first true instant at an event is the first event. */
  final int[] initiallyTrue;

  // Patterns.
  final ImmutableList<Occurred> patterns;
  final int[] patternAtomStart;
  final int[] patternAtoms;

  /** Per pattern: the pledges whose deadline it fulfils. */
  final int[][] deadlineWatchers;

  /** Per pattern: the restraints (pledges) that forbid it, and the pattern's rank in each. */
  final int[][] refrainWatchers;

  final int[][] refrainRanks;

  /** Per pattern: the {@code atLeastParties} nodes that count its events' parties. */
  final int[][] counters;

  /** What the agreement says of parties and places, for patterns that are not simple. */
  final Matcher.Static statics;

  // Resolution of events' ids to ints.
  final ImmutableMap<String, Resolved> triggers;
  final ImmutableMap<String, Integer> parties;

  // Pledges and contributions.
  final int pledgeCount;
  final int[] trigger;
  final int[] activation;
  final int[] active;
  final int[] endsWhen;
  final long[] endsAtSec;
  final int[] endsAtNano;
  final long[] lastsForSec;
  final int[] lastsForNano;
  final boolean[] hasLastsFor;
  final int[] deadlinePattern;
  final long[] withinSec;
  final int[] withinNano;

  /** Per pledge with a deadline: due {@code within} of the start, at a fixed instant, or never. */
  final byte[] dueKind;

  static final byte DUE_WITHIN = 0;
  static final byte DUE_AT = 1;
  static final byte DUE_NONE = 2;

  final long[] dueAtSec;
  final int[] dueAtNano;

  /** Per pledge: whether its deadline excludes the due instant ("strictly before"). */
  final boolean[] excludesDue;

  // Powers.
  /** Whether some pledge is a power. */
  final boolean hasPowers;

  /** Whether some pledge has a deadline. */
  final boolean hasDeadlines;

  /** Whether some pledge is a restraint. */
  final boolean hasRestraints;

  /**
   * Per pledge: whether its status is read from its trigger and activation alone: no term,
   * deadline, restraint or power, and no end of the agreement that ends it.
   */
  final boolean[] plain;

  /** The nodes as a program over words, if statuses read nothing else ({@link WordProgram#of}). */
  final @Nullable WordProgram program;

  /**
   * The decisions by words this kernel makes before it generates the program's code ({@link
   * WordCode}): generating takes about as long as this many decisions, and a kernel used for fewer
   * never pays it.
   */
  static final int DECISIONS_BEFORE_CODE = 10_000;

  /** Decisions by words so far, counted until the code is tried (a racy count: a threshold). */
  private int wordDecisions;

  /** The program's code, once made; null before, or if it could not be. */
  private volatile WordCode.@Nullable Run code;

  /** Whether the code has been tried: then {@link #code} is final. */
  private volatile boolean codeTried;

  /** Whether a thread has taken on making the code. */
  private final java.util.concurrent.atomic.AtomicBoolean making =
      new java.util.concurrent.atomic.AtomicBoolean();

  /** Per pledge: the pattern that exercises it, if it is a power, else -1. */
  final int[] powerPattern;

  /** Per power: what it does ({@code SUSPEND}, {@code RESUME}, {@code TERMINATE}). */
  final io.github.guarantees.model.Power.@Nullable Action[] powerAction;

  /** Per power: the pledge it acts on, or -1 for the agreement. */
  final int[] powerTarget;

  /** Per pledge: whether it survives the agreement's termination. */
  final boolean[] survives;

  /**
   * Whether suspensions by powers pause deadlines ({@code Agreement.suspensionPausesDeadlines}).
   */
  final boolean pausesDeadlines;

  /** Per pattern: the powers it exercises. */
  final int[][] exercisers;

  /** Per pledge: its id, and its power (null unless a power), for explanations. */
  final ImmutableList<String> pledgeIds;

  final List<io.github.guarantees.model.@Nullable Power> powers;

  final boolean[] restraint;
  final boolean[][] contributorParty;
  final boolean[] hasContributors;
  final int[] contributionStart;
  final int contributionCount;
  final int[] own;
  final int[] fire;
  final int[] contributionParty;
  final boolean[] blocked;
  final int[] slot;
  final int slots;

  final boolean dated;
  final long agreementStartSec;

  // The agreement's own term (Agreement.term()): its end terminates every pledge that does not
  // survive, as a power to terminate the agreement does.

  /** The agreement's term, or null. */
  final @Nullable Term agreementTerm;

  /** The fixed end: its {@code endsAt}, or its date plus a {@code lastsFor} without since. */
  final long endSec;

  final int endNano;

  /** The node whose first holding ends the agreement ({@code endsWhen}), or -1. */
  final int endsWhenNode;

  /** The node whose first holding starts {@link #endLastsSec} ({@code since}), or -1. */
  final int endSinceNode;

  /** Whether the agreement's own term can end it (a fixed end, an ending condition, a since). */
  final boolean agreementEnds;

  final long endLastsSec;
  final int endLastsNano;

  /** The node id of every condition object compiled, for explanations. */
  private final IdentityHashMap<Condition, Integer> ids;

  /** Per thread, a sweep to reuse (sized by this kernel), so that a call allocates none. */
  private final ThreadLocal<Sweep> sweeps = ThreadLocal.withInitial(() -> new Sweep(this));

  /**
   * The event patterns an event of a trigger may match: with no party, by a named actor, and the
   * others (a target, a place or an actor's pattern other than a name), matched one by one.
   */
  static final class Resolved {
    final int index;
    final int[] any;
    final ImmutableMap<String, int[]> byParty;
    final int[] general;

    Resolved(int index, int[] any, ImmutableMap<String, int[]> byParty, int[] general) {
      this.index = index;
      this.any = any;
      this.byParty = byParty;
      this.general = general;
    }
  }

  /** Whether a node kind reads two patterns (a and b). */
  static boolean twoPatterns(byte kind) {
    return kind == IN_FORCE || kind == AFTER || kind == WITHIN;
  }

  /** Whether a node kind is an atom reading patterns. */
  static boolean reads(byte kind) {
    return kind != ALWAYS && kind != THRESHOLD && kind != NOT && kind != STATUS;
  }

  /**
   * The {@code STATUS} nodes in rounds: round r (from 0) holds the nodes naming pledges of stratum
   * r, a pledge's stratum being 0 if its conditions name no status and one more than the highest
   * stratum it names otherwise. A sweep settles the pledges of stratum 0 from the events, then
   * reads round 0 and settles stratum 1, and so on; the agreement has no cycle (checked when it is
   * built). Empty when no condition names a status.
   */
  final int[][] statusRounds;

  /** Per pledge: its stratum (above). */
  final int[] stratum;

  /**
   * Per node: the round of {@link #statusRounds} after which its truth is final at a step: 0 for a
   * node that reads no status, one more than the named pledge's stratum for a {@code STATUS} node,
   * the highest of its operands' otherwise.
   */
  final int[] nodeRound;

  Kernel(Agreement agreement) {
    Compiler c = new Compiler();
    statics = new Matcher.Static(agreement);
    List<Pledge> ps = agreement.instances();
    pledgeCount = ps.size();
    trigger = new int[pledgeCount];
    activation = new int[pledgeCount];
    active = new int[pledgeCount];
    endsWhen = new int[pledgeCount];
    termSince = new int[pledgeCount];
    endsAtSec = new long[pledgeCount];
    endsAtNano = new int[pledgeCount];
    lastsForSec = new long[pledgeCount];
    lastsForNano = new int[pledgeCount];
    hasLastsFor = new boolean[pledgeCount];
    deadlinePattern = new int[pledgeCount];
    withinSec = new long[pledgeCount];
    withinNano = new int[pledgeCount];
    dueKind = new byte[pledgeCount];
    dueAtSec = new long[pledgeCount];
    dueAtNano = new int[pledgeCount];
    excludesDue = new boolean[pledgeCount];
    powerPattern = new int[pledgeCount];
    powerAction = new io.github.guarantees.model.Power.Action[pledgeCount];
    powerTarget = new int[pledgeCount];
    survives = new boolean[pledgeCount];
    pausesDeadlines = agreement.suspensionPausesDeadlines();
    pledgeIds = ps.stream().map(Pledge::id).collect(ImmutableList.toImmutableList());
    powers = new ArrayList<>();
    for (Pledge p : ps) {
      powers.add(p.power().orElse(null));
    }
    restraint = new boolean[pledgeCount];
    hasContributors = new boolean[pledgeCount];
    contributorParty = new boolean[pledgeCount][];
    contributionStart = new int[pledgeCount + 1];
    slot = new int[pledgeCount];
    ImmutableMap.Builder<String, Integer> partyIds = ImmutableMap.builder();
    Map<String, Integer> partyIndex = new HashMap<>();
    for (String party : agreement.parties().keySet()) {
      partyIndex.put(party, partyIndex.size());
      partyIds.put(party, partyIndex.size() - 1);
    }
    parties = partyIds.buildOrThrow();
    int contributions = 0;
    for (Pledge p : ps) {
      contributions += p.contributions().size();
    }
    contributionCount = contributions;
    own = new int[contributions];
    fire = new int[contributions];
    contributionParty = new int[contributions];
    blocked = new boolean[contributions];
    List<List<int[]>> refrains = new ArrayList<>();
    List<Integer> deadlines = new ArrayList<>();
    int s = 0;
    Map<String, Integer> pledgeIndex = new HashMap<>();
    for (int i = 0; i < pledgeCount; i++) {
      pledgeIndex.put(ps.get(i).id(), i);
      slot[i] = s++;
      contributionStart[i] =
          i == 0 ? 0 : contributionStart[i - 1] + ps.get(i - 1).contributions().size();
      s += ps.get(i).contributions().size();
    }
    stratum = strata(agreement, ps, pledgeIndex);
    c.pledgeIndex = pledgeIndex;
    c.pledges = ps;
    c.contributionStart = contributionStart;
    // Pledges compile in stratum order, so that a status node comes after every node of the pledge
    // it names: node ids stay topological for the status dependencies too.
    Integer[] order = new Integer[pledgeCount];
    for (int i = 0; i < pledgeCount; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Integer.compare(stratum[x], stratum[y]));
    for (int i : order) {
      Pledge p = ps.get(i);
      int ci = contributionStart[i];
      trigger[i] = c.node(agreement.triggerOf(p));
      activation[i] = c.node(p.activation());
      active[i] = c.threshold(2, new int[] {trigger[i], activation[i]});
      Term term = p.term().orElse(null);
      endsWhen[i] =
          term != null && term.endsWhen().isPresent() ? c.node(term.endsWhen().get()) : -1;
      termSince[i] = term != null && term.since().isPresent() ? c.node(term.since().get()) : -1;
      Instant endsAt = term == null ? null : term.endsAt().orElse(null);
      endsAtSec[i] = endsAt == null ? NEVER : endsAt.getEpochSecond();
      endsAtNano[i] = endsAt == null ? 0 : endsAt.getNano();
      Duration lasts = term == null ? null : term.lastsFor().orElse(null);
      hasLastsFor[i] = lasts != null;
      lastsForSec[i] = lasts == null ? 0 : lasts.toSeconds();
      lastsForNano[i] = lasts == null ? 0 : lasts.toNanosPart();
      Deadline d = p.deadline().orElse(null);
      deadlinePattern[i] = d == null ? -1 : c.pattern(d.fulfilledBy());
      Duration within = d == null ? null : d.within().orElse(null);
      Instant dueAt = d == null ? null : d.dueAt().orElse(null);
      withinSec[i] = within == null ? 0 : within.toSeconds();
      withinNano[i] = within == null ? 0 : within.toNanosPart();
      dueKind[i] = within != null ? DUE_WITHIN : dueAt != null ? DUE_AT : DUE_NONE;
      dueAtSec[i] = dueAt == null ? 0 : dueAt.getEpochSecond();
      dueAtNano[i] = dueAt == null ? 0 : dueAt.getNano();
      excludesDue[i] = d != null && d.excludesDue();
      survives[i] = p.survivesTermination();
      io.github.guarantees.model.Power power = p.power().orElse(null);
      powerPattern[i] = power == null ? -1 : c.pattern(power.exercisedBy());
      powerAction[i] = power == null ? null : power.action();
      powerTarget[i] =
          power == null || power.target().isEmpty()
              ? -1
              : pledgeIndex.getOrDefault(power.target().get(), -1);
      restraint[i] = !p.refrainsFrom().isEmpty();
      int rank = 0;
      for (Occurred o : p.refrainsFrom()) {
        int pat = c.pattern(o);
        while (refrains.size() <= pat) {
          refrains.add(new ArrayList<>());
        }
        refrains.get(pat).add(new int[] {i, rank++});
      }
      boolean[] contributors = new boolean[partyIndex.size()];
      for (Contribution con : p.contributions()) {
        int party = partyIndex.getOrDefault(con.party(), -1);
        if (party >= 0) {
          contributors[party] = true;
        }
        hasContributors[i] = true;
        contributionParty[ci] = party;
        own[ci] = c.node(con.condition());
        fire[ci] = c.threshold(2, new int[] {active[i], own[ci]});
        blocked[ci] = agreement.blockingCaveat(p, con).isPresent();
        ci++;
      }
      contributorParty[i] = contributors;
    }
    contributionStart[pledgeCount] = contributions;
    slots = s;
    Optional<Instant> start = agreement.date().map(x -> x.atStartOfDay(ZoneOffset.UTC).toInstant());
    dated = start.isPresent();
    agreementStartSec = start.map(Instant::getEpochSecond).orElse(0L);
    Term end = agreement.term().orElse(null);
    agreementTerm = end;
    Instant fixedEnd = end == null ? null : end.endsAt().orElse(null);
    Duration lasts = end == null ? null : end.lastsFor().orElse(null);
    if (end != null && lasts != null && end.since().isEmpty() && start.isPresent()) {
      Instant byDuration = start.get().plus(lasts);
      fixedEnd = fixedEnd == null || byDuration.isBefore(fixedEnd) ? byDuration : fixedEnd;
    }
    endSec = fixedEnd == null ? NEVER : fixedEnd.getEpochSecond();
    endNano = fixedEnd == null ? 0 : fixedEnd.getNano();
    endsWhenNode = end == null || end.endsWhen().isEmpty() ? -1 : c.node(end.endsWhen().get());
    endSinceNode = end == null || end.since().isEmpty() ? -1 : c.node(end.since().get());
    endLastsSec = lasts == null ? 0 : lasts.toSeconds();
    endLastsNano = lasts == null ? 0 : lasts.toNanosPart();
    for (int i = 0; i < pledgeCount; i++) {
      if (deadlinePattern[i] >= 0) {
        deadlines.add(i);
      }
    }
    hasDeadlines = !deadlines.isEmpty();
    hasRestraints = !refrains.isEmpty();

    // Freeze the nodes.
    nodeCount = c.specs.size();
    kind = new byte[nodeCount];
    k = new int[nodeCount];
    opStart = new int[nodeCount + 1];
    patA = new int[nodeCount];
    patB = new int[nodeCount];
    windowSec = new long[nodeCount];
    windowNano = new int[nodeCount];
    level = new int[nodeCount];
    int opTotal = 0;
    for (int[] o : c.operands) {
      opTotal += o.length;
    }
    ops = new int[opTotal];
    int[] parentCount = new int[nodeCount];
    int maxLevel = 0;
    for (int n = 0, o = 0; n < nodeCount; n++) {
      Spec spec = c.specs.get(n);
      kind[n] = spec.kind;
      k[n] = spec.k;
      patA[n] = spec.a;
      patB[n] = spec.b;
      windowSec[n] = spec.windowSec;
      windowNano[n] = spec.windowNano;
      opStart[n] = o;
      int lv = 0;
      for (int x : c.operands.get(n)) {
        ops[o++] = x;
        lv = Math.max(lv, level[x] + 1);
      }
      level[n] = lv;
      maxLevel = Math.max(maxLevel, lv);
      opStart[n + 1] = o;
    }
    levels = maxLevel + 1;
    levelSize = new int[levels];
    for (int n = 0; n < nodeCount; n++) {
      levelSize[level[n]]++;
      for (int j = opStart[n]; j < opStart[n + 1]; j++) {
        // Each parent once per operand node, even when an operand repeats.
        if (!contains(ops, opStart[n], j, ops[j])) {
          parentCount[ops[j]]++;
        }
      }
    }
    parentStart = new int[nodeCount + 1];
    for (int n = 0; n < nodeCount; n++) {
      parentStart[n + 1] = parentStart[n] + parentCount[n];
    }
    parents = new int[parentStart[nodeCount]];
    int[] fill = Arrays.copyOf(parentStart, nodeCount);
    for (int n = 0; n < nodeCount; n++) {
      for (int j = opStart[n]; j < opStart[n + 1]; j++) {
        if (!contains(ops, opStart[n], j, ops[j])) {
          parents[fill[ops[j]]++] = n;
        }
      }
    }
    initial = new boolean[nodeCount];
    int trueCount = 0;
    for (int n = 0; n < nodeCount; n++) {
      initial[n] =
          kind[n] == ALWAYS || ((kind[n] == THRESHOLD || kind[n] == NOT) && compose(n, initial));
      trueCount += initial[n] ? 1 : 0;
    }
    int[] activeCount = new int[nodeCount];
    for (int i = 0; i < pledgeCount; i++) {
      activeCount[active[i]]++;
    }
    activeOf = new int[nodeCount][];
    int[] none = new int[0];
    for (int n = 0; n < nodeCount; n++) {
      activeOf[n] = activeCount[n] == 0 ? none : new int[activeCount[n]];
      activeCount[n] = 0;
    }
    for (int i = 0; i < pledgeCount; i++) {
      activeOf[active[i]][activeCount[active[i]]++] = i;
    }
    int[] sinceCount = new int[nodeCount];
    for (int i = 0; i < pledgeCount; i++) {
      if (termSince[i] >= 0) {
        sinceCount[termSince[i]]++;
      }
    }
    sinceOf = new int[nodeCount][];
    for (int n = 0; n < nodeCount; n++) {
      sinceOf[n] = sinceCount[n] == 0 ? none : new int[sinceCount[n]];
      sinceCount[n] = 0;
    }
    for (int i = 0; i < pledgeCount; i++) {
      if (termSince[i] >= 0) {
        sinceOf[termSince[i]][sinceCount[termSince[i]]++] = i;
      }
    }

    // Patterns, the atoms that read them, and the pledges that watch them.
    patterns = ImmutableList.copyOf(c.patternList);
    int pc = patterns.size();
    int[] atomCount = new int[pc];
    for (int n = 0; n < nodeCount; n++) {
      if (reads(kind[n])) {
        atomCount[patA[n]]++;
        if (twoPatterns(kind[n]) && patB[n] != patA[n]) {
          atomCount[patB[n]]++;
        }
      }
    }
    patternAtomStart = new int[pc + 1];
    for (int p = 0; p < pc; p++) {
      patternAtomStart[p + 1] = patternAtomStart[p] + atomCount[p];
    }
    patternAtoms = new int[patternAtomStart[pc]];
    int[] at = Arrays.copyOf(patternAtomStart, pc);
    List<List<Integer>> counting = new ArrayList<>();
    for (int p = 0; p < pc; p++) {
      counting.add(new ArrayList<>());
    }
    for (int n = 0; n < nodeCount; n++) {
      if (reads(kind[n])) {
        patternAtoms[at[patA[n]]++] = n;
        if (twoPatterns(kind[n]) && patB[n] != patA[n]) {
          patternAtoms[at[patB[n]]++] = n;
        }
        if (kind[n] == PARTIES) {
          counting.get(patA[n]).add(n);
        }
      }
    }
    counters = new int[pc][];
    for (int p = 0; p < pc; p++) {
      counters[p] = counting.get(p).stream().mapToInt(x -> x).toArray();
    }
    exercisers = new int[pc][];
    boolean powers = false;
    for (int p = 0; p < pc; p++) {
      final int pattern = p;
      exercisers[p] =
          java.util.stream.IntStream.range(0, pledgeCount)
              .filter(i -> powerPattern[i] == pattern)
              .toArray();
      powers |= exercisers[p].length > 0;
    }
    hasPowers = powers;
    deadlineWatchers = new int[pc][];
    refrainWatchers = new int[pc][];
    refrainRanks = new int[pc][];
    for (int p = 0; p < pc; p++) {
      final int pattern = p;
      deadlineWatchers[p] =
          deadlines.stream().filter(i -> deadlinePattern[i] == pattern).mapToInt(i -> i).toArray();
      List<int[]> r = p < refrains.size() ? refrains.get(p) : List.of();
      refrainWatchers[p] = r.stream().mapToInt(x -> x[0]).toArray();
      refrainRanks[p] = r.stream().mapToInt(x -> x[1]).toArray();
    }

    // Every declared trigger resolves, even one no condition names (its events change nothing).
    ImmutableMap.Builder<String, Resolved> ts = ImmutableMap.builder();
    int ti = 0;
    for (String t : agreement.triggersById().keySet()) {
      List<Integer> any = new ArrayList<>();
      List<Integer> general = new ArrayList<>();
      Map<String, List<Integer>> byParty = new LinkedHashMap<>();
      for (int p = 0; p < pc; p++) {
        Occurred o = patterns.get(p);
        if (o.trigger().equals(t)) {
          if (!o.isSimple()) {
            general.add(p);
          } else if (o.party().isEmpty()) {
            any.add(p);
          } else {
            byParty.computeIfAbsent(o.party().get(), x -> new ArrayList<>()).add(p);
          }
        }
      }
      ImmutableMap.Builder<String, int[]> bp = ImmutableMap.builder();
      byParty.forEach((party, list) -> bp.put(party, list.stream().mapToInt(x -> x).toArray()));
      ts.put(
          t,
          new Resolved(
              ti++,
              any.stream().mapToInt(x -> x).toArray(),
              bp.buildOrThrow(),
              general.stream().mapToInt(x -> x).toArray()));
    }
    triggers = ts.buildOrThrow();
    ids = c.ids;
    int maxStratum = 0;
    for (int i = 0; i < pledgeCount; i++) {
      maxStratum = Math.max(maxStratum, stratum[i]);
    }
    int[] roundSize = new int[maxStratum];
    for (int n = 0; n < nodeCount; n++) {
      if (kind[n] == STATUS) {
        roundSize[stratum[patA[n]]]++;
      }
    }
    statusRounds = new int[maxStratum][];
    for (int r = 0; r < maxStratum; r++) {
      statusRounds[r] = new int[roundSize[r]];
      roundSize[r] = 0;
    }
    for (int n = 0; n < nodeCount; n++) {
      if (kind[n] == STATUS) {
        int r = stratum[patA[n]];
        statusRounds[r][roundSize[r]++] = n;
      }
    }
    nodeRound = new int[nodeCount];
    for (int n = 0; n < nodeCount; n++) {
      if (kind[n] == STATUS) {
        nodeRound[n] = stratum[patA[n]] + 1;
      }
      for (int j = opStart[n]; j < opStart[n + 1]; j++) {
        nodeRound[n] = Math.max(nodeRound[n], nodeRound[ops[j]]);
      }
    }
    agreementEnds = endSec != NEVER || endsWhenNode >= 0 || endSinceNode >= 0;
    plain = new boolean[pledgeCount];
    for (int p = 0; p < pledgeCount; p++) {
      plain[p] =
          !hasPowers
              && endsAtSec[p] == NEVER
              && endsWhen[p] < 0
              && !hasLastsFor[p]
              && deadlinePattern[p] < 0
              && !restraint[p]
              && (survives[p] || !agreementEnds);
    }
    if (maxStratum > 0) {
      // Conditions on statuses: their truth before any event is the named pledges' status then.
      new Sweep(this).settleInitial();
      trueCount = 0;
      for (int n = 0; n < nodeCount; n++) {
        trueCount += initial[n] ? 1 : 0;
      }
    }
    initiallyTrue = new int[trueCount];
    for (int n = 0, t = 0; n < nodeCount; n++) {
      if (initial[n]) {
        initiallyTrue[t++] = n;
      }
    }
    program = WordProgram.of(this);
  }

  /** Each pledge's stratum: 0 without conditions on statuses, else one above what it names. */
  private static int[] strata(Agreement agreement, List<Pledge> ps, Map<String, Integer> index) {
    int[][] names = new int[ps.size()][];
    for (int i = 0; i < ps.size(); i++) {
      names[i] =
          agreement.statusConditionsOf(ps.get(i)).stream()
              .map(e -> index.get(e.getValue().pledge()))
              .filter(java.util.Objects::nonNull)
              .mapToInt(x -> x)
              .distinct()
              .toArray();
    }
    int[] out = new int[ps.size()];
    Arrays.fill(out, -1);
    for (int i = 0; i < ps.size(); i++) {
      stratum(i, names, out);
    }
    return out;
  }

  private static int stratum(int i, int[][] names, int[] out) {
    if (out[i] >= 0) {
      return out[i];
    }
    // The agreement is acyclic (checked when built); a chain of statuses is at most the pledges.
    int s = 0;
    for (int j : names[i]) {
      s = Math.max(s, stratum(j, names, out) + 1);
    }
    out[i] = s;
    return s;
  }

  private static boolean contains(int[] a, int from, int to, int x) {
    for (int i = from; i < to; i++) {
      if (a[i] == x) {
        return true;
      }
    }
    return false;
  }

  /**
   * The program's code for a decision by words of one chunk, once this kernel has made {@link
   * #DECISIONS_BEFORE_CODE} of them (only such decisions count); null before, without a program,
   * while another thread makes it, or if it could not be made: then the program decides, as before.
   */
  WordCode.@Nullable Run code() {
    WordCode.Run made = code;
    if (made != null || codeTried || ++wordDecisions < DECISIONS_BEFORE_CODE) {
      return made;
    }
    // One thread makes it; the others go on with the program meanwhile.
    return making.compareAndSet(false, true) ? makeCode() : null;
  }

  /** Whether the program's code has been made (and is used). */
  boolean hasCode() {
    return code != null;
  }

  /** Makes the program's code now, once; null without a program or if it could not be made. */
  WordCode.@Nullable Run makeCode() {
    return makeCode(WordCode.METHOD_BYTES);
  }

  /**
   * As {@link #makeCode()}, in methods of about {@code methodBytes} bytes. Whatever goes wrong in
   * making it (a bug in the writer, a class the virtual machine refuses) leaves the program
   * deciding: the code is a speed-up, never a condition of a decision.
   */
  @SuppressWarnings("CatchingUnchecked")
  synchronized WordCode.@Nullable Run makeCode(int methodBytes) {
    WordProgram words = program;
    if (!codeTried && words != null) {
      try {
        code = WordCode.generate(this, words, methodBytes);
      } catch (RuntimeException | LinkageError e) {
        code = null;
      } finally {
        codeTried = true;
      }
    }
    return code;
  }

  /**
   * A sweep of this kernel for the calling thread, marked busy: the thread's reusable one, or a new
   * one if that is in use (a nested call). Give it back with {@link #release}.
   */
  Sweep borrow() {
    Sweep sweep = sweeps.get();
    if (sweep.busy) {
      sweep = new Sweep(this);
    }
    sweep.busy = true;
    return sweep;
  }

  /** Gives back a sweep from {@link #borrow}. */
  static void release(Sweep sweep) {
    sweep.busy = false;
  }

  /** A composite node's truth from its operands' truth. */
  boolean compose(int n, boolean[] val) {
    if (kind[n] == NOT) {
      return !val[ops[opStart[n]]];
    }
    int need = k[n];
    int end = opStart[n + 1];
    for (int j = opStart[n]; j < end; j++) {
      if (val[ops[j]] && --need == 0) {
        return true;
      }
    }
    return false;
  }

  /** The node id of a condition compiled into this kernel. */
  int id(Condition c) {
    Integer id = ids.get(c);
    if (id == null) {
      throw new IllegalArgumentException("not compiled here: " + c);
    }
    return id;
  }

  /** The pattern id of a compiled pattern, or -1. */
  int patternId(Occurred o) {
    return patterns.indexOf(o);
  }

  /** A node's description and its operands' ids: equal for structurally equal nodes. */
  private record Structure(Spec spec, ImmutableIntArray ops) {}

  /** A node's description before freezing. */
  private record Spec(byte kind, int k, int a, int b, long windowSec, int windowNano) {}

  /** Flattens conditions into nodes, sharing structurally equal ones. */
  private static final class Compiler implements GenericConditionVisitor<Integer, Compiler> {
    final List<Spec> specs = new ArrayList<>();
    final List<int[]> operands = new ArrayList<>();
    final Map<Structure, Integer> byStructure = new HashMap<>();
    final IdentityHashMap<Condition, Integer> ids = new IdentityHashMap<>();
    final List<Occurred> patternList = new ArrayList<>();
    final Map<Occurred, Integer> patternIds = new HashMap<>();
    Map<String, Integer> pledgeIndex = Map.of();
    List<Pledge> pledges = List.of();
    int[] contributionStart = new int[0];

    int pattern(Occurred o) {
      Integer id = patternIds.get(o);
      if (id == null) {
        id = patternList.size();
        patternList.add(o);
        patternIds.put(o, id);
      }
      return id;
    }

    int node(Condition c) {
      Integer known = ids.get(c);
      if (known != null) {
        return known;
      }
      int id = c.accept(this, this);
      ids.put(c, id);
      return id;
    }

    private int intern(Spec spec, int[] ops) {
      Structure key = new Structure(spec, ImmutableIntArray.copyOf(ops));
      Integer id = byStructure.get(key);
      if (id == null) {
        id = specs.size();
        specs.add(spec);
        operands.add(ops);
        byStructure.put(key, id);
      }
      return id;
    }

    int threshold(int need, int[] ops) {
      return intern(new Spec(THRESHOLD, need, -1, -1, 0, 0), ops);
    }

    private int[] nodes(List<Condition> cs) {
      int[] out = new int[cs.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = node(cs.get(i));
      }
      return out;
    }

    private int atom(byte kind, Occurred a, Occurred b, Duration window) {
      return intern(
          new Spec(kind, 0, pattern(a), pattern(b), window.toSeconds(), window.toNanosPart()),
          new int[0]);
    }

    @Override
    public Integer visitAlways(Always c, Compiler unused) {
      return intern(new Spec(ALWAYS, 0, -1, -1, 0, 0), new int[0]);
    }

    @Override
    public Integer visitOccurred(Occurred c, Compiler unused) {
      return atom(OCCURRED, c, c, Duration.ZERO);
    }

    @Override
    public Integer visitAllOf(AllOf c, Compiler unused) {
      return threshold(c.operands().size(), nodes(c.operands()));
    }

    @Override
    public Integer visitAnyOf(AnyOf c, Compiler unused) {
      return threshold(1, nodes(c.operands()));
    }

    @Override
    public Integer visitNot(Not c, Compiler unused) {
      return intern(new Spec(NOT, 0, -1, -1, 0, 0), new int[] {node(c.operand())});
    }

    @Override
    public Integer visitAtLeast(AtLeast c, Compiler unused) {
      return threshold(c.k(), nodes(c.operands()));
    }

    @Override
    public Integer visitInForce(InForce c, Compiler unused) {
      return atom(IN_FORCE, c.trigger(), c.revokedBy(), Duration.ZERO);
    }

    @Override
    public Integer visitAfter(After c, Compiler unused) {
      return atom(AFTER, c.later(), c.earlier(), Duration.ZERO);
    }

    @Override
    public Integer visitWithin(Within c, Compiler unused) {
      return atom(WITHIN, c.event(), c.anchor(), c.window());
    }

    @Override
    @SuppressWarnings("EnumOrdinal") // an index into Standing.values() of the same run (Sweep)
    public Integer visitStatusIs(StatusIs c, Compiler unused) {
      Integer p = pledgeIndex.get(c.pledge());
      if (p == null) {
        throw new IllegalArgumentException("no pledge " + c.pledge() + " in " + c);
      }
      int contribution = -1;
      if (c.party().isPresent()) {
        List<Contribution> cs = pledges.get(p).contributions();
        for (int j = 0; j < cs.size(); j++) {
          if (cs.get(j).party().equals(c.party().get())) {
            contribution = contributionStart[p] + j;
          }
        }
        if (contribution < 0) {
          throw new IllegalArgumentException("no contribution of " + c.party().get() + " in " + c);
        }
      }
      return intern(new Spec(STATUS, c.standing().ordinal(), p, contribution, 0, 0), new int[0]);
    }

    @Override
    public Integer visitAtLeastParties(AtLeastParties c, Compiler unused) {
      return intern(
          new Spec(PARTIES, c.k(), pattern(c.pattern()), c.role() == EventRole.ACTOR ? 0 : 1, 0, 0),
          new int[0]);
    }
  }
}
