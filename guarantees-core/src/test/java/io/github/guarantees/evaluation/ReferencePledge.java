package io.github.guarantees.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Iterables;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Caveat;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.Power;
import io.github.guarantees.model.Term;
import io.github.guarantees.scenario.Event;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A pledge prepared for evaluation: its effective trigger resolved, caveats decided once.
 *
 * <p>The trigger <em>creates</em> the pledge, the activation puts it <em>in effect</em> (Symboleo's
 * create and in-effect). An obligation with a deadline, or a restraint, is decided ({@code
 * FULFILLED} or {@code VIOLATED}) relative to the first instant the pledge was {@code ACTIVE}.
 */
final class ReferencePledge {
  final Pledge pledge;
  final Condition trigger;
  final Condition activation;
  final @Nullable Term term;
  final @Nullable Deadline deadline;
  final ImmutableList<Occurred> refrainsFrom;
  final ImmutableSet<String> contributors;
  final ImmutableList<CompiledContribution> contributions;

  /** The start of the agreement's date (UTC), if it has one: when an always-on clock starts. */
  final @Nullable Instant agreementStart;

  /** The evaluator this pledge belongs to: it reads the statuses conditions name. */
  final ReferenceEvaluator owner;

  /** What the pledge lets its holder do, if it is a power. */
  final @Nullable Power power;

  /** The powers that act on this pledge (set by the owner once every pledge exists). */
  ImmutableList<ReferencePledge> actedOnBy = ImmutableList.of();

  final boolean survives;
  final boolean pausesDeadlines;

