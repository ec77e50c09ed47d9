package io.github.guarantees.evaluation;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.StatusIs;
import io.github.guarantees.evaluation.ReferencePledge.CompiledContribution;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.Term;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The reference evaluator: the first, straightforward reading of the semantics, kept as the oracle
 * that the kernel ({@link Evaluator}) is held to. It decides a status by re-evaluating conditions
 * at every earlier instant — quadratic in events, simple to check against DESIGN.md and
 * docs/SEMANTICS.md. Published in guarantees-core's test-jar so that other modules' tests can use
 * it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReferenceEvaluator {
  private final Agreement agreement;
  private final ImmutableList<ReferencePledge> pledges;
  private final java.util.Map<String, ReferencePledge> byId = new java.util.HashMap<>();

  /** Whether some condition names a status: then conditions change at computed instants too. */
  private final boolean namesStatuses;

  /** Per event index (by identity): every instant at which a condition may change truth. */
  private final java.util.Map<EventIndex, NavigableSet<Instant>> instants =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private ReferenceEvaluator(Agreement agreement) {
    this.agreement = agreement;
    ImmutableList.Builder<ReferencePledge> ps = ImmutableList.builder();
    boolean statuses = false;
    for (Pledge p : agreement.instances()) {
      ReferencePledge r = new ReferencePledge(this, agreement, p);
      ps.add(r);
      byId.put(p.id(), r);
      statuses |= !agreement.statusConditionsOf(p).isEmpty();
    }
    // The agreement's own end is an instant it computes, as a term's end is.
    statuses |= agreement.term().isPresent();
    this.pledges = ps.build();
    // Each pledge knows the powers that act on it: by name, or on the agreement as a whole.
    for (ReferencePledge target : pledges) {
      ImmutableList.Builder<ReferencePledge> on = ImmutableList.builder();
      for (ReferencePledge p : pledges) {
        io.github.guarantees.model.Power w = p.power;
        if (w == null) {
          continue;
        }
        statuses = true;
        boolean named = w.target().filter(target.pledge.id()::equals).isPresent();
        boolean all = w.target().isEmpty() && !target.survives && p != target;
        if (named || all) {
          on.add(p);
        }
      }
      target.actedOnBy = on.build();
    }
    this.namesStatuses = statuses;
  }

  /**
   * When the agreement's own term ends, read afresh: the earliest of its fixed end, its date plus a
   * duration without {@code since}, the first instant its ending condition holds, and the first
   * instant {@code since} holds plus the duration (from the date if it holds before any event);
   * {@link Instant#MIN} if the ending condition holds before any event; null if none.
   */
  @org.jspecify.annotations.Nullable
  Instant agreementEnd(EventIndex index) {
    Term term = agreement.term().orElse(null);
    if (term == null) {
      return null;
    }
    Instant start =
        agreement.date().map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()).orElse(null);
    List<Instant> ends = new ArrayList<>();
    term.endsAt().ifPresent(ends::add);
    if (term.endsWhen().isPresent()) {
      Condition c = term.endsWhen().get();
      if (holds(c, index, Instant.MIN)) {
        return Instant.MIN;
      }
      firstHolding(c, index).ifPresent(ends::add);
    }
    if (term.lastsFor().isPresent()) {
      if (term.since().isEmpty()) {
        if (start != null) {
          ends.add(start.plus(term.lastsFor().get()));
        }
      } else if (holds(term.since().get(), index, Instant.MIN)) {
        if (start != null) {
          ends.add(start.plus(term.lastsFor().get()));
        }
      } else {
        firstHolding(term.since().get(), index)
            .ifPresent(i -> ends.add(i.plus(term.lastsFor().get())));
      }
    }
    return ends.stream().min(Instant::compareTo).orElse(null);
  }

  private java.util.Optional<Instant> firstHolding(Condition c, EventIndex index) {
    for (Instant i : index.instants()) {
      if (holds(c, index, i)) {
        return java.util.Optional.of(i);
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Whether the agreement's own term has ended at {@code t} ({@link Instant#MIN}: before any
   * event).
   */
  boolean agreementEnded(EventIndex index, Instant t) {
    Instant end = agreementEnd(index);
    return end != null && (end.equals(Instant.MIN) || (t.isAfter(Instant.MIN) && !end.isAfter(t)));
  }

  /**
   * Whether the agreement's own term has ended at the scenario's as-of instant.
   *
   * @param scenario the scenario, not null
   * @return true if it has
   */
  public boolean agreementEnded(Scenario scenario) {
    return agreementEnded(index(agreement, scenario), scenario.asOf());
  }

  /** Whether a condition holds at {@code t}, the statuses it names read from this evaluator. */
  boolean holds(Condition c, EventIndex index, Instant t) {
    return ReferenceInterpreter.holds(c, index, t, (s, at) -> statusOf(s, index, at));
  }

  /** The status a condition on statuses asks about, at {@code t}, by the rules read afresh. */
  Status statusOf(StatusIs c, EventIndex index, Instant t) {
    ReferencePledge p = byId.get(c.pledge());
    if (p == null) {
      throw new IllegalArgumentException("no pledge " + c.pledge());
    }
    Status status = p.status(index, t);
    if (c.party().isEmpty()) {
      return status;
    }
    for (CompiledContribution cc : p.contributions) {
      if (cc.contribution.party().equals(c.party().get())) {
        return p.contributionStatus(cc, status, index, t);
      }
    }
    throw new IllegalArgumentException("no contribution of " + c.party().get() + " in " + c);
  }

  /**
   * Every instant at which a condition may change truth: the event instants, and, where conditions
   * name statuses, every instant a pledge computes (a term's end, a deadline's violation), found by
   * adding them until none is new (a computed instant can start another pledge's clock).
   */
  NavigableSet<Instant> instants(EventIndex index) {
    if (!namesStatuses) {
      return index.instants();
    }
    NavigableSet<Instant> known = instants.get(index);
    if (known != null) {
      return known;
    }
    NavigableSet<Instant> set = new TreeSet<>(index.instants());
    while (true) {
      instants.put(index, java.util.Collections.unmodifiableNavigableSet(new TreeSet<>(set)));
      int before = set.size();
      for (ReferencePledge p : pledges) {
        set.addAll(p.derivedInstants(index, Instant.MAX));
      }
      Instant end = agreementEnd(index);
      if (end != null && !end.equals(Instant.MIN)) {
        set.add(end);
      }
      if (set.size() == before) {
        return instants.get(index);
      }
    }
  }

  /**
   * Prepares an agreement.
   *
   * @param agreement the agreement, not null
   * @return the reference evaluator
   * @throws NullPointerException if agreement is null
   */
  public static ReferenceEvaluator of(Agreement agreement) {
    return new ReferenceEvaluator(Objects.requireNonNull(agreement, "agreement"));
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
   * Returns the status of every pledge and contribution at the scenario's as-of instant. The
   * scenario must fit the agreement (see {@link Evaluator#problems(Scenario)}).
   *
   * @param scenario the scenario, not null
   * @return the assessments, in the agreement's order
   */
  public ImmutableList<PledgeAssessment> assess(Scenario scenario) {
    return assess(index(agreement, scenario), scenario.asOf());
  }

  /**
   * Returns whether a condition holds at the scenario's as-of instant.
   *
   * @param condition the condition, not null
   * @param scenario the scenario, not null
   * @return its truth
   */
  public static boolean holds(Condition condition, Scenario scenario) {
    return ReferenceInterpreter.holds(
        condition,
        EventIndex.of(scenario.eventsAsOf(), (o, e) -> simple(o).matches(e.trigger(), e.party())),
        scenario.asOf());
  }

  /**
   * Returns whether a condition holds at the scenario's as-of instant, its patterns matched as the
   * reference reads an agreement's parties, memberships and places.
   *
   * @param condition the condition, not null
   * @param agreement the agreement whose parties the patterns name, not null
   * @param scenario the scenario, not null
   * @return its truth
   */
  public static boolean holds(Condition condition, Agreement agreement, Scenario scenario) {
    return ReferenceInterpreter.holds(condition, index(agreement, scenario), scenario.asOf());
  }

  /**
   * Returns whether a condition of this evaluator's agreement holds at the scenario's as-of
   * instant, the statuses it names read by this evaluator.
   *
   * @param condition the condition, not null
   * @param scenario the scenario, not null
   * @return its truth
   */
  public boolean holdsIn(Condition condition, Scenario scenario) {
    return holds(condition, index(agreement, scenario), scenario.asOf());
  }

  private static Occurred simple(Occurred o) {
    if (!o.isSimple()) {
      throw new IllegalArgumentException(o + ": give the agreement to match it");
    }
    return o;
  }

  static EventIndex index(Agreement agreement, Scenario scenario) {
    ReferenceMatching m = new ReferenceMatching(agreement, scenario.eventsAsOf());
    return EventIndex.of(scenario.eventsAsOf(), m::matches);
  }

  ImmutableList<PledgeAssessment> assess(EventIndex index, Instant t) {
    ImmutableList.Builder<PledgeAssessment> out =
        ImmutableList.builderWithExpectedSize(pledges.size());
    for (ReferencePledge p : pledges) {
      Status status = p.status(index, t);
      ImmutableList.Builder<ContributionAssessment> cs = ImmutableList.builder();
      for (CompiledContribution c : p.contributions) {
        cs.add(
            new ContributionAssessment(
                c.contribution, p.contributionStatus(c, status, index, t), c.blockedBy));
      }
      out.add(new PledgeAssessment(p.pledge, status, cs.build()));
    }
    return out.build();
  }

  /**
   * One change of status in a reference timeline.
   *
   * @param pledge the pledge's position in the agreement
   * @param contribution the contribution's position in the pledge, or -1 for the pledge itself
   * @param at the instant from which the new status holds
   * @param from the status before
   * @param to the status after
   */
  public record Change(int pledge, int contribution, Instant at, Status from, Status to) {}

  /**
   * Returns the statuses before any event and every change up to the as-of instant, found by
   * assessing the scenario at every event instant and every derived instant.
   *
   * @param scenario the scenario, not null
   * @return the initial assessments and the changes in order of instant, pledge, contribution
   */
  public Lifecycle timeline(Scenario scenario) {
    EventIndex index = index(agreement, scenario);
    Instant asOf = scenario.asOf();
    NavigableSet<Instant> instants = new TreeSet<>(instants(index).headSet(asOf, true));
    for (ReferencePledge p : pledges) {
      instants.addAll(p.derivedInstants(index, asOf));
    }
    Instant end = agreementEnd(index);
    if (end != null && !end.equals(Instant.MIN) && !end.isAfter(asOf)) {
      instants.add(end);
    }
    ImmutableList<PledgeAssessment> before = assess(index, Instant.MIN);
    List<Change> changes = new ArrayList<>();
    ImmutableList<PledgeAssessment> previous = before;
    for (Instant t : instants) {
      ImmutableList<PledgeAssessment> now = assess(index, t);
      for (int i = 0; i < pledges.size(); i++) {
        PledgeAssessment was = previous.get(i);
        PledgeAssessment is = now.get(i);
        if (was.status() != is.status()) {
          changes.add(new Change(i, -1, t, was.status(), is.status()));
        }
        for (int j = 0; j < is.contributions().size(); j++) {
          Status from = was.contributions().get(j).status();
          Status to = is.contributions().get(j).status();
          if (from != to) {
            changes.add(new Change(i, j, t, from, to));
          }
        }
      }
      previous = now;
    }
    return new Lifecycle(before, ImmutableList.copyOf(changes));
  }

  /**
   * A reference timeline.
   *
   * @param initial the assessments before any event
   * @param changes every change, in order of instant, pledge, contribution
   */
  public record Lifecycle(ImmutableList<PledgeAssessment> initial, ImmutableList<Change> changes) {}
}
