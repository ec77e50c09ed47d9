package io.github.guarantees.condition;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Holds at an instant when another pledge of the agreement (or one party's contribution to it) has
 * the {@link #standing()} then: {@code violated(payment)} ("late payment is owed once payment is
 * violated"), {@code active(force, UK)} (the UK's contribution to the force fires). The pledge is
 * named by its id, or, for a pledge owed to each party of a set, by one instance's id ({@code
 * collective-defence@FR}).
 *
 * <p>Statuses change at event instants and at the instants the agreement computes (a deadline's
 * violation, a term's end), so this condition can change truth at a computed instant too. The
 * pledges' conditions on one another must not form a cycle; an agreement with one is rejected when
 * built, naming the pledges of the cycle.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class StatusIs implements Condition permits ImmutableStatusIs {
  StatusIs() {}

  /**
   * Returns the id of the pledge (or pledge instance) whose status is asked about.
   *
   * @return the pledge id
   */
  @Value.Parameter
  public abstract String pledge();

  /**
   * Returns the party whose contribution to the pledge is asked about, if the condition is on a
   * contribution rather than on the pledge.
   *
   * @return the contributing party, or empty for the pledge itself
   */
  @Value.Parameter
  public abstract Optional<String> party();

  /**
   * Returns the status the pledge or contribution must have for this condition to hold.
   *
   * @return the status
   */
  @Value.Parameter
  public abstract Standing standing();

  static StatusIs of(String pledge, Optional<String> party, Standing standing) {
    return ImmutableStatusIs.of(pledge, party, standing);
  }

  @Value.Check
  final void check() {
    checkArgument(
        !pledge().isEmpty(), "%s(): the pledge id must not be empty", standing().keyword());
    checkArgument(
        party().map(p -> !p.isEmpty()).orElse(true),
        "%s(%s, ): the party must not be empty",
        standing().keyword(),
        pledge());
  }

  @Override
  public final int depth() {
    return 1;
  }

  @Override
  public final <R> R accept(ConditionVisitor<R> visitor) {
    Objects.requireNonNull(visitor, "visitor");
    return visitor.visitStatusIs(this);
  }

  @Override
  public final <R, A> R accept(GenericConditionVisitor<R, A> visitor, A context) {
    Objects.requireNonNull(visitor, "visitor");
    Objects.requireNonNull(context, "context");
    return visitor.visitStatusIs(this, context);
  }

  @Override
  public final String toString() {
    return ConditionFormat.format(this);
  }
}
