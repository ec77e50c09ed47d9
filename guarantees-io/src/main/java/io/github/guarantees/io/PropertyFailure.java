package io.github.guarantees.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.analysis.Item;
import io.github.guarantees.evaluation.Explanation;
import java.time.Instant;

/**
 * A property of a scenario file's {@code holds:} list that the scenario breaks: where it is in the
 * file, the first instant at which it fails, the pledges and contributions that break it there and,
 * for each, the explanation of its status at that instant.
 *
 * @param where the property's position, as {@code file:line:column: holds[i]}
 * @param property the property
 * @param at the first instant at which it fails
 * @param offending the items that break it there
 * @param explanations for each offending item, in the same order, why it has its status at {@code
 *     at}
 */
public record PropertyFailure(
    String where,
    NamedProperty property,
    Instant at,
    ImmutableList<Item> offending,
    ImmutableList<Explanation> explanations) {

  /**
   * Creates a failure.
   *
   * @param where the property's position
   * @param property the property
   * @param at the first failing instant
   * @param offending the items that break it
   * @param explanations one per offending item
   * @throws NullPointerException if any part is null
   * @throws IllegalArgumentException if there is not one explanation per offending item
   */
  public PropertyFailure {
    checkNotNull(where, "where");
    checkNotNull(property, "property");
    checkNotNull(at, "at");
    checkNotNull(offending, "offending");
    checkNotNull(explanations, "explanations");
    checkArgument(
        offending.size() == explanations.size(), "one explanation per offending item is needed");
  }

  /**
   * Returns the failure in one line: where, which property, when and on what.
   *
   * @return e.g. {@code c.yaml:9:5: holds[0]: property 'deployment-invariant' fails at
   *     2026-01-06T01:00:00Z on military-hubs, military-hubs/FR}
   */
  public String summary() {
    return where
        + ": property '"
        + property.name()
        + "' fails at "
        + at
        + " on "
        + String.join(", ", offending.stream().map(Item::toString).toList());
  }

  /**
   * Returns the summary followed by each offending item's explanation.
   *
   * @return the failure in several lines
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(summary());
    for (Explanation e : explanations) {
      out.append('\n').append(e);
    }
    return out.toString();
  }
}
