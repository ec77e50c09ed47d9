package io.github.guarantees.evaluation;

import static io.github.guarantees.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.guarantees.Fixtures;
import io.github.guarantees.Treaty;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.EventRole;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.model.Term;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Explanations: traces that mirror the condition, what is missing, and obstacles. */
class ExplanationTest {
  private static final Evaluator EVALUATOR = Evaluator.compile(Treaty.agreement());

  private static Occurred occ(String trigger) {
    return Condition.occurred(trigger);
  }

  @Test
  void theTraceMirrorsTheConditionWithTruthValuesAndEvents() {
    Scenario s =
        Treaty.scenario("partial")
            .addEvent("ceasefire", h(1))
            .addEvent("credible-cessation", h(2))
            .asOf(h(4))
            .build();
    Explanation e = EVALUATOR.evaluate(s).explain("force");
    assertThat(e.status()).isEqualTo(Status.PENDING);
    assertThat(e.subject()).contains("force");
    assertThat(e.source()).isEqualTo(Treaty.agreement().pledge("force").source());

    assertThat(e.trigger().condition()).isEqualTo(Treaty.CEASEFIRE);
    assertThat(e.trigger().holds()).isTrue();
    assertThat(e.trigger().events()).containsExactly(Event.of("ceasefire", h(1)));

    ConditionTrace act = e.activation();
    assertThat(act.condition()).isEqualTo(Treaty.REQUEST_AND_CESSATION);
    assertThat(act.holds()).isFalse();
    assertThat(act.operands()).hasSize(2);
    assertThat(act.operands().get(0).condition())
        .isEqualTo(Condition.inForce("request", "request-withdrawn"));
    assertThat(act.operands().get(0).holds()).isFalse();
    assertThat(act.operands().get(0).events()).isEmpty();
    assertThat(act.operands().get(1).condition()).isEqualTo(occ("credible-cessation"));
    assertThat(act.operands().get(1).holds()).isTrue();
    assertThat(act.operands().get(1).events())
        .containsExactly(Event.of("credible-cessation", h(2)));
    assertThat(e.contributionCondition()).isEmpty();
    assertThat(e.toString()).contains("Component 3").contains("[no]").contains("[yes]");
  }

  /**
   * A composite node says how many of its operands hold against how many it needs; the structure
   * (each operand's truth) is the data, the sentence its rendering, in English that agrees in
   * number.
   */
  @Test
  void compositesCountTheOperandsThatHoldInPlainEnglish() {
    Condition all = Condition.allOf(occ("a"), occ("b"));
    Condition any = Condition.anyOf(occ("a"), occ("b"), occ("c"));
    Condition two = Condition.atLeast(2, occ("a"), occ("b"), occ("c"));
    Condition none = Condition.anyOf(occ("c"), occ("d"));
    Evaluator evaluator =
        Evaluator.compile(
            Fixtures.firingWhen(Condition.allOf(all, any, two, none), "a", "b", "c", "d"));
    Scenario s =
        Scenario.builder().name("s").addEvent("a", h(1)).addEvent("b", h(2)).asOf(h(3)).build();
    ConditionTrace top = evaluator.evaluate(s).explain("p").activation();
    assertThat(top.operands())
        .extracting(ConditionTrace::holds)
        .containsExactly(true, true, true, false);
    assertThat(top.operands().get(0).operands())
        .extracting(ConditionTrace::holds)
        .containsExactly(true, true);
    assertThat(top.operands().get(1).operands())
        .extracting(ConditionTrace::holds)
        .containsExactly(true, true, false);
    assertThat(top.operands().get(3).operands())
        .extracting(ConditionTrace::holds)
        .containsExactly(false, false);
    assertThat(top.why()).isEqualTo("all of 4 must hold; 3 do");
    assertThat(top.operands())
        .extracting(ConditionTrace::why)
        .containsExactly(
            "all of 2 must hold; 2 do",
            "any of 3 must hold; 2 do",
            "at least 2 of 3 must hold; 2 do",
            "any of 2 must hold; none does");
    Scenario one = Scenario.builder().name("s").addEvent("a", h(1)).asOf(h(3)).build();
    assertThat(evaluator.evaluate(one).explain("p").activation().operands().get(0).why())
        .isEqualTo("all of 2 must hold; 1 does");
  }

  @Test
  void aRevokedRequestNamesTheRequestAndTheWithdrawal() {
    Scenario s = Treaty.firing(h(5)).addEvent("request-withdrawn", "UA", h(4)).build();
    ConditionTrace inForce = EVALUATOR.evaluate(s).explain("force").activation().operands().get(0);
    assertThat(inForce.holds()).isFalse();
    assertThat(inForce.events())
        .containsExactly(
            Event.of("request", "UA", h(3)), Event.of("request-withdrawn", "UA", h(4)));
  }

