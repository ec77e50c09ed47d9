package io.github.guarantees.evaluation;

import static io.github.guarantees.Fixtures.h;
import static io.github.guarantees.evaluation.Status.ACTIVE;
import static io.github.guarantees.evaluation.Status.BLOCKED;
import static io.github.guarantees.evaluation.Status.DORMANT;
import static io.github.guarantees.evaluation.Status.EXPIRED;
import static io.github.guarantees.evaluation.Status.PENDING;
import static io.github.guarantees.evaluation.Status.SUSPENDED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.Fixtures;
import io.github.guarantees.Treaty;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Domain;
import io.github.guarantees.model.Location;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Term;
import io.github.guarantees.scenario.Scenario;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The statuses of pledges and contributions, as DESIGN.md defines them. */
class StatusTest {
  private static final Evaluator EVALUATOR = Evaluator.compile(Treaty.agreement());

  private static Assessment eval(Scenario.Builder s) {
    return EVALUATOR.evaluate(s.build());
  }

  private static Map<String, Status> contributions(Assessment a) {
    Map<String, Status> out = new LinkedHashMap<>();
    for (ContributionAssessment c : a.pledge("force").contributions()) {
      out.put(c.party(), c.status());
    }
    return out;
  }

  private static Map<String, Status> expect(Status fr, Status uk, Status it, Status de, Status pl) {
    Map<String, Status> out = new LinkedHashMap<>();
    out.put("FR", fr);
    out.put("UK", uk);
    out.put("IT", it);
    out.put("DE", de);
    out.put("PL", pl);
    return out;
  }

  @Test
  void dormantWhileTheTriggerDoesNotHoldAndCaveatsBlockInEveryScenario() {
    Assessment a = eval(Treaty.scenario("war").asOf(h(10)));
    assertThat(a.status("force")).isEqualTo(DORMANT);
    assertThat(contributions(a)).isEqualTo(expect(DORMANT, DORMANT, BLOCKED, BLOCKED, DORMANT));
    assertThat(a.contribution("force", "IT").blockedBy()).contains(Treaty.NO_GROUND_TROOPS);
    assertThat(a.contribution("force", "DE").blockedBy()).contains(Treaty.NOTHING_IN_UKRAINE);
    assertThat(a.contribution("force", "FR").blockedBy()).isEmpty();
  }

  @Test
  void pendingWhileTheTriggerHoldsButNotTheActivation() {
    Assessment a =
        eval(
            Treaty.scenario("ceasefire only")
                .addEvent("ceasefire", h(1))
                .addEvent("credible-cessation", h(2))
                .asOf(h(10)));
    assertThat(a.status("force")).isEqualTo(PENDING);
    assertThat(contributions(a)).isEqualTo(expect(PENDING, PENDING, BLOCKED, BLOCKED, PENDING));
  }

  @Test
  void activeWhenTriggerAndActivationHoldAndContributionsWaitForTheirOwnCondition() {
    Assessment a = eval(Treaty.firing(h(4)));
    assertThat(a.status("force")).isEqualTo(ACTIVE);
    assertThat(a.status("force").fires()).isTrue();
    assertThat(contributions(a)).isEqualTo(expect(ACTIVE, PENDING, BLOCKED, BLOCKED, ACTIVE));
  }

  @Test
  void aContributionFiresOnceItsOwnConditionHoldsForItsParty() {
    Assessment otherParty = eval(Treaty.firing(h(5)).addEvent("approval", "FR", h(4)));
    assertThat(otherParty.status("force", "UK")).isEqualTo(PENDING);
    Assessment approved = eval(Treaty.firing(h(5)).addEvent("approval", "UK", h(4)));
    assertThat(approved.status("force", "UK")).isEqualTo(ACTIVE);
  }

