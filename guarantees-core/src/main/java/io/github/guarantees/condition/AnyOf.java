package io.github.guarantees.condition;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Holds when at least one operand holds. Has at least one operand.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class AnyOf implements Condition permits ImmutableAnyOf {
  AnyOf() {}

  /**
   * Returns the operands, at least one.
   *
   * @return the operands
   */
  @Value.Parameter
  public abstract ImmutableList<Condition> operands();

  static AnyOf of(Iterable<? extends Condition> operands) {
    return ImmutableAnyOf.of(operands);
  }

  @Override
  @Value.Derived
  public int depth() {
    return Depth.of(operands());
  }

  @Value.Check
  final void check() {
    checkArgument(!operands().isEmpty(), "anyOf needs at least one operand");
    Depth.check("anyOf", depth());
  }

  @Override
  public final <R> R accept(ConditionVisitor<R> visitor) {
    Objects.requireNonNull(visitor, "visitor");
    return visitor.visitAnyOf(this);
  }

  @Override
  public final <R, A> R accept(GenericConditionVisitor<R, A> visitor, A context) {
    Objects.requireNonNull(visitor, "visitor");
    Objects.requireNonNull(context, "context");
    return visitor.visitAnyOf(this, context);
  }

  @Override
  public final String toString() {
    return ConditionFormat.format(this);
  }
}
