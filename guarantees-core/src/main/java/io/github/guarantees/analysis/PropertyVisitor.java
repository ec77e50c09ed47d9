package io.github.guarantees.analysis;

/**
 * One method per kind of {@link Property}: adding a kind breaks every visitor until it handles it.
 *
 * @param <R> the result type
 */
public interface PropertyVisitor<R> {
  /**
   * Visits a {@link Property.NeverActiveUnless}.
   *
   * @param p the property
   * @return the result
   */
  R neverActiveUnless(Property.NeverActiveUnless p);

  /**
   * Visits a {@link Property.RespondsWithin}.
   *
   * @param p the property
   * @return the result
   */
  R respondsWithin(Property.RespondsWithin p);

  /**
   * Visits a {@link Property.NeverTogether}.
   *
   * @param p the property
   * @return the result
   */
  R neverTogether(Property.NeverTogether p);

  /**
   * Visits a {@link Property.CanFire}.
   *
   * @param p the property
   * @return the result
   */
  R canFire(Property.CanFire p);

  /**
   * Visits a {@link Property.Always}.
   *
   * @param p the property
   * @return the result
   */
  R always(Property.Always p);

  /**
   * Visits a {@link Property.ReadingsAgree}.
   *
   * @param p the property
   * @return the result
   */
  R readingsAgree(Property.ReadingsAgree p);
}
