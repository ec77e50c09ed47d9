package io.github.guarantees.evaluation;

import static io.github.guarantees.evaluation.Kernel.NEVER;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.evaluation.Cause.TermEnded.Ending;
import io.github.guarantees.evaluation.CompiledPledge.CompiledContribution;
import io.github.guarantees.model.Caveat;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.Term;
import io.github.guarantees.scenario.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds explanations from the kernel's state after a sweep: the traces read every node's truth,
 * the term, deadline and restraint causes read its step functions (first activation, first time the
 * ending condition held, the fulfilling and breaching events), and the search for what is missing
 * asks the kernel whether added events make the goal hold. Only runs when asked.
 */
final class Explainer {
  private Explainer() {}

  /** An evaluation's state, for explaining at its last instant. */
  record State(Sweep sweep, EventIndex index, List<Event> events, Instant t) {}

  /**
   * Explains pledge {@code pledge}, or its contribution at position {@code j} ({@code -1} for the
   * pledge itself).
   */
  static Explanation explain(State s, int pledge, int j, CompiledPledge p, Status status) {
    CompiledContribution c = j < 0 ? null : p.contributions.get(j);
    String subject =
        c == null
            ? "pledge '" + p.pledge.id() + "'"
            : "contribution of " + c.contribution.party() + " to pledge '" + p.pledge.id() + "'";
    List<ConditionTrace> brokenNots = new ArrayList<>();
    Traces.Context context = new Traces.Context(s.sweep(), s.index(), s.t(), brokenNots);
    ConditionTrace trigger = Traces.trace(p.trigger, context);
    ConditionTrace activation = Traces.trace(p.activation, context);
    Optional<ConditionTrace> own =
        c == null
            ? Optional.empty()
            : Optional.of(Traces.trace(c.contribution.condition(), context));
    Optional<Cause.TermEnded> termEnded = termEnded(s.sweep(), pledge, p.pledge, s.t());
    Optional<Caveat> blockedBy = c == null ? Optional.empty() : c.blockedBy;
    Optional<Cause> obligation =
        obligation(s, pledge, p.pledge, j < 0 ? -1 : s.sweep().k.contributionStart[pledge] + j);

    ImmutableList.Builder<Cause> causes = ImmutableList.builder();
    Optional<Cause> power = power(s, pledge, p.pledge, status);
    if (power.isPresent()) {
      causes.add(power.get());
    } else if (status == Status.EXPIRED) {
      causes.add(
          termEnded.isPresent()
              ? termEnded.get()
              : agreementEnded(s.sweep(), pledge, s.t()).orElseThrow());
    } else if (status == Status.BLOCKED && c != null) {
      causes.add(new Cause.BlockedByCaveat(c.contribution.party(), blockedBy.orElseThrow()));
    } else if (status == Status.VIOLATED || status == Status.FULFILLED) {
      causes.add(obligation.orElseThrow());
    } else if (status == Status.ACTIVE) {
      causes.add(new Cause.Fires());
      obligation.ifPresent(causes::add);
    } else {
      List<Condition> goal = new ArrayList<>(List.of(p.trigger, p.activation));
      if (c != null) {
        goal.add(c.contribution.condition());
      }
      MissingEvents.Search search =
          new MissingEvents.Search(goal, s.sweep(), s.index(), s.events(), s.t());
      ImmutableList<ImmutableSet<Occurred>> found = MissingEvents.find(search);
      if (found.isEmpty()) {
        for (ConditionTrace not : brokenNots) {
          causes.add(new Cause.BrokenNot(not.condition(), not.operands().get(0)));
        }
        causes.add(new Cause.NoFurtherEvents(search.proven, search.cut));
      } else {
        int shown = Math.min(found.size(), Explanation.MAX_MISSING_SETS);
        causes.add(
            new Cause.NeedsEvents(found.subList(0, shown), found.size() - shown, search.cut));
      }
      obligation.ifPresent(causes::add);
    }
    // A power not spent: an event that came while it was not in effect did nothing.
    int ignored = s.sweep().ignoredEvent[pledge];
    if (c == null && ignored >= 0 && status != Status.FULFILLED) {
      causes.add(
          new Cause.ExerciseIgnored(
              s.events().get(ignored),
              java.util.Objects.requireNonNull(s.sweep().ignoredStatus[pledge])));
    }
    return new Explanation(
        subject,
        status,
        p.pledge.source(),
        trigger,
        activation,
        own,
        blockedBy,
        termEnded.map(Explanation::render),
        obligation.map(Explanation::render),
        causes.build());
  }

