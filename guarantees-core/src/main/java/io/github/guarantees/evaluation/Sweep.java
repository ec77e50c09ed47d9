package io.github.guarantees.evaluation;

import static io.github.guarantees.evaluation.Kernel.NEVER;

import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.Standing;
import io.github.guarantees.scenario.Event;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One pass of a {@link Kernel} over a scenario's events in chronological order, plus the instants
 * the agreement computes (a term's end, a deadline's violation one nanosecond after it), which are
 * change points of the sweep like event instants. At each step only the nodes downstream of the
 * patterns the step's events match are recomputed, level by level, so each node at most once.
 *
 * <p>Every condition node's truth is a step function: its value now and the first event instant at
 * which it was true are kept (conditions change only at event instants). Statuses read them: first
 * activation, "was active before", the term's end, the deadline's clock, the first breach. The
 * arrays are sized by the agreement only; a sweep is reused by one thread at a time.
 */
final class Sweep {
  private static final Standing[] STANDINGS = Standing.values();

  final Kernel k;
  final boolean[] val;
  final long[] firstSec;
  final int[] firstNano;
  private final boolean[] dirty;
  private final int[][] bucket;
  private final int[] bucketSize;

  /** Dirty nodes waiting for a later round of conditions on statuses ({@link #propagate(int)}). */
  private final int[] deferred;

  private int deferredCount;
  private final int[] pFirstStep;
  private final int[] pLastStep;
  private final long[] pLastSec;
  private final int[] pLastNano;
  private final int[] pStepEvent;
  private final int[] fired;
  private int firedCount;

  final long[] fulSec;
  final int[] fulNano;
  final int[] fulEvent;
  final long[] breachSec;
  final int[] breachNano;
  final int[] breachEvent;
  private final int[] breachRank;
  final long[] cBreachSec;
  final int[] cBreachNano;
  final int[] cBreachEvent;
  private final int[] cBreachRank;

  // Powers: per power, when it was exercised (spent); per pledge, since when a power suspends it,
  // how long suspensions have paused its clock, and when a power terminated it.
  final long[] spentSec;
  final int[] spentNano;
  final int[] spentEvent;
  final long[] suspSec;
  final int[] suspNano;
  final int[] suspBy;
  final int[] suspEvent;
  private final long[] pauseSec;
  private final int[] pauseNano;
  final long[] termSec;

  /**
   * When the agreement's own term ends, as far as known (its fixed end, or earlier once its ending
   * condition held or the duration after its {@code since} ran out); {@code NEVER} if not.
   */
  long endAtSec;

  int endAtNano;
  final int[] termNano;
  final int[] termBy;
  final int[] termEvent;
  private final int[] exercised;

  /** Per power: the last event that would have exercised it while it was not in effect, or -1. */
  final int[] ignoredEvent;

  final Status[] ignoredStatus;

  /** The instant of the last step, and whether there was one: "just before" the current step. */
  private long prevSec;

  private int prevNano;
  private boolean hadStep;

  private final long[] heapSec;
  private final int[] heapNano;
  private int heapSize;

  /** Per {@code atLeastParties} node: the parties counted so far, and how many. */
  private final boolean[][] seen;

  private final int[] seenCount;

  /**
   * Whether {@code atLeastParties} node {@code node} has counted party {@code party} (an index).
   */
  boolean counted(int node, int party) {
    return seen[node][party];
  }

  /** How many parties {@code atLeastParties} node {@code node} has counted. */
  int countedParties(int node) {
    return seenCount[node];
  }

  private final int[] counterNodes;

  /**
   * The nodes whose first true instant this sweep set, to be cleared by the next reset; null until
   * the sweep's second run, so that a sweep used once (by {@code evaluate}) allocates nothing for
   * it.
   */
  private int @Nullable [] touched;

  /** Whether the sweep has been reset for a run (the first one finds firstSec cleared). */
  private boolean ran;

  private int touchedCount;

  /** What {@link #decideByWords} works on, made on its first call. */
  private WordProgram.@Nullable State words;

  private Matcher matcher;

  private int step;
  private long nowSec;
  private int nowNano;
  private boolean sawEvent;
  private @Nullable List<Event> events;

  /** Whether a thread is using this sweep (a nested call then takes a fresh one). */
  boolean busy;

  /** Told about each step of a sweep, after its statuses can be read. */
  interface Steps {
    /** The state before any event. */
    void initial();

    /** The state from {@code at} on; {@code eventCount} events of the scenario are at or before. */
    void step(Instant at, int eventCount);
  }

  Sweep(Kernel k) {
    this.k = k;
    int n = k.nodeCount;
    val = new boolean[n];
    firstSec = new long[n];
    firstNano = new int[n];
    dirty = new boolean[n];
    bucket = new int[k.levels][];
    for (int lv = 0; lv < k.levels; lv++) {
      bucket[lv] = new int[k.levelSize[lv]];
    }
    bucketSize = new int[k.levels];
    deferred = new int[k.statusRounds.length == 0 ? 0 : n];
    int pc = k.patterns.size();
    pFirstStep = new int[pc];
    pLastStep = new int[pc];
    pLastSec = new long[pc];
    pLastNano = new int[pc];
    pStepEvent = new int[pc];
    fired = new int[pc];
    int p = k.pledgeCount;
    fulSec = new long[p];
    fulNano = new int[p];
    fulEvent = new int[p];
    breachSec = new long[p];
    breachNano = new int[p];
    breachEvent = new int[p];
    breachRank = new int[p];
    cBreachSec = new long[k.contributionCount];
    cBreachNano = new int[k.contributionCount];
    cBreachEvent = new int[k.contributionCount];
    cBreachRank = new int[k.contributionCount];
    spentSec = new long[p];
    spentNano = new int[p];
    spentEvent = new int[p];
    suspSec = new long[p];
    suspNano = new int[p];
    suspBy = new int[p];
    suspEvent = new int[p];
    pauseSec = new long[p];
    pauseNano = new int[p];
    termSec = new long[p];
    termNano = new int[p];
    termBy = new int[p];
    termEvent = new int[p];
    exercised = new int[k.hasPowers ? p : 0];
    ignoredEvent = new int[p];
    ignoredStatus = new Status[p];
    // Each pledge pushes at most a term's end, a duration's end and a violation, and a power's
    // resumption one more violation of its target per exercise.
    heapSec = new long[4 * p + 1];
    heapNano = new int[4 * p + 1];
    seen = new boolean[n][];
    seenCount = new int[n];
    int counting = 0;
    for (int node = 0; node < n; node++) {
      if (k.kind[node] == Kernel.PARTIES) {
        seen[node] = new boolean[k.parties.size()];
        counting++;
      }
    }
    counterNodes = new int[counting];
    for (int node = 0, c = 0; node < n; node++) {
      if (k.kind[node] == Kernel.PARTIES) {
        counterNodes[c++] = node;
      }
    }
    matcher = k.statics.over(List.of());
    // What reset() clears only where the agreement can set it starts cleared here.
    Arrays.fill(firstSec, NEVER);
    Arrays.fill(fulSec, NEVER);
    Arrays.fill(breachSec, NEVER);
    Arrays.fill(cBreachSec, NEVER);
    Arrays.fill(spentSec, NEVER);
    Arrays.fill(suspSec, NEVER);
    Arrays.fill(termSec, NEVER);
    Arrays.fill(ignoredEvent, -1);
  }