  @Test
  void nothingHappenedSoExactlyOneSetIsMissing() {
    Explanation e = EVALUATOR.evaluate(Treaty.scenario("war").asOf(h(1)).build()).explain("force");
    assertThat(e.status()).isEqualTo(Status.DORMANT);
    assertThat(e.missing())
        .containsExactly(
            ImmutableSet.of(occ("ceasefire"), occ("request"), occ("credible-cessation")));
    assertThat(e.obstacles()).isEmpty();
    assertThat(e.reason()).contains("needs").contains("request").contains("credible-cessation");
  }

  @Test
  void whatIsAlreadyThereIsNotMissing() {
    Scenario s =
        Treaty.scenario("partial")
            .addEvent("ceasefire", h(1))
            .addEvent("credible-cessation", h(2))
            .asOf(h(4))
            .build();
    assertThat(EVALUATOR.evaluate(s).explain("force").missing())
        .containsExactly(ImmutableSet.of(occ("request")));
    Scenario withdrawn = Treaty.firing(h(5)).addEvent("request-withdrawn", "UA", h(4)).build();
    Explanation e = EVALUATOR.evaluate(withdrawn).explain("force");
    assertThat(e.status()).isEqualTo(Status.SUSPENDED);
    assertThat(e.missing()).containsExactly(ImmutableSet.of(occ("request")));
  }

  @Test
  void aContributionNeedsItsOwnConditionForItsParty() {
    Explanation e = EVALUATOR.evaluate(Treaty.firing(h(4)).build()).explain("force", "UK");
    assertThat(e.status()).isEqualTo(Status.PENDING);
    assertThat(e.contributionCondition()).isPresent();
    assertThat(e.contributionCondition().get().holds()).isFalse();
    assertThat(e.missing()).containsExactly(ImmutableSet.of(Condition.occurred("approval", "UK")));
  }

  @Test
  void anActivePledgeMissesNothing() {
    Explanation e = EVALUATOR.evaluate(Treaty.firing(h(4)).build()).explain("force");
    assertThat(e.status()).isEqualTo(Status.ACTIVE);
    assertThat(e.missing()).isEmpty();
    assertThat(e.obstacles()).isEmpty();
    assertThat(e.reason()).startsWith("fires");
  }

  @Test
  void anAnyOfGivesAlternativeSetsSmallestFirst() {
    Condition c = Condition.anyOf(Condition.allOf(occ("b"), occ("c")), occ("a"));
    Explanation e =
        Evaluator.compile(Fixtures.firingWhen(c, "a", "b", "c"))
            .evaluate(Scenario.builder().name("none").asOf(h(0)).build())
            .explain("p");
    assertThat(e.missing())
        .containsExactly(ImmutableSet.of(occ("a")), ImmutableSet.of(occ("b"), occ("c")));
  }

  @Test
  void anOrderSensitiveAfterIsSatisfiableByAddedEvents() {
    Condition c = Condition.after("attack", "ceasefire");
    Evaluator ev = Evaluator.compile(Fixtures.firingWhen(c, "attack", "ceasefire"));
    Explanation none = ev.evaluate(Scenario.builder().name("none").asOf(h(0)).build()).explain("p");
    assertThat(none.missing()).containsExactly(ImmutableSet.of(occ("attack"), occ("ceasefire")));
    Explanation attackFirst =
        ev.evaluate(Scenario.builder().name("a").addEvent("attack", h(1)).asOf(h(2)).build())
            .explain("p");
    assertThat(attackFirst.missing())
        .containsExactly(ImmutableSet.of(occ("attack"), occ("ceasefire")));
    Explanation ceasefireFirst =
        ev.evaluate(Scenario.builder().name("c").addEvent("ceasefire", h(1)).asOf(h(2)).build())
            .explain("p");
    assertThat(ceasefireFirst.missing()).containsExactly(ImmutableSet.of(occ("attack")));
  }

  @Test
  void aBrokenNotIsAnObstacleNamed() {
    Condition c = Condition.allOf(occ("a"), Condition.not(occ("attack")));
    Explanation e =
        Evaluator.compile(Fixtures.firingWhen(c, "a", "attack"))
            .evaluate(Scenario.builder().name("s").addEvent("attack", h(1)).asOf(h(2)).build())
            .explain("p");
    assertThat(e.status().fires()).isFalse();
    assertThat(e.missing()).isEmpty();
    assertThat(e.obstacles())
        .anyMatch(o -> o.contains("not(occurred(attack))") && o.contains("broken"));
    assertThat(e.reason()).contains("not(occurred(attack))");
  }

