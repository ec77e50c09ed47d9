package io.github.guarantees.model;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Limits;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When a pledge ends: at a fixed instant, a duration after it first fires (or after another
 * condition first holds: "six months after termination"), or when a condition holds (e.g. Ukraine's
 * NATO accession). Whichever comes first ends the term.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Term {
  Term() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Term}.
   *
   * <ul>
   *   <li>{@code endsAt} (one of the three): a fixed instant at which the pledge ends;
   *   <li>{@code lastsFor} (one of the three): a duration counted from the pledge's first
   *       activation, or from the first instant {@code since} holds;
   *   <li>{@code since} (optional, only with {@code lastsFor}): the condition whose first holding
   *       starts the duration instead of the pledge's first activation;
   *   <li>{@code endsWhen} (one of the three): a condition whose holding ends the pledge.
   * </ul>
   *
   * <p>Each method sets the attribute of the same name and returns this builder; setting it again
   * replaces the value. An optional attribute also accepts an {@code Optional}; a list or set
   * attribute has {@code addX(…)} and {@code addAllX(…)}, which append, and {@code x(Iterable)},
   * which replaces the whole collection. {@code from(instance)} copies every attribute of an
   * existing instance. A builder is not thread-safe; the value it builds is immutable.
   *
   * <p>{@code build()} throws {@link IllegalStateException} naming the required attributes not set,
   * and {@link IllegalArgumentException} when a value is invalid; every method throws {@link
   * NullPointerException} if given null.
   */
  public static final class Builder extends ImmutableTerm.Builder {
    Builder() {}
  }

  /**
   * The term ends at a fixed instant.
   *
   * @param end the instant
   * @return the term
   * @throws NullPointerException if end is null
   */
  public static Term endsAt(Instant end) {
    return builder().endsAt(end).build();
  }

  /**
   * The term ends a duration after the pledge first fires.
   *
   * @param duration the duration, positive
   * @return the term
   * @throws NullPointerException if duration is null
   */
  public static Term lastsFor(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    return builder().lastsFor(duration).build();
  }

  /**
   * The term ends a duration after a condition first holds, whether or not the pledge has fired:
   * "for six months after the contract is terminated" is {@code lastsFor(P184D,
   * Condition.fulfilled("terminate-contract"))}. A condition that holds before any event starts the
   * duration at the agreement's start date (and never for an undated agreement), as a pledge in
   * effect from the start does.
   *
   * @param duration the duration, positive
   * @param since the condition whose first holding starts it
   * @return the term
   * @throws NullPointerException if duration or since is null
   */
  public static Term lastsFor(Duration duration, Condition since) {
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(since, "since");
    return builder().lastsFor(duration).since(since).build();
  }

  /**
   * The term ends when a condition holds.
   *
   * @param condition the condition
   * @return the term
   * @throws NullPointerException if condition is null
   */
  public static Term endsWhen(Condition condition) {
    Objects.requireNonNull(condition, "condition");
    return builder().endsWhen(condition).build();
  }

  /**
   * Returns the fixed instant the term ends at.
   *
   * @return the instant, or empty
   */
  public abstract Optional<Instant> endsAt();

  /**
   * Returns how long the pledge lasts after it first fires.
   *
   * @return the duration, or empty
   */
  public abstract Optional<Duration> lastsFor();

  /**
   * Returns the condition whose first holding starts {@link #lastsFor()}; empty when the duration
   * counts from the pledge's first activation.
   *
   * @return the condition, or empty
   */
  public abstract Optional<Condition> since();

  /**
   * Returns the condition that ends the term when it holds.
   *
   * @return the condition, or empty
   */
  public abstract Optional<Condition> endsWhen();

  @Value.Check
  final void check() {
    checkArgument(
        endsAt().isPresent() || lastsFor().isPresent() || endsWhen().isPresent(),
        "term: give at least one of endsAt, lastsFor or endsWhen");
    checkArgument(
        lastsFor().map(d -> !d.isNegative() && !d.isZero()).orElse(true),
        "term: lastsFor must be positive");
    checkArgument(
        since().isEmpty() || lastsFor().isPresent(),
        "term: since needs lastsFor (the duration it starts)");
    endsAt().ifPresent(i -> Limits.checkInstant("term: endsAt", i));
    lastsFor().ifPresent(d -> Limits.checkDuration("term: lastsFor", d));
  }
}
