package io.github.guarantees.condition;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Holds when at least {@link #k()} of its operands hold.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class AtLeast implements Condition permits ImmutableAtLeast {
  AtLeast() {}

  /**
   * Returns the threshold, from 1 to the number of operands.
   *
   * @return k
   */
  @Value.Parameter
  public abstract int k();

  /**
   * Returns the operands, at least one.
   *
   * @return the operands
   */
  @Value.Parameter
  public abstract ImmutableList<Condition> operands();

  static AtLeast of(int k, Iterable<? extends Condition> operands) {
    return ImmutableAtLeast.of(k, operands);
  }

  @Override
  @Value.Derived
  public int depth() {
    return Depth.of(operands());
  }

  @Value.Check
  final void check() {
    checkArgument(!operands().isEmpty(), "atLeast(%s) needs at least one operand", k());
    checkArgument(
        k() >= 1 && k() <= operands().size(),
        "atLeast(%s) with %s operands: k must be between 1 and %s",
        k(),
        operands().size(),
        operands().size());
    Depth.check("atLeast", depth());
  }

  @Override
  public final <R> R accept(ConditionVisitor<R> visitor) {
    Objects.requireNonNull(visitor, "visitor");
    return visitor.visitAtLeast(this);
  }

  @Override
  public final <R, A> R accept(GenericConditionVisitor<R, A> visitor, A context) {
    Objects.requireNonNull(visitor, "visitor");
    Objects.requireNonNull(context, "context");
    return visitor.visitAtLeast(this, context);
  }

  @Override
  public final String toString() {
    return ConditionFormat.format(this);
  }
}
