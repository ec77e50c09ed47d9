package io.github.guarantees.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.scenario.Event;
import java.time.Instant;
import java.util.List;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * The events of one evaluation, by trigger, in chronological order, with the rule that decides
 * whether an event matches a pattern (the kernel's {@link Matcher}, or the reference's own).
 */
final class EventIndex {
  private final ImmutableListMultimap<String, Event> byTrigger;
  private final ImmutableSortedSet<Instant> instants;
  private final BiPredicate<Occurred, Event> matcher;

  private EventIndex(List<Event> chronological, BiPredicate<Occurred, Event> matcher) {
    this.matcher = matcher;
    ImmutableListMultimap.Builder<String, Event> b = ImmutableListMultimap.builder();
    ImmutableSortedSet.Builder<Instant> i = ImmutableSortedSet.naturalOrder();
    for (Event e : chronological) {
      b.put(e.trigger(), e);
      i.add(e.at());
    }
    this.byTrigger = b.build();
    this.instants = i.build();
  }

  /** Indexes events that are already in chronological order, matched by the given rule. */
  static EventIndex of(List<Event> chronological, BiPredicate<Occurred, Event> matcher) {
    return new EventIndex(chronological, matcher);
  }

  /** Indexes events that are already in chronological order, matched as the kernel matches them. */
  static EventIndex of(Matcher.Static agreement, List<Event> chronological) {
    Matcher m = agreement.over(chronological);
    return new EventIndex(chronological, m::matches);
  }

  /** The distinct instants of all events, ascending. */
  ImmutableSortedSet<Instant> instants() {
    return instants;
  }

  /** The events of the pattern's trigger, chronological; the party is not yet filtered. */
  ImmutableList<Event> candidates(Occurred pattern) {
    return byTrigger.get(pattern.trigger());
  }

  /** Whether an event of the pattern's trigger matches it. */
  boolean matches(Occurred pattern, Event e) {
    return matcher.test(pattern, e);
  }

  /** The earliest matching event at or before the cutoff. */
  @Nullable Event first(Occurred pattern, Instant cutoff) {
    for (Event e : candidates(pattern)) {
      if (e.at().isAfter(cutoff)) {
        return null;
      }
      if (matches(pattern, e)) {
        return e;
      }
    }
    return null;
  }

  /** The latest matching event at or before the cutoff. */
  @Nullable Event latest(Occurred pattern, Instant cutoff) {
    ImmutableList<Event> list = candidates(pattern);
    for (int i = list.size() - 1; i >= 0; i--) {
      Event e = list.get(i);
      if (!e.at().isAfter(cutoff) && matches(pattern, e)) {
        return e;
      }
    }
    return null;
  }

  /** The earliest matching event in {@code [from, to]}. */
  @Nullable Event firstBetween(Occurred pattern, Instant from, Instant to) {
    for (Event e : candidates(pattern)) {
      if (e.at().isAfter(to)) {
        return null;
      }
      if (!e.at().isBefore(from) && matches(pattern, e)) {
        return e;
      }
    }
    return null;
  }

  /** Every matching event at or before the cutoff. */
  ImmutableList<Event> all(Occurred pattern, Instant cutoff) {
    ImmutableList.Builder<Event> out = ImmutableList.builder();
    for (Event e : candidates(pattern)) {
      if (e.at().isAfter(cutoff)) {
        break;
      }
      if (matches(pattern, e)) {
        out.add(e);
      }
    }
    return out.build();
  }
}
