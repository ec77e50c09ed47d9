package io.github.guarantees.examples;

import static io.github.guarantees.evaluation.Status.ACTIVE;
import static io.github.guarantees.evaluation.Status.DORMANT;
import static io.github.guarantees.evaluation.Status.PENDING;
import static io.github.guarantees.evaluation.Status.SUSPENDED;
import static io.github.guarantees.examples.Paris2026.ARMED_ATTACK;
import static io.github.guarantees.examples.Paris2026.CEASEFIRE;
import static io.github.guarantees.examples.Paris2026.CEASEFIRE_COLLAPSED;
import static io.github.guarantees.examples.Paris2026.CREDIBLE_CESSATION;
import static io.github.guarantees.examples.Paris2026.PEACE_AGREEMENT;
import static io.github.guarantees.examples.Paris2026.REQUEST_WITHDRAWN;
import static io.github.guarantees.examples.Paris2026.RU;
import static io.github.guarantees.examples.Paris2026.UKRAINE_REQUEST;
import static io.github.guarantees.examples.ParisFixtures.EVALUATOR;
import static io.github.guarantees.examples.ParisFixtures.assess;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.condition.Condition;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.examples.instruments.Comparison;
import io.github.guarantees.examples.instruments.Paris2026Core;
import io.github.guarantees.examples.instruments.ParisResponseLadder;
import io.github.guarantees.examples.instruments.UkUkraine2024;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Caveat;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Domain;
import io.github.guarantees.model.Fidelity;
import io.github.guarantees.model.Location;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Role;
import io.github.guarantees.model.Size;
import io.github.guarantees.model.Source;
import io.github.guarantees.model.Term;
import io.github.guarantees.report.TextReport;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Paris encoding held against the sources, one test per finding of the treaty-fidelity review:
 * each fails on the encoding before the review and passes on this one.
 */
class TreatyFidelityTest {
  private final Agreement paris = Paris2026.agreement();

  /** The presence in Ukraine, the monitoring mechanism and the Special Commission. */
  private static final List<String> STANDING_THROUGH_AN_ATTACK =
      List.of(
          Paris2026.MULTINATIONAL_FORCE,
          Paris2026.FR_UK_DEPLOYMENT,
          Paris2026.MILITARY_HUBS,
          Paris2026.PROTECTED_FACILITIES,
          Paris2026.ARMY_REGENERATION,
          Paris2026.CEASEFIRE_MONITORING,
          Paris2026.SPECIAL_COMMISSION);

  private static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");

  private static Instant hour(int h) {
    return T0.plusSeconds(3600L * h);
  }

  @Test
  void aRenewedAttackLeavesThePresenceTheMonitoringAndTheCommissionInEffect() {
    Assessment a = assess(Paris2026Scenarios.ATTACK_AFTER_CEASEFIRE);
    for (String id : STANDING_THROUGH_AN_ATTACK) {
      assertThat(a.status(id)).as(id).isEqualTo(ACTIVE);
    }
    Assessment breach = assess(Paris2026Scenarios.BREACH_ATTRIBUTED_SCENARIO);
    assertThat(breach.status(Paris2026.CEASEFIRE_MONITORING)).isEqualTo(ACTIVE);
    assertThat(breach.status(Paris2026.SPECIAL_COMMISSION)).isEqualTo(ACTIVE);
    // No pledge lapses when the ceasefire collapses: the sources tie no end to it.
    for (Pledge p : paris.pledges()) {
      assertThat(paris.triggerOf(p).triggers()).as(p.id()).doesNotContain(CEASEFIRE_COLLAPSED);
      assertThat(p.activation().triggers()).as(p.id()).doesNotContain(CEASEFIRE_COLLAPSED);
    }
  }

  @Test
  void onlyUkrainesWithdrawalEndsTheDeploymentsAfterAnAttack() {
    Scenario withdrawn =
        Scenario.builder()
            .name("attack-then-withdrawal")
            .addEvent(CEASEFIRE, hour(0))
            .addEvent(CREDIBLE_CESSATION, hour(1))
            .addEvent(UKRAINE_REQUEST, hour(2))
            .addEvent(ARMED_ATTACK, RU, hour(3))
            .addEvent(CEASEFIRE_COLLAPSED, hour(4))
            .addEvent(REQUEST_WITHDRAWN, hour(5))
            .asOf(hour(6))
            .build();
    Assessment a = EVALUATOR.evaluate(withdrawn);
    assertThat(a.status(Paris2026.MULTINATIONAL_FORCE)).isEqualTo(SUSPENDED);
    assertThat(a.status(Paris2026.MILITARY_HUBS)).isEqualTo(SUSPENDED);
    assertThat(a.status(Paris2026.CEASEFIRE_MONITORING)).isEqualTo(ACTIVE);
    Assessment beforeWithdrawal = EVALUATOR.evaluate(withdrawn.asOf(hour(4)));
    assertThat(beforeWithdrawal.status(Paris2026.MULTINATIONAL_FORCE)).isEqualTo(ACTIVE);
  }