  /**
   * The exercise of a power that explains the status, read from the sweep: the power itself spent
   * ({@code FULFILLED}), the pledge terminated ({@code EXPIRED}, when no term ended first) or
   * suspended by one ({@code SUSPENDED}); empty otherwise.
   */
  static Optional<Cause> power(State s, int p, Pledge pledge, Status status) {
    Sweep sweep = s.sweep();
    Kernel k = sweep.k;
    int by;
    int event;
    if (status == Status.FULFILLED && sweep.spentSec[p] != NEVER) {
      by = p;
      event = sweep.spentEvent[p];
    } else if (status == Status.EXPIRED
        && sweep.termSec[p] != NEVER
        && termEnded(sweep, p, pledge, s.t()).isEmpty()
        && !sweep.agreementEnded(p, sweep.termSec[p], sweep.termNano[p] - 1, false)) {
      by = sweep.termBy[p];
      event = sweep.termEvent[p];
    } else if (status == Status.SUSPENDED && sweep.suspSec[p] != NEVER) {
      by = sweep.suspBy[p];
      event = sweep.suspEvent[p];
    } else {
      return Optional.empty();
    }
    io.github.guarantees.model.Power w = java.util.Objects.requireNonNull(k.powers.get(by));
    return Optional.of(
        new Cause.PowerExercised(
            k.pledgeIds.get(by), w.action(), w.target(), s.events().get(event)));
  }

  /**
   * How the agreement's own term has ended pledge {@code p} at {@code t}, read from the sweep at
   * {@code t}; empty if it has not (or the pledge survives termination).
   */
  static Optional<Cause> agreementEnded(Sweep s, int p, Instant t) {
    Kernel k = s.k;
    Term term = k.agreementTerm;
    if (term == null || !s.agreementEnded(p, t.getEpochSecond(), t.getNano(), false)) {
      return Optional.empty();
    }
    int ends = k.endsWhenNode;
    Optional<Instant> none = Optional.empty();
    Optional<Duration> noDuration = Optional.empty();
    Optional<Condition> noCondition = Optional.empty();
    if (ends >= 0 && k.initial[ends]) {
      return Optional.of(
          new Cause.AgreementEnded(
              new Cause.TermEnded(
                  Ending.ENDING_CONDITION,
                  Optional.of(Instant.MIN),
                  term.endsWhen(),
                  noDuration,
                  none,
                  noCondition)));
    }
    Instant end = Instant.ofEpochSecond(s.endAtSec, s.endAtNano);
    Cause.TermEnded how;
    if (term.endsAt().equals(Optional.of(end))) {
      how =
          new Cause.TermEnded(
              Ending.FIXED_END, term.endsAt(), noCondition, noDuration, none, noCondition);
    } else if (ends >= 0 && s.firstSec[ends] == s.endAtSec && s.firstNano[ends] == s.endAtNano) {
      how =
          new Cause.TermEnded(
              Ending.ENDING_CONDITION,
              Optional.of(end),
              term.endsWhen(),
              noDuration,
              none,
              noCondition);
    } else {
      Duration lasts = term.lastsFor().orElseThrow();
      how =
          new Cause.TermEnded(
              Ending.DURATION,
              Optional.of(end),
              noCondition,
              term.lastsFor(),
              Optional.of(end.minus(lasts)),
              term.since());
    }
    return Optional.of(new Cause.AgreementEnded(how));
  }

