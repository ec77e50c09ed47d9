package io.github.guarantees.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.Objects;

/**
 * The syntax of ids (of agreements, parties, triggers, pledges, caveats, and the trigger and party
 * of an event) and of names (of scenarios and parties, and titles), and how an error message quotes
 * text that may break either rule.
 *
 * <p>An id starts with an ASCII letter or digit, holds only ASCII letters, digits, {@code .},
 * {@code _} and {@code -}, and is at most {@link #MAX_LENGTH} characters long. A name is at most
 * {@link #MAX_NAME_LENGTH} characters and holds no control character (a newline, NUL, escape) and
 * no bidirectional formatting character (such as U+202E RIGHT-TO-LEFT OVERRIDE), so that a report
 * printing it shows what it says.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Ids {
  /** The longest id accepted, in characters. */
  public static final int MAX_LENGTH = 100;

  /** The longest name or title accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 1000;

  /** How many characters of a long text an error message quotes before cutting it short. */
  static final int QUOTED_LENGTH = 40;

  static final String RULE =
      "an id starts with a letter or digit, holds only letters, digits, '.', '_' and '-', and is at"
          + " most "
          + MAX_LENGTH
          + " characters long";

  private Ids() {}

  /**
   * Returns whether a text is a valid id.
   *
   * @param id the text, not null
   * @return true if it follows the id syntax and is not too long
   * @throws NullPointerException if id is null
   */
  public static boolean isValid(String id) {
    Objects.requireNonNull(id, "id");
    int n = id.length();
    if (n == 0 || n > MAX_LENGTH || !isLetterOrDigit(id.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = id.charAt(i);
      if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** An ASCII letter or digit. */
  private static boolean isLetterOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /**
   * Checks an id.
   *
   * @param what the element it identifies, for the message, e.g. {@code "party"}; not null
   * @param id the id, not null
   * @return the id
   * @throws IllegalArgumentException naming the element and the rule, quoting at most the start of
   *     the id, if it is not valid
   * @throws NullPointerException if an argument is null
   */
  public static String check(String what, String id) {
    Objects.requireNonNull(what, "what");
    if (!isValid(id)) {
      throw new IllegalArgumentException(what + " " + quote(id) + ": " + RULE);
    }
    return id;
  }

  /**
   * Returns whether a text is a valid name: not blank, at most {@link #MAX_NAME_LENGTH} characters,
   * no control or bidirectional formatting character.
   *
   * @param name the text, not null
   * @return true if it is a valid name
   * @throws NullPointerException if name is null
   */
  public static boolean isValidName(String name) {
    Objects.requireNonNull(name, "name");
    return !name.isBlank() && name.length() <= MAX_NAME_LENGTH && firstUnprintable(name) < 0;
  }

  /**
   * Checks a name or title.
   *
   * @param what the element and field, for the message, e.g. {@code "scenario: name"}; not null
   * @param name the name, not null
   * @return the name
   * @throws IllegalArgumentException naming the element and saying what is wrong, quoting at most
   *     the start of the name, if it is not valid
   * @throws NullPointerException if an argument is null
   */
  public static String checkName(String what, String name) {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(name, "name");
    checkArgument(!name.isBlank(), "%s: the name is blank", what);
    checkArgument(
        name.length() <= MAX_NAME_LENGTH,
        "%s: %s is %s characters long, more than the limit of %s",
        what,
        quote(name),
        name.length(),
        MAX_NAME_LENGTH);
    int bad = firstUnprintable(name);
    checkArgument(
        bad < 0,
        "%s: %s holds the character U+%s at index %s; control and bidirectional formatting"
            + " characters are not allowed",
        what,
        quote(name),
        bad < 0 ? "" : String.format(Locale.ROOT, "%04X", (int) name.charAt(bad)),
        bad);
    return name;
  }

  /**
   * Quotes a text for an error message: in single quotes, control and bidirectional formatting
   * characters written as {@code \}{@code uXXXX}, and a text longer than 40 characters cut short
   * with its length given, so that no message repeats a huge or misleading input.
   *
   * @param text the text, not null
   * @return the quoted text
   * @throws NullPointerException if text is null
   */
  public static String quote(String text) {
    Objects.requireNonNull(text, "text");
    int shown = Math.min(text.length(), QUOTED_LENGTH);
    StringBuilder out = new StringBuilder(shown + 32).append('\'');
    for (int i = 0; i < shown; i++) {
      char c = text.charAt(i);
      if (isUnprintable(c)) {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('\'');
    if (shown < text.length()) {
      out.append(String.format(Locale.ROOT, "... (%,d characters)", text.length()));
    }
    return out.toString();
  }

  private static int firstUnprintable(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isUnprintable(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Control characters (C0, DEL, C1) and the bidirectional formatting characters. */
  private static boolean isUnprintable(char c) {
    return Character.isISOControl(c)
        || c == '\u061C'
        || c == '\u200E'
        || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
