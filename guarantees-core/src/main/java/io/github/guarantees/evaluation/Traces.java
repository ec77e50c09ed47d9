package io.github.guarantees.evaluation;

import com.google.common.collect.ImmutableList;
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
import io.github.guarantees.scenario.Event;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds explanation trees in one traversal whose context is the kernel's sweep: every node's truth
 * is the kernel's (read from its compiled node), and the events that made it so are looked up in
 * the event index as witnesses. Nothing here decides a truth value. The traversal also collects the
 * {@code not}s that are broken, for the explanation's obstacles. Recursion is bounded by {@link
 * Condition#MAX_DEPTH}.
 */
final class Traces implements GenericConditionVisitor<ConditionTrace, Traces.Context> {
  static final Traces INSTANCE = new Traces();

  private Traces() {}

  /** What a traversal reads and collects. */
  static final class Context {
    final Sweep sweep;
    final EventIndex index;
    final Instant cutoff;
    final List<ConditionTrace> brokenNots;

    Context(Sweep sweep, EventIndex index, Instant cutoff, List<ConditionTrace> brokenNots) {
      this.sweep = sweep;
      this.index = index;
      this.cutoff = cutoff;
      this.brokenNots = brokenNots;
    }

    boolean holds(Condition c) {
      return sweep.val[sweep.k.id(c)];
    }
  }

  static ConditionTrace trace(Condition c, Context context) {
    return c.accept(INSTANCE, context);
  }

  private static ConditionTrace leaf(
      Condition c, boolean holds, ImmutableList<Event> events, String why) {
    return new ConditionTrace(c, holds, events, why, ImmutableList.of());
  }

  private ImmutableList<ConditionTrace> operands(Iterable<Condition> operands, Context x) {
    ImmutableList.Builder<ConditionTrace> out = ImmutableList.builder();
    for (Condition o : operands) {
      out.add(o.accept(this, x));
    }
    return out.build();
  }

  private static int count(ImmutableList<ConditionTrace> traces) {
    int n = 0;
    for (ConditionTrace t : traces) {
      n += t.holds() ? 1 : 0;
    }
    return n;
  }

  private static ConditionTrace node(
      Condition c, boolean holds, String why, ImmutableList<ConditionTrace> operands) {
    return new ConditionTrace(c, holds, ImmutableList.of(), why, operands);
  }

  @Override
  public ConditionTrace visitAlways(Always c, Context x) {
    return leaf(c, x.holds(c), ImmutableList.of(), "holds unconditionally");
  }

  @Override
  public ConditionTrace visitOccurred(Occurred c, Context x) {
    ImmutableList<Event> events = x.index.all(c, x.cutoff);
    boolean holds = x.holds(c);
    return leaf(c, holds, events, holds ? "first at " + events.get(0).at() : "no such event yet");
  }

  @Override
  public ConditionTrace visitAllOf(AllOf c, Context x) {
    ImmutableList<ConditionTrace> ops = operands(c.operands(), x);
    return node(c, x.holds(c), CauseText.counted("all", ops.size(), count(ops)), ops);
  }

  @Override
  public ConditionTrace visitAnyOf(AnyOf c, Context x) {
    ImmutableList<ConditionTrace> ops = operands(c.operands(), x);
    return node(c, x.holds(c), CauseText.counted("any", ops.size(), count(ops)), ops);
  }

  @Override
  public ConditionTrace visitNot(Not c, Context x) {
    ConditionTrace op = c.operand().accept(this, x);
    boolean holds = x.holds(c);
    ConditionTrace out =
        node(
            c,
            holds,
            holds ? "not: the negated condition fails" : "not: broken, the negated condition holds",
            ImmutableList.of(op));
    if (!holds) {
      x.brokenNots.add(out);
    }
    return out;
  }

  @Override
  public ConditionTrace visitAtLeast(AtLeast c, Context x) {
    ImmutableList<ConditionTrace> ops = operands(c.operands(), x);
    return node(c, x.holds(c), CauseText.counted("at least " + c.k(), ops.size(), count(ops)), ops);
  }