  @Test
  void theUsSupportForTheForceFollowsTheForceAndTheRemediesFollowTheCommission() {
    // Conditions on statuses say what the sources say: the US supports "the force", so its support
    // is in effect while the force is; the remedies are the Special Commission's to determine.
    assertThat(paris.pledge(Paris2026.US_SUPPORT_IF_ATTACKED).activation())
        .isEqualTo(Condition.active(Paris2026.MULTINATIONAL_FORCE));
    assertThat(paris.pledge(Paris2026.BREACH_REMEDIES).activation())
        .isEqualTo(Condition.active(Paris2026.SPECIAL_COMMISSION));
    Scenario withdrawn =
        Scenario.builder()
            .name("attack-then-withdrawal")
            .addEvent(CEASEFIRE, hour(0))
            .addEvent(CREDIBLE_CESSATION, hour(1))
            .addEvent(UKRAINE_REQUEST, hour(2))
            .addEvent(ARMED_ATTACK, RU, hour(3))
            .addEvent(REQUEST_WITHDRAWN, hour(5))
            .asOf(hour(6))
            .build();
    Timeline timeline = EVALUATOR.timeline(withdrawn);
    for (int h : new int[] {2, 3, 4, 5, 6}) {
      assertThat(timeline.statusAt(Paris2026.US_SUPPORT_IF_ATTACKED, hour(h)))
          .as("hour %s", h)
          .isEqualTo(h < 3 ? DORMANT : timeline.statusAt(Paris2026.MULTINATIONAL_FORCE, hour(h)));
    }
    assertThat(timeline.statusAt(Paris2026.US_SUPPORT_IF_ATTACKED, hour(6))).isEqualTo(SUSPENDED);
    Scenario breach =
        Scenario.builder()
            .name("breach-attributed")
            .addEvent(CEASEFIRE, hour(0))
            .addEvent(Paris2026.BREACH_ATTRIBUTED, RU, hour(1))
            .asOf(hour(2))
            .build();
    assertThat(EVALUATOR.evaluate(breach).status(Paris2026.BREACH_REMEDIES)).isEqualTo(ACTIVE);
    assertThat(EVALUATOR.evaluate(breach.asOf(hour(0))).status(Paris2026.BREACH_REMEDIES))
        .isEqualTo(DORMANT);
  }

  @Test
  void theUsBackstopFiresOnARussianAttackNotOnDeploymentAndBindsWeakly() {
    Pledge backstop = paris.pledge(Paris2026.US_SUPPORT_IF_ATTACKED);
    assertThat(assess(Paris2026Scenarios.REQUEST_AND_CREDIBLE_CESSATION).status(backstop.id()))
        .isEqualTo(DORMANT);
    assertThat(assess(Paris2026Scenarios.ATTACK_AFTER_CEASEFIRE).status(backstop.id()))
        .isEqualTo(ACTIVE);
    assertThat(backstop.contributions()).extracting(Contribution::party).containsExactly("US");
    assertThat(backstop.bindingForce()).isEqualTo(BindingForce.POLITICAL_DECLARATION);
    assertThat(backstop.source().fidelity()).isEqualTo(Fidelity.PRESS_REPORT);
    assertThat(paris.roles(Paris2026.US)).containsExactly(Role.NON_SIGNATORY_SUPPORTER);
    // The other US commitments as the sources state them: political support, US-led monitoring.
    assertThat(assess(Paris2026Scenarios.WAR_GOES_ON).status(Paris2026.US_POLITICAL_SUPPORT))
        .isEqualTo(ACTIVE);
    assertThat(paris.pledge(Paris2026.CEASEFIRE_MONITORING).contribution(Paris2026.US)).isPresent();
    assertThat(paris.pledges().stream().filter(p -> p.hasTag(Paris2026.US_TAG)).map(Pledge::id))
        .containsExactlyInAnyOrder(
            Paris2026.CEASEFIRE_MONITORING,
            Paris2026.US_SUPPORT_IF_ATTACKED,
            Paris2026.US_POLITICAL_SUPPORT);
  }

