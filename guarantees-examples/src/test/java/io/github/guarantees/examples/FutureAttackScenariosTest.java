package io.github.guarantees.examples;

import static io.github.guarantees.evaluation.Status.ACTIVE;
import static io.github.guarantees.evaluation.Status.DORMANT;
import static io.github.guarantees.examples.Paris2026.ARMED_ATTACK;
import static io.github.guarantees.examples.Paris2026.CEASEFIRE;
import static io.github.guarantees.examples.Paris2026.RU;
import static io.github.guarantees.examples.ParisFixtures.assess;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.PledgeAssessment;
import io.github.guarantees.evaluation.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Component 4: commitments in case of a future Russian armed attack, and the war going on. */
class FutureAttackScenariosTest {
  /** The five pledges of component 4, as the declaration lists them. */
  static final List<String> COMPONENT_4 =
      List.of(
          Paris2026.ATTACK_MILITARY,
          Paris2026.ATTACK_INTELLIGENCE,
          Paris2026.ATTACK_LOGISTICS,
          Paris2026.ATTACK_DIPLOMACY,
          Paris2026.ATTACK_SANCTIONS);

  @Test
  void warGoesOnOnlyContinuingSupportIsActive() {
    Assessment a = assess(Paris2026Scenarios.WAR_GOES_ON);

    assertThat(
            a.pledges().stream().filter(p -> p.status() == Status.ACTIVE).map(PledgeAssessment::id))
        .containsExactlyInAnyOrder(
            Paris2026.MILITARY_ASSISTANCE,
            Paris2026.WEAPONS_FINANCING,
            Paris2026.FORTIFICATIONS,
            Paris2026.TRAINING,
            Paris2026.JOINT_PRODUCTION,
            Paris2026.INTELLIGENCE_COOPERATION,
            Paris2026.COORDINATION_CELL,
            Paris2026.STOCKPILE_ACCESS,
            Paris2026.US_POLITICAL_SUPPORT,
            Paris2026.EU_FINANCING);
    assertThat(a.status(Paris2026.MULTINATIONAL_FORCE)).isEqualTo(DORMANT);
    assertThat(a.status(Paris2026.CEASEFIRE_MONITORING)).isEqualTo(DORMANT);
  }

  @Test
  void attackAfterCeasefireFiresComponentFourAndKeepsThePresenceInEffect() {
    Assessment a = assess(Paris2026Scenarios.ATTACK_AFTER_CEASEFIRE);

    for (String pledge : COMPONENT_4) {
      assertThat(a.status(pledge)).as(pledge).isEqualTo(ACTIVE);
    }
    assertThat(a.status(Paris2026.STOCKPILE_RESUPPLY)).isEqualTo(ACTIVE);
    assertThat(a.status(Paris2026.MULTINATIONAL_FORCE)).isEqualTo(ACTIVE);
    assertThat(a.status(Paris2026.MULTINATIONAL_FORCE, Paris2026.UK)).isEqualTo(ACTIVE);
    assertThat(a.status(Paris2026.CEASEFIRE_MONITORING)).isEqualTo(ACTIVE);
    assertThat(a.explain(Paris2026.ATTACK_MILITARY).trigger().events())
        .extracting(e -> e.trigger())
        .containsExactly(CEASEFIRE, ARMED_ATTACK);
  }

  @Test
  void attackWithoutAnyCeasefireLeavesComponentFourDormantAndSaysWhatIsMissing() {
    Assessment a = assess(Paris2026Scenarios.ATTACK_WITHOUT_CEASEFIRE);

    for (String pledge : COMPONENT_4) {
      assertThat(a.status(pledge)).as(pledge).isEqualTo(DORMANT);
    }
    assertThat(a.explain(Paris2026.ATTACK_MILITARY).missing())
        .containsExactly(
            ImmutableSet.of(Condition.occurred(CEASEFIRE), Condition.occurred(ARMED_ATTACK, RU)));
    assertThat(a.status(Paris2026.MILITARY_ASSISTANCE)).isEqualTo(ACTIVE);
  }
}
