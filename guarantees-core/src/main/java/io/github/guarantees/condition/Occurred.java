package io.github.guarantees.condition;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Holds when at least one event of a trigger has occurred whose actor, target and place match the
 * pattern's (each optional: an absent one matches every event). Also serves as the event pattern of
 * {@link InForce}, {@link After}, {@link Within}, {@link AtLeastParties}, deadlines and restraints.
 *
 * <pre>{@code
 * // an armed attack by anyone against the member the pledge is owed to, in the treaty area
 * Occurred attack = Condition.occurred("armed-attack")
 *     .against(PartyPattern.owed())
 *     .in("north-atlantic-area");
 * }</pre>
 *
 * <p>docs/SEMANTICS.md decides when an event matches. Immutable and thread-safe.
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
   * Returns who the event's actor must be (the party that acts: attacks, requests, approves); empty
   * matches every event of the trigger, with or without an actor.
   *
   * @return the actor's pattern, or empty
   */
  @Value.Parameter
  public abstract Optional<PartyPattern> actor();

  /**
   * Returns who the event's target must be (the party acted upon: the one attacked); empty matches
   * every event of the trigger, with or without a target.
   *
   * @return the target's pattern, or empty
   */
  @Value.Parameter
  public abstract Optional<PartyPattern> target();

  /**
   * Returns the region the event's place must lie in (the region itself or one it contains, as the
   * agreement's regions declare); empty matches every event of the trigger.
   *
   * @return the region id, or empty
   */
  @Value.Parameter
  public abstract Optional<String> place();

  /**
   * Returns the party the event's actor must be, when the pattern names one: the pattern's {@link
   * #actor()} if it is a {@link PartyPattern.Named}.
   *
   * @return the named actor's id, or empty
   */
  public final Optional<String> party() {
    return actor()
        .filter(PartyPattern.Named.class::isInstance)
        .map(p -> ((PartyPattern.Named) p).party());
  }

  /**
   * Returns whether the pattern constrains nothing but the trigger and, at most, a named actor:
   * such a pattern is decided by {@link #matches(String, Optional)} alone.
   *
   * @return true if it has no target or place and its actor, if any, is named
   */
  public final boolean isSimple() {
    return target().isEmpty()
        && place().isEmpty()
        && (actor().isEmpty() || actor().get() instanceof PartyPattern.Named);
  }

  /**
   * Returns whether an event of the given trigger and actor matches this pattern, for a {@linkplain
   * #isSimple() simple} pattern.
   *
   * @param eventTrigger the event's trigger id
   * @param eventParty the event's actor id, or empty
   * @return true if it matches
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the pattern is not simple (its match needs the agreement)
   */
  public final boolean matches(String eventTrigger, Optional<String> eventParty) {
    Objects.requireNonNull(eventTrigger, "eventTrigger");
    Objects.requireNonNull(eventParty, "eventParty");
    if (!isSimple()) {
      throw new IllegalStateException(this + " needs the agreement to be matched");
    }
    return trigger().equals(eventTrigger) && (party().isEmpty() || party().equals(eventParty));
  }

  /**
   * Returns this pattern with an actor's pattern.
   *
   * @param actor who the actor must be, not null
   * @return the pattern
   * @throws NullPointerException if actor is null
   */
  public final Occurred by(PartyPattern actor) {
    return ImmutableOccurred.of(
        trigger(), Optional.of(Objects.requireNonNull(actor, "actor")), target(), place());
  }

  /**
   * Returns this pattern with a target's pattern.
   *
   * @param target who the target must be, not null
   * @return the pattern
   * @throws NullPointerException if target is null
   */
  public final Occurred against(PartyPattern target) {
    return ImmutableOccurred.of(
        trigger(), actor(), Optional.of(Objects.requireNonNull(target, "target")), place());
  }

  /**
   * Returns this pattern with a place: the event must happen in the region or a region it contains.
   *
   * @param region the region id, not null
   * @return the pattern
   * @throws NullPointerException if region is null
   */
  public final Occurred in(String region) {
    return ImmutableOccurred.of(
        trigger(), actor(), target(), Optional.of(Objects.requireNonNull(region, "region")));
  }

  static Occurred of(String trigger) {
    return ImmutableOccurred.of(trigger, Optional.empty(), Optional.empty(), Optional.empty());
  }

  static Occurred of(String trigger, String party) {
    return of(trigger).by(PartyPattern.named(party));
  }

  @Value.Check
  final void check() {
    checkArgument(!trigger().isBlank(), "occurred: the trigger id is blank");
    checkArgument(
        place().map(p -> !p.isBlank()).orElse(true), "occurred(%s): the place is blank", trigger());
  }

  @Override
  public final int depth() {
    return 1;
  }

  @Override
  public final <R> R accept(ConditionVisitor<R> visitor) {
    Objects.requireNonNull(visitor, "visitor");
    return visitor.visitOccurred(this);
  }

  @Override
  public final <R, A> R accept(GenericConditionVisitor<R, A> visitor, A context) {
    Objects.requireNonNull(visitor, "visitor");
    Objects.requireNonNull(context, "context");
    return visitor.visitOccurred(this, context);
  }

  @Override
  public final String toString() {
    return ConditionFormat.format(this);
  }
}
