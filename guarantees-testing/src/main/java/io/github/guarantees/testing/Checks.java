package io.github.guarantees.testing;

import org.jspecify.annotations.Nullable;

/**
 * Where an assertion's failure goes: thrown at once, or collected by soft assertions. Every check
 * of this package's assertions runs through {@link #check}.
 */
final class Checks {
  private final @Nullable GuaranteesSoftAssertions soft;

  Checks(@Nullable GuaranteesSoftAssertions soft) {
    this.soft = soft;
  }

  /** Throws the failure, or hands it to the soft assertions; returns whether the check passed. */
  boolean check(boolean passed, String message) {
    if (passed) {
      if (soft != null) {
        soft.succeeded();
      }
      return true;
    }
    AssertionError error = new AssertionError(message);
    if (soft == null) {
      throw error;
    }
    soft.collectAssertionError(error);
    return false;
  }

  /** Names a pledge, or a party's contribution to it, in a failure message. */
  static String subject(String pledge, @Nullable String party) {
    return party == null
        ? "pledge '" + pledge + "'"
        : "the contribution of '" + party + "' to pledge '" + pledge + "'";
  }

  /** Indents every line of a multi-line text (an explanation) for a failure message. */
  static String indent(String text) {
    return "  " + text.stripTrailing().replace("\n", "\n  ");
  }
}
