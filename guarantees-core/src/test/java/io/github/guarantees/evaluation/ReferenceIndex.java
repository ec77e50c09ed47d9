package io.github.guarantees.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.scenario.Event;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The events of one evaluation, by trigger, in chronological order. */
final class ReferenceIndex {
  private final ImmutableListMultimap<String, Event> byTrigger;
  private final ImmutableSortedSet<Instant> instants;

  private ReferenceIndex(List<Event> chronological) {
    ImmutableListMultimap.Builder<String, Event> b = ImmutableListMultimap.builder();
    ImmutableSortedSet.Builder<Instant> i = ImmutableSortedSet.naturalOrder();
    for (Event e : chronological) {
      b.put(e.trigger(), e);
      i.add(e.at());
    }
    this.byTrigger = b.build();
    this.instants = i.build();
  }

  /** Indexes events that are already in chronological order. */
  static ReferenceIndex of(List<Event> chronological) {
    return new ReferenceIndex(chronological);
  }

  /** The distinct instants of all events, ascending. */
  ImmutableSortedSet<Instant> instants() {
    return instants;
  }

  /** The events of the pattern's trigger, chronological; the party is not yet filtered. */
  ImmutableList<Event> candidates(Occurred pattern) {
    return byTrigger.get(pattern.trigger());
  }

  static boolean matches(Occurred pattern, Event e) {
    return pattern.party().isEmpty() || pattern.party().equals(e.party());
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