  @Test
  void aContributionWhoseOwnConditionLapsesIsSuspended() {
    Assessment a =
        eval(
            Treaty.firing(h(6))
                .addEvent("approval", "UK", h(4))
                .addEvent("approval-revoked", "UK", h(5)));
    assertThat(a.status("force")).isEqualTo(ACTIVE);
    assertThat(a.status("force", "UK")).isEqualTo(SUSPENDED);
  }

  @Test
  void aContributionApprovedBeforeThePledgeFiredAndRevokedBeforeIsPendingNotSuspended() {
    Assessment a =
        eval(
            Treaty.scenario("revoked early")
                .addEvent("approval", "UK", h(0))
                .addEvent("ceasefire", h(1))
                .addEvent("approval-revoked", "UK", h(1))
                .addEvent("credible-cessation", h(2))
                .addEvent("request", "UA", h(3))
                .asOf(h(6)));
    assertThat(a.status("force")).isEqualTo(ACTIVE);
    assertThat(a.status("force", "UK")).isEqualTo(PENDING);
  }

  @Test
  void aWithdrawnRequestSuspendsThePledgeAndItsContributions() {
    Assessment a = eval(Treaty.firing(h(5)).addEvent("request-withdrawn", "UA", h(4)));
    assertThat(a.status("force")).isEqualTo(SUSPENDED);
    // UK never had its approval, so it never fired: it waits (PENDING), it is not SUSPENDED.
    assertThat(contributions(a)).isEqualTo(expect(SUSPENDED, PENDING, BLOCKED, BLOCKED, SUSPENDED));
  }

  @Test
  void aRenewedRequestFiresAgain() {
    Assessment a =
        eval(
            Treaty.firing(h(6))
                .addEvent("request-withdrawn", "UA", h(4))
                .addEvent("request", "UA", h(5)));
    assertThat(a.status("force")).isEqualTo(ACTIVE);
  }

  @Test
  void aCollapsedCeasefireSuspendsThePledge() {
    Assessment a = eval(Treaty.firing(h(6)).addEvent("ceasefire-collapsed", h(5)));
    assertThat(a.status("force")).isEqualTo(SUSPENDED);
    assertThat(a.status("force", "FR")).isEqualTo(SUSPENDED);
  }

  @Test
  void aRequestWithdrawnAtTheSameInstantNeverFiredSoItIsPending() {
    Assessment a =
        eval(
            Treaty.scenario("tie")
                .addEvent("ceasefire", h(1))
                .addEvent("credible-cessation", h(2))
                .addEvent("request", "UA", h(3))
                .addEvent("request-withdrawn", "UA", h(3))
                .asOf(h(5)));
    assertThat(a.status("force")).isEqualTo(PENDING);
  }

  @Test
  void theStatusAtAnInstantIgnoresLaterEvents() {
    Scenario s = Treaty.firing(h(4)).addEvent("request-withdrawn", "UA", h(5)).build();
    assertThat(EVALUATOR.evaluate(s).status("force")).isEqualTo(ACTIVE);
    assertThat(EVALUATOR.evaluate(s.asOf(h(5))).status("force")).isEqualTo(SUSPENDED);
    assertThat(EVALUATOR.evaluate(s.asOf(h(2))).status("force")).isEqualTo(PENDING);
    assertThat(EVALUATOR.evaluate(s.asOf(h(0))).status("force")).isEqualTo(DORMANT);
  }

  private static Evaluator withTerm(Term term) {
    return Evaluator.compile(Treaty.base().addPledges(Treaty.force().term(term).build()).build());
  }

  @Test
  void aFixedEndExpiresThePledgeAndEveryContributionEvenBlockedOnes() {
    Evaluator e = withTerm(Term.endsAt(h(10)));
    assertThat(e.evaluate(Treaty.firing(h(9)).build()).status("force")).isEqualTo(ACTIVE);
    Assessment ended = e.evaluate(Treaty.firing(h(10)).build());
    assertThat(ended.status("force")).isEqualTo(EXPIRED);
    assertThat(contributions(ended)).isEqualTo(expect(EXPIRED, EXPIRED, EXPIRED, EXPIRED, EXPIRED));
    assertThat(e.evaluate(Treaty.scenario("never").asOf(h(11)).build()).status("force"))
        .isEqualTo(EXPIRED);
  }

