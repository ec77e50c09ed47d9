package io.github.guarantees.testing;

import static io.github.guarantees.testing.GuaranteesAssertions.assertThat;

/** Tests run only through the test kit in {@link ScenarioFilesTest}; some fail on purpose. */
class ScenarioFilesFixture {
  @ScenarioFiles("files/scenarios/**.yaml")
  void matching(ScenarioCase scenario) {
    assertThat(scenario).meetsItsExpectations();
  }

  @ScenarioFiles("failing/*.yaml")
  void failing(ScenarioCase scenario) {
    assertThat(scenario).meetsItsExpectations();
  }

  @ScenarioFiles("nothing/*.yaml")
  void nothing(ScenarioCase scenario) {
    assertThat(scenario).meetsItsExpectations();
  }
}
