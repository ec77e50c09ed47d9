package io.github.guarantees.examples.instruments;

import static io.github.guarantees.evaluation.Status.ACTIVE;
import static io.github.guarantees.evaluation.Status.DORMANT;
import static io.github.guarantees.evaluation.Status.FULFILLED;
import static io.github.guarantees.evaluation.Status.PENDING;
import static io.github.guarantees.evaluation.Status.VIOLATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import io.github.guarantees.comparison.IgnoredEvent;
import io.github.guarantees.comparison.Outcome;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.evaluation.StatusChange;
import io.github.guarantees.examples.Paris2026;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What each instrument would have done in each comparison scenario. */
class ComparisonTest {
  static Outcome outcome(String scenario, String agreementId) {
    ImmutableList<Outcome> outcomes = Comparison.run(ComparisonScenarios.named(scenario));
    return outcomes.stream()
        .filter(o -> o.agreement().id().equals(agreementId))
        .findFirst()
        .orElseThrow();
  }

  static Assessment assess(String scenario, String agreementId) {
    return outcome(scenario, agreementId).assessment();
  }

  @Test
  void renewedAttackAfterCeasefire() {
    String s = ComparisonScenarios.RENEWED_ATTACK;
    Assessment nato = assess(s, NorthAtlanticTreaty.ID);
    assertThat(nato.status(NorthAtlanticTreaty.ARTICLE_5)).isEqualTo(ACTIVE);
    assertThat(nato.status(NorthAtlanticTreaty.ARTICLE_4)).isEqualTo(ACTIVE);

    Assessment budapest = assess(s, BudapestMemorandum.ID);
    assertThat(budapest.status(BudapestMemorandum.POINT_2)).isEqualTo(VIOLATED);
    assertThat(budapest.status(BudapestMemorandum.POINT_4)).isEqualTo(DORMANT);

    assertThat(assess(s, FranceUkraine2024.ID).status(FranceUkraine2024.CONSULTATIONS))
        .isEqualTo(FULFILLED);
    assertThat(assess(s, FranceUkraine2024.ID).status(FranceUkraine2024.ASSISTANCE))
        .isEqualTo(ACTIVE);
    assertThat(assess(s, UkUkraine2024.ID).status(UkUkraine2024.CONSULTATIONS))
        .isEqualTo(FULFILLED);

    Assessment ladder = assess(s, ParisResponseLadder.ID);
    assertThat(ladder.status(ParisResponseLadder.RESPONSE_24H)).isEqualTo(FULFILLED);
    assertThat(ladder.status(ParisResponseLadder.COALITION_FORCES)).isEqualTo(ACTIVE);
    // Exactly at 72 hours: the deadline is closed, so it counts.
    assertThat(ladder.status(ParisResponseLadder.COORDINATED_72H)).isEqualTo(FULFILLED);
    assertThat(ladder.status(ParisResponseLadder.COORDINATED_72H, Vocabulary.US))
        .isEqualTo(FULFILLED);
  }

  @Test
  void aGuarantorAttackingIsABreachNotAssistance() {
    String s = ComparisonScenarios.GUARANTOR_ATTACKS;
    Assessment budapest = assess(s, BudapestMemorandum.ID);
    for (String point : new String[] {BudapestMemorandum.POINT_1, BudapestMemorandum.POINT_2}) {
      assertThat(budapest.status(point)).isEqualTo(VIOLATED);
      assertThat(budapest.status(point, Vocabulary.RU)).isEqualTo(VIOLATED);
      assertThat(budapest.status(point, Vocabulary.UK)).isEqualTo(ACTIVE);
      assertThat(budapest.status(point, Vocabulary.US)).isEqualTo(ACTIVE);
      assertThat(budapest.explain(point, Vocabulary.RU).reason())
          .isEqualTo(
              "breached: armed-attack by RU @ 2014-02-27T04:00:00Z, after the restraint took effect");
    }
    // The only action owed needs nuclear use; consultation is owed once asked for.
    assertThat(budapest.status(BudapestMemorandum.POINT_4)).isEqualTo(DORMANT);
    assertThat(budapest.explain(BudapestMemorandum.POINT_4).reason())
        .contains("needs: nuclear-use");
    assertThat(budapest.status(BudapestMemorandum.POINT_6)).isEqualTo(ACTIVE);
    assertThat(budapest.pledges())
        .noneMatch(
            p ->
                p.status() == ACTIVE
                    && p.pledge()
                        .bindingForce()
                        .isAtLeast(
                            io.github.guarantees.model.BindingForce.DISCRETIONARY_ASSISTANCE));

    assertThat(assess(s, NorthAtlanticTreaty.ID).status(NorthAtlanticTreaty.ARTICLE_5))
        .isEqualTo(ACTIVE);
    Assessment france = assess(s, FranceUkraine2024.ID);
    assertThat(france.status(FranceUkraine2024.CONSULTATIONS)).isEqualTo(VIOLATED);
    assertThat(france.explain(FranceUkraine2024.CONSULTATIONS).reason())
        .contains("was due by 2014-03-01T12:00:00Z")
        .contains("it came late at 2014-03-05T12:00:00Z");
    assertThat(assess(s, UkUkraine2024.ID).status(UkUkraine2024.CONSULTATIONS)).isEqualTo(VIOLATED);

    // Only the 2022 invasion comes after a ceasefire: the ladder would have owed a response.
    Assessment ladder = assess(s, ParisResponseLadder.ID);
    assertThat(ladder.status(ParisResponseLadder.RESPONSE_24H)).isEqualTo(VIOLATED);
    assertThat(ladder.status(ParisResponseLadder.COALITION_FORCES)).isEqualTo(PENDING);
    assertThat(ladder.status(ParisResponseLadder.COORDINATED_72H)).isEqualTo(VIOLATED);
  }

