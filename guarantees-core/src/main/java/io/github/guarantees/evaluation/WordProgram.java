package io.github.guarantees.evaluation;

import static io.github.guarantees.evaluation.Kernel.NEVER;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A kernel's condition nodes as a straight program over words, for decisions without explanations
 * ({@link Sweep#decideByWords}): bit {@code s} of a node's word is its truth after the {@code s}-th
 * event instant of a chunk of up to {@value #STEPS} (bit 0: before the chunk), so one pass over the
 * nodes gives each node's step function over the whole chunk. The nodes are grouped by level
 * (operands first) and, within a level, by kind, so that each group is one tight loop with no
 * dispatch: {@code not} is a complement, {@code allOf} an {@code and} and {@code anyOf} an {@code
 * or} of whole words (two operands at a time), {@code atLeast} a count, and each atom its rule of
 * {@link Sweep#atom} read off the steps at which its patterns matched, carrying what the chunk
 * before left (an atom true at its end, a pattern's last match). Nodes in no group are constant (an
 * {@code always}, a threshold no count meets, an {@code inForce} revoked by its own trigger): their
 * word is their truth before any event.
 *
 * <p>It applies only where the events' instants are the only change points and statuses read
 * nothing but condition truths ({@link #of}); elsewhere the sweep decides. Immutable: the words are
 * a {@link State}'s.
 */
final class WordProgram {
  /** The most event instants a chunk holds: bits 1 to 63 of a word. */
  static final int STEPS = 63;

  /**
   * The seconds a chunk's instants may span for the first chunk's {@code within} to count in
   * nanoseconds (about 285 years; a longer span counts in seconds and nanoseconds apart).
   */
  static final long SPAN_SEC = 9_000_000_000L;

  private final int[] occurred;
  final int[] occurredPattern;
  private final int[] parties;
  private final int[] after;
  final int[] afterA;
  final int[] afterB;
  private final int[] within;
  final int[] withinA;
  final int[] withinB;
  final long[] withinSec;
  final int[] withinNano;

  /** Per {@code within}, its window in nanoseconds, or {@code Long.MAX_VALUE} if longer. */
  final long[] withinSpan;

  private final int[] inForce;
  final int[] inForceA;
  final int[] inForceB;

  /** Per level from 1: the {@code not} nodes and their operands. */
  private final int[][] not;

  private final int[][] notOperand;

  /** Per level from 1: the thresholds of each shape, with their operands ({@link Group}). */
  private final Group[] all;

  private final Group[] any;
  private final Group[] atLeast;

  /** The largest count an {@code atLeast} needs: the scratch's length less one. */
  final int widest;

  /** Per node, how the program computes its word: one of the {@code OP_} constants. */
  final byte[] op;

  /**
   * Per node, where its rule is: for an atom, its index in its kind's columns; for an {@code
   * atLeast}, its index in its level's group; otherwise 0.
   */
  final int[] at;

  static final byte OP_CONSTANT = 0;
  static final byte OP_OCCURRED = 1;
  static final byte OP_PARTIES = 2;
  static final byte OP_AFTER = 3;
  static final byte OP_WITHIN = 4;
  static final byte OP_IN_FORCE = 5;
  static final byte OP_NOT = 6;
  static final byte OP_ALL = 7;
  static final byte OP_ANY = 8;
  static final byte OP_AT_LEAST = 9;

  /**
   * The nodes statuses read (the truth now, and whether and when first true): every pledge's
   * trigger and firing, every contribution's own condition and firing.
   */
  final int[] read;

  /** Every pledge, and the pledges with contributions, in order. */
  final int[] pledges;

  final int[] pledgesWithParts;

  /**
   * Thresholds of one shape at one level: for {@code allOf} and {@code anyOf}, node {@code pair[i]}
   * over operands {@code pairA[i]} and {@code pairB[i]}, one pair at a time with no inner loop (a
   * node of more operands is a chain of pairs); for {@code atLeast}, node {@code node[i]} over
   * operands in CSR form.
   */
  private static final class Group {
    final int[] pair;
    final int[] pairA;
    final int[] pairB;
    final int[] node;
    final int[] need;
    final int[] start;
    final int[] ops;

    Group(int[][] pairs, int[] node, int[] need, int[] start, int[] ops) {
      this.pair = pairs[0];
      this.pairA = pairs[1];
      this.pairB = pairs[2];
      this.node = node;
      this.need = need;
      this.start = start;
      this.ops = ops;
    }
  }

  private WordProgram(Kernel k) {
    List<int[]> occ = new ArrayList<>();
    List<Integer> par = new ArrayList<>();
    List<int[]> aft = new ArrayList<>();
    List<int[]> win = new ArrayList<>();
    List<int[]> inf = new ArrayList<>();
    int levels = k.levels;
    List<List<int[]>> nots = new ArrayList<>();
    List<List<Integer>> alls = new ArrayList<>();
    List<List<Integer>> anys = new ArrayList<>();
    List<List<Integer>> atLeasts = new ArrayList<>();
    for (int lv = 0; lv < levels; lv++) {
      nots.add(new ArrayList<>());
      alls.add(new ArrayList<>());
      anys.add(new ArrayList<>());
      atLeasts.add(new ArrayList<>());
    }
    int wide = 0;
    op = new byte[k.nodeCount];
    at = new int[k.nodeCount];
    for (int n = 0; n < k.nodeCount; n++) {
      int a = k.patA[n];
      int b = k.patB[n];
      int lv = k.level[n];
      int count = k.opStart[n + 1] - k.opStart[n];
      switch (k.kind[n]) {
        case Kernel.OCCURRED -> {
          op[n] = OP_OCCURRED;
          at[n] = occ.size();
          occ.add(new int[] {n, a});
        }
        case Kernel.PARTIES -> {
          if (!k.initial[n]) {
            op[n] = OP_PARTIES;
            par.add(n);
          }
        }
        case Kernel.AFTER -> {
          op[n] = OP_AFTER;
          at[n] = aft.size();
          aft.add(new int[] {n, a, b});
        }
        case Kernel.WITHIN -> {
          op[n] = OP_WITHIN;
          at[n] = win.size();
          win.add(new int[] {n, a, b});
        }
        case Kernel.IN_FORCE -> {
          if (a != b) {
            op[n] = OP_IN_FORCE;
            at[n] = inf.size();
            inf.add(new int[] {n, a, b});
          }
        }
        case Kernel.NOT -> {
          op[n] = OP_NOT;
          nots.get(lv).add(new int[] {n, k.ops[k.opStart[n]]});
        }
        case Kernel.THRESHOLD -> {
          int need = k.k[n];
          if (need == count && need > 0) {
            op[n] = OP_ALL;
            alls.get(lv).add(n);
          } else if (need == 1) {
            op[n] = OP_ANY;
            anys.get(lv).add(n);
          } else if (need > 0 && need < count) {
            op[n] = OP_AT_LEAST;
            at[n] = atLeasts.get(lv).size();
            atLeasts.get(lv).add(n);
            wide = Math.max(wide, need);
          }
        }
        case Kernel.ALWAYS -> {}
        default -> throw new IllegalArgumentException("no words for node kind " + k.kind[n]);
      }
    }
    occurred = column(occ, 0);
    occurredPattern = column(occ, 1);
    parties = par.stream().mapToInt(x -> x).toArray();
    after = column(aft, 0);
    afterA = column(aft, 1);
    afterB = column(aft, 2);
    within = column(win, 0);
    withinA = column(win, 1);
    withinB = column(win, 2);
    withinSec = Arrays.stream(within).mapToLong(n -> k.windowSec[n]).toArray();
    withinNano = Arrays.stream(within).map(n -> k.windowNano[n]).toArray();
    withinSpan = new long[within.length];
    for (int i = 0; i < within.length; i++) {
      withinSpan[i] =
          withinSec[i] >= SPAN_SEC ? Long.MAX_VALUE : withinSec[i] * 1_000_000_000L + withinNano[i];
    }
    inForce = column(inf, 0);
    inForceA = column(inf, 1);
    inForceB = column(inf, 2);
    not = new int[levels][];
    notOperand = new int[levels][];
    all = new Group[levels];
    any = new Group[levels];
    atLeast = new Group[levels];
    for (int lv = 0; lv < levels; lv++) {
      not[lv] = column(nots.get(lv), 0);
      notOperand[lv] = column(nots.get(lv), 1);
      all[lv] = group(k, alls.get(lv), true);
      any[lv] = group(k, anys.get(lv), true);
      atLeast[lv] = group(k, atLeasts.get(lv), false);
    }
    widest = wide;
    int[] reads = new int[2 * (k.pledgeCount + k.contributionCount)];
    System.arraycopy(k.trigger, 0, reads, 0, k.pledgeCount);
    System.arraycopy(k.active, 0, reads, k.pledgeCount, k.pledgeCount);
    System.arraycopy(k.own, 0, reads, 2 * k.pledgeCount, k.contributionCount);
    System.arraycopy(
        k.fire, 0, reads, 2 * k.pledgeCount + k.contributionCount, k.contributionCount);
    read = Arrays.stream(reads).distinct().sorted().toArray();
    pledges = java.util.stream.IntStream.range(0, k.pledgeCount).toArray();
    pledgesWithParts =
        Arrays.stream(pledges)
            .filter(p -> k.contributionStart[p] < k.contributionStart[p + 1])
            .toArray();
  }

  /**
   * The program of a kernel whose statuses the words decide, or null: an agreement with conditions
   * on statuses, or a pledge that is not {@linkplain Kernel#plain plain} (a term, a deadline, a
   * restraint, a power, an end of the agreement's term), has change points the agreement computes
   * or statuses that read more, and is swept.
   */
  static @Nullable WordProgram of(Kernel k) {
    for (boolean plain : k.plain) {
      if (!plain) {
        return null;
      }
    }
    for (int n = 0; n < k.nodeCount; n++) {
      if (k.kind[n] == Kernel.STATUS) {
        return null;
      }
    }
    return new WordProgram(k);
  }

  private static int[] column(List<int[]> rows, int c) {
    int[] out = new int[rows.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = rows.get(i)[c];
    }
    return out;
  }

  /**
   * The group of {@code nodes}: if {@code pairs} (an {@code and} or {@code or} of whole words),
   * each node as a chain of pairs, its first two operands and then the node itself with each
   * further operand in turn (a node of one operand is that operand twice); otherwise in CSR form.
   */
  private static Group group(Kernel k, List<Integer> nodes, boolean pairs) {
    List<int[]> two = new ArrayList<>();
    List<Integer> rest = new ArrayList<>();
    for (int n : nodes) {
      if (pairs) {
        int from = k.opStart[n];
        int to = k.opStart[n + 1];
        two.add(new int[] {n, k.ops[from], k.ops[to - from == 1 ? from : from + 1]});
        for (int j = from + 2; j < to; j++) {
          two.add(new int[] {n, n, k.ops[j]});
        }
      } else {
        rest.add(n);
      }
    }
    int[][] pairColumns = {column(two, 0), column(two, 1), column(two, 2)};
    int[] node = rest.stream().mapToInt(x -> x).toArray();
    int[] need = new int[node.length];
    int[] start = new int[node.length + 1];
    for (int i = 0; i < node.length; i++) {
      need[i] = k.k[node[i]];
      start[i + 1] = start[i] + k.opStart[node[i] + 1] - k.opStart[node[i]];
    }
    int[] ops = new int[start[node.length]];
    for (int i = 0; i < node.length; i++) {
      System.arraycopy(k.ops, k.opStart[node[i]], ops, start[i], start[i + 1] - start[i]);
    }
    return new Group(pairColumns, node, need, start, ops);
  }

  /**
   * The words and steps a program reads and writes, for one sweep (one thread at a time). The
   * events are taken in chunks of at most {@link #STEPS} instants: bit {@code s} of a node's word
   * is its truth after the chunk's {@code s}-th instant, and bit 0 its truth before the chunk
   * (after the last instant of the one before, or before any event).
   */
  static final class State {
    /** Per node, its word for the current chunk; the constant nodes' set once. */
    final long[] w;

    /** Per pattern, the chunk's steps at which an event matched it. */
    final long[] steps;

    /** Per {@code atLeastParties} node, the step (counted from the first) it counted enough at. */
    final int[] partiesStep;

    /** Per step of the chunk, its instant. */
    final long[] stepSec = new long[STEPS + 1];

    final int[] stepNano = new int[STEPS + 1];

    /**
     * Per step of the chunk, the nanoseconds since its first step, if {@link #spanFits}: the
     * instants are less than {@link #SPAN_SEC} seconds apart.
     */
    final long[] stepAt = new long[STEPS + 1];

    boolean spanFits;

    /** Per pattern, the instant of its last match before the chunk, or {@code NEVER}. */
    final long[] beforeSec;

    final int[] beforeNano;

    /** The steps before the chunk; 0 for the first chunk, whose bit 0 is before any event. */
    int base;

    final long[] scratch;

    /** Notes the instant of the chunk's {@code local}-th step (from 1, in order). */
    void step(int local, long sec, int nano) {
      stepSec[local] = sec;
      stepNano[local] = nano;
      long since = sec - stepSec[1];
      if (local == 1) {
        spanFits = true;
      } else if (since >= SPAN_SEC) {
        spanFits = false;
      }
      stepAt[local] = since * 1_000_000_000L + (nano - stepNano[1]);
    }

    State(WordProgram program, Kernel k) {
      w = new long[k.nodeCount];
      for (int n = 0; n < w.length; n++) {
        w[n] = k.initial[n] ? -1L : 0L;
      }
      steps = new long[k.patterns.size()];
      partiesStep = new int[k.nodeCount];
      beforeSec = new long[k.patterns.size()];
      beforeNano = new int[k.patterns.size()];
      scratch = new long[program.widest + 1];
    }
  }

  /**
   * The atoms' words in the first chunk: nothing matched before it, and bit 0 is every atom's
   * initial truth (false), so each rule needs only this chunk's steps.
   */
  private void firstAtoms(State st) {
    long[] w = st.w;
    long[] steps = st.steps;
    for (int i = 0; i < occurred.length; i++) {
      w[occurred[i]] = occurredFirst(steps[occurredPattern[i]]);
    }
    for (int n : parties) {
      w[n] = partiesFirst(st, n);
    }
    for (int i = 0; i < after.length; i++) {
      w[after[i]] = afterFirst(steps[afterA[i]], steps[afterB[i]]);
    }
    for (int i = 0; i < within.length; i++) {
      w[within[i]] =
          withinFirst(
              st,
              steps[withinA[i]],
              steps[withinB[i]],
              withinB[i],
              withinSec[i],
              withinNano[i],
              withinSpan[i]);
    }
    for (int i = 0; i < inForce.length; i++) {
      w[inForce[i]] = inForceFirst(steps[inForceA[i]], steps[inForceB[i]]);
    }
  }

  /** An {@code occurred} in the first chunk, its pattern matched at {@code as}. */
  static long occurredFirst(long as) {
    return -Long.lowestOneBit(as);
  }

  /** An {@code atLeastParties} node {@code n} in the first chunk. */
  static long partiesFirst(State st, int n) {
    return st.partiesStep[n] == 0 ? 0 : -(1L << st.partiesStep[n]);
  }

  /** An {@code after} in the first chunk, its patterns matched at {@code as} and {@code bs}. */
  static long afterFirst(long as, long bs) {
    // From the first step of a later than b's first step (none if b has none: no branch).
    return -Long.lowestOneBit(as & -(Long.lowestOneBit(bs) << 1));
  }

  /**
   * A {@code within} in the first chunk (window {@code span} nanoseconds, or {@code windowSec} and
   * {@code windowNano}): only a step of a at or after b's first step can be within the window of a
   * b, whose latest match is then in the chunk.
   */
  static long withinFirst(
      State st, long as, long bs, int b, long windowSec, int windowNano, long span) {
    long candidates = as & -Long.lowestOneBit(bs);
    if (candidates == 0 || !st.spanFits) {
      return candidates == 0 ? 0 : within(st, candidates, bs, b, windowSec, windowNano);
    }
    for (long rest = candidates; rest != 0; rest &= rest - 1) {
      int s = Long.numberOfTrailingZeros(rest);
      int latest = 63 - Long.numberOfLeadingZeros(bs & ((2L << s) - 1));
      if (st.stepAt[s] - st.stepAt[latest] <= span) {
        return -(1L << s);
      }
    }
    return 0;
  }

  /** An {@code inForce} in the first chunk (not in force before it). */
  static long inForceFirst(long as, long bs) {
    return inForce(as, bs, false);
  }

  /** Sets the word of the {@code i}-th {@code atLeast} node of level {@code lv}. */
  void atLeastAt(long[] w, State st, int lv, int i) {
    Group g = atLeast[lv];
    w[g.node[i]] = atLeast(w, g.ops, g.start[i], g.start[i + 1], g.need[i], st.scratch);
  }

  /** The atoms' words in a later chunk, from its steps and what the chunk before left. */
  private void laterAtoms(State st) {
    long[] w = st.w;
    long[] steps = st.steps;
    for (int i = 0; i < occurred.length; i++) {
      int n = occurred[i];
      w[n] = w[n] < 0 ? -1L : -Long.lowestOneBit(steps[occurredPattern[i]]);
    }
    for (int n : parties) {
      int s = st.partiesStep[n] - st.base;
      w[n] = st.partiesStep[n] == 0 ? 0 : s <= 0 ? -1L : -(1L << s);
    }
    for (int i = 0; i < after.length; i++) {
      int n = after[i];
      if (w[n] < 0) {
        w[n] = -1L;
      } else if (st.beforeSec[afterB[i]] != NEVER) {
        // b matched before the chunk: any a in it is later.
        w[n] = -Long.lowestOneBit(steps[afterA[i]]);
      } else {
        // From the first step of a later than b's first step (none if b has none: no branch).
        w[n] = -Long.lowestOneBit(steps[afterA[i]] & -(Long.lowestOneBit(steps[afterB[i]]) << 1));
      }
    }
    for (int i = 0; i < within.length; i++) {
      int n = within[i];
      w[n] =
          w[n] < 0
              ? -1L
              : within(
                  st,
                  steps[withinA[i]],
                  steps[withinB[i]],
                  withinB[i],
                  withinSec[i],
                  withinNano[i]);
    }
    for (int i = 0; i < inForce.length; i++) {
      int n = inForce[i];
      w[n] = inForce(steps[inForceA[i]], steps[inForceB[i]], w[n] < 0);
    }
  }

  /**
   * Sets the word of every node the program computes for the state's chunk, from the steps at which
   * each pattern matched and, for bit 0, the last chunk's words (its last bit) and patterns.
   */
  void run(State st) {
    if (st.base == 0) {
      firstAtoms(st);
    } else {
      laterAtoms(st);
    }
    long[] w = st.w;
    for (int lv = 1; lv < not.length; lv++) {
      int[] ns = not[lv];
      int[] os = notOperand[lv];
      for (int i = 0; i < ns.length; i++) {
        w[ns[i]] = ~w[os[i]];
      }
      // (a chain's later pairs read the node its earlier ones wrote: the loop keeps their order)
      Group g = all[lv];
      for (int i = 0; i < g.pair.length; i++) {
        w[g.pair[i]] = w[g.pairA[i]] & w[g.pairB[i]];
      }
      g = any[lv];
      for (int i = 0; i < g.pair.length; i++) {
        w[g.pair[i]] = w[g.pairA[i]] | w[g.pairB[i]];
      }
      for (int i = 0; i < atLeast[lv].node.length; i++) {
        atLeastAt(w, st, lv, i);
      }
    }
  }

  /**
   * A {@code within}: from the first of the steps {@code as} (of its event's pattern) at which the
   * latest match of its anchor's pattern {@code b} (at steps {@code bs} of this chunk, at or before
   * that step, or before the chunk) is at most the window before it.
   */
  private static long within(State st, long as, long bs, int b, long windowSec, int windowNano) {
    if (as == 0 || (bs == 0 && st.beforeSec[b] == NEVER)) {
      return 0;
    }
    for (long rest = as; rest != 0; rest &= rest - 1) {
      int s = Long.numberOfTrailingZeros(rest);
      long before = bs & ((2L << s) - 1);
      long bSec;
      int bNano;
      if (before != 0) {
        int lb = 63 - Long.numberOfLeadingZeros(before);
        bSec = st.stepSec[lb];
        bNano = st.stepNano[lb];
      } else if (st.beforeSec[b] != NEVER) {
        bSec = st.beforeSec[b];
        bNano = st.beforeNano[b];
      } else {
        continue;
      }
      int nano = bNano + windowNano;
      long endSec = Sweep.plus(bSec, windowSec, nano);
      if (Sweep.cmp(endSec, nano % 1_000_000_000, st.stepSec[s], st.stepNano[s]) >= 0) {
        return -(1L << s);
      }
    }
    return 0;
  }

  /**
   * An {@code inForce} (trigger {@code a}, revocation {@code b}, distinct), in force before the
   * chunk or not: from a step at which {@code a} matched and {@code b} did not, until a step at
   * which {@code b} matched.
   */
  private static long inForce(long as, long bs, boolean before) {
    // Each step at which a matched alone (and bit 0 if in force before) sets it, each step at which
    // b matched resets it. Adding a set bit, shifted one up, to the idle steps (neither set nor
    // reset) above it carries it through them to the next reset: the bits the carry flipped are
    // the steps in force (a reset among them is not), with no loop and no branch on the steps.
    long on = (as & ~bs) | (before ? 1L : 0L);
    long idle = ~(bs | on);
    return (((idle + (on << 1)) ^ idle) & ~bs) | on;
  }

  /**
   * At least {@code need} of the operands {@code ops[from..to)} true, step by step: {@code ge[c]}
   * holds the steps at which at least {@code c} of the operands so far are true.
   */
  private static long atLeast(long[] w, int[] ops, int from, int to, int need, long[] ge) {
    Arrays.fill(ge, 1, need + 1, 0);
    for (int j = from; j < to; j++) {
      long x = w[ops[j]];
      for (int c = Math.min(need, j - from + 1); c > 1; c--) {
        ge[c] |= ge[c - 1] & x;
      }
      ge[1] |= x;
    }
    return ge[need];
  }
}
