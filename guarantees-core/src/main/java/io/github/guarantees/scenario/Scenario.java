package io.github.guarantees.scenario;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Ordering;
import io.github.guarantees.condition.Limits;
import io.github.guarantees.model.Ids;
import io.github.guarantees.model.Problem;
import io.github.guarantees.model.Site;
import io.github.guarantees.model.ValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A story told as dated events, and the instant at which to assess it.
 *
 * <pre>{@code
 * Scenario s = Scenario.builder()
 *     .name("request-and-credible-cessation")
 *     .addEvent("ceasefire", Instant.parse("2026-03-01T00:00:00Z"))
 *     .addEvent("credible-cessation", Instant.parse("2026-03-20T12:00:00Z"))
 *     .addEvent("ukraine-request", "UA", Instant.parse("2026-03-21T09:00:00Z"))
 *     .asOf(Instant.parse("2026-04-01T00:00:00Z"))
 *     .build();
 * }</pre>
 *
 * <p>Events may be listed in any order: building sorts them by instant (stably, so events at the
 * same instant keep the order they were listed in). Events after {@link #asOf()} are allowed and
 * ignored by an evaluation. Trigger and party ids are checked against an agreement when the
 * scenario is evaluated.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Scenario {
  Scenario() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Scenario}.
   *
   * <ul>
   *   <li>{@code name} (required): the scenario's name, not blank;
   *   <li>{@code asOf} (required): the instant statuses are decided at; events after it are kept
   *       but do not count;
   *   <li>{@code events} (empty): the events, in any order: they are sorted by instant when built,
   *       ties keeping the order given;
   *   <li>{@code narrative} (optional): the story the scenario tells.
   * </ul>
   *
   * <p>Each method sets the attribute of the same name and returns this builder; setting it again
   * replaces the value. An optional attribute also accepts an {@code Optional}; a list or set
   * attribute has {@code addX(…)} and {@code addAllX(…)}, which append, and {@code x(Iterable)},
   * which replaces the whole collection. {@code from(instance)} copies every attribute of an
   * existing instance. A builder is not thread-safe; the value it builds is immutable.
   *
   * <p>{@code build()} throws {@link IllegalStateException} naming the required attributes not set,
   * and {@link IllegalArgumentException} (a {@link io.github.guarantees.model.ValidationException}
   * listing every problem) when a value is invalid; every method throws {@link
   * NullPointerException} if given null.
   */
  public static final class Builder extends ImmutableScenario.Builder {
    Builder() {}

    /**
     * Adds an event with no party.
     *
     * @param trigger the trigger id
     * @param at when it happened
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder addEvent(String trigger, Instant at) {
      addEvents(Event.of(trigger, at));
      return this;
    }

    /**
     * Adds an event by or about a party.
     *
     * @param trigger the trigger id
     * @param party the party id
     * @param at when it happened
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder addEvent(String trigger, String party, Instant at) {
      addEvents(Event.of(trigger, party, at));
      return this;
    }
  }

  /**
   * Returns the scenario's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the story in a paragraph.
   *
   * @return the narrative, or empty
   */
  public abstract Optional<String> narrative();

  /**
   * Returns the events in chronological order (sorted when the scenario was built).
   *
   * @return the events
   */
  public abstract ImmutableList<Event> events();

  /**
   * Returns the instant at which the scenario is assessed.
   *
   * @return the as-of instant
   */
  public abstract Instant asOf();

  /**
   * Returns the events at or before the as-of instant: the only ones that exist for an evaluation.
   *
   * @return the events that count
   */
  @Value.Lazy
  public ImmutableList<Event> eventsAsOf() {
    return events().stream()
        .filter(e -> !e.at().isAfter(asOf()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the events after the as-of instant: listed in the scenario, but ignored by an
   * evaluation. Reports list them, so that an event moved past the as-of instant does not vanish
   * without a word.
   *
   * @return the ignored events, in chronological order; empty if none
   */
  @Value.Lazy
  public ImmutableList<Event> eventsAfterAsOf() {
    return events().stream()
        .filter(e -> e.at().isAfter(asOf()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns a copy of this scenario assessed at another instant.
   *
   * @param instant the new as-of instant
   * @return the scenario
   * @throws NullPointerException if instant is null
   */
  public final Scenario asOf(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return builder().from(this).asOf(instant).build();
  }

  /**
   * Checks the name and puts the events in chronological order: a stable sort by instant, so that
   * moving one event's date is all an edit needs and events at the same instant keep the order they
   * were listed in.
   *
   * @return this scenario, or a copy with its events sorted
   * @throws ValidationException if the name is blank
   */
  @Value.Check
  protected Scenario normalize() {
    if (name().isBlank()) {
      throw new ValidationException(
          "scenario '" + name() + "'",
          List.of(new Problem(Site.scenario(name(), "name"), "the name is blank")));
    }
    Ids.checkName("scenario: name", name());
    Limits.checkInstant("scenario '" + name() + "': asOf", asOf());
    if (BY_INSTANT.isOrdered(events())) {
      return this;
    }
    return builder().from(this).events(ImmutableList.sortedCopyOf(BY_INSTANT, events())).build();
  }

  private static final Ordering<Event> BY_INSTANT = Ordering.natural().onResultOf(Event::at);

  @Override
  public String toString() {
    return "Scenario{" + name() + ", " + events().size() + " events, as of " + asOf() + "}";
  }
}
