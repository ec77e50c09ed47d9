package io.github.guarantees.model;

/** Where a pledge is carried out, relative to the beneficiary (Ukraine, in the Paris agreement). */
public enum Location {
  /** On the beneficiary's territory. */
  IN_BENEFICIARY,
  /** On the beneficiary's territory, away from the front line. */
  IN_BENEFICIARY_AWAY_FROM_FRONT,
  /** On the territory of a neighbouring NATO state. */
  NEIGHBOURING_NATO_TERRITORY,
  /** At home: on the pledging party's own territory, or from it. */
  AT_HOME,
  /** The sources do not say. */
  UNSPECIFIED;

  /**
   * Returns whether this location lies on the beneficiary's territory.
   *
   * @return true for {@link #IN_BENEFICIARY} and {@link #IN_BENEFICIARY_AWAY_FROM_FRONT}
   */
  public boolean inBeneficiary() {
    return this == IN_BENEFICIARY || this == IN_BENEFICIARY_AWAY_FROM_FRONT;
  }
}
