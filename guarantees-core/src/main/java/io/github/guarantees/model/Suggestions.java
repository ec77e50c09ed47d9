package io.github.guarantees.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * "Did you mean" suggestions for mistyped ids.
 *
 * <p>The search is bounded: a mistyped text longer than {@link #MAX_COMPARED} characters gets no
 * suggestion, a known id whose length differs by more than the allowed number of edits is skipped
 * without comparing, and each comparison only computes the band of the edit-distance table within
 * that number of edits, so a suggestion costs at most about {@code MAX_COMPARED²/3} steps per known
 * id whatever the input.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Suggestions {
  /** The longest mistyped text for which a suggestion is searched: twice the longest id. */
  public static final int MAX_COMPARED = 2 * Ids.MAX_LENGTH;

  private Suggestions() {}

  /**
   * Returns the known id closest to a mistyped one, if it is close enough to be a likely typo.
   *
   * @param wrong the id that was not found, not null
   * @param known the ids that exist, not null, none null
   * @return the closest id within an edit distance of a third of its length (at least 1, and less
   *     than the whole id), or empty; always empty for a text longer than {@link #MAX_COMPARED}
   * @throws NullPointerException if an argument is null
   */
  public static Optional<String> closest(String wrong, Collection<String> known) {
    Objects.requireNonNull(wrong, "wrong");
    Objects.requireNonNull(known, "known");
    if (wrong.length() > MAX_COMPARED) {
      return Optional.empty();
    }
    // A short id is too easily "close" to another (GB to FR): keep at least one character and
    // allow one edit per three characters, one at the least.
    int limit = Math.min(Math.max(1, wrong.length() / 3), wrong.length() - 1);
    if (limit < 1) {
      return Optional.empty();
    }
    @Nullable String best = null;
    int bestDistance = limit + 1;
    String w = wrong.toLowerCase(Locale.ROOT);
    for (String k : known) {
      Objects.requireNonNull(k, "known element");
      if (Math.abs(k.length() - w.length()) >= bestDistance) {
        continue;
      }
      int d = distance(w, k.toLowerCase(Locale.ROOT), bestDistance - 1);
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Returns {@code "; did you mean 'x'?"} for the closest known id, or an empty string.
   *
   * @param wrong the id that was not found, not null
   * @param known the ids that exist, not null, none null
   * @return the hint, or {@code ""}
   * @throws NullPointerException if an argument is null
   */
  public static String hint(String wrong, Collection<String> known) {
    return closest(wrong, known).map(s -> "; did you mean " + Ids.quote(s) + "?").orElse("");
  }

  /**
   * The edit distance of two texts if it is at most {@code limit}, else {@code limit + 1}: only the
   * cells within {@code limit} of the diagonal are computed, and the search stops as soon as a
   * whole row exceeds the limit.
   */
  static int distance(String a, String b, int limit) {
    int over = limit + 1;
    if (Math.abs(a.length() - b.length()) > limit) {
      return over;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = Math.min(j, over);
    }
    for (int i = 1; i <= a.length(); i++) {
      int from = Math.max(1, i - limit);
      int to = Math.min(b.length(), i + limit);
      cur[0] = Math.min(i, over);
      if (from > 1) {
        cur[from - 1] = over;
      }
      int rowMin = cur[0];
      for (int j = from; j <= to; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        cur[j] = Math.min(v, over);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (to < b.length()) {
        cur[to + 1] = over;
      }
      if (rowMin > limit) {
        return over;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