  @Test
  void aDurationRunsFromTheFirstActivation() {
    Evaluator e = withTerm(Term.lastsFor(Duration.ofHours(5)));
    // First fires at hour 3: active until hour 8.
    assertThat(e.evaluate(Treaty.firing(h(7)).build()).status("force")).isEqualTo(ACTIVE);
    assertThat(e.evaluate(Treaty.firing(h(8)).build()).status("force")).isEqualTo(EXPIRED);
    // Withdrawn and renewed: the term still runs from hour 3.
    Scenario.Builder renewed =
        Treaty.firing(h(8))
            .addEvent("request-withdrawn", "UA", h(4))
            .addEvent("request", "UA", h(6));
    assertThat(e.evaluate(renewed.build()).status("force")).isEqualTo(EXPIRED);
    // Never fired: nothing to expire.
    assertThat(e.evaluate(Treaty.scenario("war").asOf(h(100)).build()).status("force"))
        .isEqualTo(DORMANT);
  }

  @Test
  void aSuspendedPledgeStillExpiresWhenItsDurationRunsOut() {
    Evaluator e = withTerm(Term.lastsFor(Duration.ofHours(5)));
    Scenario.Builder s = Treaty.firing(h(6)).addEvent("request-withdrawn", "UA", h(4));
    assertThat(e.evaluate(s.build()).status("force")).isEqualTo(SUSPENDED);
    assertThat(e.evaluate(s.asOf(h(8)).build()).status("force")).isEqualTo(EXPIRED);
  }

  @Test
  void anEndingEventExpiresThePledge() {
    Evaluator e = withTerm(Term.endsWhen(Condition.occurred("accession")));
    Scenario.Builder s = Treaty.firing(h(6)).addEvent("accession", h(5));
    assertThat(e.evaluate(s.build()).status("force")).isEqualTo(EXPIRED);
    assertThat(e.evaluate(s.asOf(h(4)).build()).status("force")).isEqualTo(ACTIVE);
    assertThat(e.evaluate(s.asOf(h(6)).build()).status("force", "IT")).isEqualTo(EXPIRED);
  }

  @Test
  void theDefaultTriggerAppliesToPledgesWithoutOneAndAlwaysOptsOut() {
    Agreement a =
        Fixtures.agreement("ceasefire", "ceasefire-collapsed")
            .defaultTrigger(Treaty.CEASEFIRE)
            .addPledges(
                Fixtures.pledge("by-default").build(),
                Fixtures.pledge("continuing").trigger(Condition.always()).build())
            .build();
    Evaluator e = Evaluator.compile(a);
    Assessment none = e.evaluate(Scenario.builder().name("none").asOf(h(1)).build());
    assertThat(none.status("by-default")).isEqualTo(DORMANT);
    assertThat(none.status("continuing")).isEqualTo(ACTIVE);
    Assessment ceasefire =
        e.evaluate(Scenario.builder().name("c").addEvent("ceasefire", h(0)).asOf(h(1)).build());
    assertThat(ceasefire.status("by-default")).isEqualTo(ACTIVE);
  }

  @Test
  void withoutAnyTriggerAPledgeIsInPlay() {
    Agreement a =
        Fixtures.agreement("x")
            .addPledges(Fixtures.pledge("p").activation(Condition.occurred("x")).build())
            .build();
    Assessment none =
        Evaluator.compile(a).evaluate(Scenario.builder().name("n").asOf(h(0)).build());
    assertThat(none.status("p")).isEqualTo(PENDING);
  }

