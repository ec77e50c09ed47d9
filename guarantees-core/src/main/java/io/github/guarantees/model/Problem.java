package io.github.guarantees.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One problem found while validating an agreement or a scenario.
 *
 * @param where the offending element, e.g. {@code pledge 'multinational-force' contribution 'UK'}
 * @param message what is wrong and, where possible, how to fix it
 */
public record Problem(String where, String message) {

  /**
   * Creates a problem.
   *
   * @param where the offending element, not null
   * @param message what is wrong, not null
   */
  public Problem {
    checkNotNull(where, "where");
    checkNotNull(message, "message");
  }

  @Override
  public String toString() {
    return where + ": " + message;
  }
}
