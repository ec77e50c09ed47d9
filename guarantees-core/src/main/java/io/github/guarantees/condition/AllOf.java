package io.github.guarantees.condition;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Holds when every operand holds. Has at least one operand.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class AllOf implements Condition permits ImmutableAllOf {
  AllOf() {}

  /**
   * Returns the operands, at least one.
   *
   * @return the operands
   */
  @Value.Parameter
  public abstract ImmutableList<Condition> operands();

  static AllOf of(Iterable<? extends Condition> operands) {
    return ImmutableAllOf.of(operands);
  }

  @Override
  @Value.Derived
  public int depth() {
    return Depth.of(operands());
  }

  @Value.Check
  final void check() {
    checkArgument(!operands().isEmpty(), "allOf needs at least one operand");
    Depth.check("allOf", depth());
  }

  @Override
  public final <R> R accept(ConditionVisitor<R> visitor) {
    Objects.requireNonNull(visitor, "visitor");
    return visitor.visitAllOf(this);
  }

  @Override
  public final <R, A> R accept(GenericConditionVisitor<R, A> visitor, A context) {
    Objects.requireNonNull(visitor, "visitor");
    Objects.requireNonNull(context, "context");
    return visitor.visitAllOf(this, context);
  }

  @Override
  public final String toString() {
    return ConditionFormat.format(this);
  }
}
