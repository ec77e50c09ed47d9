package io.github.guarantees.analysis;

import static io.github.guarantees.Fixtures.pledge;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.Treaty;
import io.github.guarantees.condition.PartyPattern;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.BindingForce;
import io.github.guarantees.model.Contribution;
import io.github.guarantees.model.Location;
import io.github.guarantees.model.PledgeKind;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A selector picks pledges (and contributions) by kind, location, binding force and id. */
class SelectorTest {
  /**
   * The test treaty's force (a discretionary deployment in the beneficiary, five contributions),
   * talks (a political declaration at home), a legally binding defence at home that France
   * contributes to only by consultation, and support owed to each signatory.
   */
  private static final Agreement AGREEMENT =
      Treaty.base()
          .addPledges(
              Treaty.force().build(),
              pledge("talks").bindingForce(BindingForce.POLITICAL_DECLARATION).build(),
              pledge("defence")
                  .kind(PledgeKind.MILITARY_SUPPORT)
                  .bindingForce(BindingForce.LEGALLY_BINDING_ASSISTANCE)
                  .addContributions(
                      Contribution.builder()
                          .party("FR")
                          .bindingForce(BindingForce.CONSULTATION)
                          .build(),
                      Contribution.of("UK"))
                  .build(),
              pledge("support")
                  .owedTo(PartyPattern.hasRole("BENEFICIARY"))
                  .bindingForce(BindingForce.POLITICAL_DECLARATION)
                  .build())
          .build();

  private static List<Item> selected(Selector s) {
    return s.select(AGREEMENT);
  }

  /** Items written as pledge or pledge/party. */
  private static List<Item> items(String... items) {
    return Arrays.stream(items)
        .map(
            i -> {
              int slash = i.indexOf('/');
              return slash < 0
                  ? Item.pledge(i)
                  : Item.contribution(i.substring(0, slash), i.substring(slash + 1));
            })
        .toList();
  }

  @Test
  void anEmptySelectorPicksEveryEvaluatedPledgeAndNoContribution() {
    assertThat(selected(Selector.builder().build()))
        .isEqualTo(items("force", "talks", "defence", "support@UA"));
  }

  @Test
  void eachCriterionNarrowsTheChoice() {
    assertThat(selected(Selector.builder().kinds(PledgeKind.FORCE_DEPLOYMENT).build()))
        .isEqualTo(items("force"));
    assertThat(selected(Selector.builder().locations(Location.AT_HOME).build()))
        .isEqualTo(items("talks", "defence", "support@UA"));
    assertThat(selected(Selector.builder().atLeast(BindingForce.DISCRETIONARY_ASSISTANCE).build()))
        .isEqualTo(items("force", "defence"));
    assertThat(selected(Selector.ids("support"))).isEqualTo(items("support@UA"));
    assertThat(selected(Selector.ids("support@UA", "talks")))
        .isEqualTo(items("talks", "support@UA"));
    assertThat(selected(Selector.ids("nothing"))).isEmpty();
  }

  @Test
  void contributionsAreChosenByTheirOwnBindingForceOrTheirPledgesByDefault() {
    assertThat(
            selected(
                Selector.builder()
                    .atLeast(BindingForce.DISCRETIONARY_ASSISTANCE)
                    .withContributions()
                    .build()))
        .isEqualTo(
            items(
                "force",
                "force/FR",
                "force/UK",
                "force/IT",
                "force/DE",
                "force/PL",
                "defence",
                "defence/UK"));
    assertThat(
            selected(
                Selector.builder()
                    .atLeast(BindingForce.CONSULTATION)
                    .ids("defence")
                    .withContributions()
                    .build()))
        .isEqualTo(items("defence", "defence/FR", "defence/UK"));
    assertThat(selected(Selector.builder().ids("defence").withContributions().build()))
        .isEqualTo(items("defence", "defence/FR", "defence/UK"));
  }
}