  @Test
  void italysCaveatForbidsGroundTroopsInUkraineOnly() {
    Caveat noGroundTroops = paris.party(Paris2026.IT).caveats().get(0);
    PledgeKind force = PledgeKind.FORCE_DEPLOYMENT;
    assertThat(noGroundTroops.forbids(force, Set.of(Domain.LAND), Location.IN_BENEFICIARY))
        .isTrue();
    assertThat(noGroundTroops.forbids(force, Set.of(Domain.AIR), Location.IN_BENEFICIARY))
        .isFalse();
    assertThat(noGroundTroops.forbids(force, Set.of(Domain.SEA), Location.IN_BENEFICIARY))
        .isFalse();
    assertThat(noGroundTroops.forbids(force, Set.of(Domain.LAND), Location.AT_HOME)).isFalse();
  }

  @Test
  void stockpileAccessIsStandingAndRapidResupplyFollowsAnAttack() {
    Assessment war = assess(Paris2026Scenarios.WAR_GOES_ON);
    assertThat(war.status(Paris2026.STOCKPILE_ACCESS)).isEqualTo(ACTIVE);
    assertThat(war.status(Paris2026.STOCKPILE_RESUPPLY)).isEqualTo(DORMANT);
    Assessment attack = assess(Paris2026Scenarios.ATTACK_AFTER_CEASEFIRE);
    assertThat(attack.status(Paris2026.STOCKPILE_RESUPPLY)).isEqualTo(ACTIVE);
    assertThat(paris.pledge(Paris2026.STOCKPILE_RESUPPLY).source().note().orElseThrow())
        .contains("rapid resupply after a future attack");
  }

  @Test
  void contributorsNoSourceNamesAreMarkedIllustrativeAndTheReportShowsIt() {
    List<String> illustrative = new ArrayList<>();
    for (Pledge p : paris.pledges()) {
      for (Contribution c : p.contributions()) {
        c.illustrative().ifPresent(why -> illustrative.add(p.id() + "/" + c.party()));
      }
    }
    assertThat(illustrative)
        .containsExactlyInAnyOrder(
            Paris2026.MULTINATIONAL_FORCE + "/DE",
            Paris2026.MULTINATIONAL_FORCE + "/IT",
            Paris2026.MULTINATIONAL_FORCE + "/PL",
            Paris2026.COORDINATION_CELL + "/FR");
    String reason =
        paris
            .pledge(Paris2026.MULTINATIONAL_FORCE)
            .contribution(Paris2026.IT)
            .flatMap(Contribution::illustrative)
            .orElseThrow();
    String report =
        TextReport.render(assess(Paris2026Scenarios.REQUEST_AND_CREDIBLE_CESSATION), 1_000);
    assertThat(report).contains(reason);
  }

  @Test
  void everyDocumentCitedIsOneTheSourcesGive() {
    List<Source> sources = new ArrayList<>();
    paris.pledges().forEach(p -> sources.add(p.source()));
    paris
        .parties()
        .values()
        .forEach(p -> p.caveats().forEach(c -> c.source().ifPresent(sources::add)));
    for (Source s : sources) {
      assertThat(Paris2026.DOCUMENTS).as(s.citation()).contains(s.document());
    }
    // Starmer's words are filed as his statement about the declaration of intent, not as its text.
    for (Pledge p : paris.pledges()) {
      if (p.hasTag(Paris2026.INTENT_TAG)) {
        assertThat(p.source().document()).as(p.id()).isEqualTo(Paris2026.STARMER_STATEMENT);
      }
    }
  }

  @Test
  void hubsAndFacilitiesFollowACeasefireOrAPeaceAgreementAndAwayFromTheFrontIsNotAssumed() {
    Scenario peace =
        Scenario.builder()
            .name("peace-agreement")
            .addEvent(PEACE_AGREEMENT, hour(0))
            .addEvent(CREDIBLE_CESSATION, hour(1))
            .addEvent(UKRAINE_REQUEST, hour(2))
            .asOf(hour(3))
            .build();
    Assessment a = EVALUATOR.evaluate(peace);
    assertThat(a.status(Paris2026.MILITARY_HUBS)).isEqualTo(ACTIVE);
    assertThat(a.status(Paris2026.PROTECTED_FACILITIES)).isEqualTo(ACTIVE);
    assertThat(paris.pledge(Paris2026.FR_UK_DEPLOYMENT).location())
        .isEqualTo(Location.IN_BENEFICIARY);
  }

  @Test
  void theResponseLadderAnswersTheBreachThatComponentFourDoesNot() {
    Scenario breach = Paris2026Scenarios.named(Paris2026Scenarios.BREACH_ATTRIBUTED_SCENARIO);
    Agreement ladder = ParisResponseLadder.agreement();
    Assessment a = Evaluator.compile(ladder).evaluate(Comparison.project(ladder, breach));
    assertThat(a.status(ParisResponseLadder.RESPONSE_24H)).isEqualTo(ACTIVE);
    assertThat(
            assess(Paris2026Scenarios.BREACH_ATTRIBUTED_SCENARIO).status(Paris2026.ATTACK_MILITARY))
        .isEqualTo(DORMANT);
  }

