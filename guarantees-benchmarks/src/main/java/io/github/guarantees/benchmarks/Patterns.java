package io.github.guarantees.benchmarks;

import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.Within;
import java.util.Map;

/** What the peer engines need of a pattern: its trigger's index and a window in seconds. */
final class Patterns {
  private Patterns() {}

  /**
   * The index of the pattern's trigger.
   *
   * @throws IllegalArgumentException if the pattern names a party, a target or a place (the peer
   *     engines index events by trigger only) or its trigger has no index
   */
  static int index(Occurred pattern, Map<String, Integer> triggerIndex) {
    if (pattern.party().isPresent() || !pattern.isSimple()) {
      throw new IllegalArgumentException(
          pattern + ": the peer engines index events by trigger only, not by party");
    }
    Integer i = triggerIndex.get(pattern.trigger());
    if (i == null) {
      throw new IllegalArgumentException(pattern + ": no index for trigger " + pattern.trigger());
    }
    return i;
  }

  /**
   * The window of a {@code within}, in seconds.
   *
   * @throws IllegalArgumentException if the window is not whole seconds (the peer engines count
   *     time in seconds)
   */
  static long windowSeconds(Within within) {
    if (within.window().toNanosPart() != 0) {
      throw new IllegalArgumentException(within + ": the peer engines count time in whole seconds");
    }
    return within.window().toSeconds();
  }
}
