package io.github.guarantees.io;

import io.github.guarantees.evaluation.Status;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a scenario file expects: the status of a pledge, or of one party's contribution to it, at
 * the scenario's as-of instant or at a given instant.
 *
 * <pre>{@code
 * Expectation e = Expectation.of("force-deployment", "uk", Status.PENDING);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Expectation {
  Expectation() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Expectation}; {@code pledge} and {@code status} are required. */
  public static final class Builder extends ImmutableExpectation.Builder {
    Builder() {}
  }

  /**
   * The status of a pledge at the scenario's as-of instant.
   *
   * @param pledge the pledge id, not null
   * @param status the expected status, not null
   * @return the expectation
   * @throws NullPointerException if an argument is null
   */
  public static Expectation of(String pledge, Status status) {
    return builder().pledge(pledge).status(status).build();
  }

  /**
   * The status of a party's contribution to a pledge at the scenario's as-of instant.
   *
   * @param pledge the pledge id, not null
   * @param party the contributing party's id, not null
   * @param status the expected status, not null
   * @return the expectation
   * @throws NullPointerException if an argument is null
   */
  public static Expectation of(String pledge, String party, Status status) {
    return builder().pledge(pledge).party(party).status(status).build();
  }

  /**
   * Returns the pledge id.
   *
   * @return the pledge id
   */
  public abstract String pledge();

  /**
   * Returns the contributing party, if the expectation is about a contribution.
   *
   * @return the party id, or empty for the pledge itself
   */
  public abstract Optional<String> party();

  /**
   * Returns the expected status.
   *
   * @return the status
   */
  public abstract Status status();

  /**
   * Returns the instant the status is expected at; empty means the scenario's as-of instant.
   *
   * @return the instant, or empty
   */
  public abstract Optional<Instant> at();

  /**
   * Returns what the expectation is about, e.g. {@code pledge 'force' contribution 'uk'}.
   *
   * @return the subject in words
   */
  public final String subject() {
    return "pledge '"
        + pledge()
        + "'"
        + party().map(p -> " contribution '" + p + "'").orElse("")
        + at().map(t -> " at " + t).orElse("");
  }

  @Override
  public String toString() {
    return subject() + " is " + status();
  }
}