  /** Notes that node {@code n}'s first true instant was set (once per node and run). */
  private void touch(int n) {
    int[] t = touched;
    if (t != null) {
      t[touchedCount++] = n;
    }
  }

  private void reset() {
    System.arraycopy(k.initial, 0, val, 0, val.length);
    int[] t = touched;
    if (t != null) {
      for (int i = 0; i < touchedCount; i++) {
        firstSec[t[i]] = NEVER;
      }
    } else if (ran) {
      // The second run: clear all once, and from now on only what a run set.
      Arrays.fill(firstSec, NEVER);
      touched = new int[val.length];
    }
    ran = true;
    touchedCount = 0;
    Arrays.fill(pFirstStep, -1);
    Arrays.fill(pLastStep, -1);
    if (k.hasDeadlines) {
      Arrays.fill(fulSec, NEVER);
    }
    if (k.hasRestraints) {
      Arrays.fill(breachSec, NEVER);
      Arrays.fill(cBreachSec, NEVER);
    }
    if (k.hasPowers) {
      Arrays.fill(spentSec, NEVER);
      Arrays.fill(suspSec, NEVER);
      Arrays.fill(pauseSec, 0);
      Arrays.fill(pauseNano, 0);
      Arrays.fill(termSec, NEVER);
      Arrays.fill(ignoredEvent, -1);
    }
    endAtSec = k.endSec;
    endAtNano = k.endNano;
    hadStep = false;
    heapSize = 0;
    deferredCount = 0;
    for (int node : counterNodes) {
      Arrays.fill(seen[node], false);
      seenCount[node] = 0;
    }
    step = 0;
    sawEvent = false;
    firedCount = 0;
  }

  /**
   * Sweeps the events at or before the as-of instant (chronological, validated against the
   * agreement).
   */
  void run(List<Event> chronological, Instant asOf, @Nullable Steps steps) {
    reset();
    this.events = chronological;
    this.matcher = k.statics.over(chronological);
    long aSec = asOf.getEpochSecond();
    int aNano = asOf.getNano();
    for (int p = 0; p < k.pledgeCount; p++) {
      if (k.endsAtSec[p] != NEVER) {
        push(k.endsAtSec[p], k.endsAtNano[p]);
      }
      if (k.initial[k.active[p]] && k.dated) {
        clockStarted(p, k.agreementStartSec, 0);
      }
      if (k.termSince[p] >= 0 && k.initial[k.termSince[p]] && k.dated) {
        termStarted(p, k.agreementStartSec, 0);
      }
    }
    if (k.endSec != NEVER) {
      push(k.endSec, k.endNano);
    }
    if (k.endSinceNode >= 0 && k.initial[k.endSinceNode] && k.dated) {
      endLastsFrom(k.agreementStartSec, 0);
    }
    if (steps != null) {
      steps.initial();
    }
    int i = 0;
    int n = chronological.size();
    while (true) {
      boolean hasEvent = false;
      long nextSec = 0;
      int nextNano = 0;
      if (i < n) {
        Instant next = chronological.get(i).at();
        nextSec = next.getEpochSecond();
        nextNano = next.getNano();
        hasEvent = cmp(nextSec, nextNano, aSec, aNano) <= 0;
      }
      while (heapSize > 0 && step > 0 && cmp(heapSec[0], heapNano[0], nowSec, nowNano) <= 0) {
        pop();
      }
      boolean hasComputed = heapSize > 0 && cmp(heapSec[0], heapNano[0], aSec, aNano) <= 0;
      if (!hasEvent && !hasComputed) {
        break;
      }
      boolean eventFirst =
          hasEvent && (!hasComputed || cmp(nextSec, nextNano, heapSec[0], heapNano[0]) <= 0);
      step++;
      if (eventFirst) {
        nowSec = nextSec;
        nowNano = nextNano;
        int from = i;
        while (i < n && sameInstant(chronological.get(i).at())) {
          apply(chronological.get(i), i);
          i++;
        }
        if (k.hasPowers) {
          exercises();
        }
        atoms();
        propagate();
        boolean first = !sawEvent;
        sawEvent = true;
        if (first) {
          initiallyTrue(0);
        }
        watch(from, i);
        rounds(from, i, first);
        firedCount = 0;
      } else {
        nowSec = heapSec[0];
        nowNano = heapNano[0];
        rounds(i, i, false);
      }
      if (steps != null) {
        steps.step(Instant.ofEpochSecond(nowSec, nowNano), i);
      }
      prevSec = nowSec;
      prevNano = nowNano;
      hadStep = true;
    }
    this.events = null;
  }

  /**
   * Decides by the kernel's {@link WordProgram}. The events at or before as-of are matched as
   * {@link #run} matches them, instant by instant, noting at which steps each pattern matched;
   * every {@link WordProgram#STEPS} instants, and after the last, one pass of the program gives
   * every node's truth at each of them. Without {@code out}, it then leaves the state {@link #run}
   * would leave that statuses read: the truth at as-of and the first true instant at an event of
   * every node statuses read ({@link WordProgram#read}; other nodes keep their truth before any
   * event). With {@code out}, it reads the statuses from the last words instead ({@link
   * #statuses}), and leaves neither; and once the kernel has its {@link Kernel#code() code}, a
   * scenario of one chunk is computed by the code, which leaves the words of a node that only
   * pledges whose trigger never held read as an earlier scenario left them (statuses do not read
   * them).
   *
   * @param chronological the scenario's events, in order
   * @param asOf the instant decided
   * @param out if not null, where every status at as-of is encoded ({@link Decisions#encode}), at
   *     its slot
   * @return false, with nothing done, if the kernel has no program: then {@link #run} decides
   */
  boolean decideByWords(List<Event> chronological, Instant asOf, byte @Nullable [] out) {
    WordProgram program = k.program;
    if (program == null) {
      return false;
    }
    WordProgram.State st = words;
    if (st == null) {
      st = new WordProgram.State(program, k);
      words = st;
    }
    reset();
    matcher = k.statics.over(chronological);
    Arrays.fill(st.steps, 0);
    Arrays.fill(st.beforeSec, NEVER);
    for (int node : counterNodes) {
      st.partiesStep[node] = 0;
    }
    st.base = 0;
    long aSec = asOf.getEpochSecond();
    int aNano = asOf.getNano();
    int i = 0;
    int n = chronological.size();
    while (i < n) {
      Instant next = chronological.get(i).at();
      nowSec = next.getEpochSecond();
      nowNano = next.getNano();
      if (cmp(nowSec, nowNano, aSec, aNano) > 0) {
        break;
      }
      if (step - st.base == WordProgram.STEPS) {
        chunk(program, st, false);
      }
      step++;
      st.step(step - st.base, nowSec, nowNano);
      int local = step - st.base;
      while (i < n && sameInstant(chronological.get(i).at())) {
        apply(chronological.get(i), i);
        i++;
      }
      for (int f = 0; f < firedCount; f++) {
        st.steps[fired[f]] |= 1L << local;
      }
      firedCount = 0;
      for (int node : counterNodes) {
        if (st.partiesStep[node] == 0 && seenCount[node] >= k.k[node]) {
          st.partiesStep[node] = step;
        }
      }
    }
    if (out == null) {
      chunk(program, st, true);
    } else {
      WordCode.@Nullable Run code = st.base == 0 ? k.code() : null;
      if (code != null) {
        // The code writes the status of each pledge with no contribution whose trigger held.
        Arrays.fill(out, DORMANT);
        code.run(st.w, st.steps, st, program, (2L << step) - 1, out, step);
        statuses(st, out, program.pledgesWithParts, true);
      } else {
        program.run(st);
        statuses(st, out, program.pledges, false);
      }
    }
    return true;
  }

