package io.github.guarantees.model;

import java.util.regex.Pattern;

/** The syntax of ids for parties, triggers, pledges and caveats. */
final class Ids {
  static final String RULE =
      "an id starts with a letter or digit and holds only letters, digits, '.', '_' and '-'";
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private Ids() {}

  static boolean isValid(String id) {
    return ID.matcher(id).matches();
  }
}
