package io.github.guarantees.model;

/** The operational domain of a pledge. */
public enum Domain {
  /** Ground forces and operations on land. */
  LAND,
  /** Naval forces and operations at sea. */
  SEA,
  /** Air forces, air policing and air defence. */
  AIR,
  /** Cyberspace. */
  CYBER
}
