package io.github.guarantees.analysis;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.condition.Occurred;
import java.util.Objects;

/**
 * The answer to "which pledges and contributions can never be completed after this event?" ({@link
 * Analysis#deadAfter}): those {@code ACTIVE} in some scenario of the space but, in every scenario
 * where an event matching the pattern occurs, at no instant from that event's on.
 *
 * @param event the pattern of the event asked about
 * @param dead the items that can fire, but never at or after such an event
 * @param fired the items {@code ACTIVE} at or after such an event in some scenario
 * @param coverage the space searched
 */
public record DeadAfter(
    Occurred event, ImmutableList<Item> dead, ImmutableList<Item> fired, Coverage coverage) {
  /**
   * Checks the components.
   *
   * @param event the component of that name
   * @param dead the component of that name
   * @param fired the component of that name
   * @param coverage the component of that name
   * @throws NullPointerException if an argument is null
   */
  public DeadAfter {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(dead, "dead");
    Objects.requireNonNull(fired, "fired");
    Objects.requireNonNull(coverage, "coverage");
  }
}
