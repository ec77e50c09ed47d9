package io.github.guarantees.analysis;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a property fails in one scenario ({@link Analysis#test}): the first instant at which it is
 * broken and the items that break it there.
 *
 * @param at the first failing instant
 * @param offending the items that break the property there (for a response: the items that could
 *     have answered and did not; for readings: the items whose status differs)
 */
public record Failure(Instant at, ImmutableList<Item> offending) {
  /**
   * Checks the components.
   *
   * @param at the component of that name
   * @param offending the component of that name
   * @throws NullPointerException if an argument is null
   */
  public Failure {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(offending, "offending");
  }
}