  private static final byte DORMANT = Decisions.encode(Status.DORMANT);
  private static final byte BLOCKED = Decisions.encode(Status.BLOCKED);

  /**
   * For {@link WordCode}: the status of a plain pledge after one chunk, from the words of its
   * activation {@code wa} and trigger {@code wt}, encoded into {@code out} at {@code slot}.
   *
   * @param last the chunk's last step
   * @param upTo the bits of the chunk's steps
   */
  static void ongoing(byte[] out, int slot, long wa, long wt, int last, long upTo) {
    // With no branch on the words (they are as random as the events): a table of the rule.
    long held = wa & upTo;
    int rule =
        (int) (wa >>> last & 1) << 2 | (int) ((held | -held) >>> 63) << 1 | (int) (wt >>> last & 1);
    out[slot] = ONGOING[rule];
  }

  /**
   * {@link #ongoing(boolean, boolean, boolean)} tabulated and encoded, at {@code active << 2 |
   * wasActive << 1 | triggered}.
   */
  private static final byte[] ONGOING = new byte[8];

  static {
    for (int i = 0; i < ONGOING.length; i++) {
      ONGOING[i] = Decisions.encode(ongoing((i & 4) != 0, (i & 2) != 0, (i & 1) != 0));
    }
  }

  /**
   * After the last chunk of {@link #decideByWords}: the status at as-of of each of {@code pledges}
   * and of its contributions, encoded into {@code out} at its slot, by the rules of {@link
   * #ongoing(boolean, boolean, boolean)} and {@link #part}. If {@code gated} (after {@link
   * WordCode} has run over the only chunk), a pledge whose trigger never held is {@code DORMANT}
   * and its other words are not read. Each node they read gives its truth now (its word's last bit)
   * and whether it ever held: at a bit of its word (bit 0 is its truth before the chunk, which in
   * the first chunk is its initial truth), or, after earlier chunks, initially or at a step they
   * noted. Every pledge is plain here, so none has expired, and none is a restraint.
   */
  private void statuses(WordProgram.State st, byte[] out, int[] pledges, boolean gated) {
    long[] w = st.w;
    int last = step - st.base;
    long upTo = (2L << last) - 1; // (2L << 63 is 0: every bit)
    boolean earlier = st.base != 0;
    for (int p : pledges) {
      int slot = k.slot[p];
      long wt = w[k.trigger[p]];
      if (gated && (wt & upTo) == 0) {
        // (one chunk) Never triggered, so never active (active is trigger and activation): DORMANT,
        // and so is every part not blocked, whatever their words, which the code may not have set.
        out[slot] = DORMANT;
        for (int c = k.contributionStart[p]; c < k.contributionStart[p + 1]; c++) {
          out[++slot] = k.blocked[c] ? BLOCKED : DORMANT;
        }
        continue;
      }
      int a = k.active[p];
      long wa = w[a];
      Status status =
          ongoing(
              (wa >>> last & 1) != 0,
              (wa & upTo) != 0 || (earlier && (k.initial[a] || firstSec[a] != NEVER)),
              (wt >>> last & 1) != 0);
      out[slot] = Decisions.encode(status);
      for (int c = k.contributionStart[p]; c < k.contributionStart[p + 1]; c++) {
        int f = k.fire[c];
        long wf = w[f];
        out[++slot] =
            Decisions.encode(
                k.blocked[c]
                    ? Status.BLOCKED
                    : part(
                        status,
                        (w[k.own[c]] >>> last & 1) != 0,
                        (wf & upTo) != 0 || (earlier && (k.initial[f] || firstSec[f] != NEVER)),
                        (wt >>> last & 1) != 0));
      }
    }
  }

  /**
   * After {@link #decideByWords}: whether node {@code n} holds at as-of, read from its word; for
   * every node, not only those statuses read, except after a decision by the code (see there).
   */
  boolean wordHolds(int n) {
    WordProgram.State st = java.util.Objects.requireNonNull(words, "no program");
    return (st.w[n] >>> (step - st.base) & 1) != 0;
  }

  /** After {@link #decideByWords}: whether the scenario's instants up to as-of made one chunk. */
  boolean oneChunk() {
    return java.util.Objects.requireNonNull(words, "no program").base == 0;
  }

  /**
   * After {@link #decideByWords} of one chunk: whether node {@code n} held before any event or at
   * one of its instants, read from its word.
   */
  boolean everHeld(int n) {
    WordProgram.State st = java.util.Objects.requireNonNull(words, "no program");
    return (st.w[n] & ((2L << (step - st.base)) - 1)) != 0;
  }

  /**
   * Runs the program over the chunk of steps since the last and notes the first true instants it
   * shows; then, at the {@code end}, every node's truth after its last step, else starts the next
   * chunk.
   */
  private void chunk(WordProgram program, WordProgram.State st, boolean end) {
    program.run(st);
    long[] w = st.w;
    int last = step - st.base;
    long lastBit = 1L << last;
    // Bits above the last step are not meaningful (the program works bit by bit): not read.
    long atEvents = (lastBit | (lastBit - 1)) & ~1L;
    for (int node : program.read) {
      long bits = w[node];
      if (end) {
        val[node] = (bits & lastBit) != 0;
      }
      long at = bits & atEvents;
      if (at != 0 && firstSec[node] == NEVER) {
        int first = Long.numberOfTrailingZeros(at);
        touch(node);
        firstSec[node] = st.stepSec[first];
        firstNano[node] = st.stepNano[first];
      }
    }
    if (end) {
      return;
    }
    for (int p = 0; p < st.steps.length; p++) {
      long bits = st.steps[p];
      if (bits != 0) {
        int lb = 63 - Long.numberOfLeadingZeros(bits);
        st.beforeSec[p] = st.stepSec[lb];
        st.beforeNano[p] = st.stepNano[lb];
        st.steps[p] = 0;
      }
    }
    st.base = step;
  }

  /**
   * Conditions on statuses, round by round ({@link Kernel#statusRounds}): each round reads the
   * status of pledges already settled at this step, and what it changes is propagated (and watched,
   * for deadlines whose clocks it starts) before the next round reads theirs.
   */
  private void rounds(int from, int to, boolean firstEvent) {
    for (int r = 1; r <= k.statusRounds.length; r++) {
      for (int n : k.statusRounds[r - 1]) {
        boolean now = statusHolds(n, nowSec, nowNano, false);
        if (now != val[n]) {
          val[n] = now;
          changed(n);
        }
      }
      boolean any = propagate(r);
      if (firstEvent) {
        initiallyTrue(r);
      }
      if (any || firstEvent) {
        watch(from, to);
      }
    }
  }

  /**
   * At the first event: the nodes of a round that were true before any event and still are, once
   * the round is final, have been true since that event (their first true instant at an event).
   */
  private void initiallyTrue(int round) {
    boolean rounds = k.statusRounds.length > 0;
    for (int node : k.initiallyTrue) {
      if ((!rounds || k.nodeRound[node] == round) && val[node] && firstSec[node] == NEVER) {
        firstTrue(node);
      }
    }
  }

  /**
   * Whether a {@code STATUS} node holds at {@code t}: the status of the pledge (or contribution) it
   * names, read from this sweep's state, is the node's.
   */
  boolean statusHolds(int n, long tSec, int tNano, boolean atMin) {
    return statusOf(n, tSec, tNano, atMin) == Status.of(STANDINGS[k.k[n]]);
  }

