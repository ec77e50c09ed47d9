package io.github.guarantees.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.PartyPattern;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What one or more parties promise: its kind, domains, location, binding force and size, the clause
 * it comes from, the trigger that brings it into play, the activation condition that must also hold
 * for it to fire, its term, and one {@link Contribution} per pledging party.
 *
 * <pre>{@code
 * Pledge force = Pledge.builder()
 *     .id("multinational-force")
 *     .title("Multinational Force Ukraine")
 *     .kind(PledgeKind.FORCE_DEPLOYMENT)
 *     .addDomains(Domain.LAND, Domain.SEA, Domain.AIR)
 *     .location(Location.IN_BENEFICIARY)
 *     .bindingForce(BindingForce.DISCRETIONARY_ASSISTANCE)
 *     .trigger(Condition.inForce("ceasefire", "ceasefire-collapsed"))
 *     .activation(Condition.allOf(
 *         Condition.inForce("ukraine-request", "request-withdrawn"),
 *         Condition.occurred("credible-cessation")))
 *     .source(component3)
 *     .addContributions(Contribution.of("FR"))
 *     .build();
 * }</pre>
 *
 * <p>A pledge without contributions is made by the signatories collectively. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class Pledge {
  Pledge() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Pledge}.
   *
   * <ul>
   *   <li>{@code id} (required): the pledge's id, unique in its agreement;
   *   <li>{@code title} (required): a short title;
   *   <li>{@code kind} (required): what is pledged ({@link PledgeKind});
   *   <li>{@code bindingForce} (required): how binding the pledge is ({@link BindingForce});
   *   <li>{@code source} (required): the clause it comes from;
   *   <li>{@code domains} (empty): the domains (land, air, sea, …) it concerns;
   *   <li>{@code location} ({@link Location#UNSPECIFIED}): where the pledge is carried out;
   *   <li>{@code size} (optional): how much is pledged;
   *   <li>{@code trigger} (optional): the event condition that triggers it; the agreement's default
   *       trigger when absent;
   *   <li>{@code activation} ({@code always()}): the condition under which it fires once triggered;
   *   <li>{@code term} (optional): when it ends;
   *   <li>{@code deadline} (optional): how long after activation it must be met;
   *   <li>{@code refrainsFrom} (empty): for a restraint, the events that breach it;
   *   <li>{@code owedTo} (optional): a party set: the pledge is owed to each of its parties on its
   *       own;
   *   <li>{@code contributions} (empty): each party's share, with its own condition;
   *   <li>{@code note} (optional): a note for readers;
   *   <li>{@code tags} (empty): free labels, e.g. a component of the agreement;
   *   <li>{@code readings} (empty): named alternative readings of a vague clause ({@link Reading}),
   *       applied with {@link Agreement#under(String)}.
   * </ul>
   *
   * <p>Each method sets the attribute of the same name and returns this builder; setting it again
   * replaces the value. An optional attribute also accepts an {@code Optional}; a list or set
   * attribute has {@code addX(…)} and {@code addAllX(…)}, which append, and {@code x(Iterable)},
   * which replaces the whole collection. {@code from(instance)} copies every attribute of an
   * existing instance. A builder is not thread-safe; the value it builds is immutable.
   *
   * <p>{@code build()} throws {@link IllegalStateException} naming the required attributes not set,
   * and {@link IllegalArgumentException} (a {@link ValidationException} listing every problem) when
   * a value is invalid; every method throws {@link NullPointerException} if given null.
   */
  public static final class Builder extends ImmutablePledge.Builder {
    Builder() {}
  }

  /**
   * Returns the pledge's id, unique within its agreement.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns a short title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns what the pledge promises to do.
   *
   * @return the kind
   */
  public abstract PledgeKind kind();

  /**
   * Returns the operational domains; empty when the pledge has none (e.g. sanctions).
   *
   * @return the domains
   */
  public abstract ImmutableSet<Domain> domains();

  /**
   * Returns where the pledge is carried out; {@link Location#UNSPECIFIED} unless set.
   *
   * @return the location
   */
  @Value.Default
  public Location location() {
    return Location.UNSPECIFIED;
  }

  /**
   * Returns how strongly the pledge binds.
   *
   * @return the binding force
   */
  public abstract BindingForce bindingForce();

  /**
   * Returns the pledge's overall size, if known.
   *
   * @return the size, or empty
   */
  public abstract Optional<Size> size();

  /**
   * Returns what brings the pledge into play: in Symboleo's terms, what <em>creates</em> the
   * obligation (e.g. a future armed attack creates the obligation to consult). Empty means the
   * agreement's default trigger, or {@link Condition#always()} if it has none; set {@code always()}
   * explicitly for continuing support that needs no trigger.
   *
   * @return the trigger condition, or empty
   */
  public abstract Optional<Condition> trigger();

  /**
   * Returns what must also hold for the pledge to fire: in Symboleo's terms, what puts the created
   * obligation <em>in effect</em> (e.g. at the request of either party). While it lapses, a pledge
   * that was active is suspended. {@link Condition#always()} unless set.
   *
   * @return the activation condition
   */
  @Value.Default
  public Condition activation() {
    return Condition.always();
  }

  /**
   * Returns when the pledge ends, if it does.
   *
   * @return the term, or empty
   */
  public abstract Optional<Term> term();

  /**
   * Returns the deadline of an obligation to act: what fulfils it and within how long of the pledge
   * first becoming active, e.g. consultations within 24 hours. With a deadline the pledge becomes
   * {@code FULFILLED} or {@code VIOLATED}; see {@link Deadline}.
   *
   * @return the deadline, or empty
   */
  public abstract Optional<Deadline> deadline();

  /**
   * Returns what a restraint forbids: the events that breach it once the pledge is in effect, e.g.
   * an armed attack for "refrain from the threat or use of force". An event breaches the pledge
   * when it matches a pattern and, if the pattern names no party, is by one of the pledge's
   * contributors (by anyone, for a collective pledge); the contribution of the party that breached
   * it is then {@code VIOLATED}, and so is the pledge. Empty unless the pledge is a restraint.
   *
   * @return the forbidden event patterns, empty for a pledge that is not a restraint
   */
  public abstract ImmutableList<Occurred> refrainsFrom();

  /**
   * Returns what a power lets its holder do, for a pledge of kind {@link PledgeKind#POWER}:
   * suspend, resume or terminate another pledge, or terminate the agreement, by an event, while the
   * power is in effect. Empty for every other kind.
   *
   * @return the power, or empty
   */
  public abstract Optional<Power> power();

  /**
   * Returns whether the pledge continues after the agreement is terminated by a power ("the
   * confidentiality clause survives termination"); false unless set.
   *
   * @return true if termination of the agreement leaves it in its own lifecycle
   */
  @Value.Default
  public boolean survivesTermination() {
    return false;
  }

  /**
   * Returns the set of parties the pledge is owed to, each on its own: "each member, if attacked,
   * is owed the others' assistance" is owed to {@link PartyPattern#member()}. The agreement
   * evaluates one instance per party that can belong to the set ({@link Agreement#instances()}),
   * with id {@code <id>@<party>}, in which {@link PartyPattern#owed()} is that party while it
   * belongs to the set, and from which that party's own contribution is left out. Empty for a
   * pledge owed once, as a whole.
   *
   * @return the set's pattern, or empty
   */
  public abstract Optional<PartyPattern> owedTo();

  /**
   * Returns the party this instance of a pledge owed to a set is owed to; set by {@link
   * Agreement#instances()}, empty on the pledge as written.
   *
   * @return the party id, or empty
   */
  public abstract Optional<String> owedParty();

  /**
   * Returns the id of the pledge as written: {@link #id()} without the {@code @<party>} of an
   * instance.
   *
   * @return the pledge's own id
   */
  public final String baseId() {
    return owedParty().map(p -> id().substring(0, id().length() - p.length() - 1)).orElse(id());
  }

  /**
   * Returns the clause the pledge encodes.
   *
   * @return the source
   */
  public abstract Source source();

  /**
   * Returns one contribution per pledging party; empty for a collective pledge.
   *
   * @return the contributions
   */
  public abstract ImmutableList<Contribution> contributions();

  /**
   * Returns a note, e.g. on what the sources leave vague.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns the groups the pledge belongs to, as ids, so that a program can select them: e.g.
   * {@code component-4} for every pledge of a declaration's fourth component. Empty unless set.
   *
   * @return the tags, each an id
   */
  public abstract ImmutableSet<String> tags();

  /**
   * Returns the named alternative readings of the clause: what the trigger, activation or term
   * would be if the clause meant something else ({@link Agreement#under(String)} applies one). The
   * pledge's own fields are the encoding's reading. Empty unless set; names are unique.
   *
   * @return the readings
   */
  public abstract ImmutableList<Reading> readings();

  /**
   * Returns whether the pledge carries a tag.
   *
   * @param tag the tag, not null
   * @return true if the pledge is tagged so
   * @throws NullPointerException if tag is null
   */
  public final boolean hasTag(String tag) {
    Objects.requireNonNull(tag, "tag");
    return tags().contains(tag);
  }

  /**
   * Returns the contribution of a party.
   *
   * @param party the party id
   * @return the contribution, or empty if the party does not contribute
   * @throws NullPointerException if party is null
   */
  public final Optional<Contribution> contribution(String party) {
    Objects.requireNonNull(party, "party");
    return contributions().stream().filter(c -> c.party().equals(party)).findFirst();
  }

  /**
   * Returns the domains a contribution covers: its own, or the pledge's if it names none.
   *
   * @param contribution a contribution of this pledge
   * @return the domains
   * @throws NullPointerException if contribution is null
   */
  public final ImmutableSet<Domain> domainsOf(Contribution contribution) {
    Objects.requireNonNull(contribution, "contribution");
    return contribution.domains().isEmpty() ? domains() : contribution.domains();
  }

  @Value.Check
  final void check() {
    List<Problem> problems = new ArrayList<>();
    String where = "pledge " + Ids.quote(id());
    boolean instance =
        owedParty().isPresent() && id().endsWith("@" + owedParty().get()) && owedTo().isPresent();
    if (!Ids.isValid(instance ? baseId() : id())) {
      problems.add(new Problem(Site.pledge(id(), "id"), Ids.RULE));
    }
    if (title().isBlank()) {
      problems.add(new Problem(Site.pledge(id(), "title"), "the title is blank"));
    } else if (!Ids.isValidName(title())) {
      problems.add(
          new Problem(Site.pledge(id(), "title"), Agreement.nameProblem("title", title())));
    }
    Set<String> readingNames = new HashSet<>();
    for (Reading r : readings()) {
      if (!readingNames.add(r.name())) {
        problems.add(
            new Problem(
                Site.pledge(id(), "readings[" + r.name() + "]"),
                "two readings named " + Ids.quote(r.name()) + "; give each its own name"));
      }
    }
    for (int i = 0; i < tags().size(); i++) {
      String tag = tags().asList().get(i);
      if (!Ids.isValid(tag)) {
        problems.add(
            new Problem(Site.pledge(id(), "tags[" + i + "]"), Ids.quote(tag) + ": " + Ids.RULE));
      }
    }
    for (Contribution c : contributions()) {
      if (c.illustrative().filter(String::isBlank).isPresent()) {
        problems.add(
            new Problem(
                Site.contribution(id(), c.party(), "illustrative"),
                "the reason it is illustrative is blank; say why no source states it"));
      }
    }
    if (deadline().isPresent() && !refrainsFrom().isEmpty()) {
      problems.add(
          new Problem(
              Site.pledge(id(), "deadline"),
              "a pledge is either an obligation with a deadline or a restraint, not both"));
    }
    if (power().isPresent() != (kind() == PledgeKind.POWER)) {
      problems.add(
          new Problem(
              Site.pledge(id(), "power"),
              power().isPresent()
                  ? "only a pledge of kind POWER has a power; set kind POWER"
                  : "a pledge of kind POWER says what it does: give its power (suspend, resume or"
                      + " terminate, and the event that exercises it)"));
    }
    if (power().isPresent() && (deadline().isPresent() || !refrainsFrom().isEmpty())) {
      problems.add(
          new Problem(
              Site.pledge(id(), "power"),
              "a power has neither a deadline nor restraints; it is spent when exercised"));
    }
    if (power().flatMap(Power::target).filter(id()::equals).isPresent()) {
      problems.add(new Problem(Site.pledge(id(), "power.target"), "a power cannot act on itself"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(where, problems);
    }
  }

  @Override
  public String toString() {
    return id();
  }
}
