package io.github.guarantees.evaluation;

import io.github.guarantees.condition.After;
import io.github.guarantees.condition.AllOf;
import io.github.guarantees.condition.Always;
import io.github.guarantees.condition.AnyOf;
import io.github.guarantees.condition.AtLeast;
import io.github.guarantees.condition.AtLeastParties;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.EventRole;
import io.github.guarantees.condition.InForce;
import io.github.guarantees.condition.Not;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.Within;
import io.github.guarantees.scenario.Event;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A deliberately naive reading of the condition table of DESIGN.md over a plain list of events,
 * written independently of the library's interpreter: quadratic loops, no index, no shortcuts.
 */
final class ConditionOracle {
  private ConditionOracle() {}

  /** Whether the condition holds at {@code asOf}, counting only events at or before it. */
  static boolean holds(Condition c, List<Event> events, Instant asOf) {
    List<Event> counted = events.stream().filter(e -> e.at().compareTo(asOf) <= 0).toList();
    return eval(c, counted);
  }

  private static boolean matches(Occurred pattern, Event e) {
    if (!pattern.isSimple()) {
      throw new IllegalArgumentException("the oracle reads simple patterns only: " + pattern);
    }
    if (!pattern.trigger().equals(e.trigger())) {
      return false;
    }
    if (pattern.party().isEmpty()) {
      return true;
    }
    return e.party().isPresent() && e.party().get().equals(pattern.party().get());
  }

  private static boolean eval(Condition c, List<Event> ev) {
    if (c instanceof Always) {
      return true;
    }
    if (c instanceof Occurred o) {
      for (Event e : ev) {
        if (matches(o, e)) {
          return true;
        }
      }
      return false;
    }
    if (c instanceof AllOf a) {
      for (Condition o : a.operands()) {
        if (!eval(o, ev)) {
          return false;
        }
      }
      return true;
    }
    if (c instanceof AnyOf a) {
      for (Condition o : a.operands()) {
        if (eval(o, ev)) {
          return true;
        }
      }
      return false;
    }
    if (c instanceof Not n) {
      return !eval(n.operand(), ev);
    }
    if (c instanceof AtLeast a) {
      int n = 0;
      for (Condition o : a.operands()) {
        if (eval(o, ev)) {
          n++;
        }
      }
      return n >= a.k();
    }
    if (c instanceof InForce f) {
      // t occurred and no event of r is at or after the latest t.
      @Nullable Instant latest = null;
      for (Event e : ev) {
        if (matches(f.trigger(), e) && (latest == null || e.at().isAfter(latest))) {
          latest = e.at();
        }
      }
      if (latest == null) {
        return false;
      }
      for (Event e : ev) {
        if (matches(f.revokedBy(), e) && e.at().compareTo(latest) >= 0) {
          return false;
        }
      }
      return true;
    }
    if (c instanceof After a) {
      // some event of a is strictly later than some event of b.
      for (Event x : ev) {
        for (Event y : ev) {
          if (matches(a.later(), x) && matches(a.earlier(), y) && x.at().isAfter(y.at())) {
            return true;
          }
        }
      }
      return false;
    }
    if (c instanceof Within w) {
      // some event of a lies in [b, b + d] for some event of b.
      for (Event a : ev) {
        for (Event b : ev) {
          if (matches(w.event(), a)
              && matches(w.anchor(), b)
              && a.at().compareTo(b.at()) >= 0
              && a.at().compareTo(b.at().plus(w.window())) <= 0) {
            return true;
          }
        }
      }
      return false;
    }
    if (c instanceof AtLeastParties a) {
      java.util.Set<String> parties = new java.util.HashSet<>();
      for (Event e : ev) {
        if (matches(a.pattern(), e)) {
          (a.role() == EventRole.ACTOR ? e.party() : e.target()).ifPresent(parties::add);
        }
      }
      return parties.size() >= a.k();
    }
    throw new AssertionError("unknown condition kind: " + c);
  }
}
