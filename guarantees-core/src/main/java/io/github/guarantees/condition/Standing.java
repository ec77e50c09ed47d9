package io.github.guarantees.condition;

import java.util.Locale;

/**
 * The statuses a condition on another pledge or contribution can ask about ({@link StatusIs}):
 * "late payment is owed once payment is {@link #VIOLATED}". Each is the evaluator's status of the
 * same name; a condition holds at an instant when the pledge or contribution has that status then.
 */
public enum Standing {
  /** In effect and firing. */
  ACTIVE,
  /** Was active and is not now (its activation lapsed, or a power suspended it). */
  SUSPENDED,
  /** Its term has ended, or a power terminated it. */
  EXPIRED,
  /** An obligation whose fulfilling event came in time. */
  FULFILLED,
  /** An obligation whose deadline passed, or a restraint breached. */
  VIOLATED;

  /**
   * Returns the name the condition language writes, as in {@code violated(payment)}.
   *
   * @return the lower-case name
   */
  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the standing a keyword of the condition language names.
   *
   * @param keyword a keyword such as {@code violated}, not null
   * @return the standing, or null if the keyword names none
   * @throws NullPointerException if keyword is null
   */
  public static @org.jspecify.annotations.Nullable Standing ofKeyword(String keyword) {
    java.util.Objects.requireNonNull(keyword, "keyword");
    for (Standing s : values()) {
      if (s.keyword().equals(keyword)) {
        return s;
      }
    }
    return null;
  }
}
