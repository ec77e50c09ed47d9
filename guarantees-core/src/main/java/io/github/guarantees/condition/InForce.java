package io.github.guarantees.condition;

import java.util.Objects;
import org.immutables.value.Value;

/**
 * Holds when {@link #trigger()} has occurred and no event of {@link #revokedBy()} lies at or after
 * its latest occurrence. A withdrawn request is not in force; a renewed one is; a withdrawal at the
 * same instant as the request wins.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class InForce implements Condition permits ImmutableInForce {
  InForce() {}

  /**
   * Returns the pattern of the events that put something in force.
   *
   * @return the pattern
   */
  @Value.Parameter
  public abstract Occurred trigger();

  /**
   * Returns the pattern of the events that revoke it.
   *
   * @return the pattern
   */
  @Value.Parameter
  public abstract Occurred revokedBy();

  static InForce of(Occurred trigger, Occurred revokedBy) {
    return ImmutableInForce.of(trigger, revokedBy);
  }

  @Override
  public final int depth() {
    return 1;
  }

  @Override
  public final <R> R accept(ConditionVisitor<R> visitor) {
    Objects.requireNonNull(visitor, "visitor");
    return visitor.visitInForce(this);
  }

  @Override
  public final <R, A> R accept(GenericConditionVisitor<R, A> visitor, A context) {
    Objects.requireNonNull(visitor, "visitor");
    Objects.requireNonNull(context, "context");
    return visitor.visitInForce(this, context);
  }

  @Override
  public final String toString() {
    return ConditionFormat.format(this);
  }
}
