package io.github.guarantees.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Names and quotes: the exact limits of a name, the characters refused, and what is quoted. */
class IdsTest {
  /** The bidirectional formatting characters and the first and last of each range. */
  private static final List<Character> UNPRINTABLE =
      List.of(
          '\u0000', '\u001F', '\u007F', '\u009F', '\u061C', '\u200E', '\u200F', '\u202A', '\u202E',
          '\u2066', '\u2069');

  /** Their neighbours outside each range, which are allowed. */
  private static final List<Character> PRINTABLE =
      List.of(' ', '\u00A0', '\u061B', '\u200D', '\u2010', '\u2029', '\u202F', '\u2065', '\u206A');

  @Test
  void aNameMayBeExactlyTheLongestAndNoLonger() {
    String longest = "n".repeat(Ids.MAX_NAME_LENGTH);
    assertThat(Ids.isValidName(longest)).isTrue();
    assertThat(Ids.checkName("party 'fr': name", longest)).isSameAs(longest);
    String tooLong = longest + "n";
    assertThat(Ids.isValidName(tooLong)).isFalse();
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Ids.checkName("party 'fr': name", tooLong))
        .withMessage(
            "party 'fr': name: '"
                + "n".repeat(40)
                + "'... (1,001 characters) is 1001 characters long, more than the limit of 1000");
    assertThat(Ids.isValidName(" ")).isFalse();
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Ids.checkName("scenario: name", " \t"))
        .withMessage("scenario: name: the name is blank");
  }

  @Test
  void controlAndBidiCharactersAreRefusedAtTheirIndexAndTheirNeighboursAllowed() {
    for (char c : UNPRINTABLE) {
      String name = "ab" + c + "cd";
      assertThat(Ids.isValidName(name)).as("U+%04X", (int) c).isFalse();
      assertThatExceptionOfType(IllegalArgumentException.class)
          .as("U+%04X", (int) c)
          .isThrownBy(() -> Ids.checkName("title", name))
          .withMessageContaining(
              String.format(Locale.ROOT, "holds the character U+%04X at index 2", (int) c));
      assertThat(Ids.quote(name)).isEqualTo(String.format(Locale.ROOT, "'ab\\u%04Xcd'", (int) c));
    }
    assertThat(Ids.isValidName("\u202Eab")).as("at the first index").isFalse();
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Ids.checkName("title", "\u202Eab"))
        .withMessage(
            "title: '\\u202Eab' holds the character U+202E at index 0; control and bidirectional"
                + " formatting characters are not allowed");
    for (char c : PRINTABLE) {
      String name = "ab" + c + "cd";
      assertThat(Ids.isValidName(name)).as("U+%04X", (int) c).isTrue();
      assertThat(Ids.checkName("title", name)).isSameAs(name);
      assertThat(Ids.quote(name)).isEqualTo("'" + name + "'");
    }
  }

  @Test
  void aValidIdIsReturnedAndAQuoteShowsFortyCharactersAtMost() {
    assertThat(Ids.check("pledge", "art-5")).isEqualTo("art-5");
    String forty = "q".repeat(40);
    assertThat(Ids.quote(forty)).isEqualTo("'" + forty + "'");
    assertThat(Ids.quote(forty + "r")).isEqualTo("'" + forty + "'... (41 characters)");
  }

  @Test
  void everyCharacterBelowU0100IsAllowedInAnIdExactlyWhereTheRuleSays() {
    for (char c = 0; c < 0x100; c++) {
      boolean letterOrDigit =
          (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      boolean punctuation = c == '.' || c == '_' || c == '-';
      String hex = String.format(Locale.ROOT, "U+%04X", (int) c);
      assertThat(Ids.isValid(c + "a")).as("first %s", hex).isEqualTo(letterOrDigit);
      assertThat(Ids.isValid("a" + c)).as("later %s", hex).isEqualTo(letterOrDigit || punctuation);
    }
    assertThat(Ids.isValid("")).isFalse();
    assertThat(Ids.isValid("a".repeat(Ids.MAX_LENGTH))).isTrue();
    assertThat(Ids.isValid("a".repeat(Ids.MAX_LENGTH + 1))).isFalse();
    assertThat(Ids.isValid("\u0410")).as("Cyrillic A").isFalse();
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Ids.check("party", "a b"))
        .withMessage("party 'a b': " + Ids.RULE);
  }
}
