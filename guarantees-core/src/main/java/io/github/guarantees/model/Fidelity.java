package io.github.guarantees.model;

/** How faithfully a source quote renders the clause. */
public enum Fidelity {
  /** The words as published. */
  VERBATIM,
  /** A published translation of the words. */
  VERBATIM_TRANSLATION,
  /** A summary of the clause: the exact words were not available. */
  SUMMARY,
  /** As reported by the press, not confirmed by an official text. */
  PRESS_REPORT
}
