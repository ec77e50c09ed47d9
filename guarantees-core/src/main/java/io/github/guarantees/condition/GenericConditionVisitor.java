package io.github.guarantees.condition;

/**
 * An operation over the closed set of conditions that takes a context argument, one method per kind
 * (as javaparser's {@code GenericVisitor<R, A>}): a traversal passes its state down as the argument
 * instead of allocating a visitor per call. Adding a condition kind adds a method here, so every
 * traversal that must handle it stops compiling until it does.
 *
 * @param <R> the result type
 * @param <A> the context argument's type
 */
public interface GenericConditionVisitor<R, A> {
  /**
   * Visits the always-true condition.
   *
   * @param c the condition
   * @param context the traversal's context
   * @return the result
   */
  R visitAlways(Always c, A context);

  /**
   * Visits an {@code occurred} condition.
   *
   * @param c the condition
   * @param context the traversal's context
   * @return the result
   */
  R visitOccurred(Occurred c, A context);

  /**
   * Visits an {@code allOf} condition.
   *
   * @param c the condition
   * @param context the traversal's context
   * @return the result
   */
  R visitAllOf(AllOf c, A context);

  /**
   * Visits an {@code anyOf} condition.
   *
   * @param c the condition
   * @param context the traversal's context
   * @return the result
   */
  R visitAnyOf(AnyOf c, A context);

  /**
   * Visits a {@code not} condition.
   *
   * @param c the condition
   * @param context the traversal's context
   * @return the result
   */
  R visitNot(Not c, A context);

  /**
   * Visits an {@code atLeast} condition.
   *
   * @param c the condition
   * @param context the traversal's context
   * @return the result
   */
  R visitAtLeast(AtLeast c, A context);

  /**
   * Visits an {@code inForce} condition.
   *
   * @param c the condition
   * @param context the traversal's context
   * @return the result
   */
  R visitInForce(InForce c, A context);

  /**
   * Visits an {@code after} condition.
   *
   * @param c the condition
   * @param context the traversal's context
   * @return the result
   */
  R visitAfter(After c, A context);

  /**
   * Visits a {@code within} condition.
   *
   * @param c the condition
   * @param context the traversal's context
   * @return the result
   */
  R visitWithin(Within c, A context);

  /**
   * Visits an {@code atLeastParties} condition.
   *
   * @param c the condition
   * @param context the traversal's context
   * @return the result
   */
  R visitAtLeastParties(AtLeastParties c, A context);

  /**
   * Visits a condition on another pledge's or contribution's status.
   *
   * @param c the condition
   * @param context the context
   * @return the result
   */
  R visitStatusIs(StatusIs c, A context);
}
