package io.github.guarantees.analysis;

import static io.github.guarantees.Fixtures.pledge;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.Fixtures;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Caveat;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.PledgeKind;
import io.github.guarantees.model.Role;
import io.github.guarantees.model.Term;
import org.junit.jupiter.api.Test;

/**
 * The survey of a whole agreement, contributions included: what never fires, what fires at every
 * instant, which contributions a caveat blocks throughout, and which pledges never fire together,
 * on an agreement whose answers can be worked out by hand.
 */
class SurveyTest {
  /**
   * force: a deployment in force from the start, P's contribution blocked by its caveat, Q's on its
   * vote; on: fires on a; never: on a, unless a; before: on b, until a.
   */
  private static final Agreement PACT =
      Agreement.builder()
          .id("pact")
          .title("A pact")
          .addParty(
              Fixtures.party(
                  "P",
                  Caveat.builder()
                      .id("no-troops")
                      .description("No troops")
                      .addKinds(PledgeKind.FORCE_DEPLOYMENT)
                      .build()),
              Role.SIGNATORY)
          .addParty(Fixtures.party("Q"), Role.SIGNATORY)
          .addTrigger("a", "event a")
          .addTrigger("b", "event b")
          .addTrigger("vote", "a vote")
          .addPledges(
              pledge("force")
                  .kind(PledgeKind.FORCE_DEPLOYMENT)
                  .trigger(Condition.always())
                  .addContributions(
                      Contribution.of("P"),
                      Contribution.builder()
                          .party("Q")
                          .condition(Condition.occurred("vote", "Q"))
                          .build())
                  .build(),
              pledge("on").trigger(Condition.occurred("a")).build(),
              pledge("never")
                  .trigger(Condition.occurred("a"))
                  .activation(Condition.not(Condition.occurred("a")))
                  .build(),
              pledge("before")
                  .trigger(Condition.occurred("b"))
                  .term(Term.endsWhen(Condition.occurred("a")))
                  .build())
          .build();

  @Test
  void deadUnconditionalBlockedAndApartItemsAreFound() {
    Survey s = Analysis.survey(PACT, new Budget(2, 1));
    assertThat(s.dead()).containsExactly(Item.contribution("force", "P"), Item.pledge("never"));
    assertThat(s.unconditional()).containsExactly(Item.pledge("force"));
    assertThat(s.blocked()).containsExactly(Item.contribution("force", "P"));
    assertThat(s.neverTogether())
        .containsExactly(new Survey.Pair(Item.pledge("on"), Item.pledge("before")));
    assertThat(s.coverage().letters()).hasSize(3);
    assertThat(s.coverage().cases()).isEqualTo(1 + 3 + 3 * 2 + 3);
  }
}
