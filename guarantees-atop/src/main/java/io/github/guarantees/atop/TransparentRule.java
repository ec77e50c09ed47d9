package io.github.guarantees.atop;

import java.time.LocalDate;
import java.util.Set;

/**
 * The casus foederis decided by a plain rule over the rows, without the library: a member's defence
 * pledge is met when, while both are in the alliance, a partner is the target of a dyad (by a named
 * adversary if the row names one; by a non-member if the row says so); offence, when a partner is
 * the initiator; neutrality, when a partner fights in either role (as target only if {@code
 * neucoatt}); non-aggression, when the member is the initiator of a dyad whose target is a partner
 * (both coding schemes code that pact violated). Other conditions are ignored. The report measures
 * it beside the library.
 */
final class TransparentRule {
  private TransparentRule() {}

  static boolean met(AtopData.Alliance alliance, AtopData.War war) {
    Set<Integer> members = alliance.memberCodes();
    for (AtopData.MemberPhase r : alliance.phases()) {
      for (AtopData.MemberPhase q : alliance.phases()) {
        if (q.member() == r.member()) {
          continue;
        }
        LocalDate from = later(r.entry(), q.entry());
        LocalDate to = earlier(end(r), end(q));
        if (from.isAfter(to)) {
          continue;
        }
        for (AtopData.Dyad d : war.dyads()) {
          if (later(from, d.start()).isAfter(earlier(to, d.end()))) {
            continue;
          }
          for (Obligation o : r.obligations()) {
            if (o == Obligation.NON_AGGRESSION) {
              if (d.initiator() == r.member() && d.target() == q.member()) {
                return true;
              }
              continue;
            }
            Set<ConditionFlag> flags = r.conditionsOf(o);
            boolean asTarget = d.target() == q.member();
            boolean asInitiator = d.initiator() == q.member();
            int other = asTarget ? d.initiator() : d.target();
            boolean role =
                switch (o) {
                  case DEFENSE -> asTarget;
                  case OFFENSE -> asInitiator;
                  case NEUTRALITY ->
                      asTarget || (asInitiator && !flags.contains(ConditionFlag.PARTNER_ATTACKED));
                  case NON_AGGRESSION, CONSULTATION -> false;
                };
            if (!role) {
              continue;
            }
            if (flags.contains(ConditionFlag.NON_MEMBER_CONFLICT) && members.contains(other)) {
              continue;
            }
            if (flags.contains(ConditionFlag.SPECIFIC_ADVERSARY)
                && !r.adversaries().isEmpty()
                && !r.adversaries().contains(other)) {
              continue;
            }
            return true;
          }
        }
      }
    }
    return false;
  }

  private static LocalDate end(AtopData.MemberPhase p) {
    return p.exit().orElse(LocalDate.MAX);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
