package io.github.guarantees.spark;

import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A scenario as a row of a Spark dataset (JSON lines or Parquet): {@code name}, {@code asOf} and
 * {@code events}, a list of {@link EventRow}s. A JSON-lines file holds one per line:
 *
 * <pre>{@code
 * {"name":"s1","asOf":"2027-01-06T00:00:00Z","events":[{"trigger":"ceasefire","at":"2026-04-01T00:00:00Z"}]}
 * }</pre>
 *
 * <p>Mutable, as Spark's bean encoder requires; not thread-safe.
 */
public final class ScenarioRow implements Serializable {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** The scenario name. */
  private @Nullable String name;

  /** The as-of instant. */
  private @Nullable Instant asOf;

  /** The events, in any order. */
  private List<EventRow> events = new ArrayList<>();

  /** An empty row, for Spark's encoder. */
  public ScenarioRow() {}

  /**
   * Returns the row form of a scenario (its narrative and event notes are not kept).
   *
   * @param scenario the scenario, not null
   * @return the row
   * @throws NullPointerException if scenario is null
   */
  public static ScenarioRow of(Scenario scenario) {
    Objects.requireNonNull(scenario, "scenario");
    ScenarioRow r = new ScenarioRow();
    r.name = scenario.name();
    r.asOf = scenario.asOf();
    for (Event e : scenario.events()) {
      r.events.add(EventRow.of(e));
    }
    return r;
  }

  /**
   * Returns the scenario this row stands for.
   *
   * @return the scenario
   * @throws IllegalArgumentException naming the row and every missing field if the name, the as-of
   *     instant or an event's trigger or instant is missing
   */
  public Scenario toScenario() {
    String n = name;
    Instant when = asOf;
    List<String> missing = new ArrayList<>();
    if (n == null) {
      missing.add("name");
    }
    if (when == null) {
      missing.add("asOf");
    }
    if (n == null || when == null) {
      throw new IllegalArgumentException(
          "scenario row " + this + ": missing " + String.join(" and ", missing));
    }
    Scenario.Builder b = Scenario.builder().name(n).asOf(when);
    List<EventRow> es = events;
    for (int i = 0; i < es.size(); i++) {
      b.addEvents(es.get(i).toEvent("scenario '" + n + "' events[" + i + "]"));
    }
    return b.build();
  }

  /**
   * Returns the scenario's name.
   *
   * @return the name, or null if unset
   */
  public @Nullable String getName() {
    return name;
  }

  /**
   * Sets the scenario's name.
   *
   * @param name the name
   */
  public void setName(@Nullable String name) {
    this.name = name;
  }

  /**
   * Returns the instant at which the scenario is assessed.
   *
   * @return the as-of instant, or null if unset
   */
  public @Nullable Instant getAsOf() {
    return asOf;
  }

  /**
   * Sets the as-of instant.
   *
   * @param asOf the instant
   */
  public void setAsOf(@Nullable Instant asOf) {
    this.asOf = asOf;
  }

  /**
   * Returns the events.
   *
   * @return the events (the list itself, not a copy)
   */
  public List<EventRow> getEvents() {
    return events;
  }

  /**
   * Sets the events; null (a missing column) means none.
   *
   * @param events the events
   */
  public void setEvents(@Nullable List<EventRow> events) {
    this.events = events == null ? new ArrayList<>() : new ArrayList<>(events);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ScenarioRow r
        && Objects.equals(name, r.name)
        && Objects.equals(asOf, r.asOf)
        && Objects.equals(events, r.events);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, asOf, events);
  }

  @Override
  public String toString() {
    return "{" + name + " as of " + asOf + ": " + events + "}";
  }
}
