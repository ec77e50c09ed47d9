package io.github.guarantees.analysis;

/**
 * A part of an agreement the scenario space does not cover exhaustively; a verdict names each one
 * that applies, so that a proof is never claimed beyond what was searched (docs/ANALYSIS.md).
 */
public enum Limitation {
  /**
   * A fixed instant (a term's end, a fixed due date, a membership change at a date, an absence):
   * events are drawn relative to the agreement's date and to each other, not around fixed instants.
   */
  FIXED_INSTANTS,
  /**
   * Membership changes over time: events are classified at one instant, so parties whose membership
   * changes are kept apart (none is merged with another) but the classes are those of that instant.
   */
  MEMBERSHIP_OVER_TIME,
  /**
   * A condition counts distinct parties ({@code atLeastParties}): parties in that role are kept
   * apart, one letter each, which the budget's repetitions then bound.
   */
  COUNTS_PARTIES
}
