package io.github.guarantees.condition;

import java.util.Objects;
import org.immutables.value.Value;

/**
 * Holds when some event of {@link #later()} is strictly later than some event of {@link
 * #earlier()}: a <em>future</em> armed attack is one after the ceasefire.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class After implements Condition permits ImmutableAfter {
  After() {}

  /**
   * Returns the pattern of the event that must come later.
   *
   * @return the pattern
   */
  @Value.Parameter
  public abstract Occurred later();

  /**
   * Returns the pattern of the event that must come earlier.
   *
   * @return the pattern
   */
  @Value.Parameter
  public abstract Occurred earlier();

  static After of(Occurred later, Occurred earlier) {
    return ImmutableAfter.of(later, earlier);
  }

  @Override
  public final int depth() {
    return 1;
  }

  @Override
  public final <R> R accept(ConditionVisitor<R> visitor) {
    Objects.requireNonNull(visitor, "visitor");
    return visitor.visitAfter(this);
  }

  @Override
  public final <R, A> R accept(GenericConditionVisitor<R, A> visitor, A context) {
    Objects.requireNonNull(visitor, "visitor");
    Objects.requireNonNull(context, "context");
    return visitor.visitAfter(this, context);
  }

  @Override
  public final String toString() {
    return ConditionFormat.format(this);
  }
}
