package io.github.guarantees.condition;

/** The roles a party can play in an event: the one that acts, and the one acted upon. */
public enum EventRole {
  /** The party that acts: attacks, requests, approves. */
  ACTOR,
  /** The party acted upon: the one attacked. */
  TARGET
}
