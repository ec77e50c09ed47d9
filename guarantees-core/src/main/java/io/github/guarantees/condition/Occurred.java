package io.github.guarantees.condition;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Holds when at least one event of a trigger, optionally by or about a given party, has occurred.
 * Also serves as the event pattern of {@link InForce}, {@link After} and {@link Within}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class Occurred implements Condition permits ImmutableOccurred {
  Occurred() {}

  /**
   * Returns the id of the trigger whose events this pattern matches.
   *
   * @return the trigger id
   */
  @Value.Parameter
  public abstract String trigger();

  /**
   * Returns the party the event must be by or about, if any; empty matches every event of the
   * trigger.
   *
   * @return the party id, or empty
   */
  @Value.Parameter
  public abstract Optional<String> party();

  /**
   * Returns whether an event of the given trigger and party matches this pattern.
   *
   * @param eventTrigger the event's trigger id
   * @param eventParty the event's party id, or empty
   * @return true if it matches
   */
  public final boolean matches(String eventTrigger, Optional<String> eventParty) {
    Objects.requireNonNull(eventTrigger, "eventTrigger");
    Objects.requireNonNull(eventParty, "eventParty");
    return trigger().equals(eventTrigger) && (party().isEmpty() || party().equals(eventParty));
  }

  static Occurred of(String trigger) {
    return ImmutableOccurred.of(trigger, Optional.empty());
  }

  static Occurred of(String trigger, String party) {
    return ImmutableOccurred.of(trigger, Optional.of(party));
  }

  @Value.Check
  final void check() {
    checkArgument(!trigger().isBlank(), "occurred: the trigger id is blank");
    checkArgument(
        party().map(p -> !p.isBlank()).orElse(true),
        "occurred(%s): the party id is blank",
        trigger());
  }

  @Override
  public final int depth() {
    return 1;
  }

  @Override
  public final <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitOccurred(this);
  }

  @Override
  public final <R, A> R accept(GenericConditionVisitor<R, A> visitor, A context) {
    return visitor.visitOccurred(this, context);
  }

  @Override
  public final String toString() {
    return ConditionFormat.format(this);
  }
}
