package io.github.guarantees.analysis;

/**
 * How far the scenario space reaches: at most {@code maxEvents} events in a scenario, each kind of
 * event (one {@linkplain Coverage#letters() letter}) at most {@code maxRepeats} times.
 *
 * @param maxEvents the most events in a scenario, 0 to 8
 * @param maxRepeats the most occurrences of one kind of event, 1 to maxEvents (or 1)
 */
public record Budget(int maxEvents, int maxRepeats) {
  /** The default: four events, each kind at most twice. */
  public static final Budget DEFAULT = new Budget(4, 2);

  /**
   * Checks the components.
   *
   * @param maxEvents the component of that name
   * @param maxRepeats the component of that name
   * @throws IllegalArgumentException if a bound is out of range
   */
  public Budget {
    if (maxEvents < 0 || maxEvents > 8) {
      throw new IllegalArgumentException("maxEvents must be 0 to 8: " + maxEvents);
    }
    if (maxRepeats < 1 || maxRepeats > Math.max(1, maxEvents)) {
      throw new IllegalArgumentException("maxRepeats must be 1 to maxEvents: " + maxRepeats);
    }
  }
}
