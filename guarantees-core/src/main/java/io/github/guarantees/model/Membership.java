package io.github.guarantees.model;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When a signatory is a member of the agreement: from when it joins (from the start, for a founding
 * member) until it leaves (never, unless set), except while it is away ({@link #absences()}: it
 * left and rejoined at given instants). A signatory without a membership is a member throughout;
 * see docs/SEMANTICS.md.
 *
 * <pre>{@code
 * Membership.of("GR").joins(MembershipChange.at(Instant.parse("1952-02-18T00:00:00Z")))
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Membership {
  Membership() {}

  /**
   * A membership of a party from the start, never ending; set {@link #joins()} or {@link #leaves()}
   * with the withers.
   *
   * @param party the party id, not null
   * @return the membership
   * @throws NullPointerException if party is null
   */
  public static Membership of(String party) {
    return ImmutableMembership.builder().party(Objects.requireNonNull(party, "party")).build();
  }

  /**
   * Returns the party's id.
   *
   * @return the id
   */
  public abstract String party();

  /**
   * Returns when the party joins; empty for a founding member.
   *
   * @return the change, or empty
   */
  public abstract Optional<MembershipChange> joins();

  /**
   * Returns when the party leaves; empty if it does not.
   *
   * @return the change, or empty
   */
  public abstract Optional<MembershipChange> leaves();

  /**
   * Returns the periods, in order and apart, in which the party is not a member though it has
   * joined and not left: it leaves at each absence's start and rejoins at its end.
   *
   * @return the absences
   */
  public abstract ImmutableList<Absence> absences();

  /**
   * A period in which a party is not a member: from {@code from} (included) until {@code until}
   * (excluded).
   *
   * @param from when the party leaves, not null
   * @param until when it rejoins, not null, after {@code from}
   */
  public record Absence(Instant from, Instant until) {
    /**
     * Creates the record.
     *
     * @param from see the record's description
     * @param until see the record's description
     * @throws NullPointerException if from or until is null
     * @throws IllegalArgumentException if until is not after from
     */
    public Absence {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(until, "until");
      if (!until.isAfter(from)) {
        throw new IllegalArgumentException(
            "membership absence: rejoins at " + until + ", not after it leaves at " + from);
      }
    }

    /**
     * Returns whether an instant lies in the absence.
     *
     * @param at the instant, not null
     * @return true if {@code from <= at < until}
     * @throws NullPointerException if at is null
     */
    public boolean contains(Instant at) {
      Objects.requireNonNull(at, "at");
      return !from.isAfter(at) && at.isBefore(until);
    }

    @Override
    public String toString() {
      return "away " + from + " until " + until;
    }
  }

  /**
   * Returns this membership with one more absence, after the others: the party leaves at {@code
   * from} and rejoins at {@code until}.
   *
   * @param from when it leaves, not null
   * @param until when it rejoins, not null, after from
   * @return the membership
   * @throws NullPointerException if from or until is null
   * @throws IllegalArgumentException if until is not after from, or the absence does not come after
   *     the last one
   */
  public final Membership absent(Instant from, Instant until) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    return ImmutableMembership.builder().from(this).addAbsences(new Absence(from, until)).build();
  }

  /**
   * Returns whether the party is away at an instant (in one of its {@link #absences()}).
   *
   * @param at the instant, not null
   * @return true if away
   * @throws NullPointerException if at is null
   */
  public final boolean away(Instant at) {
    Objects.requireNonNull(at, "at");
    for (Absence a : absences()) {
      if (a.contains(at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns this membership joining at a change.
   *
   * @param change when it joins, not null
   * @return the membership
   * @throws NullPointerException if change is null
   */
  public final Membership joins(MembershipChange change) {
    return ImmutableMembership.builder()
        .from(this)
        .joins(Objects.requireNonNull(change, "change"))
        .build();
  }

  /**
   * Returns this membership leaving at a change.
   *
   * @param change when it leaves, not null
   * @return the membership
   * @throws NullPointerException if change is null
   */
  public final Membership leaves(MembershipChange change) {
    return ImmutableMembership.builder()
        .from(this)
        .leaves(Objects.requireNonNull(change, "change"))
        .build();
  }

  @Value.Check
  final void check() {
    Ids.check("membership: party", party());
    for (int i = 1; i < absences().size(); i++) {
      Absence before = absences().get(i - 1);
      Absence after = absences().get(i);
      if (after.from().isBefore(before.until())) {
        throw new IllegalArgumentException(
            "membership of "
                + party()
                + ": absences must come in order and apart, but "
                + after
                + " begins before "
                + before
                + " ends");
      }
    }
  }

  @Override
  public String toString() {
    return party()
        + joins().map(j -> " joins " + j).orElse("")
        + leaves().map(l -> " leaves " + l).orElse("")
        + absences().stream().map(a -> ", " + a).reduce("", String::concat);
  }
}
