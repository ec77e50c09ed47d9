package io.github.guarantees.spark;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a sweep found in one scenario: the status of every pledge at the as-of instant, when each
 * pledge first came into effect, and, for the sweep's {@link Response}, the attack, the first
 * response in effect at or after it, and the gap between them.
 *
 * <ul>
 *   <li>{@code statuses}: pledge id to {@link io.github.guarantees.evaluation.Status} name, for
 *       every pledge of the agreement.
 *   <li>{@code firstActive}: pledge id to the first instant it was {@code ACTIVE}, for the pledges
 *       that ever were; a pledge in effect before any event starts at the agreement's date (as its
 *       clocks do), and is left out if the agreement is undated.
 *   <li>{@code attack}: the first event matching the response's attack, at or before the as-of
 *       instant; null if none.
 *   <li>{@code response}: the first instant at or after the attack at which one of the response's
 *       pledges is {@code ACTIVE}; null if none by the as-of instant.
 *   <li>{@code gapSeconds}: from the attack to the response, in seconds; null if either is null.
 *   <li>{@code gapBucket}: the {@link GapBucket} name of the gap.
 * </ul>
 *
 * <p>A JavaBean, mutable as Spark's bean encoder requires; not thread-safe.
 */
public final class ScenarioResult implements Serializable {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** The scenario name. */
  private String scenario = "";

  /** Pledge id to status name at the as-of instant. */
  private Map<String, String> statuses = new HashMap<>();

  /** Pledge id to first ACTIVE instant. */
  private Map<String, Instant> firstActive = new HashMap<>();

  /** The first attack, or null. */
  private @Nullable Instant attack;

  /** The first response in effect at or after the attack, or null. */
  private @Nullable Instant response;

  /** From attack to response, in seconds, or null. */
  private @Nullable Long gapSeconds;

  /** The gap bucket name. */
  private String gapBucket = GapBucket.NO_ATTACK.name();

  /** An empty result, for Spark's encoder. */
  public ScenarioResult() {}

  /**
   * Returns the gap as a duration.
   *
   * @return the gap, or null if there was no attack or no response
   */
  public @Nullable Duration gap() {
    Long s = gapSeconds;
    return s == null ? null : Duration.ofSeconds(s);
  }

  /**
   * Returns the gap's bucket.
   *
   * @return the bucket
   */
  public GapBucket bucket() {
    return GapBucket.valueOf(gapBucket);
  }

  /**
   * Returns the scenario's name.
   *
   * @return the name
   */
  public String getScenario() {
    return scenario;
  }

  /**
   * Sets the scenario's name.
   *
   * @param scenario the name
   */
  public void setScenario(String scenario) {
    this.scenario = scenario;
  }

  /**
   * Returns each pledge's status at the as-of instant.
   *
   * @return pledge id to status name (the map itself)
   */
  public Map<String, String> getStatuses() {
    return statuses;
  }

  /**
   * Sets the statuses.
   *
   * @param statuses pledge id to status name
   */
  public void setStatuses(@Nullable Map<String, String> statuses) {
    this.statuses = statuses == null ? new HashMap<>() : new HashMap<>(statuses);
  }

  /**
   * Returns when each pledge that ever fired first came into effect.
   *
   * @return pledge id to instant (the map itself)
   */
  public Map<String, Instant> getFirstActive() {
    return firstActive;
  }

  /**
   * Sets the first activation instants.
   *
   * @param firstActive pledge id to instant
   */
  public void setFirstActive(@Nullable Map<String, Instant> firstActive) {
    this.firstActive = firstActive == null ? new HashMap<>() : new HashMap<>(firstActive);
  }

  /**
   * Returns the instant of the first attack.
   *
   * @return the instant, or null if there was none
   */
  public @Nullable Instant getAttack() {
    return attack;
  }

  /**
   * Sets the instant of the first attack.
   *
   * @param attack the instant, or null
   */
  public void setAttack(@Nullable Instant attack) {
    this.attack = attack;
  }

  /**
   * Returns the first instant at or after the attack with a response pledge in effect.
   *
   * @return the instant, or null if none came
   */
  public @Nullable Instant getResponse() {
    return response;
  }

  /**
   * Sets the response instant.
   *
   * @param response the instant, or null
   */
  public void setResponse(@Nullable Instant response) {
    this.response = response;
  }

  /**
   * Returns the gap from attack to response in seconds.
   *
   * @return the gap, or null
   */
  public @Nullable Long getGapSeconds() {
    return gapSeconds;
  }

  /**
   * Sets the gap in seconds.
   *
   * @param gapSeconds the gap, or null
   */
  public void setGapSeconds(@Nullable Long gapSeconds) {
    this.gapSeconds = gapSeconds;
  }

  /**
   * Returns the name of the gap's {@link GapBucket}.
   *
   * @return the bucket name
   */
  public String getGapBucket() {
    return gapBucket;
  }

  /**
   * Sets the name of the gap's bucket.
   *
   * @param gapBucket a {@link GapBucket} name
   */
  public void setGapBucket(String gapBucket) {
    this.gapBucket = gapBucket;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ScenarioResult r
        && scenario.equals(r.scenario)
        && statuses.equals(r.statuses)
        && firstActive.equals(r.firstActive)
        && Objects.equals(attack, r.attack)
        && Objects.equals(response, r.response)
        && Objects.equals(gapSeconds, r.gapSeconds)
        && gapBucket.equals(r.gapBucket);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scenario, statuses, firstActive, attack, response, gapSeconds, gapBucket);
  }

  @Override
  public String toString() {
    return scenario
        + ": "
        + statuses
        + ", first active "
        + firstActive
        + ", attack "
        + attack
        + ", response "
        + response
        + " ("
        + gapBucket
        + ")";
  }
}
