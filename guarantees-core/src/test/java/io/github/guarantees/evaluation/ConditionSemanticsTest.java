package io.github.guarantees.evaluation;

import static io.github.guarantees.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.Fixtures;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Compares the library's evaluator with {@link ConditionOracle}, a naive reading of DESIGN.md's
 * condition table: exhaustively over small event sequences with ties, and over thousands of seeded
 * random conditions and event lists.
 */
class ConditionSemanticsTest {

  /** Every condition kind, with the edge cases of each (ties, zero windows, party filters). */
  private static Map<String, Condition> kinds() {
    Map<String, Condition> m = new LinkedHashMap<>();
    m.put("always", Condition.always());
    m.put("occurred(a)", Condition.occurred("a"));
    m.put("occurred(a, P)", Condition.occurred("a", "P"));
    m.put("occurred(b, Q)", Condition.occurred("b", "Q"));
    m.put("allOf(a, b)", Condition.allOf(Condition.occurred("a"), Condition.occurred("b")));
    m.put("allOf(a)", Condition.allOf(Condition.occurred("a")));
    m.put(
        "anyOf(a P, b Q)",
        Condition.anyOf(Condition.occurred("a", "P"), Condition.occurred("b", "Q")));
    m.put("not(a)", Condition.not(Condition.occurred("a")));
    m.put("not(not(b))", Condition.not(Condition.not(Condition.occurred("b"))));
    m.put(
        "atLeast(2, a, b, a P)",
        Condition.atLeast(
            2, Condition.occurred("a"), Condition.occurred("b"), Condition.occurred("a", "P")));
    m.put(
        "atLeast(1, a P, b Q)",
        Condition.atLeast(1, Condition.occurred("a", "P"), Condition.occurred("b", "Q")));
    m.put(
        "atLeast(2, a, b)", Condition.atLeast(2, Condition.occurred("a"), Condition.occurred("b")));
    m.put("inForce(a, b)", Condition.inForce("a", "b"));
    m.put("inForce(b, a)", Condition.inForce("b", "a"));
    m.put(
        "inForce(a P, b)",
        Condition.inForce(Condition.occurred("a", "P"), Condition.occurred("b")));
    m.put(
        "inForce(a, b Q)",
        Condition.inForce(Condition.occurred("a"), Condition.occurred("b", "Q")));
    m.put("inForce(a, a)", Condition.inForce("a", "a"));
    m.put("after(a, b)", Condition.after("a", "b"));
    m.put("after(b, a)", Condition.after("b", "a"));
    m.put("after(a, a)", Condition.after("a", "a"));
    m.put(
        "after(a P, b Q)",
        Condition.after(Condition.occurred("a", "P"), Condition.occurred("b", "Q")));
    m.put("within(a, 0h, b)", Condition.within("a", Duration.ZERO, "b"));
    m.put("within(a, 1h, b)", Condition.within("a", Duration.ofHours(1), "b"));
    m.put("within(a, 2h, b)", Condition.within("a", Duration.ofHours(2), "b"));
    m.put("within(b, 1h, a)", Condition.within("b", Duration.ofHours(1), "a"));
    m.put("within(a, 1h, a)", Condition.within("a", Duration.ofHours(1), "a"));
    m.put(
        "within(a P, 1h, b)",
        Condition.within(
            Condition.occurred("a", "P"), Duration.ofHours(1), Condition.occurred("b")));
    return m;
  }

  private static final Event[] ALPHABET = {
    Event.of("a", h(0)), Event.of("a", "P", h(0)), Event.of("b", h(0)), Event.of("b", "Q", h(0))
  };

  /** Every sequence of up to {@code max} events from the alphabet at hours 1..3, chronological. */
  private static List<List<Event>> sequences(int max) {
    List<List<Event>> out = new ArrayList<>();
    extend(new ArrayList<>(), 1, max, out);
    return out;
  }

  private static void extend(List<Event> prefix, int minHour, int max, List<List<Event>> out) {
    out.add(List.copyOf(prefix));
    if (prefix.size() == max) {
      return;
    }
    for (int hour = minHour; hour <= 3; hour++) {
      for (Event proto : ALPHABET) {
        Event.Builder b = Event.builder().trigger(proto.trigger()).at(h(hour));
        proto.party().ifPresent(b::party);
        prefix.add(b.build());
        extend(prefix, hour, max, out);
        prefix.remove(prefix.size() - 1);
      }
    }
  }