  /** The status of the pledge or contribution a {@code STATUS} node names, at {@code t}. */
  Status statusOf(int n, long tSec, int tNano, boolean atMin) {
    int p = k.patA[n];
    Status pledge = pledge(p, tSec, tNano, atMin);
    int c = k.patB[n];
    return c < 0 ? pledge : contribution(c, p, pledge, tSec, tNano, atMin);
  }

  /**
   * Sets the kernel's truth before any event of its {@code STATUS} nodes and the nodes above them,
   * in node order (topological, the status dependencies included). Called once, by the kernel.
   */
  void settleInitial() {
    boolean[] init = k.initial;
    reset();
    for (int n = 0; n < k.nodeCount; n++) {
      byte kind = k.kind[n];
      if (kind == Kernel.STATUS) {
        init[n] = statusHolds(n, Long.MIN_VALUE, 0, true);
      } else if (kind == Kernel.THRESHOLD || kind == Kernel.NOT) {
        init[n] = k.compose(n, init);
      }
      val[n] = init[n];
    }
  }

  /**
   * The powers exercised by this step's events: each decided on the power's status just before this
   * instant (the state after the last step), then all applied at this instant, suspensions and
   * terminations before resumptions, so that the order of events at one instant does not matter.
   */
  private void exercises() {
    int count = 0;
    for (int f = 0; f < firedCount; f++) {
      int pattern = fired[f];
      for (int power : k.exercisers[pattern]) {
        if (spentSec[power] != NEVER) {
          continue;
        }
        Status before = pledge(power, hadStep ? prevSec : Long.MIN_VALUE, prevNano, !hadStep);
        if (before == Status.ACTIVE) {
          spentEvent[power] = pStepEvent[pattern];
          exercised[count++] = power;
        } else {
          ignoredEvent[power] = pStepEvent[pattern];
          ignoredStatus[power] = before;
        }
      }
    }
    for (int j = 0; j < count; j++) {
      int power = exercised[j];
      spentSec[power] = nowSec;
      spentNano[power] = nowNano;
    }
    for (int resumptions = 0; resumptions < 2; resumptions++) {
      for (int j = 0; j < count; j++) {
        int power = exercised[j];
        io.github.guarantees.model.Power.Action action = k.powerAction[power];
        if ((action == io.github.guarantees.model.Power.Action.RESUME) != (resumptions == 1)) {
          continue;
        }
        int target = k.powerTarget[power];
        if (action == null) {
          throw new AssertionError(power);
        }
        switch (action) {
          case SUSPEND -> {
            if (suspSec[target] == NEVER) {
              suspSec[target] = nowSec;
              suspNano[target] = nowNano;
              suspBy[target] = power;
              suspEvent[target] = spentEvent[power];
            }
          }
          case RESUME -> resume(target);
          case TERMINATE -> {
            for (int q = target < 0 ? 0 : target;
                q < (target < 0 ? k.pledgeCount : target + 1);
                q++) {
              if (termSec[q] == NEVER && (target >= 0 || (!k.survives[q] && q != power))) {
                termSec[q] = nowSec;
                termNano[q] = nowNano;
                termBy[q] = power;
                termEvent[q] = spentEvent[power];
              }
            }
          }
        }
      }
    }
  }

  /** Ends a suspension by a power now; with deadlines paused, the clock's due instant moves on. */
  private void resume(int p) {
    if (suspSec[p] == NEVER) {
      return;
    }
    boolean paused = k.pausesDeadlines && clocked(p);
    if (paused && suspendedSinceClock(p, clockSec(p), clockNano(p), nowSec, nowNano)) {
      int n = pauseNano[p] + spanNano;
      pauseSec[p] = plus(pauseSec[p], spanSec, n);
      pauseNano[p] = n % 1_000_000_000;
    }
    suspSec[p] = NEVER;
    if (paused && k.deadlinePattern[p] >= 0 && due(p, clockSec(p), clockNano(p))) {
      pushViolation(p);
    }
  }

  /** The time of the last {@link #suspendedSinceClock} call that found some. */
  private long spanSec;

  private int spanNano;

  /**
   * Sets {@link #spanSec} and {@link #spanNano} to the time pledge {@code p} has been suspended by
   * a power between the later of its suspension and its clock's start {@code c}, and {@code t}.
   *
   * @return false if it is not suspended, or not for any time after the clock started
   */
  private boolean suspendedSinceClock(int p, long cSec, int cNano, long tSec, int tNano) {
    if (suspSec[p] == NEVER) {
      return false;
    }
    long fromSec = suspSec[p];
    int fromNano = suspNano[p];
    if (cmp(cSec, cNano, fromSec, fromNano) > 0) {
      fromSec = cSec;
      fromNano = cNano;
    }
    if (cmp(fromSec, fromNano, tSec, tNano) >= 0) {
      return false;
    }
    spanSec = tSec - fromSec;
    spanNano = tNano - fromNano;
    if (spanNano < 0) {
      spanNano += 1_000_000_000;
      spanSec--;
    }
    return true;
  }

  /**
   * Schedules the first instant of the violation of the deadline {@link #due} last found: the due
   * instant if excluded, else one nanosecond after it.
   */
  private void pushViolation(int p) {
    int extra = k.excludesDue[p] ? 0 : 1;
    push(plus(dueSec, 0, dueNano + extra), (dueNano + extra) % 1_000_000_000);
  }

  private boolean sameInstant(Instant at) {
    return at.getEpochSecond() == nowSec && at.getNano() == nowNano;
  }

  private void apply(Event e, int index) {
    Kernel.Resolved r = k.triggers.get(e.trigger());
    if (r == null) {
      throw new IllegalArgumentException("undeclared trigger " + e.trigger());
    }
    for (int p : r.any) {
      matched(p, e, index);
    }
    Optional<String> party = e.party();
    if (party.isPresent() && !r.byParty.isEmpty()) {
      int[] byParty = r.byParty.get(party.get());
      if (byParty != null) {
        for (int p : byParty) {
          matched(p, e, index);
        }
      }
    }
    for (int p : r.general) {
      if (matcher.matches(k.patterns.get(p), e)) {
        matched(p, e, index);
      }
    }
  }

  /** An event matched a pattern: the pattern fires this step, and its counters count the event. */
  private void matched(int p, Event e, int index) {
    mark(p, index);
    for (int node : k.counters[p]) {
      Optional<String> who = k.patB[node] == 0 ? e.party() : e.target();
      Integer party = who.isPresent() ? k.parties.get(who.get()) : null;
      if (party != null && !seen[node][party]) {
        seen[node][party] = true;
        seenCount[node]++;
      }
    }
  }

  private void mark(int p, int index) {
    if (pLastStep[p] == step) {
      return;
    }
    if (pFirstStep[p] < 0) {
      pFirstStep[p] = step;
    }
    pLastStep[p] = step;
    pLastSec[p] = nowSec;
    pLastNano[p] = nowNano;
    pStepEvent[p] = index;
    fired[firedCount++] = p;
  }

  private void atoms() {
    for (int f = 0; f < firedCount; f++) {
      int p = fired[f];
      for (int j = k.patternAtomStart[p]; j < k.patternAtomStart[p + 1]; j++) {
        int node = k.patternAtoms[j];
        boolean now = atom(node);
        if (now != val[node]) {
          val[node] = now;
          changed(node);
        }
      }
    }
  }

