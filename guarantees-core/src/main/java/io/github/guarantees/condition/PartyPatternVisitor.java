package io.github.guarantees.condition;

/**
 * An operation over the closed set of party patterns, one method per kind.
 *
 * @param <R> the result type
 */
public interface PartyPatternVisitor<R> {
  /**
   * Visits a named party.
   *
   * @param p the pattern
   * @return the result
   */
  R visitNamed(PartyPattern.Named p);

  /**
   * Visits "a member at the event's instant".
   *
   * @param p the pattern
   * @return the result
   */
  R visitMember(PartyPattern.Member p);

  /**
   * Visits "a party of the agreement that is not a member at the event's instant".
   *
   * @param p the pattern
   * @return the result
   */
  R visitNonMember(PartyPattern.NonMember p);

  /**
   * Visits "a party with a role".
   *
   * @param p the pattern
   * @return the result
   */
  R visitHasRole(PartyPattern.HasRole p);

  /**
   * Visits "a party with an attribute".
   *
   * @param p the pattern
   * @return the result
   */
  R visitHasAttribute(PartyPattern.HasAttribute p);

  /**
   * Visits "the party the pledge is owed to".
   *
   * @param p the pattern
   * @return the result
   */
  R visitOwed(PartyPattern.Owed p);

  /**
   * Visits a conjunction of patterns.
   *
   * @param p the pattern
   * @return the result
   */
  R visitBoth(PartyPattern.Both p);
}