  private static Status italyOn(PledgeKind kind, Location location, Domain... domains) {
    Agreement a =
        Treaty.base()
            .addPledges(
                Fixtures.pledge("p")
                    .kind(kind)
                    .domains(java.util.EnumSet.of(domains[0], domains))
                    .location(location)
                    .trigger(Condition.always())
                    .addContributions(Contribution.of("IT"), Contribution.of("DE"))
                    .build())
            .build();
    return Evaluator.compile(a)
        .evaluate(Scenario.builder().name("s").asOf(h(0)).build())
        .status("p", "IT");
  }

  @Test
  void aCaveatForbidsOnlyWhenKindDomainAndLocationAllMatch() {
    assertThat(italyOn(PledgeKind.FORCE_DEPLOYMENT, Location.IN_BENEFICIARY, Domain.LAND))
        .isEqualTo(BLOCKED);
    assertThat(
            italyOn(PledgeKind.FORCE_DEPLOYMENT, Location.IN_BENEFICIARY, Domain.LAND, Domain.SEA))
        .isEqualTo(BLOCKED);
    assertThat(italyOn(PledgeKind.TRAINING, Location.IN_BENEFICIARY, Domain.LAND))
        .isEqualTo(ACTIVE);
    assertThat(italyOn(PledgeKind.FORCE_DEPLOYMENT, Location.AT_HOME, Domain.LAND))
        .isEqualTo(ACTIVE);
    assertThat(italyOn(PledgeKind.FORCE_DEPLOYMENT, Location.IN_BENEFICIARY, Domain.SEA))
        .isEqualTo(ACTIVE);
  }

  @Test
  void anEmptyCaveatDimensionMatchesAnything() {
    for (PledgeKind kind : PledgeKind.values()) {
      if (kind == PledgeKind.POWER) {
        continue; // a power must say what it does (PowersTest)
      }
      Agreement a =
          Treaty.base()
              .addPledges(
                  Fixtures.pledge("p")
                      .kind(kind)
                      .location(Location.IN_BENEFICIARY)
                      .addContributions(Contribution.of("DE"))
                      .build())
              .build();
      assertThat(
              Evaluator.compile(a)
                  .evaluate(Scenario.builder().name("s").asOf(h(0)).build())
                  .status("p", "DE"))
          .as("%s in the beneficiary", kind)
          .isEqualTo(BLOCKED);
    }
  }

  @Test
  void contributionDomainsDefaultToThePledgesWhenACaveatIsChecked() {
    Agreement a =
        Treaty.base()
            .addPledges(
                Fixtures.pledge("air-and-land")
                    .addDomains(Domain.AIR)
                    .trigger(Condition.always())
                    .addContributions(Contribution.of("PL"), Contribution.of("FR"))
                    .build(),
                Fixtures.pledge("air")
                    .domains(java.util.EnumSet.of(Domain.AIR, Domain.LAND))
                    .trigger(Condition.always())
                    .addContributions(
                        Contribution.builder().party("PL").addDomains(Domain.AIR).build())
                    .build())
            .build();
    Assessment s = Evaluator.compile(a).evaluate(Scenario.builder().name("s").asOf(h(0)).build());
    assertThat(s.status("air-and-land", "PL")).isEqualTo(BLOCKED);
    assertThat(s.status("air-and-land", "FR")).isEqualTo(ACTIVE);
    assertThat(s.status("air", "PL")).isEqualTo(ACTIVE);
  }

  @Test
  void aPledgeEveryContributionOfWhichIsForbiddenIsAWarning() {
    Agreement a =
        Treaty.base()
            .addPledges(
                Treaty.force().build(),
                Treaty.force()
                    .id("caveated")
                    .contributions(java.util.List.of(Contribution.of("IT"), Contribution.of("DE")))
                    .build())
            .build();
    assertThat(a.warnings()).hasSize(1);
    assertThat(a.warnings().get(0).toString()).contains("caveated");
    assertThat(Treaty.agreement().warnings()).isEmpty();
  }
}