  private boolean atom(int n) {
    int a = k.patA[n];
    int b = k.patB[n];
    return switch (k.kind[n]) {
      case Kernel.OCCURRED -> true;
      case Kernel.PARTIES -> seenCount[n] >= k.k[n];
      case Kernel.IN_FORCE -> pLastStep[a] >= 0 && pLastStep[b] < pLastStep[a];
      case Kernel.AFTER ->
          val[n] || (pLastStep[a] == step && pFirstStep[b] >= 0 && pFirstStep[b] < step);
      case Kernel.WITHIN ->
          val[n]
              || (pLastStep[a] == step
                  && pLastStep[b] >= 0
                  && cmp(
                          plus(pLastSec[b], k.windowSec[n], pLastNano[b] + k.windowNano[n]),
                          (pLastNano[b] + k.windowNano[n]) % 1_000_000_000,
                          nowSec,
                          nowNano)
                      >= 0);
      default -> throw new AssertionError(k.kind[n]);
    };
  }

  private void changed(int node) {
    if (val[node] && firstSec[node] == NEVER) {
      firstTrue(node);
    }
    for (int j = k.parentStart[node]; j < k.parentStart[node + 1]; j++) {
      int parent = k.parents[j];
      if (!dirty[parent]) {
        dirty[parent] = true;
        int lv = k.level[parent];
        bucket[lv][bucketSize[lv]++] = parent;
      }
    }
  }

  private void firstTrue(int node) {
    touch(node);
    firstSec[node] = nowSec;
    firstNano[node] = nowNano;
    if (k.initial[node]) {
      return;
    }
    for (int p : k.activeOf[node]) {
      clockStarted(p, nowSec, nowNano);
    }
    for (int p : k.sinceOf[node]) {
      termStarted(p, nowSec, nowNano);
    }
    if (node == k.endsWhenNode) {
      endsAgreement(nowSec, nowNano);
    }
    if (node == k.endSinceNode) {
      endLastsFrom(nowSec, nowNano);
    }
  }

  private void propagate() {
    propagate(0);
  }

  /**
   * Recomputes the dirty nodes of rounds up to {@code round}, level by level; a dirty node of a
   * later round (above a condition on a status not read yet) waits for its round, so that no node
   * is computed from a stale status and none is true for a moment it never holds.
   *
   * @return whether some node changed
   */
  private boolean propagate(int round) {
    boolean later = round < k.statusRounds.length;
    for (int j = 0; j < deferredCount; j++) {
      int node = deferred[j];
      int lv = k.level[node];
      bucket[lv][bucketSize[lv]++] = node;
    }
    deferredCount = 0;
    boolean any = false;
    for (int lv = 1; lv < k.levels; lv++) {
      int[] b = bucket[lv];
      for (int j = 0; j < bucketSize[lv]; j++) {
        int node = b[j];
        if (later && k.nodeRound[node] > round) {
          deferred[deferredCount++] = node;
          continue;
        }
        dirty[node] = false;
        boolean now = k.compose(node, val);
        if (now != val[node]) {
          val[node] = now;
          any = true;
          changed(node);
        }
      }
      bucketSize[lv] = 0;
    }
    return any;
  }

  /** Deadlines fulfilled and restraints breached by the events of this step. */
  private void watch(int from, int to) {
    for (int f = 0; f < firedCount; f++) {
      int p = fired[f];
      for (int d : k.deadlineWatchers[p]) {
        if (fulSec[d] == NEVER
            && clocked(d)
            && cmp(clockSec(d), clockNano(d), nowSec, nowNano) <= 0) {
          fulSec[d] = nowSec;
          fulNano[d] = nowNano;
          fulEvent[d] = pStepEvent[p];
        }
      }
      int[] restraints = k.refrainWatchers[p];
      for (int r = 0; r < restraints.length; r++) {
        int pledge = restraints[r];
        // A pledge terminated before this instant can no longer be breached.
        // In effect before any event, or since an instant: a breach from then on counts.
        int active = k.active[pledge];
        if ((firstSec[active] != NEVER || k.initial[active])
            && (termSec[pledge] == NEVER
                || cmp(termSec[pledge], termNano[pledge], nowSec, nowNano) >= 0)
            && (k.survives[pledge]
                || endAtSec == NEVER
                || cmp(endAtSec, endAtNano, nowSec, nowNano) >= 0)) {
          breaches(pledge, k.refrainRanks[p][r], k.patterns.get(p), from, to);
        }
      }
    }
  }

  private void breaches(int pledge, int rank, Occurred pattern, int from, int to) {
    List<Event> es = events;
    if (es == null) {
      return;
    }
    for (int i = from; i < to; i++) {
      Event e = es.get(i);
      if (!matcher.matches(pattern, e)) {
        continue;
      }
      int party = e.party().map(x -> k.parties.getOrDefault(x, -1)).orElse(-1);
      boolean any =
          pattern.actor().isPresent()
              || !k.hasContributors[pledge]
              || (party >= 0 && k.contributorParty[pledge][party]);
      if (any
          && (breachSec[pledge] == NEVER
              || (breachSec[pledge] == nowSec
                  && breachNano[pledge] == nowNano
                  && rank < breachRank[pledge]))) {
        breachSec[pledge] = nowSec;
        breachNano[pledge] = nowNano;
        breachEvent[pledge] = i;
        breachRank[pledge] = rank;
      }
      for (int c = k.contributionStart[pledge]; c < k.contributionStart[pledge + 1]; c++) {
        if (party >= 0
            && k.contributionParty[c] == party
            && (cBreachSec[c] == NEVER
                || (cBreachSec[c] == nowSec
                    && cBreachNano[c] == nowNano
                    && rank < cBreachRank[c]))) {
          cBreachSec[c] = nowSec;
          cBreachNano[c] = nowNano;
          cBreachEvent[c] = i;
          cBreachRank[c] = rank;
        }
      }
    }
  }

  /** Whether the pledge's clocks run: it was active at an event, or always and dated. */
  boolean clocked(int p) {
    return started(k.active[p]);
  }

  long clockSec(int p) {
    return startSec(k.active[p]);
  }

  int clockNano(int p) {
    return startNano(k.active[p]);
  }

  /**
   * Whether the term's duration runs: its {@code since} condition held at an event (or before any,
   * dated), or, without one, the pledge's clocks run ({@link #clocked}).
   */
  boolean termClocked(int p) {
    return started(termNode(p));
  }

  long termClockSec(int p) {
    return startSec(termNode(p));
  }

  int termClockNano(int p) {
    return startNano(termNode(p));
  }

  /** The node whose first holding starts the term's duration: its {@code since}, or activity. */
  private int termNode(int p) {
    return k.termSince[p] >= 0 ? k.termSince[p] : k.active[p];
  }

  /** Whether a clock started by node {@code n} runs: it held at an event, or always and dated. */
  private boolean started(int n) {
    return k.initial[n] ? k.dated : firstSec[n] != NEVER;
  }

  /** When a clock started by node {@code n} starts: its first true instant, or the date. */
  private long startSec(int n) {
    return k.initial[n] ? k.agreementStartSec : firstSec[n];
  }

  private int startNano(int n) {
    return k.initial[n] ? 0 : firstNano[n];
  }

  private void clockStarted(int p, long sec, int nano) {
    if (k.termSince[p] < 0) {
      termStarted(p, sec, nano);
    }
    if (k.deadlinePattern[p] >= 0 && due(p, sec, nano)) {
      pushViolation(p);
    }
  }

