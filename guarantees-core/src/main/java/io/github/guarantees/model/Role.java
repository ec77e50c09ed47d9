package io.github.guarantees.model;

/** The part a party plays in an agreement. */
public enum Role {
  /** Signed the agreement and is bound by its pledges. */
  SIGNATORY,
  /** The party the guarantees protect. */
  BENEFICIARY,
  /** Supports the agreement without signing it; its pledges are at most political. */
  NON_SIGNATORY_SUPPORTER,
  /** Attends or follows without pledging. */
  OBSERVER,
  /** Named by the agreement without taking part, e.g. the potential aggressor. */
  THIRD_PARTY
}