  @Override
  public ConditionTrace visitInForce(InForce c, Context x) {
    boolean holds = x.holds(c);
    Event latest = x.index.latest(c.trigger(), x.cutoff);
    if (latest == null) {
      return leaf(c, holds, ImmutableList.of(), "no " + c.trigger().trigger() + " yet");
    }
    Event revoked = x.index.firstBetween(c.revokedBy(), latest.at(), x.cutoff);
    if (!holds && revoked != null) {
      return leaf(
          c,
          holds,
          ImmutableList.of(latest, revoked),
          "revoked: " + revoked + " is at or after the latest " + latest);
    }
    return leaf(c, holds, ImmutableList.of(latest), "in force since " + latest.at());
  }

  @Override
  public ConditionTrace visitAfter(After c, Context x) {
    boolean holds = x.holds(c);
    Event earliest = x.index.first(c.earlier(), x.cutoff);
    Event latest = x.index.latest(c.later(), x.cutoff);
    if (earliest == null) {
      return leaf(c, holds, ImmutableList.of(), "no " + c.earlier().trigger() + " yet");
    }
    if (latest == null) {
      return leaf(c, holds, ImmutableList.of(earliest), "no " + c.later().trigger() + " yet");
    }
    return leaf(
        c,
        holds,
        ImmutableList.of(earliest, latest),
        holds
            ? latest + " is after " + earliest
            : "no " + c.later().trigger() + " after " + earliest);
  }

  @Override
  public ConditionTrace visitWithin(Within c, Context x) {
    boolean holds = x.holds(c);
    Event[] pair = holds ? withinWitness(c, x.index, x.cutoff) : null;
    if (pair != null) {
      return leaf(
          c,
          true,
          ImmutableList.copyOf(pair),
          pair[1] + " came within " + c.window() + " of " + pair[0]);
    }
    ImmutableList<Event> anchors = x.index.all(c.anchor(), x.cutoff);
    return leaf(
        c,
        holds,
        anchors,
        anchors.isEmpty()
            ? "no " + c.anchor().trigger() + " yet"
            : "no "
                + c.event().trigger()
                + " within "
                + c.window()
                + " of any "
                + c.anchor().trigger());
  }

  @Override
  public ConditionTrace visitAtLeastParties(AtLeastParties c, Context x) {
    boolean holds = x.holds(c);
    ImmutableList<Event> events = x.index.all(c.pattern(), x.cutoff);
    java.util.Set<String> parties = new java.util.LinkedHashSet<>();
    for (Event e : events) {
      (c.role() == EventRole.ACTOR ? e.party() : e.target()).ifPresent(parties::add);
    }
    return leaf(
        c,
        holds,
        events,
        parties.size()
            + " distinct "
            + (c.role() == EventRole.ACTOR ? "actors" : "targets")
            + " of "
            + c.k()
            + " needed"
            + (parties.isEmpty() ? "" : ": " + String.join(", ", parties)));
  }

  /** The first (anchor, event) pair that witnesses a {@code within}, or null. */
  static Event @Nullable [] withinWitness(Within c, EventIndex index, Instant cutoff) {
    for (Event anchor : index.all(c.anchor(), cutoff)) {
      Instant end = anchor.at().plus(c.window());
      Event hit = index.firstBetween(c.event(), anchor.at(), end.isBefore(cutoff) ? end : cutoff);
      if (hit != null) {
        return new Event[] {anchor, hit};
      }
    }
    return null;
  }

  @Override
  public ConditionTrace visitStatusIs(StatusIs c, Context x) {
    boolean holds = x.holds(c);
    Status now =
        x.sweep.statusOf(x.sweep.k.id(c), x.cutoff.getEpochSecond(), x.cutoff.getNano(), false);
    return leaf(
        c,
        holds,
        ImmutableList.of(),
        (c.party().isPresent() ? c.party().get() + "'s contribution to " : "")
            + c.pledge()
            + " is "
            + now
            + (holds ? "" : ", not " + Status.of(c.standing())));
  }
}
