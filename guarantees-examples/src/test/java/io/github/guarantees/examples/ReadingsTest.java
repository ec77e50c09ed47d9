package io.github.guarantees.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.guarantees.evaluation.Evaluator;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.examples.instruments.UkUkraine2024;
import io.github.guarantees.examples.instruments.Vocabulary;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Pledge;
import io.github.guarantees.model.Reading;
import io.github.guarantees.scenario.Scenario;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Three real ambiguities encoded as named readings, each shown to matter: one scenario on which the
 * encoding's reading and the other one disagree.
 */
class ReadingsTest {
  static Instant at(String day) {
    return Instant.parse(day + "T00:00:00Z");
  }

  @Test
  void theAgreementsCarryTheirReadingsEachWithASourceNote() {
    assertThat(Paris2026.agreement().readingNames())
        .containsExactly(Paris2026.CESSATION_VERIFIED_BY_US, Paris2026.ANY_LATER_ATTACK);
    assertThat(UkUkraine2024.agreement().readingNames())
        .containsExactly(UkUkraine2024.ACCESSION_DOES_NOT_END_TERM);
    for (Pledge p : Paris2026.agreement().pledges()) {
      assertThat(p.readings()).allSatisfy(r -> assertThat(r.note()).isNotBlank());
    }
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Paris2026.agreement().under("no-such-reading"))
        .withMessageContaining(Paris2026.CESSATION_VERIFIED_BY_US);
  }

  @Test
  void whoVerifiesTheCredibleCessationDecidesWhetherTheForceDeploys() {
    // Verified by France, not by the US-led mechanism.
    Scenario s =
        Scenario.builder()
            .name("verified-by-france")
            .addEvent(Paris2026.CEASEFIRE, at("2026-03-01"))
            .addEvent(Paris2026.CREDIBLE_CESSATION, Paris2026.FR, at("2026-03-10"))
            .addEvent(Paris2026.UKRAINE_REQUEST, at("2026-03-12"))
            .asOf(at("2026-04-01"))
            .build();
    Agreement paris = Paris2026.agreement();
    assertThat(Evaluator.compile(paris).evaluate(s).status(Paris2026.MULTINATIONAL_FORCE))
        .isEqualTo(Status.ACTIVE);
    assertThat(
            Evaluator.compile(paris.under(Paris2026.CESSATION_VERIFIED_BY_US))
                .evaluate(s)
                .status(Paris2026.MULTINATIONAL_FORCE))
        .isEqualTo(Status.PENDING);
  }

  @Test
  void whetherAFutureAttackNeedsACeasefireFirstDecidesComponentFour() {
    // The war goes on: a Russian attack with no ceasefire before it.
    Scenario s =
        Scenario.builder()
            .name("attack-without-ceasefire")
            .addEvent(Paris2026.ARMED_ATTACK, Paris2026.RU, at("2026-03-01"))
            .asOf(at("2026-03-02"))
            .build();
    Agreement paris = Paris2026.agreement();
    assertThat(Evaluator.compile(paris).evaluate(s).status(Paris2026.ATTACK_MILITARY))
        .isEqualTo(Status.DORMANT);
    assertThat(
            Evaluator.compile(paris.under(Paris2026.ANY_LATER_ATTACK))
                .evaluate(s)
                .status(Paris2026.ATTACK_MILITARY))
        .isEqualTo(Status.ACTIVE);
  }

  @Test
  void whetherNatoAccessionEndsTheUkAgreementDecidesWhetherItStillAnswersAnAttack() {
    Scenario s =
        Scenario.builder()
            .name("accession-then-attack")
            .addEvent(Vocabulary.NATO_ACCESSION, Vocabulary.UA, at("2030-01-01"))
            .addEvent(Vocabulary.ARMED_ATTACK, Vocabulary.RU, at("2031-01-01"))
            .asOf(at("2031-01-02"))
            .build();
    Agreement uk = UkUkraine2024.agreement();
    String assistance = uk.pledges().get(1).id();
    assertThat(Evaluator.compile(uk).evaluate(s).status(assistance)).isEqualTo(Status.EXPIRED);
    Agreement open = uk.under(UkUkraine2024.ACCESSION_DOES_NOT_END_TERM);
    assertThat(Evaluator.compile(open).evaluate(s).status(assistance)).isNotEqualTo(Status.EXPIRED);
    Reading r = uk.pledges().get(1).readings().get(0);
    assertThat(open.pledges().get(1).term()).isEqualTo(r.term());
  }
}
