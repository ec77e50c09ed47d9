package io.github.guarantees.condition;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * Holds when the events matching {@link #pattern()} so far have at least {@link #k()} distinct
 * parties in the {@link #role()}: "attacked by two or more states" is {@code atLeastParties(2,
 * occurred(armed-attack).against(owed()), ACTOR)}. Events with no party in that role do not count.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class AtLeastParties implements Condition permits ImmutableAtLeastParties {
  AtLeastParties() {}

  /**
   * Returns the number of distinct parties needed, at least 1.
   *
   * @return k
   */
  @Value.Parameter
  public abstract int k();

  /**
   * Returns the pattern of the events counted.
   *
   * @return the pattern
   */
  @Value.Parameter
  public abstract Occurred pattern();

  /**
   * Returns the role whose parties are counted.
   *
   * @return the role
   */
  @Value.Parameter
  public abstract EventRole role();

  static AtLeastParties of(int k, Occurred pattern, EventRole role) {
    return ImmutableAtLeastParties.of(k, pattern, role);
  }

  @Value.Check
  final void check() {
    checkArgument(
        k() >= 1, "atLeastParties(%s, %s): k must be at least 1", k(), pattern().trigger());
  }

  @Override
  public final int depth() {
    return 1;
  }

  @Override
  public final <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitAtLeastParties(this);
  }

  @Override
  public final <R, A> R accept(GenericConditionVisitor<R, A> visitor, A context) {
    return visitor.visitAtLeastParties(this, context);
  }

  @Override
  public final String toString() {
    return ConditionFormat.format(this);
  }
}
