package io.github.guarantees.spark;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * How long after its origin a sampled event happens: a fixed delay, a uniform one between two
 * bounds, or an exponential one with a given mean. Samples are whole hours (the resolution at which
 * the agreements' clauses speak: "within 24 hours"), rounded down.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Delay permits Delay.Fixed, Delay.Uniform, Delay.Exponential {

  /**
   * Draws a delay.
   *
   * @param random the source of randomness, not null
   * @return a non-negative delay in whole hours
   */
  Duration sample(SplittableRandom random);

  /**
   * Calls the visitor's method for this kind of delay.
   *
   * @param visitor the visitor, not null
   * @param <R> what the visitor returns
   * @return the visitor's result
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * Handles each kind of delay; adding a kind is a compile error in every visitor.
   *
   * @param <R> what the visitor returns
   */
  interface Visitor<R> {
    /**
     * Handles a fixed delay.
     *
     * @param delay the delay
     * @return the visitor's result
     */
    R fixed(Fixed delay);

    /**
     * Handles a uniform delay.
     *
     * @param delay the delay
     * @return the visitor's result
     */
    R uniform(Uniform delay);

    /**
     * Handles an exponential delay.
     *
     * @param delay the delay
     * @return the visitor's result
     */
    R exponential(Exponential delay);
  }

  /**
   * Always the same delay.
   *
   * @param delay the delay, non-negative
   */
  record Fixed(Duration delay) implements Delay {
    /**
     * Checks the delay.
     *
     * @param delay the delay, not null, non-negative
     * @throws NullPointerException if delay is null
     */
    public Fixed {
      Objects.requireNonNull(delay, "delay");
      checkArgument(!delay.isNegative(), "a fixed delay must not be negative: %s", delay);
    }

    @Override
    public Duration sample(SplittableRandom random) {
      return hours(delay.toSeconds() / 3600.0);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.fixed(this);
    }
  }

  /**
   * A delay drawn uniformly from {@code [min, max]}.
   *
   * @param min the shortest delay, non-negative
   * @param max the longest delay, at least {@code min}
   */
  record Uniform(Duration min, Duration max) implements Delay {
    /**
     * Checks the bounds.
     *
     * @param min the shortest delay, not null, non-negative
     * @param max the longest delay, not null, at least {@code min}
     * @throws NullPointerException if min or max is null
     */
    public Uniform {
      Objects.requireNonNull(min, "min");
      Objects.requireNonNull(max, "max");
      checkArgument(!min.isNegative(), "a uniform delay's min must not be negative: %s", min);
      checkArgument(
          max.compareTo(min) >= 0, "a uniform delay's max %s is below its min %s", max, min);
    }

    @Override
    public Duration sample(SplittableRandom random) {
      double lo = min.toSeconds() / 3600.0;
      double hi = max.toSeconds() / 3600.0;
      // Whole hours in [lo, hi], each equally likely.
      long first = (long) Math.ceil(lo);
      long last = (long) Math.floor(hi);
      if (last <= first) {
        return Duration.ofHours(first);
      }
      return Duration.ofHours(first + random.nextLong(last - first + 1));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.uniform(this);
    }
  }

  /**
   * A delay drawn from an exponential distribution with the given mean: memoryless waiting, as for
   * an attack that may come at any time.
   *
   * @param mean the mean delay, positive
   */
  record Exponential(Duration mean) implements Delay {
    /**
     * Checks the mean.
     *
     * @param mean the mean, not null, positive
     * @throws NullPointerException if mean is null
     */
    public Exponential {
      Objects.requireNonNull(mean, "mean");
      checkArgument(
          !mean.isNegative() && !mean.isZero(), "an exponential delay's mean must be positive");
    }

    @Override
    public Duration sample(SplittableRandom random) {
      double u = random.nextDouble(); // [0, 1)
      return hours(-Math.log1p(-u) * (mean.toSeconds() / 3600.0));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.exponential(this);
    }
  }

  private static Duration hours(double h) {
    // Capped at ~1000 years so that an extreme draw cannot overflow an instant.
    return Duration.ofHours((long) Math.floor(Math.min(h, 8_760_000.0)));
  }
}
