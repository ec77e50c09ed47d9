package io.github.guarantees.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Limits;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of hostile values built through the Java API: durations and instants out of range,
 * huge ids, ids and names with control or bidirectional formatting characters, and the did-you-mean
 * search on huge input. Each is refused where it is built, with a message that names the field and
 * the rule and quotes at most the start of the offending text.
 */
class HostileValuesTest {
  private static final Duration HUGE = Duration.parse("PT2562047788015215H");
  private static final Instant FAR = Instant.parse("+1000000000-12-31T23:59:59Z");
  private static final Instant T = Instant.parse("2026-03-01T00:00:00Z");

  @Test
  void durationsBeyondTheLongestAreRefusedWhereBuilt() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Term.lastsFor(HUGE))
        .withMessage(
            "term: lastsFor: PT2562047788015215H is out of range; durations must lie from PT0S to"
                + " PT8766000H (365250 days)");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Deadline.of("consult", HUGE))
        .withMessageStartingWith("deadline for occurred(consult): within: PT2562047788015215H")
        .withMessageEndingWith("durations must lie from PT0S to PT8766000H (365250 days)");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Condition.within("consult", HUGE, "attack"))
        .withMessageStartingWith("within(consult, ..., attack): window: PT2562047788015215H");
    // The longest duration itself is accepted.
    assertThat(Term.lastsFor(Limits.LONGEST).lastsFor()).contains(Limits.LONGEST);
    assertThat(Condition.within("consult", Limits.LONGEST, "attack").window())
        .isEqualTo(Limits.LONGEST);
  }

  @Test
  void instantsOutsideYearsOneTo9999AreRefusedWhereBuilt() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Event.of("attack", FAR))
        .withMessage(
            "event attack: at: +1000000000-12-31T23:59:59Z is out of range; instants must lie from"
                + " 0001-01-01T00:00:00Z to +10000-12-31T23:59:59.999999999Z");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Scenario.builder().name("s").asOf(Instant.MAX).build())
        .withMessageStartingWith("scenario 's': asOf: +1000000000-12-31T23:59:59.999999999Z");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Term.endsAt(Instant.MIN))
        .withMessageStartingWith("term: endsAt: -1000000000-01-01T00:00:00Z is out of range");
    assertThat(Event.of("attack", Limits.LATEST_EVENT).at()).isEqualTo(Limits.LATEST_EVENT);
    assertThat(Event.of("attack", Limits.EARLIEST).at()).isEqualTo(Limits.EARLIEST);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Event.of("attack", Limits.LATEST_EVENT.plusNanos(1)));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Scenario.builder().name("s").asOf(Limits.LATEST.plusNanos(1)).build());
    assertThat(Scenario.builder().name("s").asOf(Limits.LATEST).build().asOf())
        .isEqualTo(Limits.LATEST);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Event.of("attack", Limits.EARLIEST.minusNanos(1)));
  }

  @Test
  void aHugeIdIsRefusedAndQuotedOnlyByItsStart() {
    String huge = "a".repeat(1_000_000);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Party.builder().id(huge).name("Huge").build())
        .withMessage(
            "party '"
                + "a".repeat(40)
                + "'... (1,000,000 characters): an id starts with a letter or digit, holds only"
                + " letters, digits, '.', '_' and '-', and is at most 100 characters long");
    assertThat(Ids.isValid("a".repeat(Ids.MAX_LENGTH))).isTrue();
    assertThat(Ids.isValid("a".repeat(Ids.MAX_LENGTH + 1))).isFalse();
  }

  @Test
  void eventIdsWithControlOrBidiCharactersAreRefused() {
    for (String bad : List.of("attack\nforged-line", "attack\u0000", "attack\u202Ekcatta")) {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .as(bad)
          .isThrownBy(() -> Event.of(bad, T))
          .withMessageStartingWith("event at 2026-03-01T00:00:00Z: trigger '")
          .withMessageNotContaining("\n")
          .withMessageNotContaining("\u0000")
          .withMessageNotContaining("\u202E");
      assertThatExceptionOfType(IllegalArgumentException.class)
          .as(bad)
          .isThrownBy(() -> Event.of("attack", bad, T))
          .withMessageStartingWith("event attack at 2026-03-01T00:00:00Z: party '");
    }
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Event.of("attack\u202Ekcatta", T))
        .withMessageContaining("'attack\\u202Ekcatta'");
  }

  @Test
  void namesWithControlOrBidiCharactersAreRefused() {
    for (String bad : List.of("war\ngoes on", "war\u0000", "war \u202Eno seog")) {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .as(bad)
          .isThrownBy(() -> Scenario.builder().name(bad).asOf(T).build())
          .withMessageStartingWith("scenario: name: 'war")
          .withMessageContaining("control and bidirectional formatting characters are not allowed");
      assertThatExceptionOfType(IllegalArgumentException.class)
          .as(bad)
          .isThrownBy(() -> Party.builder().id("fr").name(bad).build())
          .withMessageStartingWith("party 'fr': name: 'war");
    }
    assertThat(Ids.isValidName("Coalition des volontaires — Paris")).isTrue();
  }

  @Test
  void theDidYouMeanSearchIsCappedAndQuotesOnlyTheStart() {
    String known = "b".repeat(99_999) + "x";
    String typo = "b".repeat(100_000);
    long start = System.nanoTime();
    assertThat(Suggestions.closest(typo, Set.of(known, "ceasefire"))).isEmpty();
    assertThat(Suggestions.hint("ceasefir", Set.of(known, "ceasefire")))
        .isEqualTo("; did you mean 'ceasefire'?");
    // Two long ids a few edits apart are compared within a band, not a full table.
    String a = "c".repeat(Suggestions.MAX_COMPARED - 1) + "x";
    String b = "c".repeat(Suggestions.MAX_COMPARED);
    assertThat(Suggestions.closest(a, Set.of(b))).contains(b);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .as("a capped search, not O(a*b) over 100,000 characters")
        .isLessThan(Duration.ofSeconds(2));
    assertThat(Ids.quote(known)).isEqualTo("'" + "b".repeat(40) + "'... (100,000 characters)");
  }

  @Test
  void theBandedDistanceAgreesWithTheFullTable() {
    java.util.Random random = new java.util.Random(20261130L);
    for (int run = 0; run < 2_000; run++) {
      String a = randomText(random);
      String b = randomText(random);
      int full = fullDistance(a, b);
      for (int limit = 0; limit <= 6; limit++) {
        assertThat(Suggestions.distance(a, b, limit))
            .as("seed 20261130, run %s: '%s' '%s' limit %s", run, a, b, limit)
            .isEqualTo(Math.min(full, limit + 1));
      }
    }
  }

  private static String randomText(java.util.Random random) {
    StringBuilder out = new StringBuilder();
    int n = random.nextInt(9);
    for (int i = 0; i < n; i++) {
      out.append((char) ('a' + random.nextInt(3)));
    }
    return out.toString();
  }

  private static int fullDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
        } else {
          int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
          d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
