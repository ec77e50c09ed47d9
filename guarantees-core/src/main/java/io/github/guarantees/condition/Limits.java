package io.github.guarantees.condition;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The ranges of the instants and durations an agreement or scenario may hold, checked wherever one
 * is built (from Java or from a file), so that every later computation (a deadline, the end of a
 * term, a window, a date printed in a report) stays inside what {@link Instant} can hold.
 *
 * <p>Instants lie in years 1 to 9999 (UTC), events up to a year later; durations are at most {@link
 * #LONGEST}, about a thousand years. The sum of the latest instant and the longest duration is
 * still far inside {@link Instant#MAX}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Limits {
  /** The earliest instant accepted: the start of year 1 (UTC). */
  public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

  /** The latest instant accepted: the end of year 9999 (UTC). */
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /**
   * The latest instant an event may have: a year after {@link #LATEST}. An event after the as-of
   * instant does not count, so this margin changes no outcome; it leaves room for the events the
   * evaluator itself supposes after the as-of instant when it says what is missing.
   */
  public static final Instant LATEST_EVENT = LATEST.plus(Duration.ofDays(366));

  /** The longest duration accepted: 365,250 days, about a thousand years. */
  public static final Duration LONGEST = Duration.ofDays(365_250);

  private Limits() {}

  /**
   * Checks that an instant lies in {@code [EARLIEST, LATEST]}.
   *
   * @param field what the instant is, for the message, e.g. {@code "scenario 'x': asOf"}; not null
   * @param instant the instant, not null
   * @return the instant
   * @throws IllegalArgumentException naming the field and the range, if it lies outside
   * @throws NullPointerException if an argument is null
   */
  public static Instant checkInstant(String field, Instant instant) {
    return checkInstant(field, instant, LATEST);
  }

  /**
   * Checks that the instant of an event lies in {@code [EARLIEST, LATEST_EVENT]}.
   *
   * @param field what the instant is, for the message, e.g. {@code "event attack: at"}; not null
   * @param instant the instant, not null
   * @return the instant
   * @throws IllegalArgumentException naming the field and the range, if it lies outside
   * @throws NullPointerException if an argument is null
   */
  public static Instant checkEventInstant(String field, Instant instant) {
    return checkInstant(field, instant, LATEST_EVENT);
  }

  private static Instant checkInstant(String field, Instant instant, Instant latest) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(instant, "instant");
    checkArgument(
        !instant.isBefore(EARLIEST) && !instant.isAfter(latest),
        "%s: %s is out of range; instants must lie from %s to %s",
        field,
        instant,
        EARLIEST,
        latest);
    return instant;
  }

  /**
   * Checks that a duration is not negative and at most {@link #LONGEST}; whether zero is allowed is
   * the caller's rule.
   *
   * @param field what the duration is, for the message, e.g. {@code "term: lastsFor"}; not null
   * @param duration the duration, not null
   * @return the duration
   * @throws IllegalArgumentException naming the field and the range, if it is negative or longer
   * @throws NullPointerException if an argument is null
   */
  public static Duration checkDuration(String field, Duration duration) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(duration, "duration");
    checkArgument(
        !duration.isNegative() && duration.compareTo(LONGEST) <= 0,
        "%s: %s is out of range; durations must lie from PT0S to %s (%s days)",
        field,
        duration,
        LONGEST,
        LONGEST.toDays());
    return duration;
  }
}
