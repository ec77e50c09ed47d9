package io.github.guarantees.condition;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;

/**
 * The shape of a condition, one kind at a time: each visit returns the node's direct operands and
 * adds the event patterns the node itself names to the context.
 */
final class Structure
    implements GenericConditionVisitor<ImmutableList<Condition>, Structure.Leaves> {
  static final Structure PATTERNS = new Structure();

  /** What a walk found: the event patterns and the conditions on statuses, in first-seen order. */
  static final class Leaves {
    final ImmutableSet.Builder<Occurred> patterns = ImmutableSet.builder();
    final ImmutableSet.Builder<StatusIs> statuses = ImmutableSet.builder();
  }

  private Structure() {}

  @Override
  public ImmutableList<Condition> visitAlways(Always c, Leaves out) {
    return ImmutableList.of();
  }

  @Override
  public ImmutableList<Condition> visitOccurred(Occurred c, Leaves out) {
    out.patterns.add(c);
    return ImmutableList.of();
  }

  @Override
  public ImmutableList<Condition> visitAllOf(AllOf c, Leaves out) {
    return c.operands();
  }

  @Override
  public ImmutableList<Condition> visitAnyOf(AnyOf c, Leaves out) {
    return c.operands();
  }

  @Override
  public ImmutableList<Condition> visitNot(Not c, Leaves out) {
    return ImmutableList.of(c.operand());
  }

  @Override
  public ImmutableList<Condition> visitAtLeast(AtLeast c, Leaves out) {
    return c.operands();
  }

  @Override
  public ImmutableList<Condition> visitInForce(InForce c, Leaves out) {
    out.patterns.add(c.trigger(), c.revokedBy());
    return ImmutableList.of();
  }

  @Override
  public ImmutableList<Condition> visitAfter(After c, Leaves out) {
    out.patterns.add(c.later(), c.earlier());
    return ImmutableList.of();
  }

  @Override
  public ImmutableList<Condition> visitWithin(Within c, Leaves out) {
    out.patterns.add(c.event(), c.anchor());
    return ImmutableList.of();
  }

  @Override
  public ImmutableList<Condition> visitAtLeastParties(AtLeastParties c, Leaves out) {
    out.patterns.add(c.pattern());
    return ImmutableList.of();
  }

  @Override
  public ImmutableList<Condition> visitStatusIs(StatusIs c, Leaves out) {
    out.statuses.add(c);
    return ImmutableList.of();
  }
}
