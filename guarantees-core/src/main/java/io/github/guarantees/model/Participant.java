package io.github.guarantees.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A party together with its roles in one agreement.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Participant {
  Participant() {}

  /**
   * Creates a participant.
   *
   * @param party the party
   * @param roles at least one role
   * @return the participant
   * @throws NullPointerException if party, roles or one of the roles is null
   */
  public static Participant of(Party party, Role... roles) {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(roles, "roles");
    return ImmutableParticipant.of(party, Arrays.asList(roles));
  }

  /**
   * Creates a participant.
   *
   * @param party the party
   * @param roles at least one role
   * @return the participant
   * @throws NullPointerException if party, roles or one of the roles is null
   */
  public static Participant of(Party party, Iterable<Role> roles) {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(roles, "roles");
    return ImmutableParticipant.of(party, roles);
  }

  /**
   * Returns the party.
   *
   * @return the party
   */
  @Value.Parameter
  public abstract Party party();

  /**
   * Returns the party's roles in the agreement.
   *
   * @return at least one role
   */
  @Value.Parameter
  public abstract ImmutableSet<Role> roles();

  @Value.Check
  final void check() {
    checkArgument(!roles().isEmpty(), "participant '%s': give at least one role", party().id());
  }
}
