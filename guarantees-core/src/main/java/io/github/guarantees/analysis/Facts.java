package io.github.guarantees.analysis;

import io.github.guarantees.condition.After;
import io.github.guarantees.condition.AllOf;
import io.github.guarantees.condition.Always;
import io.github.guarantees.condition.AnyOf;
import io.github.guarantees.condition.AtLeast;
import io.github.guarantees.condition.AtLeastParties;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.ConditionVisitor;
import io.github.guarantees.condition.InForce;
import io.github.guarantees.condition.Not;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.StatusIs;
import io.github.guarantees.condition.Within;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the scenario space needs to know of conditions, gathered structurally (never evaluated): the
 * durations they compare gaps with ({@code within} windows) and the patterns whose distinct parties
 * they count ({@code atLeastParties}). One method per condition kind, so a new kind is a compile
 * error here.
 */
final class Facts implements ConditionVisitor<Boolean> {
  final Set<Duration> windows = new LinkedHashSet<>();
  final Set<AtLeastParties> counts = new LinkedHashSet<>();

  /** Visits every sub-condition of a condition once. */
  void walk(Condition root) {
    Set<Condition> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Condition> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Condition c = todo.pop();
      if (seen.add(c)) {
        c.accept(this);
        Condition.operandsOf(c).forEach(todo::push);
      }
    }
  }

  @Override
  public Boolean visitAlways(Always c) {
    return false;
  }

  @Override
  public Boolean visitOccurred(Occurred c) {
    return false;
  }

  @Override
  public Boolean visitAllOf(AllOf c) {
    return false;
  }

  @Override
  public Boolean visitAnyOf(AnyOf c) {
    return false;
  }

  @Override
  public Boolean visitNot(Not c) {
    return false;
  }

  @Override
  public Boolean visitAtLeast(AtLeast c) {
    return false;
  }

  @Override
  public Boolean visitInForce(InForce c) {
    return false;
  }

  @Override
  public Boolean visitAfter(After c) {
    return false;
  }

  @Override
  public Boolean visitWithin(Within c) {
    return windows.add(c.window());
  }

  @Override
  public Boolean visitAtLeastParties(AtLeastParties c) {
    return counts.add(c);
  }

  @Override
  public Boolean visitStatusIs(StatusIs c) {
    return false;
  }
}
