package io.github.guarantees.model;

/** What kind of actor a party is. */
public enum PartyKind {
  /** A sovereign state. */
  STATE,
  /** An international organisation, such as the European Union. */
  ORGANISATION
}
