package io.github.guarantees.comparison;

import io.github.guarantees.scenario.Event;
import java.util.Objects;

/**
 * An event one agreement of a comparison did not read, and why: it names a trigger the agreement
 * does not declare, or a party or place it does not know (the first such field, in the order
 * trigger, party, target, place). Ignoring is the honest reading: an instrument that never mentions
 * a ceasefire is not moved by one.
 *
 * @param event the event
 * @param field the field the agreement cannot read
 */
public record IgnoredEvent(Event event, Field field) {
  /** The field of an event that an agreement cannot read. */
  public enum Field {
    /** The agreement declares no such trigger. */
    TRIGGER,
    /** The actor is not a party of the agreement. */
    PARTY,
    /** The target is not a party of the agreement. */
    TARGET,
    /** The place is neither a region of the agreement nor a party's territory. */
    PLACE
  }

  /**
   * Creates the record.
   *
   * @param event the component of that name, not null
   * @param field the component of that name, not null
   * @throws NullPointerException if event or field is null
   */
  public IgnoredEvent {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(field, "field");
  }

  /**
   * Returns why, in words.
   *
   * @return e.g. {@code trigger not declared}, {@code party RU not in the agreement}
   */
  public String reason() {
    return switch (field) {
      case TRIGGER -> "trigger not declared";
      case PARTY -> "party " + event.party().orElse("") + " not in the agreement";
      case TARGET -> "target " + event.target().orElse("") + " not in the agreement";
      case PLACE -> "place " + event.place().orElse("") + " unknown to the agreement";
    };
  }

  /**
   * Returns the event and the reason.
   *
   * @return e.g. {@code ceasefire @ 2026-03-01T00:00:00Z (trigger not declared)}
   */
  @Override
  public String toString() {
    return event + " (" + reason() + ")";
  }
}
