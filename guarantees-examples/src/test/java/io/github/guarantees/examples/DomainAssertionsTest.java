package io.github.guarantees.examples;

import static io.github.guarantees.examples.Paris2026.CREDIBLE_CESSATION;
import static io.github.guarantees.examples.Paris2026.IT;
import static io.github.guarantees.examples.Paris2026.MULTINATIONAL_FORCE;
import static io.github.guarantees.examples.Paris2026.UK;
import static io.github.guarantees.examples.ParisFixtures.EVALUATOR;
import static io.github.guarantees.examples.ParisFixtures.assess;
import static io.github.guarantees.testing.GuaranteesAssertions.assertThat;

import io.github.guarantees.evaluation.Assessment;
import io.github.guarantees.evaluation.Status;
import io.github.guarantees.evaluation.Timeline;
import io.github.guarantees.testing.GuaranteesSoftAssertions;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The multinational force's lifecycle, asserted in the words of the declaration. */
class DomainAssertionsTest {
  @Test
  void withoutVerificationTheForceWaitsForTheCredibleCessation() {
    Assessment a = assess(Paris2026Scenarios.CEASEFIRE_UNVERIFIED);
    assertThat(a).pledge(MULTINATIONAL_FORCE).isPending().isMissing(CREDIBLE_CESSATION);
    assertThat(a).contribution(MULTINATIONAL_FORCE, IT).isBlockedBy("no-ground-troops");
  }

  @Test
  void aWithdrawnRequestSuspendsTheForceUntilItIsRenewed() {
    Timeline t = EVALUATOR.timeline(Paris2026Scenarios.named(Paris2026Scenarios.REQUEST_RENEWED));
    assertThat(t)
        .pledge(MULTINATIONAL_FORCE)
        .changedTo(Status.ACTIVE)
        .at(Instant.parse("2026-04-16T09:00:00Z"))
        .times(2)
        .and()
        .changedTo(Status.SUSPENDED)
        .at(Instant.parse("2026-05-10T08:00:00Z"));
  }

  @Test
  void theCommonsVoteDecidesTheUkContributionAlone() {
    GuaranteesSoftAssertions.assertSoftly(
        softly -> {
          Assessment waiting = assess(Paris2026Scenarios.UK_AWAITS_COMMONS);
          softly.assertThat(waiting).pledge(MULTINATIONAL_FORCE).isActive();
          softly.assertThat(waiting).contribution(MULTINATIONAL_FORCE, UK).isPending();
          Assessment approved = assess(Paris2026Scenarios.UK_COMMONS_APPROVES);
          softly.assertThat(approved).contribution(MULTINATIONAL_FORCE, UK).isActive();
        });
  }
}
