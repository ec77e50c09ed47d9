package io.github.guarantees.model;

import java.util.Objects;

/**
 * One problem found while validating an agreement or a scenario: where it lies, as data, and what
 * is wrong.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param site the offending element and field, e.g. {@link Site#contribution(String, String,
 *     String) pledge 'multinational-force' contribution 'UK' condition}
 * @param message what is wrong and, where possible, how to fix it
 */
public record Problem(Site site, String message) {

  /**
   * Creates a problem.
   *
   * @param site the offending element and field, not null
   * @param message what is wrong, not null
   * @throws NullPointerException if site or message is null
   */
  public Problem {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns the site as an error message names it, e.g. {@code pledge 'force' activation}.
   *
   * @return the text of {@link #site()}
   */
  public String where() {
    return site.toString();
  }

  @Override
  public String toString() {
    return where() + ": " + message;
  }
}
