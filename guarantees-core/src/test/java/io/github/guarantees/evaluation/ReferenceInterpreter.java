package io.github.guarantees.evaluation;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.condition.After;
import io.github.guarantees.condition.AllOf;
import io.github.guarantees.condition.Always;
import io.github.guarantees.condition.AnyOf;
import io.github.guarantees.condition.AtLeast;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.ConditionVisitor;
import io.github.guarantees.condition.InForce;
import io.github.guarantees.condition.Not;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.Within;
import io.github.guarantees.scenario.Event;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The reference interpreter of the condition language: decides a condition at an instant, and
 * traces it when an explanation is asked for. Recursion is bounded by {@link Condition#MAX_DEPTH}.
 */
final class ReferenceInterpreter {
  private ReferenceInterpreter() {}

  /** Whether the condition holds over the indexed events at or before the cutoff. */
  static boolean holds(Condition c, ReferenceIndex index, Instant cutoff) {
    return c.accept(new Decide(index, cutoff));
  }

  /** The explanation tree of the condition over the indexed events at or before the cutoff. */
  static ConditionTrace trace(Condition c, ReferenceIndex index, Instant cutoff) {
    return c.accept(new Trace(index, cutoff));
  }

  private static final class Decide implements ConditionVisitor<Boolean> {
    private final ReferenceIndex index;
    private final Instant cutoff;

    Decide(ReferenceIndex index, Instant cutoff) {
      this.index = index;
      this.cutoff = cutoff;
    }

    @Override
    public Boolean visitAlways(Always c) {
      return true;
    }

    @Override
    public Boolean visitOccurred(Occurred c) {
      return index.first(c, cutoff) != null;
    }

    @Override
    public Boolean visitAllOf(AllOf c) {
      for (Condition o : c.operands()) {
        if (!o.accept(this)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public Boolean visitAnyOf(AnyOf c) {
      for (Condition o : c.operands()) {
        if (o.accept(this)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public Boolean visitNot(Not c) {
      return !c.operand().accept(this);
    }

    @Override
    public Boolean visitAtLeast(AtLeast c) {
      int n = 0;
      for (Condition o : c.operands()) {
        if (o.accept(this) && ++n >= c.k()) {
          return true;
        }
      }
      return false;
    }

    @Override
    public Boolean visitInForce(InForce c) {
      Event latest = index.latest(c.trigger(), cutoff);
      return latest != null && index.firstBetween(c.revokedBy(), latest.at(), cutoff) == null;
    }

    @Override
    public Boolean visitAfter(After c) {
      Event earliest = index.first(c.earlier(), cutoff);
      Event latest = index.latest(c.later(), cutoff);
      return earliest != null && latest != null && latest.at().isAfter(earliest.at());
    }

    @Override
    public Boolean visitWithin(Within c) {
      return withinWitness(c, index, cutoff) != null;
    }
  }

  /** The first (anchor, event) pair satisfying {@code within}, or null. */
  static Event @Nullable [] withinWitness(Within c, ReferenceIndex index, Instant cutoff) {
    for (Event anchor : index.all(c.anchor(), cutoff)) {
      Instant end = anchor.at().plus(c.window());
      Event hit = index.firstBetween(c.event(), anchor.at(), end.isBefore(cutoff) ? end : cutoff);
      if (hit != null) {
        return new Event[] {anchor, hit};
      }
    }
    return null;
  }

  private static final class Trace implements ConditionVisitor<ConditionTrace> {
    private final ReferenceIndex index;
    private final Instant cutoff;

    Trace(ReferenceIndex index, Instant cutoff) {
      this.index = index;
      this.cutoff = cutoff;
    }

    private static ConditionTrace leaf(
        Condition c, boolean holds, ImmutableList<Event> events, String why) {
      return new ConditionTrace(c, holds, events, why, ImmutableList.of());
    }

    private ImmutableList<ConditionTrace> operands(Iterable<Condition> operands) {
      ImmutableList.Builder<ConditionTrace> out = ImmutableList.builder();
      for (Condition o : operands) {
        out.add(o.accept(this));
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
    public ConditionTrace visitAlways(Always c) {
      return leaf(c, true, ImmutableList.of(), "holds unconditionally");
    }

    @Override
    public ConditionTrace visitOccurred(Occurred c) {
      ImmutableList<Event> events = index.all(c, cutoff);
      return events.isEmpty()
          ? leaf(c, false, events, "no such event yet")
          : leaf(c, true, events, "first at " + events.get(0).at());
    }

    @Override
    public ConditionTrace visitAllOf(AllOf c) {
      ImmutableList<ConditionTrace> ops = operands(c.operands());
      int n = count(ops);
      return node(c, n == ops.size(), "all of " + ops.size() + " must hold: " + n + " hold", ops);
    }

    @Override
    public ConditionTrace visitAnyOf(AnyOf c) {
      ImmutableList<ConditionTrace> ops = operands(c.operands());
      int n = count(ops);
      return node(c, n > 0, "any of " + ops.size() + " must hold: " + n + " hold", ops);
    }

    @Override
    public ConditionTrace visitNot(Not c) {
      ConditionTrace op = c.operand().accept(this);
      return node(
          c,
          !op.holds(),
          op.holds()
              ? "not: broken, the negated condition holds"
              : "not: the negated condition fails",
          ImmutableList.of(op));
    }

    @Override
    public ConditionTrace visitAtLeast(AtLeast c) {
      ImmutableList<ConditionTrace> ops = operands(c.operands());
      int n = count(ops);
      return node(
          c,
          n >= c.k(),
          "at least " + c.k() + " of " + ops.size() + " must hold: " + n + " hold",
          ops);
    }

    @Override
    public ConditionTrace visitInForce(InForce c) {
      Event latest = index.latest(c.trigger(), cutoff);
      if (latest == null) {
        return leaf(c, false, ImmutableList.of(), "no " + c.trigger().trigger() + " yet");
      }
      Event revoked = index.firstBetween(c.revokedBy(), latest.at(), cutoff);
      if (revoked != null) {
        return leaf(
            c,
            false,
            ImmutableList.of(latest, revoked),
            "revoked: " + revoked + " is at or after the latest " + latest);
      }
      return leaf(c, true, ImmutableList.of(latest), "in force since " + latest.at());
    }

    @Override
    public ConditionTrace visitAfter(After c) {
      Event earliest = index.first(c.earlier(), cutoff);
      Event latest = index.latest(c.later(), cutoff);
      if (earliest == null) {
        return leaf(c, false, ImmutableList.of(), "no " + c.earlier().trigger() + " yet");
      }
      if (latest == null) {
        return leaf(c, false, ImmutableList.of(earliest), "no " + c.later().trigger() + " yet");
      }
      boolean holds = latest.at().isAfter(earliest.at());
      return leaf(
          c,
          holds,
          ImmutableList.of(earliest, latest),
          holds
              ? latest + " is after " + earliest
              : "no " + c.later().trigger() + " after " + earliest);
    }

    @Override
    public ConditionTrace visitWithin(Within c) {
      Event[] pair = withinWitness(c, index, cutoff);
      if (pair != null) {
        return leaf(
            c,
            true,
            ImmutableList.copyOf(pair),
            pair[1] + " came within " + c.window() + " of " + pair[0]);
      }
      ImmutableList<Event> anchors = index.all(c.anchor(), cutoff);
      return leaf(
          c,
          false,
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
  }
}
