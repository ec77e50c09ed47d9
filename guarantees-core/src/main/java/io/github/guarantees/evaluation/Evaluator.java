package io.github.guarantees.evaluation;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.guarantees.evaluation.CompiledPledge.CompiledContribution;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.Problem;
import io.github.guarantees.model.Site;
import io.github.guarantees.model.Suggestions;
import io.github.guarantees.model.ValidationException;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Decides, for any scenario, which pledges and contributions of an agreement fire, and why.
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.compile(Paris2026.agreement());
 * Assessment a = evaluator.evaluate(scenario);
 * if (a.status("multinational-force") == Status.ACTIVE) { ... }
 * System.out.println(a.explain("multinational-force"));
 * }</pre>
 *
 * <p>Compile once, evaluate many: {@link #evaluate(Scenario)} is a pure function of the agreement
 * and the scenario (nothing reads the clock), and one evaluator may be shared by any number of
 * threads.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Evaluator {
  private final Agreement agreement;
  private final ImmutableList<CompiledPledge> pledges;
  private final ImmutableMap<String, Integer> positions;
  private final Kernel kernel;

  private Evaluator(Agreement agreement) {
    this.agreement = agreement;
    this.kernel = new Kernel(agreement);
    ImmutableList.Builder<CompiledPledge> ps = ImmutableList.builder();
    ImmutableMap.Builder<String, Integer> pos = ImmutableMap.builder();
    int i = 0;
    for (Pledge p : agreement.instances()) {
      ps.add(new CompiledPledge(agreement, p));
      pos.put(p.id(), i++);
    }
    this.pledges = ps.build();
    this.positions = pos.buildOrThrow();
  }

  /**
   * Prepares an agreement for evaluation. The agreement was validated when it was built.
   *
   * @param agreement the agreement, not null
   * @return the evaluator
   * @throws NullPointerException if agreement is null
   */
  public static Evaluator compile(Agreement agreement) {
    return new Evaluator(Objects.requireNonNull(agreement, "agreement"));
  }

  Kernel kernel() {
    return kernel;
  }

  /**
   * Decides the status of every pledge and contribution at the scenario's as-of instant, and
   * nothing more: no explanation, no event index. For simulations: apart from the one compact
   * result (a byte per pledge and contribution), a call allocates nothing per event; it reuses
   * per-thread scratch sized by the agreement. Agrees with {@link #evaluate(Scenario)} on every
   * status. Where every pledge's status depends on its conditions alone (no term, deadline,
   * restraint or power, and no condition on a status), the conditions' truth at every event instant
   * is computed 63 instants at a time, a bit per instant, rather than instant by instant: the same
   * statuses, faster.
   *
   * @param scenario the scenario, not null
   * @return the statuses
   * @throws NullPointerException if scenario is null
   * @throws ValidationException if an event names a trigger or party the agreement does not declare
   *     (every such event is listed)
   */
  public Decisions decide(Scenario scenario) {
    Objects.requireNonNull(scenario, "scenario");
    List<Event> events = scenario.events();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      if (!kernel.triggers.containsKey(e.trigger())
          || (e.party().isPresent() && !kernel.parties.containsKey(e.party().get()))
          || (e.target().isPresent() && !kernel.parties.containsKey(e.target().get()))
          || (e.place().isPresent() && !kernel.statics.containing.containsKey(e.place().get()))) {
        check(scenario);
      }
    }
    return new Decisions(this, decided(events, scenario.asOf()));
  }

  /** Every status at {@code asOf}, encoded ({@link Decisions#encode}), by a borrowed sweep. */
  private byte[] decided(List<Event> events, Instant asOf) {
    Sweep sweep = kernel.borrow();
    try {
      byte[] out = new byte[kernel.slots];
      if (sweep.decideByWords(events, asOf, out)) {
        return out;
      }
      sweep.run(events, asOf, null);
      long sec = asOf.getEpochSecond();
      int nano = asOf.getNano();
      for (int p = 0; p < kernel.pledgeCount; p++) {
        Status status = sweep.pledge(p, sec, nano, false);
        out[kernel.slot[p]] = Decisions.encode(status);
        for (int c = kernel.contributionStart[p], j = 1; c < kernel.contributionStart[p + 1]; c++) {
          out[kernel.slot[p] + j++] =
              Decisions.encode(sweep.contribution(c, p, status, sec, nano, false));
        }
      }
      return out;
    } finally {
      Kernel.release(sweep);
    }
  }

  int position(String pledgeId) {
    Integer i = positions.get(pledgeId);
    if (i == null) {
      throw new IllegalArgumentException(
          "no pledge '"
              + pledgeId
              + "' in agreement '"
              + agreement.id()
              + "'"
              + Suggestions.hint(pledgeId, positions.keySet()));
    }
    return i;
  }

  int contributionPosition(int pledge, String partyId) {
    Pledge p = agreement.instances().get(pledge);
    for (int j = 0; j < p.contributions().size(); j++) {
      if (p.contributions().get(j).party().equals(partyId)) {
        return j;
      }
    }
    throw new IllegalArgumentException(
        "pledge '"
            + p.id()
            + "' has no contribution by '"
            + partyId
            + "'"
            + Suggestions.hint(
                partyId,
                p.contributions().stream()
                    .map(c -> c.party())
                    .collect(ImmutableList.toImmutableList())));
  }

  /**
   * Returns the agreement this evaluator decides.
   *
   * @return the agreement
   */
  public Agreement agreement() {
    return agreement;
  }

  CompiledPledge compiled(int position) {
    return pledges.get(position);
  }

  /**
   * Evaluates a scenario at its as-of instant. The assessment explains on demand; where {@link
   * #decide(Scenario)} decides by words, so does this, and what explanations read is computed when
   * the assessment is first asked for one (or for {@link Assessment#agreementStatus()}), once.
   *
   * @param scenario the scenario, not null
   * @return the assessment of every pledge and contribution
   * @throws ValidationException if an event names a trigger or party the agreement does not declare
   *     (every such event is listed)
   * @throws NullPointerException if scenario is null
   */
  public Assessment evaluate(Scenario scenario) {
    Objects.requireNonNull(scenario, "scenario");
    check(scenario);
    Status[] statuses = new Status[kernel.slots];
    Supplier<Explainer.State> state;
    if (kernel.program != null) {
      // Statuses by words; the sweep explanations read is made when one is first asked for.
      byte[] decided = decided(scenario.events(), scenario.asOf());
      for (int i = 0; i < statuses.length; i++) {
        statuses[i] = Decisions.decode(decided[i]);
      }
      state = Suppliers.memoize(() -> explainable(scenario));
    } else {
      Explainer.State swept = explainable(scenario);
      Timeline.statuses(swept.sweep(), scenario.asOf(), false, statuses);
      state = Suppliers.ofInstance(swept);
    }
    ImmutableList.Builder<PledgeAssessment> out =
        ImmutableList.builderWithExpectedSize(pledges.size());
    for (int i = 0; i < pledges.size(); i++) {
      CompiledPledge p = pledges.get(i);
      ImmutableList.Builder<ContributionAssessment> cs =
          ImmutableList.builderWithExpectedSize(p.contributions.size());
      for (int j = 0; j < p.contributions.size(); j++) {
        CompiledContribution c = p.contributions.get(j);
        cs.add(
            new ContributionAssessment(
                c.contribution, statuses[kernel.slot[i] + 1 + j], c.blockedBy));
      }
      out.add(new PledgeAssessment(p.pledge, statuses[kernel.slot[i]], cs.build()));
    }
    return new Assessment(this, scenario, state, out.build(), positions);
  }

  /**
   * What explanations read: a sweep of the scenario's events up to its as-of instant, of the
   * sweep's own (not borrowed: the assessment keeps it), and the events indexed.
   */
  private Explainer.State explainable(Scenario scenario) {
    List<Event> events = scenario.eventsAsOf();
    EventIndex index = EventIndex.of(kernel.statics, events);
    Sweep sweep = new Sweep(kernel);
    sweep.run(events, scenario.asOf(), null);
    return new Explainer.State(sweep, index, events, scenario.asOf());
  }

  /**
   * Returns the lifecycle of every pledge and contribution in a scenario: each status change up to
   * the as-of instant, with its instant and cause. At every instant up to the as-of instant it
   * agrees with {@link #evaluate(Scenario)} of the scenario assessed at that instant.
   *
   * <pre>{@code
   * Timeline timeline = evaluator.timeline(scenario);
   * for (StatusChange c : timeline.pledge("consultations").changes()) { ... }
   * System.out.println(TimelineReport.render(timeline));
   * }</pre>
   *
   * @param scenario the scenario, not null
   * @return the timeline
   * @throws ValidationException if an event names a trigger or party the agreement does not declare
   *     (every such event is listed)
   * @throws NullPointerException if scenario is null
   */
  public Timeline timeline(Scenario scenario) {
    Objects.requireNonNull(scenario, "scenario");
    check(scenario);
    return Timeline.of(this, scenario, EventIndex.of(kernel.statics, scenario.eventsAsOf()));
  }

  ImmutableList<CompiledPledge> compiled() {
    return pledges;
  }

  private void check(Scenario scenario) {
    ImmutableList<Problem> problems = problems(scenario);
    if (!problems.isEmpty()) {
      throw new ValidationException("scenario '" + scenario.name() + "'", problems);
    }
  }

  /**
   * Returns every event of a scenario that names a trigger or party this evaluator's agreement does
   * not declare, with a did-you-mean hint for likely typos. Each problem's {@link Problem#site()}
   * is the offending event's position and field ({@code events[3].trigger}), so a file reader can
   * place it; {@link #evaluate(Scenario)} throws these as one {@link ValidationException}.
   *
   * @param scenario the scenario, not null
   * @return the problems, empty if the scenario fits the agreement
   * @throws NullPointerException if scenario is null
   */
  public ImmutableList<Problem> problems(Scenario scenario) {
    Objects.requireNonNull(scenario, "scenario");
    return problems(scenario.events());
  }

  /**
   * Like {@link #problems(Scenario)} for a list of events, numbered in the order given (a file
   * reader passes them in the order the file lists them; a scenario sorts them by instant).
   *
   * @param events the events, not null
   * @return the problems, each at an event's {@code trigger}, {@code party}, {@code target} or
   *     {@code place}
   * @throws NullPointerException if events is null
   */
  public ImmutableList<Problem> problems(List<Event> events) {
    Objects.requireNonNull(events, "events");
    ImmutableList.Builder<Problem> problems = ImmutableList.builder();
    Set<String> triggers = agreement.triggersById().keySet();
    Set<String> parties = agreement.parties().keySet();
    String declares = "agreement '" + agreement.id() + "'";
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      int position = i;
      if (!triggers.contains(e.trigger())) {
        problems.add(
            new Problem(
                Site.event(position, "trigger"),
                declares
                    + " declares no trigger '"
                    + e.trigger()
                    + "'"
                    + Suggestions.hint(e.trigger(), triggers)));
      }
      e.party()
          .filter(p -> !parties.contains(p))
          .ifPresent(
              p ->
                  problems.add(
                      new Problem(
                          Site.event(position, "party"),
                          declares + " has no party '" + p + "'" + Suggestions.hint(p, parties))));
      e.target()
          .filter(p -> !parties.contains(p))
          .ifPresent(
              p ->
                  problems.add(
                      new Problem(
                          Site.event(position, "target"),
                          declares + " has no party '" + p + "'" + Suggestions.hint(p, parties))));
      e.place()
          .filter(p -> !kernel.statics.containing.containsKey(p))
          .ifPresent(
              p ->
                  problems.add(
                      new Problem(
                          Site.event(position, "place"),
                          declares
                              + " knows no place '"
                              + p
                              + "' (a region or a party's territory)"
                              + Suggestions.hint(p, kernel.statics.containing.keySet()))));
    }
    return problems.build();
  }

  @Override
  public String toString() {
    return "Evaluator{" + agreement.id() + ", " + pledges.size() + " pledges}";
  }
}
