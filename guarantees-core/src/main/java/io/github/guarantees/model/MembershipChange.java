package io.github.guarantees.model;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.guarantees.condition.Limits;
import io.github.guarantees.condition.Occurred;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When a party joins or leaves an agreement: at a fixed instant, or at the first event matching a
 * pattern (an instrument of accession deposited, a notice of denunciation given), in either case
 * after a notice period (zero unless set). The change takes effect at the instant or event plus the
 * notice.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MembershipChange {
  MembershipChange() {}

  /**
   * The change takes effect at a fixed instant.
   *
   * @param at the instant, not null
   * @return the change
   * @throws NullPointerException if at is null
   */
  public static MembershipChange at(Instant at) {
    return ImmutableMembershipChange.builder().at(Objects.requireNonNull(at, "at")).build();
  }

  /**
   * The change takes effect at the first event matching a pattern. The pattern may name a trigger
   * and an actor, nothing else (membership cannot depend on membership).
   *
   * @param event the pattern, not null
   * @return the change
   * @throws NullPointerException if event is null
   */
  public static MembershipChange on(Occurred event) {
    return ImmutableMembershipChange.builder().on(Objects.requireNonNull(event, "event")).build();
  }

  /**
   * Returns the fixed instant, if the change is at one.
   *
   * @return the instant, or empty
   */
  public abstract Optional<Instant> at();

  /**
   * Returns the event pattern, if the change is at an event.
   *
   * @return the pattern, or empty
   */
  public abstract Optional<Occurred> on();

  /**
   * Returns the notice period between the instant or event and the change's effect.
   *
   * @return the notice, zero unless set
   */
  @Value.Default
  public Duration notice() {
    return Duration.ZERO;
  }

  /**
   * Returns this change with a notice period.
   *
   * @param notice the notice, not null, not negative
   * @return the change
   * @throws NullPointerException if notice is null
   */
  public final MembershipChange afterNotice(Duration notice) {
    return ImmutableMembershipChange.builder()
        .from(this)
        .notice(Objects.requireNonNull(notice, "notice"))
        .build();
  }

  @Value.Check
  final void check() {
    checkArgument(
        at().isPresent() != on().isPresent(),
        "membership change: give either an instant or an event, not %s",
        at().isPresent() ? "both" : "neither");
    checkArgument(!notice().isNegative(), "membership change: the notice %s is negative", notice());
    Limits.checkDuration("membership change: notice", notice());
    on().ifPresent(
            o ->
                checkArgument(
                    o.isSimple(),
                    "membership change on %s: the pattern may name a trigger and an actor only",
                    o));
  }

  @Override
  public String toString() {
    String when = at().map(Instant::toString).orElseGet(() -> "on " + on().orElseThrow());
    return notice().isZero() ? when : when + " + notice " + notice();
  }
}
