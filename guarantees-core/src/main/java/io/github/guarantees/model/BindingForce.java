package io.github.guarantees.model;

import java.util.Objects;

/**
 * How strongly a pledge binds, on a graded scale from weakest to strongest. Compare with {@link
 * #isAtLeast(BindingForce)}.
 */
public enum BindingForce {
  /** A political declaration of intent. */
  POLITICAL_DECLARATION,
  /** An obligation to consult. */
  CONSULTATION,
  /** Assistance "as each party deems necessary". */
  DISCRETIONARY_ASSISTANCE,
  /** Legally binding assistance. */
  LEGALLY_BINDING_ASSISTANCE,
  /** Automatic collective defence. */
  AUTOMATIC_COLLECTIVE_DEFENCE;

  /**
   * Returns whether this binding force is at least as strong as the other.
   *
   * @param other the force to compare with, not null
   * @return true if this is the same or stronger
   * @throws NullPointerException if other is null
   */
  public boolean isAtLeast(BindingForce other) {
    Objects.requireNonNull(other, "other");
    return compareTo(other) >= 0;
  }
}