  @Test
  void consultationsHeldLate() {
    String s = ComparisonScenarios.CONSULTATIONS_LATE;
    assertThat(assess(s, FranceUkraine2024.ID).status(FranceUkraine2024.CONSULTATIONS))
        .isEqualTo(VIOLATED);
    assertThat(assess(s, UkUkraine2024.ID).status(UkUkraine2024.CONSULTATIONS)).isEqualTo(VIOLATED);
    // The assistance still follows the (late) consultations.
    assertThat(assess(s, FranceUkraine2024.ID).status(FranceUkraine2024.ASSISTANCE))
        .isEqualTo(ACTIVE);
    Assessment ladder = assess(s, ParisResponseLadder.ID);
    assertThat(ladder.status(ParisResponseLadder.RESPONSE_24H)).isEqualTo(VIOLATED);
    assertThat(ladder.status(ParisResponseLadder.COORDINATED_72H)).isEqualTo(FULFILLED);
    assertThat(assess(s, NorthAtlanticTreaty.ID).status(NorthAtlanticTreaty.ARTICLE_4))
        .isEqualTo(ACTIVE);

    StatusChange violated =
        outcome(s, FranceUkraine2024.ID)
            .timeline()
            .pledge(FranceUkraine2024.CONSULTATIONS)
            .changes()
            .get(2);
    assertThat(violated.to()).isEqualTo(VIOLATED);
    assertThat(violated.at()).isEqualTo(Instant.parse("2026-09-02T06:00:00Z").plusNanos(1));
  }

  @Test
  void nuclearEscalationOwesTheOnlyBudapestAction() {
    String s = ComparisonScenarios.NUCLEAR_ESCALATION;
    Assessment budapest = assess(s, BudapestMemorandum.ID);
    assertThat(budapest.status(BudapestMemorandum.POINT_4)).isEqualTo(ACTIVE);
    assertThat(budapest.status(BudapestMemorandum.POINT_5, Vocabulary.RU)).isEqualTo(VIOLATED);
    assertThat(budapest.status(BudapestMemorandum.POINT_5, Vocabulary.UK)).isEqualTo(ACTIVE);
    assertThat(assess(s, FranceUkraine2024.ID).status(FranceUkraine2024.ASSISTANCE))
        .isEqualTo(PENDING);
    assertThat(assess(s, ParisResponseLadder.ID).status(ParisResponseLadder.COALITION_FORCES))
        .isEqualTo(PENDING);
  }

  @Test
  void eachInstrumentSeesOnlyTheTriggersItDeclaresAndSaysWhatItIgnored() {
    Outcome nato = outcome(ComparisonScenarios.RENEWED_ATTACK, NorthAtlanticTreaty.ID);
    assertThat(nato.ignored())
        .extracting(i -> i.event().trigger(), IgnoredEvent::field)
        .containsExactly(
            tuple(Vocabulary.CEASEFIRE, IgnoredEvent.Field.TRIGGER),
            tuple(Vocabulary.CONSULTATIONS_HELD, IgnoredEvent.Field.TRIGGER),
            tuple(Vocabulary.COALITION_RESPONSE, IgnoredEvent.Field.TRIGGER),
            tuple(Vocabulary.COORDINATED_RESPONSE, IgnoredEvent.Field.TRIGGER));
    assertThat(nato.assessment().scenario().events()).hasSize(2);
    Outcome ladder = outcome(ComparisonScenarios.RENEWED_ATTACK, ParisResponseLadder.ID);
    assertThat(ladder.ignored()).allMatch(i -> i.event().trigger().startsWith("consultation"));
    for (var a : Comparison.instruments()) {
      if (a.id().equals(Paris2026Core.ID)) {
        // The Paris view keeps its own triggers (Ukraine's request, the credible cessation...):
        // no comparison scenario carries them, so its force shows what it would still need.
        assertThat(a.triggersById().keySet())
            .contains(Vocabulary.CEASEFIRE, Vocabulary.ARMED_ATTACK);
        continue;
      }
      assertThat(Vocabulary.triggers().keySet()).containsAll(a.triggersById().keySet());
    }
    Outcome paris = outcome(ComparisonScenarios.RENEWED_ATTACK, Paris2026Core.ID);
    assertThat(paris.assessment().status(Paris2026.ATTACK_MILITARY)).isEqualTo(Status.ACTIVE);
    assertThat(paris.assessment().explain(Paris2026.MULTINATIONAL_FORCE).reason())
        .contains("ukraine-request")
        .contains("credible-cessation");
  }

  @Test
  void theRenderingShowsEveryScenarioSideBySideWithTimelines() {
    String text = Comparison.render(1_000);
    for (var s : ComparisonScenarios.all()) {
      assertThat(text).contains("== comparison: " + s.name());
    }
    assertThat(text)
        .contains("PLEDGE / CONTRIBUTION")
        .contains("Budapest Memorandum, 1994")
        .contains("  · RU", "  · UK")
        .contains("-- timeline: consultations-held-late — France–Ukraine agreement")
        .contains("after 2026-09-02T06:00:00Z  active → violated")
        .contains("ignores: ceasefire @ 2026-03-01T00:00:00Z (trigger not declared)");
    assertThat(Status.values()).contains(FULFILLED, VIOLATED);
  }
}
