package io.github.guarantees.scenario;

import io.github.guarantees.condition.Limits;
import io.github.guarantees.model.Ids;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One occurrence of a trigger at an instant, optionally with an actor (the party that acts), a
 * target (the party acted upon) and a place (a region id): "Russia attacks Ukraine in Ukraine on
 * 2026-09-01T04:00Z", "the UK Parliament approves". {@link #party()} is the actor.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Event {
  Event() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Event}.
   *
   * <ul>
   *   <li>{@code trigger} (required): the id of a trigger the agreement declares;
   *   <li>{@code at} (required): the instant it happened, within the range the library accepts;
   *   <li>{@code party} (optional): the actor: the party that acts (attacks, requests, approves);
   *       {@code actor()} reads it;
   *   <li>{@code target} (optional): the party acted upon, e.g. the state attacked;
   *   <li>{@code place} (optional): where it happened: the id of a region or of a party (its
   *       territory);
   *   <li>{@code note} (optional): what the event stands for in the story.
   * </ul>
   *
   * <p>Each method sets the attribute of the same name and returns this builder; setting it again
   * replaces the value. An optional attribute also accepts an {@code Optional}; a list or set
   * attribute has {@code addX(…)} and {@code addAllX(…)}, which append, and {@code x(Iterable)},
   * which replaces the whole collection. {@code from(instance)} copies every attribute of an
   * existing instance. A builder is not thread-safe; the value it builds is immutable.
   *
   * <p>{@code build()} throws {@link IllegalStateException} naming the required attributes not set,
   * and {@link IllegalArgumentException} when a value is invalid; every method throws {@link
   * NullPointerException} if given null.
   */
  public static final class Builder extends ImmutableEvent.Builder {
    Builder() {}
  }

  /**
   * An event with no party.
   *
   * @param trigger the trigger id
   * @param at when it happened
   * @return the event
   * @throws NullPointerException if an argument is null
   */
  public static Event of(String trigger, Instant at) {
    return builder().trigger(trigger).at(at).build();
  }

  /**
   * An event by a party, its actor.
   *
   * @param trigger the trigger id
   * @param party the actor's party id
   * @param at when it happened
   * @return the event
   * @throws NullPointerException if an argument is null
   */
  public static Event of(String trigger, String party, Instant at) {
    return builder().trigger(trigger).party(party).at(at).build();
  }

  /**
   * Returns the id of the trigger this event is an occurrence of.
   *
   * @return the trigger id
   */
  public abstract String trigger();

  /**
   * Returns the event's actor: the party that acts (attacks, requests, approves). The file format
   * calls it {@code actor:} or, as before roles were added, {@code party:}.
   *
   * @return the party id, or empty
   */
  public abstract Optional<String> party();

  /**
   * Returns the event's actor, the same as {@link #party()}.
   *
   * @return the party id, or empty
   */
  public final Optional<String> actor() {
    return party();
  }

  /**
   * Returns the event's target: the party acted upon (the one attacked).
   *
   * @return the party id, or empty
   */
  public abstract Optional<String> target();

  /**
   * Returns where the event happened: a region id (a party's id stands for its territory).
   *
   * @return the region id, or empty
   */
  public abstract Optional<String> place();

  /**
   * Returns when the event happened.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * Returns a note on the event, e.g. what it stands for in the story.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  @Value.Check
  final void check() {
    // The checks build their messages only on failure: events are built in bulk (files, sweeps of
    // scenarios, the example events of the search for what is missing).
    if (trigger().isBlank()) {
      throw new IllegalArgumentException("event at " + at() + ": the trigger id is blank");
    }
    if (!Ids.isValid(trigger())) {
      Ids.check("event at " + at() + ": trigger", trigger());
    }
    if (party().isPresent() && party().get().isBlank()) {
      throw new IllegalArgumentException(
          "event "
              + trigger()
              + " at "
              + at()
              + ": the party id is blank; leave the party out instead");
    }
    checkId("party", party());
    checkId("target", target());
    checkId("place", place());
    if (at().isBefore(Limits.EARLIEST) || at().isAfter(Limits.LATEST_EVENT)) {
      Limits.checkEventInstant("event " + trigger() + ": at", at());
    }
  }

  private void checkId(String field, Optional<String> id) {
    if (id.isPresent() && !Ids.isValid(id.get())) {
      Ids.check("event " + trigger() + " at " + at() + ": " + field, id.get());
    }
  }

  @Override
  public String toString() {
    return trigger()
        + party().map(p -> " by " + p).orElse("")
        + target().map(p -> " against " + p).orElse("")
        + place().map(p -> " in " + p).orElse("")
        + " @ "
        + at();
  }
}
