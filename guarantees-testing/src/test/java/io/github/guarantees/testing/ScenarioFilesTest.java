package io.github.guarantees.testing;

import static io.github.guarantees.testing.GuaranteesAssertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import io.github.guarantees.io.Expectation;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

class ScenarioFilesTest {
  /** Runs once per file under files/, including the subdirectory: two files. */
  @ScenarioFiles("files/scenarios/**.yaml")
  void everyFileMeetsItsExpectations(ScenarioCase scenario) {
    assertThat(scenario).meetsItsExpectations();
    assertThat(scenario.file().expectations()).extracting(Expectation::pledge).contains("force");
  }

  @Test
  void oneTestPerFileNamedAfterTheScenario() {
    Events tests = run(ScenarioFilesFixture.class, "matching", ScenarioCase.class);
    assertThat(tests.started().list().stream().map(ScenarioFilesTest::name).toList())
        .containsExactlyInAnyOrder("Request after a verified ceasefire", "no-request");
    assertThat(tests.succeeded().count()).isEqualTo(2);
  }

  @Test
  void anUnmetExpectationFailsItsTestWithTheExplanation() {
    Events tests = run(ScenarioFilesFixture.class, "failing", ScenarioCase.class);
    assertThat(tests.failed().count()).isEqualTo(1);
    Throwable failure =
        tests
            .failed()
            .list()
            .get(0)
            .getPayload(org.junit.platform.engine.TestExecutionResult.class)
            .orElseThrow()
            .getThrowable()
            .orElseThrow();
    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expects-too-much")
        .hasMessageContaining("1 of 2 expectations not met")
        .hasMessageContaining(GuaranteesAssertionsTest.AGREEMENT.pledge("force").source().quote());
  }

  @Test
  void aGlobMatchingNothingFails() {
    Events all =
        EngineTestKit.engine("junit-jupiter")
            .selectors(
                selectMethod(ScenarioFilesFixture.class, "nothing", ScenarioCase.class.getName()))
            .execute()
            .allEvents();
    assertThat(all.failed().count()).isEqualTo(1);
  }

  @Test
  void globsMatchWithinAndAcrossDirectories() {
    assertThat(ScenarioFilesProvider.toRegex("a/*.yaml").matcher("a/b.yaml").matches()).isTrue();
    assertThat(ScenarioFilesProvider.toRegex("a/*.yaml").matcher("a/c/b.yaml").matches()).isFalse();
    assertThat(ScenarioFilesProvider.toRegex("a/**.yaml").matcher("a/c/b.yaml").matches()).isTrue();
    assertThat(ScenarioFilesProvider.toRegex("a/**/b.yaml").matcher("a/b.yaml").matches()).isTrue();
    assertThat(ScenarioFilesProvider.toRegex("a/?.yaml").matcher("a/bb.yaml").matches()).isFalse();
    assertThat(ScenarioFilesProvider.absolute("x/*.yaml", ScenarioFilesTest.class))
        .isEqualTo("io/github/guarantees/testing/x/*.yaml");
    assertThat(ScenarioFilesProvider.absolute("/x/*.yaml", ScenarioFilesTest.class))
        .isEqualTo("x/*.yaml");
  }

  private static Events run(Class<?> c, String method, Class<?> parameter) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectMethod(c, method, parameter.getName()))
        .execute()
        .testEvents();
  }

  private static String name(Event e) {
    return e.getTestDescriptor().getDisplayName();
  }
}
