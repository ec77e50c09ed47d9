package io.github.guarantees.condition;

/**
 * An operation over the closed set of conditions, one method per kind.
 *
 * @param <R> the result type
 */
public interface ConditionVisitor<R> {
  /**
   * Visits the always-true condition.
   *
   * @param c the condition
   * @return the result
   */
  R visitAlways(Always c);

  /**
   * Visits an {@code occurred} condition.
   *
   * @param c the condition
   * @return the result
   */
  R visitOccurred(Occurred c);

  /**
   * Visits an {@code allOf} condition.
   *
   * @param c the condition
   * @return the result
   */
  R visitAllOf(AllOf c);

  /**
   * Visits an {@code anyOf} condition.
   *
   * @param c the condition
   * @return the result
   */
  R visitAnyOf(AnyOf c);

  /**
   * Visits a {@code not} condition.
   *
   * @param c the condition
   * @return the result
   */
  R visitNot(Not c);

  /**
   * Visits an {@code atLeast} condition.
   *
   * @param c the condition
   * @return the result
   */
  R visitAtLeast(AtLeast c);

  /**
   * Visits an {@code inForce} condition.
   *
   * @param c the condition
   * @return the result
   */
  R visitInForce(InForce c);

  /**
   * Visits an {@code after} condition.
   *
   * @param c the condition
   * @return the result
   */
  R visitAfter(After c);

  /**
   * Visits a {@code within} condition.
   *
   * @param c the condition
   * @return the result
   */
  R visitWithin(Within c);

  /**
   * Visits an {@code atLeastParties} condition.
   *
   * @param c the condition
   * @return the result
   */
  R visitAtLeastParties(AtLeastParties c);

  /**
   * Visits a condition on another pledge's or contribution's status.
   *
   * @param c the condition
   * @return the result
   */
  R visitStatusIs(StatusIs c);
}
