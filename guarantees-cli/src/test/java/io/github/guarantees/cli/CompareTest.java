package io.github.guarantees.cli;

import static io.github.guarantees.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.guarantees.comparison.Comparison;
import io.github.guarantees.comparison.IgnoredEvent;
import io.github.guarantees.comparison.Outcome;
import io.github.guarantees.evaluation.PledgeAssessment;
import io.github.guarantees.examples.instruments.ComparisonScenarios;
import io.github.guarantees.examples.instruments.NorthAtlanticTreaty;
import io.github.guarantees.examples.instruments.Vocabulary;
import io.github.guarantees.report.Layout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guarantees compare}: one scenario against several agreements, in four formats. */
class CompareTest {
  static final String SCENARIO = "builtin:comparison/" + ComparisonScenarios.RENEWED_ATTACK;

  static List<Outcome> expected() {
    return Comparison.run(
        io.github.guarantees.examples.instruments.Comparison.instruments(),
        ComparisonScenarios.named(ComparisonScenarios.RENEWED_ATTACK));
  }

  @Test
  void jsonCarriesEveryInstrumentsStatusesAndIgnoredEventsAsTheLibraryDecidesThem()
      throws IOException {
    CliTest.Result r = run("compare", "-s", SCENARIO, "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    List<Outcome> expected = expected();
    assertThat(json.get("agreements")).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      Outcome o = expected.get(i);
      JsonNode a = json.get("agreements").get(i);
      assertThat(a.get("id").asText()).isEqualTo(o.agreement().id());
      List<String> statuses = new ArrayList<>();
      a.get("pledges")
          .forEach(p -> statuses.add(p.get("id").asText() + "=" + p.get("status").asText()));
      assertThat(statuses)
          .containsExactlyElementsOf(
              o.assessment().pledges().stream()
                  .map(p -> p.id() + "=" + p.status().name())
                  .toList());
      List<String> ignored = new ArrayList<>();
      a.get("ignored")
          .forEach(x -> ignored.add(x.get("trigger").asText() + "/" + x.get("field").asText()));
      assertThat(ignored)
          .containsExactlyElementsOf(
              o.ignored().stream().map(x -> x.event().trigger() + "/" + x.field().name()).toList());
    }
    Outcome nato = expected.get(0);
    assertThat(nato.agreement().id()).isEqualTo(NorthAtlanticTreaty.ID);
    assertThat(nato.ignored())
        .extracting(x -> x.event().trigger(), IgnoredEvent::field)
        .contains(tuple(Vocabulary.CEASEFIRE, IgnoredEvent.Field.TRIGGER));
  }

  @Test
  void textFitsTheWidthAndMarkdownAndCsvHaveOneSectionOrRowPerSubject() {
    CliTest.Result text = run("compare", "-s", SCENARIO);
    assertThat(text.code()).isZero();
    assertThat(text.out().lines().mapToInt(String::length).max().orElse(0))
        .isLessThanOrEqualTo(Layout.DEFAULT_WIDTH);
    List<Outcome> expected = expected();
    for (Outcome o : expected) {
      assertThat(text.out()).contains(o.agreement().title());
    }
    CliTest.Result md = run("compare", "-s", SCENARIO, "--format", "markdown");
    assertThat(md.out().lines().filter(l -> l.startsWith("### "))).hasSize(expected.size());
    CliTest.Result csv = run("compare", "-s", SCENARIO, "--format", "csv");
    int rows = 0;
    for (Outcome o : expected) {
      rows += o.ignored().size();
      for (PledgeAssessment p : o.assessment().pledges()) {
        rows += 1 + p.contributions().size();
      }
    }
    assertThat(csv.out().split("\r\n", -1))
        .hasSize(rows + 2) // the header, and the empty string after the last line end
        .startsWith("agreement,pledge,party,status,bindingForce,reason");
  }

  @Test
  void aParisScenarioRunsAgainstNatoTooIgnoringWhatNatoDoesNotSpeakOf() {
    // evaluate refuses it (exit 2: NATO declares no such triggers); compare reads what it can.
    assertThat(
            run(
                    "evaluate",
                    "-a",
                    "builtin:north-atlantic-treaty",
                    "-s",
                    "builtin:paris-2026/attack-after-ceasefire")
                .code())
        .isEqualTo(Main.BAD_INPUT);
    CliTest.Result r =
        run(
            "compare",
            "-a",
            "builtin:north-atlantic-treaty",
            "-a",
            "builtin:paris-2026",
            "-s",
            "builtin:paris-2026/attack-after-ceasefire");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("ignores:");
  }

  @Test
  void aScenarioFileRunsAgainstInstrumentFiles(@TempDir Path dir) throws IOException {
    Path scenario = dir.resolve("attack.yaml");
    Files.writeString(
        scenario,
        """
        name: attack
        asOf: 2026-09-03T00:00:00Z
        events:
          - {at: 2026-03-01T00:00:00Z, trigger: ceasefire}
          - {at: 2026-09-01T00:00:00Z, trigger: armed-attack, actor: RU}
        """);
    Path instruments =
        Path.of(
            "..",
            "guarantees-examples",
            "src",
            "main",
            "resources",
            "io",
            "github",
            "guarantees",
            "examples",
            "instruments");
    CliTest.Result r =
        run(
            "compare",
            "-s",
            scenario.toString(),
            "-a",
            instruments.resolve("north-atlantic-treaty.yaml").toString(),
            "-a",
            instruments.resolve("budapest-memorandum-1994.yaml").toString(),
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("agreements")).hasSize(2);
    assertThat(json.get("agreements").get(0).get("ignored").get(0).get("trigger").asText())
        .isEqualTo(Vocabulary.CEASEFIRE);
  }
}
