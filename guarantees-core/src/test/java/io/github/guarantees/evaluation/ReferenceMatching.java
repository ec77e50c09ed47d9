package io.github.guarantees.evaluation;

import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.PartyPattern;
import io.github.guarantees.condition.PartyPatternVisitor;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Membership;
import io.github.guarantees.model.MembershipChange;
import io.github.guarantees.model.Region;
import io.github.guarantees.model.Role;
import io.github.guarantees.scenario.Event;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The reference's reading of when an event matches a pattern (docs/SEMANTICS.md, "Events and
 * patterns"), written apart from the kernel's {@code Matcher}: membership is re-read from the
 * events at every question ("some joining event plus its notice is at or before the instant"), and
 * containment of places is searched afresh.
 */
final class ReferenceMatching {
  private final Agreement agreement;
  private final List<Event> events;

  ReferenceMatching(Agreement agreement, List<Event> events) {
    this.agreement = agreement;
    this.events = events;
  }

  boolean matches(Occurred pattern, Event e) {
    if (!pattern.trigger().equals(e.trigger())) {
      return false;
    }
    if (pattern.actor().isPresent() && !holds(pattern.actor().get(), e.party(), e.at())) {
      return false;
    }
    if (pattern.target().isPresent() && !holds(pattern.target().get(), e.target(), e.at())) {
      return false;
    }
    return pattern.place().isEmpty()
        || (e.place().isPresent() && within(e.place().get(), pattern.place().get(), 0));
  }

  /** Whether a place lies in a region: it is the region, or a region containing it does. */
  private boolean within(String place, String region, int depth) {
    if (place.equals(region)) {
      return true;
    }
    if (depth > agreement.regions().size()) {
      return false;
    }
    for (Region r : agreement.regions()) {
      if (r.contains().contains(place) && within(r.id(), region, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  private boolean holds(PartyPattern p, Optional<String> party, Instant at) {
    if (party.isEmpty()) {
      return false;
    }
    String x = party.get();
    return p.accept(
        new PartyPatternVisitor<Boolean>() {
          @Override
          public Boolean visitNamed(PartyPattern.Named n) {
            return n.party().equals(x);
          }

          @Override
          public Boolean visitMember(PartyPattern.Member m) {
            return member(x, at);
          }

          @Override
          public Boolean visitNonMember(PartyPattern.NonMember m) {
            return agreement.parties().containsKey(x) && !member(x, at);
          }

          @Override
          public Boolean visitHasRole(PartyPattern.HasRole r) {
            return agreement.roles(x).stream().anyMatch(role -> role.name().equals(r.role()));
          }

          @Override
          public Boolean visitHasAttribute(PartyPattern.HasAttribute a) {
            return agreement.parties().containsKey(x)
                && agreement.party(x).attributes().stream()
                    .anyMatch(attribute -> attribute.name().equals(a.attribute()));
          }

          @Override
          public Boolean visitOwed(PartyPattern.Owed o) {
            throw new AssertionError("unbound owed() in an evaluated pledge");
          }

          @Override
          public Boolean visitBoth(PartyPattern.Both b) {
            return b.patterns().stream().allMatch(q -> q.accept(this));
          }
        });
  }

  boolean member(String party, Instant at) {
    if (!agreement.roles(party).contains(Role.SIGNATORY)) {
      return false;
    }
    Optional<Membership> m = agreement.membership(party);
    if (m.isEmpty()) {
      return true;
    }
    boolean joined = m.get().joins().map(c -> happened(c, at)).orElse(true);
    boolean left = m.get().leaves().map(c -> happened(c, at)).orElse(false);
    boolean away =
        m.get().absences().stream().anyMatch(a -> !a.from().isAfter(at) && a.until().isAfter(at));
    return joined && !left && !away;
  }

  /** Whether a change has taken effect at an instant. */
  private boolean happened(MembershipChange c, Instant at) {
    if (c.at().isPresent()) {
      return !effect(c.at().get(), c).isAfter(at);
    }
    Occurred on = c.on().orElseThrow();
    for (Event e : events) {
      boolean named = on.party().isEmpty() || on.party().equals(e.party());
      if (e.trigger().equals(on.trigger()) && named && !effect(e.at(), c).isAfter(at)) {
        return true;
      }
    }
    return false;
  }

  private static Instant effect(Instant at, MembershipChange c) {
    try {
      return at.plus(c.notice());
    } catch (RuntimeException e) {
      return Instant.MAX;
    }
  }
}
