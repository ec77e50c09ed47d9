package io.github.guarantees.atop;

import com.google.common.collect.ImmutableSet;

/**
 * A condition that ATOP codes on an obligation ({@code defcoadv}, {@code neucoatt}...): the
 * obligation holds only if it is met. ATOP says <em>that</em> a condition exists; for some it also
 * says enough to decide it (the adversaries are named), for others the importer needs a named
 * {@link Assumption}.
 */
public enum ConditionFlag {
  /** {@code *coadv}: only against a specific adversary ({@code statthr1}, {@code statthr2}). */
  SPECIFIC_ADVERSARY("adv", "only against a specific adversary"),
  /** {@code *coloc}: only if the war is in a given location (ATOP does not say where). */
  LOCATION("loc", "only if the war is in a given location"),
  /** {@code *cocon}: only in a conflict with a state outside the alliance. */
  NON_MEMBER_CONFLICT("con", "only in a conflict with a non-member"),
  /** {@code *conum}: only if the partner is attacked by a given number of states. */
  NUMBER_OF_ATTACKERS("num", "only if attacked by a given number of states"),
  /** {@code *codem}: only if the partner's demands are refused or its rights infringed. */
  DEMANDS("dem", "only if given demands are made or refused"),
  /** {@code *conpr}: only if the partner did not provoke the war. */
  NON_PROVOCATION("npr", "only if the partner did not provoke the war"),
  /** {@code neucoatt}: neutrality only if the partner is attacked. */
  PARTNER_ATTACKED("att", "only if the partner is attacked"),
  /** {@code concoreq}: consultation only at a partner's request. */
  REQUEST("req", "only at a partner's request");

  private final String key;
  private final String meaning;

  ConditionFlag(String key, String meaning) {
    this.key = key;
    this.meaning = meaning;
  }

  /**
   * Returns what the condition restricts, in words.
   *
   * @return the meaning
   */
  public String meaning() {
    return meaning;
  }

  /** The column's suffix after the obligation's prefix, e.g. {@code adv} in {@code defcoadv}. */
  String suffix() {
    return key;
  }

  /** Whether ATOP codes this condition for the obligation. */
  boolean appliesTo(Obligation o) {
    return obligations().contains(o);
  }

  private ImmutableSet<Obligation> obligations() {
    return switch (this) {
      case SPECIFIC_ADVERSARY, LOCATION, NON_MEMBER_CONFLICT ->
          ImmutableSet.of(
              Obligation.DEFENSE,
              Obligation.OFFENSE,
              Obligation.NEUTRALITY,
              Obligation.CONSULTATION);
      case NUMBER_OF_ATTACKERS, DEMANDS ->
          ImmutableSet.of(Obligation.DEFENSE, Obligation.OFFENSE, Obligation.NEUTRALITY);
      case NON_PROVOCATION -> ImmutableSet.of(Obligation.DEFENSE, Obligation.NEUTRALITY);
      case PARTNER_ATTACKED -> ImmutableSet.of(Obligation.NEUTRALITY);
      case REQUEST -> ImmutableSet.of(Obligation.CONSULTATION);
    };
  }
}
