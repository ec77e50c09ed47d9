package io.github.guarantees.condition;

import java.util.Objects;
import org.immutables.value.Value;

/**
 * Holds when its operand does not.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class Not implements Condition permits ImmutableNot {
  Not() {}

  /**
   * Returns the negated condition.
   *
   * @return the operand
   */
  @Value.Parameter
  public abstract Condition operand();

  static Not of(Condition operand) {
    return ImmutableNot.of(operand);
  }

  @Override
  @Value.Derived
  public int depth() {
    return operand().depth() + 1;
  }

  @Value.Check
  final void check() {
    Depth.check("not", depth());
  }

  @Override
  public final <R> R accept(ConditionVisitor<R> visitor) {
    Objects.requireNonNull(visitor, "visitor");
    return visitor.visitNot(this);
  }

  @Override
  public final <R, A> R accept(GenericConditionVisitor<R, A> visitor, A context) {
    Objects.requireNonNull(visitor, "visitor");
    Objects.requireNonNull(context, "context");
    return visitor.visitNot(this, context);
  }

  @Override
  public final String toString() {
    return ConditionFormat.format(this);
  }
}
