package io.github.guarantees.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Not;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.evaluation.CompiledPledge.CompiledContribution;
import io.github.guarantees.evaluation.CompiledPledge.DeadlineState;
import io.github.guarantees.model.Caveat;
import io.github.guarantees.model.Deadline;
import io.github.guarantees.scenario.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Builds explanations, including the search for what is missing. Only runs when asked. */
final class Explainer {
  private Explainer() {}

  static Explanation pledge(
      CompiledPledge p, Status status, List<Event> events, EventIndex index, Instant t) {
    return explain("pledge '" + p.pledge.id() + "'", p, null, status, events, index, t);
  }

  static Explanation contribution(
      CompiledPledge p,
      CompiledContribution c,
      Status status,
      List<Event> events,
      EventIndex index,
      Instant t) {
    return explain(
        "contribution of " + c.contribution.party() + " to pledge '" + p.pledge.id() + "'",
        p,
        c,
        status,
        events,
        index,
        t);
  }

  private static Explanation explain(
      String subject,
      CompiledPledge p,
      @Nullable CompiledContribution c,
      Status status,
      List<Event> events,
      EventIndex index,
      Instant t) {
    ConditionTrace trigger = Interpreter.trace(p.trigger, index, t);
    ConditionTrace activation = Interpreter.trace(p.activation, index, t);
    Optional<ConditionTrace> own =
        c == null
            ? Optional.empty()
            : Optional.of(Interpreter.trace(c.contribution.condition(), index, t));
    Optional<String> termEnded = Optional.ofNullable(p.termEnded(index, t));
    Optional<Caveat> blockedBy = c == null ? Optional.empty() : c.blockedBy;
    Optional<String> obligation = Optional.ofNullable(obligation(p, c, index, t));

    ImmutableList.Builder<String> obstacles = ImmutableList.builder();
    ImmutableList<ImmutableSet<Occurred>> missing = ImmutableList.of();
    if (status == Status.EXPIRED) {
      obstacles.add("term ended: " + termEnded.orElse("the pledge's term ended"));
    } else if (status == Status.BLOCKED && c != null) {
      Caveat caveat = blockedBy.orElseThrow();
      obstacles.add(
          "blocked by caveat '"
              + caveat.id()
              + "' of "
              + c.contribution.party()
              + ": "
              + caveat.description());
    } else if (status == Status.VIOLATED) {
      obstacles.add(obligation.orElse("violated"));
    } else if (status != Status.ACTIVE && status != Status.FULFILLED) {
      List<Condition> goal = new ArrayList<>(List.of(p.trigger, p.activation));
      if (c != null) {
        goal.add(c.contribution.condition());
      }
      missing = MissingEvents.find(goal, events, t);
      if (missing.isEmpty()) {
        List<ConditionTrace> traces = new ArrayList<>(List.of(trigger, activation));
        own.ifPresent(traces::add);
        brokenNots(traces, obstacles);
        obstacles.add("no further events make it fire");
      }
    }
    return new Explanation(
        subject,
        status,
        p.pledge.source(),
        trigger,
        activation,
        own,
        blockedBy,
        termEnded,
        obligation,
        missing,
        obstacles.build());
  }

  /**
   * Where a deadline or a restraint stands at {@code t}, in words, or null for a pledge with
   * neither. For a restraint and a contribution, only that party's breach counts.
   */
  static @Nullable String obligation(
      CompiledPledge p, @Nullable CompiledContribution c, EventIndex index, Instant t) {
    Deadline d = p.deadline;
    if (d != null) {
      String what = pattern(d.fulfilledBy());
      DeadlineState s = p.deadlineState(index, t);
      if (s == null) {
        return "once active: " + what + " due within " + words(d.within());
      }
      String clock = " (within " + words(d.within()) + " of first activation at " + s.start() + ")";
      Event fulfilment = s.fulfilment();
      if (fulfilment != null) {
        return "fulfilled: " + fulfilment + ", due by " + s.due() + clock;
      }
      if (s.passed()) {
        Event late = index.firstBetween(d.fulfilledBy(), d.violatedFrom(s.start()), t);
        return "deadline passed: "
            + what
            + " was due by "
            + s.due()
            + clock
            + (late == null ? "; it has not come" : "; it came late at " + late.at());
      }
      return "due: " + what + " by " + s.due() + clock;
    }
    if (!p.refrainsFrom.isEmpty()) {
      Event breach = p.breach(index, t, c == null ? null : c.contribution.party());
      if (breach != null) {
        return "breached: " + breach + ", after the restraint took effect";
      }
      StringBuilder forbidden = new StringBuilder();
      for (Occurred o : p.refrainsFrom) {
        forbidden.append(forbidden.length() == 0 ? "" : ", ").append(pattern(o));
      }
      return "restraint: refrains from " + forbidden;
    }
    return null;
  }

  private static String pattern(Occurred o) {
    return o.trigger() + o.party().map(x -> " by " + x).orElse("");
  }

  /** A duration in words: {@code 24 hours}, {@code 72 hours}, {@code 30 days}, {@code 10 years}. */
  static String words(Duration d) {
    boolean wholeHours = d.toMinutesPart() == 0 && d.toSecondsPart() == 0 && d.toNanosPart() == 0;
    if (wholeHours && d.toDays() < 7) {
      return plural(d.toHours(), "hour");
    }
    if (wholeHours && d.toHoursPart() == 0) {
      long days = d.toDays();
      return days % 365 == 0 ? plural(days / 365, "year") : plural(days, "day");
    }
    return d.toString();
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }

  private static void brokenNots(List<ConditionTrace> roots, ImmutableList.Builder<String> out) {
    Deque<ConditionTrace> todo = new ArrayDeque<>(roots);
    while (!todo.isEmpty()) {
      ConditionTrace trace = todo.pop();
      if (trace.condition() instanceof Not && !trace.holds()) {
        ConditionTrace negated = trace.operands().get(0);
        out.add(trace.condition() + " is broken: " + negated.why());
      }
      todo.addAll(trace.operands());
    }
  }
}
