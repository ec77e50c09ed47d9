package io.github.guarantees.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** "Did you mean" suggestions for mistyped ids. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * Returns the known id closest to a mistyped one, if it is close enough to be a likely typo.
   *
   * @param wrong the id that was not found
   * @param known the ids that exist
   * @return the closest id within an edit distance of a third of its length (at least 1, and less
   *     than the whole id), or empty
   */
  public static Optional<String> closest(String wrong, Collection<String> known) {
    @Nullable String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String w = wrong.toLowerCase(Locale.ROOT);
    for (String k : known) {
      int d = distance(w, k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    // A short id is too easily "close" to another (GB to FR): keep at least one character and
    // allow one edit per three characters, one at the least.
    if (best == null
        || bestDistance >= wrong.length()
        || bestDistance > Math.max(1, wrong.length() / 3)) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  /**
   * Returns {@code "; did you mean 'x'?"} for the closest known id, or an empty string.
   *
   * @param wrong the id that was not found
   * @param known the ids that exist
   * @return the hint, or {@code ""}
   */
  public static String hint(String wrong, Collection<String> known) {
    return closest(wrong, known).map(s -> "; did you mean '" + s + "'?").orElse("");
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
