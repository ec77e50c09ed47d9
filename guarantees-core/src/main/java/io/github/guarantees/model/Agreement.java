package io.github.guarantees.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Occurred;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A security-guarantee agreement: its parties with their roles, the triggers it declares, and its
 * pledges.
 *
 * <pre>{@code
 * Agreement paris = Agreement.builder()
 *     .id("paris-2026")
 *     .title("Paris Declaration")
 *     .addParty(france, Role.SIGNATORY)
 *     .addParty(ukraine, Role.BENEFICIARY)
 *     .addTrigger("ceasefire", "A ceasefire enters into force")
 *     .addPledges(force)
 *     .build();
 * }</pre>
 *
 * <p>Building checks every cross reference at once (duplicate ids, unknown triggers or parties in
 * any condition, contributions by parties not in the agreement, contribution domains outside the
 * pledge's, a contribution binding more strongly than its pledge) and throws one {@link
 * ValidationException} that lists them all; nothing half-built escapes. Situations that are legal
 * but likely mistakes are reported by {@link #warnings()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Agreement {
  Agreement() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Agreement}; {@code id} and {@code title} are required. */
  public static final class Builder extends ImmutableAgreement.Builder {
    Builder() {}

    /**
     * Adds a party with its roles.
     *
     * @param party the party
     * @param roles at least one role
     * @return this builder
     */
    public Builder addParty(Party party, Role... roles) {
      addParticipants(Participant.of(party, roles));
      return this;
    }

    /**
     * Declares a trigger.
     *
     * @param id the trigger id
     * @param description what the event is
     * @return this builder
     */
    public Builder addTrigger(String id, String description) {
      addTriggers(Trigger.of(id, description));
      return this;
    }
  }

  /**
   * Returns the agreement's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the agreement's title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the date the agreement was made, if known.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> date();

  /**
   * Returns a short description.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns the parties with their roles.
   *
   * @return the participants
   */
  public abstract ImmutableList<Participant> participants();

  /**
   * Returns the triggers the agreement declares.
   *
   * @return the triggers
   */
  public abstract ImmutableList<Trigger> triggers();

  /**
   * Returns the pledges.
   *
   * @return the pledges
   */
  public abstract ImmutableList<Pledge> pledges();

  /**
   * Returns the trigger of every pledge that does not set its own, if any.
   *
   * @return the default trigger, or empty
   */
  public abstract Optional<Condition> defaultTrigger();

  /**
   * Returns the parties by id.
   *
   * @return the parties
   */
  @Value.Lazy
  public ImmutableMap<String, Party> parties() {
    return index(participants(), p -> p.party().id(), Participant::party);
  }

  /**
   * Returns the triggers by id.
   *
   * @return the triggers
   */
  @Value.Lazy
  public ImmutableMap<String, Trigger> triggersById() {
    return index(triggers(), Trigger::id, t -> t);
  }

  /**
   * Returns the pledges by id.
   *
   * @return the pledges
   */
  @Value.Lazy
  public ImmutableMap<String, Pledge> pledgesById() {
    return index(pledges(), Pledge::id, p -> p);
  }

  /**
   * Returns a party.
   *
   * @param id the party id
   * @return the party
   * @throws IllegalArgumentException if there is no such party
   */
  public final Party party(String id) {
    return require(parties().get(id), "party", id, parties().keySet());
  }

  /**
   * Returns a pledge.
   *
   * @param id the pledge id
   * @return the pledge
   * @throws IllegalArgumentException if there is no such pledge
   */
  public final Pledge pledge(String id) {
    return require(pledgesById().get(id), "pledge", id, pledgesById().keySet());
  }

  /**
   * Returns the roles of a party in this agreement.
   *
   * @param partyId the party id
   * @return the roles, empty if the party is not in the agreement
   */
  public final ImmutableSet<Role> roles(String partyId) {
    Objects.requireNonNull(partyId, "partyId");
    return participants().stream()
        .filter(p -> p.party().id().equals(partyId))
        .findFirst()
        .map(Participant::roles)
        .orElse(ImmutableSet.of());
  }

  /**
   * Returns the trigger condition that applies to a pledge: its own, else the agreement's default,
   * else {@link Condition#always()}.
   *
   * @param pledge a pledge of this agreement
   * @return the trigger condition
   */
  public final Condition triggerOf(Pledge pledge) {
    return pledge.trigger().or(this::defaultTrigger).orElse(Condition.always());
  }

  /**
   * Returns situations that are legal but likely mistakes, e.g. a pledge every contribution of
   * which a caveat forbids.
   *
   * @return the warnings, empty if none
   */
  @Value.Lazy
  public ImmutableList<Problem> warnings() {
    ImmutableList.Builder<Problem> out = ImmutableList.builder();
    for (Pledge pledge : pledges()) {
      if (pledge.contributions().isEmpty()) {
        continue;
      }
      boolean allBlocked = true;
      for (Contribution c : pledge.contributions()) {
        allBlocked &= blockingCaveat(pledge, c).isPresent();
      }
      if (allBlocked) {
        out.add(
            new Problem(
                "pledge '" + pledge.id() + "'",
                "a caveat forbids every contribution, so the pledge can never be honoured"));
      }
    }
    return out.build();
  }

  /**
   * Returns the first caveat of the contributing party that forbids a contribution.
   *
   * @param pledge a pledge of this agreement
   * @param contribution one of its contributions
   * @return the caveat, or empty if none forbids it
   */
  public final Optional<Caveat> blockingCaveat(Pledge pledge, Contribution contribution) {
    Objects.requireNonNull(pledge, "pledge");
    Objects.requireNonNull(contribution, "contribution");
    Party party = parties().get(contribution.party());
    if (party == null) {
      return Optional.empty();
    }
    return party.caveats().stream()
        .filter(c -> c.forbids(pledge.kind(), pledge.domainsOf(contribution), pledge.location()))
        .findFirst();
  }

  @Value.Check
  final void check() {
    List<Problem> problems = new ArrayList<>();
    if (!Ids.isValid(id())) {
      problems.add(new Problem("agreement " + Ids.quote(id()), Ids.RULE));
    }
    if (title().isBlank()) {
      problems.add(new Problem("agreement " + Ids.quote(id()), "the title is blank"));
    } else if (!Ids.isValidName(title())) {
      problems.add(new Problem("agreement " + Ids.quote(id()), nameProblem("title", title())));
    }
    date()
        .filter(d -> d.getYear() < 1 || d.getYear() > 9999)
        .ifPresent(
            d ->
                problems.add(
                    new Problem(
                        "agreement " + Ids.quote(id()),
                        "date: " + d + " is out of range; dates must lie in years 1 to 9999")));
    duplicates(problems, "party", participants(), p -> p.party().id());
    duplicates(problems, "trigger", triggers(), Trigger::id);
    duplicates(problems, "pledge", pledges(), Pledge::id);
    Set<String> partyIds = new HashSet<>();
    participants().forEach(p -> partyIds.add(p.party().id()));
    Set<String> triggerIds = new HashSet<>();
    triggers().forEach(t -> triggerIds.add(t.id()));

    defaultTrigger()
        .ifPresent(c -> references(problems, "default trigger", c, triggerIds, partyIds));
    for (Pledge pledge : pledges()) {
      String where = "pledge '" + pledge.id() + "'";
      pledge
          .trigger()
          .ifPresent(c -> references(problems, where + " trigger", c, triggerIds, partyIds));
      references(problems, where + " activation", pledge.activation(), triggerIds, partyIds);
      pledge
          .term()
          .flatMap(Term::endsWhen)
          .ifPresent(c -> references(problems, where + " term", c, triggerIds, partyIds));
      pledge
          .deadline()
          .ifPresent(
              d ->
                  references(problems, where + " deadline", d.fulfilledBy(), triggerIds, partyIds));
      for (Occurred forbidden : pledge.refrainsFrom()) {
        references(problems, where + " refrainsFrom", forbidden, triggerIds, partyIds);
      }
      Set<String> contributors = new HashSet<>();
      for (Contribution c : pledge.contributions()) {
        String cw = where + " contribution " + Ids.quote(c.party());
        if (!partyIds.contains(c.party())) {
          problems.add(
              new Problem(
                  cw,
                  "party "
                      + Ids.quote(c.party())
                      + " is not in the agreement"
                      + Suggestions.hint(c.party(), partyIds)));
        }
        if (!contributors.add(c.party())) {
          problems.add(new Problem(cw, "the party contributes twice; merge the contributions"));
        }
        if (!pledge.domains().containsAll(c.domains())) {
          problems.add(
              new Problem(
                  cw,
                  "domains "
                      + c.domains()
                      + " are not all among the pledge's domains "
                      + pledge.domains()));
        }
        c.bindingForce()
            .filter(f -> !pledge.bindingForce().isAtLeast(f))
            .ifPresent(
                f ->
                    problems.add(
                        new Problem(
                            cw,
                            "binding force "
                                + f
                                + " is stronger than the pledge's "
                                + pledge.bindingForce()
                                + "; a contribution may only bind more weakly")));
        references(problems, cw + " condition", c.condition(), triggerIds, partyIds);
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException("agreement " + Ids.quote(id()), problems);
    }
  }

  /** The message of {@link Ids#checkName} for an invalid name, as a problem's message. */
  static String nameProblem(String field, String name) {
    try {
      Ids.checkName(field, name);
      return field + " is valid";
    } catch (IllegalArgumentException e) {
      return String.valueOf(e.getMessage());
    }
  }

  private static void references(
      List<Problem> problems,
      String where,
      Condition condition,
      Set<String> triggerIds,
      Set<String> partyIds) {
    for (Occurred pattern : condition.patterns()) {
      if (!triggerIds.contains(pattern.trigger())) {
        problems.add(
            new Problem(
                where,
                "unknown trigger "
                    + Ids.quote(pattern.trigger())
                    + Suggestions.hint(pattern.trigger(), triggerIds)
                    + " (declare it with addTrigger)"));
      }
      pattern
          .party()
          .filter(p -> !partyIds.contains(p))
          .ifPresent(
              p ->
                  problems.add(
                      new Problem(
                          where,
                          "unknown party "
                              + Ids.quote(p)
                              + " in "
                              + pattern
                              + Suggestions.hint(p, partyIds))));
    }
  }

  private static <T> void duplicates(
      List<Problem> problems, String what, List<T> items, Function<T, String> id) {
    Set<String> seen = new HashSet<>();
    Set<String> reported = new HashSet<>();
    for (T item : items) {
      String key = id.apply(item);
      if (!seen.add(key) && reported.add(key)) {
        problems.add(new Problem(what + " " + Ids.quote(key), "duplicate " + what + " id"));
      }
    }
  }

  private static <T, V> ImmutableMap<String, V> index(
      List<T> items, Function<T, String> key, Function<T, V> value) {
    ImmutableMap.Builder<String, V> out = ImmutableMap.builder();
    for (T item : items) {
      out.put(key.apply(item), value.apply(item));
    }
    return out.buildKeepingLast();
  }

  private static <V> V require(
      @org.jspecify.annotations.Nullable V value, String what, String id, Set<String> known) {
    if (value == null) {
      throw new IllegalArgumentException(
          "no " + what + " " + Ids.quote(id) + " in the agreement" + Suggestions.hint(id, known));
    }
    return value;
  }

  @Override
  public String toString() {
    return "Agreement{" + id() + ": " + title() + "}";
  }
}
