package io.github.guarantees.comparison;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Problem;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs several agreements against the same scenario, each over the events it can read.
 *
 * <pre>{@code
 * List<Outcome> side = Comparison.run(List.of(nato, budapest, paris), scenario);
 * side.get(1).ignored();     // the events Budapest 1994 does not speak of, with why
 * side.get(1).assessment();  // what it would have done with the others
 * }</pre>
 *
 * <p>An evaluator rejects an event whose trigger, party or place its agreement does not know
 * ({@link Evaluator#problems(List)}); here such an event is left out for that agreement and listed
 * as ignored, so that one scenario in a shared vocabulary runs against them all. This class has no
 * state; its methods are thread-safe.
 */
public final class Comparison {
  private Comparison() {}

  /**
   * Runs every agreement against the scenario.
   *
   * @param agreements the agreements, in the order wanted, not null
   * @param scenario the scenario, not null
   * @return one outcome per agreement, in the order given
   * @throws NullPointerException if an argument or an agreement is null
   */
  public static ImmutableList<Outcome> run(List<Agreement> agreements, Scenario scenario) {
    Objects.requireNonNull(agreements, "agreements");
    Objects.requireNonNull(scenario, "scenario");
    ImmutableList.Builder<Outcome> out = ImmutableList.builder();
    for (Agreement a : agreements) {
      Evaluator evaluator = Evaluator.compile(Objects.requireNonNull(a, "agreement"));
      ImmutableList<IgnoredEvent> ignored = ignored(evaluator, scenario.eventsAsOf());
      Scenario seen = project(evaluator, scenario);
      out.add(new Outcome(a, ignored, evaluator.evaluate(seen), evaluator.timeline(seen)));
    }
    return out.build();
  }

  /**
   * Returns the scenario as one agreement reads it: without the events it cannot read.
   *
   * @param agreement the agreement, not null
   * @param scenario the scenario, not null
   * @return the scenario with those events left out (the same name, narrative and as-of instant)
   * @throws NullPointerException if an argument is null
   */
  public static Scenario project(Agreement agreement, Scenario scenario) {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(scenario, "scenario");
    return project(Evaluator.compile(agreement), scenario);
  }

  /**
   * Returns the events of a scenario, up to its as-of instant, that one agreement cannot read.
   *
   * @param agreement the agreement, not null
   * @param scenario the scenario, not null
   * @return the ignored events, in order of time
   * @throws NullPointerException if an argument is null
   */
  public static ImmutableList<IgnoredEvent> ignored(Agreement agreement, Scenario scenario) {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(scenario, "scenario");
    return ignored(Evaluator.compile(agreement), scenario.eventsAsOf());
  }

  private static Scenario project(Evaluator evaluator, Scenario scenario) {
    ImmutableList<Event> kept =
        scenario.events().stream()
            .filter(e -> why(evaluator, e).isEmpty())
            .collect(ImmutableList.toImmutableList());
    return Scenario.builder().from(scenario).events(kept).build();
  }

  private static ImmutableList<IgnoredEvent> ignored(Evaluator evaluator, List<Event> events) {
    ImmutableList.Builder<IgnoredEvent> out = ImmutableList.builder();
    for (Event e : events) {
      why(evaluator, e).ifPresent(f -> out.add(new IgnoredEvent(e, f)));
    }
    return out.build();
  }

  /** The first field of the event the agreement cannot read, as the evaluator's check finds it. */
  private static Optional<IgnoredEvent.Field> why(Evaluator evaluator, Event e) {
    ImmutableList<Problem> problems = evaluator.problems(List.of(e));
    if (problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        switch (problems.get(0).site().field()) {
          case "trigger" -> IgnoredEvent.Field.TRIGGER;
          case "party" -> IgnoredEvent.Field.PARTY;
          case "target" -> IgnoredEvent.Field.TARGET;
          case "place" -> IgnoredEvent.Field.PLACE;
          default -> throw new AssertionError(problems.get(0));
        });
  }
}
