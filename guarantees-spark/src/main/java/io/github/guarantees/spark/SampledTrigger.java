package io.github.guarantees.spark;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One line of a {@link SamplerSpec}: an event of a trigger that happens with some probability, at a
 * date drawn from a distribution: a {@link Delay} after its origin. The origin is either a fixed
 * instant ({@code from}; {@code between: [from, to]} in a spec is a uniform delay over that window)
 * or another sampled event ({@code after: id}); in the second case it can only happen if that event
 * happened ("an attack only after a ceasefire"), and the probability is conditional on it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the name other lines use to depend on this one
 * @param trigger the trigger id of the agreement
 * @param party the party the event is by or about, or null
 * @param probability the chance that it happens (given its origin happened), in {@code [0, 1]}
 * @param after the id of the line it depends on, or null for a fixed origin
 * @param from the fixed origin, or null when it depends on another line
 * @param delay the delay from the origin
 */
public record SampledTrigger(
    String id,
    String trigger,
    @Nullable String party,
    double probability,
    @Nullable String after,
    @Nullable Instant from,
    Delay delay) {

  /**
   * Checks the line.
   *
   * @param id the name other lines use to depend on this one, not null
   * @param trigger the trigger id, not null
   * @param party the party, or null
   * @param probability the chance that it happens, in {@code [0, 1]}
   * @param after the line it depends on, or null
   * @param from the fixed origin, or null
   * @param delay the delay from the origin, not null
   * @throws NullPointerException if id, trigger or delay is null
   * @throws IllegalArgumentException if the probability is outside {@code [0, 1]}, or not exactly
   *     one of {@code after} and {@code from} is given
   */
  public SampledTrigger {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(delay, "delay");
    checkArgument(
        probability >= 0 && probability <= 1,
        "%s: probability %s is not in [0, 1]",
        id,
        probability);
    checkArgument(
        (after == null) != (from == null), "%s: give exactly one of 'after' and 'from'", id);
  }

  /**
   * Returns the party, if any.
   *
   * @return the party id, or empty
   */
  public Optional<String> partyId() {
    return Optional.ofNullable(party);
  }
}