  @Test
  void aCaveatIsAnObstacleNamed() {
    Explanation e = EVALUATOR.evaluate(Treaty.firing(h(4)).build()).explain("force", "IT");
    assertThat(e.status()).isEqualTo(Status.BLOCKED);
    assertThat(e.blockedBy()).contains(Treaty.NO_GROUND_TROOPS);
    assertThat(e.missing()).isEmpty();
    assertThat(e.obstacles()).anyMatch(o -> o.contains("no-ground-troops"));
    assertThat(e.reason()).contains("no-ground-troops");
  }

  @Test
  void anEndedTermIsAnObstacle() {
    Evaluator ev =
        Evaluator.compile(
            Treaty.base().addPledges(Treaty.force().term(Term.endsAt(h(10))).build()).build());
    Explanation e = ev.evaluate(Treaty.firing(h(11)).build()).explain("force");
    assertThat(e.status()).isEqualTo(Status.EXPIRED);
    assertThat(e.termEnded()).isPresent();
    assertThat(e.missing()).isEmpty();
    assertThat(e.obstacles()).isNotEmpty();
    assertThat(e.reason()).contains("term");
  }

  @Test
  void explanationsAgreeWithDecisions() {
    Scenario s = Treaty.firing(h(5)).addEvent("request-withdrawn", "UA", h(4)).build();
    Assessment a = EVALUATOR.evaluate(s);
    // The force fired at h(3) and the request was withdrawn at h(4): suspended. The explanation's
    // own truth values must say why: the trigger holds, the activation no longer does, because
    // the request is not in force.
    assertThat(a.status("force")).isEqualTo(Status.SUSPENDED);
    Explanation e = a.explain("force");
    assertThat(e.status()).isEqualTo(Status.SUSPENDED);
    assertThat(e.trigger().holds()).isTrue();
    assertThat(e.activation().holds()).isFalse();
    assertThat(e.activation().operands().get(0).condition())
        .isEqualTo(Condition.inForce("request", "request-withdrawn"));
    assertThat(e.activation().operands().get(0).holds()).isFalse();
    assertThat(e.missing()).containsExactly(ImmutableSet.of(occ("request")));
    assertThat(a.pledge("force").contributions()).isNotEmpty();
    for (ContributionAssessment c : a.pledge("force").contributions()) {
      Explanation ce = a.explain("force", c.party());
      assertThat(ce.status()).as(c.party()).isEqualTo(c.status());
      // A contribution follows its suspended pledge unless a caveat of its party blocks it, or
      // its own condition (the UK's parliamentary approval) never held, so it never fired.
      boolean ownConditionFails = ce.contributionCondition().map(t -> !t.holds()).orElse(false);
      assertThat(c.status())
          .as(c.party())
          .isEqualTo(
              ce.blockedBy().isPresent()
                  ? Status.BLOCKED
                  : ownConditionFails ? Status.PENDING : Status.SUSPENDED);
    }
  }

  /** Every node of a trace holds exactly when the oracle says its condition holds. */
  private static void checkTrace(ConditionTrace t, List<Event> events, Instant asOf, String where) {
    assertThat(t.holds())
        .as("%s: node %s", where, t.condition())
        .isEqualTo(ConditionOracle.holds(t.condition(), events, asOf));
    List<Condition> operands = Condition.operandsOf(t.condition());
    assertThat(t.operands())
        .as("%s: operands of %s", where, t.condition())
        .hasSize(operands.size());
    for (int i = 0; i < operands.size(); i++) {
      assertThat(t.operands().get(i).condition()).isEqualTo(operands.get(i));
      checkTrace(t.operands().get(i), events, asOf, where);
    }
  }

  @Test
  void randomTracesMirrorTheConditionWithTheOraclesTruthValues() {
    long base = RandomCases.baseSeed(31_000_000L);
    for (int i = 0; i < RandomCases.count(3_000); i++) {
      long seed = base + i;
      RandomCases r = new RandomCases(seed);
      Condition c = r.condition(6);
      List<Event> events = r.events(8);
      Instant asOf = r.asOf();
      Scenario scenario = Scenario.builder().name("t").addAllEvents(events).asOf(asOf).build();
      checkTrace(
          Evaluator.compile(Fixtures.firingWhen(c, RandomCases.TRIGGERS))
              .evaluate(scenario)
              .explain("p")
              .activation(),
          events,
          asOf,
          "seed "
              + seed
              + " (replay with -Dguarantees.seed="
              + seed
              + "): "
              + c
              + " over "
              + events);
    }
  }

