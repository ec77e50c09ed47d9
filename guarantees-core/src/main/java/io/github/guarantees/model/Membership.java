package io.github.guarantees.model;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When a signatory is a member of the agreement: from when it joins (from the start, for a founding
 * member) until it leaves (never, unless set). A signatory without a membership is a member
 * throughout; see docs/SEMANTICS.md.
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
  }

  @Override
  public String toString() {
    return party()
        + joins().map(j -> " joins " + j).orElse("")
        + leaves().map(l -> " leaves " + l).orElse("");
  }
}
