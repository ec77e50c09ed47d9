package io.github.guarantees.spark;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Problem;
import io.github.guarantees.model.Site;
import io.github.guarantees.model.Suggestions;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a sweep measures after an attack: the first event of a trigger (optionally by a party), and
 * the set of pledges whose coming into effect counts as the response. The gap is the time from the
 * attack to the first instant at or after it when one of these pledges is {@code ACTIVE}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param label how reports name the response, e.g. {@code binding response}
 * @param attackTrigger the trigger id of the attack
 * @param attackParty the party the attack is by, or null for any
 * @param pledges the ids of the pledges that count as a response; may be empty (then no response
 *     ever comes, and every attack falls in {@link GapBucket#NONE_BY_AS_OF})
 */
public record Response(
    String label,
    String attackTrigger,
    @Nullable String attackParty,
    ImmutableSet<String> pledges) {

  /**
   * Checks the parts.
   *
   * @param label how reports name the response, not null
   * @param attackTrigger the trigger id of the attack, not null
   * @param attackParty the party the attack is by, or null for any
   * @param pledges the ids of the pledges that count as a response, not null
   * @throws NullPointerException if label, attackTrigger or pledges is null
   */
  public Response {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(attackTrigger, "attackTrigger");
    Objects.requireNonNull(pledges, "pledges");
  }

  /**
   * A response made of the named pledges.
   *
   * @param label how reports name it, not null
   * @param attackTrigger the trigger id of the attack, not null
   * @param attackParty the party the attack is by, or null for any
   * @param pledgeIds the pledges that count as a response, not null
   * @return the response
   * @throws NullPointerException if label, attackTrigger or pledgeIds is null
   */
  public static Response of(
      String label,
      String attackTrigger,
      @Nullable String attackParty,
      Collection<String> pledgeIds) {
    return new Response(label, attackTrigger, attackParty, ImmutableSet.copyOf(pledgeIds));
  }

  /**
   * A response made of every pledge of the agreement at least as binding as {@code atLeast} and, if
   * {@code kinds} is not empty, of one of those kinds.
   *
   * @param label how reports name it, not null
   * @param agreement the agreement, not null
   * @param attackTrigger the trigger id of the attack, not null
   * @param attackParty the party the attack is by, or null for any
   * @param atLeast the weakest binding force that counts, not null
   * @param kinds the kinds that count, empty for any; not null
   * @return the response, possibly with no pledges
   * @throws NullPointerException if an argument other than attackParty is null
   */
  public static Response select(
      String label,
      Agreement agreement,
      String attackTrigger,
      @Nullable String attackParty,
      BindingForce atLeast,
      Set<PledgeKind> kinds) {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(atLeast, "atLeast");
    Objects.requireNonNull(kinds, "kinds");
    ImmutableSet.Builder<String> ids = ImmutableSet.builder();
    for (Pledge p : agreement.pledges()) {
      if (p.bindingForce().isAtLeast(atLeast) && (kinds.isEmpty() || kinds.contains(p.kind()))) {
        ids.add(p.id());
      }
    }
    return new Response(label, attackTrigger, attackParty, ids.build());
  }

  /**
   * Returns whether an event of a trigger by a party is this response's attack.
   *
   * @param trigger the event's trigger id
   * @param party the event's party, or null
   * @return true if it matches
   */
  boolean isAttack(String trigger, @Nullable String party) {
    return attackTrigger.equals(trigger) && (attackParty == null || attackParty.equals(party));
  }

  /**
   * Returns every id this response names that the agreement does not declare.
   *
   * @param agreement the agreement, not null
   * @return the problems, each naming the offending id
   */
  ImmutableList<Problem> problems(Agreement agreement) {
    ImmutableList.Builder<Problem> out = ImmutableList.builder();
    Set<String> triggers = agreement.triggersById().keySet();
    if (!triggers.contains(attackTrigger)) {
      out.add(
          new Problem(
              Site.document("response.attackTrigger"),
              "no trigger '" + attackTrigger + "'" + Suggestions.hint(attackTrigger, triggers)));
    }
    Set<String> parties = agreement.parties().keySet();
    if (attackParty != null && !parties.contains(attackParty)) {
      out.add(
          new Problem(
              Site.document("response.attackParty"),
              "no party '" + attackParty + "'" + Suggestions.hint(attackParty, parties)));
    }
    Set<String> known = agreement.pledgesById().keySet();
    for (String id : pledges) {
      if (!known.contains(id)) {
        out.add(
            new Problem(
                Site.document("response.pledges"),
                "no pledge '" + id + "'" + Suggestions.hint(id, known)));
      }
    }
    return out.build();
  }
}
