package io.github.guarantees.condition;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Holds when some event of {@link #event()} lies in {@code [b, b + window]} for some event {@code
 * b} of {@link #anchor()}: "consultations within 24 hours of an armed attack".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class Within implements Condition permits ImmutableWithin {
  Within() {}

  /**
   * Returns the pattern of the event that must come in time.
   *
   * @return the pattern
   */
  @Value.Parameter
  public abstract Occurred event();

  /**
   * Returns the length of the window, zero or positive.
   *
   * @return the window
   */
  @Value.Parameter
  public abstract Duration window();

  /**
   * Returns the pattern of the events that open the window.
   *
   * @return the pattern
   */
  @Value.Parameter
  public abstract Occurred anchor();

  static Within of(Occurred event, Duration window, Occurred anchor) {
    return ImmutableWithin.of(event, window, anchor);
  }

  @Value.Check
  final void check() {
    checkArgument(
        !window().isNegative(),
        "within(%s, %s, %s): the window must not be negative",
        event().trigger(),
        window(),
        anchor().trigger());
    Limits.checkDuration(
        "within(" + event().trigger() + ", ..., " + anchor().trigger() + "): window", window());
  }

  @Override
  public final int depth() {
    return 1;
  }

  @Override
  public final <R> R accept(ConditionVisitor<R> visitor) {
    Objects.requireNonNull(visitor, "visitor");
    return visitor.visitWithin(this);
  }

  @Override
  public final <R, A> R accept(GenericConditionVisitor<R, A> visitor, A context) {
    Objects.requireNonNull(visitor, "visitor");
    Objects.requireNonNull(context, "context");
    return visitor.visitWithin(this, context);
  }

  @Override
  public final String toString() {
    return ConditionFormat.format(this);
  }
}
