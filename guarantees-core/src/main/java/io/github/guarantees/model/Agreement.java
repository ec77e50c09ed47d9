package io.github.guarantees.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.PartyPattern;
import io.github.guarantees.condition.PartyPatternVisitor;
import io.github.guarantees.condition.StatusIs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

  /**
   * Builds an {@link Agreement}.
   *
   * <ul>
   *   <li>{@code id} (required): the agreement's id;
   *   <li>{@code title} (required): its title;
   *   <li>{@code date} (optional): the day it was made;
   *   <li>{@code description} (optional): a summary;
   *   <li>{@code participants} (empty): the parties and their roles; every party a pledge,
   *       contribution or event names must be one;
   *   <li>{@code triggers} (empty): the kinds of event the agreement reacts to;
   *   <li>{@code pledges} (empty): the pledges, in the order reports list them;
   *   <li>{@code memberships} (empty): when parties join or leave; a signatory without one is a
   *       member throughout;
   *   <li>{@code regions} (empty): named places and what contains them;
   *   <li>{@code defaultTrigger} (optional): the trigger of every pledge that declares none;
   *   <li>{@code term} (optional): when the agreement itself ends ({@link #term()});
   *   <li>{@code suspensionPausesDeadlines} (false): whether suspensions by powers pause deadlines.
   * </ul>
   *
   * <p>Each method sets the attribute of the same name and returns this builder; setting it again
   * replaces the value. An optional attribute also accepts an {@code Optional}; a list or set
   * attribute has {@code addX(…)} and {@code addAllX(…)}, which append, and {@code x(Iterable)},
   * which replaces the whole collection. {@code from(instance)} copies every attribute of an
   * existing instance. A builder is not thread-safe; the value it builds is immutable.
   *
   * <p>{@code build()} throws {@link IllegalStateException} naming the required attributes not set,
   * and {@link IllegalArgumentException} (a {@link ValidationException} listing every problem found
   * in the whole agreement) when a value is invalid; every method throws {@link
   * NullPointerException} if given null.
   */
  public static final class Builder extends ImmutableAgreement.Builder {
    Builder() {}

    /**
     * Adds a party with its roles.
     *
     * @param party the party
     * @param roles at least one role
     * @return this builder
     * @throws NullPointerException if party, roles or one of the roles is null
     */
    public Builder addParty(Party party, Role... roles) {
      Objects.requireNonNull(party, "party");
      Objects.requireNonNull(roles, "roles");
      addParticipants(Participant.of(party, roles));
      return this;
    }

    /**
     * Declares a trigger.
     *
     * @param id the trigger id
     * @param description what the event is
     * @return this builder
     * @throws NullPointerException if an argument is null
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
   * Returns when signatories join and leave; a signatory without one is a member throughout.
   *
   * @return the memberships, at most one per party
   */
  public abstract ImmutableList<Membership> memberships();

  /**
   * Returns the agreement's vocabulary of places beyond its parties' territories.
   *
   * @return the regions
   */
  public abstract ImmutableList<Region> regions();

  /**
   * Returns the membership of a party, if it has one.
   *
   * @param partyId the party id, not null
   * @return the membership, or empty (a signatory is then a member throughout)
   * @throws NullPointerException if partyId is null
   */
  public final Optional<Membership> membership(String partyId) {
    Objects.requireNonNull(partyId, "partyId");
    return memberships().stream().filter(m -> m.party().equals(partyId)).findFirst();
  }

  /**
   * Returns every region and party territory a place lies in: itself, and each region that contains
   * it, directly or through others.
   *
   * @param place a region or party id, not null
   * @return the places, the place itself included
   * @throws NullPointerException if place is null
   */
  public final ImmutableSet<String> placesContaining(String place) {
    Objects.requireNonNull(place, "place");
    Set<String> out = new java.util.LinkedHashSet<>();
    java.util.Deque<String> todo = new java.util.ArrayDeque<>();
    todo.push(place);
    while (!todo.isEmpty()) {
      String p = todo.pop();
      if (out.add(p)) {
        for (Region r : regions()) {
          if (r.contains().contains(p)) {
            todo.push(r.id());
          }
        }
      }
    }
    return ImmutableSet.copyOf(out);
  }

  /**
   * Returns the names of the alternative readings the agreement's pledges carry ({@link
   * Pledge#readings()}), in the order they first appear.
   *
   * @return the names, empty if the encoding has one reading only
   */
  public ImmutableSet<String> readingNames() {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    for (Pledge p : pledges()) {
      p.readings().forEach(r -> out.add(r.name()));
    }
    return out.build();
  }

  /**
   * Returns this agreement under one named reading: every pledge that carries a reading of that
   * name has its trigger, activation or term replaced as the reading says ({@link Reading#apply});
   * the others are unchanged. Evaluating the result is evaluating the agreement under that reading
   * — the evaluator is the same.
   *
   * @param reading the reading's name, not null
   * @return the agreement under it (validated again, so a reading that would form a cycle of
   *     conditions on statuses is refused)
   * @throws IllegalArgumentException if no pledge carries a reading of that name (the message lists
   *     those that exist)
   * @throws NullPointerException if reading is null
   */
  public Agreement under(String reading) {
    Objects.requireNonNull(reading, "reading");
    if (!readingNames().contains(reading)) {
      throw new IllegalArgumentException(
          "agreement "
              + Ids.quote(id())
              + " has no reading "
              + Ids.quote(reading)
              + (readingNames().isEmpty()
                  ? " (it has none)"
                  : "; its readings: " + String.join(", ", readingNames())));
    }
    List<Pledge> read = new ArrayList<>();
    for (Pledge p : pledges()) {
      Pledge q = p;
      for (Reading r : p.readings()) {
        if (r.name().equals(reading)) {
          q = r.apply(p);
        }
      }
      read.add(q);
    }
    return Agreement.builder().from(this).pledges(read).build();
  }

  /**
   * Returns the pledges as they are evaluated: each pledge owed once as itself, and each pledge
   * owed to a set ({@link Pledge#owedTo()}) as one instance per party that can belong to the set,
   * in the order of the parties, with id {@code <id>@<party>}. In an instance, {@link
   * PartyPattern#owed()} becomes "that party, while it belongs to the set", the agreement's default
   * trigger is resolved, and the party's own contribution is left out (it is owed the others'
   * help).
   *
   * @return the evaluated pledges
   */
  @Value.Lazy
  public ImmutableList<Pledge> instances() {
    ImmutableList.Builder<Pledge> out = ImmutableList.builder();
    for (Pledge p : pledges()) {
      if (p.owedTo().isEmpty()) {
        out.add(p);
        continue;
      }
      PartyPattern set = p.owedTo().get();
      for (Participant x : participants()) {
        String id = x.party().id();
        if (!set.accept(new CanBelong(x))) {
          continue;
        }
        Binding b = new Binding(id, set);
        Pledge.Builder i =
            Pledge.builder()
                .from(p)
                .id(p.id() + "@" + id)
                .owedParty(id)
                .trigger(b.bind(triggerOf(p)))
                .activation(b.bind(p.activation()));
        p.term()
            .ifPresent(
                t ->
                    i.term(
                        Term.builder()
                            .from(t)
                            .endsWhen(t.endsWhen().map(b::bind))
                            .since(t.since().map(b::bind))
                            .build()));
        p.deadline()
            .ifPresent(
                d ->
                    i.deadline(
                        ImmutableDeadline.of(
                            b.pattern(d.fulfilledBy()), d.within(), d.dueAt(), d.excludesDue())));
        i.refrainsFrom(p.refrainsFrom().stream().map(b::pattern).toList());
        p.power()
            .ifPresent(
                w ->
                    i.power(ImmutablePower.of(w.action(), w.target(), b.pattern(w.exercisedBy()))));
        i.contributions(
            p.contributions().stream()
                .filter(c -> !c.party().equals(id))
                .map(c -> Contribution.builder().from(c).condition(b.bind(c.condition())).build())
                .toList());
        out.add(i.build());
      }
    }
    return out.build();
  }

  /** Whether a party can ever belong to a set: its static parts hold for it. */
  private static final class CanBelong implements PartyPatternVisitor<Boolean> {
    private final Participant x;

    CanBelong(Participant x) {
      this.x = x;
    }

    @Override
    public Boolean visitNamed(PartyPattern.Named p) {
      return p.party().equals(x.party().id());
    }

    @Override
    public Boolean visitMember(PartyPattern.Member p) {
      return x.roles().contains(Role.SIGNATORY);
    }

    @Override
    public Boolean visitNonMember(PartyPattern.NonMember p) {
      return true;
    }

    @Override
    public Boolean visitHasRole(PartyPattern.HasRole p) {
      return x.roles().stream().anyMatch(r -> r.name().equals(p.role()));
    }

    @Override
    public Boolean visitHasAttribute(PartyPattern.HasAttribute p) {
      return x.party().attributes().stream().anyMatch(a -> a.name().equals(p.attribute()));
    }

    @Override
    public Boolean visitOwed(PartyPattern.Owed p) {
      return false;
    }

    @Override
    public Boolean visitBoth(PartyPattern.Both p) {
      return p.patterns().stream().allMatch(q -> q.accept(this));
    }
  }

  /**
   * Returns the trigger of every pledge that does not set its own, if any.
   *
   * @return the default trigger, or empty
   */
  public abstract Optional<Condition> defaultTrigger();

  /**
   * Returns the agreement's own term, if any: when the agreement itself ends — at a fixed instant
   * ({@code endsAt}), a duration after its {@link #date()} or after a condition first holds ({@code
   * lastsFor}, {@code since}), or when a condition holds ({@code endsWhen}: a peace settlement).
   * Its end terminates the agreement as a power to terminate it does: every pledge that does not
   * {@link Pledge#survivesTermination() survive} keeps what was decided by then and has otherwise
   * expired. Its conditions must not name statuses of pledges, and a {@code lastsFor} without
   * {@code since} needs a date.
   *
   * @return the term, or empty for an agreement without one
   */
  public abstract Optional<Term> term();

  /**
   * Returns whether a deadline's due instant moves later by the time its obligation spends
   * suspended by a power ({@link Power.Action#SUSPEND}); false unless set, so that a suspension
   * leaves the clock running as a lapsed activation does.
   *
   * @return true if suspensions by powers pause deadlines
   */
  @Value.Default
  public boolean suspensionPausesDeadlines() {
    return false;
  }

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
   * @throws NullPointerException if id is null
   */
  public final Party party(String id) {
    Objects.requireNonNull(id, "id");
    return require(parties().get(id), "party", id, parties().keySet());
  }

  /**
   * Returns a pledge.
   *
   * @param id the pledge id
   * @return the pledge
   * @throws IllegalArgumentException if there is no such pledge
   * @throws NullPointerException if id is null
   */
  public final Pledge pledge(String id) {
    Objects.requireNonNull(id, "id");
    return require(pledgesById().get(id), "pledge", id, pledgesById().keySet());
  }

  /**
   * Returns the roles of a party in this agreement.
   *
   * @param partyId the party id
   * @return the roles, empty if the party is not in the agreement
   * @throws NullPointerException if partyId is null
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
   * @throws NullPointerException if pledge is null
   */
  public final Condition triggerOf(Pledge pledge) {
    Objects.requireNonNull(pledge, "pledge");
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
                Site.pledge(pledge.id(), ""),
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
   * @throws NullPointerException if an argument is null
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
      problems.add(new Problem(Site.agreement(id(), "id"), Ids.RULE));
    }
    if (title().isBlank()) {
      problems.add(new Problem(Site.agreement(id(), "title"), "the title is blank"));
    } else if (!Ids.isValidName(title())) {
      problems.add(new Problem(Site.agreement(id(), "title"), nameProblem("title", title())));
    }
    date()
        .filter(d -> d.getYear() < 1 || d.getYear() > 9999)
        .ifPresent(
            d ->
                problems.add(
                    new Problem(
                        Site.agreement(id(), "date"),
                        d + " is out of range; dates must lie in years 1 to 9999")));
    duplicates(problems, "party", Site::party, participants(), p -> p.party().id());
    duplicates(problems, "trigger", Site::trigger, triggers(), Trigger::id);
    duplicates(problems, "pledge", id -> Site.pledge(id, ""), pledges(), Pledge::id);
    Set<String> partyIds = new HashSet<>();
    participants().forEach(p -> partyIds.add(p.party().id()));
    Set<String> triggerIds = new HashSet<>();
    triggers().forEach(t -> triggerIds.add(t.id()));

    Set<String> places = new HashSet<>(partyIds);
    duplicates(problems, "region", id -> Site.region(id, ""), regions(), Region::id);
    for (Region r : regions()) {
      if (partyIds.contains(r.id())) {
        problems.add(
            new Problem(
                Site.region(r.id(), "id"),
                "the id is a party's; a party's id already stands for its territory"));
      }
      places.add(r.id());
    }
    for (Region r : regions()) {
      for (String c : r.contains()) {
        if (!places.contains(c)) {
          problems.add(
              new Problem(
                  Site.region(r.id(), "contains"),
                  "contains unknown place " + Ids.quote(c) + Suggestions.hint(c, places)));
        }
      }
    }
    duplicates(
        problems, "membership", id -> Site.membership(id, ""), memberships(), Membership::party);
    for (Membership m : memberships()) {
      Site mw = Site.membership(m.party(), "");
      if (!partyIds.contains(m.party())) {
        problems.add(
            new Problem(
                Site.membership(m.party(), "party"),
                "party "
                    + Ids.quote(m.party())
                    + " is not in the agreement"
                    + Suggestions.hint(m.party(), partyIds)));
      } else if (!roles(m.party()).contains(Role.SIGNATORY)) {
        problems.add(new Problem(mw, "only a signatory is a member; give the party that role"));
      }
      for (MembershipChange c : m.joins().map(List::of).orElse(List.of())) {
        c.on()
            .ifPresent(
                o ->
                    references(
                        problems,
                        Site.membership(m.party(), "joins.on"),
                        o,
                        triggerIds,
                        partyIds,
                        places,
                        false));
      }
      for (MembershipChange c : m.leaves().map(List::of).orElse(List.of())) {
        c.on()
            .ifPresent(
                o ->
                    references(
                        problems,
                        Site.membership(m.party(), "leaves.on"),
                        o,
                        triggerIds,
                        partyIds,
                        places,
                        false));
      }
    }
    term()
        .ifPresent(
            t -> {
              if (t.lastsFor().isPresent() && t.since().isEmpty() && date().isEmpty()) {
                problems.add(
                    new Problem(
                        Site.agreement(id(), "term.lastsFor"),
                        "a duration counted from the agreement's date needs a date; give the"
                            + " agreement a date, or the term a since condition"));
              }
              for (Map.Entry<String, Condition> e : termFields(t).entrySet()) {
                Site where = Site.agreement(id(), e.getKey());
                references(problems, where, e.getValue(), triggerIds, partyIds, places, false);
                if (!e.getValue().statusConditions().isEmpty()) {
                  problems.add(
                      new Problem(
                          where,
                          "the agreement's term cannot name the status of a pledge (its end"
                              + " changes every status); name events"));
                }
              }
            });
    defaultTrigger()
        .ifPresent(
            c ->
                references(
                    problems,
                    Site.agreement(id(), "defaultTrigger"),
                    c,
                    triggerIds,
                    partyIds,
                    places,
                    false));
    for (Pledge pledge : pledges()) {
      String pid = pledge.id();
      boolean owed = pledge.owedTo().isPresent();
      pledge
          .owedTo()
          .ifPresent(
              set -> {
                String problem = set.accept(new PatternCheck(partyIds, false));
                if (!problem.isEmpty()) {
                  problems.add(new Problem(Site.pledge(pid, "owedTo"), problem));
                }
              });
      if (pledge.owedParty().isPresent() && pledge.owedTo().isEmpty()) {
        problems.add(
            new Problem(
                Site.pledge(pid, "owedParty"),
                "an instance's owed party needs the set it belongs to (owedTo)"));
      }
      pledge
          .trigger()
          .ifPresent(
              c ->
                  references(
                      problems,
                      Site.pledge(pid, "trigger"),
                      c,
                      triggerIds,
                      partyIds,
                      places,
                      owed));
      references(
          problems,
          Site.pledge(pid, "activation"),
          pledge.activation(),
          triggerIds,
          partyIds,
          places,
          owed);
      for (Map.Entry<String, Condition> t : termConditions(pledge).entrySet()) {
        references(
            problems,
            Site.pledge(pid, t.getKey()),
            t.getValue(),
            triggerIds,
            partyIds,
            places,
            owed);
      }
      for (Reading r : pledge.readings()) {
        String at = "readings[" + r.name() + "].";
        Map<String, Condition> fields = new java.util.LinkedHashMap<>();
        r.trigger().ifPresent(c -> fields.put(at + "trigger", c));
        r.activation().ifPresent(c -> fields.put(at + "activation", c));
        r.term().ifPresent(t -> termFields(t).forEach((k, c) -> fields.put(at + k, c)));
        for (Map.Entry<String, Condition> f : fields.entrySet()) {
          references(
              problems,
              Site.pledge(pid, f.getKey()),
              f.getValue(),
              triggerIds,
              partyIds,
              places,
              owed);
        }
      }
      pledge
          .deadline()
          .ifPresent(
              d ->
                  references(
                      problems,
                      Site.pledge(pid, "deadline.fulfilledBy"),
                      d.fulfilledBy(),
                      triggerIds,
                      partyIds,
                      places,
                      owed));
      pledge
          .power()
          .ifPresent(
              w ->
                  references(
                      problems,
                      Site.pledge(pid, "power.exercisedBy"),
                      w.exercisedBy(),
                      triggerIds,
                      partyIds,
                      places,
                      owed));
      for (int i = 0; i < pledge.refrainsFrom().size(); i++) {
        references(
            problems,
            Site.pledge(pid, "refrainsFrom[" + i + "]"),
            pledge.refrainsFrom().get(i),
            triggerIds,
            partyIds,
            places,
            owed);
      }
      Set<String> contributors = new HashSet<>();
      for (Contribution c : pledge.contributions()) {
        Site cw = Site.contribution(pid, c.party(), "");
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
                  Site.contribution(pid, c.party(), "domains"),
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
                            Site.contribution(pid, c.party(), "bindingForce"),
                            "binding force "
                                + f
                                + " is stronger than the pledge's "
                                + pledge.bindingForce()
                                + "; a contribution may only bind more weakly")));
        references(
            problems,
            Site.contribution(pid, c.party(), "condition"),
            c.condition(),
            triggerIds,
            partyIds,
            places,
            owed);
      }
    }
    if (problems.isEmpty()) {
      statusReferences(problems);
    }
    if (!problems.isEmpty()) {
      throw new ValidationException("agreement " + Ids.quote(id()), problems);
    }
  }

  /** A pledge's term's conditions by field: {@code term.endsWhen}, then {@code term.since}. */
  private static ImmutableMap<String, Condition> termConditions(Pledge p) {
    return p.term().map(Agreement::termFields).orElse(ImmutableMap.of());
  }

  /** A term's conditions by field: {@code term.endsWhen}, then {@code term.since}. */
  private static ImmutableMap<String, Condition> termFields(Term t) {
    ImmutableMap.Builder<String, Condition> out = ImmutableMap.builder();
    t.endsWhen().ifPresent(c -> out.put("term.endsWhen", c));
    t.since().ifPresent(c -> out.put("term.since", c));
    return out.buildOrThrow();
  }

  /**
   * Returns the conditions on statuses ({@link StatusIs}) in a pledge's trigger (the agreement's
   * default trigger if it has none), activation, term and contributions' conditions, each with the
   * field it is in ({@code trigger}, {@code activation}, {@code term.endsWhen}, {@code term.since},
   * {@code contributions[<party>].condition}): the pledges whose status this pledge depends on.
   *
   * @param p a pledge of this agreement or one of its {@link #instances()}, not null
   * @return the field and the condition, in that order, a condition once per field
   * @throws NullPointerException if p is null
   */
  public ImmutableList<Map.Entry<String, StatusIs>> statusConditionsOf(Pledge p) {
    Objects.requireNonNull(p, "p");
    ImmutableList.Builder<Map.Entry<String, StatusIs>> out = ImmutableList.builder();
    java.util.function.BiConsumer<String, Condition> add =
        (field, c) -> c.statusConditions().forEach(s -> out.add(Map.entry(field, s)));
    add.accept("trigger", triggerOf(p));
    add.accept("activation", p.activation());
    termConditions(p).forEach(add);
    for (Contribution c : p.contributions()) {
      add.accept("contributions[" + c.party() + "].condition", c.condition());
    }
    return out.build();
  }

  /**
   * Conditions on statuses name an evaluated pledge (a pledge owed once, or one instance of a
   * pledge owed to a set) and, for a contribution, a party contributing to it; and no pledge
   * depends on its own status through them.
   */
  private void statusReferences(List<Problem> problems) {
    Map<String, Pledge> byId = new java.util.LinkedHashMap<>();
    for (Pledge p : instances()) {
      byId.put(p.id(), p);
    }
    Set<String> owedToSets = new HashSet<>();
    for (Pledge p : pledges()) {
      if (p.owedTo().isPresent()) {
        owedToSets.add(p.id());
      }
    }
    Map<String, List<String>> edges = new java.util.LinkedHashMap<>();
    for (Pledge p : instances()) {
      List<String> out = new ArrayList<>();
      Set<String> reported = new HashSet<>();
      for (Map.Entry<String, StatusIs> e : statusConditionsOf(p)) {
        StatusIs c = e.getValue();
        Site where = Site.pledge(p.baseId(), e.getKey());
        Pledge target = byId.get(c.pledge());
        String problem = "";
        if (target == null) {
          problem = noSuchPledge(c.pledge(), " in " + c, owedToSets, byId.keySet());
        } else if (c.party().isPresent() && target.contribution(c.party().get()).isEmpty()) {
          problem =
              "party "
                  + Ids.quote(c.party().get())
                  + " does not contribute to pledge "
                  + Ids.quote(c.pledge())
                  + " in "
                  + c;
        } else {
          out.add(c.pledge());
        }
        if (!problem.isEmpty() && reported.add(problem)) {
          problems.add(new Problem(where, problem));
        }
      }
      edges.put(p.id(), out);
      String target = p.power().flatMap(Power::target).orElse(null);
      if (target != null && !byId.containsKey(target)) {
        addOnce(
            problems,
            new Problem(
                Site.pledge(p.baseId(), "power.target"),
                noSuchPledge(target, "", owedToSets, byId.keySet())));
      }
    }
    // Depth-first search for a cycle; each pledge of one found is reported once, on the first.
    Map<String, Integer> state = new HashMap<>();
    for (String start : edges.keySet()) {
      java.util.Deque<String> path = new java.util.ArrayDeque<>();
      cycle(start, edges, state, path, problems, byId);
    }
  }

  /**
   * Why an id names no evaluated pledge: it is a pledge owed to a set (name one instance), or
   * unknown (with a suggestion); {@code where} follows the id, e.g. the condition it is in.
   */
  private static String noSuchPledge(
      String id, String where, Set<String> owedToSets, Set<String> known) {
    return owedToSets.contains(id)
        ? "pledge "
            + Ids.quote(id)
            + " is owed to each party of a set; name one instance ("
            + id
            + "@<party>)"
            + where
        : "unknown pledge " + Ids.quote(id) + where + Suggestions.hint(id, known);
  }

  private static void addOnce(List<Problem> problems, Problem problem) {
    if (!problems.contains(problem)) {
      problems.add(problem);
    }
  }

  private static void cycle(
      String at,
      Map<String, List<String>> edges,
      Map<String, Integer> state,
      java.util.Deque<String> path,
      List<Problem> problems,
      Map<String, Pledge> byId) {
    Integer s = state.get(at);
    if (s != null && s == 2) {
      return;
    }
    if (s != null && s == 1) {
      List<String> ring = new ArrayList<>();
      boolean in = false;
      for (java.util.Iterator<String> it = path.descendingIterator(); it.hasNext(); ) {
        String x = it.next();
        in |= x.equals(at);
        if (in) {
          ring.add(x);
        }
      }
      ring.add(at);
      Pledge first = byId.get(at);
      problems.add(
          new Problem(
              Site.pledge(first == null ? at : first.baseId(), "status conditions"),
              "pledges depend on their own status through conditions on statuses: "
                  + String.join(" -> ", ring)));
      return;
    }
    state.put(at, 1);
    path.push(at);
    for (String next : edges.getOrDefault(at, List.of())) {
      cycle(next, edges, state, path, problems, byId);
    }
    path.pop();
    state.put(at, 2);
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

  /** The problem with a party pattern, or "" if none. */
  private static final class PatternCheck implements PartyPatternVisitor<String> {
    private final Set<String> partyIds;
    private final boolean owedAllowed;

    PatternCheck(Set<String> partyIds, boolean owedAllowed) {
      this.partyIds = partyIds;
      this.owedAllowed = owedAllowed;
    }

    @Override
    public String visitNamed(PartyPattern.Named p) {
      return partyIds.contains(p.party())
          ? ""
          : "unknown party " + Ids.quote(p.party()) + Suggestions.hint(p.party(), partyIds);
    }

    @Override
    public String visitMember(PartyPattern.Member p) {
      return "";
    }

    @Override
    public String visitNonMember(PartyPattern.NonMember p) {
      return "";
    }

    @Override
    public String visitHasRole(PartyPattern.HasRole p) {
      for (Role r : Role.values()) {
        if (r.name().equals(p.role())) {
          return "";
        }
      }
      return "unknown role " + Ids.quote(p.role()) + " (one of " + List.of(Role.values()) + ")";
    }

    @Override
    public String visitHasAttribute(PartyPattern.HasAttribute p) {
      for (PartyAttribute a : PartyAttribute.values()) {
        if (a.name().equals(p.attribute())) {
          return "";
        }
      }
      return "unknown party attribute "
          + Ids.quote(p.attribute())
          + " (one of "
          + List.of(PartyAttribute.values())
          + ")";
    }

    @Override
    public String visitOwed(PartyPattern.Owed p) {
      return owedAllowed
          ? ""
          : "'the party owed' is only meaningful in a pledge owed to a set of parties (owedTo)";
    }

    @Override
    public String visitBoth(PartyPattern.Both p) {
      for (PartyPattern q : p.patterns()) {
        String problem = q.accept(this);
        if (!problem.isEmpty()) {
          return problem;
        }
      }
      return "";
    }
  }

  private static void references(
      List<Problem> problems,
      Site where,
      Condition condition,
      Set<String> triggerIds,
      Set<String> partyIds,
      Set<String> places,
      boolean owedAllowed) {
    PatternCheck check = new PatternCheck(partyIds, owedAllowed);
    for (Occurred pattern : condition.patterns()) {
      // A named actor is checked below, with the message it always had.
      pattern
          .actor()
          .filter(p -> !(p instanceof PartyPattern.Named))
          .map(p -> p.accept(check))
          .filter(x -> !x.isEmpty())
          .ifPresent(x -> problems.add(new Problem(where, x + " in " + pattern)));
      pattern
          .target()
          .map(p -> p.accept(check))
          .filter(x -> !x.isEmpty())
          .ifPresent(x -> problems.add(new Problem(where, x + " in " + pattern)));
      pattern
          .place()
          .filter(x -> !places.contains(x))
          .ifPresent(
              x ->
                  problems.add(
                      new Problem(
                          where,
                          "unknown place "
                              + Ids.quote(x)
                              + " in "
                              + pattern
                              + Suggestions.hint(x, places))));
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
      List<Problem> problems,
      String what,
      Function<String, Site> site,
      List<T> items,
      Function<T, String> id) {
    Set<String> seen = new HashSet<>();
    Set<String> reported = new HashSet<>();
    for (T item : items) {
      String key = id.apply(item);
      if (!seen.add(key) && reported.add(key)) {
        problems.add(new Problem(site.apply(key), "duplicate " + what + " id"));
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
