package io.github.guarantees.condition;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An activation condition: a rule over the events of a scenario that holds or not at an instant.
 *
 * <p>The set of conditions is closed; build them with the static factories:
 *
 * <pre>{@code
 * Condition deploy =
 *     Condition.allOf(
 *         Condition.inForce("ukraine-request", "request-withdrawn"),
 *         Condition.occurred("credible-cessation"));
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Condition
    permits Always,
        Occurred,
        AllOf,
        AnyOf,
        Not,
        AtLeast,
        InForce,
        After,
        Within,
        AtLeastParties,
        StatusIs {

  /** The deepest nesting a condition may have; deeper conditions are rejected when built. */
  int MAX_DEPTH = 1000;

  /**
   * Returns the nesting depth of this condition: 1 for a leaf, one more than the deepest operand
   * otherwise.
   *
   * @return the depth, between 1 and {@link #MAX_DEPTH}
   */
  int depth();

  /**
   * Applies a visitor to this condition.
   *
   * @param visitor the visitor, not null
   * @param <R> the visitor's result type
   * @return the visitor's result
   * @throws NullPointerException if visitor is null
   */
  <R> R accept(ConditionVisitor<R> visitor);

  /**
   * Applies a visitor that takes a context argument to this condition.
   *
   * @param visitor the visitor, not null
   * @param context the context passed to the visitor's method
   * @param <R> the visitor's result type
   * @param <A> the context's type
   * @return the visitor's result
   * @throws NullPointerException if visitor or context is null
   */
  <R, A> R accept(GenericConditionVisitor<R, A> visitor, A context);

  /**
   * Returns the ids of every trigger this condition names, at any depth.
   *
   * @return the trigger ids, in first-seen order
   */
  default ImmutableSet<String> triggers() {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    for (Occurred pattern : patterns()) {
      out.add(pattern.trigger());
    }
    return out.build();
  }

  /**
   * Returns every distinct event pattern this condition names, at any depth (including the operands
   * of {@code inForce}, {@code after} and {@code within}). A sub-condition shared by several
   * operands is visited once, so the cost is linear in the distinct sub-conditions.
   *
   * @return the patterns, in first-seen order
   */
  default ImmutableSet<Occurred> patterns() {
    return walk().patterns.build();
  }

  /**
   * Returns every distinct condition on a pledge's or contribution's status ({@link StatusIs}) this
   * condition contains, at any depth, each shared sub-condition visited once.
   *
   * @return the conditions on statuses, in first-seen order
   */
  default ImmutableSet<StatusIs> statusConditions() {
    return walk().statuses.build();
  }

  private Structure.Leaves walk() {
    Structure.Leaves out = new Structure.Leaves();
    Set<Condition> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Condition> todo = new ArrayDeque<>();
    todo.push(this);
    while (!todo.isEmpty()) {
      Condition c = todo.pop();
      if (seen.add(c)) {
        c.accept(Structure.PATTERNS, out).reverse().forEach(todo::push);
      }
    }
    return out;
  }

  /**
   * Returns the composite conditions ({@code allOf}, {@code anyOf}, {@code not}, {@code atLeast})
   * that occur more than once in the given conditions: as an operand of two conditions, twice in
   * one, or as two of the roots. Each is listed once, after the shared conditions it contains, so
   * that naming them in this order defines every name before it is used. The walk visits each
   * distinct condition once: its cost is linear in the number of distinct conditions, however many
   * paths lead to them.
   *
   * @param roots the conditions, not null, none null
   * @return the shared composite conditions, operands first
   * @throws NullPointerException if roots or one of them is null
   */
  static ImmutableList<Condition> shared(Iterable<? extends Condition> roots) {
    Objects.requireNonNull(roots, "roots");
    Map<Condition, Integer> uses = new HashMap<>();
    List<Condition> postOrder = new ArrayList<>();
    for (Condition root : roots) {
      Objects.requireNonNull(root, "roots element");
      if (uses.merge(root, 1, Integer::sum) > 1) {
        continue;
      }
      // Iterative post-order walk: a frame is a condition and the index of its next operand.
      Deque<Condition> nodes = new ArrayDeque<>();
      Deque<Integer> next = new ArrayDeque<>();
      nodes.push(root);
      next.push(0);
      while (!nodes.isEmpty()) {
        Condition c = nodes.peek();
        int i = next.pop();
        ImmutableList<Condition> operands = operandsOf(c);
        if (i < operands.size()) {
          next.push(i + 1);
          Condition o = operands.get(i);
          if (uses.merge(o, 1, Integer::sum) == 1) {
            nodes.push(o);
            next.push(0);
          }
        } else {
          nodes.pop();
          postOrder.add(c);
        }
      }
    }
    ImmutableList.Builder<Condition> out = ImmutableList.builder();
    for (Condition c : postOrder) {
      if (uses.getOrDefault(c, 0) > 1 && !operandsOf(c).isEmpty()) {
        out.add(c);
      }
    }
    return out.build();
  }

  /**
   * Returns the operands of a composite condition, or an empty list for a leaf.
   *
   * @param condition the condition, not null
   * @return its direct sub-conditions
   * @throws NullPointerException if condition is null
   */
  static ImmutableList<Condition> operandsOf(Condition condition) {
    Objects.requireNonNull(condition, "condition");
    return condition.accept(Structure.PATTERNS, new Structure.Leaves());
  }

  /**
   * Returns the condition that always holds: for pledges in force without any trigger (continuing
   * support).
   *
   * @return the always-true condition
   */
  static Condition always() {
    return ImmutableAlways.of();
  }

  /**
   * Holds when at least one event of the trigger has occurred.
   *
   * @param trigger the trigger id, not null
   * @return the condition
   * @throws NullPointerException if trigger is null
   */
  static Occurred occurred(String trigger) {
    return Occurred.of(trigger);
  }

  /**
   * Holds when at least one event of the trigger by or about the party has occurred.
   *
   * @param trigger the trigger id, not null
   * @param party the party id, not null
   * @return the condition
   * @throws NullPointerException if trigger or party is null
   */
  static Occurred occurred(String trigger, String party) {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(party, "party");
    return Occurred.of(trigger, party);
  }

  /**
   * Holds when every operand holds.
   *
   * @param operands at least one condition, none null
   * @return the condition
   * @throws IllegalArgumentException if there is no operand or the nesting is too deep
   * @throws NullPointerException if operands or one of them is null
   */
  static AllOf allOf(Condition... operands) {
    Objects.requireNonNull(operands, "operands");
    return AllOf.of(Arrays.asList(operands));
  }

  /**
   * Holds when every operand holds.
   *
   * @param operands at least one condition, none null
   * @return the condition
   * @throws IllegalArgumentException if there is no operand or the nesting is too deep
   * @throws NullPointerException if operands or one of them is null
   */
  static AllOf allOf(Iterable<? extends Condition> operands) {
    Objects.requireNonNull(operands, "operands");
    return AllOf.of(operands);
  }

  /**
   * Holds when at least one operand holds.
   *
   * @param operands at least one condition, none null
   * @return the condition
   * @throws IllegalArgumentException if there is no operand or the nesting is too deep
   * @throws NullPointerException if operands or one of them is null
   */
  static AnyOf anyOf(Condition... operands) {
    Objects.requireNonNull(operands, "operands");
    return AnyOf.of(Arrays.asList(operands));
  }

  /**
   * Holds when at least one operand holds.
   *
   * @param operands at least one condition, none null
   * @return the condition
   * @throws IllegalArgumentException if there is no operand or the nesting is too deep
   * @throws NullPointerException if operands or one of them is null
   */
  static AnyOf anyOf(Iterable<? extends Condition> operands) {
    Objects.requireNonNull(operands, "operands");
    return AnyOf.of(operands);
  }

  /**
   * Holds when the operand does not.
   *
   * @param operand the negated condition, not null
   * @return the condition
   * @throws IllegalArgumentException if the nesting is too deep
   * @throws NullPointerException if operand is null
   */
  static Not not(Condition operand) {
    return Not.of(operand);
  }

  /**
   * Holds when at least {@code k} of the operands hold.
   *
   * @param k the threshold, from 1 to the number of operands
   * @param operands at least one condition, none null
   * @return the condition
   * @throws IllegalArgumentException if {@code k} is out of range or the nesting is too deep
   * @throws NullPointerException if operands or one of them is null
   */
  static AtLeast atLeast(int k, Condition... operands) {
    Objects.requireNonNull(operands, "operands");
    return AtLeast.of(k, Arrays.asList(operands));
  }

  /**
   * Holds when {@code trigger} has occurred and no event of {@code revokedBy} lies at or after its
   * latest occurrence (a withdrawal at the same instant wins).
   *
   * @param trigger the trigger id that puts something in force, not null
   * @param revokedBy the trigger id that revokes it, not null
   * @return the condition
   * @throws NullPointerException if trigger or revokedBy is null
   */
  static InForce inForce(String trigger, String revokedBy) {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(revokedBy, "revokedBy");
    return InForce.of(Occurred.of(trigger), Occurred.of(revokedBy));
  }

  /**
   * Like {@link #inForce(String, String)} with event patterns that may name a party.
   *
   * @param trigger what puts something in force, not null
   * @param revokedBy what revokes it, not null
   * @return the condition
   * @throws NullPointerException if trigger or revokedBy is null
   */
  static InForce inForce(Occurred trigger, Occurred revokedBy) {
    return InForce.of(trigger, revokedBy);
  }

  /**
   * Holds when some event of {@code later} is strictly later than some event of {@code earlier}.
   *
   * @param later the trigger id of the later event, not null
   * @param earlier the trigger id of the earlier event, not null
   * @return the condition
   * @throws NullPointerException if later or earlier is null
   */
  static After after(String later, String earlier) {
    Objects.requireNonNull(later, "later");
    Objects.requireNonNull(earlier, "earlier");
    return After.of(Occurred.of(later), Occurred.of(earlier));
  }

  /**
   * Like {@link #after(String, String)} with event patterns that may name a party.
   *
   * @param later the later event's pattern, not null
   * @param earlier the earlier event's pattern, not null
   * @return the condition
   * @throws NullPointerException if later or earlier is null
   */
  static After after(Occurred later, Occurred earlier) {
    return After.of(later, earlier);
  }

  /**
   * Holds when some event of {@code event} lies in {@code [b, b + window]} for some event {@code b}
   * of {@code anchor}.
   *
   * @param event the trigger id of the event that must come in time, not null
   * @param window the length of the window, not negative
   * @param anchor the trigger id that opens the window, not null
   * @return the condition
   * @throws IllegalArgumentException if the window is negative
   * @throws NullPointerException if event, window or anchor is null
   */
  static Within within(String event, Duration window, String anchor) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(anchor, "anchor");
    return Within.of(Occurred.of(event), window, Occurred.of(anchor));
  }

  /**
   * Like {@link #within(String, Duration, String)} with event patterns that may name a party.
   *
   * @param event the pattern of the event that must come in time, not null
   * @param window the length of the window, not negative
   * @param anchor the pattern that opens the window, not null
   * @return the condition
   * @throws NullPointerException if event, window or anchor is null
   */
  static Within within(Occurred event, Duration window, Occurred anchor) {
    return Within.of(event, window, anchor);
  }

  /**
   * Holds when the events matching the pattern have at least {@code k} distinct parties in the
   * role: "attacked by two or more states".
   *
   * @param k the number of distinct parties, at least 1
   * @param pattern the pattern of the events counted, not null
   * @param role the role whose parties are counted, not null
   * @return the condition
   * @throws IllegalArgumentException if {@code k} is less than 1
   * @throws NullPointerException if pattern or role is null
   */
  static AtLeastParties atLeastParties(int k, Occurred pattern, EventRole role) {
    return AtLeastParties.of(k, pattern, role);
  }

  /**
   * Holds while the pledge with this id is {@code ACTIVE}: "the guarantee fires while the ceasefire
   * mission does".
   *
   * @param pledge the id of a pledge of the agreement (or of one instance of a pledge owed to a
   *     set, such as {@code collective-defence@FR}), not null
   * @return the condition
   * @throws NullPointerException if pledge is null
   */
  static StatusIs active(String pledge) {
    return statusIs(pledge, Standing.ACTIVE);
  }

  /**
   * Holds once the obligation with this id is {@code FULFILLED}.
   *
   * @param pledge the id of a pledge of the agreement, not null
   * @return the condition
   * @throws NullPointerException if pledge is null
   */
  static StatusIs fulfilled(String pledge) {
    return statusIs(pledge, Standing.FULFILLED);
  }

  /**
   * Holds once the pledge with this id is {@code VIOLATED}: "late payment is owed once payment is
   * violated".
   *
   * @param pledge the id of a pledge of the agreement, not null
   * @return the condition
   * @throws NullPointerException if pledge is null
   */
  static StatusIs violated(String pledge) {
    return statusIs(pledge, Standing.VIOLATED);
  }

  /**
   * Holds while the pledge with this id has the status.
   *
   * @param pledge the id of a pledge of the agreement, not null
   * @param standing the status, not null
   * @return the condition
   * @throws NullPointerException if pledge or standing is null
   */
  static StatusIs statusIs(String pledge, Standing standing) {
    Objects.requireNonNull(pledge, "pledge");
    Objects.requireNonNull(standing, "standing");
    return StatusIs.of(pledge, java.util.Optional.empty(), standing);
  }

  /**
   * Holds while one party's contribution to the pledge has the status: "the UK's contribution to
   * the force is {@code ACTIVE}".
   *
   * @param pledge the id of a pledge of the agreement, not null
   * @param party the id of the contributing party, not null
   * @param standing the status, not null
   * @return the condition
   * @throws NullPointerException if pledge, party or standing is null
   */
  static StatusIs statusIs(String pledge, String party, Standing standing) {
    Objects.requireNonNull(pledge, "pledge");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(standing, "standing");
    return StatusIs.of(pledge, java.util.Optional.of(party), standing);
  }
}