  @Test
  void franceThousandsOfSoldiersAreOneContingentCountedOnce() {
    List<String> sized = new ArrayList<>();
    for (Pledge p : paris.pledges()) {
      for (Contribution c : p.contributions()) {
        Optional<String> words = c.size().flatMap(Size::description);
        if (words.isPresent() && words.get().contains("thousands of soldiers")) {
          sized.add(p.id() + "/" + c.party());
        }
      }
    }
    assertThat(sized).containsExactly(Paris2026.MULTINATIONAL_FORCE + "/FR");
    assertThat(paris.pledge(Paris2026.FR_UK_DEPLOYMENT).contribution(Paris2026.FR)).isPresent();
  }

  @Test
  void theCoreViewsTitleNamesTheComponentsItHolds() {
    Agreement core = Paris2026Core.agreement();
    List<String> components =
        core.pledges().stream()
            .flatMap(p -> p.tags().stream())
            .filter(t -> t.startsWith("component-"))
            .distinct()
            .sorted()
            .toList();
    assertThat(components)
        .containsExactly("component-1", "component-2", "component-3", "component-4");
    assertThat(core.title()).contains("components 1, 2, 3, 4");
  }

  @Test
  void theUkUkraineAccessionEndingIsMarkedAsOneReading() {
    Agreement ukUa = UkUkraine2024.agreement();
    int withAccessionEnd = 0;
    for (Pledge p : ukUa.pledges()) {
      boolean endsOnAccession =
          p.term()
              .flatMap(Term::endsWhen)
              .map(c -> c.triggers().contains("nato-accession"))
              .orElse(false);
      if (endsOnAccession) {
        withAccessionEnd++;
        assertThat(p.hasTag(UkUkraine2024.ONE_READING)).as(p.id()).isTrue();
      }
    }
    assertThat(withAccessionEnd).isPositive();
  }

  @Test
  void aContributionThatNeverFiredIsPendingUnderASuspendedPledgeNeverSuspended() {
    // Decided and documented in docs/SEMANTICS.md: SUSPENDED means "was ACTIVE".
    Assessment withdrawn = assess(Paris2026Scenarios.REQUEST_WITHDRAWN_SCENARIO);
    assertThat(withdrawn.status(Paris2026.MULTINATIONAL_FORCE)).isEqualTo(SUSPENDED);
    assertThat(withdrawn.status(Paris2026.MULTINATIONAL_FORCE, Paris2026.FR)).isEqualTo(SUSPENDED);
    assertThat(withdrawn.status(Paris2026.MULTINATIONAL_FORCE, Paris2026.UK)).isEqualTo(PENDING);
    Assessment war = assess(Paris2026Scenarios.WAR_GOES_ON);
    assertThat(war.status(Paris2026.MULTINATIONAL_FORCE, Paris2026.UK)).isEqualTo(DORMANT);
  }

  @Test
  void everyPledgeCarriesAGroupAndAllOfComponentFourCanBeSelected() {
    for (Pledge p : paris.pledges()) {
      assertThat(p.tags()).as(p.id()).isNotEmpty();
    }
    assertThat(
            paris.pledges().stream()
                .filter(p -> p.hasTag(Paris2026.COMPONENT_4_TAG))
                .map(Pledge::id))
        .containsExactlyInAnyOrderElementsOf(FutureAttackScenariosTest.COMPONENT_4);
  }

  @Test
  void everyPledgeThatBorrowsComponentThreesRuleSaysSo() {
    int borrowed = 0;
    for (Pledge p : paris.pledges()) {
      if (p.activation().equals(Paris2026.requestAndCredibleCessation())
          && !p.hasTag(Paris2026.COMPONENT_3_TAG)) {
        borrowed++;
        assertThat(p.note().orElse("")).as(p.id()).contains(Paris2026.COMPONENT_3_RULE_ASSUMED);
      }
    }
    assertThat(borrowed).isEqualTo(5);
  }

  @Test
  void everyNarrativeSaysItsDatesAreIllustrative() {
    for (Scenario s : Paris2026Scenarios.all()) {
      assertThat(s.narrative().orElseThrow())
          .as(s.name())
          .startsWith(Paris2026Scenarios.ILLUSTRATIVE_DATES);
    }
    assertThat(RunExamples.render()).contains("   Illustrative dates: ");
  }
}
