package io.github.guarantees.scenario;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.Term;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A scenario that is valid but likely does not say what its author meant: an event that names no
 * party where the agreement only ever uses its trigger with one (an armed attack without {@code by:
 * RU} leaves every pledge waiting for a Russian attack dormant), or a narrative whose expectations
 * the evaluation no longer meets.
 *
 * <pre>{@code
 * for (ScenarioWarning w : ScenarioWarning.of(agreement, scenario)) {
 *   System.err.println("warning: " + w);
 * }
 * }</pre>
 *
 * @param kind what is likely wrong
 * @param where the offending element: {@code events[i].party} (by the order given), or {@code
 *     narrative}
 * @param subject the trigger of the event, or the scenario's name
 * @param expected for {@link Kind#EVENT_WITHOUT_PARTY}, the parties the agreement names with that
 *     trigger; for {@link Kind#NARRATIVE_NOT_MET}, the expectations not met, as {@code pledge} or
 *     {@code pledge/party}
 */
public record ScenarioWarning(
    Kind kind, String where, String subject, ImmutableSet<String> expected) {

  /** What a warning is about. */
  public enum Kind {
    /** An event names no party where every condition of the agreement on its trigger names one. */
    EVENT_WITHOUT_PARTY,
    /**
     * A scenario with a narrative has expectations the evaluation does not meet: the narrative no
     * longer describes the outcome.
     */
    NARRATIVE_NOT_MET
  }

  /**
   * Creates a warning.
   *
   * @param kind what is likely wrong, not null
   * @param where the offending element, not null
   * @param subject the trigger or scenario concerned, not null
   * @param expected the parties or expectations concerned, not null
   * @throws NullPointerException if any part is null
   */
  public ScenarioWarning {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(expected, "expected");
  }

  /**
   * Returns the warnings for a scenario's events against an agreement, numbered in the scenario's
   * (chronological) order.
   *
   * @param agreement the agreement, not null
   * @param scenario the scenario, not null
   * @return the warnings, empty if none
   * @throws NullPointerException if an argument is null
   */
  public static ImmutableList<ScenarioWarning> of(Agreement agreement, Scenario scenario) {
    Objects.requireNonNull(scenario, "scenario");
    return of(agreement, scenario.events());
  }

  /**
   * Like {@link #of(Agreement, Scenario)} for a list of events, numbered in the order given (a file
   * reader passes them in the order the file lists them).
   *
   * @param agreement the agreement, not null
   * @param events the events, not null
   * @return one {@link Kind#EVENT_WITHOUT_PARTY} warning per event that names no party where the
   *     agreement only ever uses its trigger with one, at {@code events[i].party}
   * @throws NullPointerException if an argument is null
   */
  public static ImmutableList<ScenarioWarning> of(Agreement agreement, List<Event> events) {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(events, "events");
    ImmutableSetMultimap.Builder<String, String> partiesBuilder = ImmutableSetMultimap.builder();
    Set<String> usedWithoutParty = new HashSet<>();
    for (Occurred o : patterns(agreement)) {
      if (o.party().isPresent()) {
        partiesBuilder.put(o.trigger(), o.party().get());
      } else {
        usedWithoutParty.add(o.trigger());
      }
    }
    ImmutableSetMultimap<String, String> parties = partiesBuilder.build();
    ImmutableList.Builder<ScenarioWarning> out = ImmutableList.builder();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      if (e.party().isEmpty()
          && parties.containsKey(e.trigger())
          && !usedWithoutParty.contains(e.trigger())) {
        out.add(
            new ScenarioWarning(
                Kind.EVENT_WITHOUT_PARTY,
                "events[" + i + "].party",
                e.trigger(),
                parties.get(e.trigger())));
      }
    }
    return out.build();
  }

  /** Every event pattern any condition of the agreement names. */
  private static List<Occurred> patterns(Agreement agreement) {
    List<Condition> conditions = new ArrayList<>();
    agreement.defaultTrigger().ifPresent(conditions::add);
    agreement.term().flatMap(Term::endsWhen).ifPresent(conditions::add);
    agreement.term().flatMap(Term::since).ifPresent(conditions::add);
    for (Pledge p : agreement.pledges()) {
      p.trigger().ifPresent(conditions::add);
      conditions.add(p.activation());
      p.term().flatMap(Term::endsWhen).ifPresent(conditions::add);
      p.term().flatMap(Term::since).ifPresent(conditions::add);
      p.deadline().ifPresent(d -> conditions.add(d.fulfilledBy()));
      conditions.addAll(p.refrainsFrom());
      for (Contribution c : p.contributions()) {
        conditions.add(c.condition());
      }
    }
    List<Occurred> out = new ArrayList<>();
    for (Condition c : conditions) {
      out.addAll(c.patterns());
    }
    return out;
  }

  /**
   * Returns the warning in words.
   *
   * @return e.g. {@code events[4].party: the event 'armed-attack' names no party, but the agreement
   *     only uses 'armed-attack' by RU; add 'party: RU' if that is what you meant}
   */
  public String message() {
    String parties = String.join(" or ", expected);
    return switch (kind) {
      case EVENT_WITHOUT_PARTY ->
          "the event '"
              + subject
              + "' names no party, but the agreement only uses '"
              + subject
              + "' by "
              + parties
              + ", so no pledge counts this event; add 'party: "
              + expected.iterator().next()
              + "' if that is what you meant";
      case NARRATIVE_NOT_MET ->
          "the narrative of '"
              + subject
              + "' no longer describes the outcome: "
              + expected.size()
              + (expected.size() == 1 ? " expectation is" : " expectations are")
              + " not met ("
              + String.join(", ", expected)
              + "); update the narrative and the expectations together";
    };
  }

  /**
   * Returns a copy placed elsewhere, e.g. at a position in a file.
   *
   * @param newWhere the new place, not null
   * @return the warning
   * @throws NullPointerException if newWhere is null
   */
  public ScenarioWarning at(String newWhere) {
    return new ScenarioWarning(kind, newWhere, subject, expected);
  }

  @Override
  public String toString() {
    return where + ": " + message();
  }
}
