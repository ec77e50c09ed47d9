package io.github.guarantees.spark;

import io.github.guarantees.scenario.Event;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event of a {@link ScenarioRow}: the Spark row form of an {@link Event} (a JavaBean, so that
 * {@code Encoders.bean} can map it to the columns {@code trigger}, {@code party}, {@code at}).
 *
 * <p>Mutable, as Spark's bean encoder requires; not thread-safe.
 */
public final class EventRow implements Serializable {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** The trigger id. */
  private @Nullable String trigger;

  /** The party, or null. */
  private @Nullable String party;

  /** When it happened. */
  private @Nullable Instant at;

  /** An empty row, for Spark's encoder. */
  public EventRow() {}

  /**
   * Returns the row form of an event.
   *
   * @param event the event, not null
   * @return the row
   * @throws NullPointerException if event is null
   */
  public static EventRow of(Event event) {
    Objects.requireNonNull(event, "event");
    EventRow r = new EventRow();
    r.trigger = event.trigger();
    r.party = event.party().orElse(null);
    r.at = event.at();
    return r;
  }

  /**
   * Returns the event this row stands for.
   *
   * @param where the row's place, for errors, e.g. {@code scenario 'x' events[2]}; not null
   * @return the event
   * @throws IllegalArgumentException if the trigger or the instant is missing
   */
  Event toEvent(String where) {
    String t = trigger;
    Instant when = at;
    if (t == null || when == null) {
      throw new IllegalArgumentException(
          where + ": an event needs a trigger and an instant ('at'), got " + this);
    }
    return party == null ? Event.of(t, when) : Event.of(t, party, when);
  }

  /**
   * Returns the trigger id.
   *
   * @return the trigger id, or null if unset
   */
  public @Nullable String getTrigger() {
    return trigger;
  }

  /**
   * Sets the trigger id.
   *
   * @param trigger the trigger id
   */
  public void setTrigger(@Nullable String trigger) {
    this.trigger = trigger;
  }

  /**
   * Returns the party the event is by or about.
   *
   * @return the party id, or null
   */
  public @Nullable String getParty() {
    return party;
  }

  /**
   * Sets the party.
   *
   * @param party the party id, or null
   */
  public void setParty(@Nullable String party) {
    this.party = party;
  }

  /**
   * Returns when the event happened.
   *
   * @return the instant, or null if unset
   */
  public @Nullable Instant getAt() {
    return at;
  }

  /**
   * Sets when the event happened.
   *
   * @param at the instant
   */
  public void setAt(@Nullable Instant at) {
    this.at = at;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EventRow r
        && Objects.equals(trigger, r.trigger)
        && Objects.equals(party, r.party)
        && Objects.equals(at, r.at);
  }

  @Override
  public int hashCode() {
    return Objects.hash(trigger, party, at);
  }

  @Override
  public String toString() {
    return trigger + (party == null ? "" : " by " + party) + " @ " + at;
  }
}
