package io.github.guarantees.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * The answers to the built-in questions over an agreement's scenario space ({@link
 * Analysis#survey}).
 *
 * @param dead the pledges and contributions {@code ACTIVE} in no scenario
 * @param unconditional those {@code ACTIVE} at every instant of every scenario
 * @param blocked the contributions {@code BLOCKED} at every instant of every scenario
 * @param neverTogether the pairs of pledges, each {@code ACTIVE} in some scenario, never {@code
 *     ACTIVE} at one instant
 * @param coverage the space searched
 */
public record Survey(
    ImmutableList<Item> dead,
    ImmutableList<Item> unconditional,
    ImmutableList<Item> blocked,
    ImmutableList<Pair> neverTogether,
    Coverage coverage) {
  /**
   * Checks the components.
   *
   * @param dead the component of that name
   * @param unconditional the component of that name
   * @param blocked the component of that name
   * @param neverTogether the component of that name
   * @param coverage the component of that name
   * @throws NullPointerException if an argument is null
   */
  public Survey {
    Objects.requireNonNull(dead, "dead");
    Objects.requireNonNull(unconditional, "unconditional");
    Objects.requireNonNull(blocked, "blocked");
    Objects.requireNonNull(neverTogether, "neverTogether");
    Objects.requireNonNull(coverage, "coverage");
  }

  /**
   * Two pledges.
   *
   * @param first the first, in the agreement's order
   * @param second the second
   */
  public record Pair(Item first, Item second) {
    /**
     * Checks the components.
     *
     * @param first the component of that name
     * @param second the component of that name
     * @throws NullPointerException if an argument is null
     */
    public Pair {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(second, "second");
    }
  }
}
