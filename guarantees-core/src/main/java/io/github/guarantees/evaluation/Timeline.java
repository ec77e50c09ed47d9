package io.github.guarantees.evaluation;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ListMultimap;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.evaluation.CompiledPledge.CompiledContribution;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Suggestions;
import io.github.guarantees.model.Term;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
    Kernel kernel = evaluator.kernel();
    Sweep sweep = new Sweep(kernel);
    ImmutableList<Event> events = scenario.eventsAsOf();
    Status[] initial = new Status[kernel.slots];
    Status[] previous = new Status[kernel.slots];
    Status[] now = new Status[kernel.slots];
    ListMultimap<Integer, StatusChange> changes = ArrayListMultimap.create();
    sweep.run(
        events,
        asOf,
        new Sweep.Steps() {
          @Override
          public void initial() {
            statuses(sweep, Instant.MIN, true, initial);
            System.arraycopy(initial, 0, previous, 0, initial.length);
          }

          @Override
          public void step(Instant t, int eventCount) {
            statuses(sweep, t, false, now);
            // Built only at a step where some status changed (most steps change none).
            ImmutableList<Event> at = ImmutableList.of();
            Explainer.State state = null;
            for (int i = 0; i < compiled.size(); i++) {
              int slot = kernel.slot[i];
              int end = slot + 1 + compiled.get(i).contributions.size();
              for (int cs = slot; cs < end; cs++) {
                if (previous[cs] == now[cs]) {
                  continue;
                }
                if (state == null) {
                  at = eventsAt(events, eventCount, t);
                  state = new Explainer.State(sweep, index, events, t);
                }
                CompiledPledge p = compiled.get(i);
                int j = cs - slot - 1;
                changes
                    .get(cs)
                    .add(
                        change(
                            state,
                            i,
                            p,
                            j < 0 ? null : p.contributions.get(j),
                            j < 0 ? -1 : kernel.contributionStart[i] + j,
                            previous[cs],
                            now[cs],
                            at));
              }
            }
            System.arraycopy(now, 0, previous, 0, now.length);
          }
        });
    ImmutableList.Builder<PledgeTimeline> out = ImmutableList.builder();
    for (int i = 0; i < compiled.size(); i++) {
      CompiledPledge p = compiled.get(i);
      int slot = kernel.slot[i];
      ImmutableList.Builder<ContributionTimeline> cs = ImmutableList.builder();
      for (int j = 0; j < p.contributions.size(); j++) {
        cs.add(
            new ContributionTimeline(
                p.contributions.get(j).contribution,
                initial[slot + 1 + j],
                ImmutableList.copyOf(changes.get(slot + 1 + j)),
                asOf));
      }
      out.add(
          new PledgeTimeline(
              p.pledge, initial[slot], ImmutableList.copyOf(changes.get(slot)), cs.build(), asOf));
    }
    return new Timeline(evaluator.agreement(), scenario, out.build());
  }

  /** Every status at {@code t} into {@code out}, by slot. */
  static void statuses(Sweep sweep, Instant t, boolean atMin, Status[] out) {
    Kernel k = sweep.k;
    long sec = t.getEpochSecond();
    int nano = t.getNano();
    for (int p = 0; p < k.pledgeCount; p++) {
      Status status = sweep.pledge(p, sec, nano, atMin);
      out[k.slot[p]] = status;
      for (int c = k.contributionStart[p], j = 1; c < k.contributionStart[p + 1]; c++) {
        out[k.slot[p] + j++] = sweep.contribution(c, p, status, sec, nano, atMin);
      }
    }
  }

  /** The events at {@code t}: the last ones of the first {@code count}. */
  private static ImmutableList<Event> eventsAt(List<Event> events, int count, Instant t) {
    int from = count;
    while (from > 0 && events.get(from - 1).at().equals(t)) {
      from--;
    }
    return ImmutableList.copyOf(events.subList(from, count));
  }

  /** A change with its cause: a derived one for EXPIRED, FULFILLED, VIOLATED, else the events. */
  private static StatusChange change(
      Explainer.State state,
      int pledge,
      CompiledPledge p,
      @Nullable CompiledContribution c,
      int contribution,
      Status from,
      Status to,
      ImmutableList<Event> at) {
    Instant t = state.t();
    // A power's exercise at this instant: the power spent, or this pledge terminated or suspended.
    Optional<Cause> power = Explainer.power(state, pledge, p.pledge, to);
    if (power.isPresent()
        && power.get() instanceof Cause.PowerExercised x
        && x.event().at().equals(t)) {
      return new StatusChange(
          t, from, to, ImmutableList.of(x.event()), () -> Explanation.render(x));
    }
    if (to == Status.EXPIRED) {
      ImmutableSet<Occurred> ending =
          p.pledge
              .term()
              .flatMap(Term::endsWhen)
              .map(Condition::patterns)
              .orElse(ImmutableSet.of());
      // The cause is found now (the sweep moves on), put in words when asked.
      Optional<Cause> ended =
          Explainer.termEnded(state.sweep(), pledge, p.pledge, t)
              .map(Cause.class::cast)
              .or(() -> Explainer.agreementEnded(state.sweep(), pledge, t));
      return new StatusChange(
          t,
          from,
          to,
          matching(state.index(), at, ending),
          () -> ended.map(Explanation::render).orElse("the term ended"));
    }
    if (to == Status.FULFILLED || to == Status.VIOLATED) {
      Optional<Cause> obligation = Explainer.obligation(state, pledge, p.pledge, contribution);
      Event cause = null;
      if (obligation.isPresent() && obligation.get() instanceof Cause.Fulfilled f) {
        cause = f.event();
      } else if (obligation.isPresent() && obligation.get() instanceof Cause.Breached b) {
        cause = b.event();
      }
      boolean restraint = !p.pledge.refrainsFrom().isEmpty();
      ImmutableList<Event> events =
          cause != null && (cause.at().equals(t) || (to == Status.VIOLATED && restraint))
              ? ImmutableList.of(cause)
              : ImmutableList.of();
      return new StatusChange(
          t, from, to, events, () -> obligation.map(Explanation::render).orElse(to.name()));
    }
    ImmutableList<Event> events = matching(state.index(), at, c == null ? p.relevant : c.relevant);
    if (events.isEmpty()) {
      events = at;
    }
    ImmutableList<Event> causes = events;
    return new StatusChange(
        t,
        from,
        to,
        causes,
        () ->
            causes.isEmpty()
                ? "status derived at " + t
                : causes.stream().map(Event::toString).collect(Collectors.joining(", ")));
  }

  /** The events that match one of the patterns: those a condition could have noticed. */
  private static ImmutableList<Event> matching(
      EventIndex index, ImmutableList<Event> events, ImmutableSet<Occurred> patterns) {
    ImmutableList.Builder<Event> out = ImmutableList.builder();
    for (Event e : events) {
      for (Occurred o : patterns) {
        if (index.matches(o, e)) {
          out.add(e);
          break;
        }
      }
    }
    return out.build();
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
   * @throws NullPointerException if pledgeId is null
   */
  public PledgeTimeline pledge(String pledgeId) {
    Objects.requireNonNull(pledgeId, "pledgeId");
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
   * @throws NullPointerException if an argument is null
   */
  public Status statusAt(String pledgeId, Instant t) {
    Objects.requireNonNull(t, "t");
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
   * @throws NullPointerException if an argument is null
   */
  public Status statusAt(String pledgeId, String partyId, Instant t) {
    Objects.requireNonNull(partyId, "partyId");
    Objects.requireNonNull(t, "t");
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