  /** The events of a set placed one second apart after {@code t}, in the given order. */
  private static List<List<Occurred>> orders(List<Occurred> items) {
    if (items.size() <= 1) {
      return List.of(items);
    }
    List<List<Occurred>> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<Occurred> rest = new ArrayList<>(items);
      Occurred head = rest.remove(i);
      for (List<Occurred> tail : orders(rest)) {
        List<Occurred> o = new ArrayList<>();
        o.add(head);
        o.addAll(tail);
        out.add(o);
      }
    }
    return out;
  }

  /** Whether some order of the added events, one second apart after t, makes c hold. */
  /** Whether the added events, in some order and with or without ties, make it fire. */
  private static boolean fires(Condition c, List<Event> events, Set<Occurred> added, Instant t) {
    for (List<Occurred> order : orders(new ArrayList<>(added))) {
      for (int ties = 0; ties < (1 << Math.max(0, order.size() - 1)); ties++) {
        List<Event> ext = new ArrayList<>(events);
        Instant at = t;
        for (int i = 0; i < order.size(); i++) {
          if (i == 0 || (ties & (1 << (i - 1))) == 0) {
            at = at.plusSeconds(1);
          }
          Event.Builder b = Event.builder().trigger(order.get(i).trigger()).at(at);
          order.get(i).party().ifPresent(b::party);
          ext.add(b.build());
        }
        if (ConditionOracle.holds(c, ext, at)) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void randomMissingSetsAreSufficientAndMinimal() {
    long base = RandomCases.baseSeed(47_000_000L);
    int checkedSets = 0;
    for (int i = 0; i < RandomCases.count(400); i++) {
      long seed = base + i;
      RandomCases r = new RandomCases(seed);
      Condition c = r.condition(4);
      List<Event> events = r.events(5);
      Instant asOf = r.asOf();
      Scenario s = Scenario.builder().name("random").addAllEvents(events).asOf(asOf).build();
      Explanation e =
          Evaluator.compile(Fixtures.firingWhen(c, RandomCases.TRIGGERS)).evaluate(s).explain("p");
      List<Event> counted = s.eventsAsOf();
      String where = "seed " + seed + " (replay with -Dguarantees.seed=" + seed + "): " + c;
      if (e.status().fires()) {
        assertThat(e.missing()).as(where).isEmpty();
        continue;
      }
      assertThat(e.missing().isEmpty() || e.obstacles().isEmpty())
          .as("%s: missing %s and obstacles %s", where, e.missing(), e.obstacles())
          .isTrue();
      assertThat(e.missing().isEmpty() ? !e.obstacles().isEmpty() : true)
          .as("%s: neither missing nor obstacles", where)
          .isTrue();
      for (ImmutableSet<Occurred> set : e.missing()) {
        assertThat(fires(c, counted, set, asOf))
            .as("%s: adding %s makes it fire", where, set)
            .isTrue();
        for (Occurred drop : set) {
          Set<Occurred> smaller = new java.util.LinkedHashSet<>(set);
          smaller.remove(drop);
          assertThat(fires(c, counted, smaller, asOf))
              .as("%s: %s without %s already suffices", where, set, drop)
              .isFalse();
        }
        checkedSets++;
      }
      ImmutableList<ImmutableSet<Occurred>> m = e.missing();
      for (int x = 0; x < m.size(); x++) {
        for (int y = 0; y < m.size(); y++) {
          if (x != y) {
            assertThat(m.get(y).containsAll(m.get(x)))
                .as("%s: %s within %s", where, m.get(x), m.get(y))
                .isFalse();
          }
        }
      }
    }
    assertThat(checkedSets).isGreaterThan(RandomCases.count(50));
  }

  /**
   * An attack by two distinct states, one of which has attacked: the explanation names the party
   * still awaited, and nothing missing is offered for a party already counted.
   */
  @Test
  void anUnmetCountOfAttackersNamesThePartyItWaitsFor() {
    Evaluator evaluator =
        Evaluator.compile(
            Fixtures.firingWhen(
                Condition.atLeastParties(2, occ("attack"), EventRole.ACTOR), "attack"));
    Scenario s = Scenario.builder().name("s").addEvent("attack", "P", h(1)).asOf(h(2)).build();
    Explanation e = evaluator.evaluate(s).explain("p");
    assertThat(e.status()).isEqualTo(Status.PENDING);
    assertThat(e.causes())
        .containsExactly(
            new Cause.NeedsEvents(
                ImmutableList.of(ImmutableSet.of(Condition.occurred("attack", "Q"))), 0, false));
    assertThat(e.reason()).isEqualTo("in play; needs: attack by Q");
  }
}
