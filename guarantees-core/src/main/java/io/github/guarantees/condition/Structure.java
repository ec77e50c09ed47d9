package io.github.guarantees.condition;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;

/**
 * The shape of a condition, one kind at a time: each visit returns the node's direct operands and
 * adds the event patterns the node itself names to the context.
 */
final class Structure
    implements GenericConditionVisitor<ImmutableList<Condition>, ImmutableSet.Builder<Occurred>> {
  static final Structure PATTERNS = new Structure();

  private Structure() {}

  @Override
  public ImmutableList<Condition> visitAlways(Always c, ImmutableSet.Builder<Occurred> out) {
    return ImmutableList.of();
  }

  @Override
  public ImmutableList<Condition> visitOccurred(Occurred c, ImmutableSet.Builder<Occurred> out) {
    out.add(c);
    return ImmutableList.of();
  }

  @Override
  public ImmutableList<Condition> visitAllOf(AllOf c, ImmutableSet.Builder<Occurred> out) {
    return c.operands();
  }

  @Override
  public ImmutableList<Condition> visitAnyOf(AnyOf c, ImmutableSet.Builder<Occurred> out) {
    return c.operands();
  }

  @Override
  public ImmutableList<Condition> visitNot(Not c, ImmutableSet.Builder<Occurred> out) {
    return ImmutableList.of(c.operand());
  }

  @Override
  public ImmutableList<Condition> visitAtLeast(AtLeast c, ImmutableSet.Builder<Occurred> out) {
    return c.operands();
  }

  @Override
  public ImmutableList<Condition> visitInForce(InForce c, ImmutableSet.Builder<Occurred> out) {
    out.add(c.trigger(), c.revokedBy());
    return ImmutableList.of();
  }

  @Override
  public ImmutableList<Condition> visitAfter(After c, ImmutableSet.Builder<Occurred> out) {
    out.add(c.later(), c.earlier());
    return ImmutableList.of();
  }

  @Override
  public ImmutableList<Condition> visitWithin(Within c, ImmutableSet.Builder<Occurred> out) {
    out.add(c.event(), c.anchor());
    return ImmutableList.of();
  }

  @Override
  public ImmutableList<Condition> visitAtLeastParties(
      AtLeastParties c, ImmutableSet.Builder<Occurred> out) {
    out.add(c.pattern());
    return ImmutableList.of();
  }
}
