package io.github.guarantees.analysis;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.evaluation.Status;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A question asked of an agreement over every scenario of its {@linkplain Analysis scenario space}.
 * Every kind is a record; a new kind is a compile error in {@link PropertyVisitor} and so wherever
 * properties are checked. Conditions are the agreement's own condition language, decided by the
 * evaluator: a property never gives a condition a meaning of its own.
 */
public sealed interface Property
    permits Property.NeverActiveUnless,
        Property.RespondsWithin,
        Property.NeverTogether,
        Property.CanFire,
        Property.Always,
        Property.ReadingsAgree {

  /**
   * Calls the visitor's method for this kind.
   *
   * @param visitor the visitor, not null
   * @param <R> the result type
   * @return the visitor's result
   * @throws NullPointerException if visitor is null
   */
  <R> R accept(PropertyVisitor<R> visitor);

  /**
   * An invariant: no chosen pledge or contribution is {@code ACTIVE} at an instant where the
   * condition does not hold.
   *
   * @param selector the pledges and contributions constrained
   * @param condition the condition they need, in the agreement's condition language
   */
  record NeverActiveUnless(Selector selector, Condition condition) implements Property {
    /**
     * Checks the components.
     *
     * @param selector the component of that name
     * @param condition the component of that name
     * @throws NullPointerException if an argument is null
     */
    public NeverActiveUnless {
      Objects.requireNonNull(selector, "selector");
      Objects.requireNonNull(condition, "condition");
    }

    @Override
    public <R> R accept(PropertyVisitor<R> visitor) {
      return visitor.neverActiveUnless(this);
    }
  }

  /**
   * A response: after every event matching the trigger pattern (at which the optional condition
   * held), some chosen pledge or contribution is {@code ACTIVE} at some instant within the duration
   * (the event's instant and the end included).
   *
   * @param trigger the pattern of the events that call for a response
   * @param after a condition that must hold at the event for it to count, or empty
   * @param selector what responds (its lowest binding force included)
   * @param within how long the response may take
   */
  record RespondsWithin(
      Occurred trigger, Optional<Condition> after, Selector selector, Duration within)
      implements Property {
    /**
     * Checks the components.
     *
     * @param trigger the component of that name
     * @param after the component of that name
     * @param selector the component of that name
     * @param within the component of that name
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if within is negative
     */
    public RespondsWithin {
      Objects.requireNonNull(trigger, "trigger");
      Objects.requireNonNull(after, "after");
      Objects.requireNonNull(selector, "selector");
      Objects.requireNonNull(within, "within");
      if (within.isNegative()) {
        throw new IllegalArgumentException("within must not be negative: " + within);
      }
    }

    @Override
    public <R> R accept(PropertyVisitor<R> visitor) {
      return visitor.respondsWithin(this);
    }
  }

  /**
   * An exclusion: no item chosen by {@code first} is {@code ACTIVE} at an instant where an item
   * chosen by {@code second} is (an item is never compared with itself).
   *
   * @param first the first selector
   * @param second the second selector
   */
  record NeverTogether(Selector first, Selector second) implements Property {
    /**
     * Checks the components.
     *
     * @param first the component of that name
     * @param second the component of that name
     * @throws NullPointerException if an argument is null
     */
    public NeverTogether {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(second, "second");
    }

    @Override
    public <R> R accept(PropertyVisitor<R> visitor) {
      return visitor.neverTogether(this);
    }
  }

  /**
   * Reachability: some scenario makes the item {@code ACTIVE} at some instant — with {@code after},
   * at or after an event matching that pattern ("can this pledge still be completed after a
   * withdrawal?"). {@link Verdict.Proved} then carries the witness, a scenario with the fewest
   * events.
   *
   * @param item the pledge or contribution
   * @param after the pattern of an event the item must be {@code ACTIVE} at or after, or empty
   */
  record CanFire(Item item, Optional<Occurred> after) implements Property {
    /**
     * Checks the components.
     *
     * @param item the component of that name
     * @param after the component of that name
     * @throws NullPointerException if an argument is null
     */
    public CanFire {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(after, "after");
    }

    /**
     * Reachability at any instant.
     *
     * @param item the pledge or contribution, not null
     * @throws NullPointerException if item is null
     */
    public CanFire(Item item) {
      this(item, Optional.empty());
    }

    @Override
    public <R> R accept(PropertyVisitor<R> visitor) {
      return visitor.canFire(this);
    }
  }

  /**
   * An invariant on one item: it has the status at every instant of every scenario ({@code ACTIVE}:
   * unconditional; {@code BLOCKED}: a contribution blocked in every scenario).
   *
   * @param item the pledge or contribution
   * @param status the status it always has
   */
  record Always(Item item, Status status) implements Property {
    /**
     * Checks the components.
     *
     * @param item the component of that name
     * @param status the component of that name
     * @throws NullPointerException if an argument is null
     */
    public Always {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(status, "status");
    }

    @Override
    public <R> R accept(PropertyVisitor<R> visitor) {
      return visitor.always(this);
    }
  }

  /**
   * Where an ambiguity matters: the chosen items have, at every instant of every scenario, the same
   * status under the named {@linkplain io.github.guarantees.model.Reading reading} as under the
   * encoding ({@link io.github.guarantees.model.Agreement#under}). A counterexample is a scenario
   * with the fewest events in which the readings disagree, and the items on which they do.
   *
   * @param reading the reading's name, carried by some pledge of the agreement
   * @param selector the items compared
   */
  record ReadingsAgree(String reading, Selector selector) implements Property {
    /**
     * Checks the components.
     *
     * @param reading the component of that name
     * @param selector the component of that name
     * @throws NullPointerException if an argument is null
     */
    public ReadingsAgree {
      Objects.requireNonNull(reading, "reading");
      Objects.requireNonNull(selector, "selector");
    }

    @Override
    public <R> R accept(PropertyVisitor<R> visitor) {
      return visitor.readingsAgree(this);
    }
  }
}
