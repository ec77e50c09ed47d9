package io.github.guarantees.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The did-you-mean search against a plain edit distance: the bounded distance is the true one up to
 * its limit, and the suggestion is the first known id nearest to the wrong one within one edit per
 * three characters (one at least, never all of them: a one-character id gets none), ignoring case.
 */
class SuggestionsTest {
  /** One case in this many runs ({@code -Dguarantees.cases.divisor}; the mutation profile's 10). */
  private static final int DIVISOR = Math.max(1, Integer.getInteger("guarantees.cases.divisor", 1));

  /** The Levenshtein distance, computed in full. */
  private static int levenshtein(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
      }
    }
    return d[a.length()][b.length()];
  }

  /** The first known id at the least distance within the limit, as the search should find it. */
  private static Optional<String> expected(String wrong, List<String> known) {
    int limit = Math.min(Math.max(1, wrong.length() / 3), wrong.length() - 1);
    if (limit < 1) {
      return Optional.empty();
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = levenshtein(wrong.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
      if (d <= limit && d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String word(Random random, int maxLength) {
    StringBuilder out = new StringBuilder();
    int n = random.nextInt(maxLength + 1);
    for (int i = 0; i < n; i++) {
      out.append("abcAB".charAt(random.nextInt(5)));
    }
    return out.toString();
  }

  @Test
  void theBoundedDistanceIsTheTrueDistanceUpToItsLimit() {
    long seed = new Random().nextLong();
    System.out.println("SuggestionsTest distance seed " + seed);
    Random random = new Random(seed);
    for (int n = 0; n < 20_000 / DIVISOR; n++) {
      String a = word(random, 9);
      String b = word(random, 9);
      int limit = random.nextInt(6);
      int expected = Math.min(levenshtein(a, b), limit + 1);
      assertThat(Suggestions.distance(a, b, limit))
          .as("seed %d: distance(%s, %s, %d)", seed, a, b, limit)
          .isEqualTo(expected);
    }
  }

  @Test
  void theSuggestionIsTheFirstNearestKnownIdWithinTheLimit() {
    long seed = new Random().nextLong();
    System.out.println("SuggestionsTest closest seed " + seed);
    Random random = new Random(seed);
    for (int n = 0; n < 5_000 / DIVISOR; n++) {
      String wrong = word(random, 10);
      List<String> known = new ArrayList<>();
      for (int k = random.nextInt(6); k > 0; k--) {
        known.add(word(random, 10));
      }
      assertThat(Suggestions.closest(wrong, known))
          .as("seed %d: closest(%s, %s)", seed, wrong, known)
          .isEqualTo(expected(wrong, known));
    }
  }

  @Test
  void theLimitGrowsWithTheLengthOfTheWrongId() {
    // one character: no suggestion at all; two to five: one edit; six: two edits
    assertThat(Suggestions.closest("a", List.of("b", "ab"))).isEmpty();
    assertThat(Suggestions.closest("ab", List.of("xb"))).hasValue("xb");
    assertThat(Suggestions.closest("ab", List.of("xy"))).isEmpty();
    assertThat(Suggestions.closest("abcde", List.of("abxye"))).isEmpty();
    assertThat(Suggestions.closest("abcdef", List.of("abxyef"))).hasValue("abxyef");
    assertThat(Suggestions.closest("abcdef", List.of("axyzef"))).isEmpty();
    assertThat(Suggestions.closest("CeaseFire", List.of("ceasefire"))).hasValue("ceasefire");
    assertThat(Suggestions.hint("ceasefir", List.of("ceasefire")))
        .isEqualTo("; did you mean 'ceasefire'?");
    assertThat(Suggestions.hint("zzz", List.of("ceasefire"))).isEmpty();
  }
}
