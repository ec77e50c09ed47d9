package io.github.guarantees.model;

/** Standing attributes of a party that matter to security guarantees. */
public enum PartyAttribute {
  /** A member of the North Atlantic Treaty Organization. */
  NATO_MEMBER,
  /** A member of the European Union. */
  EU_MEMBER,
  /** A state with nuclear weapons. */
  NUCLEAR_POWER,
  /** A permanent member of the UN Security Council. */
  UN_SECURITY_COUNCIL_PERMANENT_MEMBER
}
