package io.github.guarantees.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.evaluation.CompiledPledge.CompiledContribution;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Suggestions;
import io.github.guarantees.model.Term;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The lifecycle of every pledge and contribution of an agreement in a scenario: the status of each
 * before any event, then every change up to the scenario's as-of instant, with the instant and the
 * cause (the events at that instant, a deadline that passed, a term that ended).
 *
 * <pre>{@code
 * Timeline timeline = Evaluator.compile(agreement).timeline(scenario);
 * Status then = timeline.statusAt("consultations", Instant.parse("2026-09-02T05:00:00Z"));
 * System.out.println(TimelineReport.render(timeline));
 * }</pre>
 *
 * <p>It is computed by assessing the scenario, exactly as {@link Evaluator#evaluate(Scenario)}
 * does, at every instant where a status can change: every event instant and every derived instant
 * (a term's fixed end, first activation plus a term's duration, the first instant after a
 * deadline). Between those instants nothing changes, so for every instant {@code t} up to the as-of
 * instant, {@code statusAt(id, t)} equals {@code evaluate(scenario.asOf(t)).status(id)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Timeline {
  private final Agreement agreement;
  private final Scenario scenario;
  private final ImmutableList<PledgeTimeline> pledges;
  private final ImmutableMap<String, PledgeTimeline> byId;

  private Timeline(Agreement agreement, Scenario scenario, ImmutableList<PledgeTimeline> pledges) {
    this.agreement = agreement;
    this.scenario = scenario;
    this.pledges = pledges;
    this.byId = pledges.stream().collect(ImmutableMap.toImmutableMap(PledgeTimeline::id, p -> p));
  }

  static Timeline of(Evaluator evaluator, Scenario scenario, EventIndex index) {
    Instant asOf = scenario.asOf();
    ImmutableList<CompiledPledge> compiled = evaluator.compiled();
    NavigableSet<Instant> instants = new TreeSet<>(index.instants());
    for (CompiledPledge p : compiled) {
      instants.addAll(p.derivedInstants(index, asOf));
    }
    // Before any event: no event of the scenario is at or before Instant.MIN.
    ImmutableList<PledgeAssessment> before = evaluator.assess(index, Instant.MIN);
    List<List<StatusChange>> pledgeChanges = new ArrayList<>();
    List<List<List<StatusChange>>> contributionChanges = new ArrayList<>();
    for (CompiledPledge p : compiled) {
      pledgeChanges.add(new ArrayList<>());
      List<List<StatusChange>> cs = new ArrayList<>();
      for (int j = 0; j < p.contributions.size(); j++) {
        cs.add(new ArrayList<>());
      }
      contributionChanges.add(cs);
    }
    ImmutableList<PledgeAssessment> previous = before;
    for (Instant t : instants) {
      ImmutableList<Event> at = eventsAt(scenario, t);
      ImmutableList<PledgeAssessment> now = evaluator.assess(index, t);
      for (int i = 0; i < compiled.size(); i++) {
        CompiledPledge p = compiled.get(i);
        PledgeAssessment was = previous.get(i);
        PledgeAssessment is = now.get(i);
        if (was.status() != is.status()) {
          pledgeChanges.get(i).add(change(p, null, was.status(), is.status(), index, t, at));
        }
        for (int j = 0; j < p.contributions.size(); j++) {
          Status from = was.contributions().get(j).status();
          Status to = is.contributions().get(j).status();
          if (from != to) {
            contributionChanges
                .get(i)
                .get(j)
                .add(change(p, p.contributions.get(j), from, to, index, t, at));
          }
        }
      }
      previous = now;
    }
    ImmutableList.Builder<PledgeTimeline> out = ImmutableList.builder();
    for (int i = 0; i < compiled.size(); i++) {
      CompiledPledge p = compiled.get(i);
      ImmutableList.Builder<ContributionTimeline> cs = ImmutableList.builder();
      for (int j = 0; j < p.contributions.size(); j++) {
        cs.add(
            new ContributionTimeline(
                p.contributions.get(j).contribution,
                before.get(i).contributions().get(j).status(),
                ImmutableList.copyOf(contributionChanges.get(i).get(j)),
                asOf));
      }
      out.add(
          new PledgeTimeline(
              p.pledge,
              before.get(i).status(),
              ImmutableList.copyOf(pledgeChanges.get(i)),
              cs.build(),
              asOf));
    }
    return new Timeline(evaluator.agreement(), scenario, out.build());
  }

  private static ImmutableList<Event> eventsAt(Scenario scenario, Instant t) {
    return scenario.eventsAsOf().stream()
        .filter(e -> e.at().equals(t))
        .collect(ImmutableList.toImmutableList());
  }

  /** A change with its cause: a derived one for EXPIRED, FULFILLED, VIOLATED, else the events. */
  private static StatusChange change(
      CompiledPledge p,
      @Nullable CompiledContribution c,
      Status from,
      Status to,
      EventIndex index,
      Instant t,
      ImmutableList<Event> at) {
    if (to == Status.EXPIRED) {
      String ended = p.termEnded(index, t);
      Term term = p.term;
      ImmutableSet<Occurred> ending =
          term == null || term.endsWhen().isEmpty()
              ? ImmutableSet.of()
              : term.endsWhen().get().patterns();
      return new StatusChange(
          t, from, to, matching(at, ending), ended == null ? "the term ended" : ended);
    }
    if (to == Status.FULFILLED || to == Status.VIOLATED) {
      String obligation = Explainer.obligation(p, c, index, t);
      ImmutableList<Event> events = ImmutableList.of();
      CompiledPledge.DeadlineState d = p.deadlineState(index, t);
      Event cause =
          d != null
              ? d.fulfilment()
              : p.breach(index, t, c == null ? null : c.contribution.party());
      if (cause != null && cause.at().equals(t)) {
        events = ImmutableList.of(cause);
      } else if (cause != null && to == Status.VIOLATED && d == null) {
        events = ImmutableList.of(cause);
      }
      return new StatusChange(t, from, to, events, obligation == null ? to.name() : obligation);
    }
    ImmutableSet.Builder<Occurred> relevant = ImmutableSet.builder();
    relevant.addAll(p.trigger.patterns()).addAll(p.activation.patterns());
    if (c != null) {
      relevant.addAll(c.contribution.condition().patterns());
    }
    ImmutableList<Event> events = matching(at, relevant.build());
    if (events.isEmpty()) {
      events = at;
    }
    String cause =
        events.isEmpty()
            ? "status derived at " + t
            : events.stream().map(Event::toString).collect(Collectors.joining(", "));
    return new StatusChange(t, from, to, events, cause);
  }

  /** The events that match one of the patterns: those a condition could have noticed. */
  private static ImmutableList<Event> matching(
      ImmutableList<Event> events, ImmutableSet<Occurred> patterns) {
    return events.stream()
        .filter(e -> patterns.stream().anyMatch(o -> o.matches(e.trigger(), e.party())))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the agreement.
   *
   * @return the agreement
   */
  public Agreement agreement() {
    return agreement;
  }

  /**
   * Returns the scenario.
   *
   * @return the scenario
   */
  public Scenario scenario() {
    return scenario;
  }

  /**
   * Returns the last instant the timeline covers: the scenario's as-of instant.
   *
   * @return the as-of instant
   */
  public Instant asOf() {
    return scenario.asOf();
  }

  /**
   * Returns the lifecycle of every pledge, in the agreement's order.
   *
   * @return the pledge timelines
   */
  public ImmutableList<PledgeTimeline> pledges() {
    return pledges;
  }

  /**
   * Returns the lifecycle of one pledge.
   *
   * @param pledgeId the pledge id
   * @return the pledge timeline
   * @throws IllegalArgumentException if the agreement has no such pledge
   */
  public PledgeTimeline pledge(String pledgeId) {
    PledgeTimeline p = byId.get(pledgeId);
    if (p == null) {
      throw new IllegalArgumentException(
          "no pledge '"
              + pledgeId
              + "' in agreement '"
              + agreement.id()
              + "'"
              + Suggestions.hint(pledgeId, byId.keySet()));
    }
    return p;
  }

  /**
   * Returns the status of a pledge at an instant.
   *
   * @param pledgeId the pledge id
   * @param t the instant, at or before the as-of instant
   * @return the status, as {@link Evaluator#evaluate(Scenario)} gives it at {@code t}
   * @throws IllegalArgumentException if there is no such pledge or {@code t} is after the as-of
   *     instant
   */
  public Status statusAt(String pledgeId, Instant t) {
    return pledge(pledgeId).statusAt(t);
  }

  /**
   * Returns the status of a party's contribution to a pledge at an instant.
   *
   * @param pledgeId the pledge id
   * @param partyId the contributing party's id
   * @param t the instant, at or before the as-of instant
   * @return the status, as {@link Evaluator#evaluate(Scenario)} gives it at {@code t}
   * @throws IllegalArgumentException if there is no such pledge or contribution, or {@code t} is
   *     after the as-of instant
   */
  public Status statusAt(String pledgeId, String partyId, Instant t) {
    PledgeTimeline p = pledge(pledgeId);
    return p.contribution(partyId)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "pledge '" + pledgeId + "' has no contribution by '" + partyId + "'"))
        .statusAt(t);
  }

  @Override
  public String toString() {
    return "Timeline{" + scenario.name() + " as of " + asOf() + ": " + pledges + "}";
  }
}