  /** How the term has ended at {@code t}, read from the sweep at {@code t}; empty if it has not. */
  static Optional<Cause.TermEnded> termEnded(Sweep s, int p, Pledge pledge, Instant t) {
    Kernel k = s.k;
    Term term = pledge.term().orElse(null);
    if (term == null) {
      return Optional.empty();
    }
    if (term.endsAt().isPresent() && !term.endsAt().get().isAfter(t)) {
      return Optional.of(
          new Cause.TermEnded(
              Ending.FIXED_END,
              term.endsAt(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty()));
    }
    int ends = k.endsWhen[p];
    if (ends >= 0 && (s.val[ends] || k.initial[ends] || s.firstSec[ends] != NEVER)) {
      Optional<Instant> at =
          s.val[ends]
              ? Optional.empty()
              : Optional.of(
                  k.initial[ends]
                      ? Instant.MIN
                      : Instant.ofEpochSecond(s.firstSec[ends], s.firstNano[ends]));
      return Optional.of(
          new Cause.TermEnded(
              Ending.ENDING_CONDITION,
              at,
              term.endsWhen(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty()));
    }
    if (term.lastsFor().isPresent() && s.termClocked(p)) {
      Instant first = Instant.ofEpochSecond(s.termClockSec(p), s.termClockNano(p));
      Instant end = first.plus(term.lastsFor().get());
      if (!end.isAfter(t)) {
        return Optional.of(
            new Cause.TermEnded(
                Ending.DURATION,
                Optional.of(end),
                Optional.empty(),
                term.lastsFor(),
                Optional.of(first),
                term.since()));
      }
    }
    return Optional.empty();
  }

  /**
   * Where a deadline or a restraint stands at {@code t}, read from the sweep at {@code t}; empty
   * for a pledge with neither. For a restraint and a contribution ({@code c >= 0}), only that
   * party's breach counts.
   */
  static Optional<Cause> obligation(State s, int p, Pledge pledge, int c) {
    Sweep sweep = s.sweep();
    Deadline d = pledge.deadline().orElse(null);
    if (d != null) {
      if (!sweep.clocked(p)) {
        return Optional.of(new Cause.DeadlineAhead(d.fulfilledBy(), d));
      }
      Instant start = Instant.ofEpochSecond(sweep.clockSec(p), sweep.clockNano(p));
      if (start.isAfter(s.t())) {
        return Optional.of(new Cause.DeadlineAhead(d.fulfilledBy(), d));
      }
      Optional<Instant> due = d.dueBy(start);
      if (sweep.fulSec[p] != NEVER) {
        Event fulfilment = s.events().get(sweep.fulEvent[p]);
        if ((due.isEmpty() || d.inTime(fulfilment.at(), due.get()))
            && !fulfilment.at().isAfter(s.t())) {
          return Optional.of(new Cause.Fulfilled(fulfilment, d, start, due));
        }
      }
      Optional<Instant> violated = d.violatedFrom(start);
      if (violated.isPresent() && due.isPresent() && !s.t().isBefore(violated.get())) {
        Event late = s.index().firstBetween(d.fulfilledBy(), violated.get(), s.t());
        return Optional.of(
            new Cause.DeadlinePassed(
                d.fulfilledBy(), d, start, due.get(), Optional.ofNullable(late)));
      }
      return Optional.of(new Cause.DeadlineOpen(d.fulfilledBy(), d, start, due));
    }
    if (!pledge.refrainsFrom().isEmpty()) {
      boolean breached = c < 0 ? sweep.breachSec[p] != NEVER : sweep.cBreachSec[c] != NEVER;
      if (breached) {
        return Optional.of(
            new Cause.Breached(
                s.events().get(c < 0 ? sweep.breachEvent[p] : sweep.cBreachEvent[c])));
      }
      return Optional.of(new Cause.Restraint(pledge.refrainsFrom()));
    }
    return Optional.empty();
  }
}