  ReferencePledge(ReferenceEvaluator owner, Agreement agreement, Pledge pledge) {
    this.owner = owner;
    this.pledge = pledge;
    this.power = pledge.power().orElse(null);
    this.survives = pledge.survivesTermination();
    this.pausesDeadlines = agreement.suspensionPausesDeadlines();
    this.agreementStart =
        agreement.date().map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()).orElse(null);
    this.trigger = agreement.triggerOf(pledge);
    this.activation = pledge.activation();
    this.term = pledge.term().orElse(null);
    this.deadline = pledge.deadline().orElse(null);
    this.refrainsFrom = pledge.refrainsFrom();
    ImmutableList.Builder<CompiledContribution> cs = ImmutableList.builder();
    ImmutableSet.Builder<String> parties = ImmutableSet.builder();
    for (Contribution c : pledge.contributions()) {
      cs.add(new CompiledContribution(c, agreement.blockingCaveat(pledge, c)));
      parties.add(c.party());
    }
    this.contributions = cs.build();
    this.contributors = parties.build();
  }

  /**
   * Where an obligation with a deadline stands at an instant, once the pledge has been active.
   *
   * @param deadline the pledge's deadline
   * @param start the first instant the pledge was active: the clock starts
   * @param due the due instant ({@code start + within} or the fixed one), null with no time limit
   * @param fulfilment the first fulfilling event from {@code start} on that came in time (at or
   *     before {@code due}, or strictly before it if excluded) and by {@code t}, or null
   * @param passed whether the obligation is violated at the instant for want of it
   */
  record DeadlineState(
      Deadline deadline,
      Instant start,
      @Nullable Instant due,
      @Nullable Event fulfilment,
      boolean passed) {
    /** FULFILLED or VIOLATED once decided, null while still open. */
    @Nullable Status decided() {
      if (fulfilment != null) {
        return Status.FULFILLED;
      }
      return passed ? Status.VIOLATED : null;
    }
  }

  /** The state of the pledge's deadline at {@code t}, or null if it has none or never fired. */
  @Nullable DeadlineState deadlineState(EventIndex index, Instant t) {
    Deadline d = this.deadline;
    if (d == null) {
      return null;
    }
    Instant start = clockStart(index, t);
    if (start == null || start.isAfter(t)) {
      return null;
    }
    Instant due = d.dueBy(start).orElse(null);
    if (due == null) {
      return new DeadlineState(
          d, start, null, index.firstBetween(d.fulfilledBy(), start, t), false);
    }
    if (pausesDeadlines) {
      due = due.plus(paused(index, start, t));
    }
    // The first fulfilling event at or after the start; it counts if it came in time.
    Event hit = index.firstBetween(d.fulfilledBy(), start, t);
    if (hit != null && !d.inTime(hit.at(), due)) {
      hit = null;
    }
    Instant violated = d.excludesDue() ? due : due.plusNanos(1);
    return new DeadlineState(d, start, due, hit, !t.isBefore(violated) && !t.isBefore(start));
  }

  /**
   * The first event at or before {@code t} that breaches the restraint while the pledge is in
   * effect (it had been active at or before the event): by {@code party} when given, else by any
   * contributor (by anyone for a collective pledge, or by the party the pattern names).
   */
  @Nullable Event breach(EventIndex index, Instant t, @Nullable String party) {
    Event first = null;
    for (Occurred pattern : refrainsFrom) {
      for (Event e : index.all(pattern, t)) {
        if (first != null && !e.at().isBefore(first.at())) {
          break;
        }
        if (breaches(pattern, e, party)
            && (firstActive(index, e.at()) != null || active(index, Instant.MIN))) {
          first = e;
          break;
        }
      }
    }
    return first;
  }

  private boolean breaches(Occurred pattern, Event e, @Nullable String party) {
    if (party != null) {
      return e.party().isPresent() && e.party().get().equals(party);
    }
    if (pattern.actor().isPresent() || contributors.isEmpty()) {
      return true;
    }
    return e.party().isPresent() && contributors.contains(e.party().get());
  }

  /** FULFILLED or VIOLATED once decided at {@code t}, null otherwise (term not considered). */
  @Nullable Status decided(EventIndex index, Instant t) {
    DeadlineState d = deadlineState(index, t);
    if (d != null) {
      return d.decided();
    }
    if (!refrainsFrom.isEmpty() && breach(index, t, null) != null) {
      return Status.VIOLATED;
    }
    return null;
  }

  /**
   * The instants, other than event instants, at which the status may change, up to {@code asOf}:
   * the fixed end of the term, the end of a term lasting from first activation, and the first
   * instant after a deadline.
   */
  ImmutableSortedSet<Instant> derivedInstants(EventIndex index, Instant asOf) {
    ImmutableSortedSet.Builder<Instant> out = ImmutableSortedSet.naturalOrder();
    Term term = this.term;
    if (term != null && term.endsAt().isPresent()) {
      out.add(term.endsAt().get());
    }
    Instant termStart = termStart(index, asOf);
    if (termStart != null && term != null && term.lastsFor().isPresent()) {
      out.add(termStart.plus(term.lastsFor().get()));
    }
    Instant first = clockStart(index, asOf);
    if (first != null) {
      Deadline d = this.deadline;
      if (d != null) {
        d.violatedFrom(first).ifPresent(out::add);
        if (pausesDeadlines) {
          // After each resumption the due instant has moved by the time suspended so far.
          for (Exercise x : exercisesOn(index, Instant.MAX)) {
            if (x.action() == Power.Action.RESUME) {
              Duration paused = paused(index, first, x.event().at());
              d.violatedFrom(first).ifPresent(v -> out.add(v.plus(paused)));
            }
          }
        }
      }
    }
    return out.build().headSet(asOf, true);
  }

  /** A contribution with its standing caveat decided at compile time. */
  static final class CompiledContribution {
    final Contribution contribution;
    final Optional<Caveat> blockedBy;

    CompiledContribution(Contribution contribution, Optional<Caveat> blockedBy) {
      this.contribution = contribution;
      this.blockedBy = blockedBy;
    }
  }

  boolean active(EventIndex index, Instant t) {
    return owner.holds(trigger, index, t) && owner.holds(activation, index, t);
  }

  /** The first event instant at or before {@code t} at which the pledge fired. */
  @Nullable Instant firstActive(EventIndex index, Instant t) {
    for (Instant i : owner.instants(index).headSet(t, true)) {
      if (active(index, i)) {
        return i;
      }
    }
    return null;
  }

  /**
   * The instants strictly before {@code t} at which the state can differ: before any event (the
   * state with no events, seen at {@link Instant#MIN}), every event instant, and every instant an
   * agreement whose conditions name statuses computes ({@link ReferenceEvaluator#instants}).
   * Conditions change truth value only there, so these cover every earlier moment.
   */
  Iterable<Instant> earlierInstants(EventIndex index, Instant t) {
    if (!t.isAfter(Instant.MIN)) {
      return ImmutableList.of();
    }
    return Iterables.concat(ImmutableList.of(Instant.MIN), owner.instants(index).headSet(t, false));
  }

  /**
   * When the pledge's clocks (a deadline, a term lasting from first activation) start, as seen at
   * {@code t}: the first event instant at which it was active; or, for a pledge already in effect
   * before any event, the start of the agreement's date, so that an unrelated event cannot move it.
   * Null if it has not started (an always-on pledge of an undated agreement never starts one).
   */
  @Nullable Instant clockStart(EventIndex index, Instant t) {
    if (t.isAfter(Instant.MIN) && active(index, Instant.MIN)) {
      return agreementStart;
    }
    return firstActive(index, t);
  }

  /**
   * When the term's duration starts, as seen at {@code t}: without {@code since}, the clock start
   * above; with it, the first instant the condition held, the agreement's start if it held before
   * any event (null for an undated agreement), null if it has not held.
   */
  @Nullable Instant termStart(EventIndex index, Instant t) {
    Condition since = term == null ? null : term.since().orElse(null);
    if (since == null) {
      return clockStart(index, t);
    }
    if (t.isAfter(Instant.MIN) && owner.holds(since, index, Instant.MIN)) {
      return agreementStart;
    }
    for (Instant i : owner.instants(index).headSet(t, true)) {
      if (owner.holds(since, index, i)) {
        return i;
      }
    }
    return null;
  }

  /** Whether the pledge fired at some moment strictly before {@code t}, even before any event. */
  boolean activeBefore(EventIndex index, Instant t) {
    for (Instant i : earlierInstants(index, t)) {
      if (active(index, i)) {
        return true;
      }
    }
    return false;
  }

  /** Why the term has ended at {@code t}, or null if it has not. */
  @Nullable String termEnded(EventIndex index, Instant t) {
    Term term = this.term;
    if (term == null) {
      return null;
    }
    if (term.endsAt().isPresent() && !term.endsAt().get().isAfter(t)) {
      return "the term ended at " + term.endsAt().get();
    }
    if (term.endsWhen().isPresent()) {
      // Once ended, a term stays ended: it suffices that the condition held at some moment.
      Condition ends = term.endsWhen().get();
      if (owner.holds(ends, index, t)) {
        return "the term ended when " + ends + " held";
      }
      for (Instant i : earlierInstants(index, t)) {
        if (owner.holds(ends, index, i)) {
          return "the term ended when " + ends + " held, at " + describe(i);
        }
      }
    }
    if (term.lastsFor().isPresent()) {
      Duration d = term.lastsFor().get();
      Instant first = termStart(index, t);
      if (first != null && !first.plus(d).isAfter(t)) {
        return "the term of " + d + " from " + first + " ended";
      }
    }
    return null;
  }

  private static String describe(Instant i) {
    return i.equals(Instant.MIN) ? "the start" : i.toString();
  }

  Status status(EventIndex index, Instant t) {
    if (termEnded(index, t) != null) {
      return Status.EXPIRED;
    }
    if (!survives && Instant.MIN.equals(owner.agreementEnd(index))) {
      return Status.EXPIRED;
    }
    if (exercised(index, t) != null) {
      return Status.FULFILLED;
    }
    // Terminated by a power or the agreement's end: what was decided by then stays; anything else
    // has expired.
    Instant terminated = terminatedAt(index, t);
    Status decided = decided(index, terminated != null ? terminated : t);
    if (decided != null) {
      return decided;
    }
    if (terminated != null) {
      return Status.EXPIRED;
    }
    if (suspendedSince(index, t) != null) {
      return Status.SUSPENDED;
    }
    return ongoing(index, t);
  }

  // Powers, read afresh: every exercise is decided on the power's status just before it.

  /** An exercise that took effect: the power, what it did and the event that exercised it. */
  record Exercise(ReferencePledge power, Power.Action action, Event event) {}

  /** This power's first exercise at or before {@code t} that took effect, or null. */
  @Nullable Event exercised(EventIndex index, Instant t) {
    Power w = this.power;
    if (w == null || !t.isAfter(Instant.MIN)) {
      return null;
    }
    for (Event e : index.all(w.exercisedBy(), t)) {
      if (status(index, justBefore(index, e.at())) == Status.ACTIVE) {
        return e;
      }
    }
    return null;
  }

  /** The last instant before {@code t} at which a status can change, or {@link Instant#MIN}. */
  Instant justBefore(EventIndex index, Instant t) {
    Instant before = owner.instants(index).lower(t);
    return before == null ? Instant.MIN : before;
  }

  /**
   * The exercises that acted on this pledge by {@code t}, in order of instant, suspensions and
   * terminations before resumptions at one instant.
   */
  java.util.List<Exercise> exercisesOn(EventIndex index, Instant t) {
    java.util.List<Exercise> out = new java.util.ArrayList<>();
    for (ReferencePledge p : actedOnBy) {
      Power w = java.util.Objects.requireNonNull(p.power);
      Event e = p.exercised(index, t);
      if (e != null) {
        out.add(new Exercise(p, w.action(), e));
      }
    }
    out.sort(
        java.util.Comparator.comparing((Exercise x) -> x.event().at())
            .thenComparing(x -> x.action() == Power.Action.RESUME));
    return out;
  }

  /**
   * When a power or the agreement's own term terminated this pledge (the earlier), at or before
   * {@code t}, or null.
   */
  @Nullable Instant terminatedAt(EventIndex index, Instant t) {
    Instant byPower = null;
    for (Exercise x : exercisesOn(index, t)) {
      if (x.action() == Power.Action.TERMINATE) {
        byPower = x.event().at();
        break;
      }
    }
    Instant end = survives ? null : owner.agreementEnd(index);
    if (end == null || end.equals(Instant.MIN) || !t.isAfter(Instant.MIN) || end.isAfter(t)) {
      return byPower;
    }
    return byPower == null || end.isBefore(byPower) ? end : byPower;
  }

  /** The suspensions by powers, replayed by {@code t}: since when suspended now, or null. */
  @Nullable Instant suspendedSince(EventIndex index, Instant t) {
    Instant since = null;
    for (Exercise x : exercisesOn(index, t)) {
      if (x.action() == Power.Action.SUSPEND && since == null) {
        since = x.event().at();
      } else if (x.action() == Power.Action.RESUME) {
        since = null;
      }
    }
    return since;
  }

  /** The time suspended by powers between {@code start} (the clock's start) and {@code t}. */
  Duration paused(EventIndex index, Instant start, Instant t) {
    Duration total = Duration.ZERO;
    Instant since = null;
    for (Exercise x : exercisesOn(index, t)) {
      if (x.action() == Power.Action.SUSPEND && since == null) {
        since = x.event().at();
      } else if (x.action() == Power.Action.RESUME && since != null) {
        total = total.plus(overlap(since, x.event().at(), start));
        since = null;
      }
    }
    return since == null ? total : total.plus(overlap(since, t, start));
  }

  private static Duration overlap(Instant from, Instant to, Instant start) {
    Instant a = from.isBefore(start) ? start : from;
    return a.isBefore(to) ? Duration.between(a, to) : Duration.ZERO;
  }

  /** The status by the rules for pledges without a deadline or breach: trigger and activation. */
  Status ongoing(EventIndex index, Instant t) {
    boolean triggered = owner.holds(trigger, index, t);
    if (triggered && owner.holds(activation, index, t)) {
      return Status.ACTIVE;
    }
    if (activeBefore(index, t)) {
      return Status.SUSPENDED;
    }
    return triggered ? Status.PENDING : Status.DORMANT;
  }

  Status contributionStatus(
      CompiledContribution c, Status pledgeStatus, EventIndex index, Instant t) {
    if (pledgeStatus == Status.EXPIRED) {
      return Status.EXPIRED;
    }
    if (c.blockedBy.isPresent()) {
      return Status.BLOCKED;
    }
    Status base = pledgeStatus;
    if (!refrainsFrom.isEmpty()) {
      // A restraint is breached party by party: another party's breach leaves this one in effect.
      Instant terminated = terminatedAt(index, t);
      if (breach(index, terminated != null ? terminated : t, c.contribution.party()) != null) {
        return Status.VIOLATED;
      }
      if (base == Status.VIOLATED) {
        base =
            terminated != null
                ? Status.EXPIRED
                : suspendedSince(index, t) != null ? Status.SUSPENDED : ongoing(index, t);
      }
    }
    if (base != Status.ACTIVE && base != Status.SUSPENDED) {
      return base;
    }
    Condition own = c.contribution.condition();
    if (base == Status.ACTIVE && owner.holds(own, index, t)) {
      return Status.ACTIVE;
    }
    // Fired now but for a power's suspension of the pledge: suspended with it.
    if (base == Status.SUSPENDED && active(index, t) && owner.holds(own, index, t)) {
      return Status.SUSPENDED;
    }
    for (Instant i : earlierInstants(index, t)) {
      if (active(index, i) && owner.holds(own, index, i)) {
        return Status.SUSPENDED;
      }
    }
    // Never fired itself: waiting, in play or not, whatever became of the pledge.
    return owner.holds(trigger, index, t) ? Status.PENDING : Status.DORMANT;
  }
}
