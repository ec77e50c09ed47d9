package io.github.guarantees.evaluation;

import io.github.guarantees.condition.After;
import io.github.guarantees.condition.AllOf;
import io.github.guarantees.condition.Always;
import io.github.guarantees.condition.AnyOf;
import io.github.guarantees.condition.AtLeast;
import io.github.guarantees.condition.AtLeastParties;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.ConditionVisitor;
import io.github.guarantees.condition.EventRole;
import io.github.guarantees.condition.InForce;
import io.github.guarantees.condition.Not;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.StatusIs;
import io.github.guarantees.condition.Within;
import io.github.guarantees.scenario.Event;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The reference interpreter of the condition language: decides a condition at an instant by reading
 * the table of DESIGN.md over an index of the events. Recursion is bounded by {@link
 * Condition#MAX_DEPTH}.
 */
final class ReferenceInterpreter {
  private ReferenceInterpreter() {}

  /** Reads another pledge's (or contribution's) status at an instant, for conditions on it. */
  interface Statuses {
    Status of(StatusIs c, Instant t);
  }

  /** Whether the condition, which names no status, holds over the indexed events. */
  static boolean holds(Condition c, EventIndex index, Instant cutoff) {
    return holds(
        c,
        index,
        cutoff,
        (s, t) -> {
          throw new IllegalArgumentException(s + ": give the agreement to read statuses");
        });
  }

  /** Whether the condition holds over the indexed events at or before the cutoff. */
  static boolean holds(Condition c, EventIndex index, Instant cutoff, Statuses statuses) {
    return c.accept(new Decide(index, cutoff, statuses));
  }

  private static final class Decide implements ConditionVisitor<Boolean> {
    private final EventIndex index;
    private final Instant cutoff;
    private final Statuses statuses;

    Decide(EventIndex index, Instant cutoff, Statuses statuses) {
      this.index = index;
      this.cutoff = cutoff;
      this.statuses = statuses;
    }

    @Override
    public Boolean visitStatusIs(StatusIs c) {
      return statuses.of(c, cutoff) == Status.of(c.standing());
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

    @Override
    public Boolean visitAtLeastParties(AtLeastParties c) {
      java.util.Set<String> parties = new java.util.HashSet<>();
      for (Event e : index.all(c.pattern(), cutoff)) {
        (c.role() == EventRole.ACTOR ? e.party() : e.target()).ifPresent(parties::add);
      }
      return parties.size() >= c.k();
    }
  }

  /** The first (anchor, event) pair satisfying {@code within}, or null. */
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
}
