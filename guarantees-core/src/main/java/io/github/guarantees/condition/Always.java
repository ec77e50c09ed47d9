package io.github.guarantees.condition;

import java.util.Objects;
import org.immutables.value.Value;

/** The condition that always holds: an unconditional pledge. Immutable and thread-safe. */
@Value.Immutable(singleton = true)
public abstract sealed class Always implements Condition permits ImmutableAlways {
  Always() {}

  @Override
  public final int depth() {
    return 1;
  }

  @Override
  public final <R> R accept(ConditionVisitor<R> visitor) {
    Objects.requireNonNull(visitor, "visitor");
    return visitor.visitAlways(this);
  }

  @Override
  public final <R, A> R accept(GenericConditionVisitor<R, A> visitor, A context) {
    Objects.requireNonNull(visitor, "visitor");
    Objects.requireNonNull(context, "context");
    return visitor.visitAlways(this, context);
  }

  @Override
  public final String toString() {
    return ConditionFormat.format(this);
  }
}