  private static final List<Instant> AS_OF =
      List.of(h(0), h(1), h(2), h(2).plus(Duration.ofMinutes(30)), h(3), h(4));

  @Test
  void kernelAgreesWithOracleOnEveryShortSequence() {
    List<List<Event>> all = sequences(4);
    assertThat(all).hasSizeGreaterThan(3000);
    List<List<Event>> seqs = RandomCases.share(all);
    int checked = 0;
    for (Map.Entry<String, Condition> k : kinds().entrySet()) {
      Kernels holds = new Kernels(k.getValue());
      for (List<Event> events : seqs) {
        for (Instant asOf : AS_OF) {
          boolean expected = ConditionOracle.holds(k.getValue(), events, asOf);
          boolean actual = holds.at(events, asOf);
          if (expected != actual) {
            throw new AssertionError(
                k.getKey()
                    + " over "
                    + events
                    + " as of "
                    + asOf
                    + ": oracle says "
                    + expected
                    + ", kernel says "
                    + actual);
          }
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(RandomCases.count(100_000));
  }

  @Test
  void evaluatorFiresExactlyWhenOracleHoldsOnEveryShortSequence() {
    Map<String, Condition> kinds = kinds();
    Agreement.Builder b = Fixtures.agreement("a", "b");
    List<Map.Entry<String, Condition>> entries = new ArrayList<>(kinds.entrySet());
    for (int i = 0; i < entries.size(); i++) {
      b.addPledges(
          Fixtures.pledge("p" + i)
              .trigger(Condition.always())
              .activation(entries.get(i).getValue())
              .build());
    }
    Evaluator evaluator = Evaluator.compile(b.build());
    for (List<Event> events : RandomCases.share(sequences(3))) {
      for (Instant asOf : AS_OF) {
        Scenario s = Scenario.builder().name("s").addAllEvents(events).asOf(asOf).build();
        Assessment a = evaluator.evaluate(s);
        for (int i = 0; i < entries.size(); i++) {
          Condition c = entries.get(i).getValue();
          Status status = a.status("p" + i);
          String where = entries.get(i).getKey() + " over " + events + " as of " + asOf;
          checkActiveIffHolds(where, status, ConditionOracle.holds(c, events, asOf));
          checkSuspended(where, status, c, events, asOf);
        }
      }
    }
  }

  /** A pledge whose trigger always holds is ACTIVE exactly when its activation holds. */
  static void checkActiveIffHolds(String where, Status status, boolean holds) {
    if (holds) {
      assertThat(status).as("%s: the condition holds", where).isEqualTo(Status.ACTIVE);
    } else {
      assertThat(status).as("%s: the condition does not hold", where).isNotEqualTo(Status.ACTIVE);
    }
  }

  /**
   * SUSPENDED means: not active now, and active at some earlier instant. Checks both directions
   * that do not depend on how the time before the first event is read: a SUSPENDED status needs
   * some earlier instant where the condition held, and a condition that held at an earlier event
   * instant makes a non-active pledge SUSPENDED.
   */
  static void checkSuspended(
      String where, Status status, Condition c, List<Event> events, Instant asOf) {
    if (status == Status.ACTIVE) {
      return;
    }
    TreeSet<Instant> earlier = new TreeSet<>();
    for (Event e : events) {
      if (e.at().isBefore(asOf)) {
        earlier.add(e.at());
      }
    }
    boolean heldAtEarlierEvent = false;
    for (Instant i : earlier) {
      heldAtEarlierEvent |= ConditionOracle.holds(c, events, i);
    }
    Instant beforeAll = events.isEmpty() ? asOf : events.get(0).at().minusSeconds(1);
    boolean heldBeforeAll = beforeAll.isBefore(asOf) && ConditionOracle.holds(c, events, beforeAll);
    if (heldAtEarlierEvent) {
      assertThat(status)
          .as("%s: held at an earlier event instant", where)
          .isEqualTo(Status.SUSPENDED);
    }
    if (status == Status.SUSPENDED) {
      assertThat(heldAtEarlierEvent || heldBeforeAll)
          .as("%s: SUSPENDED but never held earlier", where)
          .isTrue();
    }
  }

  @Test
  void kernelAgreesWithOracleOnRandomConditions() {
    long base = RandomCases.baseSeed(20260106L);
    int cases = RandomCases.count(20_000);
    for (int i = 0; i < cases; i++) {
      long seed = base + i;
      RandomCases r = new RandomCases(seed);
      Condition c = r.condition(6);
      List<Event> events = r.events(8);
      Instant asOf = r.asOf();
      boolean expected = ConditionOracle.holds(c, events, asOf);
      boolean actual = new Kernels(c).at(events, asOf);
      assertThat(actual)
          .as(
              "seed %s (replay with -Dguarantees.seed=%s): %s over %s as of %s",
              seed, seed, c, events, asOf)
          .isEqualTo(expected);
    }
  }

  @Test
  void evaluatorAgreesWithOracleOnRandomConditions() {
    long base = RandomCases.baseSeed(7_000_000L);
    int cases = RandomCases.count(3_000);
    for (int i = 0; i < cases; i++) {
      long seed = base + i;
      RandomCases r = new RandomCases(seed);
      Condition c = r.condition(6);
      List<Event> events = r.events(8);
      Instant asOf = r.asOf();
      Agreement agreement = Fixtures.firingWhen(c, RandomCases.TRIGGERS);
      Status status =
          Evaluator.compile(agreement)
              .evaluate(Scenario.builder().name("random").addAllEvents(events).asOf(asOf).build())
              .status("p");
      String where =
          "seed "
              + seed
              + " (replay with -Dguarantees.seed="
              + seed
              + "): "
              + c
              + " over "
              + events
              + " as of "
              + asOf;
      checkActiveIffHolds(where, status, ConditionOracle.holds(c, events, asOf));
      checkSuspended(where, status, c, events, asOf);
    }
  }

  @Test
  void eventsAfterTheAsOfInstantDoNotExist() {
    Agreement agreement = Fixtures.firingWhen(Condition.occurred("a"), "a");
    Scenario s = Scenario.builder().name("late").addEvent("a", h(5)).asOf(h(4)).build();
    assertThat(Evaluator.compile(agreement).evaluate(s).status("p")).isEqualTo(Status.PENDING);
    assertThat(Evaluator.compile(agreement).evaluate(s.asOf(h(5))).status("p"))
        .isEqualTo(Status.ACTIVE);
  }

  @Test
  void aWithdrawalAtTheSameInstantAsTheRequestWins() {
    Condition c = Condition.inForce("a", "b");
    List<Event> tie = List.of(Event.of("a", h(1)), Event.of("b", h(1)));
    List<Event> tieOtherOrder = List.of(Event.of("b", h(1)), Event.of("a", h(1)));
    Kernels inForce = new Kernels(c);
    assertThat(inForce.at(tie, h(2))).isFalse();
    assertThat(inForce.at(tieOtherOrder, h(2))).isFalse();
    List<Event> renewed = List.of(Event.of("a", h(1)), Event.of("b", h(1)), Event.of("a", h(2)));
    assertThat(inForce.at(renewed, h(2))).isTrue();
  }

  @Test
  void afterIsStrictAndWithinIsClosedAtBothEnds() {
    List<Event> same = List.of(Event.of("b", h(1)), Event.of("a", h(1)));
    assertThat(new Kernels(Condition.after("a", "b")).at(same, h(3))).isFalse();
    assertThat(new Kernels(Condition.within("a", Duration.ZERO, "b")).at(same, h(3))).isTrue();
    List<Event> edge = List.of(Event.of("b", h(1)), Event.of("a", h(25)));
    Kernels within24 = new Kernels(Condition.within("a", Duration.ofHours(24), "b"));
    assertThat(within24.at(edge, h(30))).isTrue();
    List<Event> late = List.of(Event.of("b", h(1)), Event.of("a", h(26)));
    assertThat(within24.at(late, h(30))).isFalse();
    List<Event> before = List.of(Event.of("a", h(0)), Event.of("b", h(1)));
    assertThat(within24.at(before, h(30))).isFalse();
  }

  @Test
  void pledgeHelperFiresWithoutTrigger() {
    Pledge p = Fixtures.pledge("x").trigger(Condition.always()).build();
    assertThat(p.activation()).isEqualTo(Condition.always());
  }

  /** A condition compiled by the kernel as the activation of an always-triggered pledge. */
  static final class Kernels {
    private final Evaluator evaluator;

    Kernels(Condition c) {
      this.evaluator = Evaluator.compile(Fixtures.firingWhen(c, RandomCases.TRIGGERS));
    }

    /** Whether the condition holds over the events at {@code asOf}, as the kernel decides. */
    boolean at(List<Event> events, Instant asOf) {
      Scenario s = Scenario.builder().name("k").addAllEvents(events).asOf(asOf).build();
      return evaluator.decide(s).status("p") == Status.ACTIVE;
    }
  }
}
