package io.github.guarantees.examples.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.evaluation.StatusChange;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Fidelity;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The instruments as encoded: sources, binding force, terms. */
class InstrumentsTest {
  @Test
  void everyPledgeCitesItsClauseWithAnHonestFidelity() {
    for (Agreement a : Comparison.instruments()) {
      assertThat(a.warnings()).as(a.id()).isEmpty();
      for (Pledge p : a.pledges()) {
        assertThat(p.source().clause()).as(p.id()).isNotBlank();
        assertThat(p.source().quote()).as(p.id()).isNotBlank();
      }
    }
    Agreement ladder = ParisResponseLadder.agreement();
    assertThat(ladder.pledges())
        .allMatch(p -> p.source().fidelity() == Fidelity.PRESS_REPORT)
        .allMatch(p -> p.bindingForce() == BindingForce.POLITICAL_DECLARATION);
    assertThat(UkUkraine2024.agreement().pledges())
        .allMatch(p -> p.source().fidelity() == Fidelity.SUMMARY);
    assertThat(
            FranceUkraine2024.agreement()
                .pledge(FranceUkraine2024.CONSULTATIONS)
                .source()
                .fidelity())
        .isEqualTo(Fidelity.VERBATIM_TRANSLATION);
    Agreement nato = NorthAtlanticTreaty.agreement();
    assertThat(nato.pledge(NorthAtlanticTreaty.ARTICLE_5).bindingForce())
        .isEqualTo(BindingForce.DISCRETIONARY_ASSISTANCE);
    assertThat(nato.pledge(NorthAtlanticTreaty.ARTICLE_5).source().quote())
        .contains("such action as it deems necessary");
    assertThat(nato.pledges()).allMatch(p -> p.source().fidelity() == Fidelity.VERBATIM);
  }

  @Test
  void budapestRestraintsAreBreachedByTheGuarantorsActs() {
    Agreement budapest = BudapestMemorandum.agreement();
    assertThat(budapest.pledges())
        .filteredOn(p -> p.kind() == PledgeKind.RESTRAINT)
        .extracting(Pledge::id)
        .containsExactly(
            BudapestMemorandum.POINT_1,
            BudapestMemorandum.POINT_2,
            BudapestMemorandum.POINT_3,
            BudapestMemorandum.POINT_5);
    assertThat(budapest.pledges())
        .allMatch(p -> !p.bindingForce().isAtLeast(BindingForce.DISCRETIONARY_ASSISTANCE));
    assertThat(budapest.pledge(BudapestMemorandum.POINT_4).source().fidelity())
        .isEqualTo(Fidelity.VERBATIM);
  }

  @Test
  void theUkAgreementExpiresOnNatoAccession() {
    Instant attack = Instant.parse("2030-05-01T04:00:00Z");
    Instant accession = Instant.parse("2031-07-01T10:00:00Z");
    Scenario s =
        Scenario.builder()
            .name("accession")
            .addEvent(Vocabulary.ARMED_ATTACK, Vocabulary.RU, attack)
            .addEvent(Vocabulary.CONSULTATION_REQUEST, Vocabulary.UA, attack.plusSeconds(3600))
            .addEvent(Vocabulary.CONSULTATIONS_HELD, attack.plusSeconds(7200))
            .addEvent(Vocabulary.NATO_ACCESSION, Vocabulary.UA, accession)
            .asOf(accession.plusSeconds(1))
            .build();
    Timeline t = Evaluator.compile(UkUkraine2024.agreement()).timeline(s);
    StatusChange last = last(t, UkUkraine2024.CONSULTATIONS);
    assertThat(last.from()).isEqualTo(Status.FULFILLED);
    assertThat(last.to()).isEqualTo(Status.EXPIRED);
    assertThat(last.at()).isEqualTo(accession);
    assertThat(last.cause()).contains("nato-accession");
    assertThat(t.pledge(UkUkraine2024.ASSISTANCE).status()).isEqualTo(Status.EXPIRED);
    assertThat(
            Evaluator.compile(UkUkraine2024.agreement())
                .evaluate(s.asOf(accession.minusSeconds(1)))
                .status(UkUkraine2024.ASSISTANCE))
        .isEqualTo(Status.ACTIVE);
  }

  @Test
  void theUkAgreementExpiresAfterTenYears() {
    Instant attack = Instant.parse("2033-12-01T04:00:00Z");
    Scenario s =
        Scenario.builder()
            .name("ten-years")
            .addEvent(Vocabulary.ARMED_ATTACK, Vocabulary.RU, attack)
            .addEvent(Vocabulary.CONSULTATION_REQUEST, Vocabulary.UA, attack)
            .asOf(Instant.parse("2034-06-01T00:00:00Z"))
            .build();
    Timeline t = Evaluator.compile(UkUkraine2024.agreement()).timeline(s);
    StatusChange last = last(t, UkUkraine2024.CONSULTATIONS);
    assertThat(last.from()).isEqualTo(Status.VIOLATED);
    assertThat(last.at()).isEqualTo(UkUkraine2024.TEN_YEARS);
    assertThat(last.cause()).isEqualTo("the term ended at 2034-01-12T00:00:00Z");
    assertThat(last.events()).isEmpty();
  }

  @Test
  void articleFiveMeasuresEndWhenTheSecurityCouncilActsAndANewAttackCallsForThemAgain() {
    Instant attack = Instant.parse("2026-09-01T04:00:00Z");
    Instant unsc = Instant.parse("2026-10-01T00:00:00Z");
    Instant again = Instant.parse("2026-11-01T04:00:00Z");
    Scenario s =
        Scenario.builder()
            .name("unsc")
            .addEvent(Vocabulary.ARMED_ATTACK, Vocabulary.RU, attack)
            .addEvent(Vocabulary.UNSC_MEASURES, unsc)
            .addEvent(Vocabulary.ARMED_ATTACK, Vocabulary.RU, again)
            .asOf(again)
            .build();
    Timeline t = Evaluator.compile(NorthAtlanticTreaty.agreement()).timeline(s);
    assertThat(t.pledge(NorthAtlanticTreaty.ARTICLE_5).changes())
        .extracting(StatusChange::to)
        .containsExactly(Status.ACTIVE, Status.SUSPENDED, Status.ACTIVE);
    assertThat(t.pledge(NorthAtlanticTreaty.ARTICLE_5).statusAt(unsc)).isEqualTo(Status.SUSPENDED);
  }

  private static StatusChange last(Timeline t, String pledgeId) {
    var changes = t.pledge(pledgeId).changes();
    return changes.get(changes.size() - 1);
  }
}
