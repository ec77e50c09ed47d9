package io.github.guarantees.evaluation;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.PartyPattern;
import io.github.guarantees.condition.PartyPatternVisitor;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Membership;
import io.github.guarantees.model.MembershipChange;
import io.github.guarantees.model.Participant;
import io.github.guarantees.model.Role;
import io.github.guarantees.scenario.Event;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether an event matches an event pattern, as docs/SEMANTICS.md says: the trigger is the
 * same; the actor's and the target's patterns, if any, hold of the event's actor and target at the
 * event's instant; the event's place, if the pattern has one, lies in the pattern's region. Party
 * patterns that depend on membership read it from the events of one evaluation, so a matcher is
 * made per evaluation ({@link Static#over(List)}) from the static part (roles, attributes,
 * regions), computed once per agreement ({@link Static}).
 */
final class Matcher {
  private final Static agreement;

  /** Per party with a membership: when it joins (null: from the start) and leaves (null: never). */
  private final Map<String, Instant[]> periods;

  /** Per party with absences: its membership, which says when it is away. */
  private final Map<String, Membership> away;

  private Matcher(Static agreement, Map<String, Instant[]> periods, Map<String, Membership> away) {
    this.agreement = agreement;
    this.periods = periods;
    this.away = away;
  }

  /** What an agreement says of its parties and places, computed once. */
  static final class Static {
    final Agreement agreement;
    final ImmutableSet<String> signatories;
    final ImmutableMap<String, ImmutableSet<String>> roles;
    final ImmutableMap<String, ImmutableSet<String>> attributes;
    final Map<String, ImmutableSet<String>> containing = new HashMap<>();
    final boolean simple;

    /** The matcher of every evaluation, when no membership changes (null otherwise). */
    private final @Nullable Matcher fixed;

    Static(Agreement agreement) {
      this.agreement = agreement;
      ImmutableSet.Builder<String> s = ImmutableSet.builder();
      ImmutableMap.Builder<String, ImmutableSet<String>> r = ImmutableMap.builder();
      ImmutableMap.Builder<String, ImmutableSet<String>> a = ImmutableMap.builder();
      for (Participant p : agreement.participants()) {
        String id = p.party().id();
        if (p.roles().contains(Role.SIGNATORY)) {
          s.add(id);
        }
        r.put(id, p.roles().stream().map(Enum::name).collect(ImmutableSet.toImmutableSet()));
        a.put(
            id,
            p.party().attributes().stream().map(Enum::name).collect(ImmutableSet.toImmutableSet()));
      }
      signatories = s.build();
      roles = r.buildKeepingLast();
      attributes = a.buildKeepingLast();
      simple = agreement.memberships().isEmpty();
      for (String region : agreement.parties().keySet()) {
        containing.put(region, agreement.placesContaining(region));
      }
      agreement.regions().forEach(x -> containing.put(x.id(), agreement.placesContaining(x.id())));
      fixed = simple ? new Matcher(this, Map.of(), Map.of()) : null;
    }

    /** The matcher for one evaluation's events (chronological). */
    Matcher over(List<Event> chronological) {
      Matcher f = fixed;
      if (f != null) {
        return f;
      }
      Map<String, Instant[]> periods = new HashMap<>();
      Map<String, Membership> away = new HashMap<>();
      for (Membership m : agreement.memberships()) {
        if (!m.absences().isEmpty()) {
          away.put(m.party(), m);
        }
        Instant joins = m.joins().map(c -> effect(c, chronological)).orElse(null);
        Instant leaves = m.leaves().map(c -> effect(c, chronological)).orElse(Instant.MAX);
        if (m.joins().isPresent() && joins == null) {
          joins = Instant.MAX;
        }
        periods.put(m.party(), new Instant[] {joins, leaves});
      }
      return new Matcher(this, periods, away);
    }

    /** When a change takes effect, or null if its event has not happened. */
    private static @Nullable Instant effect(MembershipChange c, List<Event> events) {
      Optional<Instant> at = c.at();
      if (at.isPresent()) {
        return plus(at.get(), c);
      }
      Occurred on = c.on().orElseThrow();
      for (Event e : events) {
        if (on.matches(e.trigger(), e.party())) {
          return plus(e.at(), c);
        }
      }
      return null;
    }

    private static Instant plus(Instant at, MembershipChange c) {
      try {
        return at.plus(c.notice());
      } catch (ArithmeticException | java.time.DateTimeException e) {
        return Instant.MAX;
      }
    }
  }

  /** Whether a party is a member at an instant. */
  boolean member(String party, Instant at) {
    if (!agreement.signatories.contains(party)) {
      return false;
    }
    Instant[] period = periods.get(party);
    if (period == null) {
      return true;
    }
    Membership m = away.get(party);
    if (m != null && m.away(at)) {
      return false;
    }
    return (period[0] == null || !period[0].isAfter(at)) && at.isBefore(period[1]);
  }

  /** Whether the event matches the pattern. */
  boolean matches(Occurred pattern, Event e) {
    if (!pattern.trigger().equals(e.trigger())) {
      return false;
    }
    if (pattern.actor().isPresent() && !party(pattern.actor().get(), e.party(), e.at())) {
      return false;
    }
    if (pattern.target().isPresent() && !party(pattern.target().get(), e.target(), e.at())) {
      return false;
    }
    if (pattern.place().isPresent()) {
      if (e.place().isEmpty()) {
        return false;
      }
      ImmutableSet<String> in = agreement.containing.get(e.place().get());
      return in != null && in.contains(pattern.place().get());
    }
    return true;
  }

  private boolean party(PartyPattern p, Optional<String> party, Instant at) {
    return party.isPresent() && p.accept(new Holds(party.get(), at));
  }

  /** Whether a party pattern holds of a party at an instant. */
  private final class Holds implements PartyPatternVisitor<Boolean> {
    private final String party;
    private final Instant at;

    Holds(String party, Instant at) {
      this.party = party;
      this.at = at;
    }

    @Override
    public Boolean visitNamed(PartyPattern.Named p) {
      return p.party().equals(party);
    }

    @Override
    public Boolean visitMember(PartyPattern.Member p) {
      return member(party, at);
    }

    @Override
    public Boolean visitNonMember(PartyPattern.NonMember p) {
      return agreement.roles.containsKey(party) && !member(party, at);
    }

    @Override
    public Boolean visitHasRole(PartyPattern.HasRole p) {
      return agreement.roles.getOrDefault(party, ImmutableSet.of()).contains(p.role());
    }

    @Override
    public Boolean visitHasAttribute(PartyPattern.HasAttribute p) {
      return agreement.attributes.getOrDefault(party, ImmutableSet.of()).contains(p.attribute());
    }

    @Override
    public Boolean visitOwed(PartyPattern.Owed p) {
      throw new IllegalStateException(
          "owed() outside a pledge owed to a set; Agreement.instances() binds it");
    }

    @Override
    public Boolean visitBoth(PartyPattern.Both p) {
      for (PartyPattern q : p.patterns()) {
        if (!q.accept(this)) {
          return false;
        }
      }
      return true;
    }
  }
}
