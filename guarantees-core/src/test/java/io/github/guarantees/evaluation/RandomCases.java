package io.github.guarantees.evaluation;

import static io.github.guarantees.Fixtures.h;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.scenario.Event;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Seeded generators of random conditions and event lists over triggers a, b, c and parties P, Q.
 */
final class RandomCases {
  static final String[] TRIGGERS = {"a", "b", "c"};
  static final String[] PARTIES = {"P", "Q"};

  /**
   * One case in this many is run by the randomised and exhaustive tests: 1 (all of them) unless
   * {@code -Dguarantees.cases.divisor=N} says otherwise. The mutation profile runs a tenth, so that
   * the tests of every mutant finish in a moment; the full counts run in every build.
   */
  static final int DIVISOR = Math.max(1, Integer.getInteger("guarantees.cases.divisor", 1));

  private final Random random;

  RandomCases(long seed) {
    this.random = new Random(seed);
  }

  /** The seed to start from: {@code -Dguarantees.seed=N} replays a reported failure. */
  static long baseSeed(long fallback) {
    String s = System.getProperty("guarantees.seed");
    return s == null ? fallback : Long.parseLong(s);
  }

  /** The number of cases to run of a test whose full count is {@code full}. */
  static int count(int full) {
    return Math.max(1, full / DIVISOR);
  }

  /** Every {@link #DIVISOR}-th element of {@code all}, from the first: all of them by default. */
  static <T> List<T> share(List<T> all) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += DIVISOR) {
      out.add(all.get(i));
    }
    return out;
  }

  Occurred pattern() {
    String t = TRIGGERS[random.nextInt(TRIGGERS.length)];
    return random.nextInt(3) == 0
        ? Condition.occurred(t, PARTIES[random.nextInt(PARTIES.length)])
        : Condition.occurred(t);
  }

  Condition leaf() {
    return switch (random.nextInt(6)) {
      case 0 -> random.nextInt(8) == 0 ? Condition.always() : pattern();
      case 1 -> pattern();
      case 2 -> Condition.inForce(pattern(), pattern());
      case 3 -> Condition.after(pattern(), pattern());
      case 4 -> Condition.within(pattern(), Duration.ofHours(random.nextInt(4)), pattern());
      default ->
          Condition.within(pattern(), Duration.ofMinutes(30L * random.nextInt(3)), pattern());
    };
  }

  /** A random condition of depth at most {@code maxDepth}. */
  Condition condition(int maxDepth) {
    if (maxDepth <= 1 || random.nextInt(10) < 3) {
      return leaf();
    }
    int kind = random.nextInt(4);
    if (kind == 0) {
      return Condition.not(condition(maxDepth - 1));
    }
    int n = 1 + random.nextInt(3);
    List<Condition> ops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ops.add(condition(maxDepth - 1));
    }
    if (kind == 1) {
      return Condition.allOf(ops);
    }
    if (kind == 2) {
      return Condition.anyOf(ops);
    }
    return Condition.atLeast(1 + random.nextInt(n), ops.toArray(new Condition[0]));
  }

  /** Up to {@code max} events at hours 0..10 (ties are frequent), in chronological order. */
  List<Event> events(int max) {
    int n = random.nextInt(max + 1);
    List<Event> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String t = TRIGGERS[random.nextInt(TRIGGERS.length)];
      long at = random.nextInt(11);
      int p = random.nextInt(3);
      out.add(p == 2 ? Event.of(t, h(at)) : Event.of(t, PARTIES[p], h(at)));
    }
    out.sort(Comparator.comparing(Event::at));
    return out;
  }

  /** An as-of hour in 0..11, sometimes on the half hour. */
  java.time.Instant asOf() {
    return h(random.nextInt(12)).plus(Duration.ofMinutes(random.nextBoolean() ? 0 : 30));
  }
}
