package io.github.guarantees.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.ContributionAssessment;
import io.github.guarantees.evaluation.PledgeAssessment;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.scenario.Event;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The heart of the Paris agreement, checked over every combination of its triggers rather than only
 * the scenarios written down: no force deployment, military hub or protected facility in Ukraine is
 * ACTIVE (nor any contribution to one) unless Ukraine's request is in force and a credible
 * cessation of hostilities has been verified.
 *
 * <p>The oracle below reads the rule from the events directly, independently of the condition
 * language.
 */
class DeploymentInvariantTest {
  private static final Set<PledgeKind> DEPLOYMENTS =
      EnumSet.of(
          PledgeKind.FORCE_DEPLOYMENT, PledgeKind.MILITARY_HUB, PledgeKind.PROTECTED_FACILITY);

  /** Every trigger of the agreement, with the party its events name. */
  private static final List<Alphabet> ALPHABET =
      List.of(
          new Alphabet(Paris2026.CEASEFIRE, null),
          new Alphabet(Paris2026.CEASEFIRE_COLLAPSED, null),
          new Alphabet(Paris2026.CREDIBLE_CESSATION, null),
          new Alphabet(Paris2026.UKRAINE_REQUEST, null),
          new Alphabet(Paris2026.REQUEST_WITHDRAWN, null),
          new Alphabet(Paris2026.ARMED_ATTACK, Paris2026.RU),
          new Alphabet(Paris2026.BREACH_ATTRIBUTED, Paris2026.RU),
          new Alphabet(Paris2026.PARLIAMENTARY_APPROVAL, Paris2026.UK),
          new Alphabet(Paris2026.PARLIAMENTARY_APPROVAL, Paris2026.DE),
          new Alphabet(Paris2026.US_BACKSTOP, null),
          new Alphabet(Paris2026.PEACE_AGREEMENT, null));

  private static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");

  private record Alphabet(String trigger, @org.jspecify.annotations.Nullable String party) {
    Event at(Instant instant) {
      return party == null ? Event.of(trigger, instant) : Event.of(trigger, party, instant);
    }
  }

  private final Counts counts = new Counts();

  @Test
  void everySubsetOfTriggersInOrderAndAllAtOneInstant() {
    int n = ALPHABET.size();
    for (int mask = 0; mask < (1 << n); mask++) {
      List<Alphabet> subset = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if ((mask & (1 << i)) != 0) {
          subset.add(ALPHABET.get(i));
        }
      }
      check(sequence(subset, true), "subset " + mask + " in order");
      check(sequence(subset, false), "subset " + mask + " at one instant");
    }
    assertThat(counts.scenarios).isEqualTo(2 << n);
    assertThat(counts.activeDeployments).as("the invariant is not vacuous").isPositive();
  }

  @Test
  void everyOrderOfUpToFiveDistinctTriggers() {
    permutations(new ArrayList<>(), 5);
    assertThat(counts.scenarios).isGreaterThan(60_000);
    assertThat(counts.activeDeployments).isPositive();
  }

  @Test
  void seededRandomHistoriesWithRepeatsAndTies() {
    long seed = Long.getLong("guarantees.seed", System.nanoTime());
    Random random = new Random(seed);
    for (int run = 0; run < 3_000; run++) {
      int length = random.nextInt(13);
      List<Event> events = new ArrayList<>();
      Instant at = T0;
      for (int i = 0; i < length; i++) {
        at = at.plusSeconds(3600L * random.nextInt(3)); // 0 gives ties at the same instant
        events.add(ALPHABET.get(random.nextInt(ALPHABET.size())).at(at));
      }
      Instant asOf = at.plusSeconds(3600L * random.nextInt(2));
      check(
          Scenario.builder().name("random").addAllEvents(events).asOf(asOf).build(),
          "seed " + seed + " (rerun with -Dguarantees.seed=" + seed + "), run " + run);
    }
    assertThat(counts.activeDeployments).isPositive();
  }

  private void permutations(List<Alphabet> prefix, int maxLength) {
    check(sequence(prefix, true), "order " + prefix);
    if (prefix.size() == maxLength) {
      return;
    }
    for (Alphabet a : ALPHABET) {
      if (!prefix.contains(a)) {
        prefix.add(a);
        permutations(prefix, maxLength);
        prefix.remove(prefix.size() - 1);
      }
    }
  }

  private static Scenario sequence(List<Alphabet> events, boolean spaced) {
    Scenario.Builder b = Scenario.builder().name("combination");
    Instant at = T0;
    for (Alphabet a : events) {
      b.addEvents(a.at(at));
      if (spaced) {
        at = at.plusSeconds(3600);
      }
    }
    return b.asOf(at.plusSeconds(3600)).build();
  }

  private void check(Scenario scenario, String label) {
    counts.scenarios++;
    Assessment a = ParisFixtures.EVALUATOR.evaluate(scenario);
    boolean allowed = requestInForce(scenario) && credibleCessationVerified(scenario);
    for (PledgeAssessment p : a.pledges()) {
      if (!isDeploymentInUkraine(p.pledge())) {
        continue;
      }
      if (p.status() == Status.ACTIVE) {
        counts.activeDeployments++;
      }
      if (allowed) {
        continue;
      }
      assertThat(p.status())
          .as(
              "%s: %s without request in force and verified cessation; events %s",
              label, p.id(), scenario.events())
          .isNotEqualTo(Status.ACTIVE);
      for (ContributionAssessment c : p.contributions()) {
        assertThat(c.status())
            .as(
                "%s: contribution %s to %s without request in force and verified cessation;"
                    + " events %s",
                label, c.party(), p.id(), scenario.events())
            .isNotEqualTo(Status.ACTIVE);
      }
    }
  }

  private static boolean isDeploymentInUkraine(Pledge pledge) {
    return DEPLOYMENTS.contains(pledge.kind()) && pledge.location().inBeneficiary();
  }

  /** The latest request exists and no withdrawal is at or after it. */
  private static boolean requestInForce(Scenario s) {
    Optional<Instant> latest = Optional.empty();
    for (Event e : s.eventsAsOf()) {
      if (e.trigger().equals(Paris2026.UKRAINE_REQUEST)) {
        latest = Optional.of(e.at());
      }
    }
    if (latest.isEmpty()) {
      return false;
    }
    Instant request = latest.get();
    return s.eventsAsOf().stream()
        .noneMatch(
            e -> e.trigger().equals(Paris2026.REQUEST_WITHDRAWN) && !e.at().isBefore(request));
  }

  private static boolean credibleCessationVerified(Scenario s) {
    return s.eventsAsOf().stream().anyMatch(e -> e.trigger().equals(Paris2026.CREDIBLE_CESSATION));
  }

  private static final class Counts {
    int scenarios;
    int activeDeployments;
  }
}
