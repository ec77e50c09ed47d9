package io.github.guarantees.spark;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How long an attack went without a response in effect: the bars of the sweep's histogram. Bounds
 * are inclusive above: a response 24 hours after the attack is {@link #WITHIN_24H}.
 */
public enum GapBucket {
  /** The scenario has no attack up to its as-of instant. */
  NO_ATTACK("no attack", -1, -1),
  /** A response pledge was already in effect, or came into effect, at the attack's instant. */
  AT_ONCE("0 h", -1, 0),
  /** Within an hour. */
  WITHIN_1H("≤ 1 h", 0, 1),
  /** Within six hours. */
  WITHIN_6H("≤ 6 h", 1, 6),
  /** Within a day: "consultations within 24 hours". */
  WITHIN_24H("≤ 24 h", 6, 24),
  /** Within three days: the reported "coordinated response at 72 hours". */
  WITHIN_72H("≤ 72 h", 24, 72),
  /** Within a week. */
  WITHIN_1W("≤ 1 week", 72, 168),
  /** Within thirty days. */
  WITHIN_30D("≤ 30 days", 168, 720),
  /** Later than thirty days, but by the as-of instant. */
  LATER("> 30 days", 720, Long.MAX_VALUE),
  /** No response pledge was in effect at any instant from the attack to the as-of instant. */
  NONE_BY_AS_OF("none by as-of", -1, -1);

  private final String label;

  /** Gaps in this bucket are longer than {@code lower} hours and at most {@code upper} hours. */
  private final long lower;

  private final long upper;

  GapBucket(String label, long lower, long upper) {
    this.label = label;
    this.lower = lower;
    this.upper = upper;
  }

  /**
   * Returns the bar's label, e.g. {@code ≤ 72 h}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Returns the bucket of a scenario's gap.
   *
   * @param attacked whether the scenario has an attack by its as-of instant
   * @param gap the time from the attack to the first response in effect, or null if none came
   * @return the bucket
   */
  public static GapBucket of(boolean attacked, @Nullable Duration gap) {
    if (!attacked) {
      return NO_ATTACK;
    }
    if (gap == null) {
      return NONE_BY_AS_OF;
    }
    for (GapBucket b : values()) {
      if (b.upper >= 0 && gap.compareTo(Duration.ofHours(Math.min(b.upper, 1L << 40))) <= 0) {
        return b;
      }
    }
    return LATER;
  }

  /**
   * Returns whether the gap is longer than the given hours (an attack with no response by the as-of
   * instant counts as longer).
   *
   * @param hours the threshold, 0 or one of the bucket bounds
   * @return true if every gap in this bucket exceeds {@code hours}
   */
  public boolean longerThan(long hours) {
    return this != NO_ATTACK && (this == NONE_BY_AS_OF || lower >= hours);
  }
}