  /** The agreement's term ends at {@code (sec, nano)}, unless it ended earlier. */
  private void endsAgreement(long sec, int nano) {
    if (cmp(sec, nano, endAtSec, endAtNano) < 0) {
      endAtSec = sec;
      endAtNano = nano;
    }
  }

  /** The duration of the agreement's term started at {@code (sec, nano)}: it ends after it. */
  private void endLastsFrom(long sec, int nano) {
    int n = nano + k.endLastsNano;
    long endSec = plus(sec, k.endLastsSec, n);
    push(endSec, n % 1_000_000_000);
    endsAgreement(endSec, n % 1_000_000_000);
  }

  /**
   * Whether the agreement's own term ends pledge {@code p} at or before {@code t}: it does not
   * survive termination, and the term ended by then (or its ending condition held before any
   * event).
   */
  boolean agreementEnded(int p, long tSec, int tNano, boolean atMin) {
    return !k.survives[p] && agreementTermEnded(tSec, tNano, atMin);
  }

  /** Whether the agreement's own term has ended at {@code t} ({@link #agreementEnded}). */
  boolean agreementTermEnded(long tSec, int tNano, boolean atMin) {
    if (k.endsWhenNode >= 0 && k.initial[k.endsWhenNode]) {
      return true;
    }
    return !atMin && endAtSec != NEVER && cmp(endAtSec, endAtNano, tSec, tNano) <= 0;
  }

  /**
   * Schedules the end of the term's {@code lastsFor}, its duration started at {@code (sec, nano)}.
   */
  private void termStarted(int p, long sec, int nano) {
    if (k.hasLastsFor[p]) {
      push(
          plus(sec, k.lastsForSec[p], nano + k.lastsForNano[p]),
          (nano + k.lastsForNano[p]) % 1_000_000_000);
    }
  }

  /** The due instant of the last {@link #due} call that found one. */
  private long dueSec;

  private int dueNano;

  /**
   * Sets {@link #dueSec} and {@link #dueNano} to the due instant of pledge {@code p}'s deadline for
   * a clock started at {@code (sec, nano)}.
   *
   * @return false if the deadline has no time limit
   */
  private boolean due(int p, long sec, int nano) {
    switch (k.dueKind[p]) {
      case Kernel.DUE_WITHIN -> {
        int n = nano + k.withinNano[p];
        dueSec = plus(sec, k.withinSec[p], n);
        dueNano = n % 1_000_000_000;
      }
      case Kernel.DUE_AT -> {
        dueSec = k.dueAtSec[p];
        dueNano = k.dueAtNano[p];
      }
      default -> {
        return false;
      }
    }
    if (k.pausesDeadlines) {
      // Moved later by the time suspended by powers since the clock started (ended suspensions).
      int n = dueNano + pauseNano[p];
      dueSec = plus(dueSec, pauseSec[p], n);
      dueNano = n % 1_000_000_000;
    }
    return true;
  }

  /** {@code sec + dSec} plus the seconds carried from {@code nanos}, saturating at the top. */
  static long plus(long sec, long dSec, int nanos) {
    long sum = sec + dSec;
    if (((sec ^ sum) & (dSec ^ sum)) < 0) {
      return Long.MAX_VALUE - 1;
    }
    return sum + nanos / 1_000_000_000;
  }

  static int cmp(long s1, int n1, long s2, int n2) {
    return s1 != s2 ? Long.compare(s1, s2) : Integer.compare(n1, n2);
  }

  private void push(long sec, int nano) {
    int i = heapSize++;
    while (i > 0) {
      int parent = (i - 1) / 2;
      if (cmp(heapSec[parent], heapNano[parent], sec, nano) <= 0) {
        break;
      }
      heapSec[i] = heapSec[parent];
      heapNano[i] = heapNano[parent];
      i = parent;
    }
    heapSec[i] = sec;
    heapNano[i] = nano;
  }

