package io.github.guarantees.examples;

import static io.github.guarantees.testing.GuaranteesAssertions.assertThat;

import io.github.guarantees.testing.ScenarioCase;
import io.github.guarantees.testing.ScenarioFiles;

/**
 * Every scenario file that ships with the examples meets the expectations it lists, one test per
 * file named after its scenario, its {@code agreement:} resolved as the command line does.
 */
class ShippedScenarioFilesTest {
  @ScenarioFiles("paris-2026/scenarios/*.yaml")
  void meetsItsExpectations(ScenarioCase scenario) {
    assertThat(scenario).meetsItsExpectations();
    assertThat(scenario.agreement().id()).isEqualTo(Paris2026.ID);
  }

  @ScenarioFiles("sale-of-goods/scenarios/*.yaml")
  void saleOfGoodsMeetsItsExpectations(ScenarioCase scenario) {
    assertThat(scenario).meetsItsExpectations();
    assertThat(scenario.agreement().id()).isEqualTo(ExampleCatalogue.SALE_OF_GOODS);
  }
}
