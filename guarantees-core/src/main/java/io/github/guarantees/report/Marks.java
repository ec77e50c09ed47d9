package io.github.guarantees.report;

import io.github.guarantees.evaluation.AgreementStatus;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.util.List;

/**
 * What every report shows beside a row or under its heading, worded once: a pledge's citation and
 * tags, a contribution's illustrative mark, and the events a scenario lists after its as-of
 * instant.
 */
final class Marks {
  private Marks() {}

  /**
   * The pledge's citation, then its tags: {@code Paris ..., Component 4 (summary only);
   * component-4}.
   */
  static String source(Pledge pledge) {
    String citation = pledge.source().citation();
    return pledge.tags().isEmpty() ? citation : citation + "; " + String.join(", ", pledge.tags());
  }

  /** The contribution's illustrative mark with its reason, or the empty string. */
  static String source(Contribution contribution) {
    return contribution.illustrative().map(why -> "illustrative: " + why).orElse("");
  }

  /** The contribution of a party to a pledge, which an assessment row names only by party. */
  static String source(Pledge pledge, String party) {
    return pledge.contribution(party).map(Marks::source).orElse("");
  }

  /** The heading of the ignored events, e.g. {@code 2 events after the as-of instant, ignored}. */
  /**
   * Where the agreement itself stands, in words, or empty while it is simply in effect (most
   * agreements always are, and their reports do not say so).
   */
  static java.util.Optional<String> agreement(AgreementStatus status) {
    return switch (status) {
      case IN_EFFECT -> java.util.Optional.empty();
      case COMPLETED ->
          java.util.Optional.of("completed: every obligation fulfilled (successful termination)");
      case TERMINATED -> java.util.Optional.of("terminated by the exercise of a power");
      case EXPIRED -> java.util.Optional.of("ended by its own term");
    };
  }

  static String ignoredHeading(Scenario s) {
    List<Event> ignored = s.eventsAfterAsOf();
    return ignored.size()
        + (ignored.size() == 1 ? " event" : " events")
        + " after the as-of instant "
        + s.asOf()
        + ", ignored";
  }

  /**
   * One event in a line: {@code 2026-04-15T12:00:00Z credible-cessation (RU) — note}, with its
   * target and place if it has them: {@code armed-attack (RU against UA in UA)}.
   */
  static String line(Event e) {
    return instant(e) + what(e);
  }

  /** The start of an event's line: its instant and two spaces. */
  static String instant(Event e) {
    return e.at() + "  ";
  }

  /** An event's line after its instant: the trigger, who did it to whom and where, the note. */
  static String what(Event e) {
    StringBuilder out = new StringBuilder().append(e.trigger());
    if (e.party().isPresent() || e.target().isPresent() || e.place().isPresent()) {
      out.append(" (")
          .append(e.party().orElse("?"))
          .append(e.target().map(t -> " against " + t).orElse(""))
          .append(e.place().map(t -> " in " + t).orElse(""))
          .append(')');
    }
    e.note().ifPresent(n -> out.append(" — ").append(n));
    return out.toString();
  }
}