  private void pop() {
    long sec = heapSec[--heapSize];
    int nano = heapNano[heapSize];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= heapSize) {
        break;
      }
      if (child + 1 < heapSize
          && cmp(heapSec[child + 1], heapNano[child + 1], heapSec[child], heapNano[child]) < 0) {
        child++;
      }
      if (cmp(sec, nano, heapSec[child], heapNano[child]) <= 0) {
        break;
      }
      heapSec[i] = heapSec[child];
      heapNano[i] = heapNano[child];
      i = child;
    }
    heapSec[i] = sec;
    heapNano[i] = nano;
  }

  // Trying further events on top of another sweep's state, within a cone of nodes.

  /**
   * Per node: the cone stamp it was last given; a node is in the cone if it has the current one.
   */
  private int @Nullable [] coneStamp;

  private int coneEpoch;
  private int[] coneNodes = new int[0];
  private int coneSize;
  private int[] conePatterns = new int[0];
  private int[] coneAtoms = new int[0];
  private int coneAtomCount;

  /**
   * Whether the cone has an {@code after}, a {@code within} or an {@code inForce}: without one, the
   * roots' truth after added events depends on which events were added, not on their order or
   * instants.
   */
  boolean orderMatters;

  /**
   * Whether events added at one instant can make a root hold where the same events one second
   * apart, in the same order, do not: only through a {@code within}, or a {@code not} over an
   * {@code after} or an {@code inForce} (which events at one instant can keep false). Every other
   * node is monotone in its operands, and {@code occurred}, {@code after} and {@code inForce} are
   * at least as true when the events are apart.
   */
  boolean sharingMatters;

  private boolean within;
  private boolean negation;
  private int conePatternCount;

  /**
   * Restricts this sweep to the cone of {@code roots}: the roots and every node they reach through
   * their operands, and the patterns those nodes read. Only these nodes' truth is kept by {@link
   * #resume} and {@link #addStep}; the conditions of the roots depend on nothing else.
   */
  void cone(int[] roots) {
    int[] stamp = coneStamp;
    if (stamp == null || coneEpoch == Integer.MAX_VALUE) {
      stamp = new int[k.nodeCount];
      coneStamp = stamp;
      coneEpoch = 0;
      // A cone holds each node and each pattern at most once.
      coneNodes = new int[k.nodeCount];
      coneAtoms = new int[k.nodeCount];
      conePatterns = new int[k.patterns.size()];
      canBeTrue = new boolean[k.nodeCount];
      canBeFalse = new boolean[k.nodeCount];
      addedStamp = new int[k.patterns.size()];
    }
    int epoch = ++coneEpoch;
    coneAtomCount = 0;
    orderMatters = false;
    within = false;
    negation = false;
    coneSize = 0;
    conePatternCount = 0;
    for (int r : roots) {
      reach(r, stamp, epoch);
    }
    sharingMatters = within || (negation && orderMatters);
  }

  private void reach(int root, int[] stamp, int epoch) {
    if (stamp[root] == epoch) {
      return;
    }
    stamp[root] = epoch;
    int top = coneSize;
    coneNodes[coneSize++] = root;
    while (top < coneSize) {
      int n = coneNodes[top++];
      byte kind = k.kind[n];
      if (Kernel.reads(kind)) {
        coneAtoms[coneAtomCount++] = n;
        conePattern(k.patA[n]);
        if (Kernel.twoPatterns(kind)) {
          conePattern(k.patB[n]);
        }
      }
      // The atoms that read two patterns (after, within, inForce) are those that read an order.
      orderMatters |= Kernel.twoPatterns(kind);
      within |= kind == Kernel.WITHIN;
      negation |= kind == Kernel.NOT;
      for (int j = k.opStart[n]; j < k.opStart[n + 1]; j++) {
        int o = k.ops[j];
        if (stamp[o] != epoch) {
          stamp[o] = epoch;
          coneNodes[coneSize++] = o;
        }
      }
    }
  }

  private void conePattern(int p) {
    for (int i = 0; i < conePatternCount; i++) {
      if (conePatterns[i] == p) {
        return;
      }
    }
    conePatterns[conePatternCount++] = p;
  }

  /**
   * Per node of the cone: whether some further events could make it true, or false (sized by the
   * first {@link #cone}).
   */
  private boolean[] canBeTrue = new boolean[0];

  private boolean[] canBeFalse = new boolean[0];

  /** Per pattern: the stamp of the last {@link #canHold} call whose additions may match it. */
  private int[] addedStamp = new int[0];

  private int addedEpoch;

  /**
   * Whether further events after {@code base}'s last step could make every root of the cone hold:
   * false only if some root provably cannot. With {@code additions} null any events may be added;
   * otherwise these events are added, every one of them and no other, in any order and at any
   * instants (which patterns they match is read with {@code base}'s matcher): an {@code occurred}
   * that one of them matches is then true for certain, and so is an {@code inForce} whose trigger
   * one of them matches and whose revocation none does. Over-approximates node by node, operands
   * first: an {@code occurred}, {@code after}, {@code within} or {@code atLeastParties} can become
   * true if its (later) event may be added (and its earlier event or anchor happened or may be),
   * and never false again; an {@code inForce} can become true if its trigger may be added (and is
   * not its revocation), false if its revocation may be; a {@code not} can be true if its operand
   * can be false; a threshold of {@code k} can be true if {@code k} operands can, false if all but
   * {@code k - 1} can be false. The roots are those of the last {@link #cone}.
   */
  boolean canHold(Sweep base, int[] roots, @Nullable List<Event> additions) {
    boolean[] t = canBeTrue;
    boolean[] f = canBeFalse;
    int[] added = addedStamp;
    int epoch = ++addedEpoch;
    if (additions != null) {
      Matcher m = base.matcher;
      for (Event e : additions) {
        Kernel.Resolved r = k.triggers.get(e.trigger());
        if (r == null) {
          throw new IllegalArgumentException("undeclared trigger " + e.trigger());
        }
        for (int p : r.any) {
          added[p] = epoch;
        }
        int[] byParty = e.party().isPresent() ? r.byParty.get(e.party().get()) : null;
        if (byParty != null) {
          for (int p : byParty) {
            added[p] = epoch;
          }
        }
        for (int p : r.general) {
          if (m.matches(k.patterns.get(p), e)) {
            added[p] = epoch;
          }
        }
      }
    }
    boolean any = additions == null;
    // Ascending ids are topological: operands before the nodes that use them.
    Arrays.sort(coneNodes, 0, coneSize);
    for (int i = 0; i < coneSize; i++) {
      int n = coneNodes[i];
      boolean v = base.val[n];
      int a = k.patA[n];
      int b = k.patB[n];
      switch (k.kind[n]) {
        case Kernel.ALWAYS -> {
          t[n] = true;
          f[n] = false;
        }
        case Kernel.STATUS -> {
          // A status can change at instants no added event decides: either way.
          t[n] = true;
          f[n] = true;
        }
        case Kernel.OCCURRED -> {
          t[n] = v || any || added[a] == epoch;
          // Every addition is made: an occurrence one of them matches is certain.
          f[n] = !v && added[a] != epoch;
        }
        case Kernel.PARTIES -> {
          t[n] = v || any || added[a] == epoch;
          f[n] = !v;
        }
        case Kernel.AFTER, Kernel.WITHIN -> {
          t[n] = v || any || (added[a] == epoch && (base.pFirstStep[b] >= 0 || added[b] == epoch));
          f[n] = !v;
        }
        case Kernel.IN_FORCE -> {
          t[n] = v || (a != b && (any || added[a] == epoch));
          // A trigger added after every event, and no revocation added: in force for certain.
          boolean certain = !any && a != b && added[a] == epoch && added[b] != epoch;
          f[n] = !certain && (!v || any || added[b] == epoch);
        }
        case Kernel.NOT -> {
          int o = k.ops[k.opStart[n]];
          t[n] = f[o];
          f[n] = t[o];
        }
        default -> {
          int canTrue = 0;
          int canFalse = 0;
          int count = k.opStart[n + 1] - k.opStart[n];
          for (int j = k.opStart[n]; j < k.opStart[n + 1]; j++) {
            canTrue += t[k.ops[j]] ? 1 : 0;
            canFalse += f[k.ops[j]] ? 1 : 0;
          }
          t[n] = canTrue >= k.k[n];
          f[n] = canFalse > count - k.k[n];
        }
      }
    }
    for (int r : roots) {
      if (!t[r]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Takes {@code base}'s state after its last step, for the nodes and patterns of the cone, so that
   * {@link #addStep} continues that sweep with further events, later than every event it saw. The
   * agreement's computed instants are not replayed: no condition node reads them.
   */
  void resume(Sweep base) {
    for (int i = 0; i < coneSize; i++) {
      int n = coneNodes[i];
      val[n] = base.val[n];
    }
    for (int i = 0; i < conePatternCount; i++) {
      int p = conePatterns[i];
      pFirstStep[p] = base.pFirstStep[p];
      pLastStep[p] = base.pLastStep[p];
      pLastSec[p] = base.pLastSec[p];
      pLastNano[p] = base.pLastNano[p];
    }
    for (int i = 0; i < coneAtomCount; i++) {
      int n = coneAtoms[i];
      if (k.kind[n] == Kernel.PARTIES) {
        System.arraycopy(base.seen[n], 0, seen[n], 0, seen[n].length);
        seenCount[n] = base.seenCount[n];
      }
    }
    matcher = base.matcher;
    step = base.step;
    nowSec = base.nowSec;
    nowNano = base.nowNano;
    firedCount = 0;
  }

  /**
   * One further step of a resumed sweep: the events {@code from} to {@code to} of the list, all at
   * {@code at}, later than the last step, matched as the sweep matches its own; updates the cone's
   * nodes (and only them).
   */
  void addStep(Instant at, List<Event> additions, int from, int to) {
    step++;
    nowSec = at.getEpochSecond();
    nowNano = at.getNano();
    firedCount = 0;
    for (int i = from; i < to; i++) {
      apply(additions.get(i), -1);
    }
    int[] stamp = coneStamp;
    if (stamp == null) {
      throw new IllegalStateException("no cone");
    }
    int epoch = coneEpoch;
    // The cone's own atoms, not every atom of the patterns (shared across the whole agreement).
    for (int i = 0; i < coneAtomCount; i++) {
      int node = coneAtoms[i];
      if (pLastStep[k.patA[node]] == step
          || (Kernel.twoPatterns(k.kind[node]) && pLastStep[k.patB[node]] == step)) {
        boolean now = atom(node);
        if (now != val[node]) {
          val[node] = now;
          enqueueParents(node, stamp, epoch);
        }
      }
    }
    for (int lv = 1; lv < k.levels; lv++) {
      int[] b = bucket[lv];
      for (int j = 0; j < bucketSize[lv]; j++) {
        int node = b[j];
        dirty[node] = false;
        boolean now = k.compose(node, val);
        if (now != val[node]) {
          val[node] = now;
          enqueueParents(node, stamp, epoch);
        }
      }
      bucketSize[lv] = 0;
    }
    firedCount = 0;
  }

  private void enqueueParents(int node, int[] stamp, int epoch) {
    for (int j = k.parentStart[node]; j < k.parentStart[node + 1]; j++) {
      int parent = k.parents[j];
      if (stamp[parent] == epoch && !dirty[parent]) {
        dirty[parent] = true;
        int lv = k.level[parent];
        bucket[lv][bucketSize[lv]++] = parent;
      }
    }
  }

  // Statuses, read from the step functions at an instant t at or after the last step.

  /** A pledge's status at {@code t}; {@code atMin} for the state before any event. */
  Status pledge(int p, long tSec, int tNano, boolean atMin) {
    if (k.plain[p]) {
      return ongoing(p, atMin);
    }
    if (k.endsAtSec[p] != NEVER && cmp(k.endsAtSec[p], k.endsAtNano[p], tSec, tNano) <= 0) {
      return Status.EXPIRED;
    }
    int ends = k.endsWhen[p];
    if (ends >= 0 && (k.initial[ends] || (!atMin && firstSec[ends] != NEVER))) {
      return Status.EXPIRED;
    }
    if (!k.survives[p] && k.endsWhenNode >= 0 && k.initial[k.endsWhenNode]) {
      return Status.EXPIRED;
    }
    if (k.hasLastsFor[p] && !atMin && termClocked(p)) {
      int nano = termClockNano(p) + k.lastsForNano[p];
      if (cmp(plus(termClockSec(p), k.lastsForSec[p], nano), nano % 1_000_000_000, tSec, tNano)
          <= 0) {
        return Status.EXPIRED;
      }
    }
    if (!atMin && spentSec[p] != NEVER && cmp(spentSec[p], spentNano[p], tSec, tNano) <= 0) {
      return Status.FULFILLED;
    }
    // Terminated by a power or by the agreement's end, whichever came first: what was decided by
    // then stays; anything else has expired.
    boolean byPower =
        !atMin && termSec[p] != NEVER && cmp(termSec[p], termNano[p], tSec, tNano) <= 0;
    boolean byEnd = agreementEnded(p, tSec, tNano, atMin);
    boolean ended = byPower || byEnd;
    if (byEnd && (!byPower || cmp(endAtSec, endAtNano, termSec[p], termNano[p]) < 0)) {
      tSec = endAtSec;
      tNano = endAtNano;
    } else if (byPower) {
      tSec = termSec[p];
      tNano = termNano[p];
    }
    Status decided = decided(p, tSec, tNano, atMin);
    if (decided != null) {
      return decided;
    }
    if (ended) {
      return Status.EXPIRED;
    }
    if (!atMin && suspSec[p] != NEVER) {
      return Status.SUSPENDED;
    }
    return ongoing(p, atMin);
  }

  /** FULFILLED or VIOLATED if the deadline or restraint is decided at {@code t}, else null. */
  private @Nullable Status decided(int p, long tSec, int tNano, boolean atMin) {
    if (k.deadlinePattern[p] >= 0) {
      boolean clock = !atMin && clocked(p);
      long cSec = clockSec(p);
      int cNano = clockNano(p);
      if (clock && cmp(cSec, cNano, tSec, tNano) <= 0) {
        boolean fulfilledBy = fulSec[p] != NEVER && cmp(fulSec[p], fulNano[p], tSec, tNano) <= 0;
        if (!due(p, cSec, cNano)) {
          if (fulfilledBy) {
            return Status.FULFILLED;
          }
        } else {
          // Suspended now: the due instant moves on with the time suspended since the clock began.
          if (!atMin && k.pausesDeadlines && suspendedSinceClock(p, cSec, cNano, tSec, tNano)) {
            int n = dueNano + spanNano;
            dueSec = plus(dueSec, spanSec, n);
            dueNano = n % 1_000_000_000;
          }
          // In time: at or before the due instant, or strictly before it if it is excluded.
          int late = k.excludesDue[p] ? 0 : 1;
          if (fulfilledBy && cmp(fulSec[p], fulNano[p], dueSec, dueNano) < late) {
            return Status.FULFILLED;
          }
          if (cmp(tSec, tNano, dueSec, dueNano) >= late) {
            return Status.VIOLATED;
          }
        }
      }
    } else if (k.restraint[p]
        && breachSec[p] != NEVER
        && cmp(breachSec[p], breachNano[p], tSec, tNano) <= 0) {
      return Status.VIOLATED;
    }
    return null;
  }

  private Status ongoing(int p, boolean atMin) {
    int a = k.active[p];
    return ongoing(val[a], !atMin && (k.initial[a] || firstSec[a] != NEVER), val[k.trigger[p]]);
  }

  /**
   * The status of a pledge that nothing has ended, decided or suspended: ACTIVE while its
   * activation holds, SUSPENDED once it held and no longer does, else PENDING or DORMANT as its
   * trigger holds or not.
   *
   * @param active whether the pledge's activation (trigger and conditions) holds now
   * @param wasActive whether it held at some instant up to now
   * @param triggered whether its trigger holds now
   */
  static Status ongoing(boolean active, boolean wasActive, boolean triggered) {
    if (active) {
      return Status.ACTIVE;
    }
    if (wasActive) {
      return Status.SUSPENDED;
    }
    return triggered ? Status.PENDING : Status.DORMANT;
  }

  /**
   * A contribution's status from its pledge's ({@code base}, neither EXPIRED nor a breach of its
   * own) and its own conditions: the pledge's if not ACTIVE or SUSPENDED; ACTIVE if the pledge is
   * and the contribution's own conditions hold; else SUSPENDED if it once fired, else PENDING or
   * DORMANT as the pledge's trigger holds.
   *
   * @param base the status its pledge gives it
   * @param own whether its own conditions (caveats, approvals) hold now
   * @param fired whether it fired (pledge active and own conditions met) at some instant up to now
   * @param triggered whether the pledge's trigger holds now
   */
  static Status part(Status base, boolean own, boolean fired, boolean triggered) {
    if (base != Status.ACTIVE && base != Status.SUSPENDED) {
      return base;
    }
    if (base == Status.ACTIVE && own) {
      return Status.ACTIVE;
    }
    if (fired) {
      return Status.SUSPENDED;
    }
    return triggered ? Status.PENDING : Status.DORMANT;
  }

  /** A contribution's status, given its pledge's. */
  Status contribution(int c, int p, Status pledge, long tSec, int tNano, boolean atMin) {
    if (pledge == Status.EXPIRED) {
      return Status.EXPIRED;
    }
    if (k.blocked[c]) {
      return Status.BLOCKED;
    }
    Status base = pledge;
    if (k.restraint[p]) {
      if (cBreachSec[c] != NEVER) {
        return Status.VIOLATED;
      }
      if (base == Status.VIOLATED) {
        // Another party breached it: this party's part is where the pledge would otherwise be.
        base =
            (!atMin && termSec[p] != NEVER) || agreementEnded(p, tSec, tNano, atMin)
                ? Status.EXPIRED
                : !atMin && suspSec[p] != NEVER ? Status.SUSPENDED : ongoing(p, atMin);
      }
    }
    int f = k.fire[c];
    return part(
        base, val[k.own[c]], !atMin && (k.initial[f] || firstSec[f] != NEVER), val[k.trigger[p]]);
  }
}
