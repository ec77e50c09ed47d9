package io.github.guarantees.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where in an agreement or a scenario a {@link Problem} lies: the element (the agreement itself,
 * one of its parties, triggers or pledges, a pledge's contribution, the scenario or one of its
 * events) and, inside it, the field, named as the file format names it ({@code activation}, {@code
 * condition}, {@code tags[2]}, {@code trigger}). A file reader maps a site to a line and column
 * without reading the problem's text.
 *
 * <p>Create one with the factory of its kind, e.g. {@link #pledge(String, String)} or {@link
 * #event(int, String)}. This class is immutable and thread-safe.
 *
 * @param kind the kind of element
 * @param id the element's id: the agreement's, party's, trigger's, region's or pledge's id (for a
 *     contribution, its pledge's; for a membership, its party's), or the scenario's name; empty for
 *     an event
 * @param party the contributing party, for a {@link Kind#CONTRIBUTION} only
 * @param event the event's position in the list of events as given, for an {@link Kind#EVENT} only
 * @param field the field inside the element, empty for the element as a whole
 */
public record Site(
    Site.Kind kind, String id, Optional<String> party, OptionalInt event, String field) {

  /** The kinds of element a problem can lie in. */
  public enum Kind {
    /** The agreement as a whole, e.g. its title or its default trigger. */
    AGREEMENT,
    /** A party of the agreement, by its id. */
    PARTY,
    /** A trigger the agreement declares, by its id. */
    TRIGGER,
    /** A region (a named set of places), by its id. */
    REGION,
    /** A party's membership over time, by the party's id. */
    MEMBERSHIP,
    /** A pledge, by its id. */
    PLEDGE,
    /** One party's contribution to a pledge. */
    CONTRIBUTION,
    /** A scenario as a whole, e.g. its name. */
    SCENARIO,
    /** One event of a scenario, by its position. */
    EVENT,
    /**
     * A field of another document that refers to an agreement (e.g. a sweep's sampler
     * specification), by its path in that document; the id is empty.
     */
    DOCUMENT
  }

  /**
   * Creates a site; the factories below are easier to read.
   *
   * @param kind the kind of element, not null
   * @param id the element's id, not null
   * @param party the contributing party, present exactly for a contribution; not null
   * @param event the event's position, present exactly for an event and not negative; not null
   * @param field the field, empty for the element as a whole; not null
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the party or the event is present for another kind, absent
   *     for its own, or the position is negative
   */
  public Site {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(field, "field");
    checkArgument(
        party.isPresent() == (kind == Kind.CONTRIBUTION),
        "a site has a party exactly when it is a contribution: %s",
        kind);
    checkArgument(
        event.isPresent() == (kind == Kind.EVENT),
        "a site has an event position exactly when it is an event: %s",
        kind);
    checkArgument(event.orElse(0) >= 0, "an event's position is not negative: %s", event);
  }

  /**
   * A field of the agreement itself.
   *
   * @param agreement the agreement's id, not null
   * @param field the field, e.g. {@code title} or {@code defaultTrigger}; empty for the agreement
   * @return the site
   * @throws NullPointerException if agreement or field is null
   */
  public static Site agreement(String agreement, String field) {
    Objects.requireNonNull(agreement, "agreement");
    return new Site(Kind.AGREEMENT, agreement, Optional.empty(), OptionalInt.empty(), field);
  }

  /**
   * A party of the agreement.
   *
   * @param party the party's id, not null
   * @return the site
   * @throws NullPointerException if party is null
   */
  public static Site party(String party) {
    Objects.requireNonNull(party, "party");
    return new Site(Kind.PARTY, party, Optional.empty(), OptionalInt.empty(), "");
  }

  /**
   * A trigger the agreement declares.
   *
   * @param trigger the trigger's id, not null
   * @return the site
   * @throws NullPointerException if trigger is null
   */
  public static Site trigger(String trigger) {
    Objects.requireNonNull(trigger, "trigger");
    return new Site(Kind.TRIGGER, trigger, Optional.empty(), OptionalInt.empty(), "");
  }

  /**
   * A field of a region.
   *
   * @param region the region's id, not null
   * @param field the field, e.g. {@code contains}; empty for the region
   * @return the site
   * @throws NullPointerException if region or field is null
   */
  public static Site region(String region, String field) {
    Objects.requireNonNull(region, "region");
    return new Site(Kind.REGION, region, Optional.empty(), OptionalInt.empty(), field);
  }

  /**
   * A field of a party's membership.
   *
   * @param party the member's id, not null
   * @param field the field, e.g. {@code joins.on}; empty for the membership
   * @return the site
   * @throws NullPointerException if party or field is null
   */
  public static Site membership(String party, String field) {
    Objects.requireNonNull(party, "party");
    return new Site(Kind.MEMBERSHIP, party, Optional.empty(), OptionalInt.empty(), field);
  }

  /**
   * A field of a pledge.
   *
   * @param pledge the pledge's id, not null
   * @param field the field, e.g. {@code activation} or {@code tags[1]}; empty for the pledge
   * @return the site
   * @throws NullPointerException if pledge or field is null
   */
  public static Site pledge(String pledge, String field) {
    Objects.requireNonNull(pledge, "pledge");
    return new Site(Kind.PLEDGE, pledge, Optional.empty(), OptionalInt.empty(), field);
  }

  /**
   * A field of one party's contribution to a pledge.
   *
   * @param pledge the pledge's id, not null
   * @param party the contributing party's id, not null
   * @param field the field, e.g. {@code condition}; empty for the contribution
   * @return the site
   * @throws NullPointerException if pledge, party or field is null
   */
  public static Site contribution(String pledge, String party, String field) {
    Objects.requireNonNull(pledge, "pledge");
    Objects.requireNonNull(party, "party");
    return new Site(Kind.CONTRIBUTION, pledge, Optional.of(party), OptionalInt.empty(), field);
  }

  /**
   * A field of a scenario itself.
   *
   * @param scenario the scenario's name, not null
   * @param field the field, e.g. {@code name}; empty for the scenario
   * @return the site
   * @throws NullPointerException if scenario or field is null
   */
  public static Site scenario(String scenario, String field) {
    Objects.requireNonNull(scenario, "scenario");
    return new Site(Kind.SCENARIO, scenario, Optional.empty(), OptionalInt.empty(), field);
  }

  /**
   * A field of one event of a scenario.
   *
   * @param position the event's position in the list of events as given, from 0
   * @param field the field, e.g. {@code trigger} or {@code party}; empty for the event
   * @return the site
   * @throws NullPointerException if field is null
   * @throws IllegalArgumentException if position is negative
   */
  public static Site event(int position, String field) {
    return new Site(Kind.EVENT, "", Optional.empty(), OptionalInt.of(position), field);
  }

  /**
   * A field of another document that refers to an agreement, e.g. a sampler specification.
   *
   * @param path the field's path in that document, e.g. {@code events[2].trigger}; not null
   * @return the site
   * @throws NullPointerException if path is null
   */
  public static Site document(String path) {
    Objects.requireNonNull(path, "path");
    return new Site(Kind.DOCUMENT, "", Optional.empty(), OptionalInt.empty(), path);
  }

  /**
   * Returns the same site for the event at another position, e.g. when events checked one at a time
   * are numbered as the file lists them.
   *
   * @param position the event's position, from 0
   * @return the site at that position
   * @throws IllegalStateException if this site is not an event
   * @throws IllegalArgumentException if position is negative
   */
  public Site atEvent(int position) {
    if (kind != Kind.EVENT) {
      throw new IllegalStateException("not an event's site: " + this);
    }
    return event(position, field);
  }

  /**
   * Returns the site as an error message names it, e.g. {@code pledge 'force' activation}, {@code
   * pledge 'force' contribution 'UK'} or {@code events[3].trigger}; long ids are shortened.
   *
   * @return the text
   */
  @Override
  public String toString() {
    String element =
        switch (kind) {
          case AGREEMENT -> "agreement " + Ids.quote(id);
          case PARTY -> "party " + Ids.quote(id);
          case TRIGGER -> "trigger " + Ids.quote(id);
          case REGION -> "region " + Ids.quote(id);
          case MEMBERSHIP -> "membership of " + Ids.quote(id);
          case PLEDGE -> "pledge " + Ids.quote(id);
          case CONTRIBUTION ->
              "pledge " + Ids.quote(id) + " contribution " + Ids.quote(party.orElse(""));
          case SCENARIO -> "scenario " + Ids.quote(id);
          case EVENT -> "events[" + event.orElse(0) + "]";
          case DOCUMENT -> "";
        };
    if (field.isEmpty() || element.isEmpty()) {
      return element + field;
    }
    return kind == Kind.EVENT ? element + "." + field : element + " " + field;
  }
}
