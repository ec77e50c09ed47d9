package io.github.guarantees.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.guarantees.io.FileFormat;
import io.github.guarantees.io.ScenarioFile;
import io.github.guarantees.io.Syntax;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.scenario.ScenarioWarning;
import io.github.guarantees.scenario.ScenarioWarning.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A copied scenario file, edited as a new user would: the warnings that tell them the file no
 * longer says what they meant, placed at the line of the file.
 */
class ScenarioWarningsTest {
  private static final Agreement PARIS = Paris2026.agreement();

  private static String shipped(String name) {
    return ExampleFilesTest.resource("/" + ExampleFilesTest.DIR + "scenarios/" + name + ".yaml");
  }

  @Test
  void theShippedFilesHaveNoWarnings() {
    for (var s : Paris2026Scenarios.all()) {
      ScenarioFile file = ExampleFilesTest.scenarioFile(s.name());
      assertThat(file.warnings(PARIS)).as(s.name()).isEmpty();
    }
  }

  @Test
  void anAttackThatNamesNoAttackerIsWarnedAboutNamingTheExpectedParty() {
    String text = shipped(Paris2026Scenarios.ATTACK_AFTER_CEASEFIRE);
    String edited =
        text.replace("    trigger: armed-attack\n    party: RU\n", "    trigger: armed-attack\n");
    assertThat(edited).isNotEqualTo(text);
    ScenarioFile file = FileFormat.readScenario("copy.yaml", edited, Syntax.YAML);

    List<ScenarioWarning> events = file.eventWarnings(PARIS);
    assertThat(events)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.kind()).isEqualTo(Kind.EVENT_WITHOUT_PARTY);
              assertThat(w.subject()).isEqualTo(Paris2026.ARMED_ATTACK);
              assertThat(w.expected()).containsExactly(Paris2026.RU);
              assertThat(w.where()).startsWith("copy.yaml:").endsWith("events[4].party");
            });
    // The copied narrative still tells of component 4 firing: the check says it no longer does.
    assertThat(file.warnings(PARIS))
        .extracting(ScenarioWarning::kind)
        .containsExactly(Kind.EVENT_WITHOUT_PARTY, Kind.NARRATIVE_NOT_MET);
    ScenarioWarning narrative = file.warnings(PARIS).get(1);
    assertThat(narrative.expected()).contains(Paris2026.ATTACK_MILITARY);
    assertThat(narrative.where()).startsWith("copy.yaml:3:").endsWith("narrative");
  }

  @Test
  void aCessationMovedPastTheAsOfInstantIsIgnoredListedAndTheNarrativeFlagged() {
    String text = shipped(Paris2026Scenarios.REQUEST_AND_CREDIBLE_CESSATION);
    String edited = text.replace("2026-04-15T12:00:00Z", "2026-05-15T12:00:00Z");
    ScenarioFile file = FileFormat.readScenario("copy.yaml", edited, Syntax.YAML);

    assertThat(file.scenario().eventsAfterAsOf())
        .extracting(e -> e.trigger())
        .containsExactly(Paris2026.CREDIBLE_CESSATION);
    assertThat(file.warnings(PARIS))
        .singleElement()
        .extracting(ScenarioWarning::kind)
        .isEqualTo(Kind.NARRATIVE_NOT_MET);
  }

  @Test
  void aFileWithoutANarrativeGetsNoNarrativeWarning() {
    String text = shipped(Paris2026Scenarios.REQUEST_AND_CREDIBLE_CESSATION);
    String edited =
        text.replace("2026-04-15T12:00:00Z", "2026-05-15T12:00:00Z")
            .replaceFirst("(?m)^narrative: .*\n", "");
    ScenarioFile file = FileFormat.readScenario("copy.yaml", edited, Syntax.YAML);
    assertThat(file.scenario().narrative()).isEmpty();
    assertThat(file.check(PARIS)).isNotEmpty();
    assertThat(file.warnings(PARIS)).isEmpty();
  }
}
